package org.falseos.casework.cases.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.falseos.casework.cases.IdentifierKind;

/**
 * A pool of invented perpetrators, each known by several written forms of the same identity ("@Troll_99",
 * "https://x.com/troll_99", "twitter.com/Troll_99/"), so that linking has repeats across clients to find. Low
 * numbers are drawn far more often than high ones: a few people harass many victims.
 */
final class Perpetrators {

	private static final String[] ADJECTIVES = { "Night", "Silent", "Dark", "Grim", "Lucky", "Rogue", "Iron", "Cold",
			"Wild", "Lone", "Red", "Sly" };

	private static final String[] NOUNS = { "Owl", "Wolf", "Fox", "Raven", "Viper", "Ghost", "Hawk", "Storm",
			"Shadow", "Cat", "Rider", "Knight" };

	record Form(IdentifierKind kind, String platform, String value) {
	}

	private final int size;

	Perpetrators(int size) {
		this.size = size;
	}

	/** A perpetrator number, skewed towards the low ones. */
	int draw(SplittableRandom random) {
		double r = random.nextDouble();
		return (int) (size * r * r);
	}

	/** One of the ways perpetrator {@code p} has been written down. */
	Form form(int p, SplittableRandom random) {
		List<Form> forms = forms(p);
		return forms.get(random.nextInt(forms.size()));
	}

	List<Form> forms(int p) {
		String handle = p == 0 ? "Troll_99"
				: ADJECTIVES[p % ADJECTIVES.length] + NOUNS[(p / ADJECTIVES.length) % NOUNS.length] + "_"
						+ (p / (ADJECTIVES.length * NOUNS.length) + 10);
		String lower = handle.toLowerCase();
		String mailbox = lower.replace("_", "");
		var forms = new ArrayList<>(List.of(new Form(IdentifierKind.HANDLE, "X", "@" + handle),
				new Form(IdentifierKind.HANDLE, "X", lower), new Form(IdentifierKind.URL, "X", "https://x.com/" + lower),
				new Form(IdentifierKind.URL, "X", "twitter.com/" + handle + "/"),
				new Form(IdentifierKind.URL, "Instagram", "https://www.instagram.com/" + lower + "/"),
				new Form(IdentifierKind.HANDLE, "Instagram", "@" + lower),
				new Form(IdentifierKind.EMAIL, null, mailbox + "@proton.me"),
				new Form(IdentifierKind.EMAIL, null,
						Character.toUpperCase(mailbox.charAt(0)) + mailbox.substring(1) + "@Proton.me"),
				new Form(IdentifierKind.NAME, null, SyntheticPeople.name(p * 7919L)),
				new Form(IdentifierKind.NAME, null, SyntheticPeople.name(p * 7919L).toLowerCase())));
		// Ofcom's drama range has a thousand numbers: beyond them, phones would link strangers.
		if (p < 1000) {
			String digits = "%03d".formatted(p);
			forms.add(new Form(IdentifierKind.PHONE, "WhatsApp", "+44 7700 900" + digits));
			forms.add(new Form(IdentifierKind.PHONE, null, "07700900" + digits));
			forms.add(new Form(IdentifierKind.PHONE, null, "07700 900 " + digits));
		}
		return forms;
	}
}
