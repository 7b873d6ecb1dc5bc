#!/usr/bin/env bash
# Printing proof (issue 20): Loket prints each receipt kind through CUPS to a real queue
# and the file CUPS produced is checked against what Loket sent.
#
# A private cupsd of its own (config, spool, logs and socket in a temporary folder; the
# machine's own CUPS, running or not, is left alone) gets a cups-pdf queue "LoketPDF"
# (the cups-pdf PPD, which takes custom page sizes). On a fresh database with sample
# data, `loket print ... --printer LoketPDF --out SENT.pdf` sends the queue ticket, the
# tanda terima berkas, the bukti pengembalian, the bukti selesai and the tanda terima
# pengaduan on an 80 mm roll and on A4, the printer test page (80 mm) and the Maklumat
# (A4). For each job the PDF that cups-pdf wrote is checked against the document Loket
# handed to CUPS (kept in the spool, PreserveJobFiles): the same page size (80 mm wide and
# as long as the receipt; A4), the same number of pages and the same text (pdftotext,
# whitespace aside), which is also the text of the PDF copy `--out` wrote from the same
# receipt. It prints a table; exit 0 when everything matches, 1 otherwise.
#
#   scripts/prove-printing.sh        (as root, or through sudo; installs what is missing)
#   LOKET_BUILD_DIR (default build), LOKET_JOBS (default 2)
#   LOKET_PROOF_KEEP=FOLDER: keep the PDFs and logs there
#
# It installs cups, printer-driver-cups-pdf, poppler-utils and sqlite3 when missing. The
# one file it puts outside its folder is the queue's cups-pdf configuration,
# /etc/cups/cups-pdf-loketproofPID.conf (cups-pdf reads it only from there), removed at
# the end with the folder and the private cupsd. Where AppArmor confines cups-pdf (Debian's
# profile, when enforced) it cannot read that file and writes to its defaults instead,
# /var/spool/cups-pdf/root and /var/log/cups/cups-pdf-LoketPDF_log; the PDFs are taken
# from there.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${LOKET_BUILD_DIR:-build}"

if [[ "${LOKET_PROOF_BUILT:-0}" != 1 ]]; then
    if [[ ! -f "$build/build.ninja" && ! -f "$build/Makefile" ]]; then
        cmake -S . -B "$build" -G Ninja >/dev/null
    fi
    cmake --build "$build" -j "${LOKET_JOBS:-2}" --target loket >/dev/null
fi
# cupsd runs the cups-pdf backend (mode 0700) only when it runs as root itself.
if [[ "$(id -u)" -ne 0 ]]; then
    exec sudo LOKET_PROOF_BUILT=1 LOKET_BUILD_DIR="$build" "$0" "$@"
fi

missing=()
for p in cups printer-driver-cups-pdf poppler-utils sqlite3; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Memasang paket yang belum ada: ${missing[*]}"
    apt-get update -qq
    # The packages' own scripts try to (re)start the machine's cupsd: that may fail without an init system.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
ppd=$(ls /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || true)
[[ -n "$ppd" ]] || { echo "PPD cups-pdf tidak ditemukan (/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd)" >&2; exit 1; }

loket="$(realpath "$build/app/loket")"
work="$(mktemp -d /tmp/loket-cups.XXXXXX)"
chmod 755 "$work" # the filters run as lp
instance="loketproof$$"
pdfconf="/etc/cups/cups-pdf-$instance.conf"
cupsd_pid=""
cleanup() {
    [[ -n "$cupsd_pid" ]] && kill "$cupsd_pid" 2>/dev/null && wait "$cupsd_pid" 2>/dev/null
    rm -f "$pdfconf"
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work"/{etc/ppd,spool,cache,state,tmp,log,out,pdfspool,sent,cups}
chmod 1777 "$work/tmp"
cat >"$work/etc/cupsd.conf" <<CONF
Listen $work/cups.sock
LogLevel info
WebInterface No
Browsing No
DefaultAuthType None
# Keeps each job's document as Loket sent it (spool/dNNNNN-001), to compare with.
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat >"$work/etc/cups-files.conf" <<CONF
ServerRoot $work/etc
RequestRoot $work/spool
CacheDir $work/cache
StateDir $work/state
TempDir $work/tmp
Printcap $work/printcap
ErrorLog $work/log/error_log
AccessLog $work/log/access_log
PageLog $work/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
CONF
# The queue's own output folder (cups-pdf picks the file by the queue's URI, cups-pdf:/NAME).
cat >"$pdfconf" <<CONF
Out $work/out
AnonDirName $work/out
Spool $work/pdfspool
Log $work/log
Grp root
CONF

cupsd -f -c "$work/etc/cupsd.conf" -s "$work/etc/cups-files.conf" >"$work/log/cupsd.out" 2>&1 &
cupsd_pid=$!
export CUPS_SERVER="$work/cups.sock"
for _ in $(seq 1 100); do
    lpstat -r >/dev/null 2>&1 && break
    sleep 0.1
done
lpstat -r >/dev/null 2>&1 || { echo "cupsd pribadi tidak mau berjalan:" >&2; cat "$work/log/cupsd.out" "$work/log/error_log" >&2; exit 1; }
# The cups-pdf PPD (it takes custom page sizes: the roll's Custom.WxH). PDF reaches it as
# PostScript; made by pdftocairo, that keeps the text readable (Ghostscript's own
# PostScript, CUPS's default here, loses the fonts' Unicode maps).
lpadmin -p LoketPDF -v "cups-pdf:/$instance" -P "$ppd" -o pdftops-renderer-default=pdftocairo -E 2>&1 | grep -v "drivers are deprecated" >&2 || true
lpstat -p LoketPDF >/dev/null

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/tmp"
db="$work/proof.sqlite"
"$loket" init --db "$db" >/dev/null
"$loket" demo-data --db "$db" --years 1 --per-day 3 --seed 20 >/dev/null
first() { sqlite3 "$db" "$1" | head -n 1; }
done_file=$(first "SELECT number FROM applications WHERE status = 'done' ORDER BY id DESC LIMIT 1")
returned_file=$(first "SELECT number FROM applications WHERE status = 'returned' ORDER BY id DESC LIMIT 1")
complaint=$(first "SELECT number FROM complaints ORDER BY id DESC LIMIT 1")
for v in done_file returned_file complaint; do
    [[ -n "${!v}" ]] || { echo "Data contoh tanpa $v" >&2; exit 1; }
done

# name|paper|loket print arguments
jobs=()
for paper in 80mm a4; do
    jobs+=("ticket-$paper|$paper|receipt $done_file --kind ticket --paper $paper")
    jobs+=("document-$paper|$paper|receipt $done_file --kind document --paper $paper")
    jobs+=("return-$paper|$paper|receipt $returned_file --kind return --paper $paper")
    jobs+=("done-$paper|$paper|receipt $done_file --kind done --paper $paper")
    jobs+=("complaint-$paper|$paper|receipt $complaint --kind complaint --paper $paper")
done
jobs+=("test-page-80mm|80mm|test-page --paper 80mm")
jobs+=("maklumat-a4|a4|maklumat")

# The PDFs cups-pdf wrote, newest first: in the queue's folder, or, where AppArmor (Debian's
# profile for cups-pdf, when enforced) keeps it from reading the queue's configuration,
# in its built-in default for the job's user, /var/spool/cups-pdf/root (only the files
# these jobs add are taken from there).
produced_pdfs() { ls -t "$work"/out/*.pdf /var/spool/cups-pdf/root/*.pdf 2>/dev/null || true; }
size_of() { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p'; }
pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
text_of() { pdftotext -layout "$1" - | tr -d '[:space:]'; }
# Within 1.5 pt (half a millimetre): PDF page sizes are whole points, CUPS's custom sizes too.
near() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; exit !(d < 1.5 && d > -1.5) }'; }

failed=0
printf '%-16s %-20s %-20s %-4s %s\n' "cetakan" "dikirim ke CUPS (pt)" "hasil cups-pdf (pt)" "hlm" "teks"
for job in "${jobs[@]}"; do
    IFS='|' read -r name paper args <<<"$job"
    copy="$work/sent/$name.pdf"
    before=$(produced_pdfs | wc -l)
    # shellcheck disable=SC2086 # the arguments are words
    if ! "$loket" print $args --db "$db" --printer LoketPDF --out "$copy" >"$work/log/$name.out" 2>&1; then
        echo "$name: loket print gagal:" >&2
        cat "$work/log/$name.out" >&2
        failed=1
        continue
    fi
    produced=""
    for _ in $(seq 1 600); do # up to a minute per job
        if [[ $(produced_pdfs | wc -l) -gt $before && -z "$(lpstat -o LoketPDF 2>/dev/null)" ]]; then
            produced="$(produced_pdfs | head -n 1)"
            break
        fi
        sleep 0.1
    done
    if [[ -z "$produced" ]]; then
        echo "$name: cups-pdf tidak menulis berkas; log CUPS:" >&2
        tail -n 20 "$work/log/error_log" >&2
        failed=1
        continue
    fi
    got="$work/cups/$name.pdf"
    mv "$produced" "$got"
    # The document as Loket handed it to CUPS (QPrinter, laid out at the printer's resolution).
    sent="$work/cups/$name.sent.pdf"
    cp "$(ls -t "$work"/spool/d*-001 | head -n 1)" "$sent"
    read -r sw sh <<<"$(size_of "$sent")"
    read -r gw gh <<<"$(size_of "$got")"
    verdict=()
    if [[ "$paper" == 80mm ]]; then
        near "$sw" 226.77 || verdict+=("yang dikirim tidak 80 mm")
        near "$gw" 226.77 || verdict+=("lebar hasil CUPS bukan 80 mm")
    else
        near "$sw" 595.28 && near "$sh" 841.89 || verdict+=("yang dikirim bukan A4")
        near "$gw" 595.28 && near "$gh" 841.89 || verdict+=("hasil CUPS bukan A4")
    fi
    near "$gw" "$sw" && near "$gh" "$sh" || verdict+=("ukuran halaman berbeda")
    [[ "$(pages_of "$sent")" == "$(pages_of "$got")" ]] || verdict+=("jumlah halaman berbeda")
    text_sent=$(text_of "$sent")
    [[ -n "$text_sent" ]] || verdict+=("teks kosong")
    text="sama (${#text_sent} huruf)"
    for other in "$got" "$copy"; do
        if [[ "$(text_of "$other")" != "$text_sent" ]]; then
            text="BERBEDA"
            verdict+=("teks $(basename "$other") berbeda")
            diff <(pdftotext -layout "$sent" -) <(pdftotext -layout "$other" -) | head -n 10 >&2 || true
        fi
    done
    printf '%-16s %-20s %-20s %-4s %s\n' "$name" "$sw x $sh" "$gw x $gh" "$(pages_of "$got")" "$text"
    if ((${#verdict[@]})); then
        echo "  SALAH: ${verdict[*]}" >&2
        failed=1
    fi
done

if [[ -n "${LOKET_PROOF_KEEP:-}" ]]; then
    cp -r "$work" "$LOKET_PROOF_KEEP"
    echo "Berkas (cups/: hasil cups-pdf dan yang dikirim, sent/: salinan --out, log/) disalin ke $LOKET_PROOF_KEEP"
fi
if ((failed)); then
    echo "Bukti cetak GAGAL: lihat di atas." >&2
    exit 1
fi
echo "Bukti cetak: ${#jobs[@]} cetakan lewat CUPS (antrean cups-pdf LoketPDF), ukuran halaman dan teks sama dengan yang dikirim Loket."
