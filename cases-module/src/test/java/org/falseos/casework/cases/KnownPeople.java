package org.falseos.casework.cases;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The cases module's tests' people directory: the people a test has registered (all of {@link Actors} to start
 * with), answered by the same rule as the identity side's (the caseworker role, membership of the team). A name
 * nobody registered is unknown, so a test that reassigns must say who the person is.
 */
@Component
public class KnownPeople implements CaseworkerDirectory {

	private final Map<String, Actor> people = new ConcurrentHashMap<>();

	KnownPeople() {
		Arrays.stream(Actors.class.getFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Actor.class)
			.forEach(field -> {
				try {
					register((Actor) field.get(null));
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			});
	}

	public KnownPeople register(Actor... actors) {
		Arrays.stream(actors).forEach(actor -> people.put(actor.username(), actor));
		return this;
	}

	@Override
	public Standing standing(String username, String team) {
		Actor person = people.get(username);
		if (person == null) {
			return Standing.UNKNOWN_PERSON;
		}
		if (!person.isCaseworker()) {
			return Standing.NOT_A_CASEWORKER;
		}
		return person.teams().contains(team) ? Standing.CASEWORKER_OF_TEAM : Standing.NOT_IN_TEAM;
	}
}
