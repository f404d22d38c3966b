package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.COORDINATOR;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER_SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Evidence.PDF;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.readAll;
import static org.falseos.casework.cases.Evidence.sha256;
import static org.falseos.casework.cases.Evidence.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

// A 1 MB limit here (instead of 100 MB) keeps the limit test small; EvidenceStreamingTests covers the default.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "falseos.evidence.max-size=1MB")
class EvidenceLockerIntegrationTests {

	static final CaptureMetadata SCREENSHOT = new CaptureMetadata(Instant.parse("2026-11-20T21:30:00Z"),
			"https://x.com/troll_99/status/1", "X", "@Troll_99", CaptureMethod.SCREENSHOT);

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	JdbcClient jdbc;

	@Value("${falseos.data-dir}")
	Path dataDir;

	@Test
	void theTypeComesFromTheContentAndAMisleadingNameIsRecordedNotCorrected(Scenario scenario) {
		var id = openCase("EV-1001");

		scenario.stimulate(() -> locker.add(NORTH_CASEWORKER, id, "notes.txt", SCREENSHOT, stream(PNG)))
			.andWaitForEventOfType(EvidenceAdded.class)
			.toArriveAndVerify((event, record) -> {
				assertThat(event.evidenceId()).isEqualTo(record.id());
				assertThat(event.sha256()).isEqualTo(sha256(PNG));
				assertThat(record.fileName()).isEqualTo("notes.txt");
				assertThat(record.mediaType()).isEqualTo("image/png");
				assertThat(record.nameType()).isEqualTo("text/plain");
				assertThat(record.nameMatchesContent()).isFalse();
				assertThat(record.size()).isEqualTo(PNG.length);
				assertThat(record.capture()).isEqualTo(SCREENSHOT);
				assertThat(record.uploadedBy()).isEqualTo("caseworker");
			});
		var pdf = locker.add(NORTH_CASEWORKER, id, "Statement.PDF", CaptureMetadata.of(CaptureMethod.FILE), stream(PDF));
		var text = locker.add(NORTH_CASEWORKER, id, "threats.csv", CaptureMetadata.of(null),
				stream("when,what\n2026-11-20,threat\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(pdf.nameMatchesContent()).isTrue();
		assertThat(text.mediaType()).isEqualTo("text/plain");
		assertThat(text.nameMatchesContent()).as("CSV is a kind of plain text").isTrue();
		assertThat(text.capture().method()).isEqualTo(CaptureMethod.FILE);
	}

	@Test
	void theOriginalComesBackByteIdenticalAndEveryViewIsInTheChainOfCustody() {
		var id = openCase("EV-1002");
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));

		byte[] first = readAll(locker.open(NORTH_CASEWORKER, id, record.id()).content());
		byte[] second = readAll(locker.open(NORTH_SUPERVISOR, id, record.id()).content());

		assertThat(first).isEqualTo(PNG);
		assertThat(second).isEqualTo(PNG);
		assertThat(locker.custody(NORTH_SUPERVISOR, id, record.id()))
			.extracting(CustodyEntry::action, CustodyEntry::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CustodyAction.UPLOADED, "caseworker"),
					org.assertj.core.groups.Tuple.tuple(CustodyAction.VIEWED, "caseworker"),
					org.assertj.core.groups.Tuple.tuple(CustodyAction.VIEWED, "supervisor"));
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action)
			.containsSubsequence("EVIDENCE_DOWNLOADED", "EVIDENCE_DOWNLOADED", "EVIDENCE_ADDED");
	}

	@Test
	void anUploadPastTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
		var id = openCase("EV-1003");
		long limit = 1024 * 1024;

		assertThatThrownBy(() -> locker.add(NORTH_CASEWORKER, id, "long.mp4", SCREENSHOT,
				new GeneratedContent(limit + 1, 7)))
			.isInstanceOfSatisfying(EvidenceTooLarge.class, e -> {
				assertThat(e.limitBytes()).isEqualTo(limit);
				assertThat(e.getMessage()).contains("larger than the evidence limit of 1 MB");
			});
		assertThat(locker.list(NORTH_CASEWORKER, id)).isEmpty();
		assertThat(filesIn(dataDir.resolve("evidence"))).noneMatch(name -> name.endsWith(".part"));

		var content = new GeneratedContent(limit, 7);
		var atTheLimit = locker.add(NORTH_CASEWORKER, id, "exactly.bin", SCREENSHOT, content);
		assertThat(atTheLimit.size()).isEqualTo(limit);
		assertThat(atTheLimit.sha256()).isEqualTo(content.sha256());
	}

	@Test
	void anotherTeamsEvidenceIsUnknownNeverForbidden() {
		var id = openCase("EV-1004");
		var evidence = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG)).id();

		for (Actor outsider : new Actor[] { SOUTH_CASEWORKER, SOUTH_SUPERVISOR, COORDINATOR }) {
			unknownTo(outsider, actor -> locker.add(actor, id, "x.png", SCREENSHOT, stream(PNG)));
			unknownTo(outsider, actor -> locker.list(actor, id));
			unknownTo(outsider, actor -> locker.record(actor, id, evidence));
			unknownTo(outsider, actor -> locker.open(actor, id, evidence));
			unknownTo(outsider, actor -> locker.verify(actor, id, evidence));
			unknownTo(outsider, actor -> locker.custody(actor, id, evidence));
			unknownTo(outsider, actor -> locker.delete(actor, id, evidence, "outsider"));
		}
		var otherCase = openCase("EV-1005");
		assertThatThrownBy(() -> locker.open(NORTH_CASEWORKER, otherCase, evidence)).isInstanceOf(UnknownCase.class);
		assertThat(locker.custody(NORTH_CASEWORKER, id, evidence)).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.UPLOADED);
	}

	@Test
	void onlyASupervisorOfTheTeamDeletesEvidenceAndTheReasonStaysInTheLog() {
		var id = openCase("EV-1006");
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));
		Path file = dataDir.resolve("evidence").resolve(record.id().toString());
		assertThat(file).exists();

		assertThatThrownBy(() -> locker.delete(NORTH_CASEWORKER, id, record.id(), "mine"))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> locker.delete(NORTH_CASEWORKER_SOUTH_SUPERVISOR, id, record.id(), "not my team"))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> locker.delete(NORTH_SUPERVISOR, id, record.id(), " "))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("reason"));
		assertThat(file).exists();

		locker.delete(NORTH_SUPERVISOR, id, record.id(), "Uploaded to the wrong case by mistake");

		assertThat(file).doesNotExist();
		assertThat(locker.record(NORTH_CASEWORKER, id, record.id()).deletion()).satisfies(deletion -> {
			assertThat(deletion.by()).isEqualTo("supervisor");
			assertThat(deletion.reason()).isEqualTo("Uploaded to the wrong case by mistake");
		});
		assertThat(locker.custody(NORTH_CASEWORKER, id, record.id())).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(CustodyAction.DELETED);
			assertThat(entry.detail()).isEqualTo("Uploaded to the wrong case by mistake");
		});
		assertThatThrownBy(() -> locker.open(NORTH_CASEWORKER, id, record.id())).isInstanceOf(CaseConflict.class)
			.hasMessageContaining("deleted by supervisor");
		assertThatThrownBy(() -> locker.delete(NORTH_SUPERVISOR, id, record.id(), "again"))
			.isInstanceOf(CaseConflict.class);
	}

	@Test
	void anIntegrityCheckRehashesTheStoredFile() throws IOException {
		var id = openCase("EV-1007");
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));
		Path file = dataDir.resolve("evidence").resolve(record.id().toString());

		assertThat(locker.verify(NORTH_CASEWORKER, id, record.id()).result()).isEqualTo(IntegrityCheck.Result.OK);
		assertThat(Files.getPosixFilePermissions(file)).containsExactly(PosixFilePermission.OWNER_READ);
		Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		Files.write(file, "tampered".getBytes(StandardCharsets.UTF_8));
		var mismatch = locker.verify(NORTH_CASEWORKER, id, record.id());
		Files.delete(file);
		var missing = locker.verify(NORTH_CASEWORKER, id, record.id());

		assertThat(mismatch.result()).isEqualTo(IntegrityCheck.Result.MISMATCH);
		assertThat(mismatch.recordedSha256()).isEqualTo(sha256(PNG));
		assertThat(mismatch.currentSha256()).isEqualTo(sha256("tampered".getBytes(StandardCharsets.UTF_8)));
		assertThat(missing.result()).isEqualTo(IntegrityCheck.Result.MISSING);
		assertThat(locker.custody(NORTH_CASEWORKER, id, record.id())).extracting(CustodyEntry::detail)
			.containsExactly(PNG.length + " bytes, SHA-256 " + sha256(PNG), "OK", "MISMATCH: now " + mismatch.currentSha256(),
					"MISSING");
	}

	@Test
	void theChainOfCustodyCannotBeRewrittenEvenInTheDatabase() {
		var id = openCase("EV-1008");
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));

		assertThatThrownBy(() -> jdbc.sql("update cases.custody set actor = 'someone else' where evidence_id = :id")
			.param("id", record.id().id()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from cases.custody where evidence_id = :id")
			.param("id", record.id().id()).update()).hasMessageContaining("append-only");
	}

	@Test
	void badCaptureMetadataIsRefusedFieldByFieldBeforeAnythingIsStored() throws IOException {
		var id = openCase("EV-1009");
		var bad = new CaptureMetadata(Instant.now().plus(2, ChronoUnit.DAYS), "javascript:alert(1)", "X", null,
				CaptureMethod.SCREENSHOT);
		var filesBefore = filesIn(dataDir.resolve("evidence"));

		assertThatThrownBy(() -> locker.add(NORTH_CASEWORKER, id, "a\u0000b.png", bad, stream(PNG)))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					e -> assertThat(e.errors()).containsOnlyKeys("file", "capturedAt", "sourceUrl"));
		assertThatThrownBy(() -> CaptureMethod.fromSlug("polaroid")).isInstanceOf(InvalidCaseInput.class);
		assertThat(CaptureMethod.fromSlug("screen-recording")).isEqualTo(CaptureMethod.SCREEN_RECORDING);
		assertThat(filesIn(dataDir.resolve("evidence"))).isEqualTo(filesBefore);
	}

	@Test
	void aClosedCaseTakesNoNewEvidenceButItsEvidenceStaysReadable() {
		var id = openCase("EV-1010");
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));
		closures.close(NORTH_SUPERVISOR, id, "RESOLVED", "The client is safe now");

		assertThatThrownBy(() -> locker.add(NORTH_CASEWORKER, id, "late.png", SCREENSHOT, stream(PNG)))
			.isInstanceOf(CaseConflict.class);
		assertThat(readAll(locker.open(NORTH_CASEWORKER, id, record.id()).content())).isEqualTo(PNG);
	}

	@Test
	void aSecondCopyOfAFileTheCaseHoldsIsRefusedNamingTheOneHeldAndNotStored() throws IOException {
		var id = openCase("EV-1011");
		var held = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));
		var filesBefore = filesIn(dataDir.resolve("evidence"));

		assertThatThrownBy(() -> locker.add(NORTH_SUPERVISOR, id, "renamed-copy.png", CaptureMetadata.of(null), stream(PNG)))
			.isInstanceOfSatisfying(EvidenceAlreadyHeld.class, e -> {
				assertThat(e.held().id()).isEqualTo(held.id());
				assertThat(e.held().fileName()).isEqualTo("dm.png");
				assertThat(e.getMessage()).startsWith("This file is already held as dm.png, added ");
			});

		assertThat(locker.list(NORTH_CASEWORKER, id)).extracting(EvidenceRecord::id).containsExactly(held.id());
		assertThat(filesIn(dataDir.resolve("evidence"))).isEqualTo(filesBefore);
		assertThat(locker.custody(NORTH_CASEWORKER, id, held.id())).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.UPLOADED);
	}

	@Test
	void theSameFileMayBeHeldByAnotherCaseAndAgainOnceTheFirstCopyIsDeleted() {
		var id = openCase("EV-1012");
		var first = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));
		var otherCase = openCase("EV-1013");

		assertThat(locker.add(NORTH_CASEWORKER, otherCase, "dm.png", SCREENSHOT, stream(PNG)).sha256())
			.isEqualTo(first.sha256());
		locker.delete(NORTH_SUPERVISOR, id, first.id(), "Uploaded to the wrong client's case");
		var again = locker.add(NORTH_CASEWORKER, id, "dm.png", SCREENSHOT, stream(PNG));

		assertThat(again.id()).isNotEqualTo(first.id());
		assertThat(locker.list(NORTH_CASEWORKER, id)).extracting(EvidenceRecord::isDeleted).containsExactly(true, false);
	}

	@Test
	void twoCopiesUploadedAtOnceLeaveExactlyOneHeld() throws Exception {
		var id = openCase("EV-1014");
		var start = new java.util.concurrent.CountDownLatch(1);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
			var uploads = new java.util.ArrayList<java.util.concurrent.Future<EvidenceRecord>>();
			for (int i = 0; i < 4; i++) {
				String name = "copy-" + i + ".png";
				uploads.add(pool.submit(() -> {
					start.await();
					return locker.add(NORTH_CASEWORKER, id, name, SCREENSHOT, stream(PNG));
				}));
			}
			start.countDown();
			int stored = 0;
			int refused = 0;
			for (var upload : uploads) {
				try {
					upload.get();
					stored++;
				}
				catch (java.util.concurrent.ExecutionException e) {
					assertThat(e.getCause()).isInstanceOf(EvidenceAlreadyHeld.class);
					refused++;
				}
			}
			assertThat(stored).isEqualTo(1);
			assertThat(refused).isEqualTo(3);
		}
		assertThat(locker.list(NORTH_CASEWORKER, id)).hasSize(1);
	}

	private CaseId openCase(String clientCode) {
		return cases.open(NORTH_CASEWORKER, NewCase.of(clientCode, "scotland", "Harassment on X"));
	}

	private static void unknownTo(Actor outsider, Consumer<Actor> step) {
		assertThatThrownBy(() -> step.accept(outsider)).as(outsider.username()).isInstanceOf(UnknownCase.class);
	}

	private static java.util.List<String> filesIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return java.util.List.of();
		}
		try (var files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}
}
