package org.falseos.casework.cases.internal;

import java.util.Set;
import java.util.TreeSet;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.UnknownCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one access policy of the cases module. Caseworkers see the cases of their own teams; supervisors see the
 * cases of the teams they supervise; nobody else sees case content here (coordinators get what the linking
 * module shows). A case someone may not see is answered exactly like a case that does not exist. Public only for
 * the module's own sub-packages (evidence, data protection); other modules cannot reach {@code internal}.
 */
@Component
public class CaseAccess {

	private final JdbcClient jdbc;

	CaseAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static boolean maySee(Actor actor, String team) {
		return actor.isCaseworker() && actor.teams().contains(team)
				|| actor.isSupervisor() && actor.supervisedTeams().contains(team);
	}

	/** The teams whose cases this person may see: {@link #maySee} for a whole list at once. */
	public static Set<String> visibleTeams(Actor actor) {
		var teams = new TreeSet<String>();
		if (actor.isCaseworker()) {
			teams.addAll(actor.teams());
		}
		if (actor.isSupervisor()) {
			teams.addAll(actor.supervisedTeams());
		}
		return teams;
	}

	/** The team of a case this person may see, or {@link UnknownCase}. */
	public String requireVisible(Actor actor, CaseId id) {
		String team = jdbc.sql("""
				select c.team from cases.case_file c join cases.client cl on cl.id = c.client_id
				where c.id = :id and cl.erased_at is null
				""").param("id", id.id()).query(String.class).optional().orElse(null);
		if (team == null || !maySee(actor, team)) {
			throw new UnknownCase("No case " + id);
		}
		return team;
	}

	/** What a closed case answers to any step that would change it, until a supervisor reopens it. */
	public static final String CLOSED = "This case is closed; a supervisor can reopen it.";

	/**
	 * As {@link #requireVisible}, and the case must still be open to take new entries: the one read-only guard of
	 * a closed case, shared by the facade and the sub-packages. It locks the case row until the transaction ends, so
	 * a closure approved meanwhile waits for this write (or this write sees the case closed), never both unseen.
	 */
	public String requireWritable(Actor actor, CaseId id) {
		String team = requireVisible(actor, id);
		boolean open = jdbc.sql("select status = 'OPEN' from cases.case_file where id = :id for no key update")
			.param("id", id.id()).query(Boolean.class).single();
		if (!open) {
			throw new CaseConflict(CLOSED);
		}
		return team;
	}

	public static void requireSupervisor(Actor actor, String step) {
		if (!actor.isSupervisor()) {
			throw new NotPermitted("Only a supervisor can " + step + ".");
		}
	}

	/** A supervisor of this very team: supervising another team, or working in this one, is not enough. */
	public static void requireSupervisorOf(Actor actor, String team, String step) {
		if (!actor.isSupervisor() || !actor.supervisedTeams().contains(team)) {
			throw new NotPermitted("Only a supervisor of the " + team + " team can " + step + ".");
		}
	}

	/** The team of a client (not erased) this person may see, or {@link UnknownCase}. */
	public String requireClientVisible(Actor actor, ClientId id) {
		String team = jdbc.sql("select team from cases.client where id = :id and erased_at is null")
			.param("id", id.id()).query(String.class).optional().orElse(null);
		if (team == null || !maySee(actor, team)) {
			throw new UnknownCase("No client " + id);
		}
		return team;
	}
}
