import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A sale on the medium's own access on a line of its own, anywhere in the page, in five languages.
// Our own sentences; reports of a sale, and sales of anything but access, stay.

@Test("a sale on access worded as a banner is cut as a prompt between paragraphs, and stays with prompts off",
      arguments: [
          "This week, save 90% on digital access.",
          "NEW YEAR SALE: Only 99¢ for Access!",
          "NEW YEAR SALE: 99¢ for digital access",
          "Save 50% on a Harbour Post subscription today!",
          "90% off digital access this week only",
          "Nur diese Woche 90 % Rabatt auf den Digitalzugang",
          "Nur heute 50 % Rabatt auf alle Abos",
          "Cette semaine, -90 % sur l'accès numérique.",
          "Cette semaine, \u{2212}50 % sur l'accès numérique",
          "Cette semaine, 50 % de réduction sur l'abonnement",
          "Только на этой неделе скидка 90% на цифровую подписку.",
          "Только сегодня скидка 50% на доступ к сайту",
          "Лише цього тижня знижка 90% на цифрову передплату.",
          "Лише сьогодні знижка 50% на передплату",
          "Today only, save 50% on digital access",
          // A banner naming the paper and a term, past a trial offer's twelve words.
          "LABOR DAY SALE: Get full access to the Post for only $1 for 3 months",
      ])
func saleOnAccessIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: Article.council)
}

@Test("a report of a sale, a sale of anything but access, or a discount told in a sentence stays",
      arguments: [
          "The newspaper offered readers 90% off digital access this week, the publisher said.",
          "Газета на этой неделе предложила читателям скидку 90% на цифровую подписку, сообщил издатель.",
          "Bake sale: 50% of the proceeds go to the shelter!",
          "This week, save 20% on bus passes at the station.",
          "Students can save 50% on a digital subscription.",
          "Google : -50% les 6 premiers mois",
          // A banner's wording, but a report, or a sale for a charity.
          "This week, save 90% on digital access, the publisher announced.",
          "NEW YEAR SALE at the charity shop: 50% off memberships!",
          "Garage sale: access road closed!",
          "What the library offers members: 50% off digital access",
      ])
func saleReportStays(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: Article.council)
}
