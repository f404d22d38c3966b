package org.falseos.casework.guidance.internal;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidancePublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The one way a revision becomes public, so that every publication is announced to other modules. */
@Component
class Publication {

	private final GuidanceItems items;

	private final ApplicationEventPublisher events;

	Publication(GuidanceItems items, ApplicationEventPublisher events) {
		this.items = items;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void publish(GuidanceItemId id, int revision, String reviewer, String comment) {
		items.markPublished(id, revision, reviewer, comment);
		var kind = items.revisionContent(id, revision).orElseThrow().kind();
		events.publishEvent(new GuidancePublished(id, kind, revision));
	}
}
