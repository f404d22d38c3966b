package org.falseos.casework.web.internal.guidance;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders item text (a Markdown subset) to HTML that is safe to show: raw HTML is escaped by the renderer and the
 * result is cleaned again with a safelist: no scripts, no event handlers, links only to http, https, tel and
 * mailto. Used from templates as {@code @safeMarkdown.html(text)}.
 */
@Component("safeMarkdown")
class SafeMarkdown {

	private static final Safelist SAFELIST = Safelist.basic()
		.addTags("h3", "h4")
		.removeProtocols("a", "href", "ftp")
		.addProtocols("a", "href", "http", "https", "tel", "mailto")
		.addAttributes("a", "rel");

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String rendered = renderer.render(parser.parse(markdown));
		return Jsoup.clean(rendered, "", SAFELIST, new OutputSettings().prettyPrint(false));
	}
}
