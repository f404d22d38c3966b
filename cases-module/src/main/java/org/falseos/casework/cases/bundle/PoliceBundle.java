package org.falseos.casework.cases.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseBundles;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.evidence.HeldEvidence;
import org.falseos.casework.cases.internal.AuditLog;
import org.falseos.casework.cases.internal.PoliceRelease;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the police bundle as one streamed ZIP: the originals first (re-hashed while they are copied), then the
 * manifest that states their fingerprints. Not transactional: a bundle of large files takes a while to send.
 */
@Service
class PoliceBundle implements CaseBundles {

	static final String PURPOSE = "police bundle";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Cases cases;

	private final HeldEvidence evidence;

	private final AuditLog audit;

	private final PoliceRelease police;

	PoliceBundle(Cases cases, HeldEvidence evidence, AuditLog audit, PoliceRelease police) {
		this.cases = cases;
		this.police = police;
		this.evidence = evidence;
		this.audit = audit;
	}

	@Override
	public void check(Actor actor, CaseId caseId) {
		police.check(actor, caseId);
	}

	@Override
	public void write(Actor actor, CaseId caseId, OutputStream out) throws IOException {
		// Reading the case decides access (and records the view) before a single byte goes out.
		CaseFile file = cases.read(actor, caseId);
		police.release(actor, caseId);
		List<EvidenceRecord> held = evidence.ofCase(caseId);
		List<EvidenceRecord> deleted = held.stream().filter(EvidenceRecord::isDeleted).toList();
		audit.record(caseId, file.client().id(), actor.username(), "BUNDLE_EXPORTED",
				(held.size() - deleted.size()) + " files");
		var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<HeldEvidence.Exported> exported = new ArrayList<>();
		int number = 0;
		for (EvidenceRecord record : held) {
			if (!record.isDeleted()) {
				exported.add(evidence.export(record, ++number, zip, "originals/", actor.username(), PURPOSE));
			}
		}
		var manifest = BundleManifest.of(file, exported, deleted, actor.username(), Instant.now());
		entry(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
		entry(zip, "manifest.html", ManifestPage.render(manifest).getBytes(StandardCharsets.UTF_8));
		// finish, not close: the caller owns the stream (a servlet response, say).
		zip.finish();
		zip.flush();
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
