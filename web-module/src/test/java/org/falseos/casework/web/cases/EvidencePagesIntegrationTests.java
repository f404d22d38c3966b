package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.People.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.CustodyAction;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.NewCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The Evidence tab and the evidence item page over HTTP: forms that keep work, UK time, copies, custody, deletion. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class EvidencePagesIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Value("${falseos.data-dir}")
	Path dataDir;

	@Test
	void aRefusedUploadKeepsEveryFieldSaysToChooseTheFileAgainAndStoresNothing() throws Exception {
		CaseId id = open("EP-1");

		var response = upload(id, "dm.png", PNG, Map.of("platform", "X", "usernameShown", "@Troll_99", "sourceUrl",
				"https://x.com/troll_99/status/1", "capturedAt", "2026-11-20T21:35"));

		assertThat(response.getStatus()).isEqualTo(400);
		String page = response.getContentAsString();
		assertThat(page).contains("id=\"evidence-method-error\"", "Choose how the evidence was captured.",
				"id=\"evidence-file-again\"", "Choose the file again", "value=\"X\"", "value=\"@Troll_99\"",
				"value=\"https://x.com/troll_99/status/1\"", "value=\"2026-11-20T21:35\"");
		assertThat(page).containsPattern("<details id=\"add-evidence\"[^>]* open");
		assertThat(locker.list(NORTH, id)).isEmpty();
	}

	@Test
	void theCaptureTimeIsReadAsUkTimeAndKeptAsUtc() throws Exception {
		CaseId id = open("EP-2");

		var summer = upload(id, "summer.png", png(1), Map.of("method", "SCREENSHOT", "capturedAt", "2026-07-01T10:30"));
		var winter = upload(id, "winter.png", png(2), Map.of("method", "EMAIL_WITH_HEADERS", "capturedAt",
				"2026-01-15T10:30"));

		assertThat(summer.getStatus()).isEqualTo(302);
		assertThat(winter.getStatus()).isEqualTo(302);
		var held = locker.list(NORTH, id);
		assertThat(held).extracting(record -> record.capture().capturedAt())
			.containsExactly(Instant.parse("2026-07-01T09:30:00Z"), Instant.parse("2026-01-15T10:30:00Z"));
		assertThat(summer.getRedirectedUrl()).isEqualTo("/cases/" + id + "/evidence/" + held.get(0).id());
		assertThat(summer.getContentAsString()).isEmpty();
		String item = mvc.perform(get(summer.getRedirectedUrl()).with(as("caseworker"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(item).contains("1 Jul 2026, 10:30:00", held.get(0).sha256());
	}

	@Test
	void aTimeTheClocksSkippedIsRefusedNotMoved() throws Exception {
		CaseId id = open("EP-3");

		var response = upload(id, "dm.png", PNG, Map.of("method", "SCREENSHOT", "capturedAt", "2026-03-29T01:30"));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("id=\"evidence-captured-error\"", "the clocks went forward",
				"value=\"2026-03-29T01:30\"");
		assertThat(locker.list(NORTH, id)).isEmpty();
	}

	@Test
	void aSecondCopyOfAFileTheCaseHoldsIsFlaggedAsAlreadyHeldAndNotStored() throws Exception {
		CaseId id = open("EP-4");
		assertThat(upload(id, "first.png", PNG, Map.of("method", "SCREENSHOT")).getStatus()).isEqualTo(302);
		EvidenceRecord first = locker.list(NORTH, id).getFirst();

		var again = upload(id, "again.png", PNG, Map.of("method", "FILE", "platform", "Instagram"));

		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("This file is already held as first.png, added ",
				"/cases/" + id + "/evidence/" + first.id(), "value=\"Instagram\"", "id=\"evidence-file-again\"");
		assertThat(locker.list(NORTH, id)).extracting(EvidenceRecord::id).containsExactly(first.id());
	}

	@Test
	void deletionNeedsAReasonAndOnlyASupervisorOfTheTeamIsOffered() throws Exception {
		CaseId id = open("EP-5");
		upload(id, "wrong.png", PNG, Map.of("method", "SCREENSHOT"));
		var evidence = locker.list(NORTH, id).getFirst().id();
		String item = "/cases/" + id + "/evidence/" + evidence;

		assertThat(mvc.perform(get(item).with(as("caseworker"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("id=\"delete\"");
		assertThat(mvc.perform(get(item).with(as("supervisor"))).andReturn().getResponse().getContentAsString())
			.contains("id=\"delete\"");
		assertThat(mvc.perform(post(item + "/delete").param("reason", "Not this client's").with(as("caseworker"))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);

		var blank = mvc.perform(post(item + "/delete").param("reason", " ").with(as("supervisor")).with(csrf()))
			.andReturn().getResponse();
		String tooLong = "Uploaded to the wrong case. ".repeat(80);
		var overLong = mvc.perform(post(item + "/delete").param("reason", tooLong).with(as("supervisor")).with(csrf()))
			.andReturn().getResponse();

		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(blank.getContentAsString()).contains("id=\"delete-reason-error\"", "href=\"#delete-reason\"");
		assertThat(overLong.getStatus()).isEqualTo(400);
		assertThat(overLong.getContentAsString()).contains("id=\"delete-reason-error\"", tooLong.strip());
		assertThat(locker.list(NORTH, id).getFirst().isDeleted()).isFalse();

		var deleted = mvc.perform(post(item + "/delete").param("reason", "Belongs to another client")
			.with(as("supervisor")).with(csrf())).andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(item);
		assertThat(String.valueOf(deleted.getFlashMap().get("confirmation"))).contains("wrong.png was deleted");
		assertThat(locker.custody(NORTH, id, evidence)).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo(CustodyAction.DELETED);
			assertThat(entry.actor()).isEqualTo("supervisor");
			assertThat(entry.detail()).isEqualTo("Belongs to another client");
		});
	}

	@Test
	void theIntegrityCheckIsLoggedAndSaysWhetherTheFileStillMatches() throws Exception {
		CaseId id = open("EP-6");
		upload(id, "dm.png", PNG, Map.of("method", "SCREENSHOT"));
		var record = locker.list(NORTH, id).getFirst();
		String item = "/cases/" + id + "/evidence/" + record.id();

		var matches = mvc.perform(post(item + "/integrity-check").with(as("caseworker")).with(csrf())).andReturn();
		String page = mvc.perform(get(item).with(as("caseworker")).flashAttrs(matches.getFlashMap())).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("The file matches its fingerprint");

		// This context's data folder is shared with other test classes (a backup refuses a damaged original), so
		// the original is put back as it was, permissions too, once the check has seen it damaged.
		Path stored = dataDir.resolve("evidence").resolve(record.id().toString());
		var permissions = Files.getPosixFilePermissions(stored);
		Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
		Files.write(stored, "tampered".getBytes());
		MvcResult mismatch;
		try {
			mismatch = mvc.perform(post(item + "/integrity-check").with(as("caseworker")).with(csrf())).andReturn();
			page = mvc.perform(get(item).with(as("caseworker")).flashAttrs(mismatch.getFlashMap())).andReturn()
				.getResponse().getContentAsString();
		}
		finally {
			Files.write(stored, PNG);
			Files.setPosixFilePermissions(stored, permissions);
		}

		assertThat(mismatch.getResponse().getRedirectedUrl()).isEqualTo(item + "#integrity");
		assertThat(page).contains("The file does NOT match its fingerprint", record.sha256());
		assertThat(page).containsPattern("id=\"integrity-current\">[0-9a-f]{64}<");
		assertThat(locker.custody(NORTH, id, record.id())).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.UPLOADED, CustodyAction.INTEGRITY_CHECKED, CustodyAction.INTEGRITY_CHECKED);
		assertThat(page).contains("integrity checked", "MISMATCH");
	}

	private MockHttpServletResponse upload(CaseId id, String name, byte[] content, Map<String, String> fields)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/cases/{id}/evidence", id)
			.file(new MockMultipartFile("file", name, "image/png", content));
		fields.forEach(request::param);
		return mvc.perform(request.with(as("caseworker")).with(csrf())).andReturn().getResponse();
	}

	private CaseId open(String code) {
		return cases.open(NORTH, NewCase.of(code, "scotland", "Evidence pages"));
	}

	private static byte[] png(int variant) {
		byte[] content = java.util.Arrays.copyOf(PNG, PNG.length + 1);
		content[PNG.length] = (byte) variant;
		return content;
	}
}
