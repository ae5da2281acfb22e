import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A short plea to the reader printed above the headline as the document's first line is cut; a headline
// (no full stop, or Title Case), a report, a long first paragraph and a two-line text stay. Our own lines.

@Test("a short plea to the reader above the headline is cut",
      arguments: [
          "The Harbour Ledger counts on its readers to keep its journalism free for everyone. Can you give a gift today?",
          "The Harbour Weekly's reporting relies on your support!",
          "We believe in local reporting that explains the why. Your gifts make it possible.",
      ])
func topPleaIsCut(plea: String) async throws {
    #expect(AppealStripper(lineModel: nil).topPleaLine(in: TextLine.lines(of: plea + "\n" + Article.ferryStory)) == 0)
    #expect(try await strip(plea + "\n" + Article.ferryStory, rulesOnly).text == Article.ferryStory)
}

@Test("a headline, a report, a long first paragraph and another's plea are no top plea",
      arguments: [
          // A headline: no full stop, or Title Case.
          "Why your gift to the Harbour Ledger matters to our reporting",
          "A Friendly Nudge: Give to Your Local Station!",
          // A report naming who gave, and a quotation.
          "Readers like you gave $2 million to the Harbour Ledger's fund drive, the paper said.",
          "\"Your gift keeps our reporting going,\" the station's letter told listeners.",
          // A long first paragraph: a lede or a letter's opening.
          "Words fall short of thanking you for standing by the Harbour Ledger all year. Your support kept our reporters on the council beat, and we hope you will give again this winter.",
          // Speaking to no one, naming no medium, or asking nothing.
          "The Harbour Ledger relies on the support of its members. Join them today!",
          "Your gift can feed a family this winter. Give today!",
          "You can read the Harbour Ledger's coverage of the vote below.",
          // A prompt's line (a newsletter, a log-in): the prompt rules read it.
          "Get the Harbour Ledger's reporting delivered to your inbox, and give what you can!",
      ])
func topLinesThatAreNoPleaStay(line: String) {
    #expect(AppealStripper(lineModel: nil).topPleaLine(in: TextLine.lines(of: line + "\n" + Article.ferryStory)) == nil)
}

@Test("a plea over a text of one more line is its whole content, not a line above a story")
func topPleaOverShortTextStays() {
    let text = "The Harbour Weekly's reporting relies on your support!\nThe city council voted on Tuesday to close the old ferry terminal."
    #expect(AppealStripper(lineModel: nil).topPleaLine(in: TextLine.lines(of: text)) == nil)
}
