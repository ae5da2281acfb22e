import Foundation
import PipelineKit
import PipelineKitTesting
import Testing
@testable import Segmentation

/// The sentences the default segmenter finds in `text`, as strings.
func sentences(_ text: String, _ segmenter: Segmenter = Segmenter()) async throws -> [String] {
    let document = try await StageHarness.run([segmenter], on: text)
    return document.texts(document.sentences)
}

/// A text and the sentences it must split into.
struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    init(_ expected: String...) {
        self.expected = expected
        self.text = expected.joined(separator: " ")
    }
    init(_ text: String, _ expected: [String]) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { text }
}

@Test("abbreviations and titles do not end sentences", arguments: [
    Case("The U.S. Senate met on Nov. 4 with Dr. Reyes and Gov. Tran present."),
    Case("Sam Ortiz Jr. joined the board of Acme Inc. last spring."),
    Case("She finished No. 2 in the race.", "It was her best result."),
    Case("They moved to the U.S.", "Then they moved back."),
    Case("The deal closed with Finch & Co.", "It was signed at noon."),
    Case("At 7 a.m. Mrs. Lee opened the shop.", "She closed it at 9 p.m.", "Mr. Lee came later."),
    Case("The bakery is on Elm St.", "The owner is Mr. Ng."),
    Case("They flew to Washington, D.C.", "The talks began."),
])
func abbreviations(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("initials stay inside names, the pronoun I can end a sentence", arguments: [
    Case("The novel by J. R. R. Tolkien sold well."),
    Case("We met Paula E. Grant at the station."),
    Case("The prize went to you and I.", "Did you hear?"),
])
func initials(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("numbers and decimals do not end sentences, a full stop after a number does", arguments: [
    Case("Prices rose 2.5 percent to $10.75 a share."),
    Case("The fund holds $300.00.", "It is enough."),
    Case("Turn to p. 12 for the chart."),
    Case("Revenue grew in 2019.", "2020 was worse."),
])
func numbers(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("ellipses end a sentence before a capital and continue it otherwise", arguments: [
    Case("We waited... and waited."),
    Case("We waited for hours…", "Nobody came."),
    Case("He hesitated....", "Then he spoke."),
    Case("It was . . . strange, she said."),
    Case("He paused… then went on."),
])
func ellipses(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("closing quotes and brackets stay with the sentence they end", arguments: [
    Case("The minister dismissed it.” He left the room."
         , ["The minister dismissed it.”", "He left the room."]),
    Case("She called it “a disgrace.” Nobody answered.", ["She called it “a disgrace.”", "Nobody answered."]),
    Case("(The vote was close.) The motion passed.", ["(The vote was close.)", "The motion passed."]),
    Case("He said 'no way.' then walked out.", ["He said 'no way.' then walked out."]),
    Case("The site moved.[3] It reopened later.", ["The site moved.[3]", "It reopened later."]),
])
func closingQuotes(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("quotes that hold several sentences split at each one; a quoted question before its speaker does not")
func multiSentenceQuotes() async throws {
    #expect(try await sentences("“We lost. We will be back,” the coach said.")
            == ["“We lost.", "We will be back,” the coach said."])
    #expect(try await sentences("“Are you sure?” Anna asked. “Yes.”") == ["“Are you sure?” Anna asked.", "“Yes.”"])
}

@Test("newspaper ''…'' quotes end sentences like other quotes")
func doubleApostropheQuotes() async throws {
    #expect(try await sentences("''It is over,'' he said. ''We go home.'' The crowd left.")
            == ["''It is over,'' he said.", "''We go home.''", "The crowd left."])
}

@Test("headlines, bylines and datelines on their own lines are sentences")
func headlines() async throws {
    let text = "Storm Hits Coast\nBy Ana Ruiz\nMonday, March 2, 2026\nWinds reached 120 km/h overnight."
    #expect(try await sentences(text)
            == ["Storm Hits Coast", "By Ana Ruiz", "Monday, March 2, 2026", "Winds reached 120 km/h overnight."])
}

@Test("acronyms are neither sentence starters nor function words")
func acronyms() async throws {
    #expect(try await sentences("Updated at 3:45 p.m. ET\nHARBOR CITY — The polls closed.")
            == ["Updated at 3:45 p.m. ET", "HARBOR CITY — The polls closed."])
}

@Test("a single newline inside a sentence is wrapped text, a blank line is a paragraph break")
func lineBreaks() async throws {
    let text = "The mayor said the plan\nwould cost more than expected, and\nThe Times agreed.\n\nA new paragraph starts here"
    let document = try await StageHarness.run([Segmenter()], on: text)
    #expect(document.texts(document.sentences)
            == ["The mayor said the plan\nwould cost more than expected, and\nThe Times agreed.", "A new paragraph starts here"])
    #expect(document.texts(document.paragraphs)
            == ["The mayor said the plan\nwould cost more than expected, and\nThe Times agreed.", "A new paragraph starts here"])
}

@Test("in a hard-wrapped paragraph a long line may break before a capitalised name")
func hardWrappedText() async throws {
    let text = """
        The council met on Tuesday evening to discuss the proposed budget for the
        coming year, and after a long debate the members thanked the acting mayor
        Ortiz for his work. The vote was unanimous.
        """
    #expect(try await sentences(text) == [
        "The council met on Tuesday evening to discuss the proposed budget for the\ncoming year, and after a long debate the members thanked the acting mayor\nOrtiz for his work.",
        "The vote was unanimous.",
    ])
    // Short lines in a paragraph without wrapping evidence stay separate.
    #expect(try await sentences("Storm Hits Coast\nBy Ana Ruiz") == ["Storm Hits Coast", "By Ana Ruiz"])
}

@Test("address blocks, salutations and lines ending in a colon stand alone")
func shortLines() async throws {
    #expect(try await sentences("12 Harbor St.\nPort Ellis, ME 04000") == ["12 Harbor St.", "Port Ellis, ME 04000"])
    #expect(try await sentences("A note from the editors:\nDear readers,\nWe need your help.")
            == ["A note from the editors:", "Dear readers,", "We need your help."])
    #expect(try await sentences("The report, which ran to forty pages and cited dozens of sources,\nWas released on Friday.")
            == ["The report, which ran to forty pages and cited dozens of sources,\nWas released on Friday."])
}

@Test("list items are sentences, whether on lines or on one line", arguments: [
    Case("1) Buy milk 2) Call home 3) Pay rent", ["1) Buy milk", "2) Call home", "3) Pay rent"]),
    Case("a. First point b. Second point", ["a. First point", "b. Second point"]),
    Case("• Apples • Pears", ["• Apples", "• Pears"]),
    Case("Bring:\n- a coat\n- boots", ["Bring:", "- a coat", "- boots"]),
    Case("1. Preheat the oven. 2. Mix the flour.", ["1. Preheat the oven.", "2. Mix the flour."]),
])
func lists(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("URLs and e-mail addresses are not split", arguments: [
    Case("Read it at https://news.example.com/a.b/c.html.", "Then reply."),
    Case("Write to press.office@example.gov.uk.", "They answer fast."),
    Case("Visit www.example.org today."),
])
func addresses(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("German, French and Russian punctuation and abbreviations", arguments: [
    Case("„Wir haben verloren.“ Der Trainer ging.", ["„Wir haben verloren.“", "Der Trainer ging."]),
    Case("Das Treffen ist am 3. Oktober in Berlin, z.B. im Rathaus."),
    Case("« C’est fini. » Il est parti.", ["« C’est fini. »", "Il est parti."]),
    Case("Vraiment ? Oui, vraiment !", ["Vraiment ?", "Oui, vraiment !"]),
    Case("Он приехал в 2010 г. в Москву.", "Там он остался."),
    Case("Это было в т.е. прошлом году.", "Потом всё изменилось."),
])
func otherLanguages(_ example: Case) async throws {
    #expect(try await sentences(example.text) == example.expected)
}

@Test("an invented news article splits as written in its fixture")
func inventedArticle() async throws {
    let text = try fixture("invented-article.txt")
    let expected = try fixture("invented-article.sentences.txt").split(separator: "\n").map(String.init)
    #expect(try await sentences(text) == expected)
}

func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
}
