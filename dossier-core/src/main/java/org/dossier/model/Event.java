package org.dossier.model;

import java.util.List;

/**
 * A PLOVER event with its actors, modality, time, place, quantity and the clause that supports it.
 * {@code confidence} is in [0, 1] (how sure the stage is that the clause states this event), or null in records
 * written before it existed.
 */
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
    String rule,
    Double confidence) {

  public Event {
    context = List.copyOf(context);
    if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }

  /** An event without a confidence (records of earlier versions, hand-built fixtures). */
  public Event(String id, String type, String mode, List<String> context, Party source, Party target,
               boolean negated, String certainty, String statement, When when, Where where, Quantity quantity,
               Span evidence, String rule) {
    this(id, type, mode, context, source, target, negated, certainty, statement, when, where, quantity, evidence,
        rule, null);
  }

  public record When(String start, String end, String text) {}

  /**
   * Where an event happened: the name as written, the ISO alpha-3 country, the gazetteer's coordinates and, where
   * the gazetteer knows them, the first-level region ({@code admin1}: a city's region, a region's own name), the
   * GeoNames id ({@code geonames}, cities) and GeoNames feature code ({@code feature}: PPLC, PPLA, ADM1, PCL …).
   */
  public record Where(String name, String country, Double lat, Double lon, String admin1, Long geonames,
      String feature) {

    /** A place with coordinates only (records written before admin1, GeoNames id and feature existed). */
    public Where(String name, String country, Double lat, Double lon) {
      this(name, country, lat, lon, null, null, null);
    }
  }

  public record Quantity(Long min, Long max, String unit) {}
}
