package org.falseos.casework.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * A client's data-protection rights: a subject access export of everything held about them, and erasure, which
 * one person requests and a supervisor of the client's team who is not that person approves.
 */
public interface DataProtection {

	/** Streams a ZIP (JSON and the client's evidence files) to {@code out}; supervisors and the client's caseworkers. */
	void exportSubjectAccess(Actor actor, ClientId clientId, OutputStream out) throws IOException;

	UUID requestErasure(Actor actor, ClientId clientId, String reason);

	/** Erases the client: evidence files destroyed, personal data and case content cleared, a minimal record kept. */
	void approveErasure(Actor actor, UUID requestId);

	void declineErasure(Actor actor, UUID requestId, String note);

	/** Pending requests in the teams this person supervises, oldest first. */
	List<ErasureRequest> pendingErasures(Actor actor);
}
