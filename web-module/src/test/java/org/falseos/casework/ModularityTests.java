package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(CaseworkApplication.class);

	static final Path COMMITTED = Path.of("..", "docs", "modules", "components.puml");

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		modules.verify();
	}

	@Test
	void theCommittedModuleDiagramMatchesTheCode() throws IOException {
		new Documenter(modules).writeDocumentation();
		Path generated = Path.of("target", "spring-modulith-docs", "components.puml");
		if (Boolean.getBoolean("falseos.update-docs")) {
			Files.createDirectories(COMMITTED.getParent());
			for (Path file : Files.newDirectoryStream(generated.getParent())) {
				Files.copy(file, COMMITTED.getParent().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		// The Documenter writes relations in no fixed order, so compare the lines as a sorted list.
		assertThat(sortedLines(COMMITTED))
			.as("docs/modules is stale: run ./mvnw -pl web-module test -Dtest=ModularityTests -Dfalseos.update-docs=true")
			.isEqualTo(sortedLines(generated));
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().sorted().toList();
	}
}
