import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A box's call on a line of its own between paragraphs, the rest of the box lost in the scrape.
// Our own lines; subheadings that call for someone else, use the verb as a noun, or report a call stay.

private let article = Article.ferryStory

@Test("a short call for the medium on a line of its own between paragraphs is cut",
      arguments: ["Become a member of the Harbour News", "Support Local Journalism", "Sign Up For Our FREE Daily eNews!",
                  "🔸 Join our newsroom's circle of readers", "Subscribe to Morning on the Quays!",
                  // A name in quotation marks is no quoted speech; Ukrainian calls subscribe too.
                  "Підписуйтесь на “Пристань”",
                  // A full stop ends a call as well as a sentence.
                  "Support local journalism.", "Support Quayside Wire's journalism.", "Back the Quayside Wire.", "Join the Quayside Wire.",
                  // A name ending in a masthead's word that no other line holds.
                  "Support the Quayside Wire.", "Back the Harbour Examiner!"])
func callLineForTheMediumIsCut(line: String) async throws {
    let document = try await strip(Article.inserting(line, into: article), rulesOnly)
    #expect(document.text == article)
}

@Test("a call to subscribe to the medium by its name ends the text: cut, in Ukrainian too, with the name in quotation marks",
      arguments: ["Subscribe to Morning on the Quays!", "Підписуйтесь на “Пристань”", "Подписывайтесь на «Пристань»"])
func subscriptionCallAtTheEndIsCut(line: String) async throws {
    let document = try await strip(article + "\n" + line, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == article.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test("subheadings calling for someone else, using the verb as a noun or reporting a call stay",
      arguments: [
          Article.inserting("Support local businesses", into: article),
          Article.inserting("Help for flood victims", into: article),
          Article.inserting("Support grows for our new pier", into: article),
          Article.inserting("Support local journalism, the mayor urged.", into: article),
          Article.inserting("“Subscribe to the harbour news”, she shouted", into: article),
          Article.inserting("Support independent candidates", into: article),
          Article.inserting("Support the bond measure.", into: article),
          // A masthead's name the article speaks of: the text is about it.
          "March 4, 2009\nSupport Commons Radio\nI have listened to Commons Radio since 1994, and it needs money now.\n"
              + "Please think about sending a few dollars.",
      ])
func otherCallLinesStay(text: String) async throws {
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}
