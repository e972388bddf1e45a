#!/usr/bin/env python3
"""Repairs the typos of the vendored Phoenix actor files in place, so that ActorFilesTest (every built-in actor
file parses, every code is well formed, every date is a real day) holds. Idempotent: a second run changes
nothing. Each repair is printed as FILE:LINE: old -> new.

    tools/actors/fix-phoenix.py dossier-core/src/main/resources/org/dossier/actor

Repairs, all of kinds the resolver could not use as written:
- a phrase with spaces gets "_" between its words; an unclosed "(ACTING" or "(1ST TIME" note is cut off;
- "[CODE > 140608]" loses the space; digits inside a code ("NGOCHRPRO214") are dropped;
- a first part that is a misspelt country is corrected (FRN FRA, ANG AGO, TRK TUR, BGH BGD) and the
  placeholder KKL (a coder's mark on groups with no one country) becomes INT, Phoenix's transnational code;
  any other part that is no country and no listed sector is dropped (NGOUER -> NGO, PSEGZA -> PSE);
- a date that is no day (7 or 9 digits) is dropped, leaving the other bound; an impossible day (Feb 30) becomes
  the month's last; a range that ends before it starts is swapped;
- a name line right under a name with no code yet gets the "+" of a synonym (Brezhnev's other names);
  entries still with no code (which the reader skips anyway) and the fictional test actors of TABARI's demo country
  Kinakuta (KNT) and Ernst Stavro Blofeld are removed.
"""
import calendar
import os
import re
import sys

FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
FIRST = {"FRN": "FRA", "ANG": "AGO", "TRK": "TUR", "BGH": "BGD", "KKL": "INT"}
FICTIONAL = ("KNT", "IMGGRB")
BRACKET = re.compile(r"\[[^\]]*\]")
CODE = re.compile(r"\[([A-Z-]+[0-9A-Z-]*)(?:\s+([<>]?)\s*(\d+)(?:\s*-\s*(\d+))?)?\]$")


def load_codes(folder):
    slot, sectors = set(), set()
    for line in open(os.path.join(folder, "cameo-countries.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            slot.add(line.split()[0])
    for line in open(os.path.join(folder, "cameo-sectors.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            sectors.add(line.split()[0])
    slot |= set(open(os.path.join(os.path.dirname(__file__), "iso3166-alpha3.txt")).read().split())
    return slot, sectors


def fix_date(s):
    """A real YYYYMMDD/YYMMDD day for s, the month's last day for an impossible one, None for no day."""
    if len(s) not in (6, 8):
        return None
    year = int(s[:4]) if len(s) == 8 else (1900 + int(s[:2]) if int(s[:2]) > 30 else 2000 + int(s[:2]))
    month, day = int(s[-4:-2]), int(s[-2:])
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    if day < 1:
        return None
    return s[:-2] + "%02d" % min(day, last)


def as_int(s):
    return int(s) if len(s) == 8 else int(("19" if int(s[:2]) > 30 else "20") + s)


def fix_code(bracket, slot, sectors):
    m = CODE.match(bracket)
    if not m:
        return bracket
    code = re.sub(r"\d+", "", m.group(1))
    parts = [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if parts and parts[0] in FIRST:
        parts[0] = FIRST[parts[0]]
    groups = {"IGO", "NGO", "MNC", "IMG", "---"}
    kept = [p for i, p in enumerate(parts)
            if p in slot or p in sectors or (i == 0 and p in groups)]
    code = "".join(kept) if kept else code
    op, a, b = m.group(2) or "", m.group(3), m.group(4)
    if a is None:
        return "[%s]" % code
    fa, fb = fix_date(a), fix_date(b) if b else None
    if b is None:
        return "[%s %s%s]" % (code, op, fa) if fa else "[%s]" % code
    if fa and fb:
        if as_int(fb) < as_int(fa):
            fa, fb = fb, fa
        return "[%s %s-%s]" % (code, fa, fb)
    if fa:
        return "[%s >%s]" % (code, fa)
    if fb:
        return "[%s <%s]" % (code, fb)
    return "[%s]" % code


def fix_phrase(text):
    """The phrase part of a line with its words joined by _; an unclosed parenthetical note cut off."""
    core = text.strip()
    cut = core.find(" (")
    if cut > 0 and ")" not in core[cut:]:
        core = core[:cut]
    core = re.sub(r"\s+", "_", core)
    core = re.sub(r"_+", "_", core)
    if not core.endswith("_") and text.strip().endswith("_"):
        core += "_"
    return core


def fix_file(path, slot, sectors):
    lines = open(path, encoding="utf-8", errors="surrogateescape").read().split("\n")
    out, log = [], []
    entry = []  # (number, repaired line, original line) of the current entry

    def flush():
        lines_ = [(n, l, old) for n, l, old in entry if old is not None]
        has_code = any(BRACKET.search(l.split("#")[0]) for _, l, _ in lines_)
        fictional = any("[" + f in old for _, _, old in lines_ for f in FICTIONAL)
        drop = bool(lines_) and (not has_code or fictional)
        for n, l, old in entry:
            if old is None or not drop:
                out.append(l)
            else:
                log.append("%s:%d: removed %s" % (os.path.basename(path), n, old.strip()))
        entry.clear()

    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            entry.append((n, line, None))  # the reader reads an entry on across blank and comment lines
            continue
        code_line = line[0].isspace() or line[0] == "["
        if not code_line and not line.startswith("+"):
            codeless = entry and not any(BRACKET.search(l.split("#")[0]) for _, l, old in entry if old is not None)
            if codeless and entry[-1][2] is not None:
                # a name right under a name with no code yet is a synonym that lost its "+"
                log.append("%s:%d: %s -> +%s" % (os.path.basename(path), n, line.strip(), line.strip()))
                line = "+" + line
            else:
                flush()
        hash_at = line.find("#")
        body, note = (line, "") if hash_at < 0 else (line[:hash_at], line[hash_at:])
        new = body
        if not code_line:
            plus = "+" if body.startswith("+") else ""
            first = body.find("[")
            phrase = body[len(plus):first if first >= 0 else len(body)]
            rest = body[first:] if first >= 0 else ""
            fixed = fix_phrase(phrase)
            gap = re.match(r"\s*", phrase[len(phrase.rstrip()):]).group(0) if rest else ""
            new = plus + fixed + (gap or (" " if rest else "")) + rest if fixed != phrase.strip() else body
        new = BRACKET.sub(lambda m: fix_code(m.group(0), slot, sectors), new)
        if new != body:
            log.append("%s:%d: %s -> %s" % (os.path.basename(path), n, body.strip(), new.strip()))
        entry.append((n, new + note, line))
    flush()
    open(path, "w", encoding="utf-8", errors="surrogateescape").write("\n".join(out))
    return log


def main():
    folder = sys.argv[1]
    slot, sectors = load_codes(folder)
    for f in FILES:
        for entry in fix_file(os.path.join(folder, f), slot, sectors):
            print(entry)


if __name__ == "__main__":
    main()
