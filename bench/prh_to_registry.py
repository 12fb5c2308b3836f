#!/usr/bin/env python3
"""Turn the baseline's prh.yml (textlint terminology) into a NarrativeLint registry with the same terms,
so both tools check the same dictionary in the benchmark.

prh patterns are regular expressions; NarrativeLint terms are literal variants. Each pattern is expanded
into its literal variants where it is a plain word with character classes ([- ]) and optional characters (?);
patterns with alternation, repetition or look-arounds beyond the word boundaries are skipped and counted.
usage: prh_to_registry.py PRH.yml OUT.yaml
"""
import itertools, json, re, sys

BOUNDARY = re.compile(r"^\(\?<!\[[^\]]*\]\)|\(\?!\[[^\]]*\]\)$")


def parse_prh(path):
    rules, current = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r'\s*- expected: "(.*)"\s*$', line)
        if m:
            current = {"expected": json.loads('"' + m.group(1) + '"'), "patterns": []}
            rules.append(current)
            continue
        m = re.match(r'\s*- "(/.*/[a-z]*)"\s*$', line)
        if m and current is not None:
            current["patterns"].append(json.loads('"' + m.group(1) + '"'))
    return rules


def expand(pattern):
    """Literal variants of a simple regex, or None when it is not simple."""
    body = pattern[1:pattern.rindex("/")]
    body = BOUNDARY.sub("", BOUNDARY.sub("", body)).replace(r"\b", "")
    parts, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and not body[i + 1].isalnum():
            options, i = [body[i + 1]], i + 2
        elif c == "[":
            j = body.index("]", i)
            options, i = list(body[i + 1:j].replace("\\", "")), j + 1
        elif c in "()|*+{}^$.\\":
            return None
        else:
            options, i = [c], i + 1
        if i < len(body) and body[i] == "?":
            options, i = options + [""], i + 1
        parts.append(options)
    variants = {"".join(p) for p in itertools.product(*parts)}
    return sorted(v for v in variants if v.strip())


def main(source, target):
    rules, skipped, terms = parse_prh(source), 0, {}
    for rule in rules:
        for pattern in rule["patterns"]:
            variants = expand(pattern)
            if variants is None:
                skipped += 1
                continue
            avoid = terms.setdefault(rule["expected"], [])
            avoid.extend(v for v in variants if v != rule["expected"] and v not in avoid)
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Generated from the baseline's prh.yml by bench/prh_to_registry.py\nterms:\n")
        for preferred, avoid in terms.items():
            if avoid:
                out.write(f"  - preferred: {json.dumps(preferred)}\n    avoid: {json.dumps(avoid, ensure_ascii=False)}\n")
    print(f"{sum(1 for a in terms.values() if a)} terms, {sum(len(a) for a in terms.values())} variants; {skipped} patterns not expandable", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
