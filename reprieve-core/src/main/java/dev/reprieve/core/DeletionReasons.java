package dev.reprieve.core;

import java.util.function.Supplier;

/**
 * Why rows are deleted: a reason given for the deletes run inside {@link #call}, whichever API runs them
 * (repositories, {@code EntityManager.remove}, orphan removal, the operations API). It travels in their
 * {@link dev.reprieve.core.event.SoftDeleted} events. Scopes nest; the innermost reason wins.
 */
public final class DeletionReasons {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private DeletionReasons() {
    }

    /** Runs the work with {@code reason} (blank or {@code null}: none) for its deletes, and returns its result. */
    public static <T> T call(String reason, Supplier<T> work) {
        requireWork(work);
        String outer = CURRENT.get();
        CURRENT.set(normalize(reason));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    // the same check and message as every other public operation (IllegalArgumentException naming the argument)
    private static void requireWork(Object work) {
        if (work == null) {
            throw new IllegalArgumentException("work must not be null");
        }
    }

    /** Runs the work with {@code reason} for its deletes. */
    public static void run(String reason, Runnable work) {
        requireWork(work);
        call(reason, () -> {
            work.run();
            return null;
        });
    }

    /** @return the reason as Reprieve keeps it: stripped of surrounding blanks, {@code null} when blank or absent */
    public static String normalize(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** @return the reason given for deletes on this thread now, or {@code null} */
    public static String current() {
        return CURRENT.get();
    }
}
