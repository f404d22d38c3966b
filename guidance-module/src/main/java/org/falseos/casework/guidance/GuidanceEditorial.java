package org.falseos.casework.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The editorial workflow: editors draft revisions, a supervisor compares a draft with what is published and
 * publishes or rejects it with a comment; every revision is kept. Publishing emits {@link GuidancePublished},
 * withdrawing emits {@link GuidanceWithdrawn}. Role checks belong to the caller; this facade enforces the rules
 * of the workflow itself (a draft is reviewed once, never by its own author).
 */
public interface GuidanceEditorial {

	List<ItemSummary> items(String jurisdiction);

	Optional<ItemSummary> summary(GuidanceItemId id);

	/** The content a new draft starts from: the open draft if there is one, else the published revision. */
	Optional<ItemContent> contentToEdit(GuidanceItemId id);

	/** Records a draft; an open draft of the same item is superseded by it. */
	Revision draft(GuidanceItemId id, ItemContent content, String editor);

	Revision publish(GuidanceItemId id, int revision, String supervisor, String comment);

	Revision reject(GuidanceItemId id, int revision, String supervisor, String comment);

	void withdraw(GuidanceItemId id, String supervisor, String reason);

	List<Revision> history(GuidanceItemId id);

	Optional<Revision> revision(GuidanceItemId id, int number);

	List<Revision> awaitingReview();

	/** Published items whose review date is before the given day. */
	List<ItemSummary> overdueForReview(LocalDate today);

	/** What a draft changes compared with the published revision, field by field. */
	List<ContentChange> compareWithPublished(GuidanceItemId id, int revision);
}
