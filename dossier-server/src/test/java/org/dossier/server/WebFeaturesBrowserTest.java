package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What an analyst needs of the page beyond finding things: real time axes, code pages, a readable network, event
 * details, marked search words, a list of event types, sorting, and a phone-width screen. Headless Chromium over
 * the 17 bundled articles; screenshots at desktop and phone width go to target/screenshots/.
 */
@ExtendWith(Browser.Required.class)
class WebFeaturesBrowserTest {
  @TempDir
  static Path dir;
  static TestServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    Fixtures.store(dir, Fixtures.records());
    server = new TestServer(dir, a -> null);
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
    browser.driver.manage().window().setSize(new Dimension(1400, 1000));
  }

  @Test
  void anActorCodeIsTitledWithItsNameAndListsItsMembersOnARealTimeAxis() throws IOException {
    browser.open("#/actor/USAGOV");
    assertThat(browser.find("#actor-name").getText()).startsWith("United States government").contains("USAGOV");
    List<String> members = browser.all("#actor-members li a.member").stream().map(WebElement::getText).toList();
    assertThat(members).hasSizeGreaterThan(1).anySatisfy(m -> assertThat(m).contains("Obama"));
    WebElement chart = browser.find("#actor-chart[data-drawn=true]");
    JsonNode page = server.get("/api/actors/USAGOV").json();
    JsonNode buckets = page.get("buckets");
    YearMonth first = YearMonth.parse(buckets.get(0).get("period").asText());
    YearMonth last = YearMonth.parse(buckets.get(buckets.size() - 1).get("period").asText());
    long months = first.until(last, ChronoUnit.MONTHS) + 1;
    assertThat(first.getYear()).as("the store spans years").isLessThan(last.getYear() - 5);
    assertThat(chart.getAttribute("data-periods")).isEqualTo(String.valueOf(months));
    assertThat(Long.parseLong(chart.getAttribute("data-empty"))).isEqualTo(months - buckets.size());
    // the x axis is time: pixels per second the same between the first two periods as over the whole span
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) browser.script("const p = document.getElementById('actor-chart').plot;"
        + "const xs = p.data[0], n = xs.length;"
        + "return [p.valToPos(xs[0], 'x'), p.valToPos(xs[1], 'x'), p.valToPos(xs[n - 1], 'x'), xs[0], xs[1], xs[n - 1]];");
    double near = (at.get(1).doubleValue() - at.get(0).doubleValue()) / (at.get(4).doubleValue() - at.get(3).doubleValue());
    double whole = (at.get(2).doubleValue() - at.get(0).doubleValue()) / (at.get(5).doubleValue() - at.get(3).doubleValue());
    assertThat(near).isCloseTo(whole, org.assertj.core.data.Percentage.withPercentage(1));
    browser.screenshot("actor-code");
  }

  @Test
  void theNetworkFitsItsBoxWithoutOverlappingLabelsColouredWithALegend() throws IOException {
    browser.open("#/network");
    browser.find("#network-svg .node");
    @SuppressWarnings("unchecked")
    Map<String, Object> layout = (Map<String, Object>) browser.script(
        "const box = document.getElementById('network-svg').getBoundingClientRect();"
        + "const r = e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };"
        + "return {box: r(document.getElementById('network-svg')),"
        + " labels: [...document.querySelectorAll('#network-svg .node text')].map(r),"
        + " nodes: [...document.querySelectorAll('#network-svg .node circle')].map(r),"
        + " fills: [...new Set([...document.querySelectorAll('#network-svg .node circle')].map(c => c.getAttribute('fill')))],"
        + " names: [...document.querySelectorAll('#network-svg .node')].map(n => n.dataset.id)};");
    List<Double> box = numbers(layout.get("box"));
    List<List<Double>> labels = boxes(layout.get("labels"));
    List<List<Double>> nodes = boxes(layout.get("nodes"));
    assertThat(labels).as("most nodes are labelled").hasSizeGreaterThan(nodes.size() / 2);
    for (List<Double> shape : concat(labels, nodes)) {
      assertThat(shape.get(0)).isGreaterThanOrEqualTo(box.get(0) - 0.5);
      assertThat(shape.get(1)).isGreaterThanOrEqualTo(box.get(1) - 0.5);
      assertThat(shape.get(2)).isLessThanOrEqualTo(box.get(2) + 0.5);
      assertThat(shape.get(3)).isLessThanOrEqualTo(box.get(3) + 0.5);
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        assertThat(overlap(labels.get(i), labels.get(j))).as("labels %d and %d overlap", i, j).isFalse();
      }
    }
    assertThat((List<?>) layout.get("fills")).hasSizeGreaterThan(2);
    assertThat(browser.find("#network-legend").getText()).contains("USA").contains("RUS");
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) layout.get("names");
    assertThat(names).contains("Church of Scientology").doesNotContain("The Church of Scientology");
    browser.screenshot("network");
    new Select(browser.find("#colour-by")).selectByValue("type");
    browser.until(d -> d.getCurrentUrl().contains("colour=type"));
    browser.waitForView();
    assertThat(browser.find("#network-legend").getText()).contains("GOV");
    browser.screenshot("network-by-type");
  }

  @Test
  void eventCardsShowQuantityAndConfidence() throws IOException {
    browser.open("#/article/" + Fixtures.EXAMPLE_ID);
    JsonNode record = server.get("/api/articles/" + Fixtures.EXAMPLE_ID).json();
    JsonNode counted = null;
    for (JsonNode e : record.get("events")) {
      if (e.hasNonNull("quantity") && e.get("quantity").get("min").asLong() >= 1000) {
        counted = e;
      }
    }
    assertThat(counted).as("the example reports a number of soldiers").isNotNull();
    WebElement card = browser.find("li.record-event[data-record=" + counted.get("id").asText() + "]");
    JsonNode q = counted.get("quantity");
    assertThat(card.findElement(By.cssSelector(".badge.quantity")).getText())
        .isEqualTo(String.format("%,d–%,d %s", q.get("min").asLong(), q.get("max").asLong(), q.get("unit").asText()));
    assertThat(card.findElement(By.cssSelector(".badge.confidence")).getText())
        .isEqualTo(String.format("confidence %.2f", counted.get("confidence").asDouble()));
    browser.screenshot("article-event-quantity");
  }

  @Test
  void searchWordsAreMarkedTypesComeFromAListAndHitsSortByDate() throws IOException {
    browser.open("#/search?q=peacekeepers");
    assertThat(browser.all(".results mark.term")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).containsIgnoringCase("peacekeep"));
    Select type = new Select(browser.find("select#type"));
    assertThat(type.getOptions()).hasSize(17);
    browser.find("details.filters summary").click();
    assertThat(type.getOptions().get(0).getText()).isEqualTo("any event type");
    type.selectByValue("REQUEST");
    new Select(browser.find("select#sort")).selectByValue("oldest");
    browser.find("#q").clear();
    browser.find("form.search button").click();
    browser.until(d -> d.getCurrentUrl().contains("type=REQUEST") && d.getCurrentUrl().contains("sort=oldest"));
    browser.waitForView();
    assertThat(browser.find(".summary").getText()).contains("oldest first");
    List<String> oldest = dates();
    assertThat(oldest).hasSizeGreaterThan(1).isSorted();
    browser.open("#/search?type=REQUEST&sort=newest");
    List<String> newest = dates();
    assertThat(newest).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(newest.get(0)).isGreaterThan(oldest.get(0));
    browser.screenshot("search-sorted");
    // the API sorts the same way and refuses an unknown order
    JsonNode api = server.get("/api/search?q=said&sort=oldest&size=20").json().get("hits");
    List<String> apiDates = new ArrayList<>();
    api.forEach(h -> apiDates.add(h.get("date").asText()));
    assertThat(apiDates).isSorted();
    assertThat(server.get("/api/search?q=said&sort=size").status()).isEqualTo(400);
    assertThat(server.get("/api/types").json()).hasSize(16);
  }

  @Test
  void everyViewFitsAPhoneWidthScreen() throws IOException {
    browser.driver.manage().window().setSize(new Dimension(375, 812));
    for (String[] view : new String[][] {{"#/search?q=peacekeepers", "phone-search"},
        {"#/article/" + Fixtures.EXAMPLE_ID, "phone-article"}, {"#/actor/USAGOV", "phone-actor"},
        {"#/network", "phone-network"}}) {
      browser.open(view[0]);
      Number width = (Number) browser.script("return window.innerWidth");
      Number page = (Number) browser.script("return document.documentElement.scrollWidth");
      Number header = (Number) browser.script("return Math.max(...[...document.querySelectorAll('header.top *')]"
          + ".map(e => e.getBoundingClientRect().right))");
      assertThat(page.doubleValue()).as(view[0] + " page width").isLessThanOrEqualTo(width.doubleValue());
      assertThat(header.doubleValue()).as(view[0] + " header").isLessThanOrEqualTo(width.doubleValue());
      browser.screenshot(view[1]);
    }
  }

  private List<String> dates() {
    return browser.all(".hit .when").stream().map(WebElement::getText).toList();
  }

  private static boolean overlap(List<Double> a, List<Double> b) {
    return a.get(0) < b.get(2) - 0.5 && b.get(0) < a.get(2) - 0.5 && a.get(1) < b.get(3) - 0.5 && b.get(1) < a.get(3) - 0.5;
  }

  private static List<Double> numbers(Object o) {
    return ((List<?>) o).stream().map(n -> ((Number) n).doubleValue()).toList();
  }

  private static List<List<Double>> boxes(Object o) {
    return ((List<?>) o).stream().map(WebFeaturesBrowserTest::numbers).toList();
  }

  private static List<List<Double>> concat(List<List<Double>> a, List<List<Double>> b) {
    List<List<Double>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
