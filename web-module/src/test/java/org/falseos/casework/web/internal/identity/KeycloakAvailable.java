package org.falseos.casework.web.internal.identity;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the real Keycloak once for a test class and stops it after the class. Starting it here, before the
 * class's Spring context exists, lets a missing or broken Keycloak disable the class with its reason — reported
 * as skipped tests and a WARN line — instead of failing the context or passing silently.
 */
class KeycloakAvailable implements ExecutionCondition {

	private static final Logger log = LoggerFactory.getLogger(KeycloakAvailable.class);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakAvailable.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("decided for the whole class");
		}
		var store = context.getStore(NAMESPACE);
		Object server = store.computeIfAbsent(context.getRequiredTestClass(), testClass -> start(), Object.class);
		if (server instanceof KeycloakServer.Unavailable unavailable) {
			return ConditionEvaluationResult.disabled(unavailable.getMessage());
		}
		KeycloakIntegrationTests.keycloak = (KeycloakServer) server;
		return ConditionEvaluationResult.enabled("Keycloak answers at " + ((KeycloakServer) server).issuer());
	}

	private static Object start() {
		try {
			return KeycloakServer.start(KeycloakIntegrationTests.APP_PORT);
		}
		catch (KeycloakServer.Unavailable unavailable) {
			log.warn(unavailable.getMessage());
			return unavailable;
		}
	}
}
