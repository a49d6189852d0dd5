package dev.reprieve.spring.internal;

import java.nio.file.Path;

/**
 * The JVM the archive kill test kills: erases the rows with an odd id from the file archive in the given
 * directory. With {@code pause}, it says {@code PAUSED} once the first new file is whole and synced, before it
 * takes the old one's name, and waits to die; without, it says {@code STARTED} and rewrites until killed or done.
 * Arguments: directory, entity name, {@code pause} or {@code run}.
 */
public final class EraseFilesUntilKilled {

    private EraseFilesUntilKilled() {
    }

    public static void main(String[] args) {
        boolean pause = "pause".equals(args[2]);
        JsonLinesArchive archive = new JsonLinesArchive(Path.of(args[0])) {
            @Override
            void beforeRename(Path temporary) {
                if (pause) {
                    System.out.println("PAUSED");
                    System.out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("not killed within two minutes");
                }
            }
        };
        System.out.println("STARTED");
        System.out.flush();
        archive.erase(args[1], row -> ((Number) row.get("id")).longValue() % 2 == 1);
        System.out.println("FINISHED");
    }
}
