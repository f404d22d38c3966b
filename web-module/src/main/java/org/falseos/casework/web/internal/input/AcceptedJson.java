package org.falseos.casework.web.internal.input;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The text rule and the date window for every JSON string, object key and date the application's mapper reads
 * (the one Spring MVC reads request bodies with): the standard deserializers do the parsing, then the value is
 * refused, or kept NFC-normalised.
 */
@Component
class AcceptedJson extends SimpleModule {

	AcceptedJson() {
		super("falseos-accepted-input");
		checked(String.class, StringDeserializer.instance, AcceptedText::problem);
		addKeyDeserializer(String.class, new AcceptedKeys());
		checked(Instant.class, InstantDeserializer.INSTANT,
				instant -> PlausibleDates.problem(instant).map(AcceptedJson::outOfRange));
		checked(LocalDate.class, LocalDateDeserializer.INSTANCE,
				date -> PlausibleDates.problem(date).map(AcceptedJson::outOfRange));
	}

	private static String outOfRange(String window) {
		return "is out of range. " + window;
	}

	@SuppressWarnings("unchecked")
	private <T> void checked(Class<T> type, ValueDeserializer<?> standard, Function<T, Optional<String>> problem) {
		addDeserializer(type, (ValueDeserializer<T>) new Checked(standard,
				value -> problem.apply(type.cast(value)).orElse(null)));
	}

	/** A standard deserializer whose result is refused when {@code problem} finds one. */
	private static final class Checked extends DelegatingDeserializer {

		private final Function<Object, String> problem;

		Checked(ValueDeserializer<?> delegate, Function<Object, String> problem) {
			super(delegate);
			this.problem = problem;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checked(delegate, problem);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value == null) {
				return null;
			}
			String refusal = problem.apply(value);
			if (refusal != null) {
				throw new RefusedJsonValue(parser, refusal);
			}
			return value instanceof String text ? Normalizer.normalize(text, Normalizer.Form.NFC) : value;
		}
	}

	/** Object keys (of map-shaped bodies) follow the same rule as values. */
	private static final class AcceptedKeys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			Optional<String> refusal = AcceptedText.problem(key);
			if (refusal.isPresent()) {
				throw new RefusedJsonValue(context.getParser(), refusal.get());
			}
			return Normalizer.normalize(key, Normalizer.Form.NFC);
		}
	}
}
