package org.dossier.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Block;
import org.dossier.read.Draft.Part;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article body of a page: strips what is not the story (navigation, header, footer, asides, ads,
 * scripts, forms, comments), picks the element holding the story and turns it into heading and paragraph
 * parts. Stateless and thread-safe; it mutates the document it is given.
 */
final class HtmlText {
  private static final String NOT_CONTENT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form,"
          + " button, select, input, textarea, figure, [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [aria-hidden=true], [hidden]";
  private static final Set<String> BOILERPLATE_WORDS = Set.of(
      "ad", "ads", "advert", "advertisement", "adslot", "banner", "promo", "sponsor", "sponsored", "share",
      "sharing", "social", "related", "newsletter", "subscribe", "cookie", "cookies", "comment", "comments",
      "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "outbrain", "taboola", "nav", "navbar", "menu",
      "footer", "masthead", "paywall", "recommended", "trending");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figcaption", "address", "hr", "br",
      "header", "footer", "center");
  private static final Set<String> INLINE_BREAK_OK = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final int MIN_SCORED_PARAGRAPH = 25;

  private HtmlText() {}

  /** Removes everything that is not article text. Never removes an element holding the story. */
  static void clean(Document doc) {
    doc.select(NOT_CONTENT).remove();
    removeComments(doc);
    int bodyText = paragraphText(doc.body());
    for (Element element : doc.body().select("[class], [id]")) {
      if (element.parent() != null && isBoilerplate(element) && !holdsStory(element, bodyText)) {
        element.remove();
      }
    }
  }

  /** The element holding the story: articleBody, article, main, else the best-scoring paragraph parent. */
  static Element main(Document doc) {
    for (String selector : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
      Element best = null;
      for (Element candidate : doc.select(selector)) {
        if (best == null || paragraphText(candidate) > paragraphText(best)) {
          best = candidate;
        }
      }
      if (best != null && !best.text().isBlank()) {
        return best;
      }
    }
    return bestScored(doc.body());
  }

  /** Headings (h2–h6, and an h1 that is not the title) and paragraphs (p, li, other text blocks) of root. */
  static List<Part> parts(Element root, String title) {
    Collector collector = new Collector(title);
    NodeTraversor.traverse(collector, root);
    collector.flush();
    return collector.parts;
  }

  /** Readability-style: each paragraph scores its length for its parent and half of it for the grandparent. */
  private static Element bestScored(Element body) {
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      if (length >= MIN_SCORED_PARAGRAPH && p.parent() != null) {
        scores.merge(p.parent(), length, Integer::sum);
        if (p.parent().parent() != null) {
          scores.merge(p.parent().parent(), length / 2, Integer::sum);
        }
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
  }

  private static boolean isBoilerplate(Element element) {
    String tag = element.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("body") || element.hasAttr("itemprop")) {
      return false;
    }
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    for (String word : names.split("[^a-z0-9]+")) {
      if (BOILERPLATE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element contains the marked-up story or most of the page's paragraph text. */
  private static boolean holdsStory(Element element, int bodyText) {
    if (!element.select("article, main, [itemprop=articleBody]").isEmpty()) {
      return true;
    }
    return bodyText > 0 && paragraphText(element) * 2 > bodyText;
  }

  private static int paragraphText(Element element) {
    Elements paragraphs = element.select("p");
    int length = 0;
    for (Element p : paragraphs) {
      length += p.text().length();
    }
    return length;
  }

  /** Iteratively (jsoup's traversor keeps no call stack), so no nesting depth can overflow the stack. */
  private static void removeComments(Node node) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((n, depth) -> {
      if (n instanceof Comment) {
        comments.add(n);
      }
    }, node);
    comments.forEach(Node::remove);
  }

  /** Walks the body, closing a part at every block boundary; drops link lists ("Read more", menus). */
  private static final class Collector implements NodeVisitor {
    private final String title;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> blocks = new ArrayDeque<>();
    private int linkChars;

    Collector(String title) {
      this.title = title == null ? "" : normalise(title);
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        String s = textNode.getWholeText();
        text.append(s);
        if (insideLink(node)) {
          linkChars += s.strip().length();
        }
      } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        if (element.normalName().equals("br") && blocks.stream().anyMatch(INLINE_BREAK_OK::contains)) {
          text.append(' ');
          return;
        }
        flush();
        if (!element.normalName().equals("br") && !element.normalName().equals("hr")) {
          blocks.push(element.normalName());
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())
          && !element.normalName().equals("br") && !element.normalName().equals("hr")) {
        flush();
        blocks.pop();
      }
    }

    void flush() {
      String s = normalise(text.toString());
      boolean linkList = linkChars * 10 > s.length() * 6;
      text.setLength(0);
      linkChars = 0;
      if (s.isEmpty() || linkList) {
        return;
      }
      String tag = blocks.isEmpty() ? "p" : blocks.peek();
      boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
      if (tag.equals("h1") && s.equalsIgnoreCase(title)) {
        return;
      }
      parts.add(new Part(heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, s));
    }

    private static boolean insideLink(Node node) {
      for (Node n = node.parent(); n instanceof Element e; n = n.parent()) {
        if (e.normalName().equals("a")) {
          return true;
        }
        if (BLOCKS.contains(e.normalName())) {
          return false;
        }
      }
      return false;
    }

    private static String normalise(String s) {
      return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
  }
}
