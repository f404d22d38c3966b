package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;
import static org.falseos.casework.cases.Evidence.PDF;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.png;
import static org.falseos.casework.cases.Evidence.sha256;
import static org.falseos.casework.cases.Evidence.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PoliceBundleIntegrationTests {

	static final String HOSTILE_NAME = "<script>alert('x')</script>.png";

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	CaseBundles bundles;

	@Test
	void rehashingTheBundlesOriginalsReproducesItsManifest() throws IOException {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("PB-2001", "scotland", "Threats and impersonation"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		var capture = new CaptureMetadata(Instant.parse("2026-11-20T21:30:00Z"), "https://x.com/troll_99/status/1",
				"X", "@Troll_99", CaptureMethod.SCREENSHOT);
		var png = locker.add(NORTH_CASEWORKER, id, HOSTILE_NAME, capture, stream(PNG));
		var anotherPngSameName = locker.add(NORTH_CASEWORKER, id, HOSTILE_NAME, capture, stream(png(1)));
		var pdf = locker.add(NORTH_CASEWORKER, id, "../../statement.pdf", CaptureMetadata.of(CaptureMethod.FILE), stream(PDF));
		var mistake = locker.add(NORTH_CASEWORKER, id, "wrong-client.png", capture, stream(png(2)));
		locker.delete(NORTH_SUPERVISOR, id, mistake.id(), "Belongs to another client");
		var first = cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"Threat in a reply", "X", "https://x.com/troll_99/status/1", "@Troll_99", null));
		cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-02T10:00:00Z"),
				"Corrected: the threat came by DM", "X", null, "@Troll_99", first));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-20261120-0042"));

		var out = new ByteArrayOutputStream();
		bundles.write(NORTH_SUPERVISOR, id, out);
		Map<String, byte[]> zip = Zips.entries(out.toByteArray());
		JsonNode manifest = JsonMapper.builder().build().readTree(zip.get("manifest.json"));

		Set<String> listed = new HashSet<>();
		for (JsonNode file : manifest.get("files")) {
			String path = file.get("path").asString();
			listed.add(path);
			assertThat(zip).containsKey(path);
			assertThat(sha256(zip.get(path))).as(path).isEqualTo(file.get("sha256").asString());
			assertThat((long) zip.get(path).length).isEqualTo(file.get("size").asLong());
			assertThat(file.get("integrityAtExport").asString()).isEqualTo("OK");
		}
		assertThat(zip.keySet()).containsExactlyInAnyOrder(listed.stream()
			.collect(java.util.stream.Collectors.toCollection(() -> new HashSet<>(Set.of("manifest.json", "manifest.html"))))
			.toArray(String[]::new));
		assertThat(listed).hasSize(3).allMatch(path -> path.matches("originals/\\d{3}-[A-Za-z0-9._-]+"));
		assertThat(zip.get(path(manifest, png))).isEqualTo(PNG);
		assertThat(zip.get(path(manifest, anotherPngSameName))).isEqualTo(png(1));
		assertThat(zip.get(path(manifest, pdf))).isEqualTo(PDF);
		assertThat(file(manifest, png).get("fileName").asString()).isEqualTo(HOSTILE_NAME);
		assertThat(file(manifest, png).get("usernameShown").asString()).isEqualTo("@Troll_99");
		assertThat(file(manifest, png).get("mediaType").asString()).isEqualTo("image/png");
		assertThat(file(manifest, png).get("captureMethod").asString()).isEqualTo("SCREENSHOT");

		assertThat(manifest.get("deletedFiles")).singleElement().satisfies(deleted -> {
			assertThat(deleted.get("reason").asString()).isEqualTo("Belongs to another client");
			assertThat(deleted.get("sha256").asString()).isEqualTo(sha256(png(2)));
		});
		assertThat(manifest.get("incidents")).hasSize(2);
		assertThat(manifest.get("incidents").get(0).get("correctedBy").asInt()).isEqualTo(2);
		assertThat(manifest.get("incidents").get(1).get("corrects").asInt()).isEqualTo(1);
		assertThat(manifest.get("referenceNumbers").get(0).get("number").asString()).isEqualTo("PS-20261120-0042");
		assertThat(manifest.get("caseFile").get("clientCode").asString()).isEqualTo("PB-2001");
	}

	@Test
	void theReadablePageEscapesEverythingAndShowsCorrections() throws IOException {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("PB-2002", "scotland", "Hostile input"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		locker.add(NORTH_CASEWORKER, id, HOSTILE_NAME, CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		var first = cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"<img src=x onerror=alert(1)> said \"you're next\"", "X", null, null, null));
		cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T11:00:00Z"), "Correct time",
				"X", null, null, first));

		var out = new ByteArrayOutputStream();
		bundles.write(NORTH_CASEWORKER, id, out);
		String page = new String(Zips.entries(out.toByteArray()).get("manifest.html"), StandardCharsets.UTF_8);

		assertThat(page).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.png")
			.contains("&lt;img src=x onerror=alert(1)&gt; said &quot;you&#39;re next&quot;")
			.contains("Correction of entry 1").contains("corrected by entry 2")
			.contains("Content-Security-Policy");
	}

	@Test
	void everyExportIsAuditedAndInEachFilesChainOfCustody() throws IOException {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("PB-2003", "scotland", "Audit"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		var png = locker.add(NORTH_CASEWORKER, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));

		bundles.write(NORTH_CASEWORKER, id, new ByteArrayOutputStream());
		bundles.write(NORTH_SUPERVISOR, id, new ByteArrayOutputStream());

		assertThat(locker.custody(NORTH_SUPERVISOR, id, png.id())).extracting(CustodyEntry::action, CustodyEntry::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CustodyAction.UPLOADED, "caseworker"),
					org.assertj.core.groups.Tuple.tuple(CustodyAction.EXPORTED, "caseworker"),
					org.assertj.core.groups.Tuple.tuple(CustodyAction.EXPORTED, "supervisor"));
		assertThat(locker.custody(NORTH_SUPERVISOR, id, png.id()).get(1).detail())
			.isEqualTo("police bundle as originals/001-dm.png; integrity OK");
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).filteredOn(entry -> entry.action().equals("BUNDLE_EXPORTED"))
			.extracting(AuditEntry::actor).containsExactlyInAnyOrder("caseworker", "supervisor");
	}

	@Test
	void anotherTeamGetsNoBundleAndNotOneByte() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("PB-2004", "scotland", "Private"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		locker.add(NORTH_CASEWORKER, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		var out = new ByteArrayOutputStream();

		assertThatThrownBy(() -> bundles.write(SOUTH_CASEWORKER, id, out)).isInstanceOf(UnknownCase.class);
		assertThat(out.size()).isZero();
	}

	private static JsonNode file(JsonNode manifest, EvidenceRecord record) {
		for (JsonNode file : manifest.get("files")) {
			if (file.get("evidenceId").asString().equals(record.id().toString())) {
				return file;
			}
		}
		throw new AssertionError("Not in the manifest: " + record.id());
	}

	private static String path(JsonNode manifest, EvidenceRecord record) {
		return file(manifest, record).get("path").asString();
	}
}
