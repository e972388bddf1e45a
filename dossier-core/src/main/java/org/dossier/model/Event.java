package org.dossier.model;

import java.util.List;

/** A PLOVER event with its actors, modality, time, place, quantity and the clause that supports it. */
public record Event(
    String id,
    String type,
    String mode,
    List<String> context,
    Party source,
    Party target,
    boolean negated,
    String certainty,
    String statement,
    When when,
    Where where,
    Quantity quantity,
    Span evidence,
    String rule) {

  public Event {
    context = List.copyOf(context);
  }

  public record When(String start, String end, String text) {}

  public record Where(String name, String country, Double lat, Double lon) {}

  public record Quantity(Long min, Long max, String unit) {}
}
