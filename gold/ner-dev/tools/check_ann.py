#!/usr/bin/env python3
"""Verify every .ann line: format, label set, offsets re-read from the .txt
(code points) equal the stored surface, no duplicate label on a span, no
overlapping entities, spans have no edge whitespace, and the .txt is a byte
copy of the source text.  With --show, print the text with [entity|TYPE]
markup for human review."""
import sys, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SRC = os.path.normpath(os.path.join(ROOT, '../../../shared/data/polnear-dev/text'))  # ../shared beside the clone
LABELS = {'PERSON', 'ORGANIZATION', 'LOCATION'}
show = '--show' in sys.argv
args = [a for a in sys.argv[1:] if a != '--show']
names = args or [l.strip()[:-4] for l in open(os.path.join(HERE, 'selection.txt')) if l.strip()]
bad = 0
for n in names:
    ap = os.path.join(ROOT, n + '.ann')
    if not os.path.exists(ap):
        print('MISSING', n); bad += 1; continue
    raw = open(os.path.join(ROOT, n + '.txt'), 'rb').read()
    if raw != open(os.path.join(SRC, n + '.txt'), 'rb').read():
        print('TXT DIFFERS', n); bad += 1
    text = raw.decode('utf-8')
    spans = []; ids = set()
    for ln, line in enumerate(open(ap, encoding='utf-8', newline=''), 1):
        m = re.fullmatch(r'(T\d+)\t(\S+) (\d+) (\d+)\t([^\t\n]*)\n', line)
        if not m:
            print(n, ln, 'BAD FORMAT', repr(line)); bad += 1; continue
        tid, lab, b, e, s = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
        if tid in ids: print(n, ln, 'DUP ID'); bad += 1
        ids.add(tid)
        if lab not in LABELS: print(n, ln, 'BAD LABEL', lab); bad += 1
        if text[b:e] != s: print(n, ln, 'MISMATCH', repr(text[b:e]), repr(s)); bad += 1
        if s != s.strip() or not s: print(n, ln, 'EDGE SPACE'); bad += 1
        spans.append((b, e, lab))
    ss = sorted(spans)
    for (b1, e1, l1), (b2, e2, l2) in zip(ss, ss[1:]):
        if b2 < e1: print(n, 'OVERLAP', (b1, e1, l1), (b2, e2, l2)); bad += 1
    if show:
        out = []; last = 0
        for b, e, l in ss:
            out.append(text[last:b]); out.append('[' + text[b:e] + '|' + l[:3] + ']'); last = e
        out.append(text[last:])
        print('=' * 30, n); print(''.join(out))
print('errors:', bad)
sys.exit(1 if bad else 0)
