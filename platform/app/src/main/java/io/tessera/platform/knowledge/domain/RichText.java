package io.tessera.platform.knowledge.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Article body as sanitised HTML: only formatting, lists, tables, links (http, https, mailto) and images (https)
 * survive; scripts, event handlers, styles and unknown tags are dropped. Also yields the plain text that search
 * indexes.
 */
public record RichText(String html) {

    public static final int MAX_LENGTH = 200_000;

    private static final Safelist SAFE = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    public static RichText sanitise(String untrusted) {
        String in = untrusted == null ? "" : untrusted;
        if (in.length() > MAX_LENGTH) {
            throw new ArticleRuleViolation("article-body-too-long", MAX_LENGTH);
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return new RichText(Jsoup.clean(in, "", SAFE, out).strip());
    }

    /** The text a reader sees, white space collapsed (block elements separated by spaces). */
    public String plainText() {
        return Jsoup.parse(html).text();
    }
}
