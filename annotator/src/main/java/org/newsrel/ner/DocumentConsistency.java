package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.ner.DocumentLabels.NAME_TYPES;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule 8: one document, one reading. An untagged capitalised proper noun tagged elsewhere
 * in the document as a one-word name takes that tag (the most frequent); a one-word
 * LOCATION/ORGANIZATION right before a PERSON joins it ("Foo Ann Bell"); a one-word
 * LOCATION/ORGANIZATION that is the first or last word of a person's name elsewhere is
 * that PERSON (a name after a headline). Known place aliases ({@code [location-alias]}) keep
 * their type.
 */
final class DocumentConsistency implements LabelRule {

  private static final Set<String> PLACE_OR_ORGANISATION = Set.of(LOCATION, ORGANIZATION);

  private final EntityLexicon lexicon;

  DocumentConsistency(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    propagate(d);
    mergeNameBeforePerson(d);
    personWords(d);
  }

  private static void propagate(DocumentLabels d) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (int[] r : d.runs()) {
      String type = d.label(r[0]);
      if (r[1] - r[0] == 1 && NAME_TYPES.contains(type)) {
        votes.computeIfAbsent(d.word(r[0]).toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(type, 1, Integer::sum);
      }
    }
    for (int i = 0; i < d.size(); i++) {
      CoreLabel t = d.token(i);
      if (!d.is(i, O) || !TokenShapes.isCapitalised(t) || !t.tag().startsWith("NNP") || d.isNationality(t)) {
        continue;
      }
      Map<String, Integer> v = votes.get(t.word().toLowerCase(Locale.ROOT));
      boolean neighbourName = i + 1 < d.size() && d.is(i + 1, O) && d.token(i + 1).tag().startsWith("NNP")
          && d.sameSentence(i + 1, i);
      if (v != null && !neighbourName) {
        String best = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        d.set(i, i + 1, best, 0.7, "rule:document-consistency");
      }
    }
  }

  private void mergeNameBeforePerson(DocumentLabels d) {
    for (int[] r : d.runs()) {
      String w = d.word(r[0]);
      boolean single = r[1] - r[0] == 1 && PLACE_OR_ORGANISATION.contains(d.label(r[0])) && !TokenShapes.isAcronym(w)
          && "NNP".equals(d.token(r[0]).tag()) && !lexicon.contains("location-alias", w);
      if (single && r[1] < d.size() && d.is(r[1], PERSON) && d.sameSentence(r[1], r[0])
          && d.token(r[1]).beginPosition() == d.token(r[0]).endPosition() + 1) {
        int end = r[1];
        while (end < d.size() && d.is(end, PERSON) && (end == r[1] || !d.runStart(end))) {
          end++;
        }
        d.set(r[0], end, PERSON, 0.75, "rule:name-before-person");
      }
    }
  }

  private void personWords(DocumentLabels d) {
    Set<String> personWords = new HashSet<>();
    for (int[] r : d.runs()) {
      if (d.is(r[0], PERSON) && r[1] - r[0] >= 2 && !d.titleCase(r[0])) {
        personWords.add(NameKey.wordKey(d.word(r[0])));
        personWords.add(NameKey.wordKey(d.word(r[1] - 1)));
      }
    }
    for (int[] r : d.runs()) {
      String w = d.word(r[0]);
      if (r[1] - r[0] == 1 && PLACE_OR_ORGANISATION.contains(d.label(r[0])) && !TokenShapes.isAcronym(w)
          && personWords.contains(NameKey.wordKey(w)) && !lexicon.contains("location-alias", w)) {
        d.set(r[0], r[1], PERSON, 0.75, "rule:person-word");
      }
    }
  }
}
