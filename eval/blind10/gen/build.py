#!/usr/bin/env python3
"""Build content/, expected.json and negatives.json from gen/src/.

Each source file mirrors content/<channel>/<lang>/<name>. Labels sit inline:
  «E NL1 commitment-id note»   expected finding (use '-' for no commitment)
  «E NL2 @group note»          NL2 drift side (group required)
  «N note»                     hard negative
Markers (and the blank before them) are stripped; the line number is the line they sit on.
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'src')
MARK = re.compile(r'[ \t]*«([^»]*)»')
CHANNEL = {'video': 'captions'}

def main():
    exp, neg = [], []
    out_root = os.path.join(ROOT, 'content')
    for d, _, fs in os.walk(SRC):
        for f in sorted(fs):
            sp = os.path.join(d, f)
            rel = os.path.relpath(sp, SRC).replace(os.sep, '/')
            parts = rel.split('/')
            channel, lang = CHANNEL.get(parts[0], parts[0]), parts[1]
            path = 'content/' + rel
            text = open(sp, encoding='utf-8').read()
            lines = text.split('\n')
            clean = []
            for i, line in enumerate(lines, 1):
                for m in MARK.finditer(line):
                    body = m.group(1).strip()
                    kind, _, rest = body.partition(' ')
                    if kind == 'N':
                        neg.append({'path': path, 'line': i, 'note': rest.strip(), 'channel': channel, 'lang': lang})
                    elif kind == 'E':
                        fam, _, rest = rest.partition(' ')
                        tag, _, note = rest.partition(' ')
                        e = {'path': path, 'line': i, 'family': fam, 'commitment': None, 'note': note.strip()}
                        if tag.startswith('@'):
                            e['group'] = tag[1:]
                        elif fam == 'NL3' and tag != '-':
                            e['note'] = f"value {tag}: {note.strip()}"   # values are not commitments
                        elif tag != '-':
                            e['commitment'] = tag
                        e['channel'] = channel; e['lang'] = lang
                        exp.append(e)
                    else:
                        sys.exit(f'bad marker {body!r} at {rel}:{i}')
                clean.append(MARK.sub('', line))
            op = os.path.join(out_root, rel)
            os.makedirs(os.path.dirname(op), exist_ok=True)
            with open(op, 'w', encoding='utf-8', newline='') as fh:
                fh.write('\n'.join(clean))
    exp.sort(key=lambda e: (e['path'], e['line'], e['family']))
    neg.sort(key=lambda n: (n['path'], n['line']))
    json.dump(exp, open(os.path.join(ROOT, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(neg, open(os.path.join(ROOT, 'negatives.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f'files={sum(len(fs) for _, _, fs in os.walk(SRC))} expected={len(exp)} negatives={len(neg)}')

if __name__ == '__main__':
    main()
