package org.dossier.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of one document into text, trusting in order: a byte-order mark, a declared charset (HTTP
 * header or HTML meta) if the bytes decode cleanly with it, strict UTF-8, UTF-8 with a few bad bytes replaced,
 * then juniversalchardet's guess.
 * Text that is still full of replacement or control characters is refused. Stateless and thread-safe.
 */
public final class Decoder {
  private Decoder() {}

  /**
   * Decodes {@code bytes}; a leading byte-order mark is dropped.
   *
   * @param hint a declared charset, or null; ignored when the bytes are invalid in it (a mislabelled page)
   * @throws BadInputException "wrongly encoded: ..." or "binary content, not text"
   */
  public static String decode(String item, byte[] bytes, Charset hint) {
    Bom bom = Bom.of(bytes);
    String text;
    if (bom != null) {
      text = lenient(bom.charset, bytes, bom.length);
    } else {
      text = hint == null ? null : strict(hint, bytes);
      if (text == null) {
        text = strict(StandardCharsets.UTF_8, bytes);
      }
      if (text == null) {
        text = mostlyUtf8(item, bytes);
      }
      if (text == null) {
        text = guess(item, bytes);
      }
    }
    check(item, text);
    return text;
  }

  /** The charset of that name, or null if the name is unknown to this JVM. */
  public static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().replace("\"", "").replace("'", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * UTF-8 with a replacement character for each bad sequence when the bytes hold valid UTF-8 beyond ASCII (so
   * they are UTF-8, not a legacy charset) and only a few bad bytes: two stray bytes must not turn a whole UTF-8
   * file into windows-1252 mojibake. Null when there is no UTF-8 beyond ASCII, or less of it than bad bytes (a
   * legacy charset, for the guess).
   *
   * @throws BadInputException when more valid UTF-8 than bad bytes, but many of those
   */
  private static String mostlyUtf8(String item, byte[] bytes) {
    String text = lenient(StandardCharsets.UTF_8, bytes, 0);
    long replacements = text.chars().filter(c -> c == '\uFFFD').count();
    long beyondAscii = text.chars().filter(c -> c >= 0x80 && c != '\uFFFD').count();
    if (beyondAscii == 0) {
      return null;
    }
    if (!isMany(replacements, text.length())) {
      return text;
    }
    if (beyondAscii > replacements) {
      throw new BadInputException(item, "wrongly encoded: UTF-8 with " + replacements + " invalid byte sequences");
    }
    return null; // more bad than good: a legacy charset's bytes that happen to form some UTF-8
  }

  private static String guess(String item, byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    Charset guessed = charset(detector.getDetectedCharset());
    if (guessed == null) {
      throw new BadInputException(item, "wrongly encoded: not UTF-8 and no other charset detected");
    }
    String text = lenient(guessed, bytes, 0);
    long invalid = text.chars().filter(c -> c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)).count();
    if (isMany(invalid, text.length())) {
      throw new BadInputException(
          item, "wrongly encoded: not UTF-8, and as " + guessed.name() + " " + invalid + " characters are invalid");
    }
    return text;
  }

  private static void check(String item, String text) {
    long replacements = 0;
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacements++;
      } else if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)) {
        controls++;
      }
    }
    if (text.indexOf('\0') >= 0 || controls * 100 > text.length()) {
      throw new BadInputException(item, "binary content, not text");
    }
    if (isMany(replacements, text.length())) {
      throw new BadInputException(item, "wrongly encoded: " + replacements + " replacement characters (U+FFFD)");
    }
  }

  /** More than a stray one or two: at least 2 and over 0.5% of the text. */
  private static boolean isMany(long count, int length) {
    return count >= 2 && count * 200 > length;
  }

  private static String strict(Charset charset, byte[] bytes) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(Charset charset, byte[] bytes, int offset) {
    CharBuffer chars = charset.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    return chars.toString();
  }

  /** A byte-order mark: which charset it announces and how many bytes it takes. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
        return new Bom(Charset.forName("UTF-32BE"), 4);
      }
      if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
        return new Bom(Charset.forName("UTF-32LE"), 4);
      }
      if (starts(b, 0xEF, 0xBB, 0xBF)) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (starts(b, 0xFE, 0xFF)) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (starts(b, 0xFF, 0xFE)) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
      if (b.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((b[i] & 0xFF) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** The charset a byte-order mark at the start of {@code bytes} announces, or null. */
  static Charset bomCharset(byte[] bytes) {
    Bom bom = Bom.of(bytes);
    return bom == null ? null : bom.charset;
  }
}
