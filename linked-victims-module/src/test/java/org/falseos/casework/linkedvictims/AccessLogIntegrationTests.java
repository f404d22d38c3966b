package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** Who viewed or exported a pattern stays recorded: the database refuses to change or remove an entry. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AccessLogIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccessLogEntryCannotBeChangedRemovedOrTruncated() {
		UUID pattern = UUID.randomUUID();
		jdbc.sql("insert into linkedvictims.access_log (pattern_id, actor, action, format) values (:id, 'coordinator', "
				+ "'EXPORTED', 'CSV')").param("id", pattern).update();

		assertThatThrownBy(() -> jdbc.sql("update linkedvictims.access_log set actor = 'nobody' where pattern_id = :id")
			.param("id", pattern).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from linkedvictims.access_log where pattern_id = :id")
			.param("id", pattern).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate linkedvictims.access_log").update())
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select actor || ':' || action || ':' || format from linkedvictims.access_log "
				+ "where pattern_id = :id").param("id", pattern).query(String.class).list())
			.containsExactly("coordinator:EXPORTED:CSV");
	}
}
