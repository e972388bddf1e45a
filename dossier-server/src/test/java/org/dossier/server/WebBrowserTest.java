package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The analyst's page in headless Chromium over a store of the 17 bundled articles: search, open an article and
 * see its records light up, an actor's timeline, the network, and analysing pasted text with the real pipeline.
 * Screenshots go to target/screenshots/.
 */
@ExtendWith(Browser.Required.class)
class WebBrowserTest {
  @TempDir
  static Path dir;
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Fixtures.store(dir, Fixtures.records());
    server = new TestServer(dir, Fixtures.extractor()::extract);
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

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
  }

  static String texts(List<WebElement> elements) {
    StringBuilder b = new StringBuilder();
    elements.forEach(e -> b.append(e.getText()));
    return b.toString();
  }

  @Test
  void searchShowsWhoSaidWhatWhenWithTheSource() throws IOException {
    browser.open("#/search");
    WebElement box = browser.find("#q");
    box.sendKeys("peacekeepers", Keys.ENTER);
    browser.until(d -> d.getCurrentUrl().contains("q=peacekeepers"));
    browser.waitForView();
    WebElement hit = browser.find(".hit-statement[data-id=s5]");
    assertThat(hit.findElement(By.cssSelector(".speaker")).getText()).startsWith("Sergey Lavrov");
    assertThat(hit.findElement(By.cssSelector("blockquote")).getText()).startsWith("Under no circumstances");
    assertThat(hit.findElement(By.cssSelector(".when")).getText()).isEqualTo("2025-03-12");
    assertThat(hit.findElement(By.cssSelector(".source")).getText()).contains("UNN").contains("Lavrov opposes");
    assertThat(browser.find(".facets").getText()).contains("UNN");
    assertThat(browser.find(".summary").getText()).contains("for “peacekeepers”");
    // everything the page loaded came from the server itself
    Object origins = browser.script("return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)"
        + ".concat([location.origin]).filter((o, i, all) => all.indexOf(o) === i)");
    assertThat(origins).isEqualTo(List.of(server.uri("/").toString().replaceAll("/$", "")));
    browser.screenshot("search");
  }

  @Test
  void anArticleHighlightsItsRecordsAndAClickLightsUpTheirWords() throws IOException {
    browser.open("#/search?q=peacekeepers&speaker=Lavrov");
    browser.find(".hit-statement .source a.title").click();
    browser.waitForView();
    browser.find("#article-text");
    assertThat(browser.driver.getCurrentUrl()).contains("#/article/" + Fixtures.EXAMPLE_ID).contains("focus=s5");
    assertThat(browser.all("#article-text .hl-quote")).isNotEmpty();
    assertThat(browser.all("#article-text .hl-evidence")).isNotEmpty();
    assertThat(browser.all("#article-text .hl-mention")).isNotEmpty();
    // the hit's statement is selected: its quote and its speaker's mentions are lit
    assertThat(texts(browser.all("#article-text .seg.active"))).startsWith("Under no circumstances");
    assertThat(texts(browser.all("#article-text .seg.active-speaker"))).contains("Lavrov");
    assertThat(browser.find("li.record.active").getAttribute("data-record")).isEqualTo("s5");
    browser.screenshot("article-statement");

    JsonNode record = server.get("/api/articles/" + Fixtures.EXAMPLE_ID).json();
    JsonNode event = record.get("events").get(0);
    browser.find("li.record-event[data-record=" + event.get("id").asText() + "] button.pick").click();
    browser.until(d -> texts(d.findElements(By.cssSelector("#article-text .seg.active"))).equals(
        event.get("evidence").get("text").asText()));
    assertThat(browser.all("#article-text .seg.active-party")).isNotEmpty();
    browser.screenshot("article");

    // a click on quoted words in the text selects their statement in the list
    WebElement quote = browser.find("#article-text .seg.hl-quote");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", quote);
    quote.click();
    assertThat(browser.find("li.record.active").getAttribute("data-record")).startsWith("s");
  }

  @Test
  void anActorPageChartsStatementsAndEventsOverTime() throws IOException {
    browser.open("#/search?speaker=Lavrov");
    browser.find(".hit-statement a.speaker").click();
    browser.waitForView();
    assertThat(browser.find("#actor-name").getText()).startsWith("Sergey Lavrov").contains("RUSGOV");
    browser.find("#actor-chart[data-drawn=true] canvas");
    assertThat(browser.find("#actor-chart .u-legend").getText()).contains("statements").contains("events");
    assertThat(browser.all("#actor-entries .hit")).isNotEmpty();
    assertThat(browser.find(".actor-head .counts").getText()).matches("\\d+ statements? · \\d+ events?.*");
    browser.screenshot("actor");
    browser.find(".toggle a:not(.current)").click();
    browser.waitForView();
    browser.find("#actor-chart[data-drawn=true] canvas");
    assertThat(browser.driver.getCurrentUrl()).contains("by=week");
  }

  @Test
  void theNetworkShowsWhoActsOnWhom() throws IOException {
    browser.open("#/network");
    browser.find("#network-svg .node");
    assertThat(browser.all("#network-svg .node").size()).isGreaterThan(2);
    assertThat(browser.all("#network-svg .edge")).isNotEmpty();
    assertThat(browser.all(".edges-table tbody tr")).isNotEmpty();
    browser.screenshot("network");
    String name = browser.find("#network-svg .node text").getText();
    browser.find("#network-svg .node").click();
    browser.waitForView();
    assertThat(browser.driver.getCurrentUrl()).contains("#/actor/");
    assertThat(name).isNotBlank();
  }

  @Test
  void pastedTextIsAnalysedAndHighlightedWithoutBeingStored() throws IOException {
    long before = server.get("/api/stats").json().get("articles").asLong();
    String text = Files.readString(Fixtures.ROOT.resolve("examples/unn-2025-03-12-lavrov.txt"))
        .replace("Lavrov", "Lavrow"); // a new article, not the stored one
    browser.open("#/extract");
    WebElement area = browser.find("#extract-text");
    browser.script("arguments[0].value = arguments[1]", area, text); // sendKeys types slowly
    browser.find("form.extract button").click();
    browser.find("#extract-result #article-text .hl-quote");
    assertThat(browser.find("#extract-result .note").getText()).contains("not stored");
    assertThat(browser.all("#extract-result li.record-statement")).hasSizeGreaterThan(3);
    browser.screenshot("extract");
    assertThat(server.get("/api/stats").json().get("articles").asLong()).isEqualTo(before);
  }
}
