package org.falseos.casework.web.internal.guidance;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.falseos.casework.guidance.EditorialConflict;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceEditorial;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.InvalidContent;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.web.internal.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the editorial workflow: editors draft, supervisors review, publish, reject and withdraw. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'SUPERVISOR')")
class EditorialPages {

	private final GuidanceEditorial editorial;

	private final Guidance guidance;

	EditorialPages(GuidanceEditorial editorial, Guidance guidance) {
		this.editorial = editorial;
		this.guidance = guidance;
	}

	@InitBinder("form")
	void bindFields(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/editorial")
	String dashboard(Model model) {
		model.addAttribute("jurisdictions", guidance.jurisdictions().stream()
			.map(j -> Map.entry(j, editorial.items(j.code()))).toList());
		model.addAttribute("awaiting", editorial.awaitingReview());
		model.addAttribute("overdue", editorial.overdueForReview(LocalDate.now()));
		return "editorial/dashboard";
	}

	@GetMapping("/editorial/items/{id}")
	String history(@PathVariable String id, Model model) {
		var itemId = known(id);
		model.addAttribute("summary", editorial.summary(itemId).orElseThrow());
		model.addAttribute("history", editorial.history(itemId));
		return "editorial/history";
	}

	@GetMapping("/editorial/items/{id}/edit")
	@PreAuthorize("hasRole('EDITOR')")
	String edit(@PathVariable String id, Model model) {
		var itemId = known(id);
		return editPage(itemId, DraftForm.of(editorial.contentToEdit(itemId).orElseThrow()), Map.of(), model);
	}

	@PostMapping("/editorial/items/{id}/drafts")
	@PreAuthorize("hasRole('EDITOR')")
	String draft(@PathVariable String id, @ModelAttribute("form") DraftForm form, BindingResult binding,
			Principal editor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var itemId = known(id);
		ItemContent base = editorial.contentToEdit(itemId).orElseThrow();
		try {
			var revision = editorial.draft(itemId, form.toContent(base, binding), editor.getName());
			redirect.addFlashAttribute("notice", "Draft revision " + revision.number() + " is waiting for a supervisor's review.");
			return "redirect:/editorial/items/" + itemId + "/revisions/" + revision.number();
		}
		catch (InvalidContent invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(itemId, form, invalid.errors(), model);
		}
	}

	@GetMapping("/editorial/items/{id}/revisions/{number}")
	String revision(@PathVariable String id, @PathVariable int number, Model model) {
		var itemId = known(id);
		var revision = editorial.revision(itemId, number)
			.orElseThrow(() -> new NotFound("No revision " + number + " of " + id + "."));
		model.addAttribute("summary", editorial.summary(itemId).orElseThrow());
		model.addAttribute("revision", revision);
		model.addAttribute("changes", editorial.compareWithPublished(itemId, number));
		return "editorial/revision";
	}

	@PostMapping("/editorial/items/{id}/revisions/{number}/publish")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String publish(@PathVariable String id, @PathVariable int number, @RequestParam(defaultValue = "") String comment,
			Principal supervisor, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		var itemId = known(id);
		return review(redirect, model, response, itemId, number, () -> {
			editorial.publish(itemId, number, supervisor.getName(), comment);
			return "Revision " + number + " is published.";
		});
	}

	@PostMapping("/editorial/items/{id}/revisions/{number}/reject")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String reject(@PathVariable String id, @PathVariable int number, @RequestParam(defaultValue = "") String comment,
			Principal supervisor, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		var itemId = known(id);
		return review(redirect, model, response, itemId, number, () -> {
			editorial.reject(itemId, number, supervisor.getName(), comment);
			return "Revision " + number + " is rejected.";
		});
	}

	@PostMapping("/editorial/items/{id}/withdraw")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal supervisor,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		var itemId = known(id);
		try {
			editorial.withdraw(itemId, supervisor.getName(), reason);
			redirect.addFlashAttribute("notice", "The item is withdrawn from the public guide.");
			return "redirect:/editorial/items/" + itemId;
		}
		catch (InvalidContent | EditorialConflict refused) {
			refuse(model, response, refused);
			return history(id, model);
		}
	}

	private String review(RedirectAttributes redirect, Model model, HttpServletResponse response,
			GuidanceItemId itemId, int number, ReviewStep step) {
		try {
			redirect.addFlashAttribute("notice", step.run());
			return "redirect:/editorial/items/" + itemId + "/revisions/" + number;
		}
		catch (InvalidContent | EditorialConflict refused) {
			refuse(model, response, refused);
			return revision(itemId.toString(), number, model);
		}
	}

	/** A refused step is shown on the page it came from, with a 400 (bad input) or 409 (wrong state). */
	private static void refuse(Model model, HttpServletResponse response, RuntimeException refused) {
		if (refused instanceof InvalidContent invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", String.join(" ", invalid.errors().values()));
		}
		else {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("problem", refused.getMessage());
		}
	}

	private String editPage(GuidanceItemId itemId, DraftForm form, Map<String, String> errors, Model model) {
		model.addAttribute("summary", editorial.summary(itemId).orElseThrow());
		model.addAttribute("content", editorial.contentToEdit(itemId).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "editorial/edit";
	}

	private GuidanceItemId known(String id) {
		try {
			var itemId = GuidanceItemId.parse(id);
			if (editorial.summary(itemId).isPresent()) {
				return itemId;
			}
		}
		catch (IllegalArgumentException malformed) {
			// answered as not found below
		}
		throw new NotFound("No guidance item '" + id + "'.");
	}

	/** A review action whose refusal is shown on the revision page rather than as an error page. */
	interface ReviewStep {

		String run();
	}
}
