package org.falseos.casework.web.internal.identity;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people reach the app: {@code falseos.public-url}, the scheme, host and port browsers use (the origin the
 * cross-site guard accepts, the base of any absolute link), and {@code falseos.trusted-proxies}, the addresses or
 * CIDR ranges of the reverse proxies whose {@code X-Forwarded-*} headers are believed (none by default).
 */
@ConfigurationProperties("falseos")
record PublicAddressSettings(URI publicUrl, @DefaultValue List<String> trustedProxies) {
}
