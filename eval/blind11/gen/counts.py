#!/usr/bin/env python3
"""Print the README's count tables for this set (run from the set folder)."""
import json, collections, os
e = json.load(open('expected.json', encoding='utf-8')); n = json.load(open('negatives.json', encoding='utf-8'))
fs = sorted(os.path.join(d, f) for d, _, ff in os.walk('content') for f in ff)
ch = lambda p: {'video': 'captions'}.get(p.split(os.sep)[1], p.split(os.sep)[1])
CH = ['blog', 'press', 'web', 'email', 'social', 'captions', 'chatbot', 'text']; LG = ['en', 'it', 'ro', 'pl']
def table(head, cnt, keys):
    s = f"| {head} | count |\n|---|---|\n" + ''.join(f"| {k} | {cnt.get(k, 0)} |\n" for k in keys)
    return s + f"| **total** | {sum(cnt.values())} |\n"
out = "### Content files\n\n" + table('channel', collections.Counter(ch(p) for p in fs), CH) + "\n" + table('language', collections.Counter(p.split(os.sep)[2] for p in fs), LG)
out += "\n### Expected findings (expected.json)\n\n" + table('family', collections.Counter(x['family'] for x in e), ['NL1', 'NL2', 'NL3', 'NL4', 'NL5', 'NL6']) + "\n" + table('channel', collections.Counter(x['channel'] for x in e), CH) + "\n" + table('language', collections.Counter(x['lang'] for x in e), LG)
g = collections.Counter(x['group'] for x in e if x.get('group'))
out += f"\nNL2: {sum(g.values())} entries in {len(g)} groups.\n"
c = collections.Counter(x['commitment'] for x in e if x['family'] == 'NL1')
out += "\n| NL1 by commitment | count |\n|---|---|\n" + ''.join(f"| {k} | {v} |\n" for k, v in c.most_common())
out += "\n### Hard negatives (negatives.json)\n\n" + table('channel', collections.Counter(x['channel'] for x in n), CH) + "\n" + table('language', collections.Counter(x['lang'] for x in n), LG)
print(out, end='')
