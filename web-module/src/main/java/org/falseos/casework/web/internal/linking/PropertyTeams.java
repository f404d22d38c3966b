package org.falseos.casework.web.internal.linking;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Teams from configuration: {@code falseos.teams.<user>=North,East} and {@code falseos.supervised-teams.<user>=North}.
 * MERGE NOTE: replaced by the identity branch's {@code CurrentUser} (see {@link TeamsOf}).
 */
@Component
class PropertyTeams implements TeamsOf {

	private final Map<String, String> teams;

	private final Map<String, String> supervised;

	PropertyTeams(Environment environment) {
		var binder = Binder.get(environment);
		var map = Bindable.mapOf(String.class, String.class);
		this.teams = binder.bind("falseos.teams", map).orElse(Map.of());
		this.supervised = binder.bind("falseos.supervised-teams", map).orElse(Map.of());
	}

	@Override
	public Set<String> teams(String username) {
		return split(teams.get(username));
	}

	@Override
	public Set<String> supervisedTeams(String username) {
		return split(supervised.get(username));
	}

	private static Set<String> split(String value) {
		return value == null ? Set.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(team -> !team.isEmpty()).collect(Collectors.toSet());
	}
}
