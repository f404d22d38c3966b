package org.falseos.casework.cases.synthetic;

/** Invented names: none belongs to a client, and all contact details use reserved domains and numbers. */
final class SyntheticPeople {

	private static final String[] FIRST = { "Alex", "Sam", "Jordan", "Morgan", "Casey", "Robin", "Jamie", "Taylor",
			"Rowan", "Skye", "Ellis", "Kit", "Avery", "Harper", "Quinn", "Reese" };

	private static final String[] LAST = { "Example", "Sample", "Mockford", "Placeholder", "Testington", "Dummy",
			"Fictional", "Madeup", "Noname", "Lorem", "Ipsum", "Specimen" };

	private SyntheticPeople() {
	}

	static String name(long n) {
		long m = Math.abs(n);
		return FIRST[(int) (m % FIRST.length)] + " " + LAST[(int) ((m / FIRST.length) % LAST.length)];
	}

	static String contact(long n) {
		return n % 2 == 0 ? name(n).toLowerCase().replace(' ', '.') + "@example.org"
				: "07700 900" + "%03d".formatted(Math.abs(n) % 1000);
	}
}
