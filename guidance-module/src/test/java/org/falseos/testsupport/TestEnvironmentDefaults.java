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
		// Spring caches many test contexts per JVM, each with its pool: small, mostly idle pools keep the shared
		// test server under its connection limit (100 by default) however many contexts are cached.
		defaults.put("spring.datasource.hikari.maximum-pool-size", "5");
		defaults.put("spring.datasource.hikari.minimum-idle", "1");
		defaults.put("spring.datasource.hikari.idle-timeout", "15000");
		environment.getPropertySources().addLast(new MapPropertySource("falseosTestDefaults", defaults));
		// The application's own default (./data) would make every context of a test JVM share one Lucene index and
		// fail on its write lock; a folder a test or the environment names explicitly is kept.
		String dataDirSource = sourceOf(environment, "falseos.data-dir");
		if (dataDirSource == null) {
			environment.getPropertySources().addLast(newDataDir());
		}
		else if (dataDirSource.startsWith("Config resource")) {
			environment.getPropertySources().addBefore(dataDirSource, newDataDir());
		}
	}

	private static String sourceOf(ConfigurableEnvironment environment, String property) {
		for (var source : environment.getPropertySources()) {
			// "configurationProperties" is Boot's view over all the others, not a source of its own.
			if (!source.getName().equals("configurationProperties") && source.containsProperty(property)) {
				return source.getName();
			}
		}
		return null;
	}

	private static MapPropertySource newDataDir() {
		return new MapPropertySource("falseosTestDataDir", Map.of("falseos.data-dir", newFolder()));
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
