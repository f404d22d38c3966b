package org.falseos.casework.web.internal.guidance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemContent;

/** A published guidance item as the JSON API shows it: structured facts, sources and dates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemView(String id, String jurisdiction, String kind, int position, String title, String summary, String body,
		boolean lead, boolean notForThisJurisdiction, List<ItemContent.Contact> contacts, ItemContent.Offence offence,
		ItemContent.CrossBorder crossBorder, ItemContent.Rung rung, List<ItemContent.Source> sources,
		String sourceNote, LocalDate lastVerified, LocalDate reviewDue, int revision, Instant publishedAt,
		String url) {

	static ItemView of(GuidanceItem item) {
		ItemContent c = item.content();
		return new ItemView(item.id().toString(), item.id().jurisdiction(), c.kind(), c.position(), c.title(),
				c.summary(), c.body(), c.isLead(), c.isNotForThisJurisdiction(), c.contacts(), c.offence(),
				c.crossBorder(), c.rung(), c.sources(), c.sourceNote(), c.lastVerified(), c.reviewDue(),
				item.revision(), item.publishedAt(), GuideLinks.item(item));
	}
}
