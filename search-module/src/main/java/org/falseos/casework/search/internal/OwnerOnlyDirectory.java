package org.falseos.casework.search.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockFactory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NativeFSLockFactory;
import org.apache.lucene.util.IOUtils;
import org.falseos.casework.OwnerOnly;

/**
 * A Lucene folder whose files only the app's user can read. Lucene creates its files with the process umask, and
 * Java cannot set a umask, so each new file loses its group and other permissions the moment it exists, while it
 * is still empty; the folder itself is {@code rwx------}, so nobody else can reach a file even in that moment.
 */
final class OwnerOnlyDirectory extends MMapDirectory {

	OwnerOnlyDirectory(Path folder) throws IOException {
		super(OwnerOnly.tree(folder), new OwnerOnlyLocks());
	}

	@Override
	public IndexOutput createOutput(String name, IOContext context) throws IOException {
		return tightened(super.createOutput(name, context));
	}

	@Override
	public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
		return tightened(super.createTempOutput(prefix, suffix, context));
	}

	private IndexOutput tightened(IndexOutput output) throws IOException {
		try {
			OwnerOnly.tighten(getDirectory().resolve(output.getName()));
			return output;
		}
		catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(output);
			throw e;
		}
	}

	/** Lucene's native file locks; the lock file (write.lock) is made by the lock factory, not as an output. */
	private static final class OwnerOnlyLocks extends LockFactory {

		@Override
		public Lock obtainLock(Directory directory, String name) throws IOException {
			Lock lock = NativeFSLockFactory.INSTANCE.obtainLock(directory, name);
			try {
				OwnerOnly.tighten(((FSDirectory) directory).getDirectory().resolve(name));
				return lock;
			}
			catch (IOException | RuntimeException e) {
				IOUtils.closeWhileHandlingException(lock);
				throw e;
			}
		}
	}
}
