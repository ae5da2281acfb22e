import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A plug for the outlet's social accounts in prose is cut, whole or after the article's sentence on its
// line; a report, a quotation and a thanks to followers that names no platform stay. Our own lines.

@Test("a plug for the outlet's social accounts in prose is cut",
      arguments: [
          "Stay connected with the Harbour Ledger on Twitter and Instagram and like us on Facebook.",
          "Follow us for more breaking news and videos",
          "You can stay updated by following us on Facebook and Twitter.",
          "Like us on Facebook for more harbour news.",
          "Stay connected with the Harbour Ledger on Instagram.",
      ])
func followPlugIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("after the article's sentence on its line, only the plug is cut")
func followPlugAfterArticleSentenceIsCut() async throws {
    let line = "The vote on the new pier is set for March. You can stay updated by following us on Facebook and Twitter."
    let document = try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly)
    #expect(document.text == Article.inserting("The vote on the new pier is set for March.", into: Article.ferryStory))
}

@Test("a report, a quotation, another's account and a thanks naming no platform are no follow plug",
      arguments: [
          "\"Follow us on Facebook for updates,\" the sheriff's office urged residents.",
          "Fans who follow us on Instagram saw the video first, the team's coach said.",
          "The police department asked residents to follow its Facebook page for updates.",
          "We are thankful for our readers and those of you who follow us on social media.",
          "Follow the ferry's timetable for more details on the Sunday sailings.",
      ])
func otherFollowLinesAreNoPlug(line: String) {
    let plugs = AppealStripper(lineModel: nil).followPlugs(in: TextLine.lines(of: Article.inserting(line, into: Article.ferryStory)))
    #expect(plugs.whole.isEmpty && plugs.tails.isEmpty)
}
