#!/usr/bin/env python3
"""Count entity mentions per type and per file in the gold .ann files."""
import os, collections
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
names = [l.strip()[:-4] for l in open(os.path.join(HERE, 'selection.txt')) if l.strip()]
tot = collections.Counter()
print('| file | chars | PERSON | ORGANIZATION | LOCATION | total |')
print('|---|---:|---:|---:|---:|---:|')
for n in names:
    c = collections.Counter(l.split('\t')[1].split()[0] for l in open(os.path.join(ROOT, n + '.ann'), encoding='utf-8'))
    nch = len(open(os.path.join(ROOT, n + '.txt'), encoding='utf-8').read())
    tot.update(c)
    print(f'| {n} | {nch} | {c["PERSON"]} | {c["ORGANIZATION"]} | {c["LOCATION"]} | {sum(c.values())} |')
print(f'| **total (20 files)** | | {tot["PERSON"]} | {tot["ORGANIZATION"]} | {tot["LOCATION"]} | {sum(tot.values())} |')
