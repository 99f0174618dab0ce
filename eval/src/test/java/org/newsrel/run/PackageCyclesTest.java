package org.newsrel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of newsrel's main code depends, directly or through others, on itself (issue 19).
 * A package depends on another when one of its sources names a class of it: an import, a
 * fully qualified name, or a Javadoc link. The annotator, eval and spark modules' main sources
 * are read as one graph; each strongly connected component of more than one package is a cycle.
 */
class PackageCyclesTest {

  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern NAMED = Pattern.compile("\\b(org\\.newsrel(?:\\.[a-z]\\w*)*)\\.[A-Z]\\w*");

  @Test
  void mainSourcesHaveNoPackageCycles() throws IOException {
    Path eval = Path.of("").toAbsolutePath();
    List<Path> roots = new ArrayList<>();
    for (Path root : List.of(eval.resolve("../annotator/src/main/java"), eval.resolve("src/main/java"),
        eval.resolve("../spark/src/main/java"))) {
      if (Files.isDirectory(root)) {
        roots.add(root.normalize());
      }
    }
    Map<String, Set<String>> graph = dependencies(roots);
    assertTrue(graph.size() >= 15, "too few packages read, wrong directory? " + graph.keySet());
    assertEquals(List.of(), cycles(graph), "package cycles in " + roots);
  }

  @Test
  void findsACycleThroughThreePackages() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a", "d"));
    graph.put("d", Set.of());
    assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
  }

  @Test
  void readsImportsAndQualifiedNamesButNotOwnPackage() {
    Map<String, Set<String>> graph = new TreeMap<>();
    add(graph, "package org.newsrel.x;\nimport org.newsrel.y.Thing;\n"
        + "/** {@link org.newsrel.z.Other} */ class A { org.newsrel.x.B b; }\n");
    assertEquals(Map.of("org.newsrel.x", Set.of("org.newsrel.y", "org.newsrel.z")), graph);
  }

  static Map<String, Set<String>> dependencies(List<Path> roots) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          add(graph, Files.readString(file));
        }
      }
    }
    return graph;
  }

  static void add(Map<String, Set<String>> graph, String source) {
    Matcher p = PACKAGE.matcher(source);
    if (!p.find()) {
      return;
    }
    String own = p.group(1);
    Set<String> deps = graph.computeIfAbsent(own, k -> new TreeSet<>());
    Matcher m = NAMED.matcher(source);
    while (m.find()) {
      if (!m.group(1).equals(own)) {
        deps.add(m.group(1));
      }
    }
  }

  /** Tarjan's strongly connected components of more than one node, each sorted. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<List<String>> out = new ArrayList<>();
    for (String v : graph.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, graph, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        component.sort(null);
        out.add(List.copyOf(component));
      }
    }
  }
}
