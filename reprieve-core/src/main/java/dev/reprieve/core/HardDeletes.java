package dev.reprieve.core;

import dev.reprieve.core.spi.HardDeleteGuard;
import java.util.function.Supplier;

/**
 * The one door to a real {@code DELETE} on a soft-deletable table. Code that means to erase rows runs
 * inside {@link #run}; everything else that would remove such rows is refused by {@link HardDeleteGuard}.
 */
public final class HardDeletes {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private HardDeletes() {
    }

    /** Runs the work with hard deletes allowed on this thread, and returns its result. */
    public static <T> T call(Supplier<T> work) {
        DEPTH.set(DEPTH.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = DEPTH.get() - 1;
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    /** Runs the work with hard deletes allowed on this thread. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** @return whether the current thread is inside {@link #run} or {@link #call} */
    public static boolean allowed() {
        return DEPTH.get() > 0;
    }
}
