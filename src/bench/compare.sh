#!/usr/bin/env bash
# Whole-process comparison of loading the Natural Earth 10m admin-1 world file (34 MB, 4596 features):
# `sitmap info` against GDAL's `ogrinfo`, side by side in one hyperfine run, then the in-process figures of
# `sitmap bench`. Needs: mvn package done, node+npm (to derive the file), apt packages gdal-bin and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/../.."
file=target/bench/ne_10m_admin1.geojson
if [[ ! -f $file ]]; then
  mkdir -p target/bench
  bash data/build.sh --bench-file "$file" >/dev/null
fi
for tool in ogrinfo hyperfine; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool missing: apt-get install -y gdal-bin hyperfine" >&2; exit 2; }
done
[[ -f target/sitmap.jar ]] || mvn -q -DskipTests package
hyperfine --warmup 2 --runs 10 \
  -n "sitmap info" "java -jar target/sitmap.jar info $file" \
  -n "ogrinfo -ro -al -so -noextent" "ogrinfo -ro -al -so -noextent $file"
java -jar target/sitmap.jar dev bench --world "$file"
