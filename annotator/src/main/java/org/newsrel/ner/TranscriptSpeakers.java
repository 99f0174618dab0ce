package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Transcript speakers: in a transcript ("WALLACE: Let's start ... / PENCE: Well, ..."), the
 * ALL-CAPS word that opens a line, a colon right after it, is the person speaking, though
 * neither CRF tags a capitalised surname with no first name. The document counts as a
 * transcript when at least two different such labels each open two lines or more (speakers
 * take turns); a label that takes turns is not a person when it is a title ("PRESIDENT:") or
 * a transcript role ({@code [transcript-role]}: "QUESTION:", "MODERATOR:"), and a token another
 * rule has already labelled keeps its label. A one-off "NOTE:" or "CONTACT:" line is not a transcript.
 */
final class TranscriptSpeakers implements LabelRule {

  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{Lu}'\u2019-]*\\p{Lu}");

  private final EntityLexicon lexicon;

  TranscriptSpeakers(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    Map<String, List<Integer>> labels = new HashMap<>();
    for (int i = 0; i + 1 < d.size(); i++) {
      if (opensTurn(d, i)) {
        labels.computeIfAbsent(d.word(i), w -> new ArrayList<>()).add(i);
      }
    }
    List<Map.Entry<String, List<Integer>>> turns = labels.entrySet().stream()
        .filter(e -> e.getValue().size() >= 2).toList();
    if (turns.size() < 2) {
      return;
    }
    for (Map.Entry<String, List<Integer>> speaker : turns) {
      String lower = speaker.getKey().toLowerCase(Locale.ROOT);
      if (lexicon.contains("title", lower) || lexicon.contains("transcript-role", lower)) {
        continue; // a role takes turns too ("QUESTION:"), but is nobody's name
      }
      for (int i : speaker.getValue()) {
        if (d.label(i).equals(O)) {
          d.set(i, i + 1, PERSON, 0.8, "rule:transcript-speaker");
        }
      }
    }
  }

  /** An ALL-CAPS word opening its line (nothing but punctuation before it), a colon right after. */
  private static boolean opensTurn(DocumentLabels d, int i) {
    return d.word(i + 1).equals(":") && LABEL.matcher(d.word(i)).matches()
        && TokenShapes.lineBefore(d.docText(), d.token(i)).codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
