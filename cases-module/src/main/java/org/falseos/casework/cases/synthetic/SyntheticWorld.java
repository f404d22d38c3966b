package org.falseos.casework.cases.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Invented clients and cases, each derived from the seed and its own number alone, so that every table can be
 * written in its own pass (COPY takes one table at a time) and a run can be repeated exactly.
 */
final class SyntheticWorld {

	static final String[] TEAMS = { "North", "South", "East", "West", "Central" };

	static final int CASEWORKERS_PER_TEAM = 20;

	static final int SUPERVISORS_PER_TEAM = 2;

	/** Openings spread over the last 18 months. */
	static final int HISTORY_DAYS = 548;

	/** The share of open cases (opened over 16 days ago) without progress for over 14 days: stalled by default. */
	static final int STALLED_PERCENT = 11;

	/** The share of moving open cases (opened over 23 days ago) not moved on the ladder for over three weeks. */
	static final int HELD_PERCENT = 20;

	/** Rungs of open cases, most low, few high (percent for rungs 0 to 8); closed cases had climbed further. */
	private static final int[] OPEN_RUNGS = { 28, 21, 16, 11, 8, 6, 5, 3, 2 };

	private static final int[] CLOSED_RUNGS = { 20, 18, 16, 13, 11, 8, 6, 5, 3 };

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

	/**
	 * One case as it stands at {@code now}, with its history. {@code caseworker} holds the case now; {@code openedBy}
	 * opened it (another caseworker of the team if it was reassigned since). The last three values are what the
	 * database keeps on the case row (V8, V13), computed here from the same dates so that its triggers find
	 * nothing to change.
	 */
	record CaseSketch(UUID id, ClientSketch client, String caseworker, String openedBy, boolean open,
			Instant openedAt, Instant closedAt, String closureOutcome, String summary, List<String> harms,
			String country, int rung, Instant rungSince, List<Incidents.Incident> incidents,
			List<Perpetrators.Form> identifiers, List<References.Reference> references, List<Tasks.Task> tasks,
			List<Supervision.Move> moves, List<Supervision.Reassignment> reassignments,
			List<Supervision.ClosureRequest> closureRequests, List<Supervision.Reopening> reopenings,
			List<Supervision.Note> notes, LocalDate reviewBy, Instant lastActivityAt, Instant lastProgressAt,
			LocalDate nextTaskDue) {
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
				random.nextInt(20) == 0, opening(random));
	}

	CaseSketch caseNumber(int i) {
		var random = random(i);
		var client = client(i < clients ? i : random.nextInt(clients));
		String team = client.team();
		UUID id = uuid("case", caseOffset + i + 1);
		Instant opened = i < clients ? client.createdAt() : between(random, client.createdAt(), now);

		// The case's fate follows from how long casework takes: a closure due before now has happened, by a
		// supervisor's approval a few days after the caseworker asked.
		Instant closing = opened.plus(Duration.ofMinutes((long) (duration(random) * 24 * 60)));
		boolean closedOnce = closing.isBefore(now.minus(Duration.ofHours(1)));
		Instant requested = closedOnce ? max(opened.plus(Duration.ofMinutes(30)),
				closing.minus(Duration.ofMinutes(60 + random.nextInt(5 * 24 * 60)))) : null;

		// The last progress (diary entry, reference number, ladder move, task done, reopening): shortly before
		// the closure request; for an open case within the stalled-after window, except for about one in ten.
		// A few cases closed in the last quarter were reopened since, and the reopening is their last progress.
		boolean stalls = random.nextInt(100) < STALLED_PERCENT;
		Instant reopened = null;
		if (closedOnce && closing.isAfter(now.minus(Duration.ofDays(90))) && random.nextInt(100) < 8) {
			Instant earliest = closing.plus(Duration.ofDays(2));
			reopened = earliest.isAfter(now) ? null : recentProgress(random, earliest, stalls);
		}
		boolean open = !closedOnce || reopened != null;
		Instant progress = closedOnce ? max(opened, requested.minus(Duration.ofMinutes(random.nextInt(4 * 24 * 60))))
				: recentProgress(random, opened, stalls);
		boolean stalled = !closedOnce && progress.isBefore(now.minus(Duration.ofDays(14)));

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
		var incidents = Incidents.of(random, caseOffset + i, opened, progress, perpetrators, perpetrator,
				harms.first());
		var references = References.of(random, opened, progress);
		var tasks = Tasks.of(random, opened, progress, now, open && reopened == null, stalled);

		// A few cases changed hands within the team; the moves before that were the first caseworker's.
		String caseworker = caseworker(team, random);
		var reassignments = new ArrayList<Supervision.Reassignment>();
		if (random.nextInt(100) < 6) {
			int k = random.nextInt(CASEWORKERS_PER_TEAM - 1);
			String from = caseworker(team, k >= caseworkerNumber(team, caseworker) ? k + 1 : k);
			reassignments.add(new Supervision.Reassignment(uuid("reassignment", id, 0), from, caseworker, team,
					supervisor(team, random), between(random, opened, closedOnce ? requested : now)));
		}
		String openedBy = reassignments.isEmpty() ? caseworker : reassignments.getFirst().from();

		// Up the ladder one rung at a time, each move in its own slice of the time before the last progress; the
		// rung is bounded by time (about four days a rung at least) and most cases stay low. A moving open case
		// was last moved in the last three weeks, unless it is one of those held on their rung.
		Instant movesUntil = progress;
		boolean recentMove = false;
		if (open && reopened == null && !stalled) {
			if (random.nextInt(100) < HELD_PERCENT && opened.isBefore(now.minus(Duration.ofDays(23)))) {
				movesUntil = min(progress, now.minus(Duration.ofDays(22)));
			}
			else {
				movesUntil = between(random, max(opened, now.minus(Duration.ofDays(20))), progress);
				recentMove = opened.isBefore(now.minus(Duration.ofDays(20)));
			}
		}
		long days = Duration.between(opened, movesUntil).toDays();
		int rung = (int) Math.min(rung(random, open ? OPEN_RUNGS : CLOSED_RUNGS, recentMove ? 1 : 0), days / 4);
		var moves = new ArrayList<Supervision.Move>();
		long slice = Duration.between(opened, movesUntil).toMinutes() / Math.max(1, rung);
		for (int to = 1; to <= rung; to++) {
			Instant at = recentMove && to == rung ? movesUntil
					: opened.plus(Duration.ofMinutes(slice * (to - 1) + 1 + random.nextLong(Math.max(1, slice - 1))));
			String by = reassignments.isEmpty() || at.isAfter(reassignments.getFirst().at()) ? caseworker : openedBy;
			// Now and then a colleague covering for the caseworker moved the case on.
			if (random.nextInt(20) == 0) {
				by = caseworker(team, (caseworkerNumber(team, by) + 1 + random.nextInt(CASEWORKERS_PER_TEAM - 1))
						% CASEWORKERS_PER_TEAM);
			}
			moves.add(new Supervision.Move(uuid("escalation", id, to), to - 1, to, by, at));
		}
		Instant rungSince = moves.isEmpty() ? opened : moves.getLast().movedAt();

		// Closure by approval: the approved request, sometimes after a rejected one; on a few open cases a request
		// waits for a supervisor.
		var requests = new ArrayList<Supervision.ClosureRequest>();
		String outcome = null;
		if (closedOnce) {
			if (random.nextInt(100) < 8 && Duration.between(opened, requested).toDays() >= 6) {
				Instant asked = between(random, opened, requested.minus(Duration.ofDays(5)));
				String first = Supervision.outcome(random);
				requests.add(new Supervision.ClosureRequest(uuid("closure", id, 0), first, Supervision.reason(first),
						caseworker, asked, "REJECTED", supervisor(team, random),
						asked.plus(Duration.ofMinutes(60 + random.nextInt(3 * 24 * 60))), Supervision.REJECTED_COMMENT));
			}
			outcome = Supervision.outcome(random);
			requests.add(new Supervision.ClosureRequest(uuid("closure", id, 1), outcome, Supervision.reason(outcome),
					caseworker, requested, "APPROVED", supervisor(team, random), closing, Supervision.APPROVED_COMMENT));
		}
		else if (random.nextInt(100) < 4) {
			String asked = Supervision.outcome(random);
			requests.add(new Supervision.ClosureRequest(uuid("closure", id, 1), asked, Supervision.reason(asked),
					caseworker, between(random, max(opened, now.minus(Duration.ofDays(10))), now), "PENDING", null,
					null, null));
		}
		var reopenings = reopened == null ? List.<Supervision.Reopening>of()
				: List.of(new Supervision.Reopening(uuid("reopening", id, 0), supervisor(team, random), reopened));

		// Supervisors write to the cases they worry about (stalled ones more often), setting a review date in the
		// coming weeks; an older note's date may have passed.
		var notes = new ArrayList<Supervision.Note>();
		if (open && random.nextInt(100) < (stalled ? 25 : 5)) {
			Instant from = max(reopened == null ? opened : reopened, now.minus(Duration.ofDays(50)));
			var times = new ArrayList<>(List.of(between(random, from, now)));
			if (random.nextInt(3) == 0) {
				times.add(between(random, from, now));
			}
			times.sort(Comparator.naturalOrder());
			for (int k = 0; k < times.size(); k++) {
				boolean latest = k == times.size() - 1;
				LocalDate review = random.nextInt(100) < (latest ? 85 : 50)
						? day(times.get(k)).plusDays(7 + random.nextInt(29)) : null;
				notes.add(new Supervision.Note(uuid("note", id, k), Supervision.note(random), review,
						supervisor(team, random), times.get(k)));
			}
		}
		LocalDate reviewBy = notes.reversed().stream().map(Supervision.Note::reviewBy).filter(d -> d != null)
			.findFirst().orElse(null);

		// What the case row keeps, by V8's and V13's rules, from the same dates.
		Instant closedAt = open ? null : closing;
		Instant lastProgress = latest(opened, reopened, incidents.stream().map(Incidents.Incident::recordedAt),
				references.stream().map(References.Reference::recordedAt), moves.stream().map(Supervision.Move::movedAt),
				tasks.stream().map(Tasks.Task::doneAt));
		Instant lastActivity = latest(lastProgress, closedAt, tasks.stream().map(Tasks.Task::createdAt),
				reassignments.stream().map(Supervision.Reassignment::at),
				requests.stream().flatMap(r -> Stream.of(r.requestedAt(), r.decidedAt())),
				notes.stream().map(Supervision.Note::writtenAt));
		LocalDate nextTaskDue = tasks.stream().filter(t -> t.doneAt() == null).map(Tasks.Task::dueOn)
			.min(Comparator.naturalOrder()).orElse(null);

		return new CaseSketch(id, client, caseworker, openedBy, open, opened, closedAt, open ? null : outcome,
				summary(harms, identifiers.getFirst(), incidents.size()), List.copyOf(harms),
				random.nextInt(100) < 15 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null, rung, rungSince,
				incidents, identifiers, references, tasks, moves, reassignments, requests, reopenings, notes, reviewBy,
				lastActivity, lastProgress, nextTaskDue);
	}

	static String supervisor(String team, int k) {
		return k == 0 && team.equals("North") ? "supervisor" : team.toLowerCase() + "-supervisor-" + (k + 1);
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

	static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private String caseworker(String team, SplittableRandom random) {
		return caseworker(team, random.nextInt(CASEWORKERS_PER_TEAM));
	}

	private static int caseworkerNumber(String team, String caseworker) {
		for (int k = 0; k < CASEWORKERS_PER_TEAM; k++) {
			if (caseworker(team, k).equals(caseworker)) {
				return k;
			}
		}
		throw new IllegalArgumentException(caseworker + " is not a synthetic caseworker of " + team);
	}

	private static String supervisor(String team, SplittableRandom random) {
		return supervisor(team, random.nextInt(SUPERVISORS_PER_TEAM));
	}

	/** Progress since {@code from}: in the last 13 days, or if the case {@code stalls}, 15 to 120 days ago. */
	private Instant recentProgress(SplittableRandom random, Instant from, boolean stalls) {
		if (stalls && from.isBefore(now.minus(Duration.ofDays(16)))) {
			return between(random, max(from, now.minus(Duration.ofDays(120))), now.minus(Duration.ofDays(15)));
		}
		return between(random, max(from, now.minus(Duration.ofDays(13))), now);
	}

	/** Days from opening to closing: most cases take weeks, about one in eight runs for many months. */
	private static double duration(SplittableRandom random) {
		return random.nextInt(100) < 88 ? 7 - 60 * Math.log(1 - random.nextDouble()) : 120 + random.nextInt(600);
	}

	/** A rung drawn by the weights, from {@code lowest} up (a case moved lately has left rung 0). */
	private static int rung(SplittableRandom random, int[] weights, int lowest) {
		int total = 0;
		for (int rung = lowest; rung < weights.length; rung++) {
			total += weights[rung];
		}
		int r = random.nextInt(total);
		for (int rung = lowest; rung < weights.length; rung++) {
			r -= weights[rung];
			if (r < 0) {
				return rung;
			}
		}
		return lowest;
	}

	/**
	 * When a case was opened: over the last 18 months, on working days in office hours, more lately (the service
	 * grows) and in waves of about a quarter (campaigns, school terms), so weekly figures have a shape.
	 */
	private Instant opening(SplittableRandom random) {
		LocalDate today = day(now);
		while (true) {
			double x = random.nextDouble();
			double density = (0.6 + 0.4 * x) * (1 + 0.3 * Math.sin(2 * Math.PI * x * HISTORY_DAYS / 91.0));
			boolean accepted = random.nextDouble() * 1.3 < density;
			LocalDate date = today.minusDays(HISTORY_DAYS - (long) (x * HISTORY_DAYS));
			boolean weekend = date.getDayOfWeek().getValue() >= 6;
			Instant at = date.atStartOfDay(ZoneOffset.UTC).toInstant()
				.plus(Duration.ofMinutes(8 * 60 + random.nextInt(10 * 60)));
			if (accepted && (!weekend || random.nextInt(5) == 0) && at.isBefore(now)) {
				return at;
			}
		}
	}

	@SafeVarargs
	private static Instant latest(Instant first, Instant second, Stream<Instant>... more) {
		Instant latest = second == null ? first : max(first, second);
		for (var times : more) {
			latest = times.filter(t -> t != null).reduce(latest, SyntheticWorld::max);
		}
		return latest;
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static String summary(TreeSet<String> harms, Perpetrators.Form first, int incidents) {
		return "Synthetic: " + String.join(", ", harms) + " by " + first.value()
				+ (first.platform() == null ? "" : " on " + first.platform()) + "; " + incidents + " incidents logged.";
	}

	// Not seed * 0x9E3779B97F4A7C15 (SplittableRandom's own step): seed 2 would replay seed 1 one draw later.
	private SplittableRandom random(long stream) {
		return new SplittableRandom(seed * 0xD1B54A32D192ED03L + stream * 0xBF58476D1CE4E5B9L);
	}
}
