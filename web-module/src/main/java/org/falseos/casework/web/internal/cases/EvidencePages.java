package org.falseos.casework.web.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseBundles;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentRequired;
import org.falseos.casework.cases.EvidenceAlreadyHeld;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.EvidenceTooLarge;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.web.internal.Dates;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's Evidence tab and one page per piece of evidence: upload, the police bundle and its consent, the
 * chain of custody, integrity checks and a supervisor's deletion. A refused form comes back with everything typed
 * and a 4xx; a change ends in a redirect with a confirmation.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class EvidencePages {

	private final EvidenceLocker locker;

	private final CaseBundles bundles;

	private final Cases cases;

	private final EvidenceViews views;

	private final Dates dates;

	EvidencePages(EvidenceLocker locker, CaseBundles bundles, Cases cases, EvidenceViews views, Dates dates) {
		this.dates = dates;
		this.locker = locker;
		this.bundles = bundles;
		this.cases = cases;
		this.views = views;
	}

	@GetMapping("/cases/{id}/evidence")
	String evidence(CurrentUser user, @PathVariable String id, Model model) {
		return views.tab(user, CaseId.parse(id), model, null, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/evidence")
	String upload(CurrentUser user, @PathVariable String id, @RequestParam(required = false) MultipartFile file,
			@RequestParam Map<String, String> fields, Model model, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		if (!cases.isVisible(actor, caseId)) {
			throw new UnknownCase("No case " + id);
		}
		try {
			var capture = CaptureForm.read(fields, file != null && !file.isEmpty(), dates.zone());
			EvidenceRecord record;
			try (InputStream content = file.getInputStream()) {
				record = locker.add(actor, caseId, EvidenceApi.fileName(file), capture, content);
			}
			redirect.addFlashAttribute("confirmation", record.fileName() + " is in the evidence locker, fingerprinted "
					+ "with SHA-256 " + record.sha256() + ".");
			return "redirect:/cases/" + id + "/evidence/" + record.id();
		}
		catch (InvalidCaseInput invalid) {
			return refusedUpload(user, caseId, model, response, 400, invalid.errors(), fields);
		}
		catch (EvidenceTooLarge tooLarge) {
			return refusedUpload(user, caseId, model, response, 413, Map.of("file", RefusedInput.UPLOAD_TOO_LARGE),
					fields);
		}
		catch (EvidenceAlreadyHeld held) {
			model.addAttribute("alreadyHeld", held.held());
			return refusedUpload(user, caseId, model, response, 409, Map.of(), fields);
		}
		catch (CaseConflict conflict) {
			return refusedUpload(user, caseId, model, response, 409, Map.of("form", conflict.getMessage()), fields);
		}
	}

	@GetMapping("/cases/{id}/evidence/{evidenceId}")
	String item(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId, Model model) {
		return views.item(user, CaseId.parse(id), EvidenceId.parse(evidenceId), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/evidence/{evidenceId}/integrity-check")
	String checkIntegrity(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId,
			RedirectAttributes redirect) {
		var check = locker.verify(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId));
		redirect.addFlashAttribute("integrity", check);
		return "redirect:/cases/" + id + "/evidence/" + evidenceId + "#integrity";
	}

	@GetMapping("/cases/{id}/evidence/{evidenceId}/original")
	void original(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId,
			HttpServletResponse response) throws IOException {
		try (var original = locker.open(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId))) {
			Downloads.send(response, original.record().fileName(), original.record().size(),
					out -> original.content().transferTo(out));
		}
	}

	@PostMapping("/cases/{id}/evidence/{evidenceId}/delete")
	String delete(CurrentUser user, @PathVariable String id, @PathVariable String evidenceId,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		var caseId = CaseId.parse(id);
		var evidence = EvidenceId.parse(evidenceId);
		// The locker decides who may (a supervisor of the team) before it looks at the reason.
		try {
			locker.delete(CaseActors.of(user), caseId, evidence, reason);
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return views.item(user, caseId, evidence, model, invalid.errors(), Map.of("reason", reason));
		}
		catch (CaseConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return views.item(user, caseId, evidence, model, Map.of("form", conflict.getMessage()),
					Map.of("reason", reason));
		}
		var record = locker.record(CaseActors.of(user), caseId, evidence);
		redirect.addFlashAttribute("confirmation", record.fileName() + " was deleted. Its record and chain of "
				+ "custody stay, with your reason.");
		return "redirect:/cases/" + id + "/evidence/" + evidenceId;
	}

	@GetMapping("/cases/{id}/bundle")
	String bundle(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response)
			throws IOException {
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		try {
			bundles.check(actor, caseId);
		}
		catch (ConsentRequired refused) {
			// The Evidence tab again, saying why and what to do, rather than a bare error.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return views.tab(user, caseId, model, "bundle", Map.of("bundle", refused.getMessage()), Map.of());
		}
		Downloads.send(response, "case-" + id + "-bundle.zip", -1, out -> bundles.write(actor, caseId, out));
		return null;
	}

	@PostMapping("/cases/{id}/police-consent-override")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String overridePoliceConsent(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var caseId = CaseId.parse(id);
		try {
			cases.overridePoliceConsent(CaseActors.of(user), caseId, form.get("reason"));
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return views.tab(user, caseId, model, "override", invalid.errors(), form);
		}
		catch (CaseConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return views.tab(user, caseId, model, "override", Map.of("form", conflict.getMessage()), form);
		}
		redirect.addFlashAttribute("confirmation", "Police consent overridden once: the next police bundle of this "
				+ "case may be downloaded without it. Your reason is recorded.");
		return "redirect:/cases/" + id + "/evidence#bundle";
	}

	private String refusedUpload(CurrentUser user, CaseId caseId, Model model, HttpServletResponse response,
			int status, Map<String, String> errors, Map<String, String> fields) {
		response.setStatus(status);
		// A browser never sends a chosen file back to a form, so the page says it must be chosen again.
		model.addAttribute("chooseFileAgain", true);
		return views.tab(user, caseId, model, "evidence", new LinkedHashMap<>(errors), fields);
	}
}
