package org.chronograph.graph;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
public final class Prof {
  static final Map<String, long[]> T = new ConcurrentHashMap<>();
  static void add(String name, long t) { long[] a = T.computeIfAbsent(name, k -> new long[2]); synchronized (a) { a[0] += System.nanoTime() - t; a[1]++; } }
  public static String report() {
    StringBuilder b = new StringBuilder();
    T.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
      .forEach(e -> b.append(String.format("%-28s %8.1f s %8d%n", e.getKey(), e.getValue()[0] / 1e9, e.getValue()[1])));
    T.clear();
    return b.toString();
  }
}
