package org.falseos.casework.web.internal.cases;

import java.util.stream.Collectors;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.web.internal.identity.CurrentUser;

/** The signed-in person as the cases and linking modules see them. */
public final class CaseActors {

	private CaseActors() {
	}

	public static Actor of(CurrentUser user) {
		return new Actor(user.username(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()),
				user.teams(), user.supervisedTeams());
	}
}
