#!/usr/bin/env python3
"""Builds Dossier's actor knowledge base (TABARI format, gzipped) from open data.

Sources (see NOTICE), read from a folder laid out as the team's shared data (argument 1):
  factbook/executive-history.tsv and factbook/current/  CIA World Factbook (public domain): chiefs of state and
      heads of government with their "since" dates, 2015 to now, and each country's current executive;
  congress-legislators/executive.yaml, legislators-current.yaml  (CC0): US presidents and vice-presidents with
      terms, and the members of Congress in office;
  ifg-ministers/  Institute for Government, Ministers database (CC BY 4.0): UK ministers since 1979 with dates.
Countries are named by the gazetteer (dossier-core/src/main/resources/org/dossier/geo/gazetteer.tsv.gz).

Each person becomes one entry: the primary phrase (given name + surname), other written forms, and one code per
office with its dates and the office as the role ("[RUSGOV 20120507-20200115] # Prime Minister"). After an
office ends the resolver gives the country's ELI code (former official), so no ELI lines are written here.

Needs Python 3 with PyYAML (for the Congress files). Usage (from the repo root):
  tools/actors/build-knowledge.py ../shared/data dossier-core/src/main/resources/org/dossier/actor/Knowledge.actors.txt.gz
"""
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

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


def populations(gazetteer):
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        return {p[2]: int(p[6] or 0) for p in (line.rstrip("\n").split("\t") for line in f) if p[0] == "C"}


def iso_names(gazetteer):
    names = {}
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "C":
                for n in [p[1]] + (p[8].split("|") if len(p) > 8 and p[8] else []):
                    names[norm(n)] = p[2]
    extra = {"korea, south": "KOR", "korea, north": "PRK", "burma": "MMR", "czechia": "CZE", "turkey (turkiye)": "TUR",
             "turkey": "TUR", "congo, democratic republic of the": "COD", "congo, republic of the": "COG",
             "gambia, the": "GMB", "bahamas, the": "BHS", "micronesia, federated states of": "FSM",
             "cabo verde": "CPV", "cote d'ivoire": "CIV", "eswatini": "SWZ", "holy see (vatican city)": "VAT",
             "timor-leste": "TLS", "west bank": "PSE", "gaza strip": "PSE", "macau": "MAC", "hong kong": "HKG",
             "taiwan": "TWN", "kosovo": "KSV", "north macedonia": "MKD", "macedonia": "MKD", "russia": "RUS",
             "iran": "IRN", "syria": "SYR", "laos": "LAO", "vietnam": "VNM", "bolivia": "BOL", "venezuela": "VEN",
             "tanzania": "TZA", "moldova": "MDA", "brunei": "BRN", "european union": None}
    names.update(extra)
    return names


def norm(s):
    return unicodedata.normalize("NFC", s).strip().lower()


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9.'\-]+", "_", s).strip("_").upper()


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
            offices.append(("GBR", "GOV", posts[a["post_id"]], names[a["person_id"]],
                            date.fromisoformat(a["start_date"]), end))
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


def phrase(name):
    name = re.sub(r"^(Lord|Baroness|Sir|Dame|Dr|Mr|Mrs|Ms)\.? ", "", name)
    return ascii_upper(name) + "_"


def main(data, out):
    data, out = Path(data), Path(out)
    gazetteer = Path("dossier-core/src/main/resources/org/dossier/geo/gazetteer.tsv.gz")
    offices = factbook_offices(data / "factbook", iso_names(gazetteer), populations(gazetteer))
    offices += us_congress(data / "congress-legislators")
    offices += uk_ministers(data / "ifg-ministers")
    people = {}  # primary phrase -> [phrases], terms
    index = {}
    for iso, sector, title, forms, start, end in offices:
        phrases = []
        for f in forms:
            ph = phrase(f)
            if ph.count("_") >= 2 and ph not in phrases:  # at least two words: never a bare surname
                phrases.append(ph)
        if not phrases:
            continue
        key = next((index[p] for p in phrases if p in index), phrases[0])
        entry = people.setdefault(key, [[], set()])
        for p in phrases:
            if p not in entry[0]:
                entry[0].append(p)
            index.setdefault(p, key)
        entry[1].add((iso + sector, title, start, end))
    lines = ["# Dossier actor knowledge base, generated by tools/actors/build-knowledge.py; do not edit by hand.",
             "# Sources and licences in NOTICE: CIA World Factbook (public domain), congress-legislators (CC0),",
             "# Institute for Government Ministers database (CC BY 4.0)."]
    for key in sorted(people):
        phrases, terms = people[key]
        lines.append(phrases[0])
        lines.extend("+" + p for p in phrases[1:])
        for code, title, start, end in sorted(terms, key=lambda t: (t[2] or date.min, t[0], t[1], t[3] or date.max)):
            rng = (f" {start:%Y%m%d}-{end:%Y%m%d}" if start and end else f" >{start:%Y%m%d}" if start
                   else f" <{end:%Y%m%d}" if end else "")
            lines.append(f"\t[{code}{rng}] # {title}")
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:  # same bytes every run
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(offices)} office terms, {len(people)} people written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
