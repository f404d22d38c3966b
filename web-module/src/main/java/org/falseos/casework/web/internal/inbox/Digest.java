package org.falseos.casework.web.internal.inbox;

import java.util.Map;
import java.util.stream.Collectors;

import org.falseos.casework.web.internal.identity.PublicUrl;
import org.falseos.casework.web.internal.identity.TeamDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The daily e-mail: to each person with unread notifications and an address, how many of each kind and the link
 * to the inbox. Counts and a link only: e-mail leaves the system, so no case content goes in it, not even a client's
 * code. Sent only when {@code spring.mail.host} is set (Boot then provides the mail sender).
 */
@Component
class Digest {

	private static final Logger log = LoggerFactory.getLogger(Digest.class);

	private final Notifications notifications;

	private final TeamDirectory directory;

	private final ObjectProvider<JavaMailSender> mail;

	private final PublicUrl publicUrl;

	private final InboxSettings settings;

	Digest(Notifications notifications, TeamDirectory directory, ObjectProvider<JavaMailSender> mail,
			PublicUrl publicUrl, InboxSettings settings) {
		this.notifications = notifications;
		this.directory = directory;
		this.mail = mail;
		this.publicUrl = publicUrl;
		this.settings = settings;
	}

	/** Returns how many messages went out. A failed message is logged and the others still go. */
	int send() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		var unread = notifications.unreadByRecipient();
		int sent = 0;
		for (var address : directory.emailsOf(unread.keySet()).entrySet()) {
			var message = new SimpleMailMessage();
			message.setFrom(settings.mailFrom());
			message.setTo(address.getValue());
			message.setSubject("Your FalseOS Casework inbox");
			message.setText(body(unread.get(address.getKey())));
			try {
				sender.send(message);
				sent++;
			}
			catch (MailException e) {
				log.warn("Daily digest to {} not sent: {}", address.getKey(), e.getMessage());
			}
		}
		return sent;
	}

	private String body(Map<NotificationKind, Integer> counts) {
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		return "You have " + total + " unread " + (total == 1 ? "notification" : "notifications") + ":\n\n"
				+ counts.entrySet().stream().map(e -> "- " + e.getKey().label() + ": " + e.getValue())
					.collect(Collectors.joining("\n"))
				+ "\n\nRead them at " + publicUrl.resolve("/inbox") + " (sign in first).\n\n"
				+ "This message holds counts only, never case details.\n";
	}
}
