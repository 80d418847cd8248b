#!/usr/bin/env python3
"""Baseline for `dateline bench`: readability-lxml over the same pages, as one batch process.

Usage: taskset -c 0 /usr/bin/python3 scripts/readability_batch.py DIR [PASSES]
Needs Debian's python3-readability (apt-get install -y python3-readability). Prints one line per
pass with pages/s (wall clock and CPU time), then the steady-state CPU rate (passes after the first). Pages may be gzip-compressed.
"""
import gzip, os, sys, time
from readability import Document

def pages(d):
    for root, _, files in os.walk(d):
        for f in sorted(files):
            if f.endswith(('.html', '.htm', '.html.gz', '.htm.gz')):
                yield os.path.join(root, f)

def main():
    d, passes = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
    files = sorted(pages(d))
    rates = []
    for p in range(passes):
        t = time.perf_counter()
        c = time.process_time()
        n = 0
        for f in files:
            raw = gzip.open(f).read() if f.endswith('.gz') else open(f, 'rb').read()
            try:
                doc = Document(raw)
                doc.title()
                doc.summary()
                n += 1
            except Exception as e:  # readability raises on empty or unparsable pages
                print(f"{f}: {e}", file=sys.stderr)
        dt = time.perf_counter() - t
        dc = time.process_time() - c
        rates.append(n / dc)
        print(f"pass {p + 1}: {n} pages in {dt:.1f} s wall, {dc:.1f} s CPU = {n / dt:.1f} pages/s, "
              f"{n / dc:.1f} pages/cpu-s", flush=True)
    if passes > 1:
        print(f"steady state: {sum(rates[1:]) / (passes - 1):.1f} pages/cpu-s")

if __name__ == "__main__":
    main()
