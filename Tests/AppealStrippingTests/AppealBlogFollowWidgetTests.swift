import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A blog's follow widget scraped under a post: its title ("Follow My Blog") and its promise ("Get new
// content delivered directly to your inbox."), with or without a blank line between them. Our own lines;
// an article's sentence about following a blog stays.

private let story = Article.ferryStory

@Test("a blog's follow widget under the post is cut whole, with or without a blank line inside it",
      arguments: ["Follow My Blog\nGet new content delivered directly to your inbox.",
                  "Follow My Blog\n\nGet new content delivered directly to your inbox.",
                  "Follow this blog\n\nGet new posts delivered to your inbox."])
func blogFollowWidgetIsCut(widget: String) async throws {
    let document = try await strip(story + "\n\n" + widget, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == story)
    #expect(Set(document.removed.map(\.reason)) == [AppealStripper.promptReason])
    #expect(rebuild(document) == story + "\n\n" + widget)
}

@Test("a blog's follow title and its inbox promise are each cut between paragraphs")
func blogFollowLinesAreCutAlone() async throws {
    for line in ["Follow My Blog", "Follow Blog via Email", "Get new content delivered directly to your inbox."] {
        let document = try await strip(Article.inserting(line, into: story), rulesOnly)
        #expect(document.text == story, "\(line)")
        #expect(document.removed.map(\.reason) == [AppealStripper.promptReason], "\(line)")
    }
}

@Test("an article's sentences about following a blog or new content in an inbox stay",
      arguments: ["Readers who follow my blog know the ferry timetable changed twice this year.",
                  "New content from the port authority lands in your inbox every Monday, its spokesman said."])
func blogSentencesStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: story)
}
