import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("direct quotes")
struct DirectQuoteTests {
    @Test("a curly quote before its cue gets the speaker after it")
    func curlyQuoteBeforeCue() async throws {
        let quotes = try await attribute("“The bridge will open in May,” Mayor Ellen Brandt said on Monday.")
        #expect(quotes == [QuoteView(content: "The bridge will open in May,", kind: .direct, speaker: "Mayor Ellen Brandt",
                                     name: "Ellen Brandt", cue: "said", parts: [])])
    }

    @Test("an inverted cue (said NAME) finds the speaker after the verb")
    func invertedCue() async throws {
        let quotes = try await attribute("\"We are not finished yet,\" said Tomas Ruiz, the union's negotiator.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.content == "We are not finished yet,")
        #expect(quotes.first?.speaker == "Tomas Ruiz")
    }

    @Test("the double apostrophes of NYT texts are quotation marks")
    func doubleApostropheQuotes() async throws {
        let quotes = try await attribute("''I don't think that's fair,'' Ms. Okafor told reporters.")
        #expect(quotes.first?.content == "I don't think that's fair,")
        #expect(quotes.first?.speaker == "Ms. Okafor")
        #expect(quotes.first?.name == "Okafor")
    }

    @Test("apostrophes in words and possessives are not quotation marks")
    func apostrophesAreNotQuotes() async throws {
        let quotes = try await attribute("The mayor’s office didn’t comment. It's the council's call, officials' aides said.")
        #expect(quotes.allSatisfy { $0.kind != .direct })
        #expect(quotes.first?.content == "It's the council's call")
    }

    @Test("a quote after a colon introduction belongs to the speaker before the colon")
    func colonIntroduction() async throws {
        let quotes = try await attribute("Ruiz said: “Nobody here wants a strike.”")
        #expect(quotes == [QuoteView(content: "Nobody here wants a strike.", kind: .direct, speaker: "Ruiz", name: "Ruiz",
                                     cue: "said", parts: [])])
    }

    @Test("a colon introduction without a speech verb takes the sentence subject")
    func colonWithoutVerb() async throws {
        let quotes = try await attribute("The review board was blunt in its findings: “The permits were never valid.”")
        #expect(quotes.first?.content == "The permits were never valid.")
        #expect(quotes.first?.speaker == "The review board")
    }

    @Test("one turn split around its cue becomes one quote with two parts")
    func splitTurn() async throws {
        let quotes = try await attribute("“We will appeal,” she said. “The ruling ignores the evidence.”")
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts == ["We will appeal,", "The ruling ignores the evidence."])
        #expect(quotes.first?.speaker == "she")
    }

    @Test("a turn split by a comma after the cue keeps both parts")
    func splitTurnWithComma() async throws {
        let quotes = try await attribute("“We will appeal,” Ruiz said, “and we will win.”")
        #expect(quotes.first?.parts == ["We will appeal,", "and we will win."])
    }

    @Test("a quote running over paragraphs is one quote")
    func multiParagraphQuote() async throws {
        let text = "Brandt said: “The first phase is done.\n\n“The second phase starts next spring.”\n\nTraffic was light."
        let quotes = try await attribute(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.parts == ["The first phase is done.", "The second phase starts next spring."])
        #expect(quotes.first?.speaker == "Brandt")
    }

    @Test("a quote followed by a dash and a name is attributed to that name")
    func dashAttribution() async throws {
        let quotes = try await attribute("“Cities are built by the people who stay.” — Mara Lindqvist\n\nThe end.")
        #expect(quotes.first?.speaker == "Mara Lindqvist")
        #expect(quotes.first?.kind == .direct)
    }

    @Test("titles of songs and shows in quotes are not speech")
    func titlesAreNotSpeech() async throws {
        let quotes = try await attribute("She appeared on “Morning Table” and played “Blue River Road” twice.")
        #expect(quotes.isEmpty)
    }

    @Test("a quoted show name in an introductory phrase is not the content of the cue after it")
    func quotedNameInIntroduction() async throws {
        let quotes = try await attribute("Speaking on “Morning Table, Live,” Okafor admitted that the plan failed.")
        #expect(quotes.map(\.content) == ["that the plan failed"])
    }

    @Test("a lone quote with no recoverable speaker is not attributed")
    func noSpeakerNoGuess() async throws {
        let quotes = try await attribute("“Anything could happen tonight.”\n\nThe polls close at eight.")
        #expect(quotes.isEmpty)
    }
}

@Suite("quotes ending a sentence")
struct QuestionQuoteTests {
    @Test("a quoted question ends a sentence but keeps the speaker after it")
    func questionThenSpeaker() async throws {
        let quotes = try await attribute("“Why would anyone trust them?” Okafor asked.")
        #expect(quotes.first?.content == "Why would anyone trust them?")
        #expect(quotes.first?.speaker == "Okafor")
    }

    @Test("an inverted cue with a title: said Mr. Name")
    func invertedWithTitle() async throws {
        let quotes = try await attribute("''We expected more,'' said Mr. Okafor.")
        #expect(quotes.first?.speaker == "Mr. Okafor")
    }

    @Test("an anonymous source close to someone is a speaker phrase")
    func anonymousSource() async throws {
        let quotes = try await attribute("The senator will not run again, a source close to him said.")
        #expect(quotes.first?.speaker == "a source close to him")
        #expect(quotes.first?.content == "The senator will not run again")
    }
}

@Suite("carried speakers")
struct CarrySpeakerTests {
    static let text = "“We won,” Hart said.\n\n“It was a long night.”"

    @Test("by default a quote paragraph without a cue is left unattributed")
    func notCarriedByDefault() async throws {
        #expect(try await attribute(Self.text).count == 1)
    }

    @Test("with carry-speaker a cue-less quote paragraph takes the previous quote's speaker")
    func carriedWhenAsked() async throws {
        let quotes = try await attribute(Self.text, ["carry-speaker": .bool(true)])
        #expect(quotes.map(\.speaker) == ["Hart", "Hart"])
        #expect(quotes.last?.content == "It was a long night.")
    }
}

@Suite("quote-adjacent cues")
struct QuoteAdjacentCueTests {
    @Test("'continued' is a cue next to a quotation but not elsewhere")
    func continuedNextToQuote() async throws {
        let quotes = try await attribute("“And we will keep going,” Okafor continued. Prices continued to rise in May.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker == "Okafor")
    }

    @Test("a colon introduction after a conjunction finds the subject")
    func conjunctionThenColon() async throws {
        let quotes = try await attribute("And Mr. Okafor gloated: “I told you so.”")
        #expect(quotes.first?.speaker == "Mr. Okafor")
    }

    @Test("a closing mark printed as an opening glyph still closes the quote")
    func wrongGlyphCloses() async throws {
        let quotes = try await attribute("“Not at all,“ she said.")
        #expect(quotes.first?.content == "Not at all,")
        #expect(quotes.first?.speaker == "she")
    }

    @Test("a cue after 'but' takes the subject of the sentence")
    func butThenCue() async throws {
        let quotes = try await attribute("Okafor named no rivals but told supporters, “We are in trouble.”")
        #expect(quotes.first?.speaker == "Okafor")
        #expect(quotes.first?.content == "We are in trouble.")
    }
}
