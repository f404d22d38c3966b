package org.falseos.casework.web.internal;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.guidance.GuidanceItemId;
import org.springframework.stereotype.Component;

import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Typed ids travel in JSON as the plain strings people see in URLs. */
@Component
class IdsAsStrings extends SimpleModule {

	IdsAsStrings() {
		super("falseos-ids");
		addSerializer(CaseId.class, ToStringSerializer.instance);
		addSerializer(ClientId.class, ToStringSerializer.instance);
		addSerializer(EvidenceId.class, ToStringSerializer.instance);
		addSerializer(GuidanceItemId.class, ToStringSerializer.instance);
	}
}
