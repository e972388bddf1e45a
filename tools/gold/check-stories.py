#!/usr/bin/env python3
"""Validates the gold story clusters (eval/stories/README.md): fields and their values, unique ids, that every
mention's file exists and its evidence occurs exactly inside one paragraph of it, that no article is named twice
in one cluster, that each article's clusters are all in one split, and that no tune cluster names an article
of eval/gold/test. Usage: tools/gold/check-stories.py [FILE] (default eval/stories/clusters.json; run from the
repo root). Prints counts; exit 1 on any error."""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
CLUSTER_KEYS = {"id", "split", "kind", "type", "note", "mentions"}
MENTION_KEYS = {"file", "evidence"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def paragraphs(path):
    """The article's paragraphs: a plain file's lines, or a JSON Lines item's title and text."""
    raw = Path(path).read_text(encoding="utf-8")
    if path.endswith(".jsonl"):
        item = json.loads(raw.splitlines()[0])
        return [item["title"], item["text"]]
    return raw.splitlines()


def check(clusters):
    errors = []
    ids = set()
    split_of = {}
    texts = {}
    for n, c in enumerate(clusters):
        where = f"cluster {c.get('id', n + 1)}"
        for key in set(c) - CLUSTER_KEYS:
            errors.append(f"{where}: unknown key {key}")
        for key in CLUSTER_KEYS - {"note"} - set(c):
            errors.append(f"{where}: missing key {key}")
        if not ID.match(str(c.get("id", ""))):
            errors.append(f"{where}: id must be lower-case words joined by '-'")
        if c.get("id") in ids:
            errors.append(f"{where}: id used twice")
        ids.add(c.get("id"))
        if c.get("split") not in ("tune", "test"):
            errors.append(f"{where}: split {c.get('split')!r} (tune or test)")
        kind = c.get("kind")
        if kind == "event" and c.get("type") not in TYPES:
            errors.append(f"{where}: type {c.get('type')!r} is no PLOVER type")
        elif kind == "statement" and c.get("type") is not None:
            errors.append(f"{where}: a statement cluster has no type")
        elif kind not in ("event", "statement"):
            errors.append(f"{where}: kind {kind!r} (event or statement)")
        mentions = c.get("mentions") or []
        if not mentions:
            errors.append(f"{where}: no mentions")
        seen = set()
        for m in mentions:
            for key in set(m) - MENTION_KEYS:
                errors.append(f"{where}: unknown mention key {key}")
            f = m.get("file", "")
            if f in seen:
                errors.append(f"{where}: {f} named twice (one mention per article)")
            seen.add(f)
            if not Path(f).is_file():
                errors.append(f"{where}: no file {f}")
                continue
            if f not in texts:
                texts[f] = paragraphs(f)
            evidence = m.get("evidence", "")
            if not evidence or not any(evidence in p for p in texts[f]):
                errors.append(f"{where}: evidence not inside one paragraph of {f}: {evidence[:80]!r}")
            if split_of.setdefault(f, c.get("split")) != c.get("split"):
                errors.append(f"{where}: {f} is in clusters of both splits")
    return errors, split_of


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "eval/stories/clusters.json"
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if set(data) != {"clusters"}:
        print(f"{path}: the top level holds only 'clusters'")
        return 1
    clusters = data["clusters"]
    errors, split_of = check(clusters)
    # the record-level test split is never listed: its articles may only be in test clusters
    record_test = {json.loads(f.read_text(encoding="utf-8")).get("file") for f in Path("eval/gold/test").glob("*.json")}
    for f, split in sorted(split_of.items()):
        if split == "tune" and f in record_test:
            errors.append(f"{f} is an article of eval/gold/test but in tune clusters")
    for e in errors:
        print(f"{path}: {e}")
    counts = defaultdict(lambda: defaultdict(int))
    for c in clusters:
        s = counts[c.get("split")]
        s[c.get("kind")] += 1
        s["mentions"] += len(c.get("mentions", []))
        s["multi"] += len(c.get("mentions", [])) > 1
    for split in ("tune", "test"):
        s = counts[split]
        files = sorted(f for f, sp in split_of.items() if sp == split)
        rewrites = sum(Path(f).name.startswith("rw-") for f in files)
        print(f"{split}: {s['event']} event and {s['statement']} statement clusters ({s['multi']} with several "
              f"articles), {s['mentions']} mentions, {len(files)} articles ({rewrites} rewritten)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
