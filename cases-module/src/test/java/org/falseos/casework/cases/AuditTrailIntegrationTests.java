package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The case audit trail, like the chain of custody, cannot be rewritten even by SQL straight to the database. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AuditTrailIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAuditTrailCannotBeChangedRemovedOrTruncated() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("AU-5001", "scotland", "Threats by e-mail"));

		assertThatThrownBy(() -> jdbc.sql("update cases.audit set actor = 'someone else' where case_id = :id")
			.param("id", id.id()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update cases.audit set detail = null where case_id = :id")
			.param("id", id.id()).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from cases.audit where case_id = :id").param("id", id.id()).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate cases.audit").update()).hasMessageContaining("append-only");
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action).containsExactly("OPENED");
	}

	@Test
	void theChainOfCustodyCannotBeTruncatedEither() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("AU-5002", "scotland", "Screenshots of threats"));
		var record = locker.add(NORTH_CASEWORKER, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				stream(PNG));

		assertThatThrownBy(() -> jdbc.sql("truncate cases.custody").update()).hasMessageContaining("append-only");
		assertThat(locker.custody(NORTH_CASEWORKER, id, record.id())).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.UPLOADED);
	}
}
