"""Shared by the knowledge-base generators: country names and codes, phrase spelling, writing TABARI files."""
import gzip
import re
import unicodedata
from pathlib import Path

GAZETTEER = Path("dossier-core/src/main/resources/org/dossier/geo/gazetteer.tsv.gz")
ACTOR_DIR = Path("dossier-core/src/main/resources/org/dossier/actor")
# the hand-kept and Phoenix dictionaries: a generated phrase they already hold is left to them
CURATED = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt",
           "Dossier.actors.txt"]


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
    """Upper case without diacritics, words joined by "_". Letters with no decomposition (ı, ł, ø) are kept, as the
    resolver's match key keeps them: "Kalkınma" is KALKINMA, "Władysław" WŁADYSŁAW."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^\w.'\-]+|_", "_", s).strip("_").upper()




def phrase_key(text):
    """Roughly the resolver's match key (PhraseIndex.key) of a phrase: upper case, no periods, hyphens or marks."""
    return " ".join(w for w in (ascii_upper(text).replace(".", "").replace("-", "").split("_")) if w)


def latin(text):
    """True when every letter is Latin: native names in other scripts cannot be written in a TABARI phrase."""
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def curated_phrases():
    """Match keys of the phrases the curated dictionaries hold, and the codes they use (for acronym checks)."""
    keys, codes = set(), set()
    for name in CURATED:
        with open(ACTOR_DIR / name, encoding="utf-8", errors="replace") as f:
            for line in f:
                body = line.split("#", 1)[0]
                codes.update(re.findall(r"\[([A-Z]{3,})", body))
                if body[:1].isspace() or not body.strip() or body.startswith("["):
                    continue
                phrase = re.split(r"\[", body)[0].strip().lstrip("+")
                if phrase:
                    keys.add(phrase_key(phrase.replace("_", " ")))
    return keys, {c[i:i + 3] for c in codes for i in range(0, len(c), 3)}


def tabari_phrase(name):
    return ascii_upper(name) + "_"


def write_gz(out, lines):
    """Writes lines gzipped with no name or time in the header: the same bytes every run."""
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def first_names():
    """The first names Dossier knows (dossier-core/.../actor/first-names.tsv.gz), lower case."""
    with gzip.open(ACTOR_DIR / "first-names.tsv.gz", "rt", encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip()}
