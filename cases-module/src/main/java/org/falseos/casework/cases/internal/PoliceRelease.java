package org.falseos.casework.cases.internal;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.ConsentRequired;
import org.falseos.casework.cases.PoliceConsentOverride;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a case's data may go to the police: the client's police consent, or a supervisor's standing override,
 * which the release uses up. Public only for the module's bundle sub-package.
 */
@Component
public class PoliceRelease {

	private final CaseRows cases;

	private final CaseAccess access;

	private final AuditLog audit;

	PoliceRelease(CaseRows cases, CaseAccess access, AuditLog audit) {
		this.cases = cases;
		this.access = access;
		this.audit = audit;
	}

	/** Refuses with {@link ConsentRequired} what {@link #release} would refuse; uses nothing up. */
	@Transactional(readOnly = true)
	public void check(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		if (!consented(id) && cases.policeOverrides(id).stream().noneMatch(PoliceConsentOverride::isPending)) {
			throw refused();
		}
	}

	/** Allows one release: on the client's consent, or by using up the standing override (audited). */
	@Transactional
	public void release(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		if (consented(id)) {
			return;
		}
		if (!cases.usePoliceOverride(id, actor.username())) {
			throw refused();
		}
		audit.record(id, cases.clientOf(id), actor.username(), "POLICE_CONSENT_OVERRIDE_USED", "police bundle");
	}

	private boolean consented(CaseId id) {
		return cases.consents(id).stream().anyMatch(c -> c.kind() == ConsentKind.POLICE && c.given());
	}

	private static ConsentRequired refused() {
		return new ConsentRequired(ConsentKind.POLICE,
				"The client has not given police consent: record it on the case, or ask a supervisor of the team to override once.");
	}
}
