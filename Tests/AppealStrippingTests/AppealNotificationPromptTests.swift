import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A prompt to switch on the outlet's notifications for its news, on a line of its own. Our own lines;
// a tip to switch on a service's warnings and a report of someone's advice stay.

private let story = Article.ferryStory

@Test("a prompt to switch on the outlet's notifications for its news is cut between paragraphs, in English and French",
      arguments: ["Turn on desktop alerts for urgent stories, live coverage, and reporting you won't find elsewhere.",
                  "Recevez nos infos en direct sur votre téléphone : activez les notifications dès maintenant.",
                  "Enable push notifications to get breaking harbour news first.",
                  // The newsroom's "our" names its own news.
                  "Activez les notifications pour ne rien manquer de nos reportages."])
func notificationPromptIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: story)
}

@Test("a tip to switch on a service's warnings and a report of such advice stay",
      arguments: ["Turn on emergency alerts in your phone's settings before the storm arrives on Friday.",
                  "Residents should enable push alerts on the county app for storm news, the sheriff said.",
                  "Allow notifications only from apps you trust, the consumer group advises."])
func otherNotificationLinesStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: story)
}
