package org.falseos.casework.web.internal.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused backup or restore as its message alone: the reason is the news, not a stack trace. */
class BackupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<BackupRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BackupRefused cause) {
		return new FailureAnalysis(cause.getMessage(),
				"See README.md, \"Backup and restore\". Nothing was changed unless the message says otherwise.", cause);
	}
}
