package org.falseos.casework.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.falseos.casework.cases.CaseSearchData.SearchableCase;

/**
 * A case as a Lucene document: team, references and identifier keys as exact terms (stored, so a hit can say what
 * matched), summary, diary and identifiers as analysed text.
 */
final class CaseDocuments {

	private CaseDocuments() {
	}

	static Document of(SearchableCase found) {
		var document = new Document();
		document.add(new StringField(CaseFields.ID, found.id().id().toString(), Store.YES));
		document.add(new StringField(CaseFields.TEAM, found.team(), Store.YES));
		document.add(new StringField(CaseFields.CLIENT_CODE, found.clientCode(), Store.YES));
		document.add(new StringField(CaseFields.CLIENT_CODE_KEY, CaseFields.referenceKey(found.clientCode()), Store.NO));
		document.add(new StringField(CaseFields.STATUS, found.status(), Store.YES));
		document.add(new StoredField(CaseFields.RUNG, found.rung()));
		document.add(new TextField(CaseFields.SUMMARY, found.summary(), Store.YES));
		found.diary().forEach(entry -> document.add(new TextField(CaseFields.DIARY, entry, Store.YES)));
		found.referenceKeys().forEach(key -> document.add(new StringField(CaseFields.REFERENCE, key, Store.YES)));
		Set<String> keys = new LinkedHashSet<>();
		for (String identifier : found.identifiers()) {
			document.add(new TextField(CaseFields.IDENTIFIER_TEXT, identifier, Store.YES));
			keys.addAll(IdentifierKeys.of(identifier));
		}
		keys.forEach(key -> document.add(new StringField(CaseFields.IDENTIFIER, key, Store.YES)));
		return document;
	}
}
