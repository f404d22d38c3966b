package org.falseos.casework.linkedvictims.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;
import org.falseos.casework.linkedvictims.ConsentRequest;
import org.falseos.casework.linkedvictims.DissolvedPattern;
import org.falseos.casework.linkedvictims.Export;
import org.falseos.casework.linkedvictims.ExportFormat;
import org.falseos.casework.linkedvictims.InvalidLinkingInput;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.LinkingConflict;
import org.falseos.casework.linkedvictims.PatternDissolution;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.PatternOverview;
import org.falseos.casework.linkedvictims.Suggestion;
import org.falseos.casework.linkedvictims.SuggestionId;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.linkedvictims.UnknownPattern;
import org.falseos.casework.linkedvictims.UnknownSuggestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LinkingService implements LinkedVictims {

	static final int REASON_LIMIT = 2_000;

	// Long enough for everyone who worked on a dissolved pattern to notice; the page itself keeps answering.
	static final java.time.Duration DISSOLVED_LISTED = java.time.Duration.ofDays(90);

	private final SuggestionRows suggestions;

	private final SuggestionViews views;

	private final PatternRows patterns;

	private final PatternAssembler assembler;

	private final Fingerprints fingerprints;

	private final Linker linker;

	private final CaseLinkingData cases;

	LinkingService(SuggestionRows suggestions, SuggestionViews views, PatternRows patterns, PatternAssembler assembler,
			Fingerprints fingerprints, Linker linker, CaseLinkingData cases) {
		this.suggestions = suggestions;
		this.views = views;
		this.patterns = patterns;
		this.assembler = assembler;
		this.fingerprints = fingerprints;
		this.linker = linker;
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(Actor actor, boolean includeDecided) {
		PatternAccess.requireCoordinator(actor, "see link suggestions");
		return suggestions.list(includeDecided).stream().map(views::of).flatMap(java.util.Optional::stream).toList();
	}

	@Override
	public Suggestion accept(Actor actor, SuggestionId id) {
		PatternAccess.requireCoordinator(actor, "accept a link suggestion");
		fingerprints.lock();
		var row = existing(id);
		if (row.state() == SuggestionState.LINKED || row.state() == SuggestionState.AWAITING_CONSENT) {
			// Accepting twice (a double click, a retried request) changes nothing.
			return view(id);
		}
		refuseWithdrawn(row, "accepted");
		suggestions.decide(id, SuggestionState.AWAITING_CONSENT, actor.username(), null);
		linker.complete(suggestions.find(id).orElseThrow());
		return view(id);
	}

	@Override
	public Suggestion dismiss(Actor actor, SuggestionId id, String reason) {
		PatternAccess.requireCoordinator(actor, "dismiss a link suggestion");
		if (reason == null || reason.isBlank()) {
			throw new InvalidLinkingInput("reason", "Say why these cases are not the same perpetrator.");
		}
		if (reason.length() > REASON_LIMIT) {
			throw new InvalidLinkingInput("reason", "The reason is limited to 2,000 characters.");
		}
		fingerprints.lock();
		var row = existing(id);
		refuseWithdrawn(row, "dismissed");
		if (row.state() == SuggestionState.LINKED) {
			throw new LinkingConflict("These cases are already linked in pattern " + row.patternId().reference()
					+ "; a dismissal cannot undo that.");
		}
		suggestions.decide(id, SuggestionState.DISMISSED, actor.username(), reason.strip());
		return view(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PatternOverview> patterns(Actor actor) {
		Set<String> teams = PatternAccess.teamsSeenBy(actor);
		return teams != null && teams.isEmpty() ? List.of() : patterns.overviews(teams);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PatternDissolution> dissolvedPatterns(Actor actor) {
		Set<String> teams = PatternAccess.teamsSeenBy(actor);
		return teams != null && teams.isEmpty() ? List.of() : patterns.dissolvedSince(Instant.now().minus(DISSOLVED_LISTED), teams);
	}

	@Override
	public LinkedPattern pattern(Actor actor, PatternId id) {
		var pattern = visible(actor, id);
		patterns.logAccess(id, actor.username(), "VIEWED", null);
		return pattern;
	}

	@Override
	public String chart(LinkedPattern pattern) {
		return LinkChart.render(pattern);
	}

	@Override
	public Export export(Actor actor, PatternId id, ExportFormat format) {
		var createdAt = visible(actor, id).createdAt();
		// Every export is for the police: a member without police consent is left out, and counted as withheld.
		var sheet = assembler.assembleForPolice(id, createdAt);
		var pattern = sheet.pattern();
		Instant now = Instant.now();
		byte[] content = switch (format) {
			case CSV -> CrossReferenceCsv.render(pattern, now, sheet.withheld());
			case PDF -> CrossReferencePdf.render(pattern, now, actor.username(), sheet.withheld());
			case SVG -> LinkChart.render(pattern, sheet.withheld()).getBytes(StandardCharsets.UTF_8);
		};
		patterns.logAccess(id, actor.username(), "EXPORTED", format.name());
		return new Export(pattern.reference() + "-" + format.fileName(), format.contentType(), content);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConsentRequest> consentRequests(Actor actor) {
		Set<String> teams = PatternAccess.teamsSeenBy(actor);
		List<ConsentRequest> requests = new ArrayList<>();
		for (var waiting : suggestions.inState(SuggestionState.AWAITING_CONSENT)) {
			for (var caseId : List.of(waiting.caseA(), waiting.caseB())) {
				cases.linkableCase(caseId)
					.filter(c -> c.linkingConsent() == LinkingConsent.NOT_RECORDED)
					.filter(c -> teams != null && teams.contains(c.team()))
					.filter(c -> requests.stream().noneMatch(r -> r.caseId().equals(c.caseId())))
					.ifPresent(c -> requests.add(new ConsentRequest(c.caseId(), c.clientCode(), c.team(),
							c.assignedTo(), waiting.decidedAt(), waiting.decidedBy())));
			}
		}
		return requests;
	}

	@Override
	@Transactional(readOnly = true)
	public long casesInPatterns(Actor actor, Collection<CaseId> cases) {
		Set<String> teams = PatternAccess.teamsSeenBy(actor);
		if (cases.isEmpty() || teams != null && teams.isEmpty()) {
			return 0;
		}
		return patterns.membersAmong(cases, teams);
	}

	private static void refuseWithdrawn(SuggestionRows.Row row, String step) {
		if (row.state() == SuggestionState.WITHDRAWN) {
			throw new LinkingConflict("Nothing is left to decide: " + row.withdrawnReason() + ". It cannot be " + step
					+ " unless the cases come to share something again.");
		}
	}

	private LinkedPattern visible(Actor actor, PatternId id) {
		var dissolution = patterns.dissolution(id);
		if (dissolution.isPresent()) {
			// Said only to someone who could see the pattern, which is all that is said: no members, no exports.
			if (PatternAccess.maySee(actor, dissolution.get().teams())) {
				throw new DissolvedPattern(id, dissolution.get().at(), dissolution.get().reason());
			}
			throw new UnknownPattern("No pattern " + id);
		}
		var createdAt = patterns.createdAt(id).orElseThrow(() -> new UnknownPattern("No pattern " + id));
		var teams = patterns.members(id).stream().map(PatternRows.MemberRow::team).toList();
		if (teams.isEmpty() || !PatternAccess.maySee(actor, teams)) {
			throw new UnknownPattern("No pattern " + id);
		}
		return assembler.assemble(id, createdAt);
	}

	private SuggestionRows.Row existing(SuggestionId id) {
		var row = suggestions.find(id).orElseThrow(() -> new UnknownSuggestion("No suggestion " + id));
		if (views.of(row).isEmpty()) {
			throw new UnknownSuggestion("No suggestion " + id);
		}
		return row;
	}

	private Suggestion view(SuggestionId id) {
		return suggestions.find(id).flatMap(views::of).orElseThrow(() -> new UnknownSuggestion("No suggestion " + id));
	}
}
