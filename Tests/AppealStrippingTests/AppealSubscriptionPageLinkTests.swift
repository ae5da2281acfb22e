import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A line pointing the reader to the outlet's subscription, e-paper or donation page by a short
// label and the page's address is cut; another party's page, a label without an appeal word and a
// sentence giving an address stay. Our own lines.

@Test("a short label and a link to a subscription, e-paper or donation page are cut",
      arguments: [
          "Hier finden Sie das für Sie passende Abo: www.hafenpost.example/abo",
          "Hier geht es direkt zum E-Paper: https://www.hafenpost.example/e-paper/",
          "Toutes nos offres d'abonnement : https://www.lajetee.example/abonnement?source=article",
      ])
func subscriptionPageLinkIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("another party's page, a label without an appeal word and a sentence with an address stay",
      arguments: [
          "Donate to the flood victims: https://www.redcross.example/donate",
          "The county's new alerts: www.county.example/subscribe",
          "Mehr über uns: www.hafenpost.example/about",
          // A report's line ending in an address, no label introducing it.
          "Die Zeitung stellt ihr digitales Abo bis Ende Jahr um www.hafenpost.example/abo",
          "Das Abo der Stadtwerke für Fahrräder kostet zwölf Franken, wie der Gemeinderat mitteilte: www.stadtwerke.example/abo",
      ])
func otherAddressLinesStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("a subscription page is a whole path segment: '/abo' and '/e-paper/' are, '/about' and a host named 'abo' are not")
func subscriptionPathIsWholeSegment() {
    #expect(AppealStripper.hasSubscriptionPagePath(Array("https://www.hafenpost.example/abo".utf8)))
    #expect(AppealStripper.hasSubscriptionPagePath(Array("www.hafenpost.example/de/e-paper/heute".utf8)))
    #expect(AppealStripper.hasSubscriptionPagePath(Array("https://x.example/subscribe?ref=box".utf8)))
    #expect(!AppealStripper.hasSubscriptionPagePath(Array("www.hafenpost.example/about".utf8)))
    #expect(!AppealStripper.hasSubscriptionPagePath(Array("https://abo.example/news".utf8)))
}
