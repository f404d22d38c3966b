package org.falseos.casework.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemContent;

/** Turns a published guidance item into its index document. */
final class GuidanceDocuments {

	private GuidanceDocuments() {
	}

	static Document of(GuidanceItem item) {
		ItemContent content = item.content();
		var document = new Document();
		document.add(new StringField(GuidanceFields.ID, item.id().toString(), Field.Store.YES));
		document.add(new StringField(GuidanceFields.KIND, content.kind(), Field.Store.YES));
		document.add(new StringField(GuidanceFields.JURISDICTION, item.id().jurisdiction(), Field.Store.YES));
		document.add(new TextField(GuidanceFields.TITLE, content.title(), Field.Store.YES));
		document.add(new TextField(GuidanceFields.SUMMARY, nullToEmpty(content.summary()), Field.Store.YES));
		document.add(new TextField(GuidanceFields.BODY, nullToEmpty(content.body()), Field.Store.YES));
		document.add(new TextField(GuidanceFields.FACTS, String.join("\n", facts(content)), Field.Store.NO));
		return document;
	}

	/** Structured facts people also type: statutes and sections, countries, contact numbers, rung names. */
	private static List<String> facts(ItemContent content) {
		List<String> facts = new ArrayList<>();
		content.contacts().forEach(contact -> facts.add(nullToEmpty(contact.label()) + " " + contact.value()));
		if (content.offence() != null) {
			var offence = content.offence();
			facts.add(nullToEmpty(offence.statute()));
			facts.add(nullToEmpty(offence.section()));
			facts.add(nullToEmpty(offence.covers()));
			facts.add(nullToEmpty(offence.keyElements()));
			facts.addAll(offence.harmTypes());
		}
		if (content.crossBorder() != null) {
			var crossBorder = content.crossBorder();
			facts.add(crossBorder.countryName());
			facts.add(nullToEmpty(crossBorder.fastestLever()));
			facts.add(nullToEmpty(crossBorder.howItReaches()));
		}
		if (content.rung() != null) {
			facts.add(content.rung().name());
		}
		return facts;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
