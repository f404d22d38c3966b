package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

// Its own context (and database): these tests change published guidance that other test classes read.
@ApplicationModuleTest
@TestPropertySource(properties = "falseos.test.context=editorial")
class EditorialWorkflowIntegrationTests {

	static final GuidanceItemId PORTAL = new GuidanceItemId("scotland", "police-scotland-online-portal");

	@Autowired
	GuidanceEditorial editorial;

	@Autowired
	Guidance guidance;

	@Test
	void aPublishedDraftReplacesThePublicVersionAndIsAnnounced(Scenario scenario) {
		var draft = editorial.draft(PORTAL, withTitle("Police Scotland online reporting form"), "editor");

		scenario.stimulate(() -> editorial.publish(PORTAL, draft.number(), "supervisor", "Checked against the site"))
			.andWaitForEventOfType(GuidancePublished.class)
			.matching(event -> event.itemId().equals(PORTAL) && event.revision() == draft.number())
			.toArriveAndVerify(event -> {
				assertThat(guidance.item(PORTAL).orElseThrow().title()).isEqualTo("Police Scotland online reporting form");
				assertThat(editorial.history(PORTAL)).first().satisfies(latest -> {
					assertThat(latest.status()).isEqualTo(RevisionStatus.PUBLISHED);
					assertThat(latest.author()).isEqualTo("editor");
					assertThat(latest.reviewer()).isEqualTo("supervisor");
					assertThat(latest.comment()).isEqualTo("Checked against the site");
				});
			});
	}

	@Test
	void aRejectedDraftNeverReachesThePublic() {
		var before = guidance.item(PORTAL).orElseThrow().title();
		var draft = editorial.draft(PORTAL, withTitle("Rejected wording"), "editor");

		editorial.reject(PORTAL, draft.number(), "supervisor", "Source does not say this");

		assertThat(guidance.item(PORTAL).orElseThrow().title()).isEqualTo(before);
		assertThat(editorial.revision(PORTAL, draft.number()).orElseThrow().status()).isEqualTo(RevisionStatus.REJECTED);
		assertThatThrownBy(() -> editorial.publish(PORTAL, draft.number(), "supervisor", null))
			.isInstanceOf(EditorialConflict.class);
	}

	@Test
	void nobodyPublishesTheirOwnDraft() {
		var draft = editorial.draft(PORTAL, withTitle("Self-approved"), "supervisor");

		assertThatThrownBy(() -> editorial.publish(PORTAL, draft.number(), "supervisor", null))
			.isInstanceOf(EditorialConflict.class).hasMessageContaining("other than its author");
	}

	@Test
	void aRejectionNeedsAComment() {
		var draft = editorial.draft(PORTAL, withTitle("Needs a reason"), "editor");

		assertThatThrownBy(() -> editorial.reject(PORTAL, draft.number(), "supervisor", " "))
			.isInstanceOfSatisfying(InvalidContent.class, e -> assertThat(e.errors()).containsKey("comment"));
	}

	@Test
	void theSupervisorSeesWhatTheDraftChanges() {
		var draft = editorial.draft(PORTAL, withTitle("A clearer title"), "editor");

		assertThat(editorial.compareWithPublished(PORTAL, draft.number())).singleElement().satisfies(change -> {
			assertThat(change.field()).isEqualTo("title");
			assertThat(change.after()).isEqualTo("A clearer title");
			assertThat(change.lines()).extracting(ContentChange.Line::kind)
				.containsExactly(ContentChange.Line.Kind.REMOVED, ContentChange.Line.Kind.ADDED);
		});
	}

	@Test
	void draftsWithMarkupOrUnsafeLinksAreRefusedFieldByField() {
		var current = editorial.contentToEdit(PORTAL).orElseThrow();
		var unsafe = copy(current, current.title(), "Click <script>alert(1)</script> here",
				current.lastVerified(), current.reviewDue());
		var badLink = copy(current, current.title(), "See [this](javascript:alert(1)) now",
				current.lastVerified(), current.reviewDue());
		var badDates = copy(current, "", current.body(), LocalDate.now().plusDays(3), LocalDate.now());

		assertThatThrownBy(() -> editorial.draft(PORTAL, unsafe, "editor"))
			.isInstanceOfSatisfying(InvalidContent.class, e -> assertThat(e.errors()).containsKey("body"));
		assertThatThrownBy(() -> editorial.draft(PORTAL, badLink, "editor"))
			.isInstanceOfSatisfying(InvalidContent.class, e -> assertThat(e.errors().get("body")).contains("javascript"));
		assertThatThrownBy(() -> editorial.draft(PORTAL, badDates, "editor"))
			.isInstanceOfSatisfying(InvalidContent.class,
					e -> assertThat(e.errors()).containsKeys("title", "lastVerified", "reviewDue"));
	}

	@Test
	void withdrawnGuidanceDisappearsAndIsAnnounced(Scenario scenario) {
		var ncsc = new GuidanceItemId("scotland", "ncsc");

		scenario.stimulate(() -> editorial.withdraw(ncsc, "supervisor", "Service closed"))
			.andWaitForEventOfType(GuidanceWithdrawn.class)
			.matching(event -> event.itemId().equals(ncsc))
			.toArriveAndVerify(event -> {
				assertThat(guidance.item(ncsc)).isEmpty();
				assertThat(editorial.summary(ncsc).orElseThrow().withdrawn()).isTrue();
			});

		var back = editorial.draft(ncsc, editorial.contentToEdit(ncsc).orElseThrow(), "editor");
		editorial.publish(ncsc, back.number(), "supervisor", "Service reopened");
		assertThat(guidance.item(ncsc)).isPresent();
	}

	@Test
	void itemsPastTheirReviewDateAreListedForEditors() {
		assertThat(editorial.overdueForReview(LocalDate.of(2027, 1, 1))).extracting(item -> item.id().slug())
			.contains("report-fraud", "cross-border-south-africa").doesNotContain("offence-stalking");
		assertThat(editorial.overdueForReview(LocalDate.of(2026, 11, 26))).isEmpty();
	}

	private ItemContent withTitle(String title) {
		var current = editorial.contentToEdit(PORTAL).orElseThrow();
		return copy(current, title, current.body(), current.lastVerified(), current.reviewDue());
	}

	static ItemContent copy(ItemContent c, String title, String body, LocalDate lastVerified, LocalDate reviewDue) {
		return new ItemContent(c.id(), c.kind(), c.position(), title, c.summary(), body, c.lead(),
				c.notForThisJurisdiction(), c.contacts(), c.offence(), c.crossBorder(), c.rung(), c.sources(),
				c.sourceNote(), lastVerified, reviewDue);
	}
}
