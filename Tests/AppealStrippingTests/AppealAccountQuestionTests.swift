import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A log-in or account question answered by its button on one line. Our own sentences; an
// article's question about accounts, a quoted one and advice to make a password stay.

@Test("a log-in or account question with its button is cut between paragraphs and at the end, in four languages",
      arguments: [
          "Already a subscriber? Log in",
          "Not a member yet? Create a free account",
          "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture de ce texte.",
          "Toujours pas de compte ? Créez-en un",
          "Noch kein Konto? Jetzt registrieren",
          "Уже есть аккаунт? Войти",
      ])
func accountQuestionIsCut(line: String) async throws {
    let between = try await strip(Article.inserting(line, into: Article.council), rulesOnly)
    #expect(between.text == Article.council)
    #expect(between.removed.map(\.reason) == [AppealStripper.promptReason])
    #expect(try await strip(Article.council + "\n" + line, rulesOnly).text == Article.council)
}

@Test("an article's question about accounts or members, a quoted one and advice that is no button stay",
      arguments: [
          "Have an account with the county? Create a new password before March.",
          "Already a member of the sailing club? Register your boat by Friday, the harbour master said.",
          "\"Already a subscriber? Log in,\" read the banner the council put on its new portal.",
          "Why did the council member resign? Nobody has said.",
      ])
func otherAccountQuestionsStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: Article.council)
}
