#!/usr/bin/env bash
# Whole-process comparison of the 4096x4096 world export: `sitmap export --no-base-map --layer` of the Natural Earth
# 10m admin-1 world file (35 MB, 4596 features) against mapnik drawing the same file in Web Mercator over the same
# box (src/bench/mapnik_world.py), side by side in one hyperfine run (RUNS=5 by default; ALTERNATE=1 for runs in
# turn with medians of wall and CPU time, for a loaded machine). Needs: mvn package done, python3-mapnik,
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
# The short commands' class archives live in the user's cache folder, which keeps the four newest: other builds run
# meanwhile (other worktrees) would drop ours, and a measured run would then write it again. A folder of our own.
export XDG_CACHE_HOME=${XDG_CACHE_HOME_BENCH:-$PWD/$out/cache}
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
if [[ -n ${ALTERNATE:-} ]]; then
  # ALTERNATE=1: on a machine others load, hyperfine's blocks (all runs of one command, then the next) meet different
  # loads. This runs the commands in turn, each round in a rotated order, and prints medians of wall and CPU time.
  cmds=("java -jar target/sitmap.jar $export_args --out $out/sitmap-world.png")
  names=("sitmap export")
  if [[ -n ${BASELINE_JAR:-} ]]; then
    cmds+=("java -jar $BASELINE_JAR $export_args --out $out/baseline-world.png"); names+=("sitmap export (baseline)")
  fi
  cmds+=("$py src/bench/mapnik_world.py $file $out/mapnik-world.png"); names+=("mapnik")
  times=$(mktemp)
  for c in "${cmds[@]}"; do bash -c "$c" >/dev/null; done # warm-up: class archives, page cache
  for ((r = 0; r < ${RUNS:-5}; r++)); do
    for ((i = 0; i < ${#cmds[@]}; i++)); do
      k=$(((i + r) % ${#cmds[@]}))
      /usr/bin/time -f "$k %e %U %S" -a -o "$times" bash -c "${cmds[$k]}" >/dev/null
    done
  done
  $py - "$times" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l[:1].isdigit()]
for k, name in enumerate(sys.argv[2:]):
    mine = [(float(w), float(u) + float(s)) for i, w, u, s in rows if int(i) == k]
    wall = [w for w, _ in mine]
    cpu = [c for _, c in mine]
    print(f"{name:26} wall median {statistics.median(wall):.2f} s (min {min(wall):.2f}, max {max(wall):.2f}),"
          f" CPU median {statistics.median(cpu):.2f} s (min {min(cpu):.2f}, max {max(cpu):.2f}), {len(mine)} runs")
PY
  rm -f "$times"
  exit 0
fi
hyperfine --warmup 1 --runs "${RUNS:-5}" ${EXPORT_JSON:+--export-json "$EXPORT_JSON"} \
  -n "sitmap export" "java -jar target/sitmap.jar $export_args --out $out/sitmap-world.png" \
  "${baseline[@]}" \
  -n "mapnik" "$py src/bench/mapnik_world.py $file $out/mapnik-world.png"
