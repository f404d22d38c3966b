package org.falseos.casework.linkedvictims;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Every linking event, whichever thread published it (listeners publish from their own threads). */
@TestComponent
class LinkingEvents {

	final List<Object> published = new CopyOnWriteArrayList<>();

	@EventListener({ PatternCreated.class, CaseLinked.class, CaseUnlinked.class, PatternDissolved.class,
			SuggestionMade.class, LinkingConsentRequested.class })
	void on(Object event) {
		published.add(event);
	}

	<T> List<T> of(Class<T> type) {
		return published.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
