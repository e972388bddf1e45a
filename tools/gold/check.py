#!/usr/bin/env python3
"""Validates gold files (eval/GOLD.md): fields, codes, PLOVER types, and that every content and evidence span
occurs in the article text. Usage: tools/gold/check.py FILE... (run from the repo root). Exit 1 on any error."""
import json
import re
import sys
from pathlib import Path

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
TOPICS = {"conflict", "protest", "diplomacy", "elections", "crime", "disaster", "business", "health", "other"}
ENTITY_TYPES = {"PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP"}
KINDS = {"direct", "indirect", "mixed"}
CERTAINTY = {"asserted", "reported", "alleged"}
CODE = re.compile(r"^(\*|---[A-Z]*|[A-Z]{3}([A-Z]{3})*)$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def article_text(path):
    raw = Path(path).read_text(encoding="utf-8")
    if path.endswith(".jsonl"):
        d = json.loads(raw.splitlines()[0])
        return d["title"] + "\n\n" + d["text"]
    return raw


def check(path):
    errors = []
    g = json.loads(Path(path).read_text(encoding="utf-8"))
    for field in ("file", "topic", "published", "entities", "statements", "events"):
        if field not in g:
            errors.append(f"missing field {field}")
    if errors:
        return errors
    if g["topic"] not in TOPICS:
        errors.append(f"unknown topic {g['topic']}")
    text = article_text(g["file"])
    names = set()
    for e in g["entities"]:
        where = f"entity {e.get('name')}"
        if e.get("type") not in ENTITY_TYPES:
            errors.append(f"{where}: type {e.get('type')}")
        for c in ([e["actor"]] if e.get("actor") else []):
            if not CODE.match(c):
                errors.append(f"{where}: actor code {c}")
        if e.get("country") and not re.match(r"^[A-Z]{3}$", e["country"]):
            errors.append(f"{where}: country {e['country']}")
        names.add(e.get("name"))
        names.update(e.get("aliases", []))
    for i, s in enumerate(g["statements"]):
        where = f"statement {i + 1}"
        if not s.get("speaker"):
            errors.append(f"{where}: no speaker")
        if not set(s.get("kind", [])) <= KINDS or not s.get("kind"):
            errors.append(f"{where}: kind {s.get('kind')}")
        if not isinstance(s.get("cue"), list):
            errors.append(f"{where}: cue must be a list")
        if s.get("content", "") not in text or not s.get("content"):
            errors.append(f"{where}: content not in the article: {s.get('content', '')[:80]!r}")
    required = 0
    for i, e in enumerate(g["events"]):
        where = f"event {i + 1}"
        if not e.get("type") or not set(e["type"]) <= TYPES:
            errors.append(f"{where}: type {e.get('type')}")
        for role in ("source", "target"):
            for c in e.get(role, []):
                if not CODE.match(c):
                    errors.append(f"{where}: {role} code {c}")
        if not e.get("source"):
            errors.append(f"{where}: no source list")
        if "negated" in e and not isinstance(e["negated"], bool):
            errors.append(f"{where}: negated must be true or false")
        if not set(e.get("certainty", [])) <= CERTAINTY:
            errors.append(f"{where}: certainty {e.get('certainty')}")
        if e.get("evidence", "") not in text or not e.get("evidence"):
            errors.append(f"{where}: evidence not in the article: {e.get('evidence', '')[:80]!r}")
        w = e.get("when")
        if w is not None and not (DATE.match(w.get("start", "")) and DATE.match(w.get("end", w.get("start", "")))):
            errors.append(f"{where}: when {w}")
        p = e.get("where")
        if p is not None and (not isinstance(p.get("name"), list) or not re.match(r"^[A-Z]{3}$", p.get("country", ""))):
            errors.append(f"{where}: where needs a name list and an ISO country: {p}")
        q = e.get("quantity")
        if q is not None and ("min" not in q or not isinstance(q.get("unit"), list)):
            errors.append(f"{where}: quantity needs min and a unit list: {q}")
        required += not e.get("optional", False)
    return errors


def main(paths):
    bad = 0
    for p in paths:
        try:
            errors = check(p)
        except (OSError, ValueError, KeyError) as ex:
            errors = [f"cannot read: {ex}"]
        g = json.loads(Path(p).read_text(encoding="utf-8")) if not errors or "cannot read" not in errors[0] else {}
        st = sum(not s.get("optional") for s in g.get("statements", []))
        ev = sum(not s.get("optional") for s in g.get("events", []))
        print(f"{'OK ' if not errors else 'BAD'} {p}: {st} required statements, {ev} required events")
        for e in errors:
            print("    " + e)
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
