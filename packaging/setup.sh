#!/usr/bin/env bash
# The README's two commands, for a fresh Debian 12 or Ubuntu 24.04 machine:
#   packaging/setup.sh run    install what is needed, build, open Signalbox on the demo workspace
#   packaging/setup.sh test   install what is needed, build and run every test (dev and asan
#                             presets), then build the .deb, install it and run `signalbox --version`
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  run|test|deps) ;;
  *) echo "usage: packaging/setup.sh run|test|deps" >&2; exit 2 ;;
esac

packages=(
  build-essential cmake ninja-build ccache pkg-config git python3 clang-format clang-tidy
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6
  libgl-dev libvulkan-dev libxkbcommon-dev
  libgit2-dev libsqlite3-dev sqlite3 libyaml-cpp-dev qtkeychain-qt6-dev zlib1g-dev
  xvfb xauth fonts-dejavu-core
  dpkg-dev rpm file poppler-utils
)

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  missing=$(dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${packages[@]}" 2>/dev/null | awk '$1 != "installed" {print $2}' || true)
  if [ -n "$missing" ] || ! dpkg-query -W "${packages[@]}" >/dev/null 2>&1; then
    echo "packaging/setup.sh: installing the build dependencies needs root, and this user is not root" >&2
    echo "and has no sudo. Ask an administrator to run:" >&2
    echo "  apt-get install ${packages[*]}" >&2
    exit 1
  fi
  sudo_cmd=()
fi

need_install=0
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
    need_install=1
    break
  fi
done
if [ "$need_install" -eq 1 ]; then
  echo "== installing build dependencies"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
fi
[ "$mode" = deps ] && exit 0

jobs=$(nproc 2>/dev/null || echo 2)

if [ "$mode" = run ]; then
  cmake --preset dev -DSIGNALBOX_BUILD_TESTS=OFF
  cmake --build --preset dev --target signalbox -j "$jobs"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found; starting Signalbox under Xvfb (it runs, but there is nothing to look at)." >&2
    exec xvfb-run -a build/dev/app/signalbox --demo
  fi
  exec build/dev/app/signalbox --demo
fi

# test
export QT_QPA_PLATFORM=offscreen
echo "== dev preset: build and test"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"

echo "== asan preset: build and test under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

echo "== release preset: package, install, run the installed signalbox"
cmake --preset release -DSIGNALBOX_BUILD_TESTS=OFF
cmake --build --preset release -j "$jobs"
(cd build/release && cpack -G DEB)
deb=$(ls build/release/signalbox_*.deb | head -n 1)
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'
if [ "$(id -u)" -eq 0 ] || [ ${#sudo_cmd[@]} -gt 0 ]; then
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "./$deb"
  root=""
else
  # No way to install system-wide: check the package's contents unpacked instead.
  root=$(mktemp -d)
  dpkg-deb -x "$deb" "$root"
  echo "(not root and no sudo: checking the unpacked package in $root instead of installing it)"
fi
"$root/usr/bin/signalbox" --version
test -f "$root/usr/share/applications/signalbox.desktop"
test -f "$root/usr/share/icons/hicolor/scalable/apps/signalbox.svg"
echo "== all tests passed; the package builds, installs and runs"
