package org.falseos.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's PostgreSQL, run as durably as a server: the library's test settings (fsync and
 * synchronous commit off) are overridden, every connection needs the generated password (SCRAM), and it listens on
 * 127.0.0.1 only, with no Unix socket. Its data and WAL live in {@code <data folder>/postgres}, owner-only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** What a commit needs to survive a crash or a power cut; checked on the running server at every start. */
	static final Map<String, String> DURABILITY = Map.of("fsync", "on", "synchronous_commit", "on",
			"full_page_writes", "on");

	private static final String HBA = """
			# Written by FalseOS Casework at every start: any change here is replaced.
			# Password (SCRAM) connections over 127.0.0.1 only; no Unix socket, no trust.
			host all all 127.0.0.1/32 scram-sha-256
			""";

	// Only for one start of a folder made before the database had a password: it gets one, then HBA applies.
	private static final String HBA_UNTIL_PASSWORD_SET = """
			# Written by FalseOS Casework: replaced by password authentication as soon as the password is set.
			host all postgres 127.0.0.1/32 trust
			""";

	private final EmbeddedPostgres postgres;

	private final String password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
		this.postgres = postgres;
		this.password = password;
	}

	static EmbeddedPostgresServer start(Path dataDir, int port) throws IOException {
		Path folder = EmbeddedPostgresSettings.databaseFolder(dataDir);
		OwnerOnly.folder(folder);
		OrphanedPostmaster.stopIfRunning(folder);
		boolean fresh = !Files.exists(folder.resolve("postgresql.conf"));
		boolean hadPassword = EmbeddedPostgresPassword.exists(dataDir);
		if (fresh && hadPassword) {
			// A password without a database is left from an interrupted first start; the new cluster takes a new one.
			Files.delete(EmbeddedPostgresPassword.file(dataDir));
			hadPassword = false;
		}
		String password = fresh ? EmbeddedPostgresPassword.create(dataDir)
				: hadPassword ? EmbeddedPostgresPassword.read(dataDir) : null;
		boolean legacy = password == null;

		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(folder)
			.setCleanDataDirectory(false)
			// The library's own JVM shutdown hook would stop the database while Spring's is still using it.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("unix_socket_directories", "")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setDataDirectoryCustomizer(data -> writeHba(data.toPath(), legacy ? HBA_UNTIL_PASSWORD_SET : HBA));
		DURABILITY.forEach(builder::setServerConfig);
		if (fresh) {
			// initdb takes the last of repeated options: these replace the library's own "-A trust".
			builder.setLocaleConfig("auth", "scram-sha-256")
				.setLocaleConfig("pwfile", EmbeddedPostgresPassword.file(dataDir).toString());
		}
		if (!legacy) {
			builder.setConnectConfig("password", password);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		// The library creates its lock file with the process umask; inside an owner-only folder, but tidy it anyway.
		if (Files.exists(folder.resolve("epg-lock"))) {
			OwnerOnly.tighten(folder.resolve("epg-lock"));
		}
		var server = new EmbeddedPostgresServer(postgres, password);
		try {
			if (legacy) {
				server = server.givePassword(dataDir, folder);
			}
			server.checkDurable();
		}
		catch (IOException | RuntimeException e) {
			postgres.close();
			throw e;
		}
		log.info("Database: embedded PostgreSQL on 127.0.0.1:{} with its data in {} (fsync, synchronous commit and "
				+ "full-page writes on; password authentication)", postgres.getPort(), folder);
		return server;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
	}

	String password() {
		return password;
	}

	int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	private EmbeddedPostgresServer givePassword(Path dataDir, Path folder) throws IOException {
		String newPassword = EmbeddedPostgresPassword.create(dataDir);
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, null)) {
			// ALTER ROLE takes no bind parameters; the password is base64url, so it needs no quoting beyond this.
			connection.createStatement().execute("alter role " + SUPERUSER + " password '" + newPassword + "'");
			writeHba(folder, HBA);
			connection.createStatement().execute("select pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Database: could not give the existing embedded database its password", e);
		}
		log.info("Database: the embedded database had no password (made by an earlier version); it has one now, "
				+ "kept in {}", EmbeddedPostgresPassword.file(dataDir));
		return new EmbeddedPostgresServer(postgres, newPassword);
	}

	private void checkDurable() {
		var actual = new LinkedHashMap<String, String>();
		var credentials = new Properties();
		credentials.setProperty("user", SUPERUSER);
		credentials.setProperty("password", password);
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), credentials)) {
			for (String setting : DURABILITY.keySet()) {
				try (var rows = connection.createStatement().executeQuery("show " + setting)) {
					rows.next();
					actual.put(setting, rows.getString(1));
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Database: could not connect to the embedded database with its password", e);
		}
		if (!actual.equals(DURABILITY)) {
			throw new IllegalStateException("Database: the embedded PostgreSQL is not durable (" + actual
					+ "); refusing to start rather than risk losing acknowledged writes");
		}
	}

	private static void writeHba(Path folder, String content) {
		try {
			Path hba = folder.resolve("pg_hba.conf");
			Files.writeString(hba, content, StandardCharsets.UTF_8);
			OwnerOnly.tighten(hba);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
