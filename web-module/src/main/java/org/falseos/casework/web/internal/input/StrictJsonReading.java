package org.falseos.casework.web.internal.input;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * The application's JSON mapper (Spring MVC reads every request body with it) refuses what it would otherwise
 * quietly repair: a key given twice (the last would win), a null inside an array or as a map value, and anything
 * after the end of the document.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonReading {

	@Bean
	JsonMapperBuilderCustomizer strictJsonReader() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
	}
}
