package org.falseos.casework.cases;

/**
 * No case (or part of a case) exists that this caller may see. Deliberately the same for "does not exist" and
 * "belongs to another team", so that the answer never leaks another team's case.
 */
public class UnknownCase extends RuntimeException {

	public UnknownCase(String message) {
		super(message);
	}
}
