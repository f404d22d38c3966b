package org.falseos.casework.cases;

/**
 * Who may take a case, as the people directory knows it. The cases module declares this port and the identity
 * side of the application implements it, so that the cases module checks a name it is given instead of trusting
 * it, and never depends on how people sign in.
 */
public interface CaseworkerDirectory {

	/** Whether {@code username} names a caseworker of {@code team}, and if not, why not. */
	Standing standing(String username, String team);

	enum Standing {
		/** A person with the caseworker role who works in the team. */
		CASEWORKER_OF_TEAM,
		/** Nobody of that name is known. */
		UNKNOWN_PERSON,
		/** The person exists but does not hold the caseworker role. */
		NOT_A_CASEWORKER,
		/** A caseworker, but not of that team. */
		NOT_IN_TEAM
	}
}
