package org.restride.store.safety;

import java.nio.file.Path;

/** A second copy of Restride, as far as the lock goes: takes the folder's lock, says so, and waits to be killed. */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        InstanceLock.Acquisition acquisition = InstanceLock.acquire(Path.of(args[0]));
        System.out.println(acquisition instanceof InstanceLock.Acquired ? "locked" : "held by another");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
