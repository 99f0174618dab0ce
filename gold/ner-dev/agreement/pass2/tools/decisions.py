# Hand decisions: for each text, the entity mentions IN TEXT ORDER as (LABEL, surface).
# make_ann.py locates each surface with a left-to-right cursor (word-bounded),
# so every listed mention is the next occurrence of that surface after the previous one.
P, O, L = "PERSON", "ORGANIZATION", "LOCATION"

DOCS = {
"breitbart_2016-09-15_pat-caddell-democrat-voters-worr": [
    # headline
    (P, "Pat Caddell"), (P, "Hillary Clinton"),
    # para 1  (Breitbart News Daily = radio programme -> not labelled, DECISIONS D8)
    (P, "Pat Caddell"), (P, "Alex Marlow"),
    # para 2
    (P, "Caddell"), (O, "Morning Consult"), (O, "Rasmussen"),
    # para 3
    (P, "Caddell"),
    # para 4 (quote)
    (P, "Hillary Clinton"), (P, "Hillary"), (O, "Rasmussen"),
    # para 5
    (P, "Caddell"), (P, "Clinton"),
    # para 6
    (P, "Caddell"), (P, "Trump"), (L, "Ohio"), (L, "Florida"), (L, "Nevada"),
    # para 7 (SiriusXM Patriot = radio channel -> ORG, channel number outside, D9)
    (O, "SiriusXM Patriot"),
],
"breitbart_2016-09-26_green-party-candidate-jill-stein": [
    (O, "Green Party"), (P, "Jill Stein"), (L, "N.Y."),
    # dateline + para 1
    (L, "HEMPSTEAD"), (L, "N.Y."), (O, "UPI"), (O, "Green Party"), (P, "Jill Stein"),
    (O, "Hofstra University"), (P, "Donald Trump"), (P, "Hillary Clinton"),
    # para 2
    (P, "Stein"), (O, "Commission on Presidential Debates"), (L, "New York"),
    # para 3
    (O, "USA Today"), (P, "Stein"), (O, "Twitter"), (O, "Hofstra University"),
    (L, "Nassau Country"), (P, "Stein"),
    # para 4
    (P, "Stein"), (P, "Melezia Figueroa"), (P, "Figueroa"), (P, "Stein"),
    # para 5
    (P, "Figueroa"), (O, "USA Today"),
    # para 6
    (P, "Figueroa"),
    # para 7
    (P, "Stein"),
    # para 8
    (O, "Hofstra"), (P, "Stein"), (O, "Green Party"), (O, "Hofstra"),
],
"breitbart_2016-10-02_washington-post-hit-piece-exploi": [
    (O, "Washington Post"), (P, "Trump"),
    (O, "Washington Post"), (P, "Trump"),
    (P, "Donald Trump"),
    # Erikson Prize ... = award (MISC), Republican National Convention = event: not labelled
    (O, "Post"), (P, "Stephanie McCrummen"), (L, "Pennsylvania"),
    (P, "McCrummen"),
    # quoted passage
    (P, "Obama"), (L, "White House"),          # the building ("fumigated and burned") D4
    (P, "Melanie"),
    (P, "Donald Trump"), (P, "Obama"), (O, "ISIS"), (P, "Hillary Clinton"),
    (O, "U.S. Supreme Court"), (P, "Antonin Scalia"), (O, "White House"),  # "a White House plot" = administration D4
    (P, "Trump"),
    (P, "Big Daddy"), (P, "Donald"), (P, "Big Daddy"),   # nicknames of Trump D12
    (P, "Kevin"),
    (P, "Donald"),
    (P, "Trump"), (L, "U-S-A"), (L, "U-S-A"),            # chanted country name D13
    (P, "Donald"), (L, "USA"), (P, "Melanie"),
    (P, "Trump"),
    (P, "Melanie"), (P, "Donald"),
    (P, "Kevin"), (P, "Trump"), (P, "Melanie"), (P, "Trump"),
    (P, "Melanie"), (P, "Trump"),
    (P, "Trump"),
],
"huff-post_2016-09-16_black-lawmakers-rip-donald-trump": [
    (P, "Donald Trump"),
    (L, "WASHINGTON"), (P, "Donald Trump"), (P, "Barack Obama"),
    (P, "G.K. Butterfield"), (L, "N.C."), (O, "Congressional Black Caucus"),
    (P, "Donald Trump"), (P, "Donald Trump"), (P, "Obama"), (P, "Mitt Romney"),
    (P, "John McCain"), (L, "United States"),
    (O, "Congressional Black Caucus"), (P, "Trump"), (P, "Obama"), (L, "United States"),
    (P, "Trump"),
    (P, "Trump"), (P, "Hillary Clinton"), (P, "Trump"),
    (P, "Hillary Clinton"), (P, "Trump"),
    (P, "Obama"),
    (P, "Gwen Moore"), (L, "Wis."), (P, "Barack Obama"), (P, "Barack Obama"),
    (P, "Jim Clyburn"), (L, "S.C."),            # "the Democratic caucus" lowercase -> not ORG (D6)
    (P, "Trump"),
    (P, "Trump"),
    # Editor's note (annotated, D14)
    (P, "Donald Trump"), (L, "U.S."),
],
"huff-post_2016-09-22_trump-the-dealmaker-could-addres": [
    (P, "Trump"), (P, "Lindsey Graham"),
    (P, "Donald Trump"), (P, "Lindsey Graham"), (L, "S.C."), (O, "Huffington Post"),
    (P, "Graham"),
    (P, "Graham"), (P, "Trump"), (L, "China"), (L, "U.S."),
    (P, "Graham"), (P, "Trump"), (O, "GOP"), (L, "South Carolina"), (P, "Trump"),
    (P, "Graham"), (O, "New York Times"),
    (P, "Trump"), (O, "GOP"), (P, "Graham"), (L, "Earth"),
    (P, "Trump"), (P, "Graham"),
    (P, "Trump"), (P, "Graham"),
    (P, "Graham"), (P, "Graham"),
    (O, "Republican Party"), (P, "Graham"),
    # Editor's note
    (P, "Donald Trump"), (L, "U.S."),
],
}
