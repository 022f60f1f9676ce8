package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one background writer: in order, newest-wins for waiting saves of one thing, failures told, nothing lost. */
class WriterTest {
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    @Test
    void writesRunOneAtATimeInTheOrderTheyWereHandedOver() {
        try (Writer writer = new Writer(Runnable::run)) {
            IntStream.range(0, 200).forEach(i -> writer.submit(null, () -> written.add("w" + i), e -> failures.add(e.getMessage())));
            writer.awaitIdle();
        }
        assertEquals(IntStream.range(0, 200).mapToObj(i -> "w" + i).toList(), written);
        assertEquals(List.of(), failures);
    }

    @Test
    void waitingSavesOfOneThingAreWrittenOnceAsTheNewestButOthersKeepTheirPlace() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (Writer writer = new Writer(Runnable::run)) {
            writer.submit(null, () -> {
                started.countDown();
                await(hold);
                written.add("first");
            }, null);
            assertTrue(started.await(5, TimeUnit.SECONDS));
            writer.submit("roadmap 1", () -> written.add("title A"), null);
            writer.submit("roadmap 1", () -> written.add("title AB"), null);
            writer.submit("patient 2", () -> written.add("patient"), null);
            writer.submit("roadmap 1", () -> written.add("title ABC"), null);
            assertTrue(writer.busy());
            hold.countDown();
            writer.awaitIdle();
            assertFalse(writer.busy());
        }
        assertEquals(List.of("first", "title AB", "patient", "title ABC"), written,
                "only a save waiting at the end of the queue is replaced: the order of different things holds");
    }

    @Test
    void aFailedWriteIsToldAndTheWritesAfterItStillRun() {
        try (Writer writer = new Writer(Runnable::run)) {
            writer.submit(null, () -> {
                throw new IllegalStateException("The disk is full.");
            }, e -> failures.add(e.getMessage()));
            writer.submit(null, () -> written.add("next"), e -> failures.add(e.getMessage()));
            writer.awaitIdle();
        }
        assertEquals(List.of("The disk is full."), failures);
        assertEquals(List.of("next"), written);
    }

    @Test
    void closingFinishesWhatWasHandedOverAndALateWriteRunsAtOnce() {
        Writer writer = new Writer(Runnable::run);
        IntStream.range(0, 20).forEach(i -> writer.submit(null, () -> {
            sleep();
            written.add("w" + i);
        }, null));
        writer.close();
        assertEquals(20, written.size(), "nothing handed over is dropped on close");
        writer.submit("x", () -> written.add("late"), null);
        assertEquals("late", written.get(20));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
