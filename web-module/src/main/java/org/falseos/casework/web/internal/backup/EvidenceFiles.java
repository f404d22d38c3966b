package org.falseos.casework.web.internal.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The evidence originals as the cases module keeps them: one file per evidence id in
 * {@code ${falseos.data-dir}/evidence}, its SHA-256 and size in {@code cases.evidence}. A deleted or erased
 * evidence keeps its row but no longer has a file. The one place backup and restore know that layout.
 */
final class EvidenceFiles {

	static final String FOLDER = "evidence";

	private static final String PRESENT = """
			select id, sha256, size_bytes from cases.evidence where deleted_at is null and erased_at is null order by id
			""";

	private EvidenceFiles() {
	}

	/** An original the database says is held, with what it must hash to. */
	record Held(UUID id, String sha256, long size) {

		/** Where the backup keeps it. */
		String backupPath() {
			return FOLDER + "/" + id;
		}
	}

	static List<Held> held(Connection connection) throws SQLException {
		List<Held> held = new ArrayList<>();
		try (var statement = connection.prepareStatement(PRESENT); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				held.add(new Held(rows.getObject(1, UUID.class), rows.getString(2).strip(), rows.getLong(3)));
			}
		}
		return held;
	}

	static Path original(Path dataDir, UUID id) {
		return dataDir.resolve(FOLDER).resolve(id.toString());
	}
}
