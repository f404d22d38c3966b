package org.falseos.casework.search.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.falseos.casework.search.RebuildStatus;
import org.falseos.casework.search.RebuildStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Full rebuilds of the index from published guidance, with progress that an administrator can watch. */
@Component
class IndexRebuild implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private final IndexUpdates updates;

	private final Clock clock;

	private final AtomicReference<RebuildStatus> status = new AtomicReference<>(RebuildStatus.NEVER);

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofVirtual().name("search-index-rebuild").factory());

	IndexRebuild(IndexUpdates updates) {
		this.updates = updates;
		this.clock = Clock.systemUTC();
	}

	RebuildStatus status() {
		return status.get();
	}

	/** Starts a rebuild in the background unless one is running; answers the status either way. */
	RebuildStatus start() {
		RebuildStatus current = status.get();
		if (current.running()) {
			return current;
		}
		RebuildStatus starting = new RebuildStatus(State.RUNNING, 0, 0, clock.instant(), null, null);
		if (!status.compareAndSet(current, starting)) {
			return status.get();
		}
		background.execute(this::run);
		return starting;
	}

	/** Rebuilds now, on this thread (start-up), unless one is running already. */
	void runNow() {
		RebuildStatus current = status.get();
		if (!current.running()
				&& status.compareAndSet(current, new RebuildStatus(State.RUNNING, 0, 0, clock.instant(), null, null))) {
			run();
		}
	}

	private void run() {
		Instant started = status.get().startedAt();
		try {
			updates.rebuild(total -> status.set(new RebuildStatus(State.RUNNING, 0, total, started, null, null)),
					() -> status.updateAndGet(now -> new RebuildStatus(State.RUNNING, now.indexed() + 1, now.total(),
							started, null, null)));
			RebuildStatus done = status.updateAndGet(now -> new RebuildStatus(State.DONE, now.indexed(), now.total(),
					started, clock.instant(), null));
			log.info("Guidance index rebuilt: {} of {} items indexed", done.indexed(), done.total());
		}
		catch (RuntimeException e) {
			log.error("Rebuilding the guidance index failed", e);
			status.updateAndGet(now -> new RebuildStatus(State.FAILED, now.indexed(), now.total(), started,
					clock.instant(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
	}

	@Override
	public void close() {
		background.shutdownNow();
	}
}
