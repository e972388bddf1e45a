package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.DossierRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted article text with script tags and event handler attributes is shown as text and never runs: in
 * search results, in the article view with its highlights, and in pasted text analysed on the fly.
 */
@ExtendWith(Browser.Required.class)
class XssBrowserTest {
  static final String SCRIPT = "<script>window.__xss=1</script>";
  static final String IMG = "<img src=x onerror=\"window.__xss=2\">";
  static final String TITLE = "<img src=x onerror=\"window.__xss=3\">Talks in Geneva";
  static final String TEXT = TITLE + "\n\n" + SCRIPT + "\n\n\"We will talk " + IMG + ",\" Anna Example said. "
      + "Anna Example met Ukraine's envoy <svg onload=\"window.__xss=4\"> in Geneva.";

  @TempDir
  static Path dir;
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    DossierRecord hostile = Fixtures.made("hostile00000001", LocalDate.of(2025, 3, 12), TITLE, TEXT, "Anna Example",
        "UKRGOV", "We will talk " + IMG + ",", "Anna Example met Ukraine's envoy <svg onload=\"window.__xss=4\">");
    Fixtures.store(dir, List.of(hostile));
    // the fake pipeline finds the same facts in posted text, so the analyse view renders the payloads too
    server = new TestServer(dir, a -> Fixtures.made(a.id(), a.published(), a.title(), a.text(), "Anna Example",
        "UKRGOV", "We will talk " + IMG + ",", "Anna Example met Ukraine's envoy"));
    browser = new Browser(server.uri("/"));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  void assertNothingRan() {
    // a handler blocked by the page's policy would show up here as a violation: nothing may even try to run
    assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
    assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(browser.all("#main img")).as("no image element was made from text").isEmpty();
    assertThat(browser.all("#main script")).isEmpty();
    assertThat(browser.all("#main svg [onload], #main svg")).isEmpty();
  }

  @Test
  void markupThatBecameElementsWouldBeSeenAndItsHandlerBlocked() {
    // the control: what the checks above would catch if the page ever put text into innerHTML
    browser.open("#/search?q=nothing-matches-this");
    browser.consoleErrors();
    browser.script("const probe = document.createElement('div'); probe.id = 'probe'; probe.innerHTML = arguments[0];"
        + "document.body.appendChild(probe);", IMG);
    browser.until(d -> !browser.consoleErrors().isEmpty()); // the policy refused the inline handler
    assertThat(browser.all("#probe img")).hasSize(1);
    assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    browser.script("document.getElementById('probe').remove()");
  }

  @Test
  void searchResultsShowTheMarkupAsText() throws IOException {
    browser.open("#/search?q=talk+img");
    String hits = browser.find(".results").getText();
    assertThat(hits).contains("We will talk " + IMG + ",").contains(TITLE);
    // the matched words are marked inside the untrusted text, still as text
    assertThat(browser.all(".results mark.term")).extracting(e -> e.getText().toLowerCase())
        .contains("talk", "img").doesNotContain("");
    assertNothingRan();
    browser.screenshot("xss-search");
  }

  @Test
  void theArticleViewShowsTheMarkupAsTextWithItsHighlights() throws IOException {
    browser.open("#/article/hostile00000001?focus=s1");
    String text = browser.find("#article-text").getText();
    assertThat(text).contains(SCRIPT).contains(IMG).contains("<svg onload=\"window.__xss=4\">");
    assertThat(browser.find("#article-title").getText()).isEqualTo(TITLE);
    assertThat(WebBrowserTest.texts(browser.all("#article-text .seg.active"))).isEqualTo("We will talk " + IMG + ",");
    browser.find("li.record-event button.pick").click();
    assertThat(WebBrowserTest.texts(browser.all("#article-text .seg.active"))).contains("<svg onload=");
    assertNothingRan();
    browser.screenshot("xss-article");
  }

  @Test
  void pastedMarkupIsAnalysedAndShownAsText() throws IOException {
    browser.open("#/extract");
    browser.script("arguments[0].value = arguments[1]", browser.find("#extract-text"),
        "Talks in Geneva\n" + SCRIPT + "\n\"We will talk " + IMG + ",\" Anna Example said. "
            + "Anna Example met Ukraine's envoy in Geneva.");
    browser.find("form.extract button").click();
    String text = browser.find("#extract-result #article-text").getText();
    assertThat(text).contains(SCRIPT).contains(IMG);
    assertNothingRan();
    browser.screenshot("xss-extract");
  }
}
