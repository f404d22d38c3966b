package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The sign-in audit in the database: append-only, with the retention job as the one narrow way out. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SignInAuditIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SignInRetention retention;

	@Test
	void anEntryCannotBeChangedOrRemovedByPlainSql() {
		signInAged("plain-sql", "0 days");

		assertThatThrownBy(() -> jdbc.sql("update web.sign_in set outcome = 'SUCCEEDED' where username = 'plain-sql'")
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from web.sign_in where username = 'plain-sql'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate web.sign_in").update()).hasMessageContaining("append-only");
		assertThat(outcomesOf("plain-sql")).containsExactly("FAILED");
	}

	@Test
	void anOldEntryGoesOnlyWhenTheRetentionJobSaysSoAndTheLastWeekNeverGoes() {
		signInAged("old-entry", "8 days");
		signInAged("recent-entry", "6 days");

		assertThatThrownBy(() -> jdbc.sql("delete from web.sign_in where username = 'old-entry'").update())
			.as("without the retention setting").hasMessageContaining("append-only");
		assertThatThrownBy(() -> asRetentionJob("delete from web.sign_in where username = 'recent-entry'"))
			.as("younger than a week").hasMessageContaining("append-only");
		assertThatThrownBy(() -> asRetentionJob("update web.sign_in set method = 'x' where username = 'old-entry'"))
			.as("never changed").hasMessageContaining("append-only");
		assertThat(asRetentionJob("delete from web.sign_in where username = 'old-entry'")).isEqualTo(1);
		assertThat(outcomesOf("old-entry")).isEmpty();
		assertThat(outcomesOf("recent-entry")).containsExactly("FAILED");
	}

	@Test
	void theRetentionJobRemovesWhatIsOlderThanAYearAndLogsHowMany(CapturedOutput output) {
		signInAged("thirteen-months", "13 months");
		signInAged("a-year-and-a-day", "1 year 1 day");
		signInAged("eleven-months", "11 months");

		retention.applyOnSchedule();

		assertThat(outcomesOf("thirteen-months")).isEmpty();
		assertThat(outcomesOf("a-year-and-a-day")).isEmpty();
		assertThat(outcomesOf("eleven-months")).containsExactly("FAILED");
		assertThat(output).containsPattern("Sign-in audit: removed \\d+ entries older than P1Y");
		assertThat(retention.apply()).as("run again, or by another instance").isZero();
	}

	private void signInAged(String username, String age) {
		jdbc.sql("""
				insert into web.sign_in (username, at, outcome, method)
				values (:username, now() - cast(:age as interval), 'FAILED', 'form')""")
			.param("username", username).param("age", age).update();
	}

	private int asRetentionJob(String statement) {
		return new TransactionTemplate(transactionManager).execute(status -> {
			jdbc.sql("select set_config('falseos.retention', 'on', true)").query(String.class).single();
			return jdbc.sql(statement).update();
		});
	}

	private List<String> outcomesOf(String username) {
		return jdbc.sql("select outcome from web.sign_in where username = :username").param("username", username)
			.query(String.class).list();
	}
}
