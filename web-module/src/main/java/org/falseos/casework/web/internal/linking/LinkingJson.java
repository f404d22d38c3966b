package org.falseos.casework.web.internal.linking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.linkedvictims.ConductSummary;
import org.falseos.casework.linkedvictims.ConsentRequest;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.PatternOverview;
import org.falseos.casework.linkedvictims.SharedIdentifier;
import org.falseos.casework.linkedvictims.Suggestion;

/** The JSON shapes of the linking API: ids as strings, states and consents as lower-case slugs. */
final class LinkingJson {

	private LinkingJson() {
	}

	record SuggestionJson(String id, List<String> caseIds, String kind, String platform, Instant since, String state,
			boolean weak, List<CaseJson> cases, List<SharedJson> shared, List<String> awaitingConsent,
			String decidedBy, Instant decidedAt, String dismissedReason, String patternId, List<String> refusedConsent,
			String withdrawnReason) {
	}

	/** {@code shares}: this case's masked form of each shared item, in the order of the suggestion's "shared". */
	record CaseJson(String caseId, String team, String caseworker, String linkingConsent, String clientCode, int rung,
			String rungTitle, int incidents, Instant firstIncident, Instant lastIncident, List<String> shares) {
	}

	record SharedJson(String kind, String platform, String masked, boolean weak, Instant since, List<String> caseIds) {
	}

	record OverviewJson(String id, String reference, Instant createdAt, int members, Set<String> teams) {
	}

	record PatternJson(String id, String reference, Instant createdAt, List<MemberJson> members,
			List<SharedJson> identifiers, List<AgencyJson> referenceNumbers, List<TimelineJson> timeline,
			ConductSummary summary) {
	}

	record MemberJson(String caseId, String clientCode, String team, String caseworker, String jurisdiction,
			String perpetratorCountry, Instant joinedAt) {
	}

	record AgencyJson(String agency, List<ReferenceJson> references) {
	}

	record ReferenceJson(String number, LocalDate obtainedOn, String clientCode, String caseId) {
	}

	record TimelineJson(Instant occurredAt, String clientCode, String platform, String identifier) {
	}

	record ConsentRequestJson(String caseId, String clientCode, String team, String caseworker, Instant requestedAt,
			String requestedBy) {
	}

	static SuggestionJson of(Suggestion s) {
		return new SuggestionJson(s.id().toString(), ids(s.caseIds()), s.kind(), s.platform(), s.since(), slug(s.state()),
				s.weak(),
				s.cases().stream().map(c -> new CaseJson(c.caseId().toString(), c.team(), c.assignedTo(), slug(c.consent()),
						c.clientCode(), c.rung(), c.rungTitle(), c.incidents(), c.firstIncident(), c.lastIncident(),
						c.shares())).toList(),
				s.shared().stream().map(LinkingJson::of).toList(), ids(caseIds(s.awaitingConsent())), s.decidedBy(),
				s.decidedAt(), s.dismissedReason(), s.patternId() == null ? null : s.patternId().toString(),
				ids(caseIds(s.refusingConsent())), s.withdrawnReason());
	}

	static OverviewJson of(PatternOverview p) {
		return new OverviewJson(p.id().toString(), p.reference(), p.createdAt(), p.members(), p.teams());
	}

	static PatternJson of(LinkedPattern p) {
		return new PatternJson(p.id().toString(), p.reference(), p.createdAt(),
				p.members().stream().map(m -> new MemberJson(m.caseId().toString(), m.clientCode(), m.team(),
						m.assignedTo(), m.jurisdiction(), m.perpetratorCountry(), m.joinedAt())).toList(),
				p.identifiers().stream().map(LinkingJson::of).toList(),
				p.referenceNumbers().stream().map(group -> new AgencyJson(group.agency(), group.references().stream()
					.map(r -> new ReferenceJson(r.number(), r.obtainedOn(), r.clientCode(), r.caseId().toString()))
					.toList())).toList(),
				p.timeline().stream().map(t -> new TimelineJson(t.occurredAt(), t.clientCode(), t.platform(), t.identifier()))
					.toList(),
				p.summary());
	}

	static ConsentRequestJson of(ConsentRequest r) {
		return new ConsentRequestJson(r.caseId().toString(), r.clientCode(), r.team(), r.assignedTo(), r.requestedAt(),
				r.requestedBy());
	}

	private static SharedJson of(SharedIdentifier shared) {
		return new SharedJson(shared.kind(), shared.platform(), shared.masked(), shared.weak(), shared.since(),
				ids(shared.caseIds()));
	}

	private static List<CaseId> caseIds(List<Suggestion.SuggestedCase> cases) {
		return cases.stream().map(Suggestion.SuggestedCase::caseId).toList();
	}

	private static List<String> ids(List<CaseId> ids) {
		return ids.stream().map(CaseId::toString).toList();
	}

	/** AWAITING_CONSENT is "awaiting-consent", NOT_RECORDED "not-recorded". */
	static String slug(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
