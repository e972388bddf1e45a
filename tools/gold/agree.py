#!/usr/bin/env python3
"""Agreement between two readers of the same articles: statement and event F1 of reader B against reader A.

Reader A's files are taken as the reference, B's as the answer, scored the way `dossier eval` scores Dossier:
a statement matches when the speakers share a name (either file's aliases count) and B's content covers at least
half of A's; an event matches when the type lists, the source countries and the target countries each share a
value ("*" counts as a value; an empty list accepts any). Matching is one-to-one. "lenient" ignores B's records
that match one of A's optional records (as eval does); "strict" compares required records only; "same text"
is strict and also wants the two evidence spans to overlap (the same mention, not just the same kind of act).

Usage (from the repo root): tools/gold/agree.py DIR_B DIR_A...   (A's files are found by file name in DIR_A...)
"""
import json
import sys
from pathlib import Path


def load(p):
    return json.loads(Path(p).read_text(encoding="utf-8"))


def text_of(g):
    raw = Path(g["file"]).read_text(encoding="utf-8")
    if g["file"].endswith(".jsonl"):
        d = json.loads(raw.splitlines()[0])
        return d["title"] + "\n\n" + d["text"]
    return raw


def alias_groups(*golds):
    groups = []
    for g in golds:
        for e in g["entities"]:
            groups.append({n.lower() for n in [e["name"]] + e.get("aliases", [])})
    return groups


def expand(names, groups):
    out = {n.lower() for n in names}
    for grp in groups:
        if out & grp:
            out |= grp
    return out


def spans(text, s):
    out, i = [], text.find(s)
    while s and i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def cover(text, a, b):
    best = 0.0
    for sa in spans(text, a):
        for sb in spans(text, b):
            o = min(sa[1], sb[1]) - max(sa[0], sb[0])
            if o > 0:
                best = max(best, o / (sa[1] - sa[0]))
    return best


def roots(codes):
    return {c if c == "*" else c[:3] for c in codes}


def stmt_match(text, groups, a, b):
    return bool(expand(a["speaker"], groups) & expand(b["speaker"], groups)) and \
        cover(text, a["content"], b["content"]) >= 0.5


def event_match(a, b):
    if not set(a["type"]) & set(b["type"]):
        return False
    for role in ("source", "target"):
        ra, rb = roots(a.get(role, [])), roots(b.get(role, []))
        if ra and rb and not ra & rb:
            return False
    return True


def score(refs, answers, match, lenient):
    used = [False] * len(refs)
    tp = fp = 0
    for b in answers:
        if b.get("optional"):
            continue
        hit = next((i for i, a in enumerate(refs) if not used[i] and not a.get("optional") and match(a, b)), -1)
        if hit >= 0:
            used[hit] = True
            tp += 1
            continue
        opt = next((i for i, a in enumerate(refs) if not used[i] and a.get("optional") and match(a, b)), -1)
        if lenient and opt >= 0:
            used[opt] = True
        else:
            fp += 1
    gold = sum(not a.get("optional") for a in refs)
    return tp, fp, gold


def prf(tp, fp, gold):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(dir_b, dirs_a):
    totals = {k: [0, 0, 0] for k in ("statements lenient", "statements strict", "events lenient", "events strict",
                                      "events same text")}
    for fb in sorted(Path(dir_b).glob("*.json")):
        fa = next((Path(d) / fb.name for d in dirs_a if (Path(d) / fb.name).exists()), None)
        if fa is None:
            print(f"no first reading of {fb.name}")
            continue
        a, b = load(fa), load(fb)
        text, groups = text_of(a), alias_groups(a, b)
        row = []
        same = lambda x, y: event_match(x, y) and cover(text, x["evidence"], y["evidence"]) > 0
        for kind, mode, match in (("statements", "lenient", lambda x, y: stmt_match(text, groups, x, y)),
                                  ("statements", "strict", lambda x, y: stmt_match(text, groups, x, y)),
                                  ("events", "lenient", event_match), ("events", "strict", event_match),
                                  ("events", "same text", same)):
            t = score(a[kind], b[kind], match, mode == "lenient")
            totals[f"{kind} {mode}"] = [x + y for x, y in zip(totals[f"{kind} {mode}"], t)]
            if mode == "lenient":
                row.append(f"{kind} F1 {prf(*t)[2]:.2f} ({t[0]} agreed, {t[1]} only B, {t[2]} A required)")
        print(f"{fb.name}: " + "; ".join(row))
    print()
    for k, t in totals.items():
        p, r, f = prf(*t)
        print(f"{k:20s} P {p:.2f} R {r:.2f} F1 {f:.2f}  ({t[0]} agreed, {t[1]} only in B, {t[2]} required in A)")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
