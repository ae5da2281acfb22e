import Testing
@testable import SpeakerAttribution

@Suite("tokens and quotation marks")
struct TokenizerTests {
    @Test("curly, straight and doubled-apostrophe marks open and close")
    func quoteDirections() {
        let tokens = Tokenizer.tokenize(Array("“a” \"b\" ''c'' ``d''".utf8))
        #expect(tokens.map(\.kind) == [.openQuote, .word, .closeQuote, .openQuote, .word, .closeQuote,
                                       .openQuote, .word, .closeQuote, .openQuote, .word, .closeQuote])
    }

    @Test("word-internal apostrophes, abbreviation periods and decimals stay in the word")
    func wordInternals() {
        let tokens = Tokenizer.tokenize(Array("Trump’s U.S. plan costs 3.5 billion, don't".utf8))
        #expect(tokens.filter(\.isWord).map(\.lower) == ["trump's", "u.s", "plan", "costs", "3.5", "billion", "don't"])
    }

    @Test("a quote left open at a paragraph end continues into the next paragraph")
    func multiParagraphPairing() {
        let text = ScannedText(text: "“One.\n\n“Two.” Three.", sentenceSpans: nil)
        #expect(text.quotations.count == 2)
        #expect(text.quotations[0].next == 1)
        #expect(text.quotations[1].previous == 0)
    }

    @Test("sentence boundaries skip titles and initials but split before a new sentence")
    func sentenceBoundaries() {
        let text = ScannedText(text: "Mr. J. Smith left. He said no.", sentenceSpans: nil)
        #expect(text.sentences.count == 2)
        #expect(text.text(text.sentences[1]) == "He said no.")
    }

    @Test("a word starts with a number exactly when its first Character is numeric", arguments: [
        "10", "3.5", "½", "٣", "三", "1\u{20E3}", "1\u{FE0F}\u{20E3}", "e\u{301}", "\u{301}1", "x1", "", "’",
    ])
    func startsWithNumber(_ word: String) {
        let token = Token(start: 0, end: word.utf8.count, kind: .word, lower: word)
        #expect(token.startsWithNumber == (word.first?.isNumber == true))
    }

    @Test("code point offsets count scalars, not bytes")
    func codePointOffsets() {
        let text = ScannedText(text: "Ünïcode “x”", sentenceSpans: nil)
        let quote = text.quotations[0]
        #expect(text.span(tokens: quote.content) == .init(start: 9, end: 10))
    }
}
