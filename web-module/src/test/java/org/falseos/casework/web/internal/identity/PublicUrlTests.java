package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** What {@code falseos.public-url} may be, and what the prod profile demands of it. */
class PublicUrlTests {

	@Test
	void anOriginIsKeptWithoutATrailingSlash() {
		assertThat(PublicUrl.checked(URI.create("https://Casework.Example.org/"), true))
			.hasToString("https://casework.example.org");
		assertThat(PublicUrl.checked(URI.create("http://127.0.0.1:8080"), false)).hasToString("http://127.0.0.1:8080");
	}

	@Test
	void productionRefusesToStartWithoutIt() {
		assertThatThrownBy(() -> PublicUrl.checked(null, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("falseos.public-url is not set").hasMessageContaining("FALSEOS_PUBLIC_URL");
		assertThatThrownBy(() -> PublicUrl.checked(URI.create(""), true)).hasMessageContaining("is not set");
	}

	@Test
	void productionWantsHttpsExceptOnALoopbackHost() {
		assertThatThrownBy(() -> PublicUrl.checked(URI.create("http://casework.example.org"), true))
			.hasMessageContaining("must use https under the prod profile");
		assertThat(PublicUrl.checked(URI.create("http://127.0.0.1:8081"), true)).hasToString("http://127.0.0.1:8081");
		assertThat(PublicUrl.checked(URI.create("http://localhost:8082"), true)).hasToString("http://localhost:8082");
		assertThat(PublicUrl.checked(URI.create("http://casework.example.org"), false))
			.as("outside prod http is allowed").hasToString("http://casework.example.org");
	}

	@Test
	void anythingButAPlainOriginIsRefused() {
		for (String value : new String[] { "casework.example.org", "ftp://casework.example.org",
				"https://casework.example.org/app", "https://user@casework.example.org", "https://casework.example.org?x=1",
				"https://casework.example.org#top" }) {
			assertThatThrownBy(() -> PublicUrl.checked(URI.create(value), false)).as(value)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("must be a plain http(s) origin");
		}
	}

	@Test
	void sameOriginComparesSchemeHostAndPortWithDefaults() {
		var settings = new PublicAddressSettings(URI.create("https://casework.example.org"), java.util.List.of());
		var url = new PublicUrl(settings, new org.springframework.mock.env.MockEnvironment());

		assertThat(url.isSameOrigin(URI.create("https://casework.example.org"))).isTrue();
		assertThat(url.isSameOrigin(URI.create("https://CASEWORK.example.org:443"))).isTrue();
		assertThat(url.isSameOrigin(URI.create("http://casework.example.org"))).as("scheme").isFalse();
		assertThat(url.isSameOrigin(URI.create("https://casework.example.org:8443"))).as("port").isFalse();
		assertThat(url.isSameOrigin(URI.create("https://casework.example.org.evil.example"))).as("host").isFalse();
		assertThat(url.isSameOrigin(URI.create("null"))).as("an opaque origin").isFalse();
	}
}
