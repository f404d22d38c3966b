package org.falseos.casework.web.internal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds a role for a team, and where to write to them: the inbox asks it whom an event concerns. Local accounts
 * (enabled ones) and, under Keycloak, the people recorded at their last sign-in ({@code web.person_seen}, with the
 * roles and teams their claims carried then); someone who has never signed in is not reached.
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
				where s.team = :team and a.enabled
				union
				select p.username from web.person_seen p
				where :team = any(p.supervised_teams) and 'SUPERVISOR' = any(p.roles)
				  and not exists (select 1 from web.account a where a.username = p.username)
				order by 1
				""").param("team", team).query(String.class).list();
	}

	/** Everyone holding {@code role}, by username, sorted. */
	public List<String> holding(Role role) {
		return jdbc.sql("""
				select r.username from web.account_role r join web.account a on a.username = r.username
				where r.role = :role and a.enabled
				union
				select p.username from web.person_seen p
				where :role = any(p.roles) and not exists (select 1 from web.account a where a.username = p.username)
				order by 1
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
