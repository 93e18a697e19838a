#!/usr/bin/env bash
# Whole-process comparison of the 4096x4096 world export: `sitmap export --no-base-map --layer` of the Natural Earth
# 10m admin-1 world file (35 MB, 4596 features) against mapnik drawing the same file in Web Mercator over the same
# box (src/bench/mapnik_world.py), side by side in one hyperfine run (RUNS=5 by default). Needs: mvn package done, python3-mapnik,
# hyperfine, and the file (data/build.sh --bench-file makes it; or pass its path as $1).
set -euo pipefail
cd "$(dirname "$0")/../.."
file=${1:-target/bench/ne_10m_admin1.geojson}
if [[ ! -f $file ]]; then
  mkdir -p target/bench
  bash data/build.sh --bench-file "$file" >/dev/null
fi
# Debian's python3-mapnik lives in the system Python (a pyenv python3 earlier on PATH does not see it).
py=/usr/bin/python3
[[ -x $py ]] || py=python3
$py -c 'import mapnik' 2>/dev/null || { echo "mapnik_compare.sh: apt-get install -y python3-mapnik" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "mapnik_compare.sh: apt-get install -y hyperfine" >&2; exit 2; }
[[ -f target/sitmap.jar ]] || mvn -q -DskipTests package
out=target/bench
empty=$out/empty.gpkg
if [[ ! -f $empty ]]; then
  echo '{"type":"FeatureCollection","features":[]}' > $out/empty.geojson
  java -jar target/sitmap.jar import $out/empty.geojson "$empty" >/dev/null 2>&1 || true
fi
[[ -f $empty ]] || { echo "mapnik_compare.sh: could not make $empty" >&2; exit 1; }
export_args="export $empty --no-base-map --layer $file --bbox -180,-85,180,85 --size 4096x4096 --no-legend \
--no-scale-bar --no-north-arrow --no-inset --no-attribution --title ''"
# BASELINE_JAR=/tmp/old/sitmap.jar (with its lib/ beside it) adds an earlier build to the same run, for before/after.
baseline=()
if [[ -n ${BASELINE_JAR:-} ]]; then
  baseline=(-n "sitmap export (baseline)" "java -jar $BASELINE_JAR $export_args --out $out/baseline-world.png")
fi
hyperfine --warmup 1 --runs "${RUNS:-5}" ${EXPORT_JSON:+--export-json "$EXPORT_JSON"} \
  -n "sitmap export" "java -jar target/sitmap.jar $export_args --out $out/sitmap-world.png" \
  "${baseline[@]}" \
  -n "mapnik" "$py src/bench/mapnik_world.py $file $out/mapnik-world.png"
