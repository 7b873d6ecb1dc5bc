#!/usr/bin/env bash
# Installs the Debian 12 packages Loket needs (only those missing), then configures
# and builds incrementally into build/. Safe to run again: a second run does little.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkgconf ccache
  qt6-base-dev libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6 qt6-charts-dev
  qt6-tools-dev qt6-l10n-tools libxkbcommon-dev
  libsqlite3-dev libsodium-dev libqrencode-dev catch2
  libpq-dev libqt6sql6-psql qt6-multimedia-dev postgresql-client
  poppler-utils fonts-dejavu-core
  # The waiting room's voice: Qt TextToSpeech on speech-dispatcher with espeak-ng's
  # Indonesian voice. Qt6TextToSpeech's CMake package needs Qt6QmlIntegration, which
  # only qt6-declarative-dev ships (qt6-speech-dev does not depend on it in Debian 12).
  qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # The package's desktop files (packaging/): their validators run in the test suite, the
  # icon's PNG sizes are drawn from its SVG at build time.
  desktop-file-utils appstream librsvg2-bin
)
# More packages for one caller (scripts/test.sh adds clang for the fuzzing run).
read -r -a extra <<< "${LOKET_EXTRA_PACKAGES:-}"
PACKAGES+=("${extra[@]}")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Memasang paket yang belum ada: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

BUILD_DIR="${LOKET_BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${LOKET_CMAKE_ARGS:-}
fi
# LOKET_BUILD_TARGETS: only these targets (scripts/package.sh builds what the package holds).
read -r -a targets <<< "${LOKET_BUILD_TARGETS:-}"
cmake --build "$BUILD_DIR" -j "$(nproc)" ${targets[@]+--target "${targets[@]}"}
