package org.falseos.casework.cases;

import java.time.Instant;

/**
 * Finds open cases that crossed a supervision threshold ({@code falseos.supervision.*}) and publishes
 * {@link CaseStalled} once per crossing: a rerun publishes nothing new; a case that made progress (or moved rung)
 * and stalls again is a new crossing.
 */
public interface StallWatch {

	/** Publishes the crossings not published before, as of {@code now}; returns how many it published. */
	int scan(Instant now);
}
