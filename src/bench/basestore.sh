#!/usr/bin/env bash
# Whole-process headless exports (1920x1080 PNG) of two app builds side by side, alternating, on three places:
# the Kursk and Sudan briefings and a view of Chile and Argentina (--bbox). Prints per run "build place seconds
# peak-RSS-KB", then medians. Each build is a folder with sitmap.jar and lib/ (and sitmap-base.gpkg if it has one).
#
#   bash src/bench/basestore.sh /tmp/old /tmp/new [RUNS]    # e.g. old = a copy of target/ made before a change
set -euo pipefail
OLD="$1"; NEW="$2"; RUNS="${3:-5}"
S="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/data/scenarios"
RAW="$(mktemp)"; trap 'rm -f "$RAW"' EXIT
for i in $(seq "$RUNS"); do
  for build in "$OLD" "$NEW"; do
    for place in kursk sudan chile; do
      case $place in
        kursk) args=("$S/kursk-2024-08-14/kursk-2024-08-14.gpkg") ;;
        sudan) args=("$S/sudan-2023-04/sudan-2023-04.gpkg") ;;
        chile) args=("$S/sudan-2023-04/sudan-2023-04.gpkg" --bbox=-76,-46,-62,-30 --title=Chile) ;;
      esac
      out="$(mktemp --suffix=.png)"
      /usr/bin/time -f "$build $place %e %M" -a -o "$RAW" java -jar "$build/sitmap.jar" export "${args[@]}" \
        -o "$out" >/dev/null
      rm -f "$out"
      tail -1 "$RAW"
    done
  done
done
echo "== medians (s, peak RSS MB)"
for build in "$OLD" "$NEW"; do
  for place in kursk sudan chile; do
    t=$(awk -v b="$build" -v p="$place" '$1 == b && $2 == p { print $3 }' "$RAW" | sort -n)
    m=$(awk -v b="$build" -v p="$place" '$1 == b && $2 == p { print $4 }' "$RAW" | sort -n)
    n=$(echo "$t" | wc -l); mid=$(( (n + 1) / 2 ))
    echo "$build $place $(echo "$t" | sed -n "${mid}p") s $(( $(echo "$m" | sed -n "${mid}p") / 1024 )) MB"
  done
done
