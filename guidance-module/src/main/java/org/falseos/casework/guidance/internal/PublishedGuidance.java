package org.falseos.casework.guidance.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.HarmType;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.guidance.Jurisdiction;
import org.falseos.casework.guidance.OffenceToName;
import org.falseos.casework.guidance.PublicationChange;
import org.falseos.casework.guidance.PublishedGuide;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PublishedGuidance implements Guidance {

	private final Jurisdictions jurisdictions;

	private final GuidanceItems items;

	private final PublicationClock clock;

	PublishedGuidance(Jurisdictions jurisdictions, GuidanceItems items, PublicationClock clock) {
		this.jurisdictions = jurisdictions;
		this.items = items;
		this.clock = clock;
	}

	@Override
	public List<Jurisdiction> jurisdictions() {
		return jurisdictions.all();
	}

	@Override
	public Optional<PublishedGuide> guide(String jurisdiction) {
		return jurisdictions.find(jurisdiction).map(found -> new PublishedGuide(found, items.publishedIn(jurisdiction)));
	}

	@Override
	public Optional<GuidanceItem> item(GuidanceItemId id) {
		return items.published(id);
	}

	@Override
	public List<GuidanceItem> allPublished() {
		return items.allPublished();
	}

	@Override
	public long publicationSequence() {
		return clock.now();
	}

	@Override
	public List<PublicationChange> publicationChangesSince(long sequence, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("Ask for at least one publication change, not " + limit);
		}
		return clock.changesSince(sequence, limit);
	}

	@Override
	public List<OffenceToName> offencesToName(String jurisdiction, Set<HarmType> harms) {
		return guide(jurisdiction).map(guide -> guide.items().stream()
				.filter(item -> item.content().offence() != null)
				.filter(item -> item.content().offence().applies())
				.map(item -> toName(item, harms))
				.flatMap(Optional::stream)
				.toList()).orElse(List.of());
	}

	private static Optional<OffenceToName> toName(GuidanceItem item, Set<HarmType> harms) {
		ItemContent.Offence offence = item.content().offence();
		Set<HarmType> matched = EnumSet.noneOf(HarmType.class);
		offence.harmTypes().stream().map(HarmType::fromSlug).filter(harms::contains).forEach(matched::add);
		if (matched.isEmpty()) {
			return Optional.empty();
		}
		
		return Optional.of(new OffenceToName(item.id(), item.title(), offence.statute(), offence.section(),
				offence.isCivilOnly(), offence.pickerReason(), matched));
	}
}
