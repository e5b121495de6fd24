#!/usr/bin/env bash
# Takes the README's screenshot: Signalbox on the demo workspace under Xvfb, with the root of the
# demo's cascade (pricing) found and selected in the graph's triage mode. Needs xvfb, xdotool and imagemagick.
#   resources/screenshots/take-screenshots.sh build/dev/app/signalbox [light|dark] [output.png]
set -euo pipefail
binary=$(realpath "$1")
theme=${2:-light}
out=$(realpath -m "${3:-$(dirname "$0")/main-window.png}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/config/Signalbox"
printf '[view]\ntheme=%s\n' "$theme" > "$tmp/config/Signalbox/signalbox.conf"
HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" LANG=en_US.UTF-8 \
  xvfb-run -a -s "-screen 0 1440x900x24 -dpi 96" bash -c "
    '$binary' --demo &
    pid=\$!
    for i in \$(seq 1 50); do
      win=\$(xdotool search --name 'Online shop' 2>/dev/null | head -n 1) && [ -n \"\$win\" ] && break
      sleep 0.2
    done
    xdotool windowmove \"\$win\" 0 0 windowsize \"\$win\" 1440 900
    sleep 1
    xdotool windowfocus \"\$win\"
    # The graph in triage mode with the root cause found and selected: its blast radius lights up.
    xdotool key ctrl+2
    sleep 0.5
    xdotool key ctrl+f
    xdotool type --delay 60 pricing
    xdotool key Return
    sleep 1.5
    import -window root '$out'
    kill \$pid
  "
echo "wrote $out"
