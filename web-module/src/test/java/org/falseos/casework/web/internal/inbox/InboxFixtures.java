package org.falseos.casework.web.internal.inbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases, people and events for the inbox tests, through the modules' own APIs and the real event registry. */
record InboxFixtures(Cases cases, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx) {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final String SUMMARY = "Threats sent by an ex-partner through a fake profile";

	/** A second supervisor of North and a supervisor of South, beside the demo accounts' supervisor of North. */
	void morePeople() {
		account("supervisor-north2", "SUPERVISOR", null, "North");
		account("supervisor-south", "SUPERVISOR", null, "South");
		account("caseworker-north2", "CASEWORKER", "North", null);
	}

	private void account(String username, String role, String team, String supervises) {
		jdbc.sql("""
				insert into web.account (username, display_name, password_hash, enabled, demo)
				values (?, ?, '{noop}unused', true, false) on conflict do nothing""").params(username, username).update();
		jdbc.sql("insert into web.account_role (username, role) values (?, ?) on conflict do nothing")
			.params(username, role).update();
		if (team != null) {
			jdbc.sql("insert into web.team (name) values (?) on conflict do nothing").param(team).update();
			jdbc.sql("insert into web.team_member (username, team) values (?, ?) on conflict do nothing")
				.params(username, team).update();
		}
		if (supervises != null) {
			jdbc.sql("insert into web.team (name) values (?) on conflict do nothing").param(supervises).update();
			jdbc.sql("insert into web.supervised_team (username, team) values (?, ?) on conflict do nothing")
				.params(username, supervises).update();
		}
	}

	CaseId open(Actor caseworker) {
		return cases.open(caseworker, new NewCase(code(caseworker), "scotland", SUMMARY, null, "Private Name", null,
				null, Set.of(), "united-states", false, false));
	}

	String clientCode(CaseId caseId) {
		return jdbc.sql("select cl.code from cases.case_file c join cases.client cl on cl.id = c.client_id where c.id = ?")
			.param(caseId.id()).query(String.class).single();
	}

	private static String code(Actor caseworker) {
		return caseworker.teams().iterator().next().charAt(0) + "I-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
	}

	/** Publishes the event as a module would: inside a transaction, delivered after the commit. */
	void publish(Object event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

	/**
	 * Waits until the inbox's and linking's listeners have every event delivered (completed ones leave the table).
	 * The search index's listeners are left out: indexing the guidance at start-up can take longer on a busy machine
	 * and has nothing to do with the inbox.
	 */
	void awaitDelivered() {
		// Named on a timeout: which listener has not completed which event.
		await().atMost(Duration.ofSeconds(60)).alias("incomplete publications").until(() -> jdbc.sql("""
				select listener_id || ' <- ' || event_type from event_publication where completion_date is null
				and listener_id not like '%casework.search.%'""").query(String.class).list(), List::isEmpty);
	}

	List<String> recipientsOf(String dedupKey) {
		return jdbc.sql("select recipient from web.notification where dedup_key = ? order by recipient")
			.param(dedupKey).query(String.class).list();
	}

	List<String> textsFor(String recipient, CaseId caseId) {
		return jdbc.sql("select text from web.notification where recipient = ? and case_id = ? order by created_at")
			.params(recipient, caseId.id()).query(String.class).list();
	}
}
