package org.falseos.casework.web.internal.backup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of the backup and restore commands, and the app version a backup records. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackupSettings.class)
class BackupConfiguration {

	/** The app's version as the packaged jar's manifest states it. */
	static String appVersion() {
		String version = BackupConfiguration.class.getPackage().getImplementationVersion();
		return version != null ? version : "unknown (not run from the packaged jar)";
	}
}
