package org.dossier.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dossier.json.Json;

/**
 * The gold story clusters ({@code eval/stories/clusters.json}, format in {@code eval/stories/README.md}): each
 * cluster is one real-world act with its mention in every article that reports it. Read strictly: an unknown key,
 * a missing field or a bad value is an error naming the cluster.
 */
public record StoryGold(List<Cluster> clusters) {
  public static final String FILE = "eval/stories/clusters.json";
  private static final Set<String> SPLITS = Set.of("tune", "test");
  private static final ObjectMapper STRICT = Json.MAPPER.copy()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What a cluster groups: events or statements. */
  public enum Kind { event, statement }

  /** One article's mention of the act: the article's path in the repo and words copied from it. */
  public record Mention(String file, String evidence) {}

  public record Cluster(String id, String split, Kind kind, String type, String note, List<Mention> mentions) {
    public Cluster {
      mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
  }

  public StoryGold {
    clusters = List.copyOf(clusters);
  }

  public static StoryGold read(Path path) throws IOException {
    StoryGold gold;
    try {
      gold = STRICT.readValue(path.toFile(), StoryGold.class);
    } catch (JsonProcessingException e) {
      throw new IOException("bad story gold " + path + ": " + e.getOriginalMessage(), e);
    }
    for (Cluster c : gold.clusters()) {
      String why = c.id() == null || c.id().isBlank() ? "no id"
          : !SPLITS.contains(c.split()) ? "split must be tune or test, not " + c.split()
          : c.kind() == null ? "no kind (event or statement)"
          : c.mentions().isEmpty() ? "no mentions"
          : c.mentions().stream().anyMatch(m -> m.file() == null || m.evidence() == null || m.evidence().isEmpty())
              ? "a mention without file or evidence" : null;
      if (why != null) {
        throw new IOException("bad story gold " + path + ", cluster " + c.id() + ": " + why);
      }
    }
    return gold;
  }

  /** The clusters of one split ({@code null}: all) and kind. */
  public List<Cluster> of(String split, Kind kind) {
    return clusters.stream().filter(c -> (split == null || c.split().equals(split)) && c.kind() == kind).toList();
  }

  /** The article files the clusters of one split ({@code null}: all) name, in first-mention order. */
  public List<String> files(String split) {
    return clusters.stream().filter(c -> split == null || c.split().equals(split))
        .flatMap(c -> c.mentions().stream()).map(Mention::file).distinct().toList();
  }
}
