#!/usr/bin/env bash
# Starts Signalbox on the demo workspace N times, each with a fresh cache and settings, and prints
# the time from process start to the first painted workspace as the app measures it, plus the
# wall time of the whole process.
set -euo pipefail
binary=$1
count=${2:-5}
for i in $(seq 1 "$count"); do
  tmp=$(mktemp -d)
  start=$(date +%s%N)
  line=$(HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" "$binary" --demo --measure-startup --cache-dir "$tmp/cache")
  end=$(date +%s%N)
  echo "run $i: $line; process wall time $(( (end - start) / 1000000 )) ms"
  rm -rf "$tmp"
done
echo "target: first paint under 500 ms"
