package org.dossier.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.DossierRecord;
import org.dossier.store.CommitInfo;
import org.dossier.store.Facet;
import org.dossier.store.Filters;
import org.dossier.store.Hit;
import org.dossier.store.Page;
import org.dossier.store.Search;
import org.dossier.store.Store;
import org.dossier.store.Timeline;
import org.dossier.story.EventMention;
import org.dossier.story.QuoteMention;
import org.dossier.story.Story;
import org.dossier.story.StorySummary;

/**
 * The read-only endpoints over the store: stats, search, one article, one story, an actor's page, a timeline
 * and the network of who acts on whom. Thread-safe: it holds only the store, whose searches are.
 */
final class StoreApi {
  /** Entries an actor page or timeline lists by default; counts always cover every match. */
  static final int DEFAULT_ENTRIES = 200;
  /** The most entries one request may list. */
  static final int MAX_ENTRIES = 2000;
  /** Events a network is built from by default, newest first. */
  static final int DEFAULT_NETWORK_EVENTS = 2000;
  /** Facet values shown per dimension. */
  static final int FACET_VALUES = 10;

  private final Store store;
  private final Search search;
  private final ServerConfig config;
  private final AnalysisQueue queue;

  StoreApi(Store store, ServerConfig config, AnalysisQueue queue) {
    this.store = store;
    this.search = new Search(store);
    this.config = config;
    this.queue = queue;
  }

  /** What {@code GET /api/stats} answers. */
  record Stats(long articles, long statements, long events, long commit, Instant committed, int analysing,
               int queue, int threads) {}

  /** What {@code GET /api/search} answers; {@code facets} only when asked for. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SearchResult(long total, long mentions, long stories, int page, int size, long pages, List<Hit> hits,
                      Map<String, List<Facet.Count>> facets) {}

  void stats(Context ctx) {
    Store.Counts counts = store.counts();
    CommitInfo last = store.lastCommit();
    ctx.json(new Stats(counts.articles(), counts.statements(), counts.events(), last.sequence(), last.time(),
        queue.inFlight(), config.queue(), config.threads()));
  }

  void search(Context ctx) {
    Filters filters = Params.filters(ctx);
    int size = Params.number(ctx, "size", 10, 1, config.maxPageSize());
    int page = Params.number(ctx, "page", 1, 1, Search.MAX_DEPTH);
    if ((long) page * size > Search.MAX_DEPTH) {
      throw new RequestException.BadRequest("results stop at " + Search.MAX_DEPTH + "; narrow the search");
    }
    Page result = search.find(filters, page, size, Params.order(ctx));
    Map<String, List<Facet.Count>> facets = null;
    if (Params.flag(ctx, "facets")) {
      facets = new LinkedHashMap<>();
      for (Facet f : Facet.values()) {
        facets.put(f.dimension(), store.facets(filters, f, FACET_VALUES));
      }
    }
    long[] stories = search.stories(filters);
    ctx.json(new SearchResult(result.total(), stories[0], stories[1], result.page(), result.size(), result.pages(),
        result.hits(), facets));
  }

  /** The PLOVER event types, for the page's list (they are fixed: the ontology's 16). */
  void types(Context ctx) {
    ctx.json(new java.util.TreeSet<>(org.dossier.event.Plover.facts().names()));
  }

  void article(Context ctx) {
    String id = Params.path(ctx, "id");
    DossierRecord record = store.get(id)
        .orElseThrow(() -> new RequestException.NotFound("no article " + id + " in the store"));
    ctx.json(record);
  }

  /** What {@code GET /api/stories/{id}} answers: the story at a glance, then its members oldest first. */
  record StoryPage(StorySummary summary, List<EventMention> events, List<QuoteMention> quotes) {}

  void story(Context ctx) {
    String id = Params.path(ctx, "id");
    Story story = store.stories().get(id)
        .orElseThrow(() -> new RequestException.NotFound("no story " + id + " in the store"));
    ctx.json(new StoryPage(story.summary(), story.events(), story.quotes()));
  }

  void actor(Context ctx) {
    String actor = Params.path(ctx, "actor");
    Timeline t = timeline(ctx, actor);
    Filters events = Filters.NONE.withActor(actor).withKind(Filters.Kind.EVENT);
    ctx.json(ActorPage.of(t, store.facets(events, Facet.TYPE, FACET_VALUES)));
  }

  void timeline(Context ctx) {
    String actor = Params.text(ctx, "actor", Params.MAX_NAME);
    if (actor == null) {
      throw new RequestException.BadRequest("a timeline needs an actor (actor=NAME or CODE)");
    }
    ctx.json(timeline(ctx, actor));
  }

  void network(Context ctx) {
    Filters filters = Params.filters(ctx).withKind(Filters.Kind.EVENT);
    int limit = Params.number(ctx, "limit", DEFAULT_NETWORK_EVENTS, 1, Search.MAX_DEPTH);
    Page events = search.find(filters, 1, limit);
    ctx.json(Network.of(events.hits(), events.total() > events.hits().size()));
  }

  private Timeline timeline(Context ctx, String actor) {
    Filters filters = Filters.text(Params.text(ctx, "topic", Params.MAX_TEXT))
        .withDates(Params.date(ctx, "from"), Params.date(ctx, "to"));
    int limit = Params.number(ctx, "limit", DEFAULT_ENTRIES, 0, MAX_ENTRIES);
    return Timeline.of(store, actor, filters, Params.period(ctx), limit);
  }
}
