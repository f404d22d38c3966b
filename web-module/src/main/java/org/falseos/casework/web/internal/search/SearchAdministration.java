package org.falseos.casework.web.internal.search;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.falseos.casework.search.GuidanceSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Administrators rebuild the search index from published guidance and watch its progress (ROLE_ADMIN only). */
@Controller
class SearchAdministration {

	private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final GuidanceSearch search;

	SearchAdministration(GuidanceSearch search) {
		this.search = search;
	}

	@GetMapping("/admin/search")
	String status(Model model) {
		var status = search.rebuildStatus();
		model.addAttribute("status", status);
		model.addAttribute("finishedAt", status.finishedAt() == null ? "" : FINISHED.format(status.finishedAt()));
		return "admin-search";
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild() {
		search.startRebuild();
		return "redirect:/admin/search";
	}
}
