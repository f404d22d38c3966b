package org.falseos.casework;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An exclusive lock on the data folder for as long as this process runs the embedded default. The operating system
 * releases it when the process dies, even by {@code kill -9}; so holding it proves that no other live instance of
 * the app uses the folder, and that a database still running on it was left behind by a dead one.
 */
final class DataFolderLock implements AutoCloseable {

	static final String FILE_NAME = "falseos.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static DataFolderLock acquire(Path dataDir) throws IOException {
		OwnerOnly.folder(dataDir);
		Path file = dataDir.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file,
				Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
				OwnerOnly.fileAttributes(file));
		FileLock lock = tryLock(channel);
		if (lock == null) {
			String holder = StandardCharsets.UTF_8.decode(readAll(channel)).toString().strip();
			channel.close();
			throw new IllegalStateException("The data folder " + dataDir + " is in use by another running FalseOS "
					+ "Casework (process " + (holder.isEmpty() ? "unknown" : holder) + "). Stop it first, or give "
					+ "this one its own folder with FALSEOS_DATA_DIR.");
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(true);
		return new DataFolderLock(channel, lock);
	}

	// Another application context in this same JVM holding it is just as much "in use".
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			return null;
		}
	}

	private static ByteBuffer readAll(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(64);
		channel.read(buffer, 0);
		return buffer.flip();
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}
}
