package org.falseos.casework.guidance.internal;

import java.util.List;
import java.util.Optional;

import org.falseos.casework.guidance.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jurisdictions known to the guidance module. */
@Repository
class Jurisdictions {

	private final JdbcClient jdbc;

	private final ContentMapper mapper;

	Jurisdictions(JdbcClient jdbc, ContentMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	List<Jurisdiction> all() {
		return jdbc.sql("select content::text from guidance.jurisdiction order by code").query(String.class).list()
				.stream().map(mapper::jurisdictionFromJson).toList();
	}

	Optional<Jurisdiction> find(String code) {
		return jdbc.sql("select content::text from guidance.jurisdiction where code = :code").param("code", code)
				.query(String.class).optional().map(mapper::jurisdictionFromJson);
	}

	/** Stores the jurisdiction when its file is new or changed; answers whether anything was written. */
	boolean upsert(Jurisdiction jurisdiction, String contentHash) {
		return jdbc.sql("""
				insert into guidance.jurisdiction (code, content, content_hash) values (:code, cast(:content as jsonb), :hash)
				on conflict (code) do update set content = excluded.content, content_hash = excluded.content_hash,
				    updated_at = now()
				where guidance.jurisdiction.content_hash <> excluded.content_hash
				""").param("code", jurisdiction.code()).param("content", mapper.toJson(jurisdiction))
				.param("hash", contentHash).update() > 0;
	}
}
