package org.falseos.casework.web.internal.linking;

import java.util.List;

import org.falseos.casework.linkedvictims.ExportFormat;
import org.falseos.casework.linkedvictims.InvalidLinkingInput;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.SuggestionId;
import org.falseos.casework.web.internal.linking.LinkingJson.ConsentRequestJson;
import org.falseos.casework.web.internal.linking.LinkingJson.OverviewJson;
import org.falseos.casework.web.internal.linking.LinkingJson.PatternJson;
import org.falseos.casework.web.internal.linking.LinkingJson.SuggestionJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The linking JSON API. Suggestions are for coordinators (403 for anyone else); patterns for coordinators,
 * caseworkers and supervisors, each pattern only for those the module's policy lets see it (404 otherwise).
 */
@RestController
@RequestMapping("/api/linking")
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASEWORKER', 'SUPERVISOR')")
class LinkingApi {

	private final LinkedVictims linking;

	private final SignedInActors actors;

	LinkingApi(LinkedVictims linking, SignedInActors actors) {
		this.linking = linking;
		this.actors = actors;
	}

	@GetMapping("/suggestions")
	@PreAuthorize("hasRole('COORDINATOR')")
	List<SuggestionJson> suggestions(@RequestParam(defaultValue = "open") String state, Authentication user) {
		if (!state.equals("open") && !state.equals("all")) {
			throw new InvalidLinkingInput("state", "state must be 'open' (the default) or 'all'.");
		}
		return linking.suggestions(actors.of(user), state.equals("all")).stream().map(LinkingJson::of).toList();
	}

	@PostMapping("/suggestions/{id}/accept")
	@PreAuthorize("hasRole('COORDINATOR')")
	SuggestionJson accept(@PathVariable String id, Authentication user) {
		return LinkingJson.of(linking.accept(actors.of(user), SuggestionId.parse(id)));
	}

	@PostMapping("/suggestions/{id}/dismiss")
	@PreAuthorize("hasRole('COORDINATOR')")
	SuggestionJson dismiss(@PathVariable String id, @RequestBody Dismissal body, Authentication user) {
		return LinkingJson.of(linking.dismiss(actors.of(user), SuggestionId.parse(id), body.reason()));
	}

	record Dismissal(String reason) {
	}

	@GetMapping("/patterns")
	List<OverviewJson> patterns(Authentication user) {
		return linking.patterns(actors.of(user)).stream().map(LinkingJson::of).toList();
	}

	@GetMapping("/patterns/{id}")
	PatternJson pattern(@PathVariable String id, Authentication user) {
		return LinkingJson.of(linking.pattern(actors.of(user), PatternId.parse(id)));
	}

	@GetMapping("/patterns/{id}/cross-reference.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, Authentication user) {
		return Downloads.of(linking.export(actors.of(user), PatternId.parse(id), ExportFormat.CSV), true);
	}

	@GetMapping("/patterns/{id}/cross-reference.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication user) {
		return Downloads.of(linking.export(actors.of(user), PatternId.parse(id), ExportFormat.PDF), true);
	}

	@GetMapping("/patterns/{id}/chart.svg")
	ResponseEntity<byte[]> chart(@PathVariable String id, Authentication user) {
		return Downloads.of(linking.export(actors.of(user), PatternId.parse(id), ExportFormat.SVG), false);
	}

	@GetMapping("/consent-requests")
	@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
	List<ConsentRequestJson> consentRequests(Authentication user) {
		return linking.consentRequests(actors.of(user)).stream().map(LinkingJson::of).toList();
	}
}
