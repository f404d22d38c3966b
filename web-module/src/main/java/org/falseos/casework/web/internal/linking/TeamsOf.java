package org.falseos.casework.web.internal.linking;

import java.util.Set;

/**
 * The teams a person works in and supervises, looked up by username independently of the request.
 * <p>
 * MERGE NOTE for the lead: a stop-gap until the identity branch's {@code CurrentUser} (which carries teams and
 * supervised teams) is on this branch; then {@link SignedInActors} should build the {@code Actor} from
 * {@code CurrentUser} and this interface and {@link PropertyTeams} go.
 */
interface TeamsOf {

	Set<String> teams(String username);

	Set<String> supervisedTeams(String username);
}
