package org.falseos.casework.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseCorrections;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientDetails;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.cases.OffenceChoice;
import org.falseos.casework.cases.PerpetratorIdentifierRecorded;
import org.falseos.casework.cases.PerpetratorIdentifierWithdrawn;
import org.falseos.casework.cases.ReferenceNumberRecorded;
import org.falseos.casework.cases.ReferenceNumberWithdrawn;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.cases.internal.CorrectionRows.Entry;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each correction in one transaction: the guard (access, the reason, the entry still standing), the retirement of
 * the earlier entry with who, when and why, the new current entry, the audit line and the events.
 */
@Service
@Transactional
class Corrections implements CaseCorrections {

	private final CaseRows cases;

	private final DiaryRows diary;

	private final CorrectionRows rows;

	private final CaseAccess access;

	private final AuditLog audit;

	private final Agencies agencies;

	private final Guidance guidance;

	private final ApplicationEventPublisher events;

	Corrections(CaseRows cases, DiaryRows diary, CorrectionRows rows, CaseAccess access, AuditLog audit,
			Agencies agencies, Guidance guidance, ApplicationEventPublisher events) {
		this.cases = cases;
		this.diary = diary;
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.agencies = agencies;
		this.guidance = guidance;
		this.events = events;
	}

	@Override
	public CaseFile.ReferenceNumber correctReferenceNumber(Actor actor, CaseId id, UUID referenceNumberId,
			NewReferenceNumber corrected, String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.check(() -> CaseInputRules.check(corrected), reason);
		var reference = new NewReferenceNumber(agencies.canonical(cases.jurisdiction(id), corrected.agency()),
				corrected.number(), corrected.obtainedOn(), corrected.officer(), corrected.contactRoute(),
				corrected.notes());
		UUID newId = UUID.randomUUID();
		retire(Entry.REFERENCE_NUMBER, "reference number", id, referenceNumberId, reason, newId, actor);
		if (diary.insertReferenceNumber(newId, id, reference, CaseInputRules.numberKey(reference.number()),
				actor.username()) == null) {
			throw new CaseConflict("This case already has " + reference.agency().strip() + " reference "
					+ reference.number().strip() + ".");
		}
		var client = cases.clientOf(id);
		audit.record(id, client, actor.username(), "REFERENCE_NUMBER_CORRECTED", referenceNumberId + " by " + newId);
		events.publishEvent(new ReferenceNumberWithdrawn(id, client, referenceNumberId, reason.strip(), newId));
		events.publishEvent(new ReferenceNumberRecorded(id, client, newId, reference.agency().strip()));
		return diary.referenceNumbers(id).stream().filter(r -> r.id().equals(newId)).findFirst().orElseThrow();
	}

	@Override
	public void withdrawReferenceNumber(Actor actor, CaseId id, UUID referenceNumberId, String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.checkReason(reason);
		retire(Entry.REFERENCE_NUMBER, "reference number", id, referenceNumberId, reason, null, actor);
		var client = cases.clientOf(id);
		audit.record(id, client, actor.username(), "REFERENCE_NUMBER_WITHDRAWN", referenceNumberId.toString());
		events.publishEvent(new ReferenceNumberWithdrawn(id, client, referenceNumberId, reason.strip(), null));
	}

	@Override
	public CaseFile.Identifier correctIdentifier(Actor actor, CaseId id, UUID identifierId, NewIdentifier corrected,
			String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.check(() -> CaseInputRules.check(corrected), reason);
		UUID newId = UUID.randomUUID();
		retire(Entry.IDENTIFIER, "perpetrator identifier", id, identifierId, reason, newId, actor);
		diary.insertIdentifier(newId, id, corrected, actor.username());
		var client = cases.clientOf(id);
		audit.record(id, client, actor.username(), "IDENTIFIER_CORRECTED", identifierId + " by " + newId);
		events.publishEvent(new PerpetratorIdentifierWithdrawn(id, client, identifierId, reason.strip(), newId));
		events.publishEvent(
				new PerpetratorIdentifierRecorded(id, client, newId, corrected.kind(), corrected.platform()));
		return diary.identifiers(id).stream().filter(i -> i.id().equals(newId)).findFirst().orElseThrow();
	}

	@Override
	public void withdrawIdentifier(Actor actor, CaseId id, UUID identifierId, String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.checkReason(reason);
		retire(Entry.IDENTIFIER, "perpetrator identifier", id, identifierId, reason, null, actor);
		var client = cases.clientOf(id);
		audit.record(id, client, actor.username(), "IDENTIFIER_WITHDRAWN", identifierId.toString());
		events.publishEvent(new PerpetratorIdentifierWithdrawn(id, client, identifierId, reason.strip(), null));
	}

	@Override
	public List<CaseFile.OffenceConsidered> changeOffences(Actor actor, CaseId id, List<OffenceChoice> offences,
			String reason) {
		access.requireWritable(actor, id);
		List<CaseFile.OffenceConsidered> chosen = new ArrayList<>();
		CorrectionRules.check(() -> chosen.addAll(offencesToName(cases.jurisdiction(id), offences)), reason);
		rows.recordOffenceChange(id, cases.offences(id), reason.strip(), actor.username());
		rows.removeOffences(id);
		chosen.forEach(offence -> cases.insertOffence(id, offence.offenceId(), offence.title(), offence.reason(),
				actor.username()));
		audit.record(id, cases.clientOf(id), actor.username(), "OFFENCES_CHANGED", chosen.size() + " offences");
		return cases.offences(id);
	}

	/** The guide's own offences only, each once; without a reason of its own, the offence picker's. */
	private List<CaseFile.OffenceConsidered> offencesToName(String jurisdiction, List<OffenceChoice> offences) {
		if (offences == null) {
			throw InvalidCaseInput.of("offences", "List the offences to name (an empty list names none).");
		}
		List<GuidanceItem> known = guidance.guide(jurisdiction).map(guide -> guide.itemsOf(ItemKind.OFFENCE))
			.orElse(List.of());
		Set<String> seen = new HashSet<>();
		List<CaseFile.OffenceConsidered> chosen = new ArrayList<>();
		for (OffenceChoice choice : offences) {
			String offenceId = choice == null || choice.offenceId() == null ? "" : choice.offenceId().strip();
			var item = known.stream().filter(offence -> offence.id().toString().equals(offenceId)
					&& offence.content().offence() != null && offence.content().offence().applies()).findFirst();
			if (item.isEmpty()) {
				throw InvalidCaseInput.of("offences", "Choose offences from the " + jurisdiction + " guide.");
			}
			if (!seen.add(offenceId)) {
				throw InvalidCaseInput.of("offences", "Name each offence once.");
			}
			String why = choice.reason() == null || choice.reason().isBlank()
					? item.get().content().offence().pickerReason() : choice.reason().strip();
			if (why != null && why.length() > CorrectionRules.REASON) {
				throw InvalidCaseInput.of("offences", "An offence's reason is limited to 2,000 characters.");
			}
			chosen.add(new CaseFile.OffenceConsidered(offenceId, item.get().title(), why));
		}
		return chosen;
	}

	@Override
	public CaseFile.Client correctClientDetails(Actor actor, CaseId id, ClientDetails corrected, String reason) {
		access.requireVisible(actor, id);
		var details = new ClientDetails(blank(corrected.name()), blank(corrected.contact()),
				blank(corrected.safeContactNotes()), corrected.doxxedAddress(), corrected.swattingRisk());
		CorrectionRules.check(() -> {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			CaseInputRules.text(errors, "name", details.name(), 200, false);
			CaseInputRules.text(errors, "contact", details.contact(), 500, false);
			CaseInputRules.text(errors, "safeContactNotes", details.safeContactNotes(), 2_000, false);
			if (!errors.isEmpty()) {
				throw new InvalidCaseInput(errors);
			}
		}, reason);
		var earlier = cases.caseFile(id).client();
		boolean dataRefused = earlier.consents().stream().anyMatch(c -> c.kind() == ConsentKind.DATA && !c.given());
		if (dataRefused && (details.name() != null || details.contact() != null || details.safeContactNotes() != null)) {
			throw new CaseConflict("The client has withdrawn data consent: their contact details are not kept.");
		}
		rows.recordClientChange(id, earlier, reason.strip(), actor.username());
		rows.updateClient(earlier.id(), details);
		audit.record(id, earlier.id(), actor.username(), "CLIENT_DETAILS_CORRECTED", null);
		return cases.caseFile(id).client();
	}

	@Override
	public CaseFile.Task correctTask(Actor actor, CaseId id, UUID taskId, String title, LocalDate dueOn,
			String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.check(() -> CaseInputRules.checkTaskTitle(title), reason);
		var task = rows.openTask(id, taskId);
		if (task.isPresent() && task.get().doneAt() != null) {
			throw new CaseConflict("The task is done; a done task stays as it was done.");
		}
		UUID newId = UUID.randomUUID();
		retire(Entry.TASK, "task", id, taskId, reason, newId, actor);
		cases.insertTask(newId, id, title.strip(), dueOn, actor.username());
		audit.record(id, cases.clientOf(id), actor.username(), "TASK_CORRECTED", taskId + " by " + newId);
		return cases.tasks(id).stream().filter(t -> t.id().equals(newId)).findFirst().orElseThrow();
	}

	@Override
	public void withdrawTask(Actor actor, CaseId id, UUID taskId, String reason) {
		access.requireWritable(actor, id);
		CorrectionRules.checkReason(reason);
		retire(Entry.TASK, "task", id, taskId, reason, null, actor);
		audit.record(id, cases.clientOf(id), actor.username(), "TASK_WITHDRAWN", taskId.toString());
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> agencies(String jurisdiction) {
		return agencies.choices(jurisdiction);
	}

	/** Unknown on this case is a 404 like an unknown case; already retired is a conflict. */
	private void retire(Entry entry, String what, CaseId id, UUID entryId, String reason, UUID replacedBy,
			Actor actor) {
		boolean retired = rows.retired(entry, id, entryId)
			.orElseThrow(() -> new UnknownCase("No " + what + " " + entryId + " on this case"));
		if (retired || !rows.retire(entry, id, entryId, reason.strip(), replacedBy, actor.username())) {
			throw new CaseConflict("This " + what + " was already withdrawn or corrected.");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
