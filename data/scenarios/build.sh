#!/usr/bin/env bash
# Rebuilds the bundled worked example, data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg, from its readable
# source annotations.geojson (the app's own interchange format) with the app's own import command.
# Needs Java 17 and Maven (builds target/sitmap.jar if missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="$ROOT/data/scenarios/kursk-2024-08-14"
[[ -f "$ROOT/target/sitmap.jar" ]] || (cd "$ROOT" && mvn -q -DskipTests package)
rm -f "$DIR/kursk-2024-08-14.gpkg"
java -jar "$ROOT/target/sitmap.jar" import \
  --title "Kursk incursion: situation on 14 August 2024" --date 2024-08-14 --view 33.2,49.6,38.6,52.4 \
  "$DIR/annotations.geojson" "$DIR/kursk-2024-08-14.gpkg"
