package org.dossier.event;

import java.util.List;

/**
 * A lexicon entry: a verb or noun lemma that signals a PLOVER event type.
 *
 * @param object what the verb's object must be for this reading: "mil" (armed forces), "aid" (aid, arms,
 *     money) or null for any
 * @param agent the sector of the actor a passive implies when it names none ("was arrested": the police, COP),
 *     or null when such a passive codes no event
 */
public record Trigger(String lemma, boolean noun, String type, String mode, String object, List<String> context,
                      String agent) {
  public Trigger {
    context = List.copyOf(context);
  }

  public Trigger(String lemma, boolean noun, String type, String mode, String object, List<String> context) {
    this(lemma, noun, type, mode, object, context, null);
  }
}
