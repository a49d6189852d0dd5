package dev.reprieve.purge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchSizerTest {

    static final long MS = 1_000_000;

    @Test
    void startsAtAThousandRowsAndDoublesUpToTheMostWhileBatchesAreFast() {
        BatchSizer sizer = new BatchSizer(10_000, Duration.ofMillis(50));
        assertThat(sizer.size()).isEqualTo(1_000);
        sizer.took(10 * MS);
        assertThat(sizer.size()).isEqualTo(2_000);
        sizer.took(10 * MS);
        sizer.took(10 * MS);
        sizer.took(10 * MS);
        assertThat(sizer.size()).isEqualTo(10_000);
        sizer.took(49 * MS);
        assertThat(sizer.size()).isEqualTo(10_000);
        assertThat(new BatchSizer(2, Duration.ofMillis(50)).size()).as("a smaller most is the start").isEqualTo(2);
    }

    @Test
    void aSlowBatchShrinksTheNextToWhatWouldHaveMetTheTargetButAtMostFourfoldPerStep() {
        BatchSizer sizer = new BatchSizer(10_000, Duration.ofMillis(50));
        grow(sizer);
        sizer.took(100 * MS);
        assertThat(sizer.size()).isEqualTo(5_000);
        sizer.took(1_000 * MS);
        assertThat(sizer.size()).as("a quarter, not a twentieth, in one step").isEqualTo(1_250);
    }

    @Test
    void neverBelowOneRowAndGrowsBackToTheMostWhileBatchesAreFast() {
        BatchSizer sizer = new BatchSizer(10_000, Duration.ofNanos(1));
        for (int i = 0; i < 20; i++) {
            sizer.took(MS);
        }
        assertThat(sizer.size()).isEqualTo(1);

        BatchSizer fast = new BatchSizer(10_000, Duration.ofMillis(50));
        grow(fast);
        fast.took(1_000 * MS);
        fast.took(1_000 * MS);
        assertThat(fast.size()).isEqualTo(625);
        for (int i = 0; i < 10; i++) {
            fast.took(MS);
        }
        assertThat(fast.size()).isEqualTo(10_000);
    }

    @Test
    void batchesBetweenHalfTheTargetAndTheTargetKeepTheirSize() {
        BatchSizer sizer = new BatchSizer(10_000, Duration.ofMillis(50));
        grow(sizer);
        sizer.took(200 * MS);
        sizer.took(30 * MS);
        assertThat(sizer.size()).isEqualTo(2_500);
    }

    /** Fast batches until the sizer is at its most. */
    static void grow(BatchSizer sizer) {
        for (int i = 0; i < 10; i++) {
            sizer.took(MS);
        }
        assertThat(sizer.size()).isEqualTo(10_000);
    }
}
