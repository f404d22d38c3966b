package org.falseos.casework.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.falseos.casework.cases.CaseSearchData.SearchableCase;

/** A case as a Lucene document: team and references as exact terms, summary and diary as analysed text. */
final class CaseDocuments {

	private CaseDocuments() {
	}

	static Document of(SearchableCase found) {
		var document = new Document();
		document.add(new StringField(CaseFields.ID, found.id().id().toString(), Store.YES));
		document.add(new StringField(CaseFields.TEAM, found.team(), Store.YES));
		document.add(new StringField(CaseFields.CLIENT_CODE, found.clientCode(), Store.YES));
		document.add(new StringField(CaseFields.STATUS, found.status(), Store.YES));
		document.add(new TextField(CaseFields.SUMMARY, found.summary(), Store.YES));
		found.diary().forEach(entry -> document.add(new TextField(CaseFields.DIARY, entry, Store.YES)));
		found.referenceKeys().forEach(key -> document.add(new StringField(CaseFields.REFERENCE, key, Store.NO)));
		return document;
	}
}
