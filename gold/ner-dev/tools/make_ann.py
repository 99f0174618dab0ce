#!/usr/bin/env python3
"""Produce NAME.ann from hand decisions in decisions/NAME.dec.

Decision file format (one decision per line, TAB separated, '#' comments):
  TYPE<TAB>surface              label every word-bounded occurrence of surface
  TYPE<TAB>surface<TAB>1,3      label only the listed occurrences (1-based,
                                counted over all word-bounded occurrences of
                                surface in the text)
  BLOCK<TAB>surface[<TAB>idx]   claim the span without labelling it (e.g. an
                                event/work title), so shorter names inside it
                                are not labelled
TYPE is PERSON, ORGANIZATION or LOCATION. Longer surfaces are applied first;
a shorter surface never matches inside a span already claimed. Every listed
decision must match at least once (else error). Occurrence indices count all
occurrences, including ones inside longer claimed spans.
"""
import re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPES = {'PERSON', 'ORGANIZATION', 'LOCATION', 'BLOCK'}

def occurrences(text, s):
    pat = re.compile(r'(?<!\w)' + re.escape(s) + r'(?!\w)')
    return [(m.start(), m.end()) for m in pat.finditer(text)]

def build(name):
    text = open(os.path.join(ROOT, name + '.txt'), encoding='utf-8').read()
    decs = []
    for ln, line in enumerate(open(os.path.join(HERE, 'decisions', name + '.dec'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        parts = line.split('\t')
        typ, surf = parts[0], parts[1]
        idx = None
        if len(parts) > 2 and parts[2].strip():
            idx = [int(x) for x in parts[2].split(',')]
        assert typ in TYPES, (name, ln, typ)
        decs.append((typ, surf, idx, ln))
    claimed = []  # (b,e,typ)
    def free(b, e):
        return all(e <= cb or b >= ce for cb, ce, _ in claimed)
    for typ, surf, idx, ln in sorted(decs, key=lambda d: -len(d[1])):
        occ = occurrences(text, surf)
        if not occ:
            sys.exit(f'{name}:{ln}: no occurrence of {surf!r}')
        chosen = occ if idx is None else [occ[i - 1] for i in idx]
        n = 0
        for b, e in chosen:
            if free(b, e):
                claimed.append((b, e, typ)); n += 1
            elif idx is not None:
                sys.exit(f'{name}:{ln}: occurrence of {surf!r} at {b} already claimed')
        if n == 0:
            sys.exit(f'{name}:{ln}: {surf!r} all occurrences inside longer spans')
    ents = sorted((b, e, t) for b, e, t in claimed if t != 'BLOCK')
    with open(os.path.join(ROOT, name + '.ann'), 'w', encoding='utf-8', newline='\n') as f:
        for i, (b, e, t) in enumerate(ents, 1):
            f.write(f'T{i}\t{t} {b} {e}\t{text[b:e]}\n')
    return len(ents)

if __name__ == '__main__':
    names = sys.argv[1:] or [l.strip()[:-4] for l in open(os.path.join(HERE, 'selection.txt')) if l.strip()]
    for n in names:
        if os.path.exists(os.path.join(HERE, 'decisions', n + '.dec')):
            print(n, build(n))
