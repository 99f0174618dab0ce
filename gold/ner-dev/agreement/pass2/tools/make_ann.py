#!/usr/bin/env python3
"""Build NAME.ann from the hand decisions in decisions.py (offsets = Python str indices = code points)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from decisions import DOCS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def wb(surface):
    # word-bounded match: not preceded/followed by a letter or digit
    return re.compile(r'(?<![A-Za-z0-9])' + re.escape(surface) + r'(?![A-Za-z0-9])')

for name, ments in DOCS.items():
    txt = open(os.path.join(ROOT, name + '.txt'), encoding='utf-8', newline='').read()
    cur, lines = 0, []
    for i, (lab, surf) in enumerate(ments, 1):
        m = wb(surf).search(txt, cur)
        if not m:
            sys.exit(f'{name}: mention {i} {surf!r} not found after {cur}')
        s, e = m.start(), m.end()
        lines.append(f'T{i}\t{lab} {s} {e}\t{surf}')
        cur = e
    with open(os.path.join(ROOT, name + '.ann'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(name, len(lines))
