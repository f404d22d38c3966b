package org.falseos.casework.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything published for one jurisdiction, in overview order. */
public record PublishedGuide(Jurisdiction jurisdiction, List<GuidanceItem> items) {

	public PublishedGuide {
		items = items.stream()
				.sorted(Comparator.comparing((GuidanceItem item) -> item.kind().ordinal())
						.thenComparingInt(item -> item.content().position()))
				.toList();
	}

	public List<GuidanceItem> itemsOf(ItemKind kind) {
		return items.stream().filter(item -> item.kind() == kind).toList();
	}

	public Optional<GuidanceItem> crossBorderGuideFor(String country) {
		return itemsOf(ItemKind.CROSS_BORDER).stream()
				.filter(item -> item.content().crossBorder() != null
						&& item.content().crossBorder().country().equals(country))
				.findFirst();
	}
}
