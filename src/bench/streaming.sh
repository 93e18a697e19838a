#!/usr/bin/env bash
# Streaming figures (issue 14 item 8), whole process with a 512 MiB heap: `info` and `import` of a 1 GB GeoJSON of
# zone annotations, and `dump` of a 200,000-annotation briefing; wall time and peak RSS from /usr/bin/time. The
# files are made by src/bench/big_annotations.py into target/bench (about 1.3 GB of disk with the briefings).
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -f target/sitmap.jar ]] || mvn -q -DskipTests package
out=target/bench
mkdir -p $out
# A copy beside the original (its libraries are in target/lib), so a build meanwhile cannot change it under a
# running command.
jar=target/sitmap-streaming.jar
cp target/sitmap.jar $jar
big=$out/annotations-1g.geojson
small=$out/annotations-200k.geojson
[[ -f $big ]] || python3 src/bench/big_annotations.py $big 1024 >/dev/null
# The first 200,000 features of the big file (one feature a line).
[[ -f $small ]] || { head -n 200001 $big; echo ']}'; } > $small
rm -f $out/big.gpkg $out/200k.gpkg
run() {
  local what=$1; shift
  /usr/bin/time -f "$what: %e s wall, %M KiB peak RSS, exit %x" java -Xmx512m -jar "$jar" "$@"
}
run "info of $(du -h $big | cut -f1) GeoJSON" info $big | grep -E "Features|Size"
run "import of $(du -h $big | cut -f1) GeoJSON" import $big $out/big.gpkg
run "import of 200,000 annotations" import $small $out/200k.gpkg
run "dump of 200,000 annotations" dump $out/200k.gpkg > $out/200k-dump.geojson
ls -l $out/200k-dump.geojson
