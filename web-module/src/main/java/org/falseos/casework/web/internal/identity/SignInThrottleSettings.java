package org.falseos.casework.web.internal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard failed sign-ins are throttled ({@code falseos.login.*}). Per name and source: the {@code max-failures}th
 * failure starts a pause of {@code first-delay}, doubled by each further failure up to {@code lock-duration}. Per
 * source across all names: at most {@code source-max-failures} failures in {@code source-window}.
 */
@ConfigurationProperties("falseos.login")
record SignInThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("PT30S") Duration firstDelay,
		@DefaultValue("PT15M") Duration lockDuration, @DefaultValue("30") int sourceMaxFailures,
		@DefaultValue("PT1H") Duration sourceWindow) {

	SignInThrottleSettings {
		require(maxFailures >= 1, "falseos.login.max-failures must be at least 1, was " + maxFailures);
		require(sourceMaxFailures >= 1, "falseos.login.source-max-failures must be at least 1, was " + sourceMaxFailures);
		require(firstDelay.toSeconds() >= 1, "falseos.login.first-delay must be at least a second, was " + firstDelay);
		require(lockDuration.compareTo(firstDelay) >= 0,
				"falseos.login.lock-duration (the longest pause) must not be shorter than falseos.login.first-delay");
		require(sourceWindow.toSeconds() >= 1, "falseos.login.source-window must be at least a second, was " + sourceWindow);
	}

	/** The pause after the given number of consecutive failures of one name from one source; zero while free. */
	Duration pauseAfter(int failures) {
		if (failures < maxFailures) {
			return Duration.ZERO;
		}
		Duration pause = firstDelay;
		for (int n = maxFailures; n < failures && pause.compareTo(lockDuration) < 0; n++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(lockDuration) > 0 ? lockDuration : pause;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
