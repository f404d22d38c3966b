package org.falseos.casework.web.internal.identity;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Where a sign-in attempt comes from, as the throttle counts it: an IPv4 address, or the /64 network of an IPv6
 * address (one household or server is given a whole /64, so counting single IPv6 addresses would be no limit).
 */
final class SignInSource {

	static final String UNKNOWN = "unknown";

	private SignInSource() {
	}

	/** The source of the remote address the servlet container reports (after trusted-proxy handling). */
	static String of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return UNKNOWN;
		}
		InetAddress address;
		try {
			address = InetAddress.ofLiteral(remoteAddress.strip());
		}
		catch (IllegalArgumentException e) {
			return UNKNOWN;
		}
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			var network = new StringBuilder();
			for (int group = 0; group < 4; group++) {
				network.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
					.append(':');
			}
			return network.append(":/64").toString();
		}
		return address.getHostAddress();
	}
}
