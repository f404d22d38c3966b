package org.falseos.casework.web.internal;

import java.util.UUID;
import java.util.function.Function;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.guidance.GuidanceItemId;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Typed ids travel in JSON as the plain strings people see in URLs, and are read back from them: the same mapper
 * stores event publications, which are read again when outstanding events are republished after a restart.
 */
@Component
class IdsAsStrings extends SimpleModule {

	IdsAsStrings() {
		super("falseos-ids");
		both(CaseId.class, value -> new CaseId(UUID.fromString(value)));
		both(ClientId.class, value -> new ClientId(UUID.fromString(value)));
		both(EvidenceId.class, value -> new EvidenceId(UUID.fromString(value)));
		both(GuidanceItemId.class, GuidanceItemId::parse);
	}

	private <T> void both(Class<T> type, Function<String, T> parse) {
		addSerializer(type, ToStringSerializer.instance);
		addDeserializer(type, new StdDeserializer<T>(type) {
			@Override
			public T deserialize(JsonParser parser, DeserializationContext context) {
				String text = parser.getValueAsString();
				try {
					return parse.apply(text);
				}
				catch (RuntimeException malformed) {
					return context.reportInputMismatch(type, "Not a valid %s: %s", type.getSimpleName(), text);
				}
			}
		});
	}
}
