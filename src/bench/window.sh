#!/usr/bin/env bash
# The real window's start-up and memory (issue 15), measured as a person meets them: Sitmap started in a fresh
# home under Xvfb with a window manager, each run a new process. Per run it prints the time from JVM start and from
# the window appearing to the first frame with the map on it (the app prints both with -Dsitmap.reportFirstFrame),
# then walks the map as an analyst would (theatre, zoom out to the world, find Khartoum, zoom in) and prints the
# peak resident memory (VmHWM) of the window's JVM. Runs share one home's cache (the class archive the first run
# writes, as a user's later starts do) but each opens a fresh data folder. Needs: mvn package done; xvfb openbox
# xdotool.
#
#   bash src/bench/window.sh [RUNS] [JAR]       # JAR defaults to target/sitmap.jar (with lib/ and the base store)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
JAR=${2:-target/sitmap.jar}
for tool in Xvfb openbox xdotool; do
  command -v "$tool" >/dev/null || { echo "window.sh: $tool missing: apt-get install -y xvfb openbox xdotool" >&2; exit 2; }
done
export DISPLAY=:${WINDOW_BENCH_DISPLAY:-91}
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
openbox >/dev/null 2>&1 &
wm=$!
work=$(mktemp -d)
trap 'kill $wm $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

# The JVM that draws the window: the relaunched child when there is one, else the process itself.
window_jvm() {
  local child
  child=$(pgrep -P "$1" java | head -1 || true)
  echo "${child:-$1}"
}
peak_kb() { awk '/VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

for run in $(seq "$RUNS"); do
  home="$work/home"
  mkdir -p "$home"
  HOME="$home" SITMAP_HOME="$home/sitmap-$run" java -Duser.home="$home" -Dsitmap.reportFirstFrame=true -jar "$JAR" \
    >"$work/log-$run" 2>&1 &
  app=$!
  for _ in $(seq 600); do
    grep -q "first map frame" "$work/log-$run" && break
    sleep 0.1
  done
  line=$(grep -m1 "first map frame" "$work/log-$run" || echo "no first frame within 60 s")
  win=$(xdotool search --name "Sitmap" 2>/dev/null | head -1 || true)
  jvm=$(window_jvm "$app")
  if [[ -n $win ]]; then
    xdotool windowactivate --sync "$win" 2>/dev/null || true
    sleep 2
    xdotool key ctrl+t; sleep 2
    for _ in 1 2 3 4 5 6; do xdotool key minus; sleep 0.7; done
    sleep 2
    xdotool key ctrl+f; sleep 0.5
    xdotool type --delay 40 "Khartoum"; sleep 1
    xdotool key Return; sleep 3
    for _ in 1 2 3; do xdotool key plus; sleep 0.7; done
    sleep 2
  fi
  echo "run $run: ${line#sitmap: }; peak RSS $(($(peak_kb "$jvm") / 1024)) MB"
  grep -E "Exception|SEVERE|ERROR" "$work/log-$run" | head -3 || true
  # Quit as a person does (Ctrl+Q): the first run of a build then keeps its class archive for the next ones.
  [[ -n $win ]] && xdotool key ctrl+q
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
done
