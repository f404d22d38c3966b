package org.falseos.casework.web.internal.identity;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies in
 * {@code falseos.trusted-proxies}. With {@code server.forward-headers-strategy: native} (the prod profile) Boot adds
 * Tomcat's RemoteIpValve, which by default trusts every private and loopback address; this narrows it to the
 * configured list, and to nobody when the list is empty. Without that strategy forwarded headers are ignored.
 */
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final String cidrs;

	TrustedProxies(List<String> proxies) {
		this.cidrs = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(TrustedProxies::cidr)
			.collect(Collectors.joining(","));
	}

	/** {@code 10.0.0.5} → {@code 10.0.0.5/32}; a range such as {@code 172.18.0.0/16} is checked and kept. */
	static String cidr(String proxy) {
		String[] parts = proxy.split("/", -1);
		InetAddress address;
		try {
			address = InetAddress.ofLiteral(parts[0]);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("falseos.trusted-proxies: '" + proxy
					+ "' is not an IP address or CIDR range (e.g. 10.0.0.5 or 172.18.0.0/16); host names are not accepted");
		}
		int bits = address.getAddress().length * 8;
		if (parts.length == 1) {
			return parts[0] + "/" + bits;
		}
		try {
			int prefix = Integer.parseInt(parts[1]);
			if (parts.length == 2 && prefix >= 0 && prefix <= bits) {
				return parts[0] + "/" + prefix;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalStateException("falseos.trusted-proxies: '" + proxy + "' has no valid prefix length (0 to "
				+ bits + ")");
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.getEngineValves().stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach(valve -> {
				// Tomcat reads a value with a "/" as CIDR ranges and an empty one as "no proxy at all".
				valve.setInternalProxies(cidrs);
				valve.setTrustedProxies(null);
			});
	}

	// After Boot's own Tomcat customizer, which adds the valve with its defaults.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
