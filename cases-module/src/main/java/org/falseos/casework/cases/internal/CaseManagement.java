package org.falseos.casework.cases.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseOpened;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.ConsentRecorded;
import org.falseos.casework.cases.IncidentLogged;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.LadderPosition;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.PerpetratorIdentifierRecorded;
import org.falseos.casework.cases.PoliceConsentOverridden;
import org.falseos.casework.cases.PoliceConsentOverride;
import org.falseos.casework.cases.ReferenceNumberRecorded;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.cases.ladder.LadderMoves;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.HarmType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CaseManagement implements Cases {

	private final CaseRows cases;

	private final DiaryRows diary;

	private final CaseAccess access;

	private final AuditLog audit;

	private final LadderMoves ladder;

	private final Guidance guidance;

	private final ApplicationEventPublisher events;

	private final Agencies agencies;

	private final CorrectionRows history;

	private final CaseSupervision supervision;

	CaseManagement(CaseRows cases, DiaryRows diary, CaseAccess access, AuditLog audit, LadderMoves ladder,
			Guidance guidance, ApplicationEventPublisher events, Agencies agencies, CorrectionRows history,
			CaseSupervision supervision) {
		this.supervision = supervision;
		this.agencies = agencies;
		this.cases = cases;
		this.diary = diary;
		this.access = access;
		this.audit = audit;
		this.ladder = ladder;
		this.guidance = guidance;
		this.events = events;
		this.history = history;
	}

	@Override
	public CaseId open(Actor actor, NewCase request) {
		if (!actor.isCaseworker()) {
			throw new NotPermitted("Only caseworkers open cases.");
		}
		CaseInputRules.check(request);
		String team = teamFor(actor, request.team());
		if (guidance.guide(request.jurisdiction()).isEmpty()) {
			throw InvalidCaseInput.of("jurisdiction", "There is no guide for '" + request.jurisdiction() + "'.");
		}
		var client = cases.clientByCode(team, request.clientCode().strip())
			.orElseGet(() -> cases.insertClient(team, request, actor.username()));
		var id = new CaseId(UUID.randomUUID());
		cases.insertCase(id, client, team, request, actor);
		Set<HarmType> harms = EnumSet.noneOf(HarmType.class);
		request.harmTypes().forEach(harm -> harms.add(HarmType.fromSlug(harm)));
		guidance.offencesToName(request.jurisdiction(), harms)
			.forEach(offence -> cases.insertOffence(id, offence.offence().toString(), offence.title(), offence.reason(),
					actor.username()));
		audit.record(id, client, actor.username(), "OPENED", null);
		events.publishEvent(new CaseOpened(id, client, team, request.jurisdiction()));
		return id;
	}

	private static String teamFor(Actor actor, String requested) {
		if (requested != null && !requested.isBlank()) {
			if (!actor.teams().contains(requested)) {
				throw InvalidCaseInput.of("team", "You can open cases only in your own team(s): " + String.join(", ", actor.teams()) + ".");
			}
			return requested;
		}
		if (actor.teams().size() != 1) {
			throw InvalidCaseInput.of("team", "Choose the team the case belongs to: " + String.join(", ", actor.teams()) + ".");
		}
		return actor.teams().iterator().next();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseSummary> visibleTo(Actor actor, int limit) {
		return cases.summaries(actor, Math.max(1, Math.min(limit, 500)));
	}

	@Override
	public CaseFile read(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		CaseFile file = cases.caseFile(id);
		var incidents = diary.incidents(id);
		audit.record(id, file.client().id(), actor.username(), "VIEWED", null);
		return new CaseFile(file.id(), file.client(), file.team(), file.assignedTo(), file.status(), file.summary(),
				file.harmTypes(), file.perpetratorCountry(), file.jurisdiction(), file.rung(), file.openedAt(),
				file.offences(), file.tasks(), incidents, diary.identifiers(id), diary.referenceNumbers(id),
				ladder.moves(id), Conduct.of(incidents), history.of(id, file.client().id()), file.rungSince());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVisible(Actor actor, CaseId id) {
		try {
			access.requireVisible(actor, id);
			return true;
		}
		catch (UnknownCase unknown) {
			return false;
		}
	}

	@Override
	public UUID logIncident(Actor actor, CaseId id, NewIncident incident) {
		access.requireWritable(actor, id);
		CaseInputRules.check(incident);
		if (incident.corrects() != null && !diary.incidentBelongsTo(id, incident.corrects())) {
			throw InvalidCaseInput.of("corrects", "The entry to correct is not in this case's diary.");
		}
		UUID incidentId = diary.insertIncident(id, incident, actor.username());
		events.publishEvent(new IncidentLogged(id, incidentId, incident.occurredAt(), incident.platform()));
		return incidentId;
	}

	@Override
	public UUID recordIdentifier(Actor actor, CaseId id, NewIdentifier identifier) {
		access.requireWritable(actor, id);
		CaseInputRules.check(identifier);
		UUID identifierId = diary.insertIdentifier(id, identifier, actor.username());
		events.publishEvent(new PerpetratorIdentifierRecorded(id, cases.clientOf(id), identifierId, identifier.kind(),
				identifier.platform()));
		return identifierId;
	}

	@Override
	public UUID recordReferenceNumber(Actor actor, CaseId id, NewReferenceNumber reference) {
		access.requireWritable(actor, id);
		CaseInputRules.check(reference);
		reference = canonical(id, reference);
		UUID referenceId = diary.insertReferenceNumber(id, reference, CaseInputRules.numberKey(reference.number()),
				actor.username());
		if (referenceId == null) {
			throw new CaseConflict("This case already has " + reference.agency().strip() + " reference "
					+ reference.number().strip() + ".");
		}
		events.publishEvent(new ReferenceNumberRecorded(id, cases.clientOf(id), referenceId, reference.agency().strip()));
		return referenceId;
	}

	/** The same agency however it was typed: recording and correcting both go through here. */
	NewReferenceNumber canonical(CaseId id, NewReferenceNumber reference) {
		return new NewReferenceNumber(agencies.canonical(cases.jurisdiction(id), reference.agency()),
				reference.number(), reference.obtainedOn(), reference.officer(), reference.contactRoute(),
				reference.notes());
	}

	@Override
	public void recordConsent(Actor actor, CaseId id, ConsentKind kind, boolean given) {
		// A client may always refuse or withdraw, closed case or not; only a new "given" waits for a reopening.
		if (given) {
			access.requireWritable(actor, id);
		}
		else {
			access.requireVisible(actor, id);
		}
		var client = cases.clientOf(id);
		cases.insertConsent(id, client, kind, given, actor.username());
		if (kind == ConsentKind.DATA && !given) {
			// Contact details are held only on the data consent: without it they go now, the case stays.
			cases.eraseContactDetails(client);
			history.eraseEarlierContactDetails(client);
			audit.record(id, client, actor.username(), "CONTACT_DETAILS_ERASED", "data consent withdrawn");
		}
		events.publishEvent(new ConsentRecorded(id, client, kind, given));
	}

	@Override
	public void overridePoliceConsent(Actor actor, CaseId id, String reason) {
		String team = access.requireWritable(actor, id);
		CaseAccess.requireSupervisorOf(actor, team, "release the police bundle without the client's consent");
		CaseInputRules.checkOverrideReason(reason);
		if (cases.consents(id).stream().anyMatch(c -> c.kind() == ConsentKind.POLICE && c.given())) {
			throw new CaseConflict("The client has given police consent; no override is needed.");
		}
		if (!cases.insertPoliceOverride(id, reason.strip(), actor.username())) {
			throw new CaseConflict("An override for the next police bundle is already recorded.");
		}
		audit.record(id, cases.clientOf(id), actor.username(), "POLICE_CONSENT_OVERRIDDEN", reason.strip());
		events.publishEvent(new PoliceConsentOverridden(id, actor.username()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PoliceConsentOverride> policeConsentOverrides(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		return cases.policeOverrides(id);
	}

	@Override
	public void escalate(Actor actor, CaseId id, int rung, String note) {
		move(actor, id, null, rung, note);
	}

	@Override
	public void escalate(Actor actor, CaseId id, int fromRung, int toRung, String note) {
		move(actor, id, fromRung, toRung, note);
	}

	private void move(Actor actor, CaseId id, Integer from, int to, String note) {
		access.requireWritable(actor, id);
		CaseInputRules.checkEscalationNote(note);
		ladder.move(id, from, to, note.strip(), actor.username());
	}

	@Override
	public UUID addTask(Actor actor, CaseId id, String title, LocalDate dueOn) {
		access.requireWritable(actor, id);
		CaseInputRules.checkTaskTitle(title);
		return cases.insertTask(id, title.strip(), dueOn, actor.username());
	}

	@Override
	public void completeTask(Actor actor, CaseId id, UUID taskId) {
		access.requireWritable(actor, id);
		if (!cases.completeTask(id, taskId, actor.username())) {
			throw new UnknownCase("No open task " + taskId + " on this case");
		}
	}

	@Override
	public void reassign(Actor actor, CaseId id, String caseworker) {
		// One home for the checks (a supervisor of the team, a caseworker of the team) and the history row.
		supervision.reassign(actor, id, caseworker, null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> auditTrail(Actor actor, CaseId id) {
		CaseAccess.requireSupervisor(actor, "see who viewed a case");
		access.requireVisible(actor, id);
		return audit.forCase(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LadderPosition> ladderPosition(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		return ladder.position(id);
	}
}
