package org.dossier.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Block;
import org.dossier.model.Source;
import org.dossier.read.Draft.Part;

/**
 * Reads articles from JSON: JSON Lines (one object per line, items named {@code file:LINE}), a single object
 * (named {@code file}) or an array of objects ({@code file#N}). Fields: {@code title}, {@code text} (split into
 * paragraphs at line breaks), {@code published} (ISO date or date-time, the date is kept), {@code url},
 * {@code outlet}, {@code dateline}, {@code language}. A bad line is reported and the next one read; a broken
 * document stops at the error, keeping what came before. Streams: only one line or one array element is held
 * at a time. Thread-safe.
 */
public final class JsonLinesReader implements FormatReader {
  // the caller owns the stream: closing the parser must not close it
  private static final ObjectMapper MAPPER =
      new ObjectMapper(JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build());
  /** A line with more after its value ({"title": "x"}}) is garbage, not an article. */
  private static final ObjectReader LINE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public void read(String item, InputStream in, Sink sink) throws IOException {
    InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
    if (Sniffer.isJsonDocument(Sniffer.peek(buffered, Sniffer.HEAD_BYTES))) {
      readDocument(item, buffered, sink);
    } else {
      readLines(item, buffered, sink);
    }
  }

  private void readLines(String item, InputStream in, Sink sink) throws IOException {
    ByteLines lines = new ByteLines(in, Limits.MAX_INPUT_BYTES);
    for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
      String lineItem = item + ":" + line.number();
      try {
        if (line.tooLong()) {
          throw new BadInputException(lineItem, Limits.tooLargeInput());
        }
        String json = utf8(lineItem, line.bytes());
        if (!json.isBlank()) {
          sink.draft(draft(lineItem, parseLine(lineItem, json, line.terminated())));
        }
      } catch (BadInputException e) {
        sink.problem(e.problem());
      }
    }
  }

  private void readDocument(String item, InputStream in, Sink sink) throws IOException {
    int count = 0;
    try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      boolean array = first == JsonToken.START_ARRAY;
      JsonToken token = array ? parser.nextToken() : first;
      while (token != null && token != JsonToken.END_ARRAY) {
        count++;
        JsonNode node = MAPPER.readTree(parser);
        boolean more = (token = parser.nextToken()) != null && token != JsonToken.END_ARRAY;
        String elementItem = array || more || count > 1 ? item + "#" + count : item;
        try {
          sink.draft(draft(elementItem, node));
        } catch (BadInputException e) {
          sink.problem(e.problem());
        }
      }
      if (array && token == null) {
        throw new BadInputException(item, "truncated: JSON array not closed after " + count + " elements");
      }
      if (count == 0) {
        throw new BadInputException(item, "empty: no JSON objects");
      }
    } catch (JsonEOFException e) {
      throw new BadInputException(item, "truncated: JSON ends early" + at(e));
    } catch (JsonProcessingException e) {
      throw new BadInputException(item, "malformed JSON" + at(e) + ": " + e.getOriginalMessage());
    }
  }

  /** " at line N", or nothing when the parser knows no place (its limits, such as nesting depth). */
  private static String at(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
  }

  private static JsonNode parseLine(String item, String json, boolean terminated) {
    try {
      return LINE.readTree(json);
    } catch (JsonEOFException e) {
      throw new BadInputException(item, terminated ? "malformed JSON: " + e.getOriginalMessage()
          : "truncated: JSON line cut off");
    } catch (JsonProcessingException e) {
      throw new BadInputException(item, "malformed JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * The draft for one JSON article object.
   *
   * @throws BadInputException if it is not an object, has neither title nor text, or its text is too large
   */
  static Draft draft(String item, JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new BadInputException(item, "not a JSON object");
    }
    String title = text(node, "title", "headline");
    String body = body(node);
    if (isBlank(title) && isBlank(body)) {
      throw new BadInputException(item, "no text: neither title nor text");
    }
    Limits.checkText(item, body == null ? 0 : body.length());
    String outlet = text(node, "outlet", "site");
    String dateline = text(node, "dateline");
    List<Part> parts = new ArrayList<>();
    if (!isBlank(dateline)) {
      parts.add(new Part(Block.Kind.DATELINE, isBlank(outlet) ? dateline : dateline + " • " + outlet));
    }
    if (body != null) {
      parts.addAll(Paragraphs.of(body));
    }
    String url = text(node, "url", "link");
    if (url == null && node.path("source").isObject()) {
      url = text(node.get("source"), "url");
    }
    return new Draft(
        title,
        Dates.parse(text(node, "published", "date", "datePublished")),
        outlet,
        dateline,
        text(node, "language", "lang"),
        new Source(item, url),
        parts);
  }

  /** The article text: a string, or an array of paragraph strings. */
  private static String body(JsonNode node) {
    for (String name : new String[] {"text", "body", "content"}) {
      JsonNode value = node.get(name);
      if (value != null && value.isTextual()) {
        return value.asText();
      }
      if (value != null && value.isArray()) {
        List<String> paragraphs = new ArrayList<>();
        value.forEach(p -> paragraphs.add(p.asText()));
        return String.join("\n", paragraphs);
      }
    }
    return null;
  }

  /** The first of these fields holding a scalar, as text; null if none. */
  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }

  private static String utf8(String item, byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(item, "wrongly encoded: JSON Lines must be UTF-8");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
