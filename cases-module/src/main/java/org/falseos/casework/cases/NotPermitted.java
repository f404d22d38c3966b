package org.falseos.casework.cases;

/** The caller may see the case but not take this step (e.g. only a supervisor reassigns or deletes evidence). */
public class NotPermitted extends RuntimeException {

	public NotPermitted(String message) {
		super(message);
	}
}
