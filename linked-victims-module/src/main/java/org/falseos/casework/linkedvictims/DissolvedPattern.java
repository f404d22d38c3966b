package org.falseos.casework.linkedvictims;

import java.time.Instant;

/**
 * The pattern asked for was dissolved: what it was, when and why, for a page to say so and an export to refuse.
 * Only thrown to someone who could see the pattern; anyone else gets {@link UnknownPattern}.
 */
public class DissolvedPattern extends LinkingConflict {

	private final PatternId id;

	private final Instant dissolvedAt;

	private final String reason;

	public DissolvedPattern(PatternId id, Instant dissolvedAt, String reason) {
		super("Pattern " + id.reference() + " was dissolved (" + reason
				+ "): it no longer has two victims' cases, so its cross-reference sheets and link chart are no longer available.");
		this.id = id;
		this.dissolvedAt = dissolvedAt;
		this.reason = reason;
	}

	public PatternId id() {
		return id;
	}

	public Instant dissolvedAt() {
		return dissolvedAt;
	}

	public String reason() {
		return reason;
	}
}
