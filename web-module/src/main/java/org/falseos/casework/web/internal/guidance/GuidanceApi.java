package org.falseos.casework.web.internal.guidance;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.HarmType;
import org.falseos.casework.guidance.ItemKind;
import org.falseos.casework.guidance.OffenceToName;
import org.falseos.casework.guidance.PublishedGuide;
import org.falseos.casework.web.internal.NotFound;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only JSON API of published guidance. */
@RestController
@RequestMapping("/api/guidance")
class GuidanceApi {

	private final Guidance guidance;

	GuidanceApi(Guidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/jurisdictions")
	List<Map<String, String>> jurisdictions() {
		return guidance.jurisdictions().stream()
			.map(j -> Map.of("code", j.code(), "name", j.name(), "title", j.title(), "url", GuideLinks.jurisdiction(j.code())))
			.toList();
	}

	@GetMapping("/jurisdictions/{code}")
	GuideView guide(@PathVariable String code) {
		return guidance.guide(code).map(GuidanceApi::view).orElseThrow(() -> new NotFound("No guide for jurisdiction '" + code + "'."));
	}

	@GetMapping("/jurisdictions/{code}/offences")
	List<OffenceToName> offences(@PathVariable String code, @RequestParam(name = "harm") List<String> harms) {
		if (guidance.guide(code).isEmpty()) {
			throw new NotFound("No guide for jurisdiction '" + code + "'.");
		}
		Set<HarmType> types = EnumSet.noneOf(HarmType.class);
		for (String harm : harms) {
			try {
				types.add(HarmType.fromSlug(harm));
			}
			catch (IllegalArgumentException unknown) {
				throw RefusedInput.of("harm", (harm.length() > 40 ? "Unknown harm type" : "Unknown harm type: " + harm)
						+ " (threats, stalking, doxxing, impersonation, extortion, fraud, defamation).");
			}
		}
		return guidance.offencesToName(code, types);
	}

	@GetMapping("/items/{id}")
	ItemView item(@PathVariable String id) {
		GuidanceItemId itemId;
		try {
			itemId = GuidanceItemId.parse(id);
		}
		catch (IllegalArgumentException malformed) {
			throw new NotFound("No guidance item '" + id + "'.");
		}
		return guidance.item(itemId).map(ItemView::of).orElseThrow(() -> new NotFound("No guidance item '" + id + "'."));
	}

	private static GuideView view(PublishedGuide guide) {
		var j = guide.jurisdiction();
		var sections = Arrays.stream(ItemKind.values())
			.map(kind -> new GuideView.Section(kind.slug(), j.section(kind).heading(), j.section(kind).intro(),
					guide.itemsOf(kind).stream().map(ItemView::of).toList()))
			.toList();
		return new GuideView(j.code(), j.name(), j.title(), j.tagline(), j.disclaimer(), sections);
	}

	/** A whole published guide in overview order. */
	record GuideView(String code, String name, String title, String tagline, String disclaimer, List<Section> sections) {

		record Section(String kind, String heading, String intro, List<ItemView> items) {
		}
	}
}
