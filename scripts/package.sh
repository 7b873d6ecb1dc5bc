#!/usr/bin/env bash
# Builds the Debian package loket_VERSION_amd64.deb in this folder (CPack, DEB generator):
#
#   scripts/package.sh
#
# In a build folder of its own (build-package/, Release, ccache; LOKET_PACKAGE_BUILD_DIR
# names another), only what the package holds: /usr/bin/loket, the menu entry, the icons,
# the AppStream metainfo, the man pages and the bash completion (packaging/). The
# dependencies are worked out from the binary by dpkg-shlibdeps, plus the Qt plugins Loket
# loads at run time (packaging/Package.cmake). Then it checks the package: the files
# validate, `dpkg-deb -I` lists the dependencies, and `loket --version` of `dpkg -x` runs.
# scripts/package-check.sh installs it on a clean Debian 12 and removes it again.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${LOKET_PACKAGE_BUILD_DIR:-build-package}"
cmake_args="-DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DLOKET_PACKAGE=ON -DLOKET_BUILD_TESTS=OFF ${LOKET_CMAKE_ARGS:-}"
# A build folder made before: configured again with the package's settings (bootstrap
# configures only a new one).
if [ -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" $cmake_args >/dev/null
fi
# dpkg-shlibdeps (dpkg-dev), the man page and file checks; bootstrap installs the rest.
LOKET_EXTRA_PACKAGES="dpkg-dev man-db mandoc file ${LOKET_EXTRA_PACKAGES:-}" \
  LOKET_BUILD_DIR="$build" \
  LOKET_CMAKE_ARGS="$cmake_args" \
  LOKET_BUILD_TARGETS="loket loket_desktop_data" \
  ./scripts/bootstrap.sh

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
deb="loket_${version}_${arch}.deb"

echo "== Memeriksa berkas menu, metainfo dan halaman manual"
desktop-file-validate packaging/id.go.banjarmasinkota.lpse.loket.desktop
appstreamcli validate --no-net --pedantic packaging/id.go.banjarmasinkota.lpse.loket.metainfo.xml
for lang in id en; do
  mandoc -Tlint -W warning "$build/packaging/man/$lang/loket.1"
  lexgrog "$build/packaging/man/$lang/loket.1" >/dev/null
done

echo "== cpack (DEB)"
rm -f "$build/$deb"
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
[ -f "$build/$deb" ] || { echo "CPack tidak menghasilkan $deb:" >&2; cat "$build/cpack.log" >&2; exit 1; }
mv "$build/$deb" .

echo "== dpkg-deb -I $deb"
dpkg-deb -I "$deb" | sed -n '/^ [A-Z][A-Za-z-]*:/,$p'
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libsodium libqt6sql6-sqlite libqt6sql6-psql qt6-speech-speechd-plugin; do
  [[ "$depends" == *"$needed"* ]] || { echo "Depends tidak menyebut $needed: $depends" >&2; exit 1; }
done

echo "== Isi paket"
dpkg-deb -c "$deb" | awk '{ print $NF }' | grep -v '/$' | sed 's/^\.//'
# Only Loket and its desktop files: no test, tool or benchmark binary.
unexpected=$(dpkg-deb -c "$deb" | awk '{ print $NF }' | grep -E '^\./usr/bin/.' | grep -vx './usr/bin/loket' || true)
[ -z "$unexpected" ] || { echo "Paket memuat program lain: $unexpected" >&2; exit 1; }

echo "== dpkg -x: loket --version"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg -x "$deb" "$unpacked"
got=$("$unpacked/usr/bin/loket" --version)
[ "$got" = "loket $version" ] || { echo "loket --version dari paket: \"$got\", bukan \"loket $version\"" >&2; exit 1; }
echo "$got"
for size in 16 32 48 64 128 256; do
  png="$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/loket.png"
  file -b "$png" | grep -q "PNG image data, $size x $size" || { echo "Ikon ${size}x${size} tidak benar: $(file -b "$png")" >&2; exit 1; }
done
for page in man1 id/man1; do
  zcat "$unpacked/usr/share/man/$page/loket.1.gz" | grep -q '^\.TH LOKET 1' || { echo "Halaman manual $page tidak terbaca." >&2; exit 1; }
done

echo "Paket siap: $(realpath "$deb") ($(du -k "$deb" | cut -f1) KB)"
echo "Pasang: sudo apt install ./$deb    Periksa di Debian 12 bersih: sudo scripts/package-check.sh"
