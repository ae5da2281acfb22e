import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Run-together text (line breaks lost): sentence pieces read like the lines they were. Our own
// sentences; a hard negative beside each.

/// An article of our own, as one run-together paragraph.
private let runTogetherArticle = "Harbour works to begin in March The council said work to deepen the harbour entrance will begin in March. "
    + "Larger cargo ships will then be able to dock, the port authority said. Fishermen have been promised a temporary berth on the north quay."

@Test("in run-together text, a short answer after an appeal's closing question at the end goes with it")
func runTogetherAnswerAfterClosingQuestionGoes() async throws {
    try await expectGluedAppealCut(
        "Our newsroom is paid for by readers like you, and every gift over $20 gets a tax receipt. "
            + "We can't do this without you. Donate now Prefer to give by cheque? Find out how.",
        after: runTogetherArticle)
}

@Test("in run-together text, an article's short last sentence after a reported question stays")
func runTogetherArticleAfterQuestionStays() async throws {
    let text = runTogetherArticle + " Who will pay for the dredging? The port said it would. Work starts in May."
    let document = try await strip(text)
    #expect(document.text == text)
}

@Test("in run-together text, a newsletter title glued before 'Every Saturday … from our newsroom' goes with the box")
func runTogetherTitleBeforeOwnMediumGoes() async throws {
    try await expectGluedAppealCut(
        "Take it slow on Sunday Every Sunday, one long story from our newsroom, and nothing you have to rush. "
            + "Free, and easy to cancel. Your email Subscribe By signing up you agree to our privacy policy.",
        after: runTogetherArticle)
}

@Test("in run-together text, a headline glued before 'Every Saturday' in an article stays")
func runTogetherEverySaturdayHeadlineStays() async throws {
    let text = runTogetherArticle + " Market returns to the square Every Saturday from May the farmers' market will fill "
        + "the square again, the organisers said. Stalls cost $40 a day."
    let document = try await strip(text)
    #expect(document.text == text)
}
