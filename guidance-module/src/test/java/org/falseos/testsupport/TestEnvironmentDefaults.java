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
import org.springframework.core.env.PropertySource;

/**
 * Lowest-priority defaults for every test context: its own data folder (so index and evidence files never mix),
 * and, for module tests that run without the web module's configuration, the same persistence settings the
 * application uses.
 */
public class TestEnvironmentDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("spring.modulith.events.jdbc.schema-initialization.enabled", "false");
		defaults.put("spring.modulith.events.completion-mode", "delete");
		defaults.put("spring.modulith.runtime.flyway-enabled", "true");
		PropertySource<?> dataDir = environment.getPropertySources().stream()
			.filter(source -> !source.getName().equals("configurationProperties")) // a view of all the others
			.filter(source -> source.containsProperty("falseos.data-dir"))
			.findFirst()
			.orElse(null);
		if (dataDir == null) {
			defaults.put("falseos.data-dir", newFolder());
		}
		else if (dataDir.getName().startsWith("Config resource")) {
			// application.yaml's ./data would be shared by every test context (and locked by the first one's index).
			environment.getPropertySources()
				.addBefore(dataDir.getName(), new MapPropertySource("falseosTestDataDir",
						Map.of("falseos.data-dir", newFolder())));
		}
		environment.getPropertySources().addLast(new MapPropertySource("falseosTestDefaults", defaults));
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
