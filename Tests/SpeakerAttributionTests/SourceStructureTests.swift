import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("impressions, polls, relative pronouns and long subjects")
struct SourceStructureTests {
    @Test("'X seemed to …' is a speakerless attribution whose content is the whole clause")
    func seemedClause() async throws {
        let quotes = try await attribute("After the hearing, the treasurer seemed ready to resign.")
        let impression = try #require(quotes.first { $0.cue == "seemed" })
        #expect(impression.content == "the treasurer seemed ready to resign")
        #expect(impression.speaker == nil)
        #expect(impression.kind == .indirect)
    }

    @Test("'it appears that …' takes the that-clause as content")
    func appearsThat() async throws {
        let quotes = try await attribute("It appears that the harbor board delayed the vote again.")
        let impression = try #require(quotes.first { $0.cue == "appears" })
        #expect(impression.content == "that the harbor board delayed the vote again")
        #expect(impression.speaker == nil)
    }

    @Test("'appeared on' a programme is a guest appearance, not an impression")
    func appearedOnIsNoCue() async throws {
        let quotes = try await attribute("The mayor appeared on a morning radio show with her deputy.")
        #expect(!quotes.contains { $0.cue == "appeared" })
    }

    @Test("'Asked whether …,' opens a speakerless question ending at its comma")
    func askedWhether() async throws {
        let quotes = try await attribute("Asked on Friday whether the ferry would run, Nadia Brook said the schedule was final.")
        let question = try #require(quotes.first { $0.cue == "Asked" })
        #expect(question.content == "whether the ferry would run")
        #expect(question.speaker == nil)
        let answer = try #require(quotes.first { $0.cue == "said" })
        #expect(answer.speaker == "Nadia Brook")
        #expect(answer.content == "the schedule was final")
    }

    @Test("a poll phrase after 'in' is the source of the clause it qualifies")
    func pollAsSource() async throws {
        let quotes = try await attribute("In the latest Harbor Institute poll, Ortiz leads the field by nine points.")
        let poll = try #require(quotes.first { $0.cue == "In" })
        #expect(poll.speaker == "the latest Harbor Institute poll")
        #expect(poll.content == "Ortiz leads the field by nine points")
        let trailing = try await attribute("Ortiz leads the field by nine points in a new survey.")
        #expect(trailing.first { $0.cue == "in" }?.content == "Ortiz leads the field by nine points")
        #expect(trailing.first { $0.cue == "in" }?.speaker == "a new survey")
    }

    @Test("'X, who said …': the mention is the relative pronoun, the name its antecedent")
    func relativePronounSpeaker() async throws {
        let quotes = try await attribute("The award went to Senator Ivo Marek, who said the harbor plan had saved the district.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.speaker == "who")
        #expect(quote.name == "Ivo Marek")
        #expect(quote.content == "the harbor plan had saved the district")
    }

    @Test("a restrictive 'who' after a plural noun is the mention of that group")
    func restrictiveWho() async throws {
        let quotes = try await attribute("Tenants who say the rent rose too fast filled the hall.")
        let quote = try #require(quotes.first { $0.cue == "say" })
        #expect(quote.speaker == "who")
        #expect(quote.name == "Tenants")
    }

    @Test("a subject with an appositive holding a relative clause: 'X, a pollster who advises …, said'")
    func appositiveWithRelativeClause() async throws {
        let quotes = try await attribute("Rosa Lind, a pollster who advises the harbor coalition, said turnout would fall.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.speaker == "Rosa Lind, a pollster who advises the harbor coalition")
        #expect(quote.name == "Rosa Lind")
        #expect(quote.content == "turnout would fall")
    }

    @Test("an age between commas before the appositive: 'X, 27, a nurse in Ohio, said'")
    func ageAndAppositive() async throws {
        let quotes = try await attribute("Mara Quill, 27, a nurse in Dayton, said the clinic stayed open late.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.name == "Mara Quill")
        #expect(quote.content == "the clinic stayed open late")
    }

    @Test("a common-noun subject with a relative clause: 'The official, who …, said'")
    func commonNounWithRelativeClause() async throws {
        let quotes = try await attribute("The official, who spoke on condition of anonymity, said auditors had found the gap.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.speaker?.hasPrefix("The official") == true)
        #expect(quote.content == "auditors had found the gap")
    }

    @Test("a long post-verbal subject with a relative clause: '…, said a handful of members who …'")
    func postVerbalSubjectWithRelativeClause() async throws {
        let quotes = try await attribute("The levy will pass easily, said a handful of council members who back the plan.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.content == "The levy will pass easily")
        #expect(quote.speaker == "a handful of council members")
    }

    @Test("'the statement said' names the statement as the source")
    func statementSaid() async throws {
        let quotes = try await attribute("The depot will close in May, the statement said.")
        #expect(quotes.first?.speaker == "the statement")
        #expect(quotes.first?.content == "The depot will close in May")
    }

    @Test("reported content stops before a new clause with its own speaker and cue")
    func contentStopsAtNextCuedClause() async throws {
        let quotes = try await attribute("Hart said the audit was routine, but she said the board wanted answers.")
        let first = try #require(quotes.first)
        #expect(first.content == "the audit was routine")
        #expect(quotes.contains { $0.content == "the board wanted answers" })
    }
}

@Suite("noun cues, group pronouns and rarely annotated verbs")
struct NounCueAndGroupTests {
    @Test("a cue noun with a possessive pronoun: 'his attacks on …'")
    func possessivePronounNounCue() async throws {
        let quotes = try await attribute("Senator Ivo Marek spoke first. The crowd cheered his attacks on the lease.")
        let quote = try #require(quotes.first { $0.cue == "attacks on" })
        #expect(quote.speaker == "his")
        #expect(quote.name == "Ivo Marek")
        #expect(quote.content == "the lease")
    }

    @Test("a cue noun with a possessive name: 'Ortiz's claim that …'")
    func possessiveNameNounCue() async throws {
        let quotes = try await attribute("Few economists accept Ortiz's claim that the harbor would pay for itself.")
        let quote = try #require(quotes.first { $0.cue == "claim that" })
        #expect(quote.speaker == "Ortiz's")
        #expect(quote.content == "that the harbor would pay for itself")
    }

    @Test("a cue noun without a possessor, or with quoted content, is left alone")
    func nounCueNeedsPossessor() async throws {
        let quotes = try await attribute("The claim that the harbor would pay for itself was never tested.")
        #expect(!quotes.contains { $0.cue == "claim that" })
    }

    @Test("'they' takes the name of the group quoted just before")
    func theyResolvesToGroup() async throws {
        let quotes = try await attribute("Party leaders said the vote would be close. They added that turnout mattered.")
        let second = try #require(quotes.first { $0.cue == "added" })
        #expect(second.speaker == "They")
        #expect(second.name == "Party leaders")
    }

    @Test("'they' after a single person stays unresolved")
    func theyAfterPersonStaysPronoun() async throws {
        let quotes = try await attribute("Senator Lena Ortiz said the vote would be close. They added that turnout mattered.")
        let second = try #require(quotes.first { $0.cue == "added" })
        #expect(second.name == "They")
    }

    @Test("plans and feelings that PolNeAR rarely annotates are not cues")
    func rarelyAnnotatedForms() async throws {
        let quotes = try await attribute("The mayor planned a trip to the coast. Voters felt the tax was too high.")
        #expect(quotes.isEmpty)
    }
}

@Suite("relative clause content")
struct RelativeClauseContentTests {
    @Test("content of a relative clause set off by commas ends at its closing comma")
    func relativeClauseEndsAtComma() async throws {
        let quotes = try await attribute("Mayor Lin, who said last week that the budget was sound, changed course on Monday.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.content == "that the budget was sound")
        #expect(quote.speaker == "who")
        #expect(quote.name == "Lin")
    }
}

@Suite("hearsay and hedged passives")
struct HearsayTests {
    @Test("'reportedly' makes the whole clause a speakerless attribution")
    func reportedly() async throws {
        let quotes = try await attribute("The ferry company had reportedly paid the fine in March.")
        let quote = try #require(quotes.first { $0.cue == "reportedly" })
        #expect(quote.content == "The ferry company had reportedly paid the fine in March")
        #expect(quote.speaker == nil)
    }

    @Test("an adverb between the auxiliary and a passive cue: 'is widely expected to …'")
    func adverbInPassive() async throws {
        let widely = try await attribute("The governor is widely expected to sign the harbor bill.")
        #expect(widely.first?.content == "to sign the harbor bill")
        #expect(widely.first?.speaker == nil)
        let negated = try await attribute("The levy is not expected to pass this year.")
        #expect(negated.first?.content == "to pass this year")
    }
}

@Suite("subjects with restrictive relative clauses and hedged cues")
struct RestrictiveRelativeTests {
    @Test("'Officials who spoke with the Herald said …': the speaker is the phrase before 'who'")
    func restrictiveRelativeInSubject() async throws {
        let quotes = try await attribute("Port officials who spoke with the Herald said the agency had become a shell.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.speaker == "Port officials")
        #expect(quote.content == "the agency had become a shell")
    }

    @Test("'X seemed to mock …': a cue verb after 'seemed to' keeps the subject as speaker")
    func seemedToCue() async throws {
        let quotes = try await attribute("Mr. Ortiz seemed to mock the governor's plan for the harbor.")
        let quote = try #require(quotes.first)
        #expect(quote.cue == "seemed to mock")
        #expect(quote.speaker == "Mr. Ortiz")
        #expect(quote.content == "the governor's plan for the harbor")
    }
}

@Suite("documents issued by a speaker")
struct IssuedDocumentTests {
    @Test("'X issued a statement saying …': the speaker is X, not the statement")
    func issuedStatementSaying() async throws {
        let quotes = try await attribute("Councillor Ivo Marek issued a statement saying that the vote should wait.")
        let quote = try #require(quotes.first { $0.cue == "saying" })
        #expect(quote.speaker == "Councillor Ivo Marek")
        #expect(quote.content == "that the vote should wait")
    }
}

@Suite("appositives holding clauses and shares of a group")
struct AppositiveClauseTests {
    @Test("an appositive relative clause may hold a that-clause: 'X, who estimated that …, said'")
    func relativeClauseWithThat() async throws {
        let quotes = try await attribute("Mr. Lund, who estimated that half the crew backed the strike, said he voted for the deal.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.name == "Lund")
        #expect(quote.content == "he voted for the deal")
    }

    @Test("an appositive with a relative 'that' after a noun: 'X, clad in a cape with lights that …, said'")
    func nounRelativeThat() async throws {
        let quotes = try await attribute("Mara Quill, clad in a cape with lights that spelled her name, said the vote could fail.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.name == "Mara Quill")
        #expect(quote.content == "the vote could fail")
    }

    @Test("a share of a group is a speaker: 'three in five said …'")
    func shareOfGroup() async throws {
        let quotes = try await attribute("Nearly three in five said they would stay home.")
        let quote = try #require(quotes.first { $0.cue == "said" })
        #expect(quote.speaker?.hasSuffix("three in five") == true)
        #expect(quote.content == "they would stay home")
    }
}

@Suite("participles after a turn, shares and polls as subjects")
struct ParticipleAndPollSubjectTests {
    @Test("'…,” X said, referring to Y': the participle takes the speaker of the turn")
    func referringToAfterTurn() async throws {
        let quotes = try await attribute("“The port was sold out,” Ortiz said on Monday, referring to the harbor board.")
        let quote = try #require(quotes.first { $0.cue == "referring to" })
        #expect(quote.speaker == "Ortiz")
        #expect(quote.content == "the harbor board")
    }

    @Test("'with three in 10 saying …': a share of a group speaks")
    func withShareSaying() async throws {
        let quotes = try await attribute("Voters shrugged, with three in 10 saying the levy would not change their vote.")
        let quote = try #require(quotes.first { $0.cue == "saying" })
        #expect(quote.speaker == "three in 10")
        #expect(quote.content == "the levy would not change their vote")
    }

    @Test("a poll as the subject of 'shows' is the speaker, and what it shows is the content")
    func pollShows() async throws {
        let quotes = try await attribute("An average of recent harbor polls shows Ortiz leading by nine points.")
        let quote = try #require(quotes.first { $0.cue == "shows" })
        #expect(quote.speaker == "An average of recent harbor polls")
        #expect(quote.content == "Ortiz leading by nine points")
    }
}

@Suite("seeing as")
struct SeeAsTests {
    @Test("'X see Y as Z' is a cue of opinion; 'see' alone is not")
    func seeAs() async throws {
        let quotes = try await attribute("Party leaders see him as an asset for the fall campaign.")
        let quote = try #require(quotes.first { $0.cue == "see" })
        #expect(quote.speaker == "Party leaders")
        #expect(quote.content == "him as an asset for the fall campaign")
        let plain = try await attribute("Visitors see the harbor from the bridge.")
        #expect(!plain.contains { $0.cue == "see" })
    }
}

@Suite("questions with an asker")
struct AskedByTests {
    @Test("'asked by X whether …': the asker is the source of the question")
    func askedBy() async throws {
        let quotes = try await attribute("On Sunday, Ortiz was asked by host Dana Reyes whether the levy would pass.")
        let quote = try #require(quotes.first { $0.cue == "asked" })
        #expect(quote.speaker == "host Dana Reyes")
        #expect(quote.content == "whether the levy would pass")
    }
}

@Suite("means clauses")
struct BySayingTests {
    @Test("'X followed that by saying, “…”': the participle after 'by' takes the subject")
    func bySaying() async throws {
        let quotes = try await attribute("Ortiz followed that by saying, “I am not a natural politician.”")
        let quote = try #require(quotes.first { $0.cue == "saying" })
        #expect(quote.speaker == "Ortiz")
        #expect(quote.kind == .direct)
        #expect(quote.content == "I am not a natural politician.")
    }
}

@Suite("role subjects for participles")
struct RoleSubjectTests {
    @Test("'The spokesman opened the meeting, saying …': a role noun subject up to its head")
    func roleNounSubject() async throws {
        let quotes = try await attribute("The spokesman opened the meeting, saying the budget was balanced.")
        let quote = try #require(quotes.first { $0.cue == "saying" })
        #expect(quote.speaker == "The spokesman")
        #expect(quote.content == "the budget was balanced")
    }

    @Test("a common-noun subject that is no role does not speak through a participle")
    func nonRoleSubject() async throws {
        let quotes = try await attribute("The storm closed the harbor, saying nothing about the season.")
        #expect(!quotes.contains { $0.cue == "saying" })
    }
}

@Suite("finding out")
struct LearnedThatTests {
    @Test("'X learned that …' is a cue; 'learned to' is not")
    func learnedThat() async throws {
        let quotes = try await attribute("Investigators learned that the server had been moved twice.")
        let quote = try #require(quotes.first { $0.cue == "learned" })
        #expect(quote.speaker == "Investigators")
        #expect(quote.content == "that the server had been moved twice")
        let skill = try await attribute("She learned to sail at the harbor.")
        #expect(skill.isEmpty)
    }
}
