package org.falseos.casework.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.falseos.casework.guidance.ContentChange;
import org.falseos.casework.guidance.EditorialConflict;
import org.falseos.casework.guidance.GuidanceEditorial;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidanceWithdrawn;
import org.falseos.casework.guidance.InvalidContent;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.guidance.ItemSummary;
import org.falseos.casework.guidance.Revision;
import org.falseos.casework.guidance.RevisionStatus;
import org.falseos.casework.guidance.UnknownGuidanceItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class Editorial implements GuidanceEditorial {

	private final GuidanceItems items;

	private final Revisions revisions;

	private final Publication publication;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemDefaultZone();

	Editorial(GuidanceItems items, Revisions revisions, Publication publication, ApplicationEventPublisher events) {
		this.items = items;
		this.revisions = revisions;
		this.publication = publication;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemSummary> items(String jurisdiction) {
		return revisions.summaries(jurisdiction);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemSummary> summary(GuidanceItemId id) {
		return revisions.summary(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ItemContent> contentToEdit(GuidanceItemId id) {
		return revisions.summary(id).flatMap(summary -> {
			Integer number = summary.openDraft() != null ? summary.openDraft() : latest(summary);
			return number == null ? Optional.empty() : items.revisionContent(id, number);
		});
	}

	private Integer latest(ItemSummary summary) {
		return summary.publishedRevision() != null ? summary.publishedRevision()
				: revisions.history(summary.id()).stream().findFirst().map(Revision::number).orElse(null);
	}

	@Override
	public Revision draft(GuidanceItemId id, ItemContent content, String editor) {
		ItemContent current = contentToEdit(id).orElseThrow(() -> unknown(id));
		ContentRules.check(content, current, LocalDate.now(clock));
		int number = items.appendRevision(id, content, RevisionStatus.DRAFT.name(), editor);
		revisions.supersedeOpenDrafts(id, number);
		return revisions.find(id, number).orElseThrow();
	}

	@Override
	public Revision publish(GuidanceItemId id, int revision, String supervisor, String comment) {
		ContentRules.checkReviewText("comment", comment);
		Revision draft = openDraft(id, revision);
		if (draft.author().equals(supervisor)) {
			throw new EditorialConflict("A draft is published by someone other than its author.");
		}
		publication.publish(id, revision, supervisor, blankToNull(comment));
		return revisions.find(id, revision).orElseThrow();
	}

	@Override
	public Revision reject(GuidanceItemId id, int revision, String supervisor, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidContent(Map.of("comment", "Say why the draft is rejected, so the editor can fix it."));
		}
		ContentRules.checkReviewText("comment", comment);
		openDraft(id, revision);
		revisions.review(id, revision, RevisionStatus.REJECTED, supervisor, comment.strip());
		return revisions.find(id, revision).orElseThrow();
	}

	@Override
	public void withdraw(GuidanceItemId id, String supervisor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidContent(Map.of("reason", "Say why the item is withdrawn."));
		}
		ContentRules.checkReviewText("reason", reason);
		ItemSummary summary = revisions.summary(id).orElseThrow(() -> unknown(id));
		if (!summary.isPublished()) {
			throw new EditorialConflict("Only a published item can be withdrawn.");
		}
		revisions.markWithdrawn(id, supervisor, reason.strip());
		events.publishEvent(new GuidanceWithdrawn(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revision> history(GuidanceItemId id) {
		return revisions.history(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Revision> revision(GuidanceItemId id, int number) {
		return revisions.find(id, number);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revision> awaitingReview() {
		return revisions.withStatus(RevisionStatus.DRAFT);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemSummary> overdueForReview(LocalDate today) {
		return revisions.overdue(today);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ContentChange> compareWithPublished(GuidanceItemId id, int revision) {
		Revision draft = revisions.find(id, revision).orElseThrow(() -> unknown(id));
		ItemContent published = revisions.summary(id).map(ItemSummary::publishedRevision)
				.flatMap(number -> items.revisionContent(id, number)).orElse(null);
		return ContentDiff.between(published, draft.content());
	}

	private Revision openDraft(GuidanceItemId id, int revision) {
		Revision draft = revisions.findForUpdate(id, revision)
				.orElseThrow(() -> new UnknownGuidanceItem("No revision " + revision + " of " + id));
		if (draft.status() != RevisionStatus.DRAFT) {
			throw new EditorialConflict("Revision " + revision + " of " + id + " is " + draft.status().name().toLowerCase()
					+ ", not an open draft.");
		}
		return draft;
	}

	private static UnknownGuidanceItem unknown(GuidanceItemId id) {
		return new UnknownGuidanceItem("No guidance item " + id);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
