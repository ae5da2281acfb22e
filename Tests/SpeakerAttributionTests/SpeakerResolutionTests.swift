import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("speaker names")
struct SpeakerResolutionTests {
    @Test("titles and roles are stripped from the name, the mention keeps them")
    func titlesStripped() async throws {
        let quotes = try await attribute("“The talks are over,” Harbor Authority spokesperson Ivo Marek said.")
        #expect(quotes.first?.speaker == "Harbor Authority spokesperson Ivo Marek")
        #expect(quotes.first?.name == "Ivo Marek")
    }

    @Test("an appositive after the name: the name comes from before the comma")
    func appositive() async throws {
        let quotes = try await attribute("Nadia Brook, the city's housing director, said rents had doubled.")
        #expect(quotes.first?.speaker == "Nadia Brook, the city's housing director")
        #expect(quotes.first?.name == "Nadia Brook")
    }

    @Test("a pronoun speaker is resolved to the most recent named person")
    func pronounResolved() async throws {
        let text = "Marcus Feld runs the shelter.\n\n“We are full every night,” he said."
        let quotes = try await attribute(text)
        #expect(quotes.first?.speaker == "he")
        #expect(quotes.first?.name == "Marcus Feld")
    }

    @Test("she skips a more recent man and finds the woman")
    func genderAgreement() async throws {
        let text = "Mrs. Alvarez met Mr. Dunn on Friday.\n\n“It went well,” she said."
        let quotes = try await attribute(text)
        #expect(quotes.first?.name == "Alvarez")
    }

    @Test("in one long paragraph a pronoun finds its person within 60 sentences, not further back")
    func pronounWindowInLongParagraph() async throws {
        let filler = (1...70).map { "The ferry ran \($0) minutes late on route \($0)." }
        let near = (["Mrs. Alvarez met the harbour board on Friday."] + filler.prefix(50) + ["“It went well,” she said."]).joined(separator: " ")
        #expect(try await attribute(near).first?.name == "Alvarez")
        let far = (["Mrs. Alvarez met the harbour board on Friday."] + filler + ["“It went well,” she said."]).joined(separator: " ")
        #expect(try await attribute(far).first?.name != "Alvarez")
    }

    @Test("a later surname-only mention gets the full name seen earlier")
    func surnameExpanded() async throws {
        let text = "Senator Ruth Calloway spoke first. Later, Calloway said the bill was dead."
        let quotes = try await attribute(text)
        #expect(quotes.first?.speaker == "Calloway")
        #expect(quotes.first?.name == "Ruth Calloway")
    }

    @Test("a role noun like 'the senator' is resolved to a named person")
    func roleNounResolved() async throws {
        let text = "Ruth Calloway voted no.\n\n“This bill is a mistake,” the senator said."
        let quotes = try await attribute(text)
        #expect(quotes.first?.speaker == "the senator")
        #expect(quotes.first?.name == "Ruth Calloway")
    }

    @Test("a pronoun with no person before it keeps the pronoun as its name")
    func unresolvedPronoun() async throws {
        let quotes = try await attribute("“It is too early to tell,” he said.")
        #expect(quotes.first?.speaker == "he")
        #expect(quotes.first?.name == "he")
    }

    @Test("pronoun resolution can be switched off")
    func resolutionOption() async throws {
        let text = "Marcus Feld runs the shelter.\n\n“We are full,” he said."
        let quotes = try await attribute(text, ["resolve-pronouns": .bool(false)])
        #expect(quotes.first?.name == "he")
    }
}

@Suite("family names")
struct FamilyNameTests {
    @Test("two people sharing a surname stay apart; a title picks the right one")
    func sharedSurname() async throws {
        let text = "Tom Reyes and his wife, Ana Reyes, arrived early.\n\n“We are grateful,” Ms. Reyes said.\n\n“So am I,” he said."
        let quotes = try await attribute(text)
        #expect(quotes.map(\.name) == ["Ana Reyes", "Tom Reyes"])
    }

    @Test("a recent speaker is preferred over a person only mentioned in passing")
    func recentSpeakerPreferred() async throws {
        let text = "“The line was long,” said Omar Haddad. He waved at Victor Lund across the hall.\n\n“I will vote anyway,” he said."
        let quotes = try await attribute(text)
        #expect(quotes.last?.name == "Omar Haddad")
    }
}

@Suite("organisation speakers")
struct OrganisationSpeakerTests {
    @Test("an organisation keeps its full name instead of a stripped last word")
    func organisationName() async throws {
        let quotes = try await attribute("The State Department said the cables were never classified.")
        #expect(quotes.first?.name == "State Department")
    }

    @Test("a name modifying a common noun does not become the speaker's name")
    func nameAsModifier() async throws {
        let quotes = try await attribute("The Okafor campaign said the ads would run in May.")
        #expect(quotes.first?.speaker == "The Okafor campaign")
        #expect(quotes.first?.name == "Okafor campaign")
    }
}

@Suite("role nouns")
struct RoleNounTests {
    @Test("a role noun prefers the person introduced with that role")
    func roleMatchesTitle() async throws {
        let text = "Governor Ilse Marr met Mayor Paul Brandt on Monday. Brandt said the talks went well. "
            + "The governor said the budget was final."
        let quotes = try await attribute(text)
        #expect(quotes.last?.speaker == "The governor")
        #expect(quotes.last?.name == "Ilse Marr")
    }

    @Test("he after a quote goes to that quote's speaker, not a person named inside the content")
    func pronounFollowsLastSpeaker() async throws {
        let text = "Spokesman Anton Vell dismissed claims of a deal between Omar Ruiz and the union as fiction. "
            + "“This is invented,” he said."
        let quotes = try await attribute(text)
        #expect(quotes.last?.name == "Anton Vell")
    }
}

@Suite("speaker phrase shapes")
struct SpeakerPhraseShapeTests {
    @Test("a quantified group is a speaker: most of them")
    func quantifiedGroup() async throws {
        let quotes = try await attribute("The plant closed in May. Most of them said the pay had been fair.")
        #expect(quotes.first?.speaker == "Most of them")
    }

    @Test("a name with an aside between dashes is the speaker")
    func dashAside() async throws {
        let quotes = try await attribute("The judge -- who had heard the case twice -- said the appeal was late.")
        #expect(quotes.first?.speaker == "The judge -- who had heard the case twice")
        #expect(quotes.first?.content == "the appeal was late")
    }

    @Test("'another' alone can be a speaker")
    func anotherAlone() async throws {
        let quotes = try await attribute("One voter was angry. Another said, “We will be fine.”")
        #expect(quotes.first?.speaker == "Another")
    }
}
