package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code falseos.retention.sign-ins}: a period, a year unless set, never under the week the database keeps. */
class RetentionSettingsTests {

	@Test
	void signInsAreKeptForAYearByDefault() {
		assertThat(bind(Map.of()).signIns()).isEqualTo(Period.ofYears(1));
	}

	@Test
	void aPeriodIsWrittenTheSpringBootWayOrInIso8601() {
		assertThat(bind(Map.of("falseos.retention.sign-ins", "6m")).signIns()).isEqualTo(Period.ofMonths(6));
		assertThat(bind(Map.of("falseos.retention.sign-ins", "90d")).signIns()).isEqualTo(Period.ofDays(90));
		assertThat(bind(Map.of("falseos.retention.sign-ins", "P2Y")).signIns()).isEqualTo(Period.ofYears(2));
		assertThat(bind(Map.of("falseos.retention.sign-ins", "7d")).signIns()).isEqualTo(Period.ofDays(7));
	}

	@Test
	void lessThanAWeekNegativeOrAbsurdlyLongIsRefusedNamingTheSetting() {
		for (String refused : new String[] { "6d", "0d", "-1y", "P1M-10D", "101y", "40000d" }) {
			assertThatThrownBy(() -> bind(Map.of("falseos.retention.sign-ins", refused))).as(refused)
				.isInstanceOf(BindException.class)
				.rootCause()
				.hasMessageContaining("falseos.retention.sign-ins must be a period of at least 7 days");
		}
	}

	private static RetentionSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("falseos.retention",
				RetentionSettings.class);
	}
}
