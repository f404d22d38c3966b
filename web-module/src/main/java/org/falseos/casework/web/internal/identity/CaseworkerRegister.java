package org.falseos.casework.web.internal.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.falseos.casework.cases.CaseworkerDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The identity side's answer to the cases module's {@link CaseworkerDirectory}: local accounts first, then the
 * people seen signing in through Keycloak ({@code web.person_seen}). Names are matched exactly as people sign in.
 * A disabled local account holds no working role while it is disabled, so it is answered as
 * {@link Standing#NOT_A_CASEWORKER}: the supervisor learns the person exists but cannot take cases, and no case
 * goes to someone who cannot sign in to work on it.
 */
@Component
public class CaseworkerRegister implements CaseworkerDirectory {

	/** A caseworker a case can be given to, with the name pages show. */
	public record Caseworker(String username, String displayName) {
	}

	private final Accounts accounts;

	private final PeopleSeen seen;

	private final JdbcClient jdbc;

	CaseworkerRegister(Accounts accounts, PeopleSeen seen, JdbcClient jdbc) {
		this.accounts = accounts;
		this.seen = seen;
		this.jdbc = jdbc;
	}

	@Override
	public Standing standing(String username, String team) {
		var account = accounts.find(username).filter(found -> found.username().equals(username));
		if (account.isPresent()) {
			var local = account.get();
			return standing(local.enabled() && local.roles().contains(Role.CASEWORKER), local.teams().contains(team));
		}
		return seen.find(username)
			.map(person -> standing(person.has(Role.CASEWORKER), person.isMemberOf(team)))
			.orElse(Standing.UNKNOWN_PERSON);
	}

	private static Standing standing(boolean caseworker, boolean inTeam) {
		if (!caseworker) {
			return Standing.NOT_A_CASEWORKER;
		}
		return inTeam ? Standing.CASEWORKER_OF_TEAM : Standing.NOT_IN_TEAM;
	}

	/** Everyone who can take a case of the team (the same rule as {@link #standing}), by display name. */
	public List<Caseworker> caseworkersOf(String team) {
		var people = new ArrayList<>(jdbc.sql("""
				select a.username, a.display_name from web.account a
				join web.account_role r on r.username = a.username and r.role = 'CASEWORKER'
				join web.team_member m on m.username = a.username and m.team = :team
				where a.enabled
				union
				select p.username, p.display_name from web.person_seen p
				where 'CASEWORKER' = any(p.roles) and :team = any(p.teams)
				  and not exists (select 1 from web.account a where a.username = p.username)
				""").param("team", team).query(Caseworker.class).list());
		people.sort(Comparator.comparing(Caseworker::displayName).thenComparing(Caseworker::username));
		return people;
	}
}
