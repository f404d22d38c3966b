package org.falseos.casework.cases;

/** The step needs a consent the client has not given (and no supervisor's override stands in for it). */
public class ConsentRequired extends RuntimeException {

	private final ConsentKind kind;

	public ConsentRequired(ConsentKind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public ConsentKind kind() {
		return kind;
	}
}
