package org.dossier.event;

import java.util.List;

/**
 * A lexicon entry: a verb or noun lemma that signals a PLOVER event type.
 *
 * @param object what the verb's object must be for this reading: "mil" (armed forces), "aid" (aid, arms,
 *     money) or null for any
 */
public record Trigger(String lemma, boolean noun, String type, String mode, String object, List<String> context) {
  public Trigger {
    context = List.copyOf(context);
  }
}
