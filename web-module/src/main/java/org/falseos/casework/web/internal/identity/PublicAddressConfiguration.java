package org.falseos.casework.web.internal.identity;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The pieces that take the app's address from configuration rather than from the request (see {@link PublicUrl}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicAddressSettings.class)
class PublicAddressConfiguration {

	@Bean
	FilterRegistrationBean<RelativeRedirects> relativeRedirects(PublicUrl publicUrl) {
		var registration = new FilterRegistrationBean<>(new RelativeRedirects(publicUrl));
		// Outside Spring Security's filters, so that its redirects pass through it too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
		return registration;
	}

	@Bean
	TrustedProxies trustedProxies(PublicAddressSettings settings, Environment environment) {
		if ("framework".equalsIgnoreCase(environment.getProperty("server.forward-headers-strategy"))) {
			throw new IllegalStateException("server.forward-headers-strategy=framework would believe forwarded headers "
					+ "from anyone: use native with falseos.trusted-proxies");
		}
		return new TrustedProxies(settings.trustedProxies());
	}

	// Whenever people reach the app over https, the session cookie never travels over plain http.
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> secureSessionCookie(PublicUrl publicUrl) {
		return factory -> {
			if (publicUrl.https()) {
				factory.getSettings().getSession().getCookie().setSecure(true);
			}
		};
	}
}
