package org.falseos.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database runs as its own process, so it outlives an app killed with {@code kill -9} and keeps the
 * data folder's {@code postmaster.pid}: the next start would then fail. Called only while this process holds the
 * {@link DataFolderLock}, so a postmaster still running on the folder belongs to no live instance and is stopped
 * cleanly (PostgreSQL's fast shutdown: open transactions of the dead app roll back, everything committed stays).
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private OrphanedPostmaster() {
	}

	static void stopIfRunning(Path databaseFolder) throws IOException {
		Optional<ProcessHandle> postmaster = find(databaseFolder);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Database: an embedded PostgreSQL (process {}) is still running on {}, left by an instance that did "
				+ "not stop normally; stopping it before starting afresh", process.pid(), databaseFolder);
		fastShutdown(process);
		try {
			process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException("Database: the PostgreSQL left running on " + databaseFolder + " (process "
					+ process.pid() + ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it by hand", e);
		}
		log.info("Database: the left-over PostgreSQL stopped cleanly");
	}

	/** The postmaster named by the folder's pid file, if that process is alive and is PostgreSQL on this folder. */
	static Optional<ProcessHandle> find(Path databaseFolder) throws IOException {
		Path pidFile = databaseFolder.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
			return Optional.empty();
		}
		// After a reboot the pid may belong to an unrelated process: only a postgres started on this folder counts.
		return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> isPostgresOn(process, databaseFolder));
	}

	private static boolean isPostgresOn(ProcessHandle process, Path databaseFolder) {
		var info = process.info();
		boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
		String folder = databaseFolder.toAbsolutePath().normalize().toString();
		boolean onFolder = info.arguments().map(List::of).map(arguments -> arguments.contains(folder)).orElse(false);
		return postgres && onFolder;
	}

	// SIGINT is PostgreSQL's fast shutdown. Java's Process API can only send SIGTERM (smart shutdown, which waits for
	// sessions) and pg_ctl refuses to run as root, which the embedded library otherwise copes with.
	private static void fastShutdown(ProcessHandle process) throws IOException {
		try {
			int exit = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start()
				.waitFor();
			if (exit != 0) {
				process.destroy();
			}
		}
		catch (IOException e) {
			process.destroy();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the left-over PostgreSQL", e);
		}
	}
}
