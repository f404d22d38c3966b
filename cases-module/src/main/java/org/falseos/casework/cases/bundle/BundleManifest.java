package org.falseos.casework.cases.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.evidence.HeldEvidence;

/**
 * What a police bundle contains, as manifest.json states it. Field names are a contract with whoever verifies a
 * bundle: {@code files[].path} and {@code files[].sha256} must reproduce by re-hashing. Client details beyond the
 * pseudonymous code are left out; the police get them from the caseworker with the client's consent.
 */
record BundleManifest(String format, String hashAlgorithm, CaseInfo caseFile, String generatedAt,
		String generatedBy, List<FileEntry> files, List<DeletedFile> deletedFiles, List<DiaryEntry> incidents,
		List<Reference> referenceNumbers) {

	static final String FORMAT = "FalseOS evidence bundle 1";

	record CaseInfo(String id, String clientCode, String jurisdiction, String status, String openedAt) {
	}

	record FileEntry(String path, String evidenceId, String fileName, String sha256, long size, String mediaType,
			boolean nameMatchesContent, String captureMethod, String capturedAt, String sourceUrl, String platform,
			String usernameShown, String uploadedBy, String uploadedAt, String integrityAtExport) {
	}

	record DeletedFile(String evidenceId, String fileName, String sha256, long size, String mediaType,
			String deletedBy, String deletedAt, String reason) {
	}

	/** Numbered in the order shown; corrections point at the number of the entry they correct, and back. */
	record DiaryEntry(int number, String id, String occurredAt, String recordedAt, String recordedBy, String platform,
			String url, String perpetratorIdentifier, String description, Integer corrects, Integer correctedBy) {
	}

	record Reference(String agency, String number, String obtainedOn, String officer, String contactRoute,
			String notes, String recordedBy, String recordedAt) {
	}

	static BundleManifest of(CaseFile file, List<HeldEvidence.Exported> exported, List<EvidenceRecord> deleted,
			String by, Instant at) {
		var caseInfo = new CaseInfo(file.id().toString(), file.client().code(), file.jurisdiction(), file.status(),
				text(file.openedAt()));
		return new BundleManifest(FORMAT, "SHA-256", caseInfo, text(at), by,
				exported.stream().map(BundleManifest::fileEntry).toList(),
				deleted.stream().map(BundleManifest::deletedFile).toList(), diary(file.incidents()),
				file.referenceNumbers().stream().map(BundleManifest::reference).toList());
	}

	private static FileEntry fileEntry(HeldEvidence.Exported exported) {
		var record = exported.record();
		var capture = record.capture();
		return new FileEntry(exported.path(), record.id().toString(), record.fileName(), record.sha256(),
				record.size(), record.mediaType(), record.nameMatchesContent(), capture.method().name(),
				text(capture.capturedAt()), capture.sourceUrl(), capture.platform(), capture.usernameShown(),
				record.uploadedBy(), text(record.uploadedAt()), exported.integrity().name());
	}

	private static DeletedFile deletedFile(EvidenceRecord record) {
		var deletion = record.deletion();
		return new DeletedFile(record.id().toString(), record.fileName(), record.sha256(), record.size(),
				record.mediaType(), deletion.by(), text(deletion.at()), deletion.reason());
	}

	private static List<DiaryEntry> diary(List<CaseFile.Incident> incidents) {
		Map<UUID, Integer> numbers = new HashMap<>();
		for (int i = 0; i < incidents.size(); i++) {
			numbers.put(incidents.get(i).id(), i + 1);
		}
		return incidents.stream()
			.map(incident -> new DiaryEntry(numbers.get(incident.id()), incident.id().toString(),
					text(incident.occurredAt()), text(incident.recordedAt()), incident.recordedBy(), incident.platform(),
					incident.url(), incident.perpetratorIdentifier(), incident.description(),
					incident.corrects() == null ? null : numbers.get(incident.corrects()),
					incident.correctedBy() == null ? null : numbers.get(incident.correctedBy())))
			.toList();
	}

	private static Reference reference(CaseFile.ReferenceNumber reference) {
		return new Reference(reference.agency(), reference.number(), text(reference.obtainedOn()), reference.officer(),
				reference.contactRoute(), reference.notes(), reference.recordedBy(), text(reference.recordedAt()));
	}

	private static String text(Instant instant) {
		return Objects.toString(instant, null);
	}

	private static String text(LocalDate date) {
		return Objects.toString(date, null);
	}
}
