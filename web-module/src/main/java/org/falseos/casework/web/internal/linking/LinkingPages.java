package org.falseos.casework.web.internal.linking;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.linkedvictims.DissolvedPattern;
import org.falseos.casework.linkedvictims.ExportFormat;
import org.falseos.casework.linkedvictims.InvalidLinkingInput;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.LinkingConflict;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.Suggestion;
import org.falseos.casework.linkedvictims.SuggestionId;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.linkedvictims.UnknownPattern;
import org.falseos.casework.linkedvictims.UnknownSuggestion;
import org.falseos.casework.web.internal.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Server-rendered linking pages: suggestions with accept and dismiss forms for coordinators, patterns for
 * everyone who may see them, consent requests for caseworkers and supervisors. Work without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CASEWORKER', 'SUPERVISOR')")
class LinkingPages {

	private final LinkedVictims linking;

	private final SignedInActors actors;

	LinkingPages(LinkedVictims linking, SignedInActors actors) {
		this.linking = linking;
		this.actors = actors;
	}

	@GetMapping("/linking")
	String index(Authentication user, Model model) {
		return index(actors.of(user), model, null, Map.of());
	}

	@PostMapping("/linking/suggestions/{id}/accept")
	@PreAuthorize("hasRole('COORDINATOR')")
	String accept(@PathVariable String id, Authentication user, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		var actor = actors.of(user);
		try {
			var suggestion = linking.accept(actor, SuggestionId.parse(id));
			redirect.addFlashAttribute("notice", switch (suggestion.state()) {
				case LINKED -> "Linked: the cases are in pattern " + suggestion.patternId().reference() + ".";
				default -> "Accepted. The cases join a pattern once every client's consent to linking is recorded; "
						+ "their caseworkers have been asked to seek it.";
			});
			return "redirect:/linking";
		}
		catch (LinkingConflict conflict) {
			// Withdrawn meanwhile: nothing left to accept.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("problem", conflict.getMessage());
			return index(actor, model, null, Map.of());
		}
		catch (UnknownSuggestion gone) {
			throw new NotFound(gone.getMessage());
		}
	}

	@PostMapping("/linking/suggestions/{id}/dismiss")
	@PreAuthorize("hasRole('COORDINATOR')")
	String dismiss(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication user,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		var actor = actors.of(user);
		try {
			linking.dismiss(actor, SuggestionId.parse(id), reason);
			redirect.addFlashAttribute("notice", "Dismissed. The pair comes back only if the cases come to share something new.");
			return "redirect:/linking";
		}
		catch (InvalidLinkingInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return index(actor, model, id, invalid.errors());
		}
		catch (LinkingConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("problem", conflict.getMessage());
			return index(actor, model, null, Map.of());
		}
		catch (UnknownSuggestion gone) {
			throw new NotFound(gone.getMessage());
		}
	}

	@GetMapping("/linking/patterns/{id}")
	String pattern(@PathVariable String id, Authentication user, Model model) {
		var actor = actors.of(user);
		LinkedPattern pattern;
		try {
			pattern = visible(() -> linking.pattern(actor, PatternId.parse(id)));
		}
		catch (DissolvedPattern dissolved) {
			// The address still answers, to say what happened, instead of a bare "not found".
			model.addAttribute("dissolved", dissolved);
			return "linking/dissolved";
		}
		model.addAttribute("pattern", pattern);
		model.addAttribute("chart", linking.chart(pattern));
		return "linking/pattern";
	}

	@GetMapping("/linking/patterns/{id}/cross-reference.csv")
	ResponseEntity<byte[]> csv(@PathVariable String id, Authentication user) {
		return Downloads.of(visible(() -> linking.export(actors.of(user), PatternId.parse(id), ExportFormat.CSV)), true);
	}

	@GetMapping("/linking/patterns/{id}/cross-reference.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication user) {
		return Downloads.of(visible(() -> linking.export(actors.of(user), PatternId.parse(id), ExportFormat.PDF)), true);
	}

	/** A dissolved pattern's sheets are not produced: 409, and the page says why. */
	@ExceptionHandler(DissolvedPattern.class)
	ModelAndView dissolved(DissolvedPattern dissolved) {
		var page = new ModelAndView("linking/dissolved", Map.of("dissolved", dissolved));
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	private String index(Actor actor, Model model, String failedSuggestion, Map<String, String> errors) {
		boolean coordinator = actor.roles().contains("COORDINATOR");
		model.addAttribute("coordinator", coordinator);
		// Withdrawn suggestions are listed apart, with the reason, so the coordinator learns what changed.
		var suggestions = coordinator ? linking.suggestions(actor, true) : List.<Suggestion>of();
		model.addAttribute("suggestions", suggestions.stream()
			.filter(s -> s.state() == SuggestionState.OPEN || s.state() == SuggestionState.AWAITING_CONSENT).toList());
		model.addAttribute("withdrawn", suggestions.stream().filter(s -> s.state() == SuggestionState.WITHDRAWN).toList());
		model.addAttribute("patterns", linking.patterns(actor));
		model.addAttribute("dissolvedPatterns", linking.dissolvedPatterns(actor));
		model.addAttribute("consentRequests", linking.consentRequests(actor));
		model.addAttribute("failedSuggestion", failedSuggestion);
		model.addAttribute("errors", errors);
		return "linking/index";
	}

	private static <T> T visible(java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (UnknownPattern unknown) {
			throw new NotFound(unknown.getMessage());
		}
	}
}
