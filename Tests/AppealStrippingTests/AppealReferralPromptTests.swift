import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A newsletter's prompt to pass it on to a friend or to join its referral program. Our own lines;
// a report of forwarding, a share button and a sentence naming no friend stay.

@Test("a newsletter's referral prompt between paragraphs is cut, in three languages",
      arguments: [
          "Enjoying the Harbour Brief? Forward it to a friend.",
          "Help others discover Harbour Lookout. Consider forwarding this email to a friend.",
          "Refer a friend and get a free month",
          "Share this newsletter with a friend",
          "A reminder that if you love this newsletter you can win prizes by referring friends with your unique referral link.",
          "Ihnen gefällt dieser Newsletter? Leiten Sie ihn an Freunde weiter.",
          "Vous aimez cette lettre ? Transférez-la à un ami.",
      ])
func referralPromptIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("a report of forwarding, a share button and forwarding without a friend stay",
      arguments: [
          "Readers forwarded the letter to friends, the editor said.",
          "\"Forward it to a friend,\" said the harbour master.",
          "Share this article",
          "Forward planning for the new pier starts in May.",
          "The council will forward the complaint to the harbour board.",
      ])
func otherForwardingStays(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}
