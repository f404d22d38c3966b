package org.falseos.casework.web.internal.inbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;

/**
 * One application context for the inbox tests: the demo accounts, mail to a GreenMail server on a free port, and
 * the daily scan's schedule switched on with a cron that never fires ("-"), so its bean and lock exist and the
 * tests start it themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "falseos.demo-mode=true", "falseos.inbox.daily-scan.enabled=true",
		"falseos.inbox.daily-scan-cron=-", "spring.mail.host=127.0.0.1",
		"falseos.inbox.mail-from=casework@example.org" })
@ContextConfiguration(initializers = InboxTest.Mail.class)
@interface InboxTest {

	/** The SMTP server the inbox tests' context sends to, started once and given to it as spring.mail.port. */
	final class Mail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		static final GreenMail SERVER = start();

		private static GreenMail start() {
			var server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			return server;
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.mail.port=" + SERVER.getSmtp().getPort()).applyTo(context);
		}
	}
}
