package org.dossier.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last commit of a store holds in its user data: a sequence number, when it was made and the ids of the
 * articles its batch wrote, so a run after a crash can tell what is already there. Immutable.
 */
public record CommitInfo(long sequence, Instant time, List<String> articles) {
  static final String SCHEMA = "dossier.schema";
  static final String SEQUENCE = "dossier.commit";
  static final String TIME = "dossier.time";
  static final String ARTICLES = "dossier.articles";

  public static final CommitInfo NONE = new CommitInfo(0, null, List.of());

  public CommitInfo {
    articles = List.copyOf(articles);
  }

  static CommitInfo from(Map<String, String> data) {
    if (data == null || !data.containsKey(SEQUENCE)) {
      return NONE;
    }
    String ids = data.getOrDefault(ARTICLES, "");
    return new CommitInfo(Long.parseLong(data.get(SEQUENCE)),
        data.containsKey(TIME) ? Instant.parse(data.get(TIME)) : null,
        ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")));
  }

  Map<String, String> toUserData() {
    Map<String, String> data = new HashMap<>();
    data.put(SCHEMA, Integer.toString(org.dossier.model.DossierRecord.SCHEMA_VERSION));
    data.put(SEQUENCE, Long.toString(sequence));
    data.put(TIME, time.toString());
    data.put(ARTICLES, String.join(",", articles));
    return data;
  }
}
