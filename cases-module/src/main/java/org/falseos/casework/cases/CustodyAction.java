package org.falseos.casework.cases;

/** What happened to a piece of evidence, as its chain of custody records it. */
public enum CustodyAction {

	UPLOADED, VIEWED, EXPORTED, INTEGRITY_CHECKED, DELETED, ERASED
}
