package org.falseos.casework.cases;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The evidence bundle for the police: one ZIP with the original files, a manifest of their SHA-256 and capture
 * metadata (JSON and a readable page), the chronological incident diary and the reference numbers.
 */
public interface CaseBundles {

	/**
	 * Refuses as {@link #write} would, before a response is started: {@link UnknownCase}, or
	 * {@link ConsentRequired} when the client has not given police consent and no supervisor's override stands.
	 * Uses nothing up.
	 */
	void check(Actor actor, CaseId caseId);

	/**
	 * Needs the client's police consent, or uses up a supervisor's standing override ({@link ConsentRequired}
	 * otherwise). Streams the bundle of a case to {@code out} (which the caller closes). Access is decided before the first
	 * byte is written, so {@link UnknownCase} can still become a 404.
	 */
	void write(Actor actor, CaseId caseId, OutputStream out) throws IOException;
}
