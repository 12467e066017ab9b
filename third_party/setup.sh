#!/usr/bin/env bash
# Installs the Debian 12 packages Primer needs; installs only what is missing, without
# questions, so it is safe to run every time. With --tests it adds what the test suite
# uses: clang for the sanitizer and fuzzing builds, Xvfb and xdotool for the GUI tests,
# ImageMagick to check screenshots, Tesseract to read text in them, sqlite3 to read the
# records back, python3 to build fuzz seeds, GNU time for the benchmarks (tests/bench/run.sh),
# openssl to make the self-signed certificate the LRS sync test must refuse, and xmllint
# to check exported XLIFF. With --media it adds
# what modules/media-src/make-narration.sh uses (espeak-ng, SoX, oggenc); its output is
# committed, so neither the build nor CI needs them. Options combine: --tests --media.
set -euo pipefail

tests=0 media=0
for option in "$@"; do
  case "$option" in
    --tests) tests=1 ;;
    --media) media=1 ;;
    *) echo "setup: unknown option $option (use --tests and/or --media)" >&2; exit 2 ;;
  esac
done

packages=(
  build-essential cmake ninja-build pkg-config
  libimgui-dev libglfw3-dev libgl1 libgl1-mesa-dri libsdl2-mixer-dev libsoundtouch-dev libespeak-ng-dev espeak-ng-data libstb-dev
  libsqlite3-dev libtomlplusplus-dev libmd4c-dev nlohmann-json3-dev catch2 libsodium-dev
  libcairo2-dev libqrencode-dev libcurl4-openssl-dev libarchive-dev libexpat1-dev ca-certificates
  fonts-lato fonts-dejavu-core fonts-opendyslexic xdg-utils
)
if [ $tests -eq 1 ]; then
  packages+=(clang-14 libclang-rt-14-dev xvfb xauth xdotool x11-utils imagemagick sqlite3 python3 time
                poppler-utils zbar-tools openssl tesseract-ocr tesseract-ocr-eng libxml2-utils)
fi
if [ $media -eq 1 ]; then
  packages+=(espeak-ng sox vorbis-tools)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
else
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests check exported xAPI statements with Learning Locker's validator, from npm,
# pinned by tests/xapi/package-lock.json. Node.js comes from Debian if it is not there.
if [ $tests -eq 1 ]; then
  if ! command -v npm >/dev/null; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
  root=$(cd "$(dirname "$0")/.." && pwd)
  if [ ! -d "$root/tests/xapi/node_modules/xapi-validation" ]; then
    npm ci --prefix "$root/tests/xapi" --no-audit --no-fund --loglevel=error >/dev/null
  fi
fi
echo "setup: done"
