package org.falseos.casework.web.internal.identity;

import java.util.List;

import org.falseos.casework.web.internal.NotFound;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.falseos.casework.web.internal.identity.SignInThrottle.NameThrottle;
import org.falseos.casework.web.internal.identity.SignInThrottle.SourceThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What administrators may do with the sign-in throttles, for the admin page and the admin API alike: look, and
 * lift one pause. Every lifted pause is logged with the administrator who lifted it.
 */
@Component
class SignInThrottleAdministration {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottleAdministration.class);

	static final int MAX_SOURCE_LENGTH = 64;

	/** Both kinds of throttle, as listed for administrators. */
	record Throttles(List<NameThrottle> names, List<SourceThrottle> sources) {
	}

	private final SignInThrottle throttle;

	SignInThrottleAdministration(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	Throttles list() {
		return new Throttles(throttle.names(), throttle.sources());
	}

	/**
	 * Clears the throttle of {@code username} from {@code source}, or with no username the source's own budget
	 * across names. Unknown throttles are a {@link NotFound}; malformed input a {@link RefusedInput}
	 * naming the field.
	 */
	void clear(String source, String username, String administrator) {
		if (source == null || source.isBlank()) {
			throw RefusedInput.of("source", "The field 'source' is required.");
		}
		if (source.length() > MAX_SOURCE_LENGTH) {
			throw RefusedInput.of("source", "The field 'source' is longer than " + MAX_SOURCE_LENGTH + " characters.");
		}
		if (username != null && username.length() > SignInThrottle.MAX_NAME_LENGTH) {
			throw RefusedInput.of("username",
					"The field 'username' is longer than " + SignInThrottle.MAX_NAME_LENGTH + " characters.");
		}
		boolean wholeSource = username == null || username.isBlank();
		boolean cleared = wholeSource ? throttle.clearSource(source.strip()) : throttle.clear(username, source.strip());
		if (!cleared) {
			throw new NotFound("There is no such sign-in throttle (it may have been cleared or forgotten already).");
		}
		if (wholeSource) {
			log.info("Sign-in throttle of source {} cleared by {}", source.strip(), administrator);
		}
		else {
			log.info("Sign-in throttle of name {} from source {} cleared by {}", SignInThrottle.normalise(username),
					source.strip(), administrator);
		}
	}
}
