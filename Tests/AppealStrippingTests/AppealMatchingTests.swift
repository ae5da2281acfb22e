import Testing
@testable import AppealStripping

@Test("byte-level lowercasing gives the same bytes as String.lowercased, also for rare scripts",
      arguments: ["Dear READERS, Ça VA? ÀÉÎÕÜ Þorn", "ДОРОГИЕ Читатели, ЁЛКА Їжак Ґанок Ўзбек", "Ǆemal İstanbul ΣΟΦΙΑ Ⅻ Ｆｕｌｌ",
                  "“Quoted” ‘apostrophe’ – dash… no\u{A0}break\u{202F}space", "Straße ÿ µ ﬁ 🙂"])
func normaliserMatchesLowercased(text: String) {
    let expected = TextNormalizer.normalize(Array(text.lowercased().utf8).withUnsafeBufferPointer { $0 }, mapsCase: false)
    #expect(TextNormalizer.normalized(text) == expected)
}

/// The cues `matcher` counts in `text`.
func cueCounts(_ text: String, _ matcher: PhraseMatcher) -> CueCounts {
    var counts = CueCounts()
    matcher.count(in: TextNormalizer.normalized(text), into: &counts)
    return counts
}

/// The evidence the full appeal lexicon finds on `line`.
func lineEvidence(_ line: String) -> LineEvidence {
    let matcher = PhraseMatcher(AppealLexicon.phrases, wholeWords: AppealLexicon.pronouns)
    return LineEvidence(line: line, normalized: TextNormalizer.normalized(line), matcher: matcher)
}

@Test("pronouns count as whole words: an apostrophe inside a word belongs to it")
func pronounsAreWholeWords() {
    let matcher = PhraseMatcher([], wholeWords: AppealLexicon.pronouns)
    func counts(_ text: String) -> CueCounts { cueCounts(text, matcher) }
    #expect(counts("We're here for you")[.firstPlural] == 1)
    #expect(counts("We're here for you")[.secondPerson] == 1)
    #expect(counts("the user's youth")[.secondPerson] == 0)
    #expect(counts("Without us, wir und Sie: nous, мы")[.firstPlural] == 4)
}

@Test("a phrase opening with punctuation matches right after a number (\"$10/month\")")
func punctuationPhraseAfterNumber() {
    #expect(cueCounts("Give $10/month", PhraseMatcher([("/month", .payment)]))[.payment] == 1)
}

@Test("a phrase written with a leading * also matches as the last part of a compound")
func compoundPartsMatch() {
    let matcher = PhraseMatcher([("*redaktion", .newsroom), ("spende*", .action)])
    func counts(_ text: String) -> CueCounts { cueCounts(text, matcher) }
    #expect(counts("Die Stadtredaktion und die Redaktion")[.newsroom] == 2)
    #expect(counts("Blutspende im Rathaus")[.action] == 0)
}

@Test("French \"du\" is not the German informal you")
func frenchDuIsNotYou() {
    #expect(lineEvidence("La piste longe le bord du canal sur huit kilomètres.").secondPerson == 0)
    #expect(lineEvidence("Wenn du kannst, hilf uns mit einem kleinen Betrag.").secondPerson == 1)
}

@Test("quotation marks around a short name are not quoted speech")
func shortQuotedNamesAreNotSpeech() {
    #expect(!LineEvidence.quotesSpeech(TextNormalizer.normalized("«Вестник» расследования требуют времени.")))
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("\"We will keep going no matter what\", she said.")))
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("He wrote: \"Support us")))
}

@Test("doubled apostrophes and backticks are quotation marks; 'US' in capitals is the country, not 'us'")
func typesetQuotesAndCountryUS() {
    #expect(TextNormalizer.normalized("''Hi,'' he said. ``Bye''") == Array("\"hi,\" he said. \"bye\"".utf8))
    #expect(lineEvidence("Newsrooms in the US doubled since 2015.").firstPlural == 0)
    #expect(lineEvidence("Please support us today.").firstPlural == 1)
}

@Test("a polite please points at the message; pleased, pleasant and pleasure do not")
func pleaseIsAWholeWord() {
    let polite = TextLine.lines(of: "Please read this to the end, it takes a minute.")
    #expect(polite.first?.pointsAtItself == true)
    let pleased = TextLine.lines(of: "The mayor was pleased with the pleasant weather and the pleasure boats.")
    #expect(pleased.first?.pointsAtItself == false)
    let page = TextLine.lines(of: "Everything on this page is free to read.")
    #expect(page.first?.pointsAtItself == true)
    let pages = TextLine.lines(of: "The council printed this pagewide notice in the gazette.")
    #expect(pages.first?.pointsAtItself == false)
}

@Test("a paragraph opening with we're or we've in curly apostrophes opens with the newsroom's we")
func curlyApostropheWeOpensWithWe() {
    #expect(TextLine.lines(of: "We\u{2019}re a small team in the valley.").first?.opensWithWe == true)
    #expect(TextLine.lines(of: "We\u{2019}ve kept the archive open.").first?.opensWithWe == true)
    #expect(TextLine.lines(of: "Weather stations closed in the valley.").first?.opensWithWe == false)
}
