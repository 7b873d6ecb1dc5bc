#!/usr/bin/env bash
# Installs the Loket package on a clean Debian 12, starts it, and removes it again:
#
#   scripts/package-check.sh [--deb loket_VERSION_amd64.deb] [--cache FOLDER] [--mirror URL]
#   scripts/package-check.sh --prepare [--cache FOLDER]   only makes the clean system
#
# A minimal bookworm made with debootstrap is kept in FOLDER (default
# /var/cache/loket-package-check) and reused; every run works on a fresh copy of it, so the
# kept one stays clean. Inside the copy: `apt-get install ./loket_*.deb` (apt brings the
# dependencies the package names), `loket --version`, the help, `loket init` and `check` on
# a new file, a PDF printed headless, the window started offscreen, then
# `apt-get remove --purge loket` and `apt-get autoremove --purge`: no file the package
# installed may be left, and the system is compared with what it was before the install.
# Needs root (debootstrap, chroot, mounts). Too slow for the test suite (the first run
# downloads about 150 MB); the packages downloaded are kept in FOLDER for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=""
cache="/var/cache/loket-package-check"
mirror="${LOKET_DEBIAN_MIRROR:-}"
prepare_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --deb) deb="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --mirror) mirror="$2"; shift 2 ;;
    --prepare) prepare_only=1; shift ;;
    *) echo "pakai: $0 [--deb BERKAS.deb] [--cache FOLDER] [--mirror URL] | --prepare [--cache FOLDER]" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "Pemeriksaan paket perlu root (debootstrap, chroot): jalankan dengan sudo." >&2; exit 1; }
if [ -z "$deb" ] && [ "$prepare_only" -eq 0 ]; then
  deb=$(ls -t loket_*_amd64.deb 2>/dev/null | head -1 || true)
  [ -n "$deb" ] || { echo "Tidak ada loket_*_amd64.deb di sini; buat dulu dengan scripts/package.sh, atau sebutkan --deb." >&2; exit 1; }
fi
if [ "$prepare_only" -eq 0 ]; then
  [ -f "$deb" ] || { echo "Berkas paket tidak ada: $deb" >&2; exit 1; }
  deb=$(realpath "$deb")
fi
for tool in debootstrap chroot; do
  command -v "$tool" >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap; }
done

# The machine's own Debian 12 sources (bookworm, -updates, -security), as deb822 stanzas:
# the clean system gets the same archive and the same updates the package was built against.
debian_sources() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'BEGIN { RS = ""; ORS = "\n\n" }
         { keep = 0
           n = split($0, lines, "\n")
           for (i = 1; i <= n; i++)
             if (lines[i] ~ /^Suites:/ && lines[i] ~ /[ \t]bookworm(-updates|-security)?([ \t]|$)/) keep = 1
           if (keep) print }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { uri = ""; for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { uri = $i; suite = $(i + 1); break }
                       if (suite ~ /^bookworm(-updates|-security)?$/)
                         printf "Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n", uri, suite }' "$f"
  done
}
sources=$(debian_sources)
if [ -z "$mirror" ]; then
  mirror=$(printf '%s\n' "$sources" | awk 'BEGIN { RS = "" } /Suites:[^\n]*[ \t]bookworm([ \t]|$|\n)/ { if (match($0, /URIs:[ \t]*[^ \t\n]+/)) { split(substr($0, RSTART, RLENGTH), u, /[ \t]+/); print u[2]; exit } }')
fi
[ -n "$mirror" ] || { echo "Tidak menemukan cermin Debian bookworm di /etc/apt/sources.list*; sebutkan --mirror URL." >&2; exit 1; }

base="$cache/bookworm"
mkdir -p "$cache/archives/partial"
if [ ! -f "$base/.loket-ready" ]; then
  echo "== Membuat sistem Debian 12 minimal di $base (debootstrap dari $mirror)"
  rm -rf "$base"
  debootstrap --variant=minbase --cache-dir="$cache/archives" bookworm "$base" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { tail -20 "$cache/debootstrap.log" >&2; exit 1; }
  rm -f "$base/etc/apt/sources.list"
  printf '%s\n' "$sources" >"$base/etc/apt/sources.list.d/debian.sources"
  touch "$base/.loket-ready"
fi
[ "$prepare_only" -eq 0 ] || { echo "Sistem Debian 12 bersih siap di $base."; exit 0; }

root=$(mktemp -d /tmp/loket-package-check.XXXXXX)
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
echo "== Salinan bersih: $root"
cp -a "$base/." "$root/"
for m in proc sys dev dev/pts; do
  mkdir -p "$root/$m"
done
mount -t proc proc "$root/proc" && mounts+=("$root/proc")
mount --bind /sys "$root/sys" && mounts+=("$root/sys")
mount --bind /dev "$root/dev" && mounts+=("$root/dev")
mount --bind /dev/pts "$root/dev/pts" && mounts+=("$root/dev/pts")
mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

in_root() { chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
# What is on the system, apart from what apt, dpkg and the kernel keep changing.
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp -o -path ./run \
      -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./root \) -prune -o -print) | sort
}

failures=0
check() { # check "what" command...: prints the command's output, counts a failure
  local what="$1"; shift
  echo "-- $what"
  if "$@"; then echo "   baik"; else echo "   GAGAL: $what"; failures=$((failures + 1)); fi
}

in_root apt-get update -qq
snapshot >"$root/tmp/before.txt"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
echo "== apt-get install ./$name"
in_root apt-get install -y -q --no-install-recommends "/tmp/$name" >"$root/tmp/install.log" 2>&1 ||
  { tail -30 "$root/tmp/install.log" >&2; exit 1; }
grep -E '^(Get|Unpacking|Setting up loket)' "$root/tmp/install.log" | grep -c '^Unpacking' | xargs printf '   %s paket dibongkar (loket dan ketergantungannya)\n'
in_root dpkg -L loket >"$root/tmp/files.txt"
in_root dpkg-query -W -f='${Version}\n' loket | xargs printf '   terpasang: loket %s\n'

check "loket --version" in_root loket --version
check "loket --help (QT_QPA_PLATFORM=offscreen)" sh -c "chroot '$root' env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen loket --help | head -4"
check "loket init --db /tmp/x.sqlite" in_root loket init --db /tmp/x.sqlite
check "loket check --db /tmp/x.sqlite" in_root loket check --db /tmp/x.sqlite
check "loket catalog --db /tmp/x.sqlite" sh -c "chroot '$root' env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 loket catalog --db /tmp/x.sqlite | head -3"
check "loket print maklumat (PDF tanpa layar)" in_root loket print maklumat --db /tmp/x.sqlite --out /tmp/maklumat.pdf
# The text drawn with the clean system's fonts (pdftotext of this machine, poppler-utils).
maklumat_text() {
  head -c 5 "$root/tmp/maklumat.pdf" | grep -q '%PDF-' || return 1
  command -v pdftotext >/dev/null || { echo "   (pdftotext tidak ada: teksnya tidak diperiksa)"; return 0; }
  pdftotext "$root/tmp/maklumat.pdf" - | grep -m1 'MAKLUMAT PELAYANAN'
}
check "PDF maklumat berisi teks MAKLUMAT PELAYANAN" maklumat_text
# The window, offscreen: still running after a few seconds means Qt found its platform
# plugin, the SQLite driver opened the file and the first dialog is up.
gui_started() {
  local rc=0
  install -d -m 700 "$root/tmp/runtime"
  chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime \
    timeout 8 loket --db /tmp/x.sqlite >"$root/tmp/gui.log" 2>&1 || rc=$?
  cat "$root/tmp/gui.log"
  [ "$rc" -eq 124 ]
}
check "jendela Loket berjalan (offscreen, 8 detik)" gui_started
check "/usr/bin/loket, menu, ikon, metainfo, man, completion terpasang" sh -c "
  for f in /usr/bin/loket /usr/share/applications/id.go.banjarmasinkota.lpse.loket.desktop \
           /usr/share/icons/hicolor/scalable/apps/loket.svg /usr/share/icons/hicolor/48x48/apps/loket.png \
           /usr/share/metainfo/id.go.banjarmasinkota.lpse.loket.metainfo.xml /usr/share/man/man1/loket.1.gz /usr/share/man/id/man1/loket.1.gz \
           /usr/share/bash-completion/completions/loket; do
    grep -qx \"\$f\" '$root/tmp/files.txt' && [ -e '$root'\"\$f\" ] || { echo \"   tidak ada: \$f\"; exit 1; }
  done"

echo "== apt-get remove --purge loket"
in_root apt-get remove --purge -y -q loket >"$root/tmp/remove.log" 2>&1 || { tail -20 "$root/tmp/remove.log" >&2; exit 1; }
left_of_package() {
  local left=0 f
  while read -r f; do
    [ "$f" = /. ] && continue
    # A folder other packages share (/usr/share/man/man1) stays; one only Loket had must go.
    if [ -d "$root$f" ] && ! grep -qx ".$f" "$root/tmp/before.txt"; then
      [ -z "$(ls -A "$root$f")" ] || { echo "   tertinggal: $f/"; left=1; }
      continue
    fi
    if [ -e "$root$f" ] && [ ! -d "$root$f" ]; then echo "   tertinggal: $f"; left=1; fi
  done <"$root/tmp/files.txt"
  in_root dpkg-query -W loket >/dev/null 2>&1 && { echo "   dpkg masih mengenal loket"; left=1; }
  [ "$left" -eq 0 ] && echo "   $(grep -vc '/$' "$root/tmp/files.txt") jalur dari dpkg -L: tidak ada yang tertinggal"
  [ "$left" -eq 0 ]
}
check "tidak ada berkas loket yang tertinggal" left_of_package
in_root apt-get autoremove --purge -y -q >"$root/tmp/autoremove.log" 2>&1
same_as_before() {
  snapshot >"$root/tmp/after.txt"
  local changed
  changed=$(diff "$root/tmp/before.txt" "$root/tmp/after.txt" | grep '^[<>]' || true)
  [ -z "$changed" ] && echo "   $(wc -l <"$root/tmp/before.txt") jalur, sama persis dengan sebelum pemasangan"
  [ -z "$changed" ] || { echo "$changed" | head -20 | sed 's/^/   /'; return 1; }
}
check "sesudah autoremove --purge: sistem sama dengan sebelum pemasangan" same_as_before

if [ "$failures" -gt 0 ]; then
  echo "Pemeriksaan paket: $failures pemeriksaan gagal." >&2
  exit 1
fi
echo "Pemeriksaan paket: $name terpasang, berjalan dan terhapus bersih di Debian 12."
