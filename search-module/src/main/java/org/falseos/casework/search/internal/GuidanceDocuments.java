package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemContent;

/** Turns a published guidance item into its index document. */
final class GuidanceDocuments {

	private GuidanceDocuments() {
	}

	static Document of(GuidanceItem item) {
		ItemContent content = item.content();
		String jurisdiction = item.id().jurisdiction();
		String body = join(Stream.concat(Stream.of(PlainText.of(content.body())), crossBorder(content)));
		String facts = join(facts(content).stream());
		var document = new Document();
		document.add(new StringField(GuidanceFields.ID, item.id().toString(), Field.Store.YES));
		document.add(new StringField(GuidanceFields.KIND, content.kind(), Field.Store.YES));
		document.add(new StringField(GuidanceFields.JURISDICTION, jurisdiction, Field.Store.YES));
		document.add(new SortedSetDocValuesFacetField(GuidanceFields.KIND, content.kind()));
		document.add(new SortedSetDocValuesFacetField(GuidanceFields.JURISDICTION, jurisdiction));
		document.add(new Field(GuidanceFields.TITLE, content.title(), GuidanceFields.HIGHLIGHTED));
		document.add(new Field(GuidanceFields.SUMMARY, nullToEmpty(content.summary()), GuidanceFields.HIGHLIGHTED));
		document.add(new Field(GuidanceFields.BODY, body, GuidanceFields.HIGHLIGHTED));
		document.add(new TextField(GuidanceFields.FACTS, facts, Field.Store.NO));
		document.add(new TextField(GuidanceFields.SPELL,
				join(Stream.of(content.title(), content.summary(), body, facts)), Field.Store.NO));
		try {
			return GuidanceFields.FACETS.build(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What to do about someone abroad is the substance of a cross-border item, so it is searched as body text. */
	private static Stream<String> crossBorder(ItemContent content) {
		var crossBorder = content.crossBorder();
		if (crossBorder == null) {
			return Stream.empty();
		}
		return Stream.of(crossBorder.fastestLever(), crossBorder.howItReaches(), crossBorder.honestTruth())
			.map(PlainText::of);
	}

	/** Structured facts people also type: statutes and sections, countries, contact numbers, rung names. */
	private static List<String> facts(ItemContent content) {
		List<String> facts = new ArrayList<>();
		content.contacts().forEach(contact -> facts.add(nullToEmpty(contact.label()) + " " + contact.value()));
		if (content.offence() != null) {
			var offence = content.offence();
			facts.addAll(List.of(nullToEmpty(offence.statute()), nullToEmpty(offence.section()),
					nullToEmpty(offence.covers()), nullToEmpty(offence.keyElements())));
			facts.addAll(offence.harmTypes());
		}
		if (content.crossBorder() != null) {
			facts.add(content.crossBorder().countryName());
		}
		if (content.rung() != null) {
			facts.add(content.rung().name());
		}
		return facts;
	}

	private static String join(Stream<String> parts) {
		return parts.filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining("\n\n"));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
