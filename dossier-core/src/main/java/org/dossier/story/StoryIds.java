package org.dossier.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Story ids: a prefix by kind ({@code ev-}, {@code qt-}) and a hash of the founding member's key, so the same
 * input gives the same ids in memory and in any store. A store that still holds a story of that id (its founder
 * was deleted and came back under another story) asks for {@link #next}. Stateless.
 */
public final class StoryIds {
  private StoryIds() {}

  public static String founded(Story.Kind kind, String memberKey) {
    return (kind == Story.Kind.EVENT ? "ev-" : "qt-") + hash(memberKey);
  }

  /** The {@code n}-th alternative (n ≥ 2) to an id that is taken. */
  public static String next(String id, int n) {
    return id + "-" + n;
  }

  private static String hash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
