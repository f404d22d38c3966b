package org.falseos.casework.search;

import java.time.Instant;

/** Where a full rebuild of the search index stands: n of m items indexed, done or failed. */
public record RebuildStatus(State state, int indexed, int total, Instant startedAt, Instant finishedAt,
		String failure) {

	public static final RebuildStatus NEVER = new RebuildStatus(State.IDLE, 0, 0, null, null, null);

	public boolean running() {
		return state == State.RUNNING;
	}

	/** The stages of a rebuild. */
	public enum State {

		IDLE, RUNNING, DONE, FAILED
	}
}
