package org.falseos.casework.web.internal.guidance;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemKind;
import org.falseos.casework.guidance.PublishedGuide;
import org.falseos.casework.web.internal.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public guide pages: no sign-in, published revisions only, usable without JavaScript. */
@Controller
class GuidePages {

	// Lets templates name kinds as ${K.CHANNEL}.
	private static final Map<String, ItemKind> KINDS = Arrays.stream(ItemKind.values())
		.collect(Collectors.toMap(ItemKind::name, kind -> kind));

	// Country names in guide addresses are short slugs ("united-states").
	static final int MAX_COUNTRY = 60;

	private final Guidance guidance;

	GuidePages(Guidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/guide")
	String jurisdictions(Model model) {
		model.addAttribute("jurisdictions", guidance.jurisdictions());
		return "guide/index";
	}

	@GetMapping("/guide/{jurisdiction}")
	String overview(@PathVariable String jurisdiction, Model model) {
		model.addAttribute("guide", guide(jurisdiction));
		model.addAttribute("K", KINDS);
		return "guide/overview";
	}

	/** The cross-border picker: a plain GET form, so it works without JavaScript. */
	@GetMapping("/guide/{jurisdiction}/abroad")
	String abroad(@PathVariable String jurisdiction, @RequestParam(required = false) String country, Model model,
			HttpServletResponse response) {
		PublishedGuide guide = guide(jurisdiction);
		if (country != null && country.length() > MAX_COUNTRY) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("unknownCountry", true);
		}
		else if (country != null && !country.isBlank()) {
			var chosen = guide.crossBorderGuideFor(country.strip());
			if (chosen.isPresent()) {
				return "redirect:" + GuideLinks.item(chosen.get());
			}
			model.addAttribute("unknownCountry", true);
		}
		model.addAttribute("guide", guide);
		model.addAttribute("K", KINDS);
		return "guide/abroad";
	}

	@GetMapping("/guide/{jurisdiction}/{slug}")
	String item(@PathVariable String jurisdiction, @PathVariable String slug, Model model) {
		PublishedGuide guide = guide(jurisdiction);
		var item = parse(jurisdiction, slug).flatMap(guidance::item)
			.orElseThrow(() -> new NotFound("No published guidance item '" + slug + "'."));
		model.addAttribute("guide", guide);
		model.addAttribute("item", item);
		model.addAttribute("section", guide.jurisdiction().section(item.kind()));
		model.addAttribute("K", KINDS);
		return "guide/item";
	}

	private PublishedGuide guide(String jurisdiction) {
		return guidance.guide(jurisdiction).orElseThrow(() -> new NotFound("No guide for '" + jurisdiction + "'."));
	}

	private static Optional<GuidanceItemId> parse(String jurisdiction, String slug) {
		try {
			return Optional.of(new GuidanceItemId(jurisdiction, slug));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
