package io.threadline.channel.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * An email's HTML body, made safe: as readable plain text (paragraphs, line breaks and list items kept; scripts,
 * styles and markup gone), and as markup from which everything that could run is removed.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "li", "table", "tr", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "template", "noscript");

    private HtmlText() {
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", INVISIBLE)).remove();
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String words = t.text();
                    boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
                    text.append(atLineStart ? words.stripLeading() : words);
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        endLine(text);
                        if (e.normalName().equals("li")) {
                            text.append("- ");
                        }
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                            text.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine(text);
                    if (e.normalName().equals("p")) {
                        text.append('\n');
                    }
                }
            }
        });
        return text.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The markup with only harmless elements and attributes left (no scripts, event handlers or javascript: links). */
    static String safeMarkup(String html) {
        return Jsoup.clean(html, Safelist.relaxed());
    }

    private static void endLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
