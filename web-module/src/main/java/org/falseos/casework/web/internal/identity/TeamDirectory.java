package org.falseos.casework.web.internal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds a role for a team, and where to write to them, as the local accounts record it: the inbox asks it whom
 * an event concerns. Only enabled accounts. Keycloak keeps its people itself, so under Keycloak only the people
 * named in an event (a case's caseworker, a requester) are reached, not a team's supervisors or the coordinators.
 */
@Component
public class TeamDirectory {

	private final JdbcClient jdbc;

	TeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The supervisors of {@code team}, by username, sorted. */
	public List<String> supervisorsOf(String team) {
		return jdbc.sql("""
				select s.username from web.supervised_team s join web.account a on a.username = s.username
				join web.account_role r on r.username = s.username and r.role = 'SUPERVISOR'
				where s.team = :team and a.enabled order by s.username
				""").param("team", team).query(String.class).list();
	}

	/** Everyone holding {@code role}, by username, sorted. */
	public List<String> holding(Role role) {
		return jdbc.sql("""
				select r.username from web.account_role r join web.account a on a.username = r.username
				where r.role = :role and a.enabled order by r.username
				""").param("role", role.name()).query(String.class).list();
	}

	/** The e-mail addresses of these people who have one, by username. */
	public Map<String, String> emailsOf(Collection<String> usernames) {
		var emails = new TreeMap<String, String>();
		jdbc.sql("select username, email from web.account where username = any(:names) and enabled and email is not null")
			.param("names", usernames.toArray(String[]::new))
			.query((rs, row) -> emails.put(rs.getString(1), rs.getString(2)))
			.list();
		return emails;
	}
}
