package org.newsrel.baseline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;

/**
 * Stock {@code tokenize,ssplit,pos,lemma,ner} with default settings (three CRF models,
 * SUTime, fine-grained regexner). CoreNLP's entity mentions are mapped onto the scheme's
 * types (CITY, COUNTRY, STATE_OR_PROVINCE -> LOCATION; TIME -> DATE; MONEY, PERCENT ->
 * NUMBER); types the scheme lacks (MISC, CAUSE_OF_DEATH, ...) are dropped. Ids are slugs
 * of the mention text: stock NER has no identity beyond the string.
 */
public final class NerBaseline implements Baseline {

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("PERSON", "PERSON"), Map.entry("ORGANIZATION", "ORGANIZATION"),
      Map.entry("LOCATION", "LOCATION"), Map.entry("CITY", "LOCATION"), Map.entry("COUNTRY", "LOCATION"),
      Map.entry("STATE_OR_PROVINCE", "LOCATION"), Map.entry("NATIONALITY", "NATIONALITY"),
      Map.entry("DATE", "DATE"), Map.entry("TIME", "DATE"), Map.entry("DURATION", "DATE"),
      Map.entry("NUMBER", "NUMBER"), Map.entry("MONEY", "NUMBER"), Map.entry("PERCENT", "NUMBER"),
      Map.entry("TITLE", "TITLE"));

  @Override
  public String name() {
    return "corenlp-ner";
  }

  @Override
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return p;
  }

  @Override
  public BratDocument convert(String docName, String text, Annotation doc) {
    List<EntityMention> mentions = new ArrayList<>();
    List<CoreMap> ems = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (ems != null) {
      for (CoreMap m : ems) {
        String type = TYPES.get(m.get(CoreAnnotations.EntityTypeAnnotation.class));
        int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (type == null || e <= b) {
          continue;
        }
        String surface = text.substring(b, e);
        String id = LayersToBrat.IDENTITY_TYPES.contains(type) ? Baseline.slug(surface) : null;
        mentions.add(new EntityMention(TextSpan.of(text, b, e), type, id, id == null ? null : surface, 1.0,
            "corenlp-ner"));
      }
    }
    return new LayersToBrat.Builder(docName, text).entities(mentions).build();
  }
}
