package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.Database;
import org.restride.store.SettingsRepository;
import org.restride.store.StoreException;
import org.restride.testing.ChildJvm;
import org.restride.text.Words;

class InstanceLockTest {
    @TempDir
    Path folder;

    @Test
    void aSecondCopyOfRestrideOnTheSameFolderIsToldAndTheFirstKeepsTheFolder() throws Exception {
        try (ChildJvm first = ChildJvm.start(HoldLock.class, folder.toString())) {
            assertEquals("locked", first.nextLine(30));
            InstanceLock.HeldByAnother held = assertInstanceOf(InstanceLock.HeldByAnother.class, InstanceLock.acquire(folder));
            assertTrue(held.problem().in(Words.english()).startsWith("Another copy of Restride is already using the data folder " + folder),
                    held.problem().in(Words.english()));

            first.kill();
            try (InstanceLock lock = assertInstanceOf(InstanceLock.Acquired.class, InstanceLock.acquire(folder)).lock()) {
                assertTrue(lock.isHeld(), "a crashed first copy does not leave the folder locked");
            }
        }
    }

    @Test
    void withinOneProcessTheLockIsTakenOnceAndFreedOnClose() throws Exception {
        InstanceLock lock = assertInstanceOf(InstanceLock.Acquired.class, InstanceLock.acquire(folder)).lock();
        assertInstanceOf(InstanceLock.HeldByAnother.class, InstanceLock.acquire(folder.resolve(".")));
        try (ChildJvm other = ChildJvm.start(HoldLock.class, folder.toString())) {
            assertEquals("held by another", other.nextLine(30), "the failed second try did not drop the lock");
        }
        lock.close();
        try (ChildJvm other = ChildJvm.start(HoldLock.class, folder.toString())) {
            assertEquals("locked", other.nextLine(30));
        }
    }

    @Test
    void theSecondCopyCanReadButNotWrite() {
        try (Database writer = Database.openFolder(folder)) {
            new SettingsRepository(writer).put("note", "from the first copy");
            try (Database reader = Database.openFolderReadOnly(folder)) {
                assertEquals("from the first copy", new SettingsRepository(reader).get("note").orElseThrow());
                StoreException e = Assertions.assertThrows(StoreException.class,
                        () -> new SettingsRepository(reader).put("note", "from the second"));
                assertTrue(e.getMessage().startsWith("Restride is open read-only here"), e.getMessage());
                new SettingsRepository(writer).put("note", "changed by the first");
                assertEquals("changed by the first", new SettingsRepository(reader).get("note").orElseThrow(),
                        "the reader sees the writer's later saves");
            }
        }
    }

    @Test
    void theSecondCopyAsksTheFirstToComeForward() throws Exception {
        ShowRequests first = new ShowRequests(folder);
        CountDownLatch shown = new CountDownLatch(2);
        try (ShowRequests.Watch watch = first.watch(shown::countDown)) {
            new ShowRequests(folder).send();
            awaitCount(shown, 1);
            new ShowRequests(folder).send();
            assertTrue(shown.await(20, TimeUnit.SECONDS), "each request brings the window forward");
        }
        new ShowRequests(folder).send();
        assertTrue(first.takePending(), "a request made while no one watched waits for the next start");
        assertTrue(!first.takePending(), "and is answered once");
    }

    private static void awaitCount(CountDownLatch latch, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (latch.getCount() > count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(count, latch.getCount());
    }
}
