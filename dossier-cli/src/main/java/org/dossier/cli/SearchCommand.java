package org.dossier.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.json.Json;
import org.dossier.model.Event;
import org.dossier.model.Party;
import org.dossier.store.Facet;
import org.dossier.store.Filters;
import org.dossier.store.Hit;
import org.dossier.store.Page;
import org.dossier.store.Search;
import org.dossier.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier search}: statements, events and articles in the store, ranked and paged. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the store's statements, events and articles. Words are all required; \"quoted "
        + "phrases\", OR, -word and word* work. Without words, the newest come first. Example: "
        + "dossier search --speaker Lavrov peacekeepers")
final class SearchCommand implements Callable<Integer> {
  /** Longest text shown per hit on a terminal; --json has it all. */
  static final int SHOWN_CHARS = 300;

  @Parameters(arity = "0..*", paramLabel = "WORDS",
      description = "Free text (English; stems match: peacekeeper = peacekeepers).")
  List<String> words = List.of();

  @Mixin
  FilterOptions filter;

  @Option(names = "--page", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
  int page = 1;

  @Option(names = "--size", description = "Hits per page (default: ${DEFAULT-VALUE}); 0 for the total and facets only.")
  int size = 10;

  @Option(names = "--facets", description = "Also count the matches per actor, type, country, outlet and month.")
  boolean facets;

  @Option(names = "--json", description = "One JSON object (total, page, size, hits[, facets]) for scripts.")
  boolean json;

  @Mixin
  StoreOptions store;

  @Spec
  CommandSpec spec;

  /** What --json prints. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Output(long total, long mentions, long stories, int page, int size, List<Hit> hits,
                Map<String, List<Facet.Count>> facets) {}

  @Override
  public Integer call() throws Exception {
    Filters filters = filter.filters(String.join(" ", words), spec.commandLine());
    if (page < 1 || size < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--page starts at 1 and --size at 0 (facets only), were " + page + " and " + size);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openForReading()) {
      Page result = size == 0 ? totalOnly(s, filters) : new Search(s).find(filters, page, size);
      Map<String, List<Facet.Count>> counts = facets || size == 0 ? facetCounts(s, filters) : null;
      long[] stories = new Search(s).stories(filters);
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(new Output(result.total(), stories[0], stories[1],
            result.page(), result.size(), result.hits(), counts)));
      } else {
        print(out, filters, result, counts, stories);
      }
      out.flush();
    }
    return Main.OK;
  }

  /** The number of matches and no hit, for {@code --size 0}. */
  private static Page totalOnly(Store s, Filters filters) {
    Page first = new Search(s).find(filters, 1, 1);
    return new Page(first.total(), 1, 0, List.of());
  }

  private static Map<String, List<Facet.Count>> facetCounts(Store s, Filters filters) {
    Map<String, List<Facet.Count>> counts = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      counts.put(f.dimension(), s.facets(filters, f, 10));
    }
    return counts;
  }

  private void print(PrintWriter out, Filters filters, Page result, Map<String, List<Facet.Count>> counts,
                     long[] stories) {
    // the same act reported by many articles is one story: say how many stories the reports are
    String told = stories[0] == 0 ? "" : "; " + Plural.of(stories[1], "story", "stories") + " with "
        + Plural.of(stories[0], "mention");
    if (result.size() == 0) {
      out.printf(Locale.ROOT, "%s%s%s%n", Plural.of(result.total(), "hit"), described(filters), told);
    } else {
      out.printf(Locale.ROOT, "%s%s, page %d of %d%s%n", Plural.of(result.total(), "hit"), described(filters),
          result.page(), Math.max(1, result.pages()), told);
    }
    int rank = (result.page() - 1) * result.size();
    for (Hit h : result.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%d. %s%n", ++rank, headline(h));
      out.println("   " + shorten(h.text()));
      if (h.evidence() != null && !h.evidence().equals(h.text())) {
        out.println("   evidence: " + shorten(h.evidence()));
      }
      out.println("   " + source(h) + (h.story() == null ? "" : "; story " + h.story()));
    }
    if (counts != null) {
      out.println();
      counts.forEach((dim, values) -> {
        if (!values.isEmpty()) {
          out.println(dim + ": " + String.join(", ", values.stream().map(c -> c.value() + " " + c.count()).toList()));
        }
      });
    }
  }

  /** " for peacekeepers (speaker Lavrov, from 2025-01-01)": what was asked, as a reminder above the hits. */
  private static String described(Filters f) {
    List<String> parts = new ArrayList<>();
    if (f.kind() != null) {
      parts.add(f.kind().label() + "s");
    }
    addIf(parts, "speaker", f.speaker());
    addIf(parts, "actor", f.actor());
    addIf(parts, "type", f.type());
    addIf(parts, "country", f.country());
    addIf(parts, "outlet", f.outlet());
    addIf(parts, "from", f.from() == null ? null : f.from().toString());
    addIf(parts, "to", f.to() == null ? null : f.to().toString());
    String words = f.query() == null || f.query().isBlank() ? "" : " for " + f.query();
    return words + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private static void addIf(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + " " + value);
    }
  }

  /** "statement s5 · Sergey Lavrov (RUSGOV) · direct" or "event v1 · REJECT Russia (RUS) → Ukraine (UKR)". */
  static String headline(Hit h) {
    String score = h.score() > 0 ? String.format(Locale.ROOT, " · score %.2f", h.score()) : "";
    return switch (h.kind()) {
      case STATEMENT -> "statement " + h.id() + " · " + party(h.statement().speaker()) + " · "
          + h.statement().kind() + score;
      case EVENT -> "event " + h.id() + " · " + event(h.event()) + score;
      case ARTICLE -> "article " + h.id() + score;
    };
  }

  static String event(Event e) {
    StringBuilder b = new StringBuilder(e.type());
    if (e.mode() != null) {
      b.append('/').append(e.mode());
    }
    b.append(' ').append(party(e.source()));
    if (e.target() != null) {
      b.append(" → ").append(party(e.target()));
    }
    if (e.negated()) {
      b.append(" (negated)");
    }
    b.append(" · ").append(e.certainty());
    if (e.where() != null && e.where().name() != null) {
      b.append(" · in ").append(e.where().name());
    }
    if (e.when() != null && e.when().text() != null) {
      b.append(" · ").append(e.when().text());
    }
    return b.toString();
  }

  static String party(Party p) {
    if (p == null) {
      return "?";
    }
    return p.actor() == null ? p.name() : p.name() + " (" + p.actor() + ")";
  }

  /** "UNN, 2025-03-12: Title — examples/unn-2025-03-12-lavrov.txt". */
  static String source(Hit h) {
    var a = h.article();
    String where = a.where() == null ? "" : " — " + a.where();
    return (a.outlet() == null ? "" : a.outlet() + ", ") + (a.published() == null ? "undated" : a.published())
        + ": " + a.title() + where;
  }

  static String shorten(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SHOWN_CHARS ? flat : flat.substring(0, SHOWN_CHARS - 1) + "…";
  }
}
