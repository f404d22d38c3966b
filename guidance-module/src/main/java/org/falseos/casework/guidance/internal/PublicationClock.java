package org.falseos.casework.guidance.internal;

import java.util.List;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.PublicationChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the publication clock that a trigger moves on for every publish or withdrawal (see V2 migration). */
@Repository
class PublicationClock {

	private final JdbcClient jdbc;

	PublicationClock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long now() {
		return jdbc.sql("select last from guidance.publication_clock").query(Long.class).single();
	}

	List<PublicationChange> changesSince(long sequence, int limit) {
		return jdbc.sql("""
				select id, publication_sequence from guidance.item
				where publication_sequence > :sequence order by publication_sequence limit :limit
				""").param("sequence", sequence).param("limit", limit)
			.query((rs, row) -> new PublicationChange(GuidanceItemId.parse(rs.getString(1)), rs.getLong(2)))
			.list();
	}
}
