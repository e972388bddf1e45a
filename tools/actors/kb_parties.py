"""Political parties from Party Facts (partyfacts/partyfacts-core-parties.csv, MIT): each party's English, native
and other names as one entry coded CCCPTY from its first year. The gold codes parties PTY (eval/GOLD.md; OPP for
opposition parties, which Party Facts does not tell).

Names shared by parties of several countries ("Democratic Party", "People's Party", "Labour Party") get one entry
with no country, ---PTY: the resolver gives it the article's country when the article has one. Single words that
are ordinary English ("Alternative", "Change", "Yes") are left out. An acronym is kept only when it is safe: unique
among the parties active since 2010 (SNP is the Scottish one), its own party active then, at least three
characters, no WordNet word or acronym, no first name, no country or actor code, no phrase of the curated
dictionaries, and either written in mixed case (AfD) or linked mostly to the party's article in CoreNLP's Wikipedia
alias table (kb_wikidict.py; BJP yes, SDF no: that is Japan's Self-Defense Forces there)."""
import csv
import re
from collections import defaultdict
from urllib.parse import unquote

from kb_common import latin, phrase_key, tabari_phrase

ACRONYM_MIN = 3
ACRONYM_LAST_YEAR = 2010  # parties gone before this are history for the news: their acronyms only collide


def names(text):
    """The names in a Party Facts field: "A / B", "Language: A / B; Language: C", quotes and notes removed."""
    out = []
    for part in re.split(r";|\s/\s", text or ""):
        part = re.sub(r"^[A-Z][a-z]+( [A-Z][a-z]+)?:\s*", "", part.strip())  # "Scottish Gaelic: ..."
        part = re.sub(r"\([^)]*\)", " ", part).replace('"', " ").replace("\u200e", " ")
        part = re.sub(r"\s+", " ", part).strip(" ,.-")
        if len(part) >= 3 and latin(part) and re.search(r"[A-Za-z]", part):
            out.append(part)
    return out


def acronyms(text):
    return [a.strip() for a in (text or "").split("/") if a.strip()]


def active(r):
    return not r["year_last"].isdigit() or int(r["year_last"]) >= ACRONYM_LAST_YEAR


def wikipedia_title(r):
    return unquote(r["wikipedia"].rsplit("/", 1)[-1]) if "/wiki/" in r["wikipedia"] else None


def party_forms(r, words, short_count, codes, first_names, wiki):
    """A party's names worth matching: no ordinary single word or first name, and only safe acronyms: written in
    mixed case (AfD, PiS: no English acronym) or sent by Wikipedia's links to the party's article (no check when
    wiki is None)."""
    forms = names(r["name_english"]) + names(r["name"]) + names(r["name_other"])
    forms = [f for f in forms if len(f.split()) > 1 or not (words.ordinary(f) or f.lower() in first_names)]
    for a in acronyms(r["name_short"]) if active(r) else []:
        if (short_count[a.upper()] == 1 and len(a) >= ACRONYM_MIN and re.fullmatch(r"[A-Za-z0-9]+", a)
                and not a.isdigit() and not words.known(a) and a.upper() not in codes
                and a.lower() not in first_names
                and (wiki is None or a != a.upper() or wikipedia_title(r) and wiki.links(a, wikipedia_title(r)))):
            forms.append(a)
    return forms


# Party Facts country codes that are not CAMEO's: Kosovo is KSV; a region or former state goes to the country it
# is (or became) part of; Austria-Hungary and the European Parliament's groups have no country code of their own.
COUNTRY = {"XKX": "KSV", "NIR": "GBR", "NFL": "CAN", "SML": "SOM", "ZZB": "TZA", "PMR": "MDA", "VNR": "VNM",
           "YMD": "YEM", "AUH": None, "EUN": None}


def party_rows(folder):
    with open(folder / "partyfacts-core-parties.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if not r["technical"] and len(r["country"]) == 3]
    for r in rows:
        r["country"] = COUNTRY.get(r["country"], r["country"])
    rows = [r for r in rows if r["country"]]
    return sorted(rows, key=lambda r: int(r["partyfacts_id"]))


def short_counts(rows):
    counts = defaultdict(int)
    for r in filter(active, rows):
        for a in acronyms(r["name_short"]):
            counts[a.upper()] += 1
    return counts


def acronym_candidates(folder, words, codes, first_names):
    """The acronyms that pass every check but Wikipedia's: the surfaces to look up in the alias table."""
    rows = party_rows(folder)
    counts = short_counts(rows)
    return {f for r in rows for f in party_forms(r, words, counts, codes, first_names, None)
            if f in acronyms(r["name_short"])}


def parties(folder, words, taken, codes, first_names, wiki):
    """Single-country parties as (country, forms, first year or None), and the names several countries share.
    taken: match keys other dictionaries hold; codes: country and actor codes."""
    rows = party_rows(folder)
    short_count = short_counts(rows)
    countries = defaultdict(set)  # match key -> countries of the parties that have it
    years = defaultdict(list)  # match key -> first years of those parties (None: unknown)
    first_form = {}
    forms_of = []
    for r in rows:
        forms = [f for f in party_forms(r, words, short_count, codes, first_names, wiki)
                 if phrase_key(f) and phrase_key(f) not in taken]
        forms_of.append((r["country"], forms))
        for f in forms:
            k = phrase_key(f)
            countries[k].add(r["country"])
            years[k].append(int(r["year_first"]) if r["year_first"].isdigit() else None)
            first_form.setdefault(k, f)
    own, seen = [], set()
    for country, forms in forms_of:
        keys = []
        for f in forms:
            k = phrase_key(f)
            if len(countries[k]) == 1 and k not in seen:
                seen.add(k)
                keys.append(k)
        if keys:
            ys = [y for k in keys for y in years[k]]
            since = None if None in ys else min(ys)  # a party of the same name, older or undated: no lower bound
            own.append((country, [first_form[k] for k in keys], since))
    shared = sorted((first_form[k] for k in countries if len(countries[k]) > 1), key=phrase_key)
    return own, shared


def party_lines(folder, words, taken, codes, first_names, wiki):
    own, shared = parties(folder, words, taken, codes, first_names, wiki)
    lines = []
    for country, forms, since in sorted(own, key=lambda p: (p[0], tabari_phrase(p[1][0]))):
        phrases = []
        for f in forms:
            p = tabari_phrase(f)
            if p not in phrases:
                phrases.append(p)
        lines.append(phrases[0])
        lines.extend("+" + p for p in phrases[1:])
        lines.append(f"\t[{country}PTY >{since}0101]" if since else f"\t[{country}PTY]")
    for form in shared:
        lines.append(tabari_phrase(form))
        lines.append("\t[---PTY]")
    return lines, len(own), len(shared)
