package org.falseos.casework.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseOpened;
import org.falseos.casework.cases.ClientErased;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.EvidenceAdded;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidancePublished;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Events are stored as JSON by the publication registry and must read back after a restart. */
class IdsAsStringsTests {

	final JsonMapper json = JsonMapper.builder().addModule(new IdsAsStrings()).build();

	@Test
	void eventsWithTypedIdsSurviveTheRoundTripThroughTheirStringForm() {
		var caseId = new CaseId(UUID.randomUUID());
		var clientId = new ClientId(UUID.randomUUID());
		var events = List.of(new CaseOpened(caseId, clientId, "North", "scotland"),
				new ClientErased(clientId, List.of(caseId)),
				new EvidenceAdded(caseId, new EvidenceId(UUID.randomUUID()), "ab12"),
				new GuidancePublished(new GuidanceItemId("scotland", "ncsc"), "national-body", 2));

		for (Object event : events) {
			String written = json.writeValueAsString(event);
			assertThat(written).doesNotContain("{\"id\"");
			assertThat(json.readValue(written, event.getClass())).isEqualTo(event);
		}
		assertThat(json.writeValueAsString(caseId)).isEqualTo("\"" + caseId.id() + "\"");
	}
}
