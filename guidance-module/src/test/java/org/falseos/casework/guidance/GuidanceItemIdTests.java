package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Event publications store the id as its string form; republishing them on restart must read it back. */
class GuidanceItemIdTests {

	@Test
	void readsBackFromItsStringForm() {
		var id = JsonMapper.builder().build().readValue("\"scotland.police-scotland-cybercrime\"", GuidanceItemId.class);

		assertThat(id).isEqualTo(new GuidanceItemId("scotland", "police-scotland-cybercrime"));
	}

	@Test
	void stillReadsBackFromItsFields() {
		var mapper = JsonMapper.builder().build();
		var id = new GuidanceItemId("scotland", "offence-stalking");

		assertThat(mapper.readValue(mapper.writeValueAsString(id), GuidanceItemId.class)).isEqualTo(id);
	}
}
