package org.falseos.casework.linkedvictims.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.LinkableCase;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;
import org.falseos.casework.linkedvictims.CaseLinked;
import org.falseos.casework.linkedvictims.CaseUnlinked;
import org.falseos.casework.linkedvictims.LinkingConsentRequested;
import org.falseos.casework.linkedvictims.PatternCreated;
import org.falseos.casework.linkedvictims.PatternDissolved;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts cases into patterns and takes them out, and announces it. The consent gate is here: a case joins only
 * while its client's latest answer to linking is yes. A pattern left with one case is dissolved here too, so that
 * no path out of a pattern can leave a "pattern" of one victim.
 */
@Component
class Linker {

	static final String SYSTEM = "linking";

	private final PatternRows patterns;

	private final SuggestionRows suggestions;

	private final CaseLinkingData cases;

	private final ApplicationEventPublisher events;

	Linker(PatternRows patterns, SuggestionRows suggestions, CaseLinkingData cases, ApplicationEventPublisher events) {
		this.patterns = patterns;
		this.suggestions = suggestions;
		this.cases = cases;
		this.events = events;
	}

	/** Links an accepted suggestion's cases if both clients consent, else leaves it awaiting consent. */
	SuggestionState complete(SuggestionRows.Row suggestion) {
		Optional<LinkableCase> a = cases.linkableCase(suggestion.caseA());
		Optional<LinkableCase> b = cases.linkableCase(suggestion.caseB());
		if (a.isEmpty() || b.isEmpty()) {
			// A client was erased; the erasure listener removes the suggestion.
			return suggestion.state();
		}
		if (a.get().linkingConsent() != LinkingConsent.GIVEN || b.get().linkingConsent() != LinkingConsent.GIVEN) {
			suggestions.advance(suggestion.id(), SuggestionState.AWAITING_CONSENT, null);
			// The caseworker of a client not yet asked is to ask; a client who said no is not asked again.
			for (var unasked : List.of(a.get(), b.get())) {
				if (unasked.linkingConsent() == LinkingConsent.NOT_RECORDED) {
					events.publishEvent(new LinkingConsentRequested(suggestion.id(), unasked.caseId(), unasked.team(),
							unasked.assignedTo()));
				}
			}
			return SuggestionState.AWAITING_CONSENT;
		}
		String by = suggestion.decidedBy() == null ? SYSTEM : suggestion.decidedBy();
		suggestions.advance(suggestion.id(), SuggestionState.LINKED, link(a.get(), b.get(), by));
		return SuggestionState.LINKED;
	}

	private PatternId link(LinkableCase a, LinkableCase b, String by) {
		Optional<PatternId> ofA = patterns.patternOf(a.caseId());
		Optional<PatternId> ofB = patterns.patternOf(b.caseId());
		if (ofA.isEmpty() && ofB.isEmpty()) {
			PatternId created = patterns.create(by);
			patterns.addMember(created, a.caseId(), a.clientId(), a.team());
			patterns.addMember(created, b.caseId(), b.clientId(), b.team());
			events.publishEvent(new PatternCreated(created, List.of(a.caseId(), b.caseId())));
			return created;
		}
		if (ofB.isEmpty()) {
			return join(ofA.get(), b);
		}
		if (ofA.isEmpty()) {
			return join(ofB.get(), a);
		}
		if (ofA.get().equals(ofB.get())) {
			return ofA.get();
		}
		boolean aIsOlder = !patterns.createdAt(ofB.get()).orElseThrow().isBefore(patterns.createdAt(ofA.get()).orElseThrow());
		PatternId older = aIsOlder ? ofA.get() : ofB.get();
		merge(aIsOlder ? ofB.get() : ofA.get(), older);
		return older;
	}

	private PatternId join(PatternId pattern, LinkableCase joining) {
		patterns.addMember(pattern, joining.caseId(), joining.clientId(), joining.team());
		events.publishEvent(new CaseLinked(pattern, joining.caseId()));
		return pattern;
	}

	// Two patterns found to be one perpetrator become one: the older keeps its id.
	private void merge(PatternId from, PatternId into) {
		for (var member : patterns.members(from)) {
			patterns.addMember(into, member.caseId(), member.clientId(), member.team());
			events.publishEvent(new CaseUnlinked(from, member.caseId(), "merged into " + into.reference()));
			events.publishEvent(new CaseLinked(into, member.caseId()));
		}
		patterns.markMerged(from, into);
	}

	/** Takes the case out of its pattern; a pattern left with one case is dissolved. */
	void unlink(CaseId caseId, String reason) {
		patterns.patternOf(caseId).ifPresent(pattern -> {
			var teams = new TreeSet<String>();
			patterns.members(pattern).stream().filter(m -> m.caseId().equals(caseId)).forEach(m -> teams.add(m.team()));
			patterns.removeMember(caseId);
			events.publishEvent(new CaseUnlinked(pattern, caseId, reason));
			dissolveIfAlone(pattern, reason, teams, new ArrayList<>(List.of(caseId)));
		});
	}

	/**
	 * After a link within the pattern was withdrawn: every member that no longer has a standing link to another
	 * member leaves, one at a time, until each remaining member has one or the pattern is dissolved.
	 */
	void reconsider(PatternId pattern, String reason) {
		while (true) {
			var members = patterns.members(pattern);
			if (members.size() < 2) {
				return;
			}
			var inPattern = members.stream().map(PatternRows.MemberRow::caseId).toList();
			var unanchored = members.stream()
				.filter(m -> suggestions.involving(m.caseId(), SuggestionState.LINKED).stream()
					.noneMatch(link -> inPattern.contains(link.other(m.caseId()))))
				.findFirst();
			if (unanchored.isEmpty()) {
				return;
			}
			unlink(unanchored.get().caseId(), reason);
		}
	}

	private void dissolveIfAlone(PatternId pattern, String reason, Set<String> teams, List<CaseId> left) {
		var remaining = patterns.members(pattern);
		if (remaining.size() > 1) {
			return;
		}
		for (var last : remaining) {
			teams.add(last.team());
			patterns.removeMember(last.caseId());
			events.publishEvent(new CaseUnlinked(pattern, last.caseId(), "pattern dissolved"));
			left.add(last.caseId());
		}
		patterns.dissolve(pattern, "only one case was left after a member left it (" + reason + ")", teams);
		events.publishEvent(new PatternDissolved(pattern, List.copyOf(left)));
	}
}
