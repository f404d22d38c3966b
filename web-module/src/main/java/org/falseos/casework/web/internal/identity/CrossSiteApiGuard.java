package org.falseos.casework.web.internal.identity;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no CSRF tokens (it is stateless), but a browser that once answered its Basic challenge keeps those
 * credentials and would send them with a form another site posts, e.g. a multipart upload. So state-changing API
 * calls that a browser marks as coming from another site, or whose Origin is not the configured public URL's
 * (scheme, host and port: never the request's own Host header, which the caller chooses), are refused. Non-browser
 * clients send neither header and are not affected.
 */
class CrossSiteApiGuard extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

	private final PublicUrl publicUrl;

	CrossSiteApiGuard(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && (crossSite(request) || foreignOrigin(request))) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("application/json");
			response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":"
					+ "\"Requests from other sites may not change anything here.\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return site != null && (site.equals("cross-site") || site.equals("same-site"));
	}

	private boolean foreignOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			// "null" (an opaque origin, e.g. a sandboxed frame) has no host and is refused like any other.
			return !publicUrl.isSameOrigin(URI.create(origin.strip()));
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}
}
