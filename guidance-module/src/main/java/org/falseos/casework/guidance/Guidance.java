package org.falseos.casework.guidance;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to published guidance: what victims and staff may rely on. Drafts are never visible here. */
public interface Guidance {

	List<Jurisdiction> jurisdictions();

	Optional<PublishedGuide> guide(String jurisdiction);

	Optional<GuidanceItem> item(GuidanceItemId id);

	/** Every published item of every jurisdiction, for derived data such as the search index. */
	List<GuidanceItem> allPublished();

	/**
	 * The offences to name for the given harms in a jurisdiction, with the reason; offences that do not apply
	 * there are skipped.
	 */
	List<OffenceToName> offencesToName(String jurisdiction, Set<HarmType> harms);

	/** The publication clock now: it moves on with every publish or withdrawal of an item, never back. */
	long publicationSequence();

	/**
	 * Items whose publication changed after the given point of the clock, oldest change first, at most
	 * {@code limit}. Changes become visible in clock order, so a reader can resume from the last one it saw.
	 */
	List<PublicationChange> publicationChangesSince(long sequence, int limit);
}
