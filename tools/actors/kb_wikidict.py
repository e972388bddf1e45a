"""CoreNLP's Wikipedia alias table (kbp/english/wikidict.tab.gz in the Maven artifact
edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp, GPL; read from a path given on the command line, the
jar itself or the extracted file): rows "surface TAB Wikipedia title TAB P(title | surface)", from Wikipedia's
anchor texts of about 2014.

The table keeps each surface's most probable title only. Used two ways: an upper-case party acronym is kept only
when that title is the party's article (so "THE" is not a Papua New Guinea party and "RMT" not an Iranian one); and
a person's other names are the surfaces of two to four capitalised words (no lone initial: "A Johnson"), one of them
a word of the name, whose title is the article of the person's name with probability at least ALIAS_MIN_P
("Vladimir Vladimirovich Putin")."""
import gzip
import re
import zipfile
from collections import defaultdict

ENTRY = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz"
ALIAS_MIN_P = 0.5


def title_key(title):
    """Wikipedia titles compared without case, punctuation and spaces (the table drops some hyphens)."""
    return re.sub(r"[\W_]+", "", title.lower())


def rows(path):
    raw = zipfile.ZipFile(path).open(ENTRY) if str(path).endswith(".jar") else open(path, "rb")
    with raw, gzip.open(raw, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                yield parts


class WikiDict:
    """The rows whose surface is one of {@code surfaces} or whose title is one of {@code titles} (title keys)."""

    def __init__(self, path, surfaces, titles):
        self.targets = defaultdict(set)  # surface -> title keys
        self.aliases = defaultdict(list)  # title key -> [(surface, p)]
        for surface, title, p in rows(path):
            key = None
            if surface in surfaces:
                key = title_key(title)
                self.targets[surface].add(key)
            if len(surface) > 3 and " " in surface:
                key = key or title_key(title)
                if key in titles:
                    try:
                        self.aliases[key].append((surface, float(p)))
                    except ValueError:
                        pass

    def links(self, surface, title):
        return title_key(title) in self.targets.get(surface, ())

    def names_of(self, title):
        """Names of two to four capitalised words that name the title's article with probability >= ALIAS_MIN_P."""
        return sorted({s for s, p in self.aliases.get(title_key(title), ()) if p >= ALIAS_MIN_P
                       and re.fullmatch(r"[A-Z][\w'.\-]+( [A-Z][\w'.\-]+){1,3}", s) and not re.search(r"\d", s)})
