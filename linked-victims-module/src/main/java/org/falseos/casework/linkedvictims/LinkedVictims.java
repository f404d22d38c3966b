package org.falseos.casework.linkedvictims;

import java.util.Collection;
import java.util.List;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.NotPermitted;

/**
 * Linking victims of one perpetrator. Coordinators work the suggestions across teams; caseworkers see the
 * patterns their team's cases belong to, supervisors those touching the teams they supervise; nobody else sees
 * anything. A pattern someone may not see is {@link UnknownPattern}, never a hint that it exists; a
 * coordinator-only step taken by anyone else is {@link NotPermitted}.
 */
public interface LinkedVictims {

	/** Coordinators only: open and awaiting-consent suggestions, or every one with {@code includeDecided}. */
	List<Suggestion> suggestions(Actor actor, boolean includeDecided);

	/**
	 * Coordinators only: links the two cases (a new pattern, or the one either is in already) once both clients
	 * have consented to linking; until then the suggestion awaits consent.
	 */
	Suggestion accept(Actor actor, SuggestionId id);

	/** Coordinators only: the pair does not come back unless the cases come to share something new. */
	Suggestion dismiss(Actor actor, SuggestionId id, String reason);

	List<PatternOverview> patterns(Actor actor);

	/** Patterns dissolved in the last 90 days that this person could see, newest first. */
	List<PatternDissolution> dissolvedPatterns(Actor actor);

	/** The whole pattern, recorded as viewed. */
	LinkedPattern pattern(Actor actor, PatternId id);

	/** The link chart of a pattern already fetched with {@link #pattern}, as SVG markup to show in its page. */
	String chart(LinkedPattern pattern);

	/** The cross-reference sheet or link chart, recorded as exported (who, when, which pattern, which format). */
	Export export(Actor actor, PatternId id, ExportFormat format);

	/** For caseworkers and supervisors: their cases a coordinator wants linked, whose client was not yet asked. */
	List<ConsentRequest> consentRequests(Actor actor);

	/**
	 * How many of these cases are members of a pattern, counting only cases of the teams whose patterns this person
	 * sees (a caseworker's teams, a supervisor's supervised teams; a coordinator's, all). For figures such as the
	 * supervision board's "cases in linked patterns": a count, not which patterns, so nothing is recorded as viewed.
	 */
	long casesInPatterns(Actor actor, Collection<CaseId> cases);
}
