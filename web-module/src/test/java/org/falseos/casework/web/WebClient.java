package org.falseos.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client for tests against the running app: keeps cookies, never follows redirects. */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	public WebClient(int port) {
		this(port, null);
	}

	/** A client whose connections come from {@code localAddress}, e.g. 127.0.0.2 (all of 127/8 is this machine). */
	public WebClient(int port, String localAddress) {
		this.base = "http://127.0.0.1:" + port;
		var builder = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
		if (localAddress != null) {
			builder.localAddress(InetAddress.ofLiteral(localAddress));
		}
		this.http = builder.build();
	}

	public HttpResponse<String> get(String path, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** A GET to another server, such as Keycloak. */
	public HttpResponse<String> getAbsolute(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	public HttpResponse<String> getWithBasic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return get(path, "Authorization", "Basic " + credentials);
	}

	public HttpResponse<String> getWithBearer(String path, String token) {
		return get(path, "Authorization", "Bearer " + token);
	}

	/** A request of any method with any headers, e.g. DELETE, or one with a hostile Host header. */
	public HttpResponse<String> send(String method, String path, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Any request, its body sent byte for byte as given (malformed on purpose, if need be). */
	public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** The CSRF token of the form on the page at {@code path}. */
	public String csrfTokenOf(String path) {
		var matcher = CSRF.matcher(get(path).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF field on " + path);
		}
		return matcher.group(1);
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
