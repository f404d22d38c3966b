package org.falseos.casework.web.internal.identity;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the {@code Host} header out of redirects. Tomcat leaves relative redirects relative
 * ({@code server.tomcat.use-relative-redirects}); this filter also turns absolute ones that point back at this
 * app, as built from the request by framework code (Spring Security's saved request, for one), into relative ones.
 * A browser resolves them against the address it asked, so a forged {@code Host} can never steer it elsewhere.
 */
class RelativeRedirects extends OncePerRequestFilter {

	private final PublicUrl publicUrl;

	RelativeRedirects(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(request, location));
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				super.sendRedirect(relative(request, location), status);
			}

			@Override
			public void sendRedirect(String location, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), clearBuffer);
			}

			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				super.sendRedirect(relative(request, location), status, clearBuffer);
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
			}
		});
	}

	String relative(HttpServletRequest request, String location) {
		if (location == null) {
			return null;
		}
		URI uri;
		try {
			uri = URI.create(location);
		}
		catch (IllegalArgumentException e) {
			return location;
		}
		if (!uri.isAbsolute() || uri.getHost() == null || !(publicUrl.isSameOrigin(uri) || requestOrigin(request, uri))) {
			return location;
		}
		// One leading slash only: "//elsewhere" would be another host to the browser.
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath().replaceFirst("^/+", "/");
		return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
				+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
	}

	private static boolean requestOrigin(HttpServletRequest request, URI uri) {
		return uri.getScheme().equalsIgnoreCase(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
				&& PublicUrl.port(uri) == request.getServerPort();
	}
}
