#!/usr/bin/env bash
# Scores `dateline extract --input-format text` on a dev set's pages dumped to text by real text
# browsers: w3m and lynx at their default 80 columns (hard-wrapped; lynx numbers links and lists
# them at the end). Reproduces the figures in docs/decisions.md ("hard-wrapped text joined back").
#
# Usage: scripts/score_text_dumps.sh [SET] [WORKDIR]
#   SET      a dev set folder under ../shared/data (default metadata-dev)
#   WORKDIR  where the dumps and predictions go (default a new temporary folder)
# Needs w3m and lynx (Debian: apt-get install -y w3m lynx) and python3 for the reference scorer.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set_name="${1:-metadata-dev}"
data="$here/../shared/data/$set_name"
work="${2:-$(mktemp -d)}"
[ -d "$data/pages" ] || { echo "score_text_dumps: no $data/pages" >&2; exit 2; }
for tool in w3m lynx python3; do
  command -v "$tool" >/dev/null || { echo "score_text_dumps: $tool is not installed" >&2; exit 2; }
done
mkdir -p "$work/w3m" "$work/lynx"
for page in "$data"/pages/*.html.gz; do
  name="$(basename "$page" .html.gz)"
  zcat "$page" > "$work/page.html"
  timeout 10 w3m -dump -T text/html -O UTF-8 < "$work/page.html" > "$work/w3m/$name.txt" 2>/dev/null || true
  timeout 10 lynx -dump -force_html -assume_charset=utf-8 -display_charset=utf-8 "$work/page.html" \
    > "$work/lynx/$name.txt" 2>/dev/null || true
done
for dumper in w3m lynx; do
  # The scorer matches records to gold by file name: give each record its page's name back.
  # An empty dump is an error record and exit status 1; the scorer counts it as a miss.
  { "$here/dateline" extract --no-analysis --input-format text "$work/$dumper" 2>/dev/null || true; } \
    | sed 's/\.txt"/.html.gz"/' > "$work/$dumper.jsonl"
  printf '%-5s ' "$dumper"
  python3 "$here/../shared/eval/score_extraction.py" "$data/gold.jsonl" "$work/$dumper.jsonl" | tail -1
done
