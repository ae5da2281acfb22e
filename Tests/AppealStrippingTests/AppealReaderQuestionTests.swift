import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A question whether the reader likes what they are reading heads the call for support after it,
// as "Did you enjoy this article?" does; the same words in an article's report stay.

@Test("a question whether the reader likes the story goes with the call after it",
      arguments: ["Like what you’re reading?", "Like what you are reading?", "Enjoying this?", "Like this story?", "Liked this story?"])
func readerQuestionGoesWithCall(question: String) async throws {
    let article = "Harbour bridge reopens after repairs\nThe bridge reopened on Monday after six weeks of work, the city said.\nEngineers replaced two cables."
    let document = try await strip(article + "\n" + question + " Consider supporting us.")
    // The question and the call may be cut one by one; only white space may stay between them.
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == article)
}

@Test("a report that visitors are enjoying this year's festival stays")
func enjoyingInReportStays() async throws {
    try await expectUntouched(Article.council + "\nVisitors are enjoying this year's festival despite the rain, and like this story of a town that kept its fair, the organisers said.")
}
