package org.falseos.casework.web.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.internal.inbox.InboxFixtures.NORTH;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.web.internal.identity.PublicUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily scan: reminders of tasks due tomorrow or overdue, stalls announced once per crossing, the e-mail
 * digest (counts and a link, no case content) and the lock that lets one of two instances run it.
 */
@InboxTest
class DailyScanIntegrationTests {

	static final ZoneId UK = ZoneId.of("Europe/London");

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	DailyScan scan;

	@Autowired
	DailyScanSchedule schedule;

	@Autowired
	DataSource dataSource;

	@Autowired
	PublicUrl publicUrl;

	InboxFixtures given;

	@BeforeEach
	void setUp() throws Exception {
		given = new InboxFixtures(cases, jdbc, events, tx);
		given.morePeople();
		InboxTest.Mail.SERVER.purgeEmailFromAllMailboxes();
		jdbc.sql("delete from web.shedlock").update();
	}

	@AfterEach
	void releaseLock() {
		jdbc.sql("delete from web.shedlock").update();
	}

	@Test
	void remindsOfTasksDueTomorrowOrOverdueOnceAndNotOfLaterOnes() {
		CaseId caseId = given.open(NORTH);
		LocalDate today = LocalDate.now(UK);
		var tomorrow = cases.addTask(NORTH, caseId, "Ring the police liaison officer", today.plusDays(1));
		var overdue = cases.addTask(NORTH, caseId, "Send the screenshots", today.minusDays(2));
		var later = cases.addTask(NORTH, caseId, "Check in with the client", today.plusDays(5));

		scan.run(Instant.now());
		scan.run(Instant.now());

		assertThat(given.recipientsOf("task_due:" + tomorrow + ":" + today.plusDays(1))).containsExactly("caseworker");
		assertThat(given.recipientsOf("task_overdue:" + overdue + ":" + today.minusDays(2)))
			.containsExactly("caseworker");
		assertThat(given.recipientsOf("task_due:" + later + ":" + today.plusDays(5))).isEmpty();
		assertThat(given.textsFor("caseworker", caseId)).hasSize(2)
			.allSatisfy(text -> assertThat(text).contains(given.clientCode(caseId)).doesNotContain("police", "screenshots"));
	}

	@Test
	void aStallIsAnnouncedOncePerCrossingAndAgainAfterProgress() {
		CaseId caseId = given.open(NORTH);
		Instant opened = jdbc.sql("select last_progress_at from cases.case_file where id = ?").param(caseId.id())
			.query(java.sql.Timestamp.class).single().toInstant();

		scan.run(Instant.now().plus(Duration.ofDays(15)));
		scan.run(Instant.now().plus(Duration.ofDays(16)));
		given.awaitDelivered();

		assertThat(notices(caseId)).containsExactly("NO_PROGRESS:" + opened);
		assertThat(given.recipientsOf("stalled:" + caseId + ":NO_PROGRESS:" + opened))
			.containsExactly("lead", "supervisor", "supervisor-north2");

		cases.logIncident(NORTH, caseId, new NewIncident(Instant.now().minusSeconds(60), "Another message", "X",
				null, null, null));
		Instant progressed = jdbc.sql("select last_progress_at from cases.case_file where id = ?").param(caseId.id())
			.query(java.sql.Timestamp.class).single().toInstant();
		scan.run(Instant.now().plus(Duration.ofDays(15)));
		given.awaitDelivered();

		assertThat(progressed).isAfter(opened);
		assertThat(notices(caseId)).containsExactly("NO_PROGRESS:" + opened, "NO_PROGRESS:" + progressed);
		assertThat(given.recipientsOf("stalled:" + caseId + ":NO_PROGRESS:" + progressed))
			.containsExactly("lead", "supervisor", "supervisor-north2");

		scan.run(Instant.now().plus(Duration.ofDays(22)));
		given.awaitDelivered();
		assertThat(notices(caseId)).anySatisfy(notice -> assertThat(notice).startsWith("HELD_ON_RUNG:"));
	}

	@Test
	void twoInstancesStartingTheScanTogetherRunItOnce() throws Exception {
		CaseId caseId = given.open(NORTH);
		var task = cases.addTask(NORTH, caseId, "Call back", LocalDate.now(UK).plusDays(1));
		int runsBefore = runs();
		// The other instance: its own lock provider on the same database, the lock the schedule uses.
		var otherInstance = new DefaultLockingTaskExecutor(InboxConfiguration.databaseLock(dataSource));
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> started = new ArrayList<>();
			started.add(pool.submit(() -> {
				barrier.await();
				schedule.runDailyScan();
				return null;
			}));
			started.add(pool.submit(() -> {
				barrier.await();
				Runnable theScan = () -> scan.run(Instant.now());
				otherInstance.executeWithLock(theScan, new LockConfiguration(Instant.now(),
						DailyScanSchedule.LOCK, Duration.ofHours(1), Duration.ofMinutes(10)));
				return null;
			}));
			for (var run : started) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(runs() - runsBefore).as("scans run").isEqualTo(1);
		assertThat(given.recipientsOf("task_due:" + task + ":" + LocalDate.now(UK).plusDays(1)))
			.containsExactly("caseworker");
		// A third start minutes later (a clock behind the others) still finds the lock taken.
		schedule.runDailyScan();
		assertThat(runs() - runsBefore).as("scans run").isEqualTo(1);
	}

	@Test
	void theDigestCarriesCountsAndTheLinkButNoCaseContent() throws Exception {
		jdbc.sql("update web.account set email = 'casey@example.org' where username = 'caseworker'").update();
		jdbc.sql("update web.notification set read_at = now() where recipient = 'caseworker'").update();
		CaseId caseId = given.open(NORTH);
		cases.addTask(NORTH, caseId, "Ring the police liaison officer", LocalDate.now(UK).plusDays(1));
		cases.addTask(NORTH, caseId, "Send the screenshots", LocalDate.now(UK).minusDays(1));
		cases.addTask(NORTH, caseId, "Write to the platform", LocalDate.now(UK).minusDays(3));

		var run = scan.run(Instant.now());

		assertThat(run.digests()).isPositive();
		MimeMessage[] received = InboxTest.Mail.SERVER.getReceivedMessagesForDomain("example.org");
		var toCasey = java.util.Arrays.stream(received).filter(m -> recipient(m).equals("casey@example.org")).toList();
		assertThat(toCasey).hasSize(1);
		String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(toCasey.getFirst());
		assertThat(body).contains("You have 3 unread notifications", "Task due: 1", "Task overdue: 2",
				publicUrl.resolve("/inbox"));
		assertThat(body).doesNotContain(given.clientCode(caseId), InboxFixtures.SUMMARY, "police", "screenshots",
				"/cases/");
		assertThat(toCasey.getFirst().getFrom()[0].toString()).isEqualTo("casework@example.org");
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private int runs() {
		return jdbc.sql("select count(*) from web.daily_scan").query(Integer.class).single();
	}

	private List<String> notices(CaseId caseId) {
		return jdbc.sql("select reason, since from cases.stall_notice where case_id = ? order by since, reason")
			.param(caseId.id()).query((rs, row) -> rs.getString(1) + ":" + rs.getTimestamp(2).toInstant())
			.list();
	}
}
