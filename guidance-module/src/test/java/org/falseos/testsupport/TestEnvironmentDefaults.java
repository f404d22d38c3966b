package org.falseos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Every test context gets its own data folder (so index and evidence files never mix), and, at lowest priority
 * for module tests that run without the web module's configuration, the persistence settings the application
 * uses.
 */
public class TestEnvironmentDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("spring.modulith.events.jdbc.schema-initialization.enabled", "false");
		defaults.put("spring.modulith.events.completion-mode", "delete");
		defaults.put("spring.modulith.runtime.flyway-enabled", "true");
		environment.getPropertySources().addLast(new MapPropertySource("falseosTestDefaults", defaults));
		// First, not last: the application's own default (./data) must never be shared by test contexts.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("falseosTestDataDir", Map.of("falseos.data-dir", newFolder())));
	}

	private static String newFolder() {
		try {
			var folder = Files.createTempDirectory("falseos-test-data-");
			return folder.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
