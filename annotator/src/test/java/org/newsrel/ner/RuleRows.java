package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsrel.core.EntityMention;

/**
 * Model-free inputs for the token rules: a row {@code "The/DT/ORGANIZATION Daily/NNP/ORGANIZATION"}
 * is a document of tokens {@code word/TAG/NER} separated by one space ({@code ~} before a token
 * attaches it to the one before, no space; a cell {@code ¶} starts a new line), one sentence,
 * and the result renders as the mentions {@code "ORGANIZATION Daily Bugle; DATE May"}.
 */
final class RuleRows {

  static final EntityLexicon LEXICON = EntityLexicon.loadDefault();

  private RuleRows() {}

  /** Tags the row as the stock NER did ({@link StockTags}), applies {@code rule} and renders the mentions. */
  static String apply(String row, LabelRule rule) {
    StringBuilder text = new StringBuilder();
    List<CoreLabel> tokens = new ArrayList<>();
    for (String cell : row.split(" ")) {
      if (cell.equals("\u00b6")) {
        text.append('\n');
        continue;
      }
      boolean attached = cell.startsWith("~");
      String spec = cell.substring(attached ? 1 : 0);
      int ner = spec.lastIndexOf('/');
      int tag = spec.lastIndexOf('/', ner - 1);
      String[] parts = {spec.substring(0, tag), spec.substring(tag + 1, ner), spec.substring(ner + 1)};
      if (!tokens.isEmpty() && !attached && text.charAt(text.length() - 1) != '\n') {
        text.append(' ');
      }
      CoreLabel t = new CoreLabel();
      t.setWord(parts[0]);
      t.setValue(parts[0]);
      t.setOriginalText(parts[0]);
      t.setTag(parts[1]);
      t.setNER(parts[2]);
      t.setBeginPosition(text.length());
      text.append(parts[0]);
      t.setEndPosition(text.length());
      t.setIndex(tokens.size() + 1);
      tokens.add(t);
    }
    DocumentLabels d = new DocumentLabels(text.toString(), tokens, null);
    d.addSentence(0, tokens.size(), false);
    new StockTags().apply(d);
    rule.apply(d);
    return render(d.mentions(text.toString()));
  }

  private static String render(List<EntityMention> mentions) {
    return mentions.stream().map(m -> m.type() + " " + m.span().text()).collect(Collectors.joining("; "));
  }
}
