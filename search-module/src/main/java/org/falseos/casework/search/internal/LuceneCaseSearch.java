package org.falseos.casework.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.CaseSearchResults;
import org.falseos.casework.search.InvalidSearchQuery;
import org.springframework.stereotype.Component;

/**
 * Case search over the case index. The teams this person may see are a filter clause of the query itself, so
 * other teams' cases are never scored, counted or highlighted; each hit is then checked again through the cases
 * module, which also drops a case whose client was erased a moment ago on another instance.
 */
@Component
class LuceneCaseSearch implements CaseSearch {

	private static final Map<String, Float> TEXT_FIELDS = Map.of(CaseFields.SUMMARY, 2f, CaseFields.DIARY, 1f,
			CaseFields.IDENTIFIER_TEXT, 1f);

	private final CaseIndex index;

	private final Cases cases;

	private final Analyzer analyzer;

	private final Snippets snippets;

	LuceneCaseSearch(CaseIndex index, Cases cases, GuidanceAnalysis analysis) {
		this.index = index;
		this.cases = cases;
		this.analyzer = analysis.text();
		this.snippets = Snippets.forCases(analyzer);
	}

	@Override
	public CaseSearchResults search(Actor actor, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidSearchQuery("text", "Enter some words or a reference number to search for.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearchQuery("text", "Search text is limited to " + MAX_LENGTH + " characters.");
		}
		Set<String> teams = teamsOf(actor);
		if (teams.isEmpty()) {
			return new CaseSearchResults(0, List.of());
		}
		Query words = words(analyzer, text);
		Query query = query(teams, text, words);
		return index.withSearcher(searcher -> results(actor, searcher, query, text, words));
	}

	private CaseSearchResults results(Actor actor, IndexSearcher searcher, Query query, String text, Query words)
			throws IOException {
		TopDocs top = searcher.search(query, MAX_RESULTS);
		Map<Integer, Map<String, String>> passages = words == null ? Map.of()
				: snippets.byField(searcher, words, top.scoreDocs, CaseFields.IDENTIFIER_TEXT);
		String referenceKey = CaseFields.referenceKey(text);
		Set<String> identifierKeys = IdentifierKeys.of(text);
		List<CaseSearchResults.Result> results = new ArrayList<>();
		long hidden = 0;
		var stored = searcher.storedFields();
		for (var hit : top.scoreDocs) {
			var document = stored.document(hit.doc);
			String id = document.get(CaseFields.ID);
			if (!cases.isVisible(actor, new CaseId(java.util.UUID.fromString(id)))) {
				hidden++;
				continue;
			}
			Map<String, String> marked = passages.getOrDefault(hit.doc, Map.of());
			String summary = document.get(CaseFields.SUMMARY);
			String snippet = marked.getOrDefault(CaseFields.DIARY,
					marked.getOrDefault(CaseFields.SUMMARY, Html.escape(Snippets.shortened(summary))));
			results.add(new CaseSearchResults.Result(id, document.get(CaseFields.CLIENT_CODE),
					document.get(CaseFields.TEAM), document.get(CaseFields.STATUS),
					document.getField(CaseFields.RUNG).numericValue().intValue(), summary, snippet,
					matched(document, marked, referenceKey, identifierKeys), "/cases/" + id));
		}
		return new CaseSearchResults(Math.max(results.size(), top.totalHits.value() - hidden), results);
	}

	/** What a hit matched on: its stored keys against the typed text's, and the fields the words were marked in. */
	static List<String> matched(Document document, Map<String, String> marked, String referenceKey,
			Set<String> identifierKeys) {
		List<String> matched = new ArrayList<>();
		if (!referenceKey.isEmpty() && CaseFields.referenceKey(document.get(CaseFields.CLIENT_CODE)).equals(referenceKey)) {
			matched.add(CaseSearchResults.CLIENT_CODE);
		}
		if (Arrays.asList(document.getValues(CaseFields.REFERENCE)).contains(referenceKey)) {
			matched.add(CaseSearchResults.REFERENCE_NUMBER);
		}
		if (marked.containsKey(CaseFields.IDENTIFIER_TEXT) || Arrays.stream(document.getValues(CaseFields.IDENTIFIER))
			.anyMatch(identifierKeys::contains)) {
			matched.add(CaseSearchResults.IDENTIFIER);
		}
		if (marked.containsKey(CaseFields.SUMMARY)) {
			matched.add(CaseSearchResults.SUMMARY);
		}
		if (marked.containsKey(CaseFields.DIARY)) {
			matched.add(CaseSearchResults.DIARY);
		}
		return matched;
	}

	/** The teams whose cases this person may see, as the cases module's access policy decides. */
	static Set<String> teamsOf(Actor actor) {
		Set<String> teams = new HashSet<>();
		if (actor.isCaseworker()) {
			teams.addAll(actor.teams());
		}
		if (actor.isSupervisor()) {
			teams.addAll(actor.supervisedTeams());
		}
		return teams;
	}

	/** The words or reference number, and only cases of these teams: a filter clause, so never scored or counted. */
	static Query query(Set<String> teams, String text, Query words) {
		return new BooleanQuery.Builder().add(matching(text, words), Occur.MUST)
			.add(teamFilter(teams), Occur.FILTER)
			.build();
	}

	/** The free-text part: every word must match the summary, the diary or an identifier; null when none is left. */
	static Query words(Analyzer analyzer, String text) {
		var parser = new SimpleQueryParser(analyzer, TEXT_FIELDS,
				SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR);
		parser.setDefaultOperator(Occur.MUST);
		return parser.parse(text);
	}

	private static Query matching(String text, Query words) {
		var either = new BooleanQuery.Builder();
		String key = CaseFields.referenceKey(text);
		if (!key.isEmpty()) {
			either.add(new BoostQuery(new TermQuery(new Term(CaseFields.REFERENCE, key)), 10f), Occur.SHOULD);
			either.add(new BoostQuery(new TermQuery(new Term(CaseFields.CLIENT_CODE_KEY, key)), 10f), Occur.SHOULD);
		}
		for (String identifier : IdentifierKeys.of(text)) {
			either.add(new BoostQuery(new TermQuery(new Term(CaseFields.IDENTIFIER, identifier)), 8f), Occur.SHOULD);
		}
		if (words != null) {
			either.add(words, Occur.SHOULD);
		}
		return either.build();
	}

	private static Query teamFilter(Set<String> teams) {
		var anyOf = new BooleanQuery.Builder();
		teams.forEach(team -> anyOf.add(new TermQuery(new Term(CaseFields.TEAM, team)), Occur.SHOULD));
		return anyOf.build();
	}
}
