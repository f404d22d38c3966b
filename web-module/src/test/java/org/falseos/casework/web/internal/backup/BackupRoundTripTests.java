package org.falseos.casework.web.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.falseos.casework.web.People;
import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
import org.falseos.casework.web.internal.backup.BackupManifest.Migration;
import org.falseos.casework.web.internal.backup.BackupManifest.MigrationHistory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backup and restore in-process, against the test database: a restore replaces the database with exactly what was
 * backed up (a second backup of it is byte for byte the first), and every refusal leaves the database as it was.
 * The restore runs over this context's own database, so the context is discarded afterwards.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
@DirtiesContext
class BackupRoundTripTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Value("${falseos.data-dir}")
	Path dataDir;

	@TempDir
	Path temp;

	String caseId;

	String evidenceId;

	@BeforeEach
	void recordACaseWithEvidenceAndAnIdentifier() throws Exception {
		caseId = open("NC-BACKUP-" + UUID.randomUUID().toString().substring(0, 8));
		var upload = mvc.perform(multipart("/api/cases/{id}/evidence", caseId)
			.file(new MockMultipartFile("file", "threat.png", "image/png", PNG)).param("method", "screenshot")
			.with(People.as("caseworker"))).andExpect(status().isCreated()).andReturn();
		evidenceId = JsonPath.read(upload.getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/cases/{id}/identifiers", caseId).with(People.as("caseworker"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"phone\", \"value\": \"07700 900861\"}"))
			.andExpect(status().isCreated());
		awaitQuiet();
	}

	@Test
	void aRestoreBringsBackExactlyWhatWasBackedUpAndASecondBackupOfItIsByteForByteTheFirst() throws Exception {
		Path first = temp.resolve("first");
		backup().write(first, dataDir, LinkingKey.FILE, "test");
		String later = open("NC-AFTER-BACKUP");
		awaitQuiet();

		Path restored = temp.resolve("restored-data");
		var result = restore().restore(first, restored);

		assertThat(result.evidenceFiles()).isGreaterThanOrEqualTo(1);
		assertThat(caseCount(later)).as("a case opened after the backup").isZero();
		assertThat(caseCount(caseId)).isOne();
		assertThat(jdbc.sql("select count(*) from linkedvictims.fingerprint").query(Long.class).single()).isPositive();
		Path original = restored.resolve("evidence").resolve(evidenceId);
		assertThat(original).hasBinaryContent(PNG);
		assertThat(Files.getPosixFilePermissions(original)).isEqualTo(PosixFilePermissions.fromString("r--------"));
		assertThat(restored.resolve("linking/hmac.key")).hasSameBinaryContentAs(dataDir.resolve("linking/hmac.key"));
		assertThat(Files.getPosixFilePermissions(restored.resolve("linking/hmac.key")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));

		Path second = temp.resolve("second");
		backup().write(second, restored, LinkingKey.FILE, "test");
		assertThat(Backups.manifest(second).files()).as("every dump, evidence file and key, hashed")
			.containsExactlyElementsOf(Backups.manifest(first).files());
		assertThat(Backups.manifest(second).sequences()).isEqualTo(Backups.manifest(first).sequences());
		assertThat(Backups.manifest(first).tables()).extracting(BackupManifest.TableDump::qualifiedName)
			.contains("cases.case_file", "cases.custody", "cases.evidence", "guidance.item", "linkedvictims.fingerprint",
					"public.event_publication", "web.account", "web.sign_in")
			.doesNotContain("public.flyway_schema_history", "public.flyway_schema_history_cases");
	}

	@Test
	void aBackupFromOtherMigrationsIsRefusedAndTheDatabaseIsLeftAsItWas() throws Exception {
		Path backup = temp.resolve("backup");
		backup().write(backup, dataDir, LinkingKey.FILE, "0.0.9");
		String later = open("NC-KEPT-1");
		Backups.reseal(backup, manifest -> new BackupManifest(manifest.format(), manifest.appVersion(),
				manifest.snapshotAt(), manifest.postgresVersion(), manifest.linkingKey(),
				withExtraMigration(manifest.flyway()), manifest.tables(), manifest.sequences(), manifest.files()));

		assertThatThrownBy(() -> restore().restore(backup, temp.resolve("restored-data")))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("made by FalseOS Casework 0.0.9")
			.hasMessageContaining("Restore it with the app version that made the backup");
		assertThat(caseCount(later)).isOne();
	}

	@Test
	void anEvidenceFileThatDiffersFromTheHashItsDatabaseRecordsIsRefusedByName() throws Exception {
		Path backup = temp.resolve("backup");
		backup().write(backup, dataDir, LinkingKey.FILE, "test");
		String later = open("NC-KEPT-2");
		Backups.flipOneByte(backup.resolve("evidence").resolve(evidenceId));
		Backups.reseal(backup, manifest -> manifest);

		assertThatThrownBy(() -> restore().restore(backup, temp.resolve("restored-data")))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("evidence/" + evidenceId + " does not match the SHA-256 its database records");
		assertThat(caseCount(later)).isOne();
		assertThat(temp.resolve("restored-data/evidence").resolve(evidenceId)).doesNotExist();
	}

	@Test
	void aDumpChangedAfterTheChecksIsCaughtWhileItLoadsAndNothingIsCommitted() throws Exception {
		Path backup = temp.resolve("backup");
		backup().write(backup, dataDir, LinkingKey.FILE, "test");
		String later = open("NC-KEPT-3");
		Backups.flipOneByte(backup.resolve("database/guidance.revision.copy"));

		assertThatThrownBy(() -> restore().restore(backup, temp.resolve("restored-data")))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("database/guidance.revision.copy does not match manifest.json");
		assertThat(caseCount(later)).isOne();
	}

	@Test
	void aBackupOfAnEvidenceOriginalThatNoLongerMatchesItsHashIsRefusedAndLeavesNothing() throws Exception {
		Path stored = dataDir.resolve("evidence").resolve(evidenceId);
		stored.toFile().setWritable(true, true);
		Backups.flipOneByte(stored);
		Path backup = temp.resolve("backup");
		try {
			assertThatThrownBy(() -> backup().write(backup, dataDir, LinkingKey.FILE, "test"))
				.isInstanceOf(BackupRefused.class)
				.hasMessageContaining("The original of evidence " + evidenceId)
				.hasMessageContaining("no longer matches the SHA-256 the database recorded");
			assertThat(backup).doesNotExist();
		}
		finally {
			// The other tests back up this context's whole data folder: the original must be whole again.
			Backups.flipOneByte(stored);
		}
	}

	private Backup backup() {
		return new Backup(dataSource, new AppSchema(flyway.getConfiguration().getTable()));
	}

	private Restore restore() {
		return new Restore(dataSource, new AppSchema(flyway.getConfiguration().getTable()));
	}

	private static List<MigrationHistory> withExtraMigration(List<MigrationHistory> histories) {
		var changed = new ArrayList<>(histories);
		var first = changed.getFirst();
		var migrations = new ArrayList<>(first.migrations());
		migrations.add(new Migration("99", "from the future", "SQL", "V99__from_the_future.sql", 1));
		changed.set(0, new MigrationHistory(first.table(), migrations));
		return changed;
	}

	private long caseCount(String id) {
		return jdbc.sql("select count(*) from cases.case_file where id = :id").param("id", UUID.fromString(id))
			.query(Long.class).single();
	}

	// Events still on their way would change rows between the backup and the comparison.
	private void awaitQuiet() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(post("/api/cases").with(People.as("caseworker")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"Backed up\"}"
				.formatted(clientCode)))
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}
}
