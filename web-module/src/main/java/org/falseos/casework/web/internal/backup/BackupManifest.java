package org.falseos.casework.web.internal.backup;

import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, as its {@code manifest.json} states it: the app version and database migrations it was made
 * with, the moment of its database snapshot, every table dump and sequence value, and every file with its size and
 * SHA-256. A restore trusts nothing in the folder that this manifest does not list and match.
 */
record BackupManifest(String format, String appVersion, String snapshotAt, String postgresVersion,
		LinkingKey linkingKey, List<MigrationHistory> flyway, List<TableDump> tables, List<SequenceValue> sequences,
		List<FileEntry> files) {

	static final String FORMAT = "FalseOS Casework backup 1";

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** Where the linking module's identifier hashing key came from when the backup was made. */
	enum LinkingKey {
		/** Generated in the data folder: the backup holds it as {@code linking/hmac.key}. */
		FILE,
		/** Set with {@code falseos.linking.hmac-secret}: not in the backup, the same secret must be set again. */
		CONFIGURED
	}

	/** One module's Flyway history table and the migrations it records, oldest first. */
	record MigrationHistory(String table, List<Migration> migrations) {
	}

	record Migration(String version, String description, String type, String script, Integer checksum) {
	}

	/** A table dumped with {@code COPY ... TO STDOUT} (PostgreSQL's text format) into {@code file}. */
	record TableDump(String schema, String name, List<String> columns, long rows, String file) {

		String qualifiedName() {
			return schema + "." + name;
		}
	}

	record SequenceValue(String schema, String name, long lastValue, boolean called) {

		String qualifiedName() {
			return schema + "." + name;
		}
	}

	record FileEntry(String path, long size, String sha256) {
	}
}
