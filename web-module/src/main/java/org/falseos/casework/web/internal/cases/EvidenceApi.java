package org.falseos.casework.web.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseBundles;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.IntegrityCheck;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.AcceptedText;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The evidence locker and the police bundle over JSON. Originals leave byte-identical, as attachments. */
@RestController
@RequestMapping("/api/cases/{id}")
class EvidenceApi {

	private final EvidenceLocker locker;

	private final CaseBundles bundles;

	private final Cases cases;

	EvidenceApi(EvidenceLocker locker, CaseBundles bundles, Cases cases) {
		this.locker = locker;
		this.bundles = bundles;
		this.cases = cases;
	}

	@PostMapping("/evidence")
	ResponseEntity<EvidenceRecord> upload(CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) MultipartFile file, @RequestParam Map<String, String> fields)
			throws IOException {
		if (!cases.isVisible(CaseActors.of(user), CaseId.parse(id))) {
			throw new UnknownCase("No case " + id);
		}
		if (file == null || file.isEmpty()) {
			throw InvalidCaseInput.of("file", "Attach the file as the multipart field 'file'.");
		}
		var capture = capture(fields);
		try (InputStream content = file.getInputStream()) {
			var record = locker.add(CaseActors.of(user), CaseId.parse(id), fileName(file), capture, content);
			return ResponseEntity.created(URI.create("/api/cases/" + id + "/evidence/" + record.id())).body(record);
		}
	}

	@GetMapping("/evidence")
	List<EvidenceRecord> list(CurrentUser user, @PathVariable String id) {
		return locker.list(CaseActors.of(user), CaseId.parse(id));
	}

	@GetMapping("/evidence/{evidenceId}/original")
	void original(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId,
			HttpServletResponse response) throws IOException {
		try (var original = locker.open(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId))) {
			Downloads.send(response, original.record().fileName(), original.record().size(),
					out -> original.content().transferTo(out));
		}
	}

	@PostMapping("/evidence/{evidenceId}/verify")
	IntegrityCheck verify(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId) {
		return locker.verify(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId));
	}

	@GetMapping("/evidence/{evidenceId}/custody")
	List<CustodyEntry> custody(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId) {
		return locker.custody(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId));
	}

	@PostMapping("/evidence/{evidenceId}/delete")
	Map<String, String> delete(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId,
			@RequestBody Map<String, String> body) {
		locker.delete(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId), body.get("reason"));
		return Map.of("id", evidenceId, "status", "deleted");
	}

	@GetMapping("/bundle")
	void bundle(CurrentUser user, @PathVariable String id, HttpServletResponse response) throws IOException {
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		// Decided before the first byte, so that a case the caller may not see is still a plain 404 and one
		// without police consent a 409.
		bundles.check(actor, caseId);
		Downloads.send(response, "case-" + id + "-bundle.zip", -1, out -> bundles.write(actor, caseId, out));
	}

	/** The name as the text rule keeps it (NFC); the upload's parts have passed the rule already. */
	static String fileName(MultipartFile file) {
		return AcceptedText.accept("file", file.getOriginalFilename());
	}

	static CaptureMetadata capture(Map<String, String> fields) {
		return new CaptureMetadata(instant(fields.get("capturedAt")), blank(fields.get("sourceUrl")),
				blank(fields.get("platform")), blank(fields.get("usernameShown")), method(fields.get("method")));
	}

	private static Instant instant(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant instant;
		try {
			instant = Instant.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of("capturedAt", "Give when it was captured as ISO-8601, e.g. 2026-11-20T21:35:00Z.");
		}
		PlausibleDates.problem(instant).ifPresent(problem -> {
			throw InvalidCaseInput.of("capturedAt", problem);
		});
		return instant;
	}

	private static CaptureMethod method(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return CaptureMethod.valueOf(value.strip().toUpperCase().replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			throw InvalidCaseInput.of("method", "Method must be one of screenshot, screen_recording, email_with_headers, file.");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
