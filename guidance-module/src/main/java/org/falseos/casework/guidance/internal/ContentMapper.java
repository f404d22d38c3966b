package org.falseos.casework.guidance.internal;

import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.guidance.Jurisdiction;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads content files (YAML) strictly and stores content as JSON; an unknown key in a file is an error, not lost data. */
@Component
class ContentMapper {

	private final YAMLMapper yaml = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

	private final JsonMapper json = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

	ItemContent itemFromYaml(byte[] bytes) {
		return yaml.readValue(bytes, ItemContent.class);
	}

	Jurisdiction jurisdictionFromYaml(byte[] bytes) {
		return yaml.readValue(bytes, Jurisdiction.class);
	}

	String toJson(Object value) {
		return json.writeValueAsString(value);
	}

	ItemContent itemFromJson(String value) {
		return json.readValue(value, ItemContent.class);
	}

	Jurisdiction jurisdictionFromJson(String value) {
		return json.readValue(value, Jurisdiction.class);
	}
}
