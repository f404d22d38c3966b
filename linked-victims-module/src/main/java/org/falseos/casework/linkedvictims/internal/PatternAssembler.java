package org.falseos.casework.linkedvictims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.LinkableCase;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.ConductSummary;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.LinkedPattern.AgencyReferences;
import org.falseos.casework.linkedvictims.LinkedPattern.Member;
import org.falseos.casework.linkedvictims.LinkedPattern.Reference;
import org.falseos.casework.linkedvictims.LinkedPattern.TimelineEntry;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.internal.normalising.IdentifierNormaliser;
import org.springframework.stereotype.Component;

/**
 * Builds a pattern from its member cases as they are now. A member whose client no longer consents (or was
 * erased) is left out even before the listener has removed it: nothing of theirs reaches a page or an export.
 */
@Component
class PatternAssembler {

	// Occasions are counted in UK days, as the cases module counts them.
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private final PatternRows patterns;

	private final Fingerprints fingerprints;

	private final CaseLinkingData cases;

	private final IdentifierNormaliser normaliser;

	PatternAssembler(PatternRows patterns, Fingerprints fingerprints, CaseLinkingData cases,
			IdentifierNormaliser normaliser) {
		this.patterns = patterns;
		this.fingerprints = fingerprints;
		this.cases = cases;
		this.normaliser = normaliser;
	}

	LinkedPattern assemble(PatternId id, Instant createdAt) {
		return assemble(id, createdAt, members(id));
	}

	/**
	 * The pattern as the police may have it: only members whose clients gave police consent, and how many were
	 * withheld, so the sheet says it is not the whole pattern without saying anything about who is missing.
	 */
	PoliceSheet assembleForPolice(PatternId id, Instant createdAt) {
		List<LinkableCase> members = members(id);
		List<LinkableCase> consenting = members.stream().filter(c -> cases.hasPoliceConsent(c.caseId())).toList();
		return new PoliceSheet(assemble(id, createdAt, consenting), members.size() - consenting.size());
	}

	/** A pattern for a police export and the number of member cases left out for want of police consent. */
	record PoliceSheet(LinkedPattern pattern, int withheld) {
	}

	private List<LinkableCase> members(PatternId id) {
		return patterns.members(id).stream().map(row -> cases.linkableCase(row.caseId()))
			.flatMap(java.util.Optional::stream)
			.filter(c -> c.linkingConsent() == LinkingConsent.GIVEN)
			.toList();
	}

	private LinkedPattern assemble(PatternId id, Instant createdAt, List<LinkableCase> live) {
		var rows = patterns.members(id);
		Map<Object, Instant> joined = new LinkedHashMap<>();
		rows.forEach(row -> joined.put(row.caseId(), row.joinedAt()));
		var members = live.stream()
			.map(c -> new Member(c.caseId(), c.clientCode(), c.team(), c.assignedTo(), c.jurisdiction(),
					c.perpetratorCountry(), joined.get(c.caseId())))
			.toList();
		var timeline = timeline(live);
		return new LinkedPattern(id, id.reference(), createdAt, members,
				fingerprints.sharedAmong(live.stream().map(LinkableCase::caseId).toList()), references(live), timeline,
				summary(live, timeline));
	}

	private List<AgencyReferences> references(List<LinkableCase> live) {
		Map<String, List<Reference>> byAgency = new LinkedHashMap<>();
		Map<String, String> agencyNames = new LinkedHashMap<>();
		for (var member : live) {
			for (var reference : cases.referenceNumbers(member.caseId())) {
				String key = normaliser.referenceNumber(reference.agency(), "0").platform();
				agencyNames.putIfAbsent(key, reference.agency().strip());
				byAgency.computeIfAbsent(key, k -> new ArrayList<>())
					.add(new Reference(agencyNames.get(key), reference.number(), reference.obtainedOn(),
							member.clientCode(), member.caseId()));
			}
		}
		return byAgency.entrySet().stream()
			.map(entry -> new AgencyReferences(agencyNames.get(entry.getKey()), entry.getValue().stream()
				.sorted(Comparator.comparing(Reference::obtainedOn, Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(Reference::clientCode))
				.toList()))
			.sorted(Comparator.comparing(group -> group.agency().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	private List<TimelineEntry> timeline(List<LinkableCase> live) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (var member : live) {
			for (var incident : cases.timeline(member.caseId())) {
				String platform = incident.platform() == null || incident.platform().isBlank() ? null
						: normaliser.platformName(incident.platform());
				entries.add(new TimelineEntry(incident.occurredAt(), member.clientCode(), platform,
						masked(incident.platform(), incident.perpetratorIdentifier())));
			}
		}
		entries.sort(Comparator.comparing(TimelineEntry::occurredAt).thenComparing(TimelineEntry::clientCode));
		return entries;
	}

	// Masked as the shared identifiers are, so "tr…" on the timeline is recognisably "tr…" in the list above it.
	private String masked(String platform, String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return null;
		}
		try {
			return normaliser.normalise(IdentifierKind.HANDLE, platform, identifier, null).masked();
		}
		catch (IllegalArgumentException blank) {
			return null;
		}
	}

	private static ConductSummary summary(List<LinkableCase> live, List<TimelineEntry> timeline) {
		var days = new TreeSet<LocalDate>();
		timeline.forEach(entry -> days.add(entry.occurredAt().atZone(ZONE).toLocalDate()));
		var platforms = new TreeSet<String>();
		timeline.stream().map(TimelineEntry::platform).filter(Objects::nonNull).forEach(platforms::add);
		var jurisdictions = new TreeSet<String>();
		var countries = new TreeSet<String>();
		live.forEach(member -> {
			jurisdictions.add(member.jurisdiction());
			if (member.perpetratorCountry() != null && !member.perpetratorCountry().isBlank()) {
				countries.add(member.perpetratorCountry());
			}
		});
		int victims = (int) live.stream().map(LinkableCase::clientId).distinct().count();
		return new ConductSummary(victims, timeline.size(), days.size(), days.isEmpty() ? null : days.first(),
				days.isEmpty() ? null : days.last(), platforms, jurisdictions, countries);
	}
}
