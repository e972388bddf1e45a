"""State armed and security forces from the World Factbook ("Military and Security"."Military and security forces"
in factbook/current/*/*.json, public domain): each named force or service an entry coded CCCMIL (armed forces,
army, navy, air force, national guard), CCCCOP (police, gendarmerie, border guards, interior troops) or CCCSPY
(intelligence, state security) by the words of its name and of the ministry it is listed under.

The text lists forces as "Owner: Force (ACRONYM; aka Other Name; includes Sub-force), Force, ...", blocks split by
<br><br>. A name is kept as written only when it holds the country's name or adjective or a word no other country's
forces use ("Rosgvardiya"); all names are also written with the country: "Indonesian Navy", "Indonesia Navy"
(which also matches "Indonesia's Navy"), "Navy of Indonesia". A form that two countries share is left out; an
acronym must pass the same checks as a party's."""
import json
import re
from collections import defaultdict

from kb_common import latin, norm, phrase_key, tabari_phrase

ACRONYM_MIN = 4  # three letters name too many other bodies: ADF, SDF (Seychelles? Syrian Democratic Forces)
CONNECTORS = {"of", "the", "and", "for", "de", "la", "del", "des", "du", "et", "y", "a", "in", "on"}
SPY = re.compile(r"intelligence|state security|security service|secret service|counterintelligence", re.I)
COP = re.compile(r"police|gendarm|carabinier|constabular|border|frontier|internal security|interior troops|"
                 r"internal troops|law enforcement|public security|civil guard|guardia civil|prison|penitentiar|customs", re.I)
MIL = re.compile(r"arm(y|ies|ed)|nav(y|al)|air|marine|military|defen[cs]e|troops|guard|forces?|corps|"
                 r"rocket|aerospace|space|special operations|commando|militia|reserve", re.I)
OWNER = re.compile(r"^(the )?(ministry|office|department|coordinating|president|prime minister|federal ministry|"
                   r"secretariat|national security council)", re.I)


def top_split(text, seps):
    """Splits at the separators outside parentheses."""
    parts, depth, cur = [], 0, ""
    for c in text:
        depth = max(0, depth + (c == "(") - (c == ")"))  # the Factbook has stray ")"
        if depth == 0 and c in seps:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def name_and_notes(item):
    """'Royal Thai Navy (RTN; includes Royal Thai Marine Corps)' -> ('Royal Thai Navy', 'RTN; includes ...')."""
    depth, name, notes = 0, "", ""
    for c in item:
        if c == "(":
            depth += 1
            if depth == 1:
                continue
        if c == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                notes += "; "
                continue
        if depth == 0:
            name += c if c != ")" else ""
        else:
            notes += c
    return re.sub(r"\s+", " ", name).strip(" ,.;"), notes


def proper_name(name):
    """A force's name, not prose: capitalised words joined by a few connectors."""
    words = name.split()
    return (0 < len(words) <= 10 and words[0][:1].isupper() and latin(name)
            and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words))


def acronym_like(text):
    return re.fullmatch(r"[A-Z][A-Za-z0-9\-\.]*[A-Z0-9]", text) is not None and sum(c.isupper() for c in text) >= 2


def sector(text, owner):
    if SPY.search(text):
        return "SPY"
    if COP.search(text):
        return "COP"
    if MIL.search(text):
        return "MIL"
    if owner and SPY.search(owner):
        return "SPY"
    if owner and re.search(r"interior|internal|home affairs|public security|police", owner, re.I):
        return "COP"
    return "MIL"


def items(body, owner, out):
    """Collects (name, aliases, acronyms, sector) of the forces listed in body."""
    for item in top_split(body, ",;"):
        item = re.sub(r"^(and|or|plus)\s+", "", item)
        if item[:1].islower():  # "separate ... branches include the Airborne Forces (VDV)": keep the name
            m = re.search(r"\b(?:the )?([A-Z].*)$", item)
            if not m or "include" not in item[:m.start()] and "such as" not in item[:m.start()]:
                continue
            item = m.group(1)
        name, notes = name_and_notes(item)
        if not proper_name(name):
            continue
        aliases, acronyms = [], []
        for note in top_split(notes, ";,"):
            note = note.strip()
            if note.startswith("includes ") or note.startswith("including "):
                items(note.split(" ", 1)[1], owner or name, out)
                continue
            note = re.sub(r"^(aka|also known as|formerly)\s+", "", note)
            for alt in re.split(r"\s+or\s+", note):
                alt = alt.strip(" .")
                if acronym_like(alt):
                    acronyms.append(alt)
                elif proper_name(alt) and len(alt.split()) > 1:
                    aliases.append(alt)
        out.append((name, aliases, acronyms, sector(name + " " + " ".join(aliases), owner)))


def forces_of(text):
    text = re.sub(r"\s*\(\d{4}\)\s*$", "", text.strip())
    found = []
    for block in re.split(r"<br\s*/?>\s*<br\s*/?>", text):
        block = re.sub(r"<[^>]+>", " ", block).strip()
        parts = top_split(block, ":")
        # "Owner A: forces; Owner B: forces": the last ";" part before a colon is the next owner
        heads, bodies = [parts[0]], []
        for part in parts[1:-1]:
            segs = top_split(part, ";")
            bodies.append(";".join(segs[:-1]))
            heads.append(segs[-1])
        bodies.append(parts[-1] if len(parts) > 1 else "")
        for head, body in zip(heads, bodies):
            if OWNER.search(head) and body:
                items(body, head, found)
            else:
                items(head, None, found)  # "Hellenic Armed Forces (HAF): Hellenic Army, ..."
                items(body, head, found)
    return found


def country_forms(d):
    """The country's short name and nationality adjectives as the Factbook writes them."""
    name = d.get("Government", {}).get("Country name", {}).get("conventional short form", {}).get("text", "")
    adj = d.get("People and Society", {}).get("Nationality", {}).get("adjective", {}).get("text", "")
    adjectives = [a.strip() for a in re.split(r",|\bor\b|;", re.sub(r"\([^)]*\)", "", adj)) if a.strip()]
    return name, [a for a in adjectives if proper_name(a) and len(a.split()) == 1]


def force_lines(folder, countries, words, taken, codes, first_names):
    per_country = []
    for p in sorted((folder / "current").glob("*/*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        text = d.get("Military and Security", {}).get("Military and security forces", {}).get("text")
        name, adjectives = country_forms(d)
        iso = countries.get(norm(name))
        if text and iso and name != "none":
            per_country.append((iso, name, adjectives, forces_of(text)))
    word_countries = defaultdict(set)
    for iso, _, _, fs in per_country:
        for f in fs:
            for w in f[0].lower().split():
                word_countries[w].add(iso)
    distinct = {w for w, cs in word_countries.items() if len(cs) == 1} - CONNECTORS
    candidates = []  # (iso, sector, [forms])
    for iso, name, adjectives, fs in per_country:
        own = {w.lower() for w in name.split() + adjectives} | {n.lower() for n, c in countries.items() if c == iso}
        for force, aliases, acronyms, sec in fs:
            forms = []
            for written in [force] + aliases:
                # "National Guard of Ukraine" is also written "Ukraine's National Guard", "Ukrainian National Guard"
                n = re.sub(r" of (the )?" + re.escape(name) + "$", "", written)
                if n != written:
                    forms.append(written)
                words_of = {w.lower() for w in n.split()}
                if words_of & (own | distinct):
                    forms.append(n)
                if not words_of & own:
                    forms += [f"{a} {n}" for a in adjectives] + [f"{name} {n}"]
                    if " of " not in n:
                        forms.append(f"{n} of {name}")
            forms += [a for a in acronyms if len(a) >= ACRONYM_MIN and not words.known(a) and a.upper() not in codes
                      and a.lower() not in first_names]
            candidates.append((iso, sec, forms))
    owners = defaultdict(set)
    for iso, sec, forms in candidates:
        for f in forms:
            owners[phrase_key(f)].add(iso)
    entries, seen = {}, set()
    for iso, sec, forms in candidates:
        keep = [f for f in forms if len(owners[phrase_key(f)]) == 1 and phrase_key(f) not in taken]
        keep = [f for f in keep if phrase_key(f) not in seen and not seen.add(phrase_key(f))]
        if keep:
            entries[tabari_phrase(keep[0])] = (iso, sec, keep)
    lines = []
    for primary in sorted(entries):
        iso, sec, keep = entries[primary]
        lines.append(primary)
        lines.extend("+" + tabari_phrase(f) for f in keep[1:] if tabari_phrase(f) != primary)
        lines.append(f"\t[{iso}{sec}]")
    return lines, len(entries)
