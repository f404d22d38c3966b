package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What {@code falseos.trusted-proxies} accepts: IP addresses and CIDR ranges, nothing that needs a lookup. */
class TrustedProxiesTests {

	@Test
	void addressesBecomeSingleAddressRanges() {
		assertThat(TrustedProxies.cidr("10.0.0.5")).isEqualTo("10.0.0.5/32");
		assertThat(TrustedProxies.cidr("172.18.0.0/16")).isEqualTo("172.18.0.0/16");
		assertThat(TrustedProxies.cidr("fd00::1")).isEqualTo("fd00::1/128");
	}

	@Test
	void namesAndBadPrefixesAreRefusedAtStartUp() {
		assertThatThrownBy(() -> TrustedProxies.cidr("proxy.example.org")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("falseos.trusted-proxies").hasMessageContaining("not an IP address");
		assertThatThrownBy(() -> TrustedProxies.cidr("10.0.0.0/33")).hasMessageContaining("prefix length");
		assertThatThrownBy(() -> TrustedProxies.cidr("10.0.0.0/x")).hasMessageContaining("prefix length");
	}
}
