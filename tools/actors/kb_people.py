"""Office-holders: heads of state and government (World Factbook), US presidents, vice-presidents and Congress
(congress-legislators), UK ministers since 1979 (Institute for Government). Each person one entry with one dated
code per office and the office as the role ("[RUSGOV 20120507-20200115] # Prime Minister")."""
import csv
import json
import re
from collections import defaultdict
from datetime import date, timedelta

from kb_common import ascii_upper, norm

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
# words that make up a Factbook office title ("First Deputy Prime Minister", "Co-prince", "Supreme Leader")
TITLE_WORDS = set("""president vice prime minister premier first deputy chancellor king queen emperor emir amir
sultan crown prince princess grand duke governor general governor-general supreme leader chairman chairwoman chief
executive secretary state counselor counsellor co-prince pope head of the council federal captains regent sheikh
shaykh acting interim transitional sovereign presidential chairperson senior second third mayor high
commissioner administrator national assembly representative holy see monarch premiers presidents ministers
vice-president vice-presidents affairs commission committee central military standing presidium people's
republic union""".split())
PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al",
             "el", "le", "la", "du", "y", "e", "ben", "abu", "ould", "ter", "zu", "af", "bint"}




def parse_day(text):
    m = re.search(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", text or "")
    if m and m.group(2).lower() in MONTHS:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"([A-Za-z]+) (\d{4})", text or "")
    if m and m.group(1).lower() in MONTHS:
        return date(int(m.group(2)), MONTHS[m.group(1).lower()], 1)
    return None


def split_holder(part):
    """'Prime Minister Abdelmalek SELLAL (since 28 April 2014)' -> ('Prime Minister', ['Abdelmalek'], ['SELLAL'], since)."""
    since = None
    m = re.search(r"\(since ([^)]*)\)", part)
    if m:
        since = parse_day(m.group(1))
    part = re.sub(r"\([^)]*\)", " ", part)
    part = re.split(r"\bnote\b|:", part)[0]
    words = part.split()
    i = 0
    while i < len(words) and words[i].lower().strip(",") in TITLE_WORDS:
        i += 1
    title, rest = " ".join(words[:i]), [w.strip(",") for w in words[i:]]
    if not title or not rest:
        return None
    surname_at = next((k for k, w in enumerate(rest) if re.fullmatch(r"[A-Z][A-Z'\-ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ]+", w)
                       and len(w) > 1), None)
    if surname_at is None:
        return None
    if surname_at == 0:
        # surname first, as the Factbook writes Chinese and Korean names: "XI Jinping", "KIM Jong Un"
        caps = [w for w in rest if re.fullmatch(r"[A-Z][^a-z]*", w)]
        tail = [w for w in rest[len(caps):] if re.fullmatch(r"[A-Z][a-z'\-]+", w)]
        if not tail or len(caps) > 2:
            return None
        return title, [], caps + tail, since
    surname = []
    for w in rest[surname_at:]:  # the surname is the run of capitals; what follows is another name or a note
        if not re.fullmatch(r"[A-Z][^a-z]*", w):
            break
        surname.append(w)
    given = rest[:surname_at]
    if len(given) > 5 or any(not (w[:1].isupper() or w in PARTICLES) for w in given):
        return None
    while given and given[-1] in PARTICLES:  # "Antonio Luis Santos da COSTA": the particle goes with the surname
        surname.insert(0, given.pop())
    if not given:
        return None
    return title, given, surname, since


def factbook(folder, countries):
    """Offices (iso3, title, given, surname, start, end) from the dated Factbook snapshots."""
    rows = []
    with open(folder / "executive-history.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append((r["date"], r["country"], r["text"]))
    for p in sorted((folder / "current").glob("*/*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        name = d.get("Government", {}).get("Country name", {}).get("conventional short form", {}).get("text")
        ex = d.get("Government", {}).get("Executive branch", {})
        for field in ("chief of state", "head of government"):
            if name and field in ex:
                rows.append(("9999-12-31", name, ex[field]["text"]))
    seen = defaultdict(list)  # (iso, person) -> [(snapshot, title, given, surname, since)]
    snapshots = defaultdict(set)
    for snap, country, text in rows:
        iso = countries.get(norm(country))
        if not iso:
            continue
        snapshots[iso].add(snap)
        text = re.sub(r"<[^>]+>", " ", text)
        for part in re.split(r";|, and |\band\b(?= [A-Z][a-z]+ [A-Z]{2})", text):
            h = split_holder(part.strip())
            if h:
                title, given, surname, since = h
                seen[(iso, " ".join(given + surname))].append((snap, title, given, surname, since))
    offices = []
    for (iso, _), rows_of in seen.items():
        rows_of.sort(key=lambda r: r[0])
        snap, title, given, surname, _ = rows_of[-1]  # the latest title ("Chairman" became "President")
        since = next((r[4] for r in rows_of if r[4]), None)
        first = rows_of[0][0]
        start = since or (date.fromisoformat(first) if first != "9999-12-31" else None)
        later = sorted(d for d in snapshots[iso] if d > snap)
        # in the latest snapshot: still in office; else the office ended by the next snapshot without them
        end = None if not later else date.fromisoformat(later[0]) - timedelta(days=1) if later[0] != "9999-12-31" \
            else date.fromisoformat(snap) if snap != "9999-12-31" else None
        if snap != "9999-12-31" and not later:
            end = date.fromisoformat(snap)
        if start and end and end < start:
            end = start
        offices.append((iso, title, given, surname, start, end, "factbook"))
    return offices


def us_congress(folder):
    """US presidents and vice-presidents (executive.yaml) and the members of Congress now in office."""
    import yaml  # PyYAML; only this generator needs it
    offices = []
    for p in yaml.safe_load((folder / "executive.yaml").read_text(encoding="utf-8")):
        for t in p["terms"]:
            title = {"prez": "President", "viceprez": "Vice President"}[t["type"]]
            offices.append(("USA", "GOV", title, names_of(p["name"]), date.fromisoformat(t["start"]),
                            date.fromisoformat(t["end"]) - timedelta(days=1)))
    for p in yaml.safe_load((folder / "legislators-current.yaml").read_text(encoding="utf-8")):
        for t in p["terms"]:
            title = ("Senator from " if t["type"] == "sen" else "Representative from ") + t["state"]
            offices.append(("USA", "LEG", title, names_of(p["name"]), date.fromisoformat(t["start"]),
                            date.fromisoformat(t["end"]) - timedelta(days=1)))
    return offices


def names_of(n):
    forms = [f"{n.get('nickname') or n['first']} {n['last']}", f"{n['first']} {n['last']}"]
    if n.get("official_full"):
        forms.append(n["official_full"])
    return forms


def uk_ministers(folder):
    """UK ministers since 1979 (Institute for Government): every appointment with its post and dates."""
    def rows(name):
        with open(folder / name, encoding="utf-8") as f:
            return list(csv.DictReader(f))
    names = defaultdict(list)
    for r in rows("person.csv"):
        for n in (r["display_name"], r["name"]):
            if n and n not in names[r["id"]]:
                names[r["id"]].append(n)
    posts = {r["id"]: r["name"] for r in rows("post.csv")}
    offices = []
    for a in rows("appointment.csv"):
        if a["person_id"] in names and a["post_id"] in posts and a["start_date"]:
            end = date.fromisoformat(a["end_date"]) if a["end_date"] else None
            start = date.fromisoformat(a["start_date"])
            if end and end < start:
                end = None  # a typo in the source (an end before the start): the next office ends this one
            offices.append(("GBR", "GOV", posts[a["post_id"]], names[a["person_id"]], start, end))
    return offices


def factbook_offices(folder, countries, population):
    out = []
    terms = factbook(folder, countries)
    # a head of state of several countries (the US president for Guam, the King for the Commonwealth realms, the
    # French president as co-prince of Andorra) is coded with the most populous one
    home = {}
    for iso, title, given, surname, start, end, _ in terms:
        key = (tuple(given), tuple(surname))
        if key not in home or population.get(iso, 0) > population.get(home[key], 0):
            home[key] = iso
    for iso, title, given, surname, start, end, _ in terms:
        if home[(tuple(given), tuple(surname))] != iso:
            continue
        if given:
            full = [" ".join([given[0]] + [w.title() for w in surname]), " ".join(given + [w.title() for w in surname])]
        else:  # surname first: "Xi Jinping", "Kim Jong Un" (and "Kim Jong-un")
            full = [" ".join(w.title() for w in surname)]
            if len(surname) == 3:
                full.append(f"{surname[0].title()} {surname[1]}-{surname[2].lower()}")
        out.append((iso, "GOV", title, full, start, end))
    return out


def person_phrase(name):
    name = re.sub(r"^(Lord|Baroness|Sir|Dame|Dr|Mr|Mrs|Ms)\.? ", "", name)
    return ascii_upper(name) + "_"




def people(data, countries, population):
    """Every office-holder: primary phrase -> [phrases, {(code, title, start, end)}]; and the count of terms."""
    offices = factbook_offices(data / "factbook", countries, population)
    offices += us_congress(data / "congress-legislators")
    offices += uk_ministers(data / "ifg-ministers")
    found = {}  # primary phrase -> [phrases], terms
    index = {}
    for iso, sector, title, forms, start, end in offices:
        phrases = []
        for f in forms:
            ph = person_phrase(f)
            if ph.count("_") >= 2 and ph not in phrases:  # at least two words: never a bare surname
                phrases.append(ph)
        if not phrases:
            continue
        key = next((index[p] for p in phrases if p in index), phrases[0])
        entry = found.setdefault(key, [[], set()])
        for p in phrases:
            if p not in entry[0]:
                entry[0].append(p)
            index.setdefault(p, key)
        entry[1].add((iso + sector, title, start, end))
    return found, len(offices)


def people_lines(found, aliases):
    """TABARI lines of the office-holders, sorted by primary phrase, with their other names from aliases."""
    lines = []
    for key in sorted(found):
        phrases, terms = found[key]
        lines.append(phrases[0])
        lines.extend("+" + p for p in phrases[1:] + [a for a in aliases.get(key, []) if a not in phrases])
        for code, title, start, end in sorted(terms, key=lambda t: (t[2] or date.min, t[0], t[1], t[3] or date.max)):
            rng = (f" {start:%Y%m%d}-{end:%Y%m%d}" if start and end else f" >{start:%Y%m%d}" if start
                   else f" <{end:%Y%m%d}" if end else "")
            lines.append(f"\t[{code}{rng}] # {title}")
    return lines
