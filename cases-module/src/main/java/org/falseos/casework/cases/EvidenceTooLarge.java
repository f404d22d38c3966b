package org.falseos.casework.cases;

/** An upload went past the locker's size limit; nothing of it was kept. */
public class EvidenceTooLarge extends RuntimeException {

	private final long limitBytes;

	public EvidenceTooLarge(long limitBytes) {
		super("The file is larger than the evidence limit of " + megabytes(limitBytes)
				+ ". Split a long recording or ask an administrator to raise falseos.evidence.max-size.");
		this.limitBytes = limitBytes;
	}

	public long limitBytes() {
		return limitBytes;
	}

	private static String megabytes(long bytes) {
		return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
	}
}
