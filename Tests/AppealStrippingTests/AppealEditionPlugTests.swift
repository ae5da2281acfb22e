import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A plug for the outlet's digital edition on a line of its own is cut, with the link button under
// it; a report about an e-edition, a reader pointed to someone else's edition, a quotation and a
// kiosk of many papers' editions stay. Our own lines.

@Test("a call to read the outlet's digital edition is cut, its link button with it",
      arguments: ["Read this week's digital edition\nClick Here", "Lesen Sie hier das E-Paper der Hafenpost", "Lisez l'édition numérique de La Jetée"])
func editionPlugIsCut(box: String) async throws {
    #expect(try await strip(Article.inserting(box, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("a report, another's edition, a quotation and a kiosk of editions stay",
      arguments: [
          "The paper's e-edition now reaches 4,000 readers, the publisher said.",
          "Read the report in the council's digital edition of the minutes, the clerk said.",
          "\"Read this week's digital edition,\" the rival paper's ad said.",
          "Browse the newest digital editions of community-owned papers",
          "Read the food bank's digital edition of its annual report",
      ])
func otherEditionLinesStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}
