package org.dossier.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.actor.ActorDictionary;

/**
 * The cost of the built-in actor dictionaries: load time in a fresh JVM (cold: nothing loaded or compiled yet),
 * and heap retained after garbage collection, for all files and without the generated knowledge base
 * ({@code Knowledge*.actors.txt.gz}), whose share is the difference. Wall time and the loading thread's CPU time
 * (what the load costs on a machine busy with other work).
 */
final class DictionaryBench {
  private DictionaryBench() {}

  static List<String> measure() {
    List<String> all = ActorDictionary.ACTOR_FILES;
    List<String> withoutKnowledge = all.stream().filter(f -> !f.startsWith("Knowledge")).toList();
    List<String> lines = new ArrayList<>();
    Load cold = load(all);
    lines.add(String.format(Locale.ROOT, "actor dictionaries, cold: all %d built-in files (%d entries) loaded in "
            + "%.2f s (%.2f s CPU), %.1f MB of heap retained", all.size(), cold.entries, cold.seconds, cold.cpu,
        cold.retained / 1e6));
    Load warm = load(all);
    Load without = load(withoutKnowledge);
    lines.add(String.format(Locale.ROOT, "again, warm: all files %.2f s (%.2f s CPU), %.1f MB; without the "
            + "knowledge base (%d entries) %.2f s (%.2f s CPU), %.1f MB; the knowledge base's share: %d entries, "
            + "%.2f s CPU, %.1f MB", warm.seconds, warm.cpu, warm.retained / 1e6, without.entries, without.seconds,
        without.cpu, without.retained / 1e6, warm.entries - without.entries, warm.cpu - without.cpu,
        (warm.retained - without.retained) / 1e6));
    return lines;
  }

  private record Load(int entries, double seconds, double cpu, long retained) {}

  private static Load load(List<String> files) {
    long before = usedAfterGc();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ActorDictionary d = ActorDictionary.builder(files).build();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long after = usedAfterGc();
    int entries = d.size(); // keeps d reachable until after the measurement
    return new Load(entries, seconds, cpu, after - before);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
