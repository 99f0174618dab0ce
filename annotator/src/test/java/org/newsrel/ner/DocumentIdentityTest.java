package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;

/** Document-level identity on hand-made mention lists (no models). */
public class DocumentIdentityTest {

  private static final DocumentIdentity IDENTITY = new DocumentIdentity(EntityLexicon.loadDefault(), true);

  /**
   * Builds mentions from "TYPE:text" items laid out one after another in a fake text (also
   * used by the identity package's cross-document tests).
   */
  public static List<EntityMention> mentions(String... items) {
    List<EntityMention> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String item : items) {
      String type = item.substring(0, item.indexOf(':'));
      String surface = item.substring(item.indexOf(':') + 1);
      int b = text.length();
      text.append(surface).append(" . ");
      out.add(new EntityMention(new TextSpan(b, b + surface.length(), surface), type, null, null, 1, "test"));
    }
    return out;
  }

  static String ids(List<EntityMention> ms) {
    return ms.stream().map(m -> m.span().text() + "=" + m.canonicalId()).collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      // a surname joins the full name
      "PERSON:Anna Berglund,PERSON:Berglund; Anna Berglund=anna-berglund | Berglund=anna-berglund",
      // East Asian order: the first word is the family name
      "PERSON:Park Min-jun,PERSON:Park; Park Min-jun=park-min-jun | Park=park-min-jun",
      // two people named Park: each bare Park goes to the nearest preceding full name
      "PERSON:Park Min-jun,PERSON:Park,PERSON:Ji-ho Park,PERSON:Park; "
          + "Park Min-jun=park-min-jun | Park=park-min-jun | Ji-ho Park=ji-ho-park | Park=ji-ho-park",
      // a bare name before any full name joins the following one
      "PERSON:Berglund,PERSON:Anna Berglund; Berglund=anna-berglund | Anna Berglund=anna-berglund",
      // spelling variants in one document
      "PERSON:Oleksandr Petrenky,PERSON:Petrenkyy; Oleksandr Petrenky=oleksandr-petrenky | Petrenkyy=oleksandr-petrenky",
      // acronym spelling the initials
      "ORGANIZATION:Federal Water Agency,ORGANIZATION:FWA; Federal Water Agency=federal-water-agency | FWA=federal-water-agency",
      // places: generic head and case do not split an entity; aliases resolve
      "LOCATION:Zelvora region,LOCATION:Zelvora,LOCATION:ZELVORA,LOCATION:Zelvora; Zelvora region=zelvora | Zelvora=zelvora | ZELVORA=zelvora | Zelvora=zelvora",
      "LOCATION:U.S.,LOCATION:United States; U.S.=united-states | United States=united-states",
      // a seat of government written as the place and as the government is one entity; other places are not
      "ORGANIZATION:White House,LOCATION:White House,LOCATION:Zelvora; White House=white-house | White House=white-house | Zelvora=zelvora",
      // groups: numerals do not count for the id
      "GROUP:two Estonian soldiers,GROUP:Estonian soldiers,GROUP:Latvian troops; "
          + "two Estonian soldiers=estonian-troops | Estonian soldiers=estonian-troops | Latvian troops=latvian-troops",
      // a group without nationality refers back to the nearest one of its head class that has one
      "GROUP:two Estonian soldiers,GROUP:Latvian troops,GROUP:the captured soldiers,GROUP:officials; "
          + "two Estonian soldiers=estonian-troops | Latvian troops=latvian-troops | the captured soldiers=latvian-troops"
          + " | officials=officials",
      // types without identity
      "DATE:March 3,NUMBER:300; March 3=null | 300=null",
  })
  void idsWithinOneDocument(String items, String expected) {
    assertEquals(expected.strip(), ids(IDENTITY.assign(mentions(items.split(",")), Map.of())));
  }

  @Test
  void acronymDefinedInParenthesesLinksWithoutMatchingInitials() {
    List<EntityMention> out = IDENTITY.assign(mentions("ORGANIZATION:Border Guard", "ORGANIZATION:PVK"),
        Map.of("PVK", "Border Guard"));
    assertEquals("Border Guard=border-guard | PVK=border-guard", ids(out));
  }

  @Test
  void bareGroupsKeepTheirOwnIdWhenLinkingIsOff() {
    List<EntityMention> out = new DocumentIdentity(EntityLexicon.loadDefault()).assign(
        mentions("GROUP:two Estonian soldiers", "GROUP:the captured soldiers"), Map.of());
    assertEquals("two Estonian soldiers=estonian-troops | the captured soldiers=the-captured-troops", ids(out));
  }

  @Test
  void canonicalNameIsTheFullestThenTheCommonest() {
    assertEquals("Anna Maria Berglund",
        DocumentIdentity.canonicalName(List.of("Berglund", "Anna Berglund", "Anna Maria Berglund", "Anna Berglund")));
    assertEquals("Anna Berglund", DocumentIdentity.canonicalName(List.of("Anna Berglund", "Ana Berglund", "Anna Berglund")));
  }
}
