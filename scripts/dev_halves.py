#!/usr/bin/env python3
"""Split a dev set's gold.jsonl into its tune and check halves, as the quality gate does.

A page is in `tune` when zlib.crc32 of its file name (the last path element, UTF-8) is even,
else in `check` (DevSet.tune in the tests). Writes the two halves to OUT_DIR/gold-tune.jsonl and
OUT_DIR/gold-check.jsonl, for the reference scorers:

    scripts/dev_halves.py ../shared/data/quotes-dev /tmp/halves
    python3 ../shared/eval/score_quotes.py /tmp/halves/gold-check.jsonl pred.jsonl
"""
import json
import os
import sys
import zlib


def name_of(row):
    f = row.get("file") or (row["id"] + ".txt")
    return f.rsplit("/", 1)[-1]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    halves = {"tune": [], "check": []}
    with open(os.path.join(src, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                halves["tune" if zlib.crc32(name_of(row).encode("utf-8")) % 2 == 0 else "check"].append(line)
    for half, lines in halves.items():
        with open(os.path.join(out, f"gold-{half}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines)
        print(f"{half}: {len(lines)} pages -> {os.path.join(out, f'gold-{half}.jsonl')}")


if __name__ == "__main__":
    main()
