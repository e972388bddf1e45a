package org.dossier.cli;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.DossierRecord;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.model.Statement;

/**
 * A record as text a person reads ({@code extract --format text}): the article's title, outlet, date and source,
 * then who said what (speaker, how, the words) and what happened (type, who to whom, certainty, when, where,
 * how many), each with the words it was read from. Stateless and thread-safe.
 */
final class TextSummary {
  /** Longest quotation shown; the JSON has it all. */
  static final int SHOWN_CHARS = 240;
  private static final String INDENT = "  ";

  private TextSummary() {}

  static String of(DossierRecord r) {
    StringBuilder b = new StringBuilder();
    b.append(r.title() == null || r.title().isBlank() ? "(untitled)" : r.title()).append('\n');
    List<String> about = new ArrayList<>();
    if (r.outlet() != null) {
      about.add(r.outlet());
    }
    if (r.dateline() != null) {
      about.add(r.dateline());
    }
    about.add(r.published() == null ? "undated" : r.published().toString());
    if (r.source() != null && r.source().url() != null) {
      about.add(r.source().url());
    } else if (r.source() != null && r.source().path() != null) {
      about.add(r.source().path());
    }
    b.append(String.join(" · ", about)).append('\n');
    b.append(Plural.of(r.entities().size(), "entity", "entities")).append(", ")
        .append(Plural.of(r.statements().size(), "statement")).append(", ")
        .append(Plural.of(r.events().size(), "event")).append('\n');
    if (!r.statements().isEmpty()) {
      b.append("\nWho said what\n");
      for (Statement s : r.statements()) {
        b.append(INDENT).append(party(s.speaker())).append(' ').append(said(s)).append(": ")
            .append(quoted(s.content() == null ? null : s.content().text())).append('\n');
      }
    }
    if (!r.events().isEmpty()) {
      b.append("\nWhat happened\n");
      for (Event e : r.events()) {
        b.append(INDENT).append(event(e)).append('\n');
        if (e.evidence() != null) {
          b.append(INDENT).append(INDENT).append(quoted(e.evidence().text())).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** "[s6 say, indirect, reported in s5]": the id, cue lemma, kind and the statement reporting this one. */
  private static String said(Statement s) {
    return "[" + s.id() + (s.cue() == null ? "" : " " + s.cue()) + ", " + s.kind()
        + (s.via() == null ? "" : ", reported in " + s.via()) + "]";
  }

  /** "REJECT/mode: Russia (RUS) → Ukraine (UKR), reported; when 2025-03-12; where Kyiv, UKR; 1,000–3,000 soldiers". */
  static String event(Event e) {
    StringBuilder b = new StringBuilder(e.type());
    if (e.mode() != null) {
      b.append('/').append(e.mode());
    }
    b.append(" [").append(e.id()).append("]: ").append(party(e.source()));
    if (e.target() != null) {
      b.append(" → ").append(party(e.target()));
    }
    b.append(e.negated() ? ", negated" : "").append(", ").append(e.certainty());
    if (e.statement() != null) {
      b.append(" in ").append(e.statement());
    }
    Event.When when = e.when();
    if (when != null && when.start() != null) {
      String span = when.end() == null || when.end().equals(when.start()) ? when.start()
          : when.start() + " to " + when.end();
      b.append("; when ").append(span).append(when.text() == null ? "" : " (\"" + when.text() + "\")");
    }
    Event.Where where = e.where();
    if (where != null && where.name() != null) {
      b.append("; where ").append(where.name());
      if (where.admin1() != null && !where.admin1().equals(where.name())) {
        b.append(", ").append(where.admin1());
      }
      if (where.country() != null) {
        b.append(", ").append(where.country());
      }
    }
    Event.Quantity q = e.quantity();
    if (q != null && (q.min() != null || q.max() != null)) {
      String n = q.min() == null || q.max() == null || q.min().equals(q.max())
          ? String.valueOf(q.min() != null ? q.min() : q.max()) : q.min() + "–" + q.max();
      b.append("; ").append(n).append(q.unit() == null ? "" : " " + q.unit());
    }
    return b.toString();
  }

  private static String party(Party p) {
    if (p == null) {
      return "someone";
    }
    String name = p.name() == null ? "?" : p.name();
    return p.actor() == null ? name : name + " (" + p.actor() + ")";
  }

  private static String quoted(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return "“" + (flat.length() <= SHOWN_CHARS ? flat : flat.substring(0, SHOWN_CHARS - 1) + "…") + "”";
  }
}
