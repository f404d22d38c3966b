package org.falseos.casework.cases.dataprotection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.ErasureRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests to erase a client and the decisions on them. */
@Repository
class ErasureRequests {

	private static final String SELECT = """
			select r.*, c.code, c.team from cases.erasure_request r join cases.client c on c.id = r.client_id
			""";

	private final JdbcClient jdbc;

	ErasureRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Answers the new request's id, or empty when the client already has one waiting. */
	Optional<UUID> insert(ClientId client, String reason, String by) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql("""
				insert into cases.erasure_request (id, client_id, reason, requested_by) values (:id, :client, :reason, :by)
				on conflict (client_id) where state = 'PENDING' do nothing
				""").param("id", id).param("client", client.id()).param("reason", reason).param("by", by).update();
		return rows == 1 ? Optional.of(id) : Optional.empty();
	}

	/** Locks the request, so that two supervisors deciding at once cannot both succeed. */
	Optional<ErasureRequest> lock(UUID id) {
		return jdbc.sql(SELECT + " where r.id = :id for update of r").param("id", id).query(ErasureRequests::toRequest)
			.optional();
	}

	void decide(UUID id, ErasureRequest.State state, String by, String note) {
		jdbc.sql("""
				update cases.erasure_request set state = :state, decided_by = :by, decided_at = now(), decision_note = :note
				where id = :id and state = 'PENDING'
				""").param("state", state.name()).param("by", by).param("note", note).param("id", id).update();
	}

	List<ErasureRequest> pendingIn(Set<String> teams) {
		return jdbc.sql(SELECT + " where r.state = 'PENDING' and c.team = any(:teams) order by r.requested_at")
			.param("teams", teams.toArray(String[]::new)).query(ErasureRequests::toRequest).list();
	}

	private static ErasureRequest toRequest(ResultSet rs, int row) throws SQLException {
		return new ErasureRequest(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
				rs.getString("code"), rs.getString("team"), rs.getString("reason"), rs.getString("requested_by"),
				instant(rs.getTimestamp("requested_at")), ErasureRequest.State.valueOf(rs.getString("state")),
				rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
