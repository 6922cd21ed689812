#!/usr/bin/env bash
# Checks the HTML report and the CSV export from outside, with real readers:
# Python's html.parser and XML parser, Python's csv module, headless Chromium
# (screenshot and PDF) and poppler's pdfinfo.
#
#   scripts/check-report.sh            # builds .build/debug/ctg-planner if needed
#
# Solves instances/tiny.yaml and the bundled instance with --report and --csv,
# then checks each page is well-formed and shows every meeting, the CSV has
# one row per meeting, and Chromium renders a non-blank screenshot and a PDF
# of at least one page. Prints "N passed, M failed" last; exits 1 on failure.
# CTG_REPORT_KEEP=DIR keeps the pages, screenshots and PDFs there (CI artefacts).
# Without Chromium, the rendering checks are skipped, except in CI (CI set),
# where they fail: .ci/run installs chromium and poppler-utils.
set -u
cd "$(dirname "$0")/.."
root=$(pwd)
python=/usr/bin/python3
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

binary="$root/.build/debug/ctg-planner"
if [ ! -x "$binary" ]; then
  swift build --product ctg-planner >&2 || { fail "build ctg-planner"; finish; }
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ctg-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

# check_page NAME: the page is well-formed HTML (every element closed in
# order) and XML, and names every meeting of the schedule.
check_page() {
  "$python" - "$1/report.html" "$1/schedule.json" <<'PY'
import html.parser, json, sys, xml.etree.ElementTree as ET
page = open(sys.argv[1], encoding="utf-8").read()
schedule = json.load(open(sys.argv[2], encoding="utf-8"))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
class Balance(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.text = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append((tag, self.getpos()))
    def handle_startendtag(self, tag, attrs): pass  # <meta/>, <rect/>: opened and closed at once
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.problems.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()
    def handle_data(self, data): self.text.append(data)
checker = Balance()
checker.feed(page); checker.close()
problems = checker.problems + [f"<{tag}> at {pos} never closed" for tag, pos in checker.stack]
try:
    ET.fromstring(page.split("\n", 1)[1])  # after <!DOCTYPE html>
except ET.ParseError as error:
    problems.append(f"not well-formed XML: {error}")
text = "".join(checker.text)
missing = [a["title"] for a in schedule["assignments"] if a["title"] not in text]
if missing: problems.append(f"meetings missing from the page: {missing}")
if "<script" in page.lower(): problems.append("the page has a script")
if problems:
    print("\n".join(problems[:10])); sys.exit(1)
print(f"{len(schedule['assignments'])} meetings, {len(page.encode())} bytes")
PY
}

# check_csv NAME: UTF-8 with BOM, ';', one row per meeting, 12 columns.
check_csv() {
  "$python" - "$1/schedule.csv" "$1/schedule.json" <<'PY'
import csv, json, sys
raw = open(sys.argv[1], "rb").read()
schedule = json.load(open(sys.argv[2], encoding="utf-8"))
assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark"
assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "line ends are not CRLF"
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    rows = list(csv.reader(handle, delimiter=";"))
header, body = rows[0], rows[1:]
assert header[:5] == ["Date", "Jour", "Début", "Fin", "Titre"], header
assert len(body) == len(schedule["assignments"]), f"{len(body)} rows for {len(schedule['assignments'])} meetings"
assert all(len(row) == len(header) for row in body), "ragged rows"
titles = sorted(a["title"] for a in schedule["assignments"])
assert sorted(row[4] for row in body) == titles, "titles differ from schedule.json"
print(f"{len(body)} rows")
PY
}

# not_blank PNG: decodes the PNG with zlib alone and requires many colours
# and some ink, so that a white or single-colour page fails.
not_blank() {
  "$python" - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    pos += 12 + length
    if kind == b"IHDR": width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT": idat += body
assert depth == 8 and colour in (2, 6), f"unexpected PNG format: depth {depth}, colour type {colour}"
bpp = 3 if colour == 2 else 4
raw, stride = zlib.decompress(idat), width * bpp
previous, colours, ink, i = bytearray(stride), set(), 0, 0
for y in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
    for x in range(stride):  # undo the PNG row filters (RFC 2083, 6.3)
        a = line[x - bpp] if x >= bpp else 0
        b, c = previous[x], (previous[x - bpp] if x >= bpp else 0)
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    previous = line
    if y % 4 == 0:
        for x in range(0, stride, bpp * 4):
            pixel = bytes(line[x:x + 3]); colours.add(pixel)
            ink += sum(pixel) < 600
sampled = (height // 4 + 1) * (width // 4 + 1)
assert len(colours) >= 50, f"only {len(colours)} colours"
assert ink / sampled > 0.01, f"only {ink / sampled:.2%} of the page has ink"
print(f"{width}x{height}, {len(colours)} colours, {ink / sampled:.1%} ink")
PY
}

# One solve per instance, into its own folder.
for name in tiny ctg-2022-2023; do
  dir="$work/$name"
  mkdir -p "$dir"
  if (cd "$dir" && "$binary" solve "$root/instances/$name.yaml" --time-limit 30 --quiet \
    --report report.html --csv schedule.csv >solve.out 2>solve.err); then
    pass "$name: solve --report --csv"
  else
    fail "$name: solve --report --csv: $(cat "$dir/solve.err")"
    continue
  fi
  if out=$(check_page "$dir" 2>&1); then pass "$name: report is well-formed, shows every meeting ($out)"; else fail "$name: report: $out"; fi
  if out=$(check_csv "$dir" 2>&1); then pass "$name: CSV read back by Python's csv module ($out)"; else fail "$name: CSV: $out"; fi
done

chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
  if [ -n "${CI:-}" ]; then
    fail "chromium is not installed (CI: .ci/run must install chromium and poppler-utils)"
  else
    echo "skipped: browser rendering (chromium not installed; apt-get install chromium poppler-utils)"
  fi
  finish
fi

# Headless Chromium, with its own profile so that parallel runs do not share one.
render() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$work/profile-$RANDOM" "$@" >"$work/chromium.log" 2>&1
}

for name in tiny ctg-2022-2023; do
  page="$work/$name/report.html"
  [ -f "$page" ] || continue
  png="$work/$name/report.png"
  pdf="$work/$name/report.pdf"
  if render --window-size=1600,1200 --screenshot="$png" "file://$page" && [ -s "$png" ]; then
    if out=$(not_blank "$png" 2>&1); then pass "$name: Chromium screenshot is not blank ($out)"; else fail "$name: screenshot: $out"; fi
  else
    fail "$name: Chromium screenshot: $(tail -n 3 "$work/chromium.log")"
  fi
  if render --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" && [ -s "$pdf" ]; then
    if ! command -v pdfinfo >/dev/null; then
      fail "$name: pdfinfo is not installed (apt-get install poppler-utils)"
      continue
    fi
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    size=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Page size: *//p')
    if [ "${pages:-0}" -ge 1 ]; then pass "$name: PDF has $pages page(s), $size"; else fail "$name: PDF has no page"; fi
    case "$size" in
      *"(A4)"*) pass "$name: PDF is A4 (landscape from @page)" ;;
      *) fail "$name: PDF page size is $size, not A4" ;;
    esac
  else
    fail "$name: Chromium PDF: $(tail -n 3 "$work/chromium.log")"
  fi
  if [ -n "${CTG_REPORT_KEEP:-}" ]; then
    mkdir -p "$CTG_REPORT_KEEP" && cp "$work/$name"/report.* "$CTG_REPORT_KEEP/" 2>/dev/null
    for file in "$CTG_REPORT_KEEP"/report.*; do mv "$file" "$CTG_REPORT_KEEP/$name-${file##*/}"; done
  fi
done
finish
