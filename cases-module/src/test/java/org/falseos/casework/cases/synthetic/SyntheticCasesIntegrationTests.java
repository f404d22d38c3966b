package org.falseos.casework.cases.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

// The command runs as the context starts, exactly as from the command line, but leaves the JVM running.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "falseos.generate.cases=500", "falseos.generate.exit=false" })
class SyntheticCasesIntegrationTests {

	static final Actor CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	DataSource dataSource;

	@Test
	void theCommandFillsEveryTableWithCasesTheAppCanRead() {
		// The start-up run numbered its clients from SYN-0000001; another test adds a second run after them.
		assertThat(count("select count(*) from cases.client where code between 'SYN-0000001' and 'SYN-0000435'"))
			.isEqualTo(435);
		assertThat(count("""
				select count(*) from cases.case_file c join cases.client cl on cl.id = c.client_id
				where cl.code between 'SYN-0000001' and 'SYN-0000435'
				""")).isEqualTo(500);
		assertThat(count("select count(*) from cases.incident")).isGreaterThan(500);
		assertThat(count("select count(*) from cases.reference_number")).isGreaterThan(100);
		assertThat(count("select count(*) from cases.incident where corrects is not null")).isPositive();
		assertThat(count("select count(*) from cases.task where done_at is null")).isPositive();

		List<CaseSummary> visible = cases.visibleTo(CASEWORKER, 500);
		assertThat(visible).isNotEmpty().allSatisfy(summary -> assertThat(summary.team()).isEqualTo("North"));
		var file = cases.read(CASEWORKER, visible.getFirst().id());
		assertThat(file.incidents()).isNotEmpty();
		assertThat(file.identifiers()).isNotEmpty();
		assertThat(file.courseOfConduct().incidents()).isPositive();
	}

	@Test
	void oneHarasserTurnsUpAcrossClientsWrittenInDifferentWays() {
		var forms = jdbc.sql("""
				select distinct i.value from cases.identifier i
				where lower(i.value) like '%troll\\_99%' or lower(i.value) like '%troll99%'
				""").query(String.class).list();
		int clients = count("""
				select count(distinct c.client_id) from cases.identifier i join cases.case_file c on c.id = i.case_id
				where lower(i.value) like '%troll\\_99%' or lower(i.value) like '%troll99%'
				""");

		assertThat(forms).hasSizeGreaterThanOrEqualTo(3).contains("@Troll_99");
		assertThat(clients).isGreaterThan(1);
	}

	@Test
	void aSecondRunAddsToTheFirstWithoutClashing() throws SQLException {
		int before = count("select count(*) from cases.case_file");

		var written = new SyntheticData(dataSource).generate(20, 2);

		assertThat(written.get("case_file")).isEqualTo(20);
		assertThat(count("select count(*) from cases.case_file")).isEqualTo(before + 20);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
