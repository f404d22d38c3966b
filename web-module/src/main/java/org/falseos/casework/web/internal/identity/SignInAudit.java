package org.falseos.casework.web.internal.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of sign-in attempts that admins read: who, when, how, from where and how it went. */
@Repository
class SignInAudit {

	/** How an attempt ended; THROTTLED: refused without a password check. LOCKED: rows from before throttling. */
	enum Outcome {
		SUCCEEDED, FAILED, THROTTLED, LOCKED
	}

	/** One recorded attempt; {@code username} is the name that was tried, which need not exist. */
	record SignIn(String username, Instant at, Outcome outcome, String method, String remoteAddress) {
	}

	private final JdbcClient jdbc;

	SignInAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String username, Outcome outcome, String method, String remoteAddress) {
		jdbc.sql("insert into web.sign_in (username, outcome, method, remote_address) values (?, ?, ?, ?)")
			.params(SignInThrottle.normalise(username), outcome.name(), method, remoteAddress)
			.update();
	}

	List<SignIn> latest(int limit) {
		return jdbc.sql("""
				select username, at, outcome, method, remote_address from web.sign_in
				order by at desc, id desc limit ?""")
			.param(limit)
			.query((rs, row) -> new SignIn(rs.getString(1), rs.getTimestamp(2).toInstant(),
					Outcome.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}
}
