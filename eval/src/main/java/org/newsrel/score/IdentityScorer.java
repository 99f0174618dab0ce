package org.newsrel.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.TextBound;

/**
 * Scores canonical identity (brat {@code N} lines, {@link BratDocument#canonicalId}) as
 * cross-document coreference. A mention is a text-bound carrying an id, keyed by its document
 * and fragments (any label; where two text-bounds share fragments the first in the file
 * wins). A gold and a predicted mention are aligned when they have the same key. The
 * clusters are the ids over the whole corpus.
 * <ul>
 *   <li>B-cubed (Bagga &amp; Baldwin 1998), with twinless mentions handled as in Cai &amp;
 *       Strube (2010): a predicted mention with no gold twin is a singleton of the gold
 *       partition when computing precision, a gold mention with no predicted twin a
 *       singleton of the predicted partition when computing recall. Precision is the mean
 *       over predicted mentions of |R(m)∩K(m)|/|R(m)|, recall the mean over gold mentions
 *       of |K(m)∩R(m)|/|K(m)|.</li>
 *   <li>Pairwise (link-based): the links are the unordered pairs of mentions in one
 *       cluster; tp = links in both, fp = predicted links not in gold, fn = gold links not
 *       predicted.</li>
 * </ul>
 */
public final class IdentityScorer {

  private IdentityScorer() {}

  /** The id-carrying mentions of one document pair, keyed by fragments. */
  public record DocumentMentions(String name, Map<List<Fragment>, String> gold, Map<List<Fragment>, String> predicted) {
    public DocumentMentions {
      gold = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gold));
      predicted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predicted));
    }
  }

  public static IdentityScores score(List<DocumentPair> documents) {
    List<DocumentMentions> mentions = documents.stream().map(IdentityScorer::mentions).toList();
    return new IdentityScores(mentions, score(mentions, null));
  }

  public static DocumentMentions mentions(DocumentPair pair) {
    return new DocumentMentions(pair.name(), mentions(pair.gold()), mentions(pair.predicted()));
  }

  /** Mentions of one document: sorted fragments → canonical id. */
  public static Map<List<Fragment>, String> mentions(BratDocument d) {
    Map<List<Fragment>, String> out = new LinkedHashMap<>();
    for (TextBound t : d.textBounds()) {
      Optional<String> id = d.canonicalId(t.id());
      if (id.isPresent()) {
        out.putIfAbsent(Span.of(d.name(), t).fragments(), id.get());
      }
    }
    return out;
  }

  /**
   * B-cubed and pairwise over the documents at the given positions (repeats allowed: a
   * document drawn twice contributes two distinct copies of its mentions); all documents
   * when {@code draw} is null.
   */
  public static IdentityScores.Values score(List<DocumentMentions> documents, int[] draw) {
    record Key(int copy, List<Fragment> fragments) {}
    Map<Key, String> gold = new HashMap<>();
    Map<Key, String> predicted = new HashMap<>();
    int n = draw == null ? documents.size() : draw.length;
    for (int copy = 0; copy < n; copy++) {
      DocumentMentions d = documents.get(draw == null ? copy : draw[copy]);
      final int c = copy;
      d.gold().forEach((f, id) -> gold.put(new Key(c, f), id));
      d.predicted().forEach((f, id) -> predicted.put(new Key(c, f), id));
    }
    Map<String, Integer> goldSize = new HashMap<>();
    gold.values().forEach(id -> goldSize.merge(id, 1, Integer::sum));
    Map<String, Integer> predSize = new HashMap<>();
    predicted.values().forEach(id -> predSize.merge(id, 1, Integer::sum));
    Map<List<String>, Integer> both = new HashMap<>();
    int aligned = 0;
    for (Map.Entry<Key, String> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      if (g != null) {
        both.merge(List.of(e.getValue(), g), 1, Integer::sum);
        aligned++;
      }
    }
    double precisionSum = 0;
    for (Map.Entry<Key, String> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      int common = g == null ? 1 : both.get(List.of(e.getValue(), g));
      precisionSum += (double) common / predSize.get(e.getValue());
    }
    double recallSum = 0;
    for (Map.Entry<Key, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      int common = p == null ? 1 : both.get(List.of(p, e.getValue()));
      recallSum += (double) common / goldSize.get(e.getValue());
    }
    PrecisionRecall b3 = new PrecisionRecall(Ratio.of(precisionSum, predicted.size()), Ratio.of(recallSum, gold.size()));
    long goldLinks = links(new ArrayList<>(goldSize.values()));
    long predLinks = links(new ArrayList<>(predSize.values()));
    long common = links(new ArrayList<>(both.values()));
    Prf pairwise = new Prf(Math.toIntExact(common), Math.toIntExact(predLinks - common),
        Math.toIntExact(goldLinks - common));
    return new IdentityScores.Values(b3, pairwise, gold.size(), predicted.size(), aligned);
  }

  /**
   * Aligns predicted ids to gold ids one-to-one over the given documents, as CEAF (Luo 2005)
   * aligns entities: ids are arbitrary labels, so a predicted id stands for the gold id whose
   * cluster it shares most mentions with. The weight of (predicted id P, gold id G) is the
   * number of mentions aligned between them (same document and fragments, as in
   * {@link #mentions(DocumentPair)}). Pairs are taken greedily by descending weight, ties
   * broken by P then G in string order, each predicted and each gold id used at most once
   * (greedy rather than CEAF's optimal Kuhn-Munkres assignment: simpler, deterministic, and
   * different only where one heavy pair blocks two lighter ones). A predicted id with no aligned mention, or whose every gold partner was taken,
   * maps to nothing.
   *
   * @return predicted id → gold id, in the order the pairs were taken
   */
  public static Map<String, String> idAlignment(List<DocumentMentions> documents) {
    record Link(String predicted, String gold) {}
    Map<Link, Integer> weight = new HashMap<>();
    for (DocumentMentions d : documents) {
      d.predicted().forEach((f, p) -> {
        String g = d.gold().get(f);
        if (g != null) {
          weight.merge(new Link(p, g), 1, Integer::sum);
        }
      });
    }
    List<Map.Entry<Link, Integer>> order = new ArrayList<>(weight.entrySet());
    order.sort(Comparator.<Map.Entry<Link, Integer>>comparingInt(e -> -e.getValue())
        .thenComparing(e -> e.getKey().predicted())
        .thenComparing(e -> e.getKey().gold()));
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> usedGold = new HashSet<>();
    for (Map.Entry<Link, Integer> e : order) {
      Link l = e.getKey();
      if (!out.containsKey(l.predicted()) && usedGold.add(l.gold())) {
        out.put(l.predicted(), l.gold());
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static long links(List<Integer> clusterSizes) {
    long n = 0;
    for (int s : clusterSizes) {
      n += (long) s * (s - 1) / 2;
    }
    return n;
  }
}
