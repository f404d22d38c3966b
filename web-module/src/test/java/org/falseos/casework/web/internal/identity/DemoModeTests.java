package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTests {

	@Test
	void theEmbeddedDatabaseWithoutKeycloakIsADemo() {
		assertThat(new DemoMode(new MockEnvironment(), true).isEnabled()).isTrue();
	}

	@Test
	void anExternalDatabaseIsNoDemo() {
		assertThat(new DemoMode(new MockEnvironment(), false).isEnabled()).isFalse();
	}

	@Test
	void keycloakIsNoDemoEvenOnTheEmbeddedDatabase() {
		var keycloak = new MockEnvironment();
		keycloak.setActiveProfiles("keycloak");

		assertThat(new DemoMode(keycloak, true).isEnabled()).isFalse();
	}

	@Test
	void thePropertyDecidesWhenSet() {
		assertThat(new DemoMode(new MockEnvironment().withProperty("falseos.demo-mode", "false"), true).isEnabled())
			.isFalse();
		assertThat(new DemoMode(new MockEnvironment().withProperty("falseos.demo-mode", "true"), false).isEnabled())
			.isTrue();
	}

	@Test
	void demoModeAndKeycloakTogetherRefuseToStart() {
		var both = new MockEnvironment().withProperty("falseos.demo-mode", "true");
		both.setActiveProfiles("keycloak");

		assertThatIllegalStateException().isThrownBy(() -> new DemoMode(both, true))
			.withMessageContaining("cannot be combined");
	}

	@Test
	void productionIsNoDemoEvenOnTheEmbeddedDatabase() {
		var production = new MockEnvironment();
		production.setActiveProfiles("prod");

		assertThat(new DemoMode(production, true).isEnabled()).isFalse();
		assertThat(new DemoMode(production.withProperty("falseos.demo-mode", "false"), true).isEnabled()).isFalse();
	}

	@Test
	void demoModeAndProductionTogetherRefuseToStart() {
		var both = new MockEnvironment().withProperty("falseos.demo-mode", "true");
		both.setActiveProfiles("prod");

		assertThatIllegalStateException().isThrownBy(() -> new DemoMode(both, true))
			.withMessageContaining("cannot be combined with the prod profile");
		assertThatIllegalStateException().isThrownBy(() -> new DemoMode(both, false))
			.withMessageContaining("cannot be combined with the prod profile");
	}
}
