package org.falseos.casework.linkedvictims;

/** No pattern exists that this caller may see: the same answer for "does not exist" and "not yours". */
public class UnknownPattern extends RuntimeException {

	public UnknownPattern(String message) {
		super(message);
	}
}
