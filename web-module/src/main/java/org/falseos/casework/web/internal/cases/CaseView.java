package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseHistory;
import org.falseos.casework.cases.CourseOfConduct;
import org.falseos.casework.cases.LadderPosition;

/**
 * A case as the API shows it: ids as strings, the ladder position and the cross-border guide to follow. The lists
 * hold what stands now; {@code history} what was withdrawn or corrected, with who, when and why.
 */
record CaseView(String id, CaseFile.Client client, String team, String assignedTo, String status, String summary,
		Set<String> harmTypes, String perpetratorCountry, String crossBorderGuide, String jurisdiction, int rung,
		LadderPosition ladder, Instant openedAt, List<CaseFile.OffenceConsidered> offences, List<CaseFile.Task> tasks,
		List<CaseFile.Incident> incidents, List<CaseFile.Identifier> identifiers,
		List<CaseFile.ReferenceNumber> referenceNumbers, List<CaseFile.Escalation> escalations,
		CourseOfConduct courseOfConduct, boolean stalkingThresholdMet, CaseHistory history) {

	static CaseView of(CaseFile file, LadderPosition ladder) {
		String guide = file.perpetratorCountry() == null ? null
				: "/guide/" + file.jurisdiction() + "/abroad?country=" + file.perpetratorCountry();
		return new CaseView(file.id().toString(), file.client(), file.team(), file.assignedTo(), file.status(),
				file.summary(), file.harmTypes(), file.perpetratorCountry(), guide, file.jurisdiction(), file.rung(),
				ladder, file.openedAt(), file.offences(), file.tasks(), file.incidents(), file.identifiers(),
				file.referenceNumbers(), file.escalations(), file.courseOfConduct(),
				file.courseOfConduct().meetsStalkingThreshold(), file.history());
	}
}
