package org.newsrel.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratReader;
import org.newsrel.brat.BratWriter;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.validate.Scheme;
import org.newsrel.validate.Validator;

class LayersToBratTest {

  static final String TEXT = "Ukrainian forces captured two soldiers, Moon said.";

  @Test
  void writesSchemeConformingBratWithSharedSpansAndIds() throws Exception {
    TextSpan moon = TextSpan.of(TEXT, 40, 44);
    DocumentLayers layers = new DocumentLayers("d", TEXT,
        List.of(new EntityMention(moon, "PERSON", "moon-seong-mook", "Moon Seong Mook", 0.9, "test"),
            new EntityMention(TextSpan.of(TEXT, 26, 29), "NUMBER", null, null, 1, "test")),
        List.of(new Event("Attribution", TextSpan.of(TEXT, 45, 49),
            List.of(new Argument("Source", List.of(moon), "moon-seong-mook", "Moon Seong Mook"),
                Argument.of("Cue", TextSpan.of(TEXT, 45, 49)), Argument.of("Content", TextSpan.of(TEXT, 0, 38))),
            List.of(new Event.Attribute("Kind", "Indirect")), 0.8, "test")),
        List.of(new Event("Capture", TextSpan.of(TEXT, 17, 25),
            List.of(Argument.of("Captor", TextSpan.of(TEXT, 0, 16)), Argument.of("Captive", TextSpan.of(TEXT, 26, 38))),
            List.of(new Event.Attribute("Modality", "Asserted")), 0.8, "test")),
        12);
    BratDocument doc = LayersToBrat.convert(layers);
    String ann = BratWriter.format(doc);
    assertEquals("""
        T1\tPERSON 40 44\tMoon
        T2\tNUMBER 26 29\ttwo
        T3\tAttribution 45 49\tsaid
        T4\tSource 40 44\tMoon
        T5\tCue 45 49\tsaid
        T6\tContent 0 38\tUkrainian forces captured two soldiers
        T7\tCapture 17 25\tcaptured
        T8\tCaptor 0 16\tUkrainian forces
        T9\tCaptive 26 38\ttwo soldiers
        E1\tAttribution:T3 Source:T4 Cue:T5 Content:T6
        E2\tCapture:T7 Captor:T8 Captive:T9
        A1\tKind E1 Indirect
        A2\tModality E2 Asserted
        N1\tReference T1 newsrel:moon-seong-mook\tMoon Seong Mook
        N2\tReference T4 newsrel:moon-seong-mook\tMoon Seong Mook
        #1\tAnnotatorNotes E1\tconfidence=0.8000
        #2\tAnnotatorNotes E2\tconfidence=0.8000
        """, ann);
    BratDocument back = BratReader.parse("d", TEXT, "d.ann", ann);
    assertEquals(List.of(), new Validator(Scheme.load()).validate(back, "d.ann"));
    assertEquals(0.8, org.newsrel.score.AttributionScorer.confidence(back, "E1").getAsDouble(), 1e-12);
    String without = BratWriter.format(new LayersToBrat.Builder("d", TEXT).confidences(false)
        .events(layers.attributions()).build());
    assertEquals(false, without.contains("AnnotatorNotes"), without);
  }
}
