package org.falseos.casework.web.internal.backup;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A backup or restore that cannot be done as asked, with a message that says why and names the file or setting.
 * Its exit code makes the command fail visibly for a script; nothing half-done is left looking valid.
 */
class BackupRefused extends RuntimeException implements ExitCodeGenerator {

	BackupRefused(String message) {
		super(message);
	}

	BackupRefused(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public int getExitCode() {
		return 1;
	}
}
