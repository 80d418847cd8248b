#!/usr/bin/env python3
"""Top methods of a JFR recording by self and by total (inclusive) execution samples.

Record with a stack depth that holds the whole flow (JFR keeps 64 frames by default and drops the
bottom ones of deeper stacks, which undercounts the totals of the outer methods):

    DATELINE_JAVA_OPTS="-Xss4m -XX:+UseParallelGC -XX:FlightRecorderOptions:stackdepth=128 \
        -XX:StartFlightRecording=filename=ext.jfr,settings=profile" \
        ./dateline bench --warmup 2 --rounds 3 --only extraction ../shared/data/extraction-dev/pages
    jfr print --events jdk.ExecutionSample --stack-depth 128 ext.jfr | scripts/jfr_top.py 25 [FILTER]

FILTER keeps the samples with a frame containing it (e.g. NewsAnalyzer for the analysis alone).
"""
import sys, re, collections
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
filt = sys.argv[2] if len(sys.argv) > 2 else None
self_c = collections.Counter(); total_c = collections.Counter(); events = 0
frames = None
frame_re = re.compile(r'^\s+([\w$.<>/\[\]]+(?:\.[\w$<>]+)?)\(.*\)\s+line:')
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        frames = []
    elif frames is not None and line.strip().startswith('stackTrace = ['):
        pass
    elif frames is not None and frame_re.match(line):
        frames.append(frame_re.match(line).group(1))
    elif frames is not None and line.strip() == ']':
        if frames and (filt is None or any(filt in f for f in frames)):
            events += 1
            self_c[frames[0]] += 1
            for f in set(frames):
                total_c[f] += 1
        frames = None
print(f"{events} samples" + (f" with {filt} on the stack" if filt else ""))
print("-- self --")
for f, c in self_c.most_common(n):
    print(f"{100*c/events:5.1f}%  {f}")
print("-- total --")
for f, c in total_c.most_common(n + 15):
    print(f"{100*c/events:5.1f}%  {f}")
