package org.falseos.casework.web.internal.identity;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The app's public base URL ({@code falseos.public-url}), checked at start-up: an origin (scheme, host, port, no
 * path), and under the {@code prod} profile set explicitly and {@code https} (plain {@code http} only for a
 * loopback host, i.e. a staging stack on one machine). Port 0 stands for the port the server is given when it
 * starts (tests on a random port).
 */
@Component
public class PublicUrl {

	private volatile URI uri;

	PublicUrl(PublicAddressSettings settings, Environment environment) {
		this.uri = checked(settings.publicUrl(), environment.acceptsProfiles(Profiles.of("prod")));
	}

	static URI checked(URI configured, boolean production) {
		if (configured == null || configured.toString().isBlank()) {
			throw new IllegalStateException("falseos.public-url is not set. It is the address people use to reach the "
					+ "app, e.g. https://casework.example.org" + (production ? " (FALSEOS_PUBLIC_URL); the prod profile "
							+ "has no default" : ""));
		}
		String scheme = configured.getScheme() == null ? "" : configured.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http") || configured.getHost() == null
				|| configured.getRawUserInfo() != null || configured.getRawQuery() != null
				|| configured.getRawFragment() != null
				|| !(configured.getRawPath() == null || configured.getRawPath().isEmpty() || configured.getRawPath().equals("/"))) {
			throw new IllegalStateException("falseos.public-url must be a plain http(s) origin such as "
					+ "https://casework.example.org (scheme, host and optional port; no path, query or user), was: "
					+ configured);
		}
		if (production && !scheme.equals("https") && !loopback(configured.getHost())) {
			throw new IllegalStateException("falseos.public-url must use https under the prod profile (the session "
					+ "cookie and HSTS depend on it), was: " + configured);
		}
		return URI.create(scheme + "://" + configured.getHost().toLowerCase(Locale.ROOT)
				+ (configured.getPort() == -1 ? "" : ":" + configured.getPort()));
	}

	/** The origin, e.g. {@code https://casework.example.org}, without a trailing slash. */
	public URI uri() {
		return uri;
	}

	public boolean https() {
		return uri.getScheme().equals("https");
	}

	/** An absolute URL of this app for a path such as {@code /login}. */
	public String resolve(String path) {
		return uri + path;
	}

	/** Whether {@code other} has the public URL's scheme, host and port (ports compared with defaults filled in). */
	public boolean isSameOrigin(URI other) {
		return other != null && other.getScheme() != null && other.getHost() != null
				&& other.getScheme().equalsIgnoreCase(uri.getScheme()) && other.getHost().equalsIgnoreCase(uri.getHost())
				&& port(other) == port(uri);
	}

	static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	@EventListener
	void on(ServletWebServerInitializedEvent event) {
		if (uri.getPort() == 0 && event.getApplicationContext().getServerNamespace() == null) {
			uri = URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + event.getWebServer().getPort());
		}
	}

	private static boolean loopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		try {
			return InetAddress.ofLiteral(bare).isLoopbackAddress();
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	@Override
	public String toString() {
		return uri.toString();
	}
}
