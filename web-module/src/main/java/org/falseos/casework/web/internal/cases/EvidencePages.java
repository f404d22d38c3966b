package org.falseos.casework.web.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseBundles;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ConsentRequired;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
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
import org.springframework.web.multipart.MultipartFile;

/** The evidence section of the case page: upload, download of originals, the police bundle, deletion. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class EvidencePages {

	private final EvidenceLocker locker;

	private final CaseBundles bundles;

	private final Cases cases;

	private final CasePages casePages;

	EvidencePages(EvidenceLocker locker, CaseBundles bundles, Cases cases, CasePages casePages) {
		this.locker = locker;
		this.bundles = bundles;
		this.cases = cases;
		this.casePages = casePages;
	}

	@PostMapping("/cases/{id}/evidence")
	String upload(CurrentUser user, @PathVariable String id, @RequestParam(required = false) MultipartFile file,
			@RequestParam Map<String, String> fields, Model model, HttpServletResponse response) throws IOException {
		if (!cases.isVisible(CaseActors.of(user), CaseId.parse(id))) {
			throw new UnknownCase("No case " + id);
		}
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidCaseInput.of("file", "Choose the file to add to the locker.");
			}
			try (InputStream content = file.getInputStream()) {
				locker.add(CaseActors.of(user), CaseId.parse(id), EvidenceApi.fileName(file), EvidenceApi.capture(fields),
						content);
			}
			return "redirect:/cases/" + id + "#evidence";
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return casePages.render(user, CaseId.parse(id), model, "evidence", invalid.errors(), fields);
		}
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
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
		try {
			locker.delete(CaseActors.of(user), CaseId.parse(id), EvidenceId.parse(evidenceId), reason);
			return "redirect:/cases/" + id + "#evidence";
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return casePages.render(user, CaseId.parse(id), model, "evidence", invalid.errors(), Map.of());
		}
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
			// The case page again, saying why and what to do, rather than a bare error.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return casePages.render(user, caseId, model, "bundle", Map.of("bundle", refused.getMessage()), Map.of());
		}
		Downloads.send(response, "case-" + id + "-bundle.zip", -1, out -> bundles.write(actor, caseId, out));
		return null;
	}
}
