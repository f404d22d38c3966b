package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.falseos.casework.CaseworkApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The whole app, not just the decision: demo mode with the prod profile stops the start with a clear message. */
class DemoModeInProductionIntegrationTests {

	@Test
	void demoModeWithTheProdProfileRefusesToStart() {
		var app = new SpringApplicationBuilder(CaseworkApplication.class).profiles("prod");

		assertThatThrownBy(() -> app.run("--falseos.demo-mode=true", "--server.port=0",
				"--server.address=127.0.0.1", "--falseos.public-url=https://casework.example.org",
				"--falseos.linking.hmac-secret=" + "x".repeat(48)).close())
			.rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("falseos.demo-mode=true cannot be combined with the prod profile");
	}
}
