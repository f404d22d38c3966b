package org.falseos.casework.cases.dataprotection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.evidence.HeldEvidence;
import org.falseos.casework.cases.internal.AuditLog;
import org.falseos.casework.cases.internal.CaseAccess;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A subject access export: one ZIP with subject-access.json (the client's record, consent history, erasure
 * requests, and each case in full with its evidence records, chains of custody, audit trail and supervision) and the client's
 * evidence files under evidence/&lt;case id&gt;/. A person reviews it before it goes to the client.
 */
@Component
class SubjectAccessExport {

	static final String PURPOSE = "subject access export";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
		.addModule(new SimpleModule().addSerializer(CaseId.class, ToStringSerializer.instance)
			.addSerializer(ClientId.class, ToStringSerializer.instance)
			.addSerializer(EvidenceId.class, ToStringSerializer.instance))
		.build();

	private final CaseAccess access;

	private final ClientRecords records;

	private final Cases cases;

	private final HeldEvidence evidence;

	private final AuditLog audit;

	private final CaseSupervision supervision;

	private final CaseClosures closures;

	SubjectAccessExport(CaseAccess access, ClientRecords records, Cases cases, HeldEvidence evidence, AuditLog audit,
			CaseSupervision supervision, CaseClosures closures) {
		this.supervision = supervision;
		this.closures = closures;
		this.access = access;
		this.records = records;
		this.cases = cases;
		this.evidence = evidence;
		this.audit = audit;
	}

	record SubjectAccess(String format, String generatedAt, String generatedBy, Map<String, Object> client,
			List<Map<String, Object>> consents, List<Map<String, Object>> erasureRequests, List<CaseHeld> cases) {
	}

	/** {@code supervision}: the supervisor's notes on the case and its hand-overs, which may speak of the client. */
	record CaseHeld(CaseFile caseFile, CaseClosures.Closure closure, List<EvidenceHeld> evidence, List<AuditEntry> audit,
			CaseSupervision.Record supervision) {
	}

	record EvidenceHeld(EvidenceRecord record, String path, String integrityAtExport, List<CustodyEntry> custody) {
	}

	void write(Actor actor, ClientId clientId, OutputStream out) throws IOException {
		access.requireClientVisible(actor, clientId);
		List<CaseId> caseIds = records.casesOf(clientId);
		caseIds.forEach(id -> audit.record(id, clientId, actor.username(), "SUBJECT_ACCESS_EXPORTED", null));
		var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<CaseHeld> held = new ArrayList<>();
		for (CaseId caseId : caseIds) {
			CaseFile file = cases.read(actor, caseId);
			List<EvidenceHeld> files = new ArrayList<>();
			int number = 0;
			for (EvidenceRecord record : evidence.ofCase(caseId)) {
				String path = null;
				String integrity = null;
				if (!record.isDeleted()) {
					var exported = evidence.export(record, ++number, zip, "evidence/" + caseId + "/", actor.username(),
							PURPOSE);
					path = exported.path();
					integrity = exported.integrity().name();
				}
				files.add(new EvidenceHeld(record, path, integrity, evidence.custody(record.id())));
			}
			held.add(new CaseHeld(file, closures.closure(actor, caseId), files, audit.forCase(caseId),
					supervision.record(actor, caseId)));
		}
		var document = new SubjectAccess("FalseOS subject access export 1", Instant.now().toString(), actor.username(),
				records.client(clientId), records.consents(clientId), records.erasureRequests(clientId), held);
		zip.putNextEntry(new ZipEntry("subject-access.json"));
		zip.write(JSON.writeValueAsBytes(document));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}
}
