package org.falseos.casework.web.internal.identity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks a local account name for a while after repeated failed sign-ins (by default 5 failures lock it for 15
 * minutes). Kept in PostgreSQL so that it holds across instances; counted per attempted name, known or not, so
 * that the lock says nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	static final int MAX_NAME_LENGTH = 100;

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(JdbcClient jdbc, @Value("${falseos.login.max-failures:5}") int maxFailures,
			@Value("${falseos.login.lock-duration:PT15M}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	boolean isLocked(String username) {
		return jdbc.sql("select count(*) from web.login_failure where username = ? and locked_until > now()")
			.param(normalise(username))
			.query(Integer.class)
			.single() > 0;
	}

	/** Counts one more failure; the one that reaches the limit locks the name and starts counting afresh. */
	void failed(String username) {
		jdbc.sql("""
				insert into web.login_failure as f (username, failures, last_failure_at) values (:name, 1, now())
				on conflict (username) do update set
				    failures = case when f.failures + 1 >= :max then 0 else f.failures + 1 end,
				    locked_until = case when f.failures + 1 >= :max then now() + :lock * interval '1 second'
				                        else f.locked_until end,
				    last_failure_at = now()""")
			.param("name", normalise(username))
			.param("max", maxFailures)
			.param("lock", lockDuration.toSeconds())
			.update();
		// Names nobody has tried for a day are of no further use; this keeps the table small.
		jdbc.sql("delete from web.login_failure where last_failure_at < now() - interval '1 day' "
				+ "and (locked_until is null or locked_until < now())").update();
	}

	void succeeded(String username) {
		jdbc.sql("delete from web.login_failure where username = ?").param(normalise(username)).update();
	}

	static String normalise(String username) {
		String name = username == null ? "" : username.strip().toLowerCase();
		return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
	}
}
