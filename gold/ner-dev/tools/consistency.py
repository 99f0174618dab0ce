#!/usr/bin/env python3
"""Cross-file check: every surface string labelled anywhere in the set is
looked up in all 20 texts; report occurrences that are not labelled (or
carry a different type) so each can be re-judged by hand."""
import os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
names = [l.strip()[:-4] for l in open(os.path.join(HERE, 'selection.txt')) if l.strip()]
data = {}; types = collections.defaultdict(set)
for n in names:
    text = open(os.path.join(ROOT, n + '.txt'), encoding='utf-8').read()
    spans = {}
    for line in open(os.path.join(ROOT, n + '.ann'), encoding='utf-8'):
        _, mid, s = line.rstrip('\n').split('\t'); t, b, e = mid.split()
        spans[(int(b), int(e))] = t; types[s].add(t)
    data[n] = (text, spans)
for s, ts in sorted(types.items()):
    if len(ts) > 1: print('TYPE VARIES', s, ts)
for n, (text, spans) in data.items():
    for s in types:
        for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', text):
            if (m.start(), m.end()) not in spans:
                inside = [k for k in spans if k[0] <= m.start() and m.end() <= k[1]]
                if inside: continue
                print(f'UNLABELLED {n}: {s!r} at {m.start()}: ...{text[max(0,m.start()-40):m.end()+40]!r}')
