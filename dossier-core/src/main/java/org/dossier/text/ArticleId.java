package org.dossier.text;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Block;

/**
 * Stable article ids: the first 16 hex digits of the SHA-256 of the article's words, lower-cased with
 * whitespace collapsed, so the same story read from a .txt, a .jsonl line or a page gets the same id however
 * it was laid out. Dateline blocks are left out because formats spell them differently ("Kyiv • UNN" in the
 * plain format, separate fields in JSON). Stateless and thread-safe.
 */
public final class ArticleId {
  /** Length of an id in hex digits (64 bits: collisions are negligible below billions of articles). */
  public static final int HEX_DIGITS = 16;

  private ArticleId() {}

  /** The id of a normalised text with its blocks; dateline blocks do not count. */
  public static String of(String text, List<Block> blocks) {
    return of(content(text, blocks));
  }

  /** The id of a text taken whole. */
  public static String of(String text) {
    String canonical = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8).toString().substring(0, HEX_DIGITS);
  }

  /** The text of every block but datelines, one per line; the whole text if there are no blocks. */
  static String content(String text, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return text;
    }
    StringBuilder content = new StringBuilder(text.length());
    for (Block block : blocks) {
      if (block.kind() != Block.Kind.DATELINE) {
        content.append(text, block.start(), block.end()).append('\n');
      }
    }
    return content.toString();
  }
}
