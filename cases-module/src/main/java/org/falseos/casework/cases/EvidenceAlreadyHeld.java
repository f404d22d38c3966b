package org.falseos.casework.cases;

/**
 * The case's locker already holds a file with this SHA-256: one original per fingerprint and case, so the second
 * copy was not kept. Names the record that holds it.
 */
public class EvidenceAlreadyHeld extends CaseConflict {

	private final transient EvidenceRecord held;

	public EvidenceAlreadyHeld(EvidenceRecord held) {
		super("This file is already held as " + held.fileName() + ", added " + held.uploadedAt() + " (evidence "
				+ held.id() + "); the copy was not stored again.");
		this.held = held;
	}

	public EvidenceRecord held() {
		return held;
	}
}
