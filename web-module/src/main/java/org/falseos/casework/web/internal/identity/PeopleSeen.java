package org.falseos.casework.web.internal.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People who signed in through Keycloak, as their claims described them at their last sign-in. */
@Repository
class PeopleSeen {

	private final JdbcClient jdbc;

	PeopleSeen(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(CurrentUser user) {
		jdbc.sql("""
				insert into web.person_seen (username, display_name, roles, teams, supervised_teams)
				values (:username, :name, :roles, :teams, :supervised)
				on conflict (username) do update set display_name = excluded.display_name, roles = excluded.roles,
				    teams = excluded.teams, supervised_teams = excluded.supervised_teams, last_seen_at = now()
				""").param("username", user.username()).param("name", user.displayName())
			.param("roles", user.roles().stream().map(Enum::name).toArray(String[]::new))
			.param("teams", user.teams().toArray(String[]::new))
			.param("supervised", user.supervisedTeams().toArray(String[]::new)).update();
	}

	Optional<CurrentUser> find(String username) {
		return jdbc.sql("select username, display_name, roles, teams, supervised_teams from web.person_seen where username = ?")
			.param(username)
			.query((rs, row) -> new CurrentUser(rs.getString("username"), rs.getString("display_name"),
					strings(rs.getArray("roles")).stream().map(Role::named).flatMap(Optional::stream)
						.collect(Collectors.toSet()),
					strings(rs.getArray("teams")), strings(rs.getArray("supervised_teams"))))
			.optional();
	}

	private static Set<String> strings(Array array) throws SQLException {
		return Set.copyOf(Arrays.asList((String[]) array.getArray()));
	}
}
