package org.falseos.casework.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Corrections, never silent edits: an entry is corrected (a new current entry replaces it) or withdrawn, always with
 * a reason, and the earlier value stays in the case's {@link CaseHistory}. Access is decided as for {@link Cases}: a
 * case or entry this person may not see is {@link UnknownCase}; an entry already withdrawn or corrected is a
 * {@link CaseConflict}; a missing reason is {@link InvalidCaseInput} naming {@code reason}.
 */
public interface CaseCorrections {

	CaseFile.ReferenceNumber correctReferenceNumber(Actor actor, CaseId id, UUID referenceNumberId,
			NewReferenceNumber corrected, String reason);

	void withdrawReferenceNumber(Actor actor, CaseId id, UUID referenceNumberId, String reason);

	CaseFile.Identifier correctIdentifier(Actor actor, CaseId id, UUID identifierId, NewIdentifier corrected,
			String reason);

	void withdrawIdentifier(Actor actor, CaseId id, UUID identifierId, String reason);

	/** Sets the offences to name on the case; the list as it was goes to the history. */
	List<CaseFile.OffenceConsidered> changeOffences(Actor actor, CaseId id, List<OffenceChoice> offences,
			String reason);

	CaseFile.Client correctClientDetails(Actor actor, CaseId id, ClientDetails corrected, String reason);

	/** Only an open task can be corrected; a done one stays as it was done. */
	CaseFile.Task correctTask(Actor actor, CaseId id, UUID taskId, String title, LocalDate dueOn, String reason);

	void withdrawTask(Actor actor, CaseId id, UUID taskId, String reason);

	/** The agencies a reference number may name in this jurisdiction, canonical names in the order to offer them. */
	List<String> agencies(String jurisdiction);
}
