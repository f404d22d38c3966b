package org.falseos.casework.web.internal.inbox;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily scan's lock: a row in {@code web.shedlock}, timed by the database's clock so that instances whose
 * clocks disagree still agree on who holds it. Held at most an hour if an instance dies mid-scan.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxSettings.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class InboxConfiguration {

	static final String LOCK_TABLE = "web.shedlock";

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return databaseLock(dataSource);
	}

	static LockProvider databaseLock(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(LOCK_TABLE)
			.usingDbTime()
			.build());
	}
}
