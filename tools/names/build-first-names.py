#!/usr/bin/env python3
"""Builds dossier-core/src/main/resources/org/dossier/actor/first-names.tsv.gz: lower-case first names with
their usual gender ("m" or "f"), one "name<TAB>gender" a line.

Source: the name-gender list that Stanford CoreNLP's models jar ships for its coreference system
(edu/stanford/nlp/models/dcoref/namegender.combine.txt, GPL-3.0-or-later like Dossier), from the Maven artifact
edu.stanford.nlp:stanford-corenlp:4.5.10:models that the build already downloads. Names listed with both genders
are left out; so is anything that is not a plain word.

Usage: tools/names/build-first-names.py [MODELS_JAR]   (default: the jar in the local Maven repository)
"""
import gzip
import os
import re
import sys
import zipfile

ENTRY = "edu/stanford/nlp/models/dcoref/namegender.combine.txt"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "dossier-core", "src", "main", "resources", "org",
                   "dossier", "actor", "first-names.tsv.gz")


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
        "~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar")
    genders = {}
    with zipfile.ZipFile(jar) as z:
        for line in z.read(ENTRY).decode("utf-8").splitlines():
            parts = line.strip().split("\t")
            if len(parts) != 2 or parts[1] not in ("MALE", "FEMALE"):
                continue
            name = parts[0].lower()
            if not re.fullmatch(r"[a-z][a-z'\-]+", name):
                continue
            genders.setdefault(name, set()).add("m" if parts[1] == "MALE" else "f")
    rows = sorted((n, g.pop()) for n, g in genders.items() if len(g) == 1)
    # mtime 0 so that a rebuild from the same list gives the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write("".join(f"{n}\t{g}\n" for n, g in rows).encode("utf-8"))
    print(f"{len(rows)} names -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
