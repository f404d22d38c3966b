package org.falseos.casework.web.internal.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password sign-ins per name and source (growing pauses) and per source across all names (a budget per
 * window), in PostgreSQL so that every instance shares the counts. Nothing here locks an account: a name is only
 * ever paused for the source that failed with it, so its rightful user elsewhere can still sign in. Names are
 * counted whether or not an account has them, so the throttle says nothing about which accounts exist.
 */
@Repository
class SignInThrottle {

	static final int MAX_NAME_LENGTH = 100;

	static final int SHOWN = 500;

	/** An attempt that may go on to its password check, or one refused ({@code allowed} false) without it. */
	record Attempt(String username, String source, boolean allowed, Instant sourceWindowStartedAt) {
	}

	/** The failures of one name from one source, and until when that pair is paused (null: not paused). */
	record NameThrottle(String username, String source, int failures, Instant lastFailureAt, Instant pausedUntil) {
	}

	/** The failures of one source across all names in its current window, and until when it is paused. */
	record SourceThrottle(String source, int failures, Instant windowStartedAt, Instant pausedUntil) {
	}

	private final JdbcClient jdbc;

	private final SignInThrottleSettings settings;

	SignInThrottle(JdbcClient jdbc, SignInThrottleSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Counts the attempt as a failure before its password is checked (so that parallel attempts cannot all slip
	 * in under the count), unless the name or the source is paused: then it is refused and not counted.
	 */
	@Transactional
	Attempt begin(String username, String source) {
		String name = normalise(username);
		record Row(int failures, boolean paused, boolean windowOver) {
		}
		// Each upsert makes its row if need be and locks it (source first, always), so concurrent attempts queue.
		Row sourceRow = jdbc.sql("""
				insert into web.sign_in_source_throttle as t (source, failures, window_started_at) values (?, 0, now())
				on conflict (source) do update set failures = t.failures
				returning failures, coalesce(paused_until > now(), false),
				          window_started_at + make_interval(secs => ?) <= now()""")
			.params(source, settings.sourceWindow().toSeconds())
			.query((rs, n) -> new Row(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3)))
			.single();
		Row nameRow = jdbc.sql("""
				insert into web.sign_in_throttle as t (username, source, failures, last_failure_at)
				values (?, ?, 0, now())
				on conflict (username, source) do update set failures = t.failures
				returning failures, coalesce(paused_until > now(), false), false""")
			.params(name, source)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3)))
			.single();
		if (sourceRow.paused() || nameRow.paused()) {
			return new Attempt(name, source, false, null);
		}
		Instant window = jdbc.sql("""
				update web.sign_in_source_throttle set
				    failures = case when :over then 1 else failures + 1 end,
				    window_started_at = case when :over then now() else window_started_at end,
				    paused_until = case when (case when :over then 1 else failures + 1 end) >= :max
				                        then (case when :over then now() else window_started_at end)
				                             + make_interval(secs => :window)
				                   end
				where source = :source
				returning window_started_at""")
			.param("over", sourceRow.windowOver())
			.param("max", settings.sourceMaxFailures())
			.param("window", settings.sourceWindow().toSeconds())
			.param("source", source)
			.query(Timestamp.class)
			.single()
			.toInstant();
		long pause = settings.pauseAfter(nameRow.failures() + 1).toSeconds();
		jdbc.sql("""
				update web.sign_in_throttle set failures = failures + 1, last_failure_at = now(),
				    paused_until = case when :pause > 0 then now() + make_interval(secs => :pause) end
				where username = :name and source = :source""")
			.param("pause", pause)
			.param("name", name)
			.param("source", source)
			.update();
		return new Attempt(name, source, true, window);
	}

	/** The attempt's password was right: the pair is cleared and the source's count taken back. */
	@Transactional
	void succeeded(Attempt attempt) {
		jdbc.sql("delete from web.sign_in_throttle where username = ? and source = ?")
			.params(attempt.username(), attempt.source())
			.update();
		jdbc.sql("""
				update web.sign_in_source_throttle set failures = failures - 1,
				    paused_until = case when failures - 1 >= ? then paused_until end
				where source = ? and window_started_at = ? and failures > 0""")
			.params(settings.sourceMaxFailures(), attempt.source(), Timestamp.from(attempt.sourceWindowStartedAt()))
			.update();
	}

	/** Name-and-source throttles with failures, most recent first. */
	List<NameThrottle> names() {
		return jdbc.sql("""
				select username, source, failures, last_failure_at, case when paused_until > now() then paused_until end
				from web.sign_in_throttle where failures > 0 order by last_failure_at desc, username, source limit ?""")
			.param(SHOWN)
			.query((rs, n) -> new NameThrottle(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4),
					instant(rs, 5)))
			.list();
	}

	/** Sources with failures in their current window, most failures first. */
	List<SourceThrottle> sources() {
		return jdbc.sql("""
				select source, failures, window_started_at, case when paused_until > now() then paused_until end
				from web.sign_in_source_throttle
				where failures > 0 and window_started_at + make_interval(secs => ?) > now()
				order by failures desc, source limit ?""")
			.params(settings.sourceWindow().toSeconds(), SHOWN)
			.query((rs, n) -> new SourceThrottle(rs.getString(1), rs.getInt(2), instant(rs, 3), instant(rs, 4)))
			.list();
	}

	/** Forgets the failures of one name from one source; returns whether there were any. */
	boolean clear(String username, String source) {
		return jdbc.sql("delete from web.sign_in_throttle where username = ? and source = ?")
			.params(normalise(username), source)
			.update() > 0;
	}

	/** Forgets the failures of one source across names (not its name-and-source pairs); whether there were any. */
	boolean clearSource(String source) {
		return jdbc.sql("delete from web.sign_in_source_throttle where source = ?").param(source).update() > 0;
	}

	// Counts nobody has added to for a day (and pausing nobody) are of no further use; rows an attempt has just
	// made are never that old, so this cannot pull a row from under a running attempt.
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void forgetOldFailures() {
		jdbc.sql("""
				delete from web.sign_in_throttle
				where last_failure_at < now() - interval '1 day' and (paused_until is null or paused_until < now())""")
			.update();
		jdbc.sql("""
				delete from web.sign_in_source_throttle
				where window_started_at + make_interval(secs => ?) < now() - interval '1 day'""")
			.param(settings.sourceWindow().toSeconds())
			.update();
	}

	static String normalise(String username) {
		String name = username == null ? "" : username.strip().toLowerCase();
		return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
