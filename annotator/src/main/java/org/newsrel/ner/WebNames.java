package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.ORGANIZATION;

import java.util.regex.Pattern;

/** Rule 2a: a capitalised web name ("Foobar.com", "Newsly.org") is an ORGANIZATION (the site's owner). */
final class WebNames implements LabelRule {

  private static final Pattern WEB_NAME = Pattern.compile("[A-Z][A-Za-z0-9-]*\\.(com|org|net|io|tv|info|news)");

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i < d.size(); i++) {
      if (WEB_NAME.matcher(d.word(i)).matches()) {
        d.set(i, i + 1, ORGANIZATION, 0.85, "rule:web-name");
      }
    }
  }
}
