package org.falseos.casework.cases.synthetic;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --falseos.generate.cases=N}: fills the database with N synthetic cases for benchmarks and demos, then
 * stops the application (unless {@code --falseos.generate.exit=false}). Never part of a normal start: without the
 * property this bean does not exist. See README.md, "Synthetic data".
 */
@Component
@ConditionalOnProperty("falseos.generate.cases")
class SyntheticCasesCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticCasesCommand.class);

	private final DataSource dataSource;

	private final ConfigurableApplicationContext context;

	private final int cases;

	private final long seed;

	private final boolean exit;

	SyntheticCasesCommand(DataSource dataSource, ConfigurableApplicationContext context,
			@Value("${falseos.generate.cases}") int cases, @Value("${falseos.generate.seed:1}") long seed,
			@Value("${falseos.generate.exit:true}") boolean exit) {
		if (cases < 1 || cases > 10_000_000) {
			throw new IllegalArgumentException("falseos.generate.cases must be between 1 and 10,000,000, not " + cases);
		}
		this.dataSource = dataSource;
		this.context = context;
		this.cases = cases;
		this.seed = seed;
		this.exit = exit;
	}

	@Override
	public void run(ApplicationArguments arguments) throws SQLException {
		long started = System.nanoTime();
		log.info("Generating {} synthetic cases (seed {})", cases, seed);
		var written = new SyntheticData(dataSource).generate(cases, seed);
		log.info("Generated synthetic data in {} ms: {}", (System.nanoTime() - started) / 1_000_000, written);
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}
}
