import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A paywall's line offering to read on with a subscription, in German, English, French and
// Ukrainian, is cut; a teaser after a colon, a quotation and a report of another paper's offer stay.
// Our own sentences.

@Test("a line offering to read on with a subscription is cut",
      arguments: [
          "Lesen Sie mit einem Abo der Hafenpost weiter.",
          "Keep reading with a subscription to the Harbour Ledger.",
          "Poursuivez votre lecture avec un abonnement à La Jetée.",
          "Читайте далі з передплатою.",
      ])
func subscriptionReadOnIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("a teaser after a colon, a quoted offer and another paper's offer stay",
      arguments: [
          "Lesen Sie weiter: Wie das Abo-Modell der Stadtwerke funktioniert, erklärt der Geschäftsführer.",
          "\"Keep reading with a subscription,\" the rival paper's page says, according to the lawsuit.",
          "Keep reading with a subscription to the Times, the senator told donors.",
          "Continue reading the report on the subscription service for bikes.",
          "Keep reading: with a subscription to the bike scheme, riders save $12 a month.",
      ])
func otherReadOnLinesStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("'Lesen Sie' reads on only with its 'weiter'")
func lesenSieNeedsWeiter() {
    let stripper = AppealStripper(lineModel: nil)
    #expect(stripper.isSubscriptionReadOn(TextLine.lines(of: "Lesen Sie mit einem Abo weiter.")[0]))
    #expect(!stripper.isSubscriptionReadOn(TextLine.lines(of: "Lesen Sie mit einem Abo alle Artikel.")[0]))
}
