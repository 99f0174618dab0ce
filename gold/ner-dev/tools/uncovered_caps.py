#!/usr/bin/env python3
"""Review aid (not a tagger): list capitalised words that lie outside every
labelled span, with their context, so the annotator can re-check each one
by hand for a missed mention."""
import re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
names = sys.argv[1:] or [l.strip()[:-4] for l in open(os.path.join(HERE, 'selection.txt')) if l.strip()]
for n in names:
    text = open(os.path.join(ROOT, n + '.txt'), encoding='utf-8').read()
    spans = []
    for line in open(os.path.join(ROOT, n + '.ann'), encoding='utf-8'):
        _, mid, _ = line.split('\t'); _, b, e = mid.split(); spans.append((int(b), int(e)))
    words = {}
    for m in re.finditer(r'[A-Z][\w.&-]*', text):
        if any(b <= m.start() < e for b, e in spans): continue
        words.setdefault(m.group(), []).append(m.start())
    print('==', n)
    print('  ' + ' | '.join(f'{w}({len(v)})' for w, v in sorted(words.items())))
