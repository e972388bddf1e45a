#!/usr/bin/env python3
"""Training phrases for the event-type model from the PETRARCH-2 CAMEO verb dictionary.

Every verb form and every verb pattern of CAMEO.2.0.txt becomes a short phrase ("They rush aid", "They ethnically
cleanse", "They fire at convoy") labelled with the PLOVER type of its CAMEO code through the CAMEO-to-PLOVER table
of the PLOVER project (the most specific code listed, else its two-digit root). Patterns coded [---] are phrases
of no event (NONE); a bare verb of a block coded [---] is left out (the block codes only its patterns). CAMEO 01 (public statement) and 02 (appeal) are "dropped" by PLOVER and left out, since the
project's gold codes some appeals ("called on X to") as REQUEST.

Usage: tools/events/build-cameo-phrases.py CAMEO.2.0.txt CAMEO2PLOVER-2021.txt > eval/cameo/cameo-phrases.tsv
"""
import re
import sys


def plover_table(path):
    table = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_type(code, table):
    if code == "---":
        return "NONE"
    if code[:2] in ("01", "02"):
        return None
    for k in range(len(code), 1, -1):
        if code[:k] in table:
            return table[code[:k]]
    return None


def synsets(lines):
    out, name = {}, None
    for line in lines:
        line = line.split("#")[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            out[name] = []
        elif line.startswith("+") and name:
            out[name].append(line[1:].strip())
        elif line.strip() == "":
            continue
        else:
            name = None
    return out


def words(part, sets):
    """The words of a pattern part, a synset by its first member, markup dropped."""
    out = []
    for w in part.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split():
        if w.startswith("&"):
            members = sets.get(w, [])
            if not members:
                return None
            w = members[0]
        if re.search(r"[$+%^=]", w):  # actor slots and PETRARCH markers
            continue
        out.append(w.replace("_", " ").strip().lower())
    return " ".join(x for x in out if x)


def main(cameo, mapping):
    table = plover_table(mapping)
    lines = open(cameo, encoding="utf-8", errors="replace").read().splitlines()
    sets = synsets(lines)
    seen = set()
    rows = []
    block_code, block_verb = None, None
    for raw in lines:
        line = raw.rstrip()
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if head:
            block_verb = head.group(1).replace("_", " ").lower()
            block_code = head.group(2).split(":")[0].strip() or head.group(2).split(":")[-1].strip()
            continue
        if block_verb is None or line.startswith("&") or line.startswith("+") or line.startswith("#"):
            continue
        body, _, comment = line.partition("#")
        codes = re.findall(r"\[([^\]]*)\]", body)
        if line.startswith("-"):
            if not codes:
                continue
            code = codes[-1].split(":")[0].strip() or codes[-1].split(":")[-1].strip()
            pattern = re.sub(r"\[[^\]]*\]", "", body[1:]).strip()
            if "*" not in pattern:
                continue
            verb = comment.strip().split()[0].replace("_", " ").lower() if comment.strip() else block_verb
            pre, _, post = pattern.partition("*")
            pre_w, post_w = words(pre, sets), words(post, sets)
            if pre_w is None or post_w is None:
                continue
            phrase = " ".join(x for x in ["They", pre_w, verb, post_w] if x)
        else:
            form = re.sub(r"\{[^}]*\}", "", body).strip()
            if not form or not re.match(r"^[A-Z][A-Z_-]*$", form.split()[0]):
                continue
            code = block_code
            if code == "---":  # a verb whose block codes only its patterns is no statement of non-event
                continue
            phrase = "They " + form.split()[0].replace("_", " ").lower()
        if not code or not re.match(r"^(---|\d{2,4}[A-Z]?)$", code):
            continue
        t = plover_type(code, table)
        if t is None or phrase in seen:
            continue
        seen.add(phrase)
        rows.append((phrase, t, code))
    print("# phrase\tPLOVER type (NONE: no event)\tCAMEO code; from CAMEO.2.0.txt (PETRARCH-2, MIT) through "
          "CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0) by tools/events/build-cameo-phrases.py")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
