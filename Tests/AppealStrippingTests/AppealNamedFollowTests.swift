import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A follow call naming the outlet instead of "us": a social row's label ending with a colon, or a plug
// for one platform promising the outlet's news. Our own lines; an article's crosshead, a how-to's
// "Follow these steps:", a reporter's handle line and advice to follow an official stay.

private let story = Article.ferryStory

@Test("a follow label naming the outlet, ending with its colon, is cut between paragraphs",
      arguments: ["Follow Harbour Dispatches:", "Suivez Radio Quai Français sur :", "Follow Us :", "Folgen Sie dem Hafenblatt auf:"])
func namedFollowLabelIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: story)
}

@Test("a follow plug naming the outlet and one platform, for its news, is cut between paragraphs",
      arguments: ["Follow Harbour Now on Flipboard for up-to-the-minute headlines",
                  "Follow the Harbour Tribune on its WhatsApp Channel for breaking news and commentary.",
                  // "Us" names the newsroom as a capitalised name would.
                  "Follow us on Flipboard for the latest harbour headlines"])
func namedFollowPlugIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: story)
}

@Test("a blog's 'Follow by Email' label is cut")
func followByEmailIsCut() async throws {
    try await expectPromptCutBetweenParagraphs("Follow by Email", of: story)
}

@Test("a crosshead, a how-to's lead-in, a reporter's handle line, advice to follow an official and a capitalised title without a colon stay",
      arguments: ["Follow the Money: the terminal's $512,000 in consultancy fees",
                  "Follow these steps:",
                  "Follow Ruth Okafor on Twitter @ruthokafor.",
                  "Follow Ruth Okafor on Twitter",
                  "Follow the port authority on X for updates on the closure.",
                  "Follow Mayor Okafor on X for updates on the closure.",
                  "Follow The Leader",
                  "Follow Harbour Now on Flipboard, the mayor told residents at the meeting."])
func otherFollowLinesStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: story)
}
