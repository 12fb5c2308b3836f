#!/usr/bin/env python3
"""Build BLIND11 content/ and labels from the marked-up sources in gen/src/.

Every source file under gen/src/content/ is copied to content/ with its inline markers
removed; each marker becomes a label on the line it sits on, so line numbers are right
by construction. Markers sit at the end of a line (several allowed):

  ⟦1:commitment-id:note⟧   expected NL1 finding on that commitment
  ⟦2:group:note⟧           expected NL2 finding, one side of a drift group
  ⟦3::note⟧ ⟦4::note⟧ ⟦5::note⟧ ⟦6::note⟧   expected NL3..NL6 (optional commitment id between the colons)
  ⟦N:note⟧                 hard negative: the line must not be flagged

The marker and the spaces just before it are removed; nothing else on the line changes.
usage: python3 gen/build.py   (from the set folder or anywhere)
"""
import json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'src', 'content')
OUT = os.path.join(ROOT, 'content')
MARK = re.compile(r'[ \t]*⟦([^⟧]*)⟧')
CHANNEL = {'video': 'captions'}


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    expected, negatives, problems = [], [], []
    for d, _, fs in sorted(os.walk(SRC)):
        for f in sorted(fs):
            src = os.path.join(d, f)
            rel = 'content/' + os.path.relpath(src, SRC).replace(os.sep, '/')
            parts = rel.split('/')
            channel, lang = CHANNEL.get(parts[1], parts[1]), parts[2]
            out_lines = []
            with open(src, encoding='utf-8') as fh:
                text = fh.read()
            for n, line in enumerate(text.split('\n'), 1):
                for m in MARK.finditer(line):
                    body = m.group(1)
                    kind, _, rest = body.partition(':')
                    if kind == 'N':
                        negatives.append({'path': rel, 'line': n, 'note': rest.strip(), 'channel': channel, 'lang': lang})
                        continue
                    if kind not in '123456' or len(kind) != 1:
                        problems.append(f'{rel}:{n}: bad marker {body!r}')
                        continue
                    key, _, note = rest.partition(':')
                    e = {'path': rel, 'line': n, 'family': 'NL' + kind, 'commitment': None, 'note': note.strip()}
                    if kind == '2':
                        e['group'] = key.strip()
                    elif key.strip():
                        e['commitment'] = key.strip()
                    e['channel'], e['lang'] = channel, lang
                    expected.append(e)
                out_lines.append(MARK.sub('', line))
            dst = os.path.join(ROOT, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, 'w', encoding='utf-8', newline='') as fh:
                fh.write('\n'.join(out_lines))
    for name, data in (('expected.json', expected), ('negatives.json', negatives)):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
    for p in problems:
        print('PROBLEM:', p)
    print(f'expected={len(expected)} negatives={len(negatives)}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
