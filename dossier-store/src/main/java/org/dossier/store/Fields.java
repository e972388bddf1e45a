package org.dossier.store;

/**
 * Names of the index fields. Every document of an article's block carries {@link #ARTICLE}, so the block can be
 * replaced as a whole. Facet fields hold sorted-set doc values under their own names because Lucene wants one
 * schema per field name.
 */
final class Fields {
  /** statement, event or article. */
  static final String KIND = "kind";
  /** The article id, on every document of the article's block (indexed, and as doc values to collect ids). */
  static final String ARTICLE = "article";
  /** The statement or event id inside its article ("s1", "v2"); the article id on the article document. */
  static final String ID = "id";

  /** English full text: article text, statement content, event evidence. */
  static final String TEXT = "text";
  /** English full text: the article title, on the article document only. */
  static final String TITLE = "title";
  /** English full text: the sentence around a statement or an event, weighted below {@link #TEXT}. */
  static final String CONTEXT = "context";

  /** Names (lower-cased, folded): a statement's speaker and the other names of its entity. */
  static final String SPEAKER = "speaker";
  /** The speaker's actor code. */
  static final String SPEAKER_CODE = "speaker_code";
  /** Names: speaker, event source and target, or an article's entities. */
  static final String ACTOR = "actor";
  /** Actor codes of the same parties. */
  static final String ACTOR_CODE = "actor_code";
  /** PLOVER event type, events only. */
  static final String TYPE = "type";
  /** ISO3 countries of the parties and of the place. */
  static final String COUNTRY = "country";
  /** The outlet, lower-cased for matching. */
  static final String OUTLET = "outlet";
  /** The article's publication date as an epoch day: points for ranges, doc values for sorting. */
  static final String PUBLISHED = "published";
  /** When it happened: the event's start when known, else the publication date (epoch day). */
  static final String DATE = "date";

  /** Stored: the JSON of the hit shown for this document. */
  static final String HIT = "hit";
  /** Stored, article document only: the whole schema-v1 record. */
  static final String RECORD = "record";
  /** Stored, article document only: a hash of the record, to tell unchanged re-ingests from updates. */
  static final String FINGERPRINT = "fingerprint";

  /** Stored, article document only: a hash of the article's content and pipeline ({@link InputHash}). */
  static final String INPUT_HASH = "input_hash";
  /** Stored, article document only: where the article was read from (its path, else its URL). */
  static final String SOURCE = "source";

  /** A story's id, on each event and statement document of the story. */
  static final String STORY = "story";
  /** A story's id on the story's own document (a field of its own, so replacing it never touches events). */
  static final String STORY_DOC = "story_doc";
  /** Story documents: event or quote. */
  static final String STORY_KIND = "story_kind";
  /** Story documents: the blocking keys of the members ({@link org.dossier.story.StoryKeys}). */
  static final String STORY_KEY = "story_key";
  /** Story documents: each member's window of days (epoch days, a range per member). */
  static final String STORY_DAYS = "story_days";
  /** Story documents: the articles of the members, to find an article's stories when it changes or goes. */
  static final String STORY_ARTICLE = "story_article";
  /** Stored, story documents: the story as JSON, members and all. */
  static final String STORY_JSON = "story_json";
  /** Story documents: the first report (epoch day) and the mentions, as doc values for sorting. */
  static final String STORY_FIRST = "story_first";
  static final String STORY_MENTIONS = "story_mentions";
  /** Stored, article document only: its events' and statements' story ids as a JSON object (local id: story). */
  static final String STORIES = "stories";

  private Fields() {}

  /** The doc-values field a facet dimension is counted on. */
  static String facet(String dimension) {
    return "facet_" + dimension;
  }
}
