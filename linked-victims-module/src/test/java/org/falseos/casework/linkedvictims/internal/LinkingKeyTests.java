package org.falseos.casework.linkedvictims.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class LinkingKeyTests {

	@TempDir
	Path dataDir;

	@Test
	void theEmbeddedDefaultGeneratesOneKeyOnceReadableByTheOwnerOnly() throws Exception {
		var first = new LinkingKey("", dataDir, new MockEnvironment());
		var second = new LinkingKey("", dataDir, new MockEnvironment());

		assertThat(second.secret()).isEqualTo(first.secret()).hasSizeGreaterThanOrEqualTo(LinkingKey.MINIMUM_BYTES);
		Path key = dataDir.resolve("linking/hmac.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
	}

	@Test
	void productionRefusesToStartWithoutAConfiguredSecret() {
		var prod = new MockEnvironment();
		prod.setActiveProfiles("prod");

		assertThatThrownBy(() -> new LinkingKey(" ", dataDir, prod)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("falseos.linking.hmac-secret is not set");
		assertThat(dataDir.resolve("linking")).doesNotExist();
		assertThat(new LinkingKey("a-configured-secret-of-forty-bytes-length", dataDir, prod).secret()).hasSize(41);
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatThrownBy(() -> new LinkingKey("too-short", dataDir, new MockEnvironment()))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
	}

	@Test
	void theSameIdentifierHashesAlikeUnderOneKeyAndDifferentlyUnderAnother() {
		var normalised = new org.falseos.casework.linkedvictims.internal.normalising.IdentifierNormaliser()
			.normalise(org.falseos.casework.cases.IdentifierKind.HANDLE, "X", "@troll_99", "scotland");
		byte[] one = new Fingerprinter("k".repeat(32).getBytes()).hash(normalised);
		assertThat(new Fingerprinter("k".repeat(32).getBytes()).hash(normalised)).isEqualTo(one).hasSize(32);
		assertThat(new Fingerprinter("j".repeat(32).getBytes()).hash(normalised)).isNotEqualTo(one);
	}
}
