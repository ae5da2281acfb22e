import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The note telling the reader which newsletter or member edition they are reading, and how to
// get it ("You're reading …", "Sie lesen …"), at the top or the end of a page. Our own sentences;
// an article speaking of what the reader is reading stays.

private let story = Article.ferryStory

private let bericht = Article.radwege

@Test("a member note naming what the reader is reading is cut at the top")
func readingFrameAtTopIsCut() async throws {
    let note = "You're reading The Quayside. For Mara Quinn's Friday letter, columns by Ned Hale and Ama Osei, "
        + "unlimited reading on the site and tickets to members-only evenings, become a member here.\n\n"
    #expect(try await strip(note + story).text == story)
}

@Test("a newsletter note naming what the reader is reading is cut at the end")
func readingFrameAtEndIsCut() async throws {
    let note = "\n\nSie lesen HAFEN.abend, den Abend-Newsletter der Hafenblatt-Redaktion. Hier geht es zur Anmeldung:"
    #expect(try await strip(bericht + note).text == bericht)
}

@Test("an article speaking of what the reader is reading stays")
func readingFrameInArticleStays() async throws {
    try await expectUntouched("""
    You are reading this because the council voted on Tuesday to close the old ferry terminal.
    Council member Ruth Okafor said the building had cost more to heat than it earned.
    Residents will be asked about a new use for the site in the spring.
    """)
    try await expectUntouched("""
    Sie lesen Zeitung am liebsten auf Papier, sagen drei von vier Befragten in Hafenstadt.
    Der Verlag will die gedruckte Ausgabe deshalb bis 2030 behalten.
    Die Abonnenten sollen im Mai nach ihren Wünschen gefragt werden.
    """)
}

@Test("where line breaks were lost, the note is cut as the first or last paragraph of the text")
func runTogetherReadingFrameIsCut() async throws {
    let storyRun = Article.runTogether(story)
    let note = "You're reading The Quayside. For Mara Quinn's Friday letter, columns by Ned Hale and Ama Osei, "
        + "unlimited reading on the site and tickets to members-only evenings, become a member here."
    #expect(try await strip(note + "  " + storyRun + "  Council member Ruth Okafor will report in May.").text
        == storyRun + "  Council member Ruth Okafor will report in May.")
    let berichtRun = Article.runTogether(bericht)
    let ending = "Sie lesen HAFEN.abend, den Abend-Newsletter der Hafenblatt-Redaktion. Hier geht es zur Anmeldung:"
    #expect(try await strip("Hafen  " + berichtRun + "  " + ending).text == "Hafen  " + berichtRun)
}

@Test("where line breaks were lost, an article paragraph speaking of what the reader reads stays")
func runTogetherReadingFrameInArticleStays() async throws {
    try await expectUntouched(Article.runTogether("""
    Zeitung bleibt gedruckt

    Sie lesen Zeitung am liebsten auf Papier, sagen drei von vier Befragten in Hafenstadt.

    Der Verlag will die gedruckte Ausgabe deshalb bis 2030 behalten. Die Abonnenten sollen im Mai gefragt werden.
    """))
}
