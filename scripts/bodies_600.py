#!/usr/bin/env python3
"""Write ~600-word article bodies for the whole-process analysis benchmark (issue 14).

Reads records (JSON Lines, as `dateline extract` prints them) and writes, for each record with a
body of 300 words or more, its first paragraphs up to 600 words as OUT_DIR/NNN.txt:

    ./dateline extract --no-analysis ../shared/data/metadata-dev/pages > /tmp/md.jsonl
    scripts/bodies_600.py /tmp/md.jsonl /tmp/bodies
    /usr/bin/time taskset -c 0 ./dateline extract --input-format body /tmp/bodies/ > /dev/null
"""
import json
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = words = 0
    with open(src, encoding="utf-8") as f:
        for line in f:
            text = (json.loads(line).get("text") or "") if line.strip() else ""
            if len(text.split()) < 300:
                continue
            kept, count = [], 0
            for p in text.split("\n\n"):
                kept.append(p)
                count += len(p.split())
                if count >= 600:
                    break
            with open(os.path.join(out, f"{n:03d}.txt"), "w", encoding="utf-8") as o:
                o.write("\n\n".join(kept))
            n += 1
            words += count
    print(f"{n} bodies, {words / max(n, 1):.0f} words on average -> {out}")


if __name__ == "__main__":
    main()
