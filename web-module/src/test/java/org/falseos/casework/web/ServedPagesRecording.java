package org.falseos.casework.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Test-only: keeps every HTML page the app serves to the browser tests' headless Chromium, byte for byte as sent,
 * under {@code target/served-pages/}, so that {@code ServedMarkupIT} can run the W3C Nu HTML checker over every page
 * a browser test visited (the browser's own DOM would hide markup errors that its parser repairs). Requests from
 * anything else (MockMvc, HTTP clients) pass untouched.
 */
@AutoConfiguration
public class ServedPagesRecording {

	static final Path FOLDER = Path.of("target", "served-pages");

	/** Pages of an earlier build would hide a fix or fail for a page no test visits any more: start afresh. */
	private static final AtomicBoolean CLEARED = new AtomicBoolean();

	@Bean
	FilterRegistrationBean<ServedPagesFilter> servedPagesFilter() throws IOException {
		if (CLEARED.compareAndSet(false, true) && Files.isDirectory(FOLDER)) {
			try (Stream<Path> pages = Files.list(FOLDER)) {
				for (Path page : pages.toList()) {
					Files.delete(page);
				}
			}
		}
		var registration = new FilterRegistrationBean<>(new ServedPagesFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class ServedPagesFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String agent = request.getHeader("User-Agent");
			if (agent == null || !agent.contains("HeadlessChrome")) {
				chain.doFilter(request, response);
				return;
			}
			var recorded = new ContentCachingResponseWrapper(response);
			try {
				chain.doFilter(request, recorded);
				String type = recorded.getContentType();
				if (type != null && type.startsWith("text/html") && recorded.getContentSize() > 0) {
					keep(request, recorded.getStatus(), recorded.getContentAsByteArray());
				}
			}
			finally {
				recorded.copyBodyToResponse();
			}
		}

		/** One file per distinct page: its path, status and a digest of its bytes, so a rerun overwrites. */
		private static void keep(HttpServletRequest request, int status, byte[] body) throws IOException {
			String path = request.getRequestURI().replaceAll("[^A-Za-z0-9]+", "_");
			String digest;
			try {
				digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 6);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			Files.createDirectories(FOLDER);
			Files.write(FOLDER.resolve(request.getMethod() + path + "-" + status + "-" + digest + ".html"), body);
		}
	}
}
