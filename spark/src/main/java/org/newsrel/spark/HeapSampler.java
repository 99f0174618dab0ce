package org.newsrel.spark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.Serializable;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap of this executor JVM during pass 1, sampled every {@code every} documents it
 * annotates (all its tasks together): the heap in use just after the latest garbage
 * collection and after the latest full (old-generation) collection, as the JVM's GC
 * notifications report them (no collection is forced: sampling costs nothing). With a
 * generational collector the figure after a young collection includes dead objects already
 * promoted; the figure after a full collection is the live set. With {@code fullGc} (the
 * job's {@code --heap-gc}, for a measurement run: it pauses the executor) each sample forces
 * a full collection first, so every sample is the live set.
 */
final class HeapSampler {

  /** One sample: which executor, after how many of its documents, when, and the heap after GC. */
  record Sample(String executor, long documents, double seconds, long afterGcMb, long afterFullGcMb, long fullGcs)
      implements Serializable {}

  private static final AtomicLong DOCUMENTS = new AtomicLong();
  private static final long START = System.nanoTime();
  private static volatile long afterGc = -1;
  private static volatile long afterFullGc = -1;
  private static final AtomicLong FULL_GCS = new AtomicLong();

  static {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((n, handback) -> {
          if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = 0;
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
          }
          used -= nonHeap(info);
          afterGc = used;
          if (info.getGcAction().contains("major")) {
            afterFullGc = used;
            FULL_GCS.incrementAndGet();
          }
        }, null, null);
      }
    }
  }

  private HeapSampler() {}

  /** The non-heap pools (code cache, metaspace, ...) among a notification's pools, to leave out. */
  private static long nonHeap(GarbageCollectionNotificationInfo info) {
    long sum = 0;
    for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
        MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
        if (u != null) {
          sum += u.getUsed();
        }
      }
    }
    return sum;
  }

  /** Counts a document annotated in this JVM; a sample when the count is a multiple of {@code every}, else null. */
  static Sample onDocument(int every, boolean fullGc, String executor) {
    long n = DOCUMENTS.incrementAndGet();
    if (every <= 0 || n % every != 0) {
      return null;
    }
    if (fullGc) {
      System.gc();
      long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      return new Sample(executor, n, (System.nanoTime() - START) / 1e9, mb(live), mb(live), FULL_GCS.get());
    }
    return new Sample(executor, n, (System.nanoTime() - START) / 1e9, mb(afterGc), mb(afterFullGc), FULL_GCS.get());
  }

  private static long mb(long bytes) {
    return bytes < 0 ? -1 : bytes / 1048576;
  }
}
