package org.newsrel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.newsrel.json.TokenIndex;

class JsonTest {

  static Map<String, Object> sample() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", List.of(1, 2.5, true));
    m.put("a", "q\"b\\c\n\u0001\u2028");
    m.put("n", Arrays.asList(null, Double.NaN, OptionalDouble.empty(), Optional.of("x")));
    m.put("e", Map.of());
    return m;
  }

  @Test
  void compactSortsKeysEscapesAndWritesNullForMissingNumbers() {
    assertEquals("{\"a\":\"q\\\"b\\\\c\\n\\u0001\\u2028\",\"e\":{},\"n\":[null,null,null,\"x\"],"
        + "\"z\":[1,2.5000,true]}", Json.compact(sample()));
  }

  @Test
  void indentedFormIsTheSameDocumentOnSeveralLines() {
    String pretty = Json.write(sample());
    assertEquals(Json.compact(sample()), pretty.replaceAll("\\n *", "").replace("\": ", "\":"));
    assertEquals("{\n  \"k\": [\n    1\n  ]\n}\n", Json.write(Map.of("k", List.of(1))));
  }

  @Test
  void tokenIndexMapsCharactersToTokens() {
    TokenIndex t = new TokenIndex(new int[] {0, 10, 17}, new int[] {9, 16, 25});
    assertEquals(0, t.firstToken(0));
    assertEquals(1, t.firstToken(10));
    assertEquals(2, t.endToken(16));
    assertEquals(3, t.endToken(25));
  }
}
