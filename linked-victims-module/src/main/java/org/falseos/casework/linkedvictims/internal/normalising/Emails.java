package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses in lower case, with a provider's own equivalences applied only where the provider documents
 * them: Gmail ignores dots and {@code +tags} (and googlemail.com is gmail.com); Outlook/Hotmail, Fastmail and
 * Proton deliver {@code +tag} addresses to the base address. Dots elsewhere are part of the address.
 */
final class Emails {

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");

	private static final Pattern BRACKETED = Pattern.compile("<([^>]+)>");

	private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

	private static final Set<String> PLUS_TAGS = Set.of("outlook.com", "outlook.co.uk", "hotmail.com", "hotmail.co.uk",
			"hotmail.fr", "live.com", "live.co.uk", "msn.com", "fastmail.com", "fastmail.fm", "proton.me",
			"protonmail.com", "protonmail.ch", "pm.me");

	private Emails() {
	}

	static Optional<Normalised> normalise(String cleaned) {
		String text = cleaned;
		Matcher bracketed = BRACKETED.matcher(text);
		if (bracketed.find()) {
			text = bracketed.group(1);
		}
		text = Texts.fold(text.strip()).replaceFirst("^mailto:", "").replaceFirst("\\?.*$", "");
		if (!ADDRESS.matcher(text).matches()) {
			return Optional.empty();
		}
		int at = text.lastIndexOf('@');
		String local = text.substring(0, at);
		String domain = text.substring(at + 1).replaceFirst("\\.$", "");
		if (GMAIL.contains(domain)) {
			domain = "gmail.com";
			local = withoutTag(local).replace(".", "");
		}
		else if (PLUS_TAGS.contains(domain)) {
			local = withoutTag(local);
		}
		return local.isEmpty() ? Optional.empty() : Optional.of(Normalised.strong("email", "", local + "@" + domain));
	}

	private static String withoutTag(String local) {
		int plus = local.indexOf('+');
		return plus < 0 ? local : local.substring(0, plus);
	}
}
