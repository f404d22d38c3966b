package org.falseos.casework.cases.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.falseos.casework.cases.EvidenceTooLarge;

/** Stops an upload as soon as it passes the limit, instead of finding out after storing all of it. */
final class CappedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	CappedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	private void counted(long n) {
		count += n;
		if (count > limit) {
			throw new EvidenceTooLarge(limit);
		}
	}
}
