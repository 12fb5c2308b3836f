#!/usr/bin/env python3
"""Build MINI-CLAIMS2 from gen/src: writes ../content/, ../expected.json, ../negatives.json
and the counts section of ../README.md (from gen/README.template.md).

Markers sit at the end of a source line and are stripped (with the spaces before them):
  ⟪NL5|note⟫                expected finding of family NL5 on this line
  ⟪NL1:commitment-id|note⟫  expected finding tied to a registry commitment
  ⟪NL2#group|note⟫          NL2 drift side (group shared by both sides)
  ⟪N|note⟫                  hard negative: this line must not be flagged
A line may carry several markers. Python 3 standard library only.
"""
import json, os, re, shutil, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'src')
MARK = re.compile(r'\s*⟪([^⟫]*)⟫')
CHANNEL = {'blog': 'blog', 'press': 'press', 'web': 'web', 'email': 'email', 'social': 'social',
           'video': 'captions', 'chatbot': 'chatbot', 'text': 'text'}


def parse(tag, where):
    head, _, note = tag.partition('|')
    head, note = head.strip(), note.strip()
    m = re.fullmatch(r'(NL[1-6]|N)(?::([\w-]+))?(?:#([\w-]+))?', head)
    if not m or not note:
        raise SystemExit(f'bad marker ⟪{tag}⟫ at {where}')
    return m.group(1), m.group(2), m.group(3), note


def main():
    out = os.path.join(ROOT, 'content')
    if os.path.isdir(out):
        shutil.rmtree(out)
    expected, negatives, files = [], [], []
    for d, _, fs in os.walk(os.path.join(SRC, 'content')):
        for f in sorted(fs):
            src = os.path.join(d, f)
            rel = os.path.relpath(src, SRC).replace(os.sep, '/')
            parts = rel.split('/')
            channel, lang = CHANNEL[parts[1]], parts[2]
            files.append((rel, channel, lang))
            text = open(src, encoding='utf-8').read()
            lines = []
            for i, line in enumerate(text.split('\n'), 1):
                tags = MARK.findall(line)
                clean = MARK.sub('', line).rstrip() if tags else line
                for t in tags:
                    fam, cid, grp, note = parse(t, f'{rel}:{i}')
                    if fam == 'N':
                        negatives.append({'path': rel, 'line': i, 'note': note, 'channel': channel, 'lang': lang})
                    else:
                        e = {'path': rel, 'line': i, 'family': fam, 'commitment': cid, 'note': note,
                             'channel': channel, 'lang': lang}
                        if grp:
                            e['group'] = grp
                        expected.append(e)
                lines.append(clean)
            dst = os.path.join(ROOT, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(dst, 'w', encoding='utf-8', newline='') as fh:
                fh.write('\n'.join(lines))
    key = lambda x: (x['path'], x['line'])
    expected.sort(key=key)
    negatives.sort(key=key)
    for name, data in (('expected.json', expected), ('negatives.json', negatives)):
        with open(os.path.join(ROOT, name), 'w', encoding='utf-8') as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write('\n')

    def table(title, counter, order=None):
        rows = [f'| {title} | count |', '|---|---|']
        ks = order or sorted(counter)
        rows += [f'| {k} | {counter[k]} |' for k in ks if counter[k]]
        rows.append(f'| **total** | {sum(counter.values())} |')
        return '\n'.join(rows)
    chans = ['blog', 'press', 'web', 'email', 'social', 'captions', 'chatbot', 'text']
    langs = ['en', 'it', 'ro', 'es', 'fr', 'de']
    C = collections.Counter
    counts = '\n\n'.join([
        '### Content files', table('channel', C(c for _, c, _ in files), chans),
        table('language', C(l for _, _, l in files), langs),
        '### Expected findings (expected.json)', table('family', C(e['family'] for e in expected)),
        table('channel', C(e['channel'] for e in expected), chans),
        table('language', C(e['lang'] for e in expected), langs),
        '### Hard negatives (negatives.json)', table('channel', C(n['channel'] for n in negatives), chans),
        table('language', C(n['lang'] for n in negatives), langs)])
    tpl = open(os.path.join(HERE, 'README.template.md'), encoding='utf-8').read()
    with open(os.path.join(ROOT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(tpl.replace('{{COUNTS}}', counts))
    nl5 = sum(1 for e in expected if e['family'] == 'NL5')
    print(f'files={len(files)} expected={len(expected)} NL5={nl5} negatives={len(negatives)}')


if __name__ == '__main__':
    main()
