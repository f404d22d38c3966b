package org.falseos.casework.web.internal.identity;

import org.falseos.casework.EmbeddedPostgresServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the app runs as a demo: demo accounts with a known password, and a banner saying so on every page.
 * {@code falseos.demo-mode} decides when set; otherwise it is on exactly when the app runs on its embedded
 * database (no {@code spring.datasource.url}), without Keycloak (the {@code keycloak} profile) and not in
 * production (the {@code prod} profile). Turning it on explicitly together with either profile refuses to start.
 * Tests run on an external test database, so it is off there unless a test turns it on.
 */
@Component("demoMode")
public class DemoMode {

	static final String PRODUCTION = "prod";

	private final boolean enabled;

	@Autowired
	DemoMode(Environment environment, ObjectProvider<EmbeddedPostgresServer> embeddedDatabase) {
		this(environment, embeddedDatabase.getIfAvailable() != null);
	}

	DemoMode(Environment environment, boolean embeddedDatabase) {
		Boolean explicit = environment.getProperty("falseos.demo-mode", Boolean.class);
		boolean keycloak = environment.matchesProfiles(KeycloakSignIn.PROFILE);
		boolean production = environment.matchesProfiles(PRODUCTION);
		if (Boolean.TRUE.equals(explicit) && keycloak) {
			throw new IllegalStateException(
					"falseos.demo-mode=true cannot be combined with the keycloak profile: demo accounts bypass the realm");
		}
		if (Boolean.TRUE.equals(explicit) && production) {
			throw new IllegalStateException("falseos.demo-mode=true cannot be combined with the prod profile: demo "
					+ "accounts have a published password. Remove falseos.demo-mode (FALSEOS_DEMO_MODE) to start.");
		}
		this.enabled = explicit != null ? explicit : embeddedDatabase && !keycloak && !production;
	}

	/** Read by the page layout ({@code @demoMode.enabled}) to show the banner. */
	public boolean isEnabled() {
		return enabled;
	}
}
