package org.falseos.casework.cases.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Invented clients and cases, each derived from the seed and its own number alone, so that every table can be
 * written in its own pass (COPY takes one table at a time) and a run can be repeated exactly.
 */
final class SyntheticWorld {

	static final String[] TEAMS = { "North", "South", "East", "West", "Central" };

	static final int CASEWORKERS_PER_TEAM = 20;

	private static final String[] HARMS = { "threats", "stalking", "doxxing", "impersonation", "extortion", "fraud",
			"defamation" };

	private static final String[] COUNTRIES = { "united-states", "canada", "australia", "new-zealand", "south-africa" };

	private final int cases;

	private final int clients;

	private final long seed;

	private final int clientOffset;

	private final int caseOffset;

	private final Instant now;

	private final Perpetrators perpetrators;

	/** Numbering starts after the synthetic clients and cases already there, so a second run adds to the first. */
	SyntheticWorld(int cases, long seed, int clientOffset, int caseOffset, Instant now) {
		this.cases = cases;
		this.clients = Math.max(1, (int) (cases * 87L / 100));
		this.seed = seed;
		this.clientOffset = clientOffset;
		this.caseOffset = caseOffset;
		this.now = now;
		this.perpetrators = new Perpetrators(Math.max(50, cases / 20));
	}

	record ClientSketch(UUID id, String team, String code, String name, String contact, String notes, boolean doxxed,
			boolean swatting, Instant createdAt) {
	}

	record CaseSketch(UUID id, ClientSketch client, String caseworker, boolean open, Instant openedAt,
			Instant closedAt, String summary, List<String> harms, String country, int rung,
			List<Incidents.Incident> incidents, List<Perpetrators.Form> identifiers,
			List<References.Reference> references, List<Tasks.Task> tasks) {
	}

	int cases() {
		return cases;
	}

	int clients() {
		return clients;
	}

	Instant now() {
		return now;
	}

	ClientSketch client(int j) {
		var random = random(-1 - j);
		int number = clientOffset + j + 1;
		String team = TEAMS[j % TEAMS.length];
		return new ClientSketch(uuid("client", number), team, "SYN-%07d".formatted(number),
				random.nextInt(10) < 6 ? SyntheticPeople.name(random.nextLong()) : null,
				random.nextInt(10) < 7 ? SyntheticPeople.contact(random.nextLong()) : null,
				random.nextInt(10) < 3 ? "Text only, never call after 6pm" : null, random.nextInt(10) < 2,
				random.nextInt(20) == 0, now.minus(Duration.ofMinutes(random.nextLong(730L * 24 * 60))));
	}

	CaseSketch caseNumber(int i) {
		var random = random(i);
		var client = client(i < clients ? i : random.nextInt(clients));
		Instant opened = i < clients ? client.createdAt() : between(random, client.createdAt(), now);
		boolean recent = Duration.between(opened, now).toDays() < 120;
		boolean open = random.nextInt(10) < (recent ? 7 : 1);
		Instant closed = open ? null : min(now, opened.plus(Duration.ofDays(30 + random.nextInt(170))));
		var harms = new TreeSet<String>();
		for (int n = 1 + random.nextInt(3); harms.size() < n;) {
			harms.add(HARMS[random.nextInt(HARMS.length)]);
		}
		int perpetrator = perpetrators.draw(random);
		var identifiers = new ArrayList<Perpetrators.Form>();
		for (int n = 1 + random.nextInt(2); identifiers.size() < n;) {
			identifiers.add(perpetrators.form(perpetrator, random));
		}
		if (random.nextInt(5) == 0) {
			identifiers.add(perpetrators.form(perpetrators.draw(random), random));
		}
		var incidents = Incidents.of(random, caseOffset + i, opened, now, perpetrators, perpetrator, harms.first());
		return new CaseSketch(uuid("case", caseOffset + i + 1), client, caseworker(client.team(), random), open, opened,
				closed, summary(harms, identifiers.getFirst(), incidents.size()), List.copyOf(harms),
				random.nextInt(100) < 15 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null,
				random.nextInt(open ? 5 : 9), incidents, identifiers, References.of(random, opened, now),
				open ? Tasks.of(random, now) : List.of());
	}

	static String caseworker(String team, int k) {
		if (k == 0 && team.equals("North")) {
			return "caseworker";
		}
		if (k == 0 && team.equals("South")) {
			return "caseworker2";
		}
		return team.toLowerCase() + "-caseworker-" + (k + 1);
	}

	static UUID uuid(String kind, Object... parts) {
		var name = new StringBuilder("falseos-synthetic:").append(kind);
		for (Object part : parts) {
			name.append(':').append(part);
		}
		return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
	}

	static Instant between(SplittableRandom random, Instant from, Instant to) {
		long span = Math.max(1, Duration.between(from, to).toMinutes());
		return from.plus(Duration.ofMinutes(random.nextLong(span)));
	}

	static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private String caseworker(String team, SplittableRandom random) {
		return caseworker(team, random.nextInt(CASEWORKERS_PER_TEAM));
	}

	private static String summary(TreeSet<String> harms, Perpetrators.Form first, int incidents) {
		return "Synthetic: " + String.join(", ", harms) + " by " + first.value()
				+ (first.platform() == null ? "" : " on " + first.platform()) + "; " + incidents + " incidents logged.";
	}

	private SplittableRandom random(long stream) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L);
	}
}
