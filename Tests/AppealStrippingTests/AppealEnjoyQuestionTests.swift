import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A short question whether the reader enjoys the outlet's work, alone or before its call, is cut; an
// article's question, a conversation's and one followed by the article's words stay. Our own lines.

@Test("a question whether the reader enjoys the work, with the call and thanks after it, is cut",
      arguments: [
          "Enjoy Harbour Notes? Pass it on to a neighbor.",
          "Enjoy what the Harbour Ledger is up to? Chip in a few dollars. Much appreciated!",
          "Found this piece useful? Then you might want to subscribe to our weekly email.",
          "Enjoy what you read here at the Harbour Ledger?",
          // Named by "these" or a word of the medium alone.
          "Enjoying these notes? Tell a friend.",
          "Like the weekly newsletter? Tell a friend.",
      ])
func enjoyQuestionIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("an article's question, a conversation's and a question before the article's words stay",
      arguments: [
          "Found a lost dog? Call the shelter at 555-0100.",
          "Like what, your homework?",
          "Love Island fans? The show returns to the harbour in June.",
          "Enjoy the Harvest Fair? Volunteers are needed for next year's event, the organisers said.",
          "Enjoy this weather? The forecast says the rain returns on Friday, with winds from the west.",
          "\"Enjoy this place?\" the ferry captain asked the passengers as they boarded.",
          // Another party's call after it, or another party in the question.
          "Enjoy these concerts? Give to the food bank's winter drive at the door!",
          "Enjoy this food bank's concerts? Tell a friend.",
      ])
func otherEnjoyQuestionsStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("a line longer than a box's, though each sentence belongs, is not read as such a question")
func longLineWithEnjoyQuestionIsNotRead() {
    let line = "Enjoy Harbour Notes? We write it every week from the ferry terminal, and our readers pay for all of it. "
        + "Our reporters cover the port, the council and the ferry, and our editors check every figure twice. "
        + "Tell a friend about our newsletter, and give what you can to keep our reporting free for everyone."
    #expect(line.utf8.count >= AppealStripper.enjoyQuestionBytes)
    #expect(AppealStripper(lineModel: nil).enjoyQuestionLines(in: TextLine.lines(of: Article.inserting(line, into: Article.ferryStory))).isEmpty)
    #expect(AppealStripper(lineModel: nil).enjoyQuestionLines(in: TextLine.lines(of: Article.inserting("Enjoy Harbour Notes? Tell a friend.", into: Article.ferryStory))) == [2])
}

@Test("the document's first line is the headline, not such a question")
func enjoyQuestionOnFirstLineIsNotRead() {
    let lines = TextLine.lines(of: "Enjoy Harbour Notes? Pass it on to a neighbor.\n" + Article.ferryStory)
    #expect(AppealStripper(lineModel: nil).enjoyQuestionLines(in: lines).isEmpty)
}
