package org.falseos.casework.guidance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the content files under {@code guidance/<jurisdiction>/} into PostgreSQL at start-up. A file is written
 * only when its hash differs from the one last loaded, so restarts change nothing. A changed file replaces an
 * item published from files directly, but never silently overwrites an editor's published revision: then it
 * becomes a draft for review.
 */
@Component
@Order(0)
class ContentFileLoader implements ApplicationRunner {

	static final String AUTHOR = "content-files";

	private static final Logger log = LoggerFactory.getLogger(ContentFileLoader.class);

	// Arbitrary but fixed: serialises loading when several instances start together.
	private static final long LOCK_KEY = 0x6775696461L;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final ContentMapper mapper;

	private final Jurisdictions jurisdictions;

	private final GuidanceItems items;

	private final Publication publication;

	private final JdbcClient jdbc;

	ContentFileLoader(ContentMapper mapper, Jurisdictions jurisdictions, GuidanceItems items, Publication publication,
			JdbcClient jdbc) {
		this.mapper = mapper;
		this.jurisdictions = jurisdictions;
		this.items = items;
		this.publication = publication;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query().singleRow();
		for (Resource file : resolver.getResources("classpath*:guidance/*/jurisdiction.yaml")) {
			byte[] bytes = file.getContentAsByteArray();
			var jurisdiction = mapper.jurisdictionFromYaml(bytes);
			jurisdictions.upsert(jurisdiction, sha256(bytes));
			loadItems(jurisdiction.code());
		}
	}

	private void loadItems(String code) throws IOException {
		Resource[] files = resolver.getResources("classpath*:guidance/" + code + "/items/*.yaml");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		int changed = 0;
		for (Resource file : files) {
			if (load(code, file)) {
				changed++;
			}
		}
		log.info("Guidance content files for '{}': {} files, {} new or changed", code, files.length, changed);
	}

	boolean load(String code, Resource file) {
		byte[] bytes = read(file);
		String hash = sha256(bytes);
		ItemContent content;
		try {
			content = mapper.itemFromYaml(bytes);
		}
		catch (RuntimeException e) {
			throw new IllegalStateException("Guidance content file " + file.getDescription() + " is invalid", e);
		}
		var id = new GuidanceItemId(code, content.id());
		content.itemKind(); // fails fast on an unknown kind
		var state = items.state(id);
		if (state.isEmpty()) {
			items.insertItem(id, content.kind(), hash);
			publication.publish(id, items.appendRevision(id, content, "DRAFT", AUTHOR), AUTHOR, "Loaded from content file");
			return true;
		}
		if (hash.equals(state.get().fileHash())) {
			return false;
		}
		boolean editorOwnsIt = state.get().publishedAuthor() != null && !AUTHOR.equals(state.get().publishedAuthor());
		int revision = items.appendRevision(id, content, "DRAFT", AUTHOR);
		if (editorOwnsIt) {
			log.warn("Content file for {} changed after an editor published it: revision {} awaits review", id, revision);
		}
		else {
			publication.publish(id, revision, AUTHOR, "Content file changed");
		}
		items.recordFileHash(id, hash);
		return true;
	}

	private static byte[] read(Resource file) {
		try {
			return file.getContentAsByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
