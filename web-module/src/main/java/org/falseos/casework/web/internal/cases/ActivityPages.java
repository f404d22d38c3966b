package org.falseos.casework.web.internal.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.web.internal.Dates;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.PeopleNames;
import org.falseos.casework.web.internal.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case's activity tab: what was changed, by whom and when; supervisors also see the audit trail (who viewed,
 * downloaded or exported what), with a person's views of a day on one line.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class ActivityPages {

	private final Cases cases;

	private final EvidenceLocker locker;

	private final CaseTabs tabs;

	private final PeopleNames names;

	private final Dates dates;

	ActivityPages(Cases cases, EvidenceLocker locker, CaseTabs tabs, PeopleNames names, Dates dates) {
		this.cases = cases;
		this.locker = locker;
		this.tabs = tabs;
		this.names = names;
		this.dates = dates;
	}

	@GetMapping("/cases/{id}/activity")
	String activity(CurrentUser user, @PathVariable String id, Model model) {
		CaseId caseId = CaseId.parse(id);
		var file = tabs.frame(user, caseId, model, Map.of(), Map.of());
		var actor = CaseActors.of(user);
		boolean audited = user.has(Role.SUPERVISOR);
		var audit = audited ? cases.auditTrail(actor, caseId) : List.<AuditEntry>of();
		var evidence = locker.list(actor, caseId);
		Map<String, String> evidenceNames = evidence.stream()
			.collect(Collectors.toMap(record -> record.id().toString(), EvidenceRecord::fileName, (a, b) -> a));
		Map<String, String> shown = new HashMap<>();
		Function<String, String> name = username -> shown.computeIfAbsent(String.valueOf(username), names::of);
		model.addAttribute("lines", ActivityLines.of(file, audit, evidenceNames, evidence, name::apply, dates.zone()));
		model.addAttribute("audited", audited);
		return "cases/activity";
	}
}
