package org.falseos.casework.linkedvictims.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.linkedvictims.SharedIdentifier;
import org.falseos.casework.linkedvictims.internal.normalising.Normalised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keyed hashes of every identifier and reference number on a case; never the values themselves. */
@Repository
class Fingerprints {

	/** One index lookup: the cases of other clients holding this hash (the benchmark measures this query). */
	static final String MATCHES = """
			select distinct case_id, client_id from linkedvictims.fingerprint where hash = :hash and client_id <> :client
			""";

	// One lock for every change to linking state: matching, decisions and consent are rare enough to take turns,
	// and taking turns means two cases recording the same identifier at once still see each other.
	private static final long LOCK = 0x4C696E6B_696E6701L;

	private final JdbcClient jdbc;

	Fingerprints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
	}

	void insert(UUID sourceId, CaseId caseId, ClientId clientId, Normalised normalised, byte[] hash) {
		jdbc.sql("""
				insert into linkedvictims.fingerprint (source_id, case_id, client_id, kind, platform, hash, masked, weak)
				values (:source, :case, :client, :kind, :platform, :hash, :masked, :weak)
				on conflict (source_id) do nothing
				""").param("source", sourceId).param("case", caseId.id()).param("client", clientId.id())
			.param("kind", normalised.kind()).param("platform", normalised.platform()).param("hash", hash)
			.param("masked", normalised.masked()).param("weak", normalised.weak()).update();
	}

	record Holder(CaseId caseId, ClientId clientId) {
	}

	List<Holder> matches(byte[] hash, ClientId client) {
		return jdbc.sql(MATCHES).param("hash", hash).param("client", client.id())
			.query((rs, row) -> new Holder(new CaseId(rs.getObject("case_id", UUID.class)),
					new ClientId(rs.getObject("client_id", UUID.class))))
			.list();
	}

	/** What at least two clients among these cases share, strongest and oldest first. */
	List<SharedIdentifier> sharedAmong(Collection<CaseId> cases) {
		if (cases.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select kind, platform, min(masked) as masked, bool_and(weak) as weak, min(recorded_at) as since,
				       array_agg(distinct case_id) as cases
				from linkedvictims.fingerprint where case_id = any(:cases)
				group by hash, kind, platform having count(distinct client_id) >= 2
				order by bool_and(weak), min(recorded_at)
				""").param("cases", cases.stream().map(CaseId::id).toArray(UUID[]::new))
			.query((rs, row) -> new SharedIdentifier(rs.getString("kind"), rs.getString("platform"),
					rs.getString("masked"), rs.getBoolean("weak"), rs.getTimestamp("since").toInstant(),
					caseIds(rs.getArray("cases"))))
			.list();
	}

	/** What a fingerprint was, once removed because its identifier or reference number was withdrawn. */
	record Removed(CaseId caseId, byte[] hash, String kind) {
	}

	java.util.Optional<Removed> delete(UUID sourceId) {
		return jdbc.sql("delete from linkedvictims.fingerprint where source_id = :source returning case_id, hash, kind")
			.param("source", sourceId)
			.query((rs, row) -> new Removed(new CaseId(rs.getObject("case_id", UUID.class)), rs.getBytes("hash"),
					rs.getString("kind")))
			.optional();
	}

	/** Whether the case still holds the hash through another of its identifiers or reference numbers. */
	boolean holds(CaseId caseId, byte[] hash) {
		return jdbc.sql("select exists (select 1 from linkedvictims.fingerprint where case_id = :case and hash = :hash)")
			.param("case", caseId.id()).param("hash", hash).query(Boolean.class).single();
	}

	/** The case's masked form of the hash, if the case holds it. */
	java.util.Optional<String> maskedOn(CaseId caseId, byte[] hash) {
		return jdbc.sql("select masked from linkedvictims.fingerprint where case_id = :case and hash = :hash order by masked limit 1")
			.param("case", caseId.id()).param("hash", hash).query(String.class).optional();
	}

	void deleteCases(Collection<CaseId> cases) {
		jdbc.sql("delete from linkedvictims.fingerprint where case_id = any(:cases)")
			.param("cases", cases.stream().map(CaseId::id).toArray(UUID[]::new)).update();
	}

	void deleteClient(ClientId client) {
		jdbc.sql("delete from linkedvictims.fingerprint where client_id = :client").param("client", client.id()).update();
	}

	static List<CaseId> caseIds(Array array) throws SQLException {
		return Arrays.stream((Object[]) array.getArray()).map(id -> new CaseId((UUID) id)).sorted(
				(a, b) -> a.toString().compareTo(b.toString())).toList();
	}

	static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
