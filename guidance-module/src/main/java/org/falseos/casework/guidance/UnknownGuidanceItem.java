package org.falseos.casework.guidance;

/** No guidance item (or revision) exists with the given id. */
public class UnknownGuidanceItem extends RuntimeException {

	public UnknownGuidanceItem(String message) {
		super(message);
	}
}
