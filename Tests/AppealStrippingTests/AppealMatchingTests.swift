import Testing
@testable import AppealStripping

@Test("byte-level lowercasing gives the same bytes as String.lowercased, also for rare scripts",
      arguments: ["Dear READERS, Ça VA? ÀÉÎÕÜ Þorn", "ДОРОГИЕ Читатели, ЁЛКА Їжак Ґанок Ўзбек", "Ǆemal İstanbul ΣΟΦΙΑ Ⅻ Ｆｕｌｌ",
                  "“Quoted” ‘apostrophe’ – dash… no\u{A0}break\u{202F}space", "Straße ÿ µ ﬁ 🙂"])
func normaliserMatchesLowercased(text: String) {
    let expected = TextNormalizer.normalize(Array(text.lowercased().utf8).withUnsafeBufferPointer { $0 }, mapsCase: false)
    #expect(TextNormalizer.normalized(text) == expected)
}

@Test("pronouns count as whole words: an apostrophe inside a word belongs to it")
func pronounsAreWholeWords() {
    let matcher = PhraseMatcher([], wholeWords: AppealLexicon.pronouns)
    func counts(_ text: String) -> CueCounts {
        var counts = CueCounts()
        matcher.count(in: TextNormalizer.normalized(text), into: &counts)
        return counts
    }
    #expect(counts("We're here for you")[.firstPlural] == 1)
    #expect(counts("We're here for you")[.secondPerson] == 1)
    #expect(counts("the user's youth")[.secondPerson] == 0)
    #expect(counts("Without us, wir und Sie: nous, мы")[.firstPlural] == 4)
}

@Test("a phrase opening with punctuation matches right after a number (\"$10/month\")")
func punctuationPhraseAfterNumber() {
    let matcher = PhraseMatcher([("/month", .payment)])
    var counts = CueCounts()
    matcher.count(in: TextNormalizer.normalized("Give $10/month"), into: &counts)
    #expect(counts[.payment] == 1)
}
