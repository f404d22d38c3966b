package org.falseos.casework.web.internal.identity;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes sign-in audit entries older than {@code falseos.retention.sign-ins}, a few minutes after start-up and
 * then every six hours. Safe with several instances: each deletes whatever is still too old, so running it twice
 * or at once removes nothing more. It is the one path the database lets delete from the audit (web/V3).
 */
@Component
@EnableConfigurationProperties(RetentionSettings.class)
class SignInRetention {

	private static final Logger log = LoggerFactory.getLogger(SignInRetention.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final RetentionSettings settings;

	SignInRetention(JdbcClient jdbc, PlatformTransactionManager transactionManager, RetentionSettings settings) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
	}

	@Scheduled(initialDelay = 5, fixedDelay = 6 * 60, timeUnit = TimeUnit.MINUTES)
	void applyOnSchedule() {
		int removed = apply();
		log.info("Sign-in audit: removed {} entries older than {} (falseos.retention.sign-ins)", removed,
				settings.signIns());
	}

	/** Deletes the entries older than the retention period, in the database's time; returns how many. */
	int apply() {
		Integer removed = transactions.execute(status -> {
			// Lasts to the end of this transaction only; the trigger lets nothing else delete.
			jdbc.sql("select set_config('falseos.retention', 'on', true)").query(String.class).single();
			return jdbc.sql("delete from web.sign_in where at < now() - cast(:retention as interval)")
				.param("retention", settings.signIns().toString())
				.update();
		});
		return removed == null ? 0 : removed;
	}
}
