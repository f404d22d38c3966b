package org.falseos.casework.cases;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches heap use while a piece of work runs on the current thread: bytes it allocated, and the largest heap left
 * in use after any garbage collection meanwhile (what was really retained; "peak used" only shows how lazily the
 * collector ran).
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

	private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

	private final long heapAtStart;

	private final long allocatedAtStart;

	private long heapAtEnd;

	private final AtomicLong maxRetained = new AtomicLong();

	private final AtomicInteger collections = new AtomicInteger();

	private long allocated = -1;

	HeapWatch() {
		System.gc();
		heapAtStart = heapInUse();
		allocatedAtStart = allocatedByThisThread();
		ManagementFactory.getGarbageCollectorMXBeans()
			.forEach(collector -> ((NotificationEmitter) collector).addNotificationListener(this, null, null));
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
			long retained = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
				.filter(pool -> HEAP_POOLS.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
			maxRetained.accumulateAndGet(retained, Math::max);
			collections.incrementAndGet();
		}
	}

	@Override
	public void close() {
		allocated = allocatedByThisThread() - allocatedAtStart;
		heapAtEnd = heapInUse();
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ignored) {
				// Never added to this collector: nothing to remove.
			}
		}
	}

	long allocatedBytes() {
		return allocated;
	}

	String summary() {
		String collected = collections.get() == 0 ? "no garbage collection needed"
				: "%d collections, at most %d MB retained after one".formatted(collections.get(), maxRetained.get() >> 20);
		return "%d MB allocated by the thread, heap in use %d MB before and %d MB after, %s"
			.formatted(allocated >> 20, heapAtStart >> 20, heapAtEnd >> 20, collected);
	}

	private static long heapInUse() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static long allocatedByThisThread() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}
}
