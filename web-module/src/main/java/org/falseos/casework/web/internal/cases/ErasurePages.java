package org.falseos.casework.web.internal.cases;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.ErasureRequest;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second person's side of a client's erasure: the requests waiting in the teams a supervisor supervises, and
 * one request's decision page, where approving takes a ticked confirmation because nothing brings the data back.
 */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class ErasurePages {

	private final DataProtection protection;

	ErasurePages(DataProtection protection) {
		this.protection = protection;
	}

	@GetMapping("/supervision/erasures")
	String pending(CurrentUser user, Model model) {
		model.addAttribute("requests", protection.pendingErasures(CaseActors.of(user)));
		model.addAttribute("username", user.username());
		return "supervision/erasures";
	}

	@GetMapping("/supervision/erasures/{requestId}")
	String request(CurrentUser user, @PathVariable UUID requestId, Model model) {
		return page(user, requestId, model, Map.of(), Map.of());
	}

	@PostMapping("/supervision/erasures/{requestId}/approve")
	String approve(CurrentUser user, @PathVariable UUID requestId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		var request = find(user, requestId);
		try {
			if (!"yes".equals(form.get("confirm"))) {
				throw InvalidCaseInput.of("confirm", "Tick the box to confirm that the client is erased for good.");
			}
			protection.approveErasure(CaseActors.of(user), requestId);
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, requestId, model, invalid.errors(), form);
		}
		flash.addFlashAttribute("confirmation", "Client " + request.clientCode() + " erased");
		return "redirect:/supervision/erasures";
	}

	@PostMapping("/supervision/erasures/{requestId}/decline")
	String decline(CurrentUser user, @PathVariable UUID requestId, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		var request = find(user, requestId);
		try {
			protection.declineErasure(CaseActors.of(user), requestId, form.get("note"));
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, requestId, model, invalid.errors(), form);
		}
		flash.addFlashAttribute("confirmation", "Erasure of client " + request.clientCode() + " declined");
		return "redirect:/supervision/erasures";
	}

	private String page(CurrentUser user, UUID requestId, Model model, Map<String, String> errors,
			Map<String, String> values) {
		model.addAttribute("request", find(user, requestId));
		model.addAttribute("username", user.username());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "supervision/erasure";
	}

	// Only a request waiting in a team this person supervises exists here; any other id is a 404.
	private ErasureRequest find(CurrentUser user, UUID requestId) {
		return protection.pendingErasures(CaseActors.of(user)).stream().filter(r -> r.id().equals(requestId))
			.findFirst().orElseThrow(() -> new UnknownCase("No erasure request " + requestId));
	}
}
