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
}
