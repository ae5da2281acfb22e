import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("reported speech")
struct ReportedSpeechTests {
    @Test("X said that ... gives indirect speech with the that-clause as content")
    func saidThat() async throws {
        let quotes = try await attribute("Governor Lena Hart said that the budget would be balanced by June.")
        #expect(quotes == [QuoteView(content: "that the budget would be balanced by June", kind: .indirect,
                                     speaker: "Governor Lena Hart", name: "Lena Hart", cue: "said", parts: [])])
    }

    @Test("a cue verb beyond said, with an adverb between subject and verb")
    func otherCueVerb() async throws {
        let quotes = try await attribute("Hart repeatedly insisted the audit was routine.")
        #expect(quotes.first?.content == "the audit was routine")
        #expect(quotes.first?.cue == "insisted")
        #expect(quotes.first?.speaker == "Hart")
    }

    @Test("content before a trailing cue: '..., officials said.'")
    func trailingCue() async throws {
        let quotes = try await attribute("The road will stay closed until Friday, county officials said.")
        #expect(quotes.first?.content == "The road will stay closed until Friday")
        #expect(quotes.first?.speaker == "county officials")
    }

    @Test("according to X gives the speaker after 'to'")
    func accordingTo() async throws {
        let quotes = try await attribute("The plant will hire 300 workers, according to Dana Whitfield.")
        #expect(quotes.first?.content == "The plant will hire 300 workers")
        #expect(quotes.first?.speaker == "Dana Whitfield")
        #expect(quotes.first?.cue == "according to")
    }

    @Test("told plus an addressee: the content starts after the addressee")
    func toldReporters() async throws {
        let quotes = try await attribute("Whitfield told reporters on Tuesday that the deal was close.")
        #expect(quotes.first?.content == "that the deal was close")
    }

    @Test("a partial quote inside reported speech makes one mixed quote")
    func partialQuoteInReportedSpeech() async throws {
        let quotes = try await attribute("Hart said the proposal was “dead on arrival” in the Senate.", ["partial-quotes": .bool(false)])
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .mixed)
        #expect(quotes.first?.content == "the proposal was “dead on arrival” in the Senate")
    }

    @Test("dismissed ... as: the object and its description are the content")
    func dismissedAs() async throws {
        let quotes = try await attribute("Senator Ruth Calloway dismissed the report as “partisan theater.”")
        #expect(quotes.first?.cue == "dismissed")
        #expect(quotes.first?.content == "the report as “partisan theater.”")
        #expect(quotes.first?.name == "Ruth Calloway")
    }

    @Test("quoted words inside reported speech also come out as partial quotes with the same speaker and cue")
    func partialQuotesInsideReportedSpeech() async throws {
        let quotes = try await attribute("Senator Ruth Calloway dismissed the report as “partisan theater” and “a waste of paper.”")
        #expect(quotes.map(\.kind) == [.mixed, .partial, .partial])
        #expect(quotes.dropFirst().map(\.content) == ["partisan theater", "a waste of paper."])
        #expect(quotes.allSatisfy { $0.name == "Ruth Calloway" && $0.cue == "dismissed" })
        let without = try await attribute("Senator Ruth Calloway dismissed the report as “partisan theater.”", ["partial-quotes": .bool(false)])
        #expect(without.map(\.kind) == [.mixed])
    }

    @Test("'according to' a role with the name set off by commas: the name is the speaker, not content")
    func accordingToRoleWithName() async throws {
        let quotes = try await attribute("According to the harbour master, Ines Duarte, the pier will close in May.")
        #expect(quotes.first?.speaker == "the harbour master, Ines Duarte")
        #expect(quotes.first?.name == "Ines Duarte")
        #expect(quotes.first?.content == "the pier will close in May")
    }

    @Test("a participle like 'adding' takes the subject of the main clause")
    func participleTakesMainSubject() async throws {
        let quotes = try await attribute("Calloway said the vote was premature, adding that she would ask for a recount.")
        #expect(quotes.first?.content == "the vote was premature")
        let adding = try #require(quotes.first { $0.cue == "adding" })
        #expect(adding.speaker == "Calloway")
        #expect(adding.content == "that she would ask for a recount")
    }

    @Test("a participle after a comma inside quotation marks still takes the main subject")
    func participleAfterQuotedWords() async throws {
        let quotes = try await attribute("Ruiz defended “local control,” saying the towns knew best.")
        let saying = try #require(quotes.first { $0.cue == "saying" })
        #expect(saying.content == "the towns knew best")
        #expect(saying.speaker == "Ruiz")
        #expect(quotes.first?.content == "“local control,”")
    }

    @Test("the main subject of a sentence with a comma clause is its first name, not the clause after the comma")
    func participleAfterCommaClause() async throws {
        let quotes = try await attribute("Okafor struck back on Friday, saying the audit was flawed.")
        #expect(quotes.first?.speaker == "Okafor")
    }

    @Test("a passive 'was told' is not a cue with a subject speaker")
    func passiveIsNotSpeech() async throws {
        let quotes = try await attribute("The clerk was told the files were missing.")
        #expect(quotes.isEmpty)
    }

    @Test("reported speech can be switched off")
    func reportedSpeechOption() async throws {
        let text = "Hart said the audit was routine. “It was routine,” Hart said."
        let quotes = try await attribute(text, ["reported-speech": .bool(false)])
        #expect(quotes.map(\.content) == ["It was routine,"])
    }

    @Test("extra cue words from the options are used")
    func extraCues() async throws {
        let text = "Hart harrumphed the audit was a waste."
        #expect(try await attribute(text).isEmpty)
        let quotes = try await attribute(text, ["extra-cues": .stringList(["harrumphed"])])
        #expect(quotes.first?.cue == "harrumphed")
    }
}

@Suite("cue positions")
struct CuePositionTests {
    @Test("a cue in the middle of the content gives one quote with the two sides as parts")
    func parentheticalCue() async throws {
        let quotes = try await attribute("The plan, Whitfield said, has no chance in the Senate.")
        #expect(quotes.first?.parts == ["The plan", "has no chance in the Senate"])
        #expect(quotes.first?.speaker == "Whitfield")
    }

    @Test("a party affiliation in brackets stays in the speaker mention")
    func bracketAffiliation() async throws {
        let quotes = try await attribute("Sen. Dana Whitfield (D-Ore.) said the vote was rigged.")
        #expect(quotes.first?.speaker == "Sen. Dana Whitfield (D-Ore.)")
        #expect(quotes.first?.name == "Dana Whitfield")
    }

    @Test("a time and place after a trailing cue do not become the content")
    func adverbialAfterTrailingCue() async throws {
        let quotes = try await attribute("The deal is dead, Whitfield said Tuesday in Salem, noting the deadline.")
        #expect(quotes.first?.content == "The deal is dead")
    }

    @Test("an adverbial between the cue and a quotation is skipped")
    func adverbialBeforeQuotation() async throws {
        let quotes = try await attribute("Whitfield said in a statement: “The deal is dead.”")
        #expect(quotes == [QuoteView(content: "The deal is dead.", kind: .direct, speaker: "Whitfield", name: "Whitfield",
                                     cue: "said", parts: [])])
    }

    @Test("a preposition completing the cue joins the cue")
    func cuePreposition() async throws {
        let quotes = try await attribute("Whitfield called for a new audit of the count.")
        #expect(quotes.first?.cue == "called for")
        #expect(quotes.first?.content == "a new audit of the count")
    }
}

@Suite("passives")
struct PassiveTests {
    @Test("a passive cue with a clause is an attribution without a speaker")
    func passiveWithoutSpeaker() async throws {
        let quotes = try await attribute("The measure is expected to pass the House next week.")
        #expect(quotes == [QuoteView(content: "to pass the House next week", kind: .indirect, speaker: nil, name: nil,
                                     cue: "expected", parts: [])])
    }
}

@Suite("headlines")
struct HeadlineTests {
    @Test("a headline 'Name: claim' attributes the claim to the name")
    func nameColonHeadline() async throws {
        let quotes = try await attribute("Okafor: The harbor deal is not dead\n\nThe council met on Monday.")
        #expect(quotes == [QuoteView(content: "The harbor deal is not dead", kind: .indirect, speaker: "Okafor",
                                     name: "Okafor", cue: ":", parts: [])])
    }

    @Test("labels such as 'Update:' or times are not speakers")
    func labelsAreNotSpeakers() async throws {
        let quotes = try await attribute("Update: The vote was moved to Friday\n\nWatch: The full speech is online")
        #expect(quotes.isEmpty)
    }

    @Test("a stretch of time counted in plural time words is no speaker; a poll's share of people is")
    func countedTimeIsNoSpeaker() async throws {
        let drive = try await attribute("Volunteers stood outside supermarkets for three weekends asking shoppers to donate.")
        #expect(!drive.contains { $0.speaker == "three weekends" })
        let poll = try await attribute("In the survey, four in 10 said the city should raise the fee.")
        #expect(poll.first?.speaker == "four in 10")
        #expect(poll.first?.content == "the city should raise the fee")
    }
}
