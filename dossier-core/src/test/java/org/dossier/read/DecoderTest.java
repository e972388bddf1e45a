package org.dossier.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  static final String TEXT = "The café in Zürich reopened on Monday – the owner said so. ".repeat(20);

  @Test
  void aFewBadBytesInAUtf8FileAreReplacedNotAReasonToSwitchCharset() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(TEXT.getBytes(StandardCharsets.UTF_8));
    b.write(0xFF);
    b.writeBytes(TEXT.getBytes(StandardCharsets.UTF_8));
    b.write(0xFF);
    String text = Decoder.decode("two-bad-bytes.txt", b.toByteArray(), null);
    assertThat(text).startsWith(TEXT).contains("Zürich").doesNotContain("Ã");
    assertThat(text.chars().filter(c -> c == '\uFFFD').count()).isEqualTo(2);
  }

  @Test
  void utf8WithABadByteAfterEverySentenceIsRefused() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String sentence : TEXT.split("\\. ")) {
      b.writeBytes(sentence.getBytes(StandardCharsets.UTF_8));
      b.write(0xC3); // a lead byte without its continuation
      b.writeBytes(". ".getBytes(StandardCharsets.US_ASCII));
    }
    assertThatThrownBy(() -> Decoder.decode("mojibake.txt", b.toByteArray(), null))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("wrongly encoded: UTF-8 with");
  }
}
