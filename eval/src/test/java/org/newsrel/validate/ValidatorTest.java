package org.newsrel.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.brat.BratReader;

class ValidatorTest {

  static final String TEXT = "Ukrainian forces captured two soldiers, Moon said.";
  static final String GOOD = """
      T1\tCapture 17 25\tcaptured
      T2\tCaptor 0 16\tUkrainian forces
      T3\tCaptive 26 38\ttwo soldiers
      E1\tCapture:T1 Captor:T2 Captive:T3
      A1\tModality E1 Asserted
      T4\tSource 40 44\tMoon
      T5\tCue 45 49\tsaid
      T6\tContent 0 38\tUkrainian forces captured two soldiers
      T7\tAttribution 45 49\tsaid
      E2\tAttribution:T7 Source:T4 Cue:T5 Content:T6
      A2\tKind E2 Indirect
      N1\tReference T4 newsrel:moon-seong-mook\tMoon Seong Mook
      T8\tGROUP 0 16\tUkrainian forces
      """;

  static List<String> problems(String ann) throws Exception {
    return new Validator(Scheme.load()).validate(BratReader.parse("d", TEXT, "d.ann", ann), "d.ann")
        .stream().map(Validator.Problem::toString).toList();
  }

  @Test
  void wellFormedDocumentHasNoProblem() throws Exception {
    assertEquals(List.of(), problems(GOOD));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "trigger label|T1\tCapture 17 25|T1\tKill 17 25|d.ann:4: E1: trigger T1 is labelled Kill, must be labelled Capture",
      "illegal role|Captor:T2|Source:T2|d.ann:4: E1: role Source is not a role of Capture",
      "role vs label|Captive:T3|Captor:T3|d.ann:4: E1: role Captor given twice",
      "no content|Cue:T5 Content:T6|Cue:T5|d.ann:10: E2: Attribution has no Content",
      "bad modality|Modality E1 Asserted|Modality E1 Maybe|d.ann:5: A1: Modality must be one of",
      "no kind|A2\tKind E2 Indirect|#1\tAnnotatorNotes E2\tx|d.ann:10: E2: no Kind attribute",
      "bad id|newsrel:moon-seong-mook|newsrel:Moon_Seong|d.ann:12: N1: id 'Moon_Seong' is not lowercase",
      "unknown label|T8\tGROUP|T8\tTROOPS|d.ann:13: T8: unknown label 'TROOPS'",
      "duplicate span|T8\tGROUP 0 16\tUkrainian forces|T8\tCaptor 0 16\tUkrainian forces|d.ann:13: T8: duplicate of T2",
      "wrong attribute|A2\tKind E2 Indirect|A2\tModality E2 Asserted|d.ann:11: A2: Attribution events carry Kind",
  })
  void eachRuleNamesFileAndLine(String rule, String from, String to, String expectedStart) throws Exception {
    String ann = GOOD.replace(from.replace("\\t", "\t"), to.replace("\\t", "\t"));
    List<String> p = problems(ann);
    assertEquals(true, p.stream().anyMatch(s -> s.startsWith(expectedStart)), rule + ": " + p);
  }

  @Test
  void argumentLabelledDifferentlyFromItsRoleIsReported() throws Exception {
    List<String> p = problems(GOOD.replace("Captive:T3", "Captive:T8"));
    assertEquals(List.of("d.ann:4: E1: argument Captive:T8 is labelled GROUP, must be labelled Captive"), p);
  }

  @Test
  void schemeFileParses() {
    Scheme s = Scheme.load();
    assertEquals(8, s.entityLabels().size());
    assertEquals(true, s.eventTypes().get("Attribution").rolesRequired().get("Content"));
    assertEquals(false, s.eventTypes().get("Capture").rolesRequired().get("Captor"));
  }
}
