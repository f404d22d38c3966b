package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page the browser tests were served is valid HTML by the W3C Nu HTML checker ({@code vnu-jar} from npm).
 * The pages are recorded, as sent, by the test-only {@code ServedPagesRecording} filter during the unit-test phase;
 * this runs after them, in the integration-test phase. Without recorded pages (no Chromium) or without npm to fetch
 * the checker, it is skipped and says so.
 */
class ServedMarkupIT {

	static final String VNU_VERSION = System.getProperty("falseos.vnu.version", "26.9.27");

	static final Path PAGES = Path.of("target", "served-pages");

	static final Path VNU_HOME = Path.of("target", "vnu");

	static final Path VNU_JAR = VNU_HOME.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

	@Test
	void everyPageTheBrowserTestsVisitedIsValidHtml() throws Exception {
		List<Path> pages = servedPages();
		assumeTrue(!pages.isEmpty(), "SKIPPED LOUDLY: no browser test recorded a page (is Chromium installed?)");
		Path vnu = checker();

		List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xss4m", "-jar", vnu.toString(),
				"--errors-only", "--format", "json", "--stdout", "--exit-zero-always"));
		pages.forEach(page -> command.add(page.toString()));
		String json = run(command, Path.of("target", "vnu-report.json"));

		List<String> errors = new ArrayList<>();
		for (JsonNode message : JsonMapper.builder().build().readTree(json).path("messages")) {
			String file = message.path("url").asString("");
			errors.add(file.substring(file.lastIndexOf('/') + 1) + ":" + message.path("lastLine").asInt() + ": "
					+ message.path("message").asString("") + " [" + message.path("extract").asString("").strip() + "]");
		}
		assertThat(errors).as("W3C Nu checker errors on %d served pages", pages.size()).isEmpty();
	}

	private static List<Path> servedPages() throws IOException {
		if (!Files.isDirectory(PAGES)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(PAGES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** The checker from npm, fetched once into target/ (the npm cache keeps it for later builds). */
	private static Path checker() throws Exception {
		if (Files.isRegularFile(VNU_JAR)) {
			return VNU_JAR;
		}
		boolean npm = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, "npm")));
		assumeTrue(npm, "SKIPPED LOUDLY: the HTML check needs npm to fetch vnu-jar (.ci/run installs it)");
		Files.createDirectories(VNU_HOME);
		// --ignore-scripts: the package's install script would download a Java runtime; the build's JDK runs it.
		run(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix",
				VNU_HOME.toString(), "vnu-jar@" + VNU_VERSION), VNU_HOME.resolve("npm-install.log"));
		assertThat(VNU_JAR).as("vnu.jar after npm install").isRegularFile();
		return VNU_JAR;
	}

	private static String javaCommand() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** Runs a command to its end; its output goes to files (and is returned) so a failure can be read later. */
	private static String run(List<String> command, Path output) throws Exception {
		Path errors = Path.of(output + ".err");
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
			.start();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("%s finished", command.get(0)).isTrue();
		assertThat(process.exitValue()).as("%s exit code; errors: %s", command.subList(0, 3),
				Files.readString(errors, StandardCharsets.UTF_8)).isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}
}
