#!/usr/bin/env python3
"""Verify every .ann line: format, label set, offsets, span text == text slice, no duplicate
(label, span), no overlaps; then list (a) unannotated occurrences of any annotated surface and
(b) unannotated capitalised tokens, for manual review."""
import os, re, sys, glob, hashlib, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.normpath(os.path.join(ROOT, '../../../../../shared/data/polnear-dev/text'))  # ../shared beside the clone
LABELS = {'PERSON', 'ORGANIZATION', 'LOCATION'}
bad = 0; tot = collections.Counter()
for ann in sorted(glob.glob(os.path.join(ROOT, '*.ann'))):
    name = os.path.basename(ann)[:-4]
    raw = open(os.path.join(ROOT, name + '.txt'), 'rb').read()
    if raw != open(os.path.join(SRC, name + '.txt'), 'rb').read():
        print('TXT NOT BYTE-IDENTICAL', name); bad += 1
    txt = raw.decode('utf-8')
    spans, ids = [], set()
    for ln, line in enumerate(open(ann, encoding='utf-8', newline='').read().split('\n'), 1):
        if line == '': continue
        m = re.fullmatch(r'(T\d+)\t(\S+) (\d+) (\d+)\t([^\t\n]*)', line)
        if not m: print(name, ln, 'BAD FORMAT', repr(line)); bad += 1; continue
        tid, lab, s, e, surf = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
        if tid in ids: print(name, 'DUP ID', tid); bad += 1
        ids.add(tid)
        if lab not in LABELS: print(name, ln, 'BAD LABEL', lab); bad += 1
        if not (0 <= s < e <= len(txt)) or txt[s:e] != surf:
            print(name, ln, 'SPAN MISMATCH', repr(txt[s:e]), repr(surf)); bad += 1
        if surf != surf.strip() or surf.lower().startswith('the ') or surf.endswith(('’s', "'s", '’')):
            print(name, ln, 'EDGE (determiner/possessive/space)', repr(surf)); bad += 1
        spans.append((s, e, lab, surf)); tot[lab] += 1
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]: print(name, 'OVERLAP', a, b); bad += 1
    covered = [False] * len(txt)
    for s, e, *_ in spans:
        for k in range(s, e): covered[k] = True
    # (a) surfaces annotated somewhere but occurring unannotated elsewhere
    for surf in sorted({x[3] for x in spans}):
        for m in re.finditer(r'(?<![A-Za-z0-9])' + re.escape(surf) + r'(?![A-Za-z0-9])', txt):
            if not covered[m.start()]:
                print(name, 'REVIEW unannotated occurrence', repr(surf), m.start(), repr(txt[max(0,m.start()-25):m.end()+25]))
    # (b) capitalised tokens not covered
    unc = collections.Counter(m.group() for m in re.finditer(r'[A-Z][\w.\-]*', txt) if not covered[m.start()])
    print(name, 'uncovered capitalised tokens:', ', '.join(f'{w}×{c}' if c > 1 else w for w, c in sorted(unc.items())))
    print(name, 'OK' if not bad else '', collections.Counter(x[2] for x in spans))
print('TOTAL', dict(tot), 'errors', bad)
sys.exit(1 if bad else 0)
