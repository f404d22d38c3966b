package org.falseos.casework.guidance;

/** Where a revision stands in the editorial workflow. */
public enum RevisionStatus {

	DRAFT, PUBLISHED, REJECTED, SUPERSEDED, WITHDRAWN
}
