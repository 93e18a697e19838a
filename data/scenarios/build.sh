#!/usr/bin/env bash
# Rebuilds the bundled worked examples from their readable sources annotations.geojson (the app's own interchange
# format) with the app's own import command:
#   data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg  (Kursk incursion, situation on 14 August 2024)
#   data/scenarios/sudan-2023-04/sudan-2023-04.gpkg        (Sudan, SAF and RSF, April-May 2023; sides in the file)
# Needs Java 17 and Maven (builds target/sitmap.jar if missing). Pass a name (kursk, sudan) to rebuild only that one.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
[[ -f "$ROOT/target/sitmap.jar" ]] || (cd "$ROOT" && mvn -q -DskipTests package)
WHICH="${1:-all}"

build() { # folder, title, date, view
  local dir="$ROOT/data/scenarios/$1"
  rm -f "$dir/$1.gpkg"
  java -jar "$ROOT/target/sitmap.jar" import --title "$2" --date "$3" --view "$4" \
    "$dir/annotations.geojson" "$dir/$1.gpkg"
}

if [[ "$WHICH" == all || "$WHICH" == kursk ]]; then
  build kursk-2024-08-14 "Kursk incursion: situation on 14 August 2024" 2024-08-14 33.2,49.6,38.6,52.4
fi
if [[ "$WHICH" == all || "$WHICH" == sudan ]]; then
  build sudan-2023-04 "Sudan: SAF and RSF at war, April-May 2023" 2023-05-22 21.0,11.0,38.5,22.5
fi
