package org.dossier.nlp;

/**
 * One token of an analysed sentence.
 *
 * @param index position in its sentence, from 0
 * @param start offset into the article text (UTF-16, inclusive)
 * @param end offset into the article text (exclusive)
 * @param text the original characters, typographic quotes included
 * @param ner CoNLL type (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 */
public record Token(int index, int start, int end, String text, String pos, String lemma, String ner) {

  public boolean isNamed() {
    return !"O".equals(ner);
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
