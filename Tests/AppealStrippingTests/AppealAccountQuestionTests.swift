import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A log-in or account question answered by its button on one line, or a short question answered by
// a sign-up. Our own sentences; an article's question about accounts, a quoted one, advice to make
// a password and a sign-up for the article's own subject stay.

@Test("a log-in or account question with its button, or a short question answered by a sign-up, is cut between paragraphs and at the end",
      arguments: [
          "Already a subscriber? Log in",
          "Not a member yet? Create a free account",
          "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture de ce texte.",
          "Toujours pas de compte ? Créez-en un",
          "Noch kein Konto? Jetzt registrieren",
          "Уже есть аккаунт? Войти",
          "Есть аккаунт на нашем сайте? Входите!",
          // Any short question answered by a sign-up that names access or points to its form.
          "P.S. First time reading? Subscribe here for free.",
          "Enjoying this story? Sign up for the Quayside Weekly newsletter.",
          "New here? Sign up at no cost.",
          // Joining answers a question whether the reader is not a member yet.
          "Log into your member account to listen to this story. Not a member? Join the crew.",
          "Pas encore membre ? Rejoignez-nous",
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
          "Есть вопросы к совету? Заходите в приёмную по вторникам.",
          "Already a member of the sailing club? Join the regatta on Friday.",
          // A sign-up of the article's own subject, a call to join, a reported call, a question answered otherwise.
          "Interested? Sign up at the library by Friday.",
          "Want to help? Join the volunteers at the food bank on Saturday.",
          "Want to help? Subscribe to the food bank's newsletter, the director said.",
          "Why did so many readers subscribe? The flood coverage, the editor believes.",
      ])
func otherAccountQuestionsStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: Article.council)
}
