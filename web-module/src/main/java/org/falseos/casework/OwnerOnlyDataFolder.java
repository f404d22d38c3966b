package org.falseos.casework;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Makes the data folder ({@code falseos.data-dir}) owner-only before any bean can write into it: created
 * {@code rwx------} when missing, set so when it exists. Every module makes its own sub-folder owner-only too
 * (index, evidence, linking, uploads in progress); this covers the folder above them, whichever module happens
 * to create it first. Registered in {@code META-INF/spring.factories}, so it runs once all property sources
 * (including a test's) are in place and before the context is refreshed.
 */
class OwnerOnlyDataFolder implements ApplicationListener<ApplicationPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		var environment = event.getApplicationContext().getEnvironment();
		OwnerOnly.folder(Path.of(environment.getProperty("falseos.data-dir", "./data")));
	}
}
