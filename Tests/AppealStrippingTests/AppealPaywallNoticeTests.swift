import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A page's notice that this content is for subscribers, on a line of its own anywhere. Our own
// sentences; reports and quotations of paywalls, and "this article" restricted to anything but
// subscribers, stay.

private let artikel = Article.faehrterminal

@Test("a paywall notice between paragraphs is cut as a prompt, and a read-on line above it goes along",
      arguments: [
          "Dieser Inhalt ist exklusiv unseren Plus-Abonnenten vorbehalten.",
          "Mit Hafenblatt Plus weiterlesen\nDieser Inhalt ist exklusiv unseren Plus-Abonnenten vorbehalten. Alle Angebote im Überblick:",
          "Cet article est réservé aux abonnés.",
          "This story is only for paying subscribers.",
          // Given to a paying public, without "only".
          "This post is for paying subscribers",
          "Этот материал доступен для подписчиков.",
          "Этот материал доступен только подписчикам.",
          // Without "this", a log-in button glued after the notice settles it.
          "La lecture des articles est réservée aux abonné·es. Se connecter",
          // An e-paper's edition that requires an account.
          "Un compte abonné est requis pour lire cette édition.",
          // The content as an object, and what the reader needs for it.
          "Um diesen Artikel vollständig lesen zu können, benötigen Sie ein Abo.",
          "Le reste de ce texte est accessible aux abonnés du site.",
          "Чтобы прочитать эту статью полностью, нужно оформить подписку.",
          "Sie möchten einen kostenpflichtigen Artikel lesen? Mit Hafenblatt Plus geht es weiter.",
      ])
func paywallNoticeIsCut(box: String) async throws {
    let document = try await strip(Article.inserting(box, into: artikel), rulesOnly)
    #expect(document.text == artikel)
    // (One cut: the French notice's words make it an appeal line already; the others are prompts.)
    #expect(document.removed.count == 1)
}

@Test("reports and quotations of a paywall, and content restricted to anything but subscribers, stay",
      arguments: [
          "Die Artikel des Hafenkuriers sind seit Montag nur für Abonnenten lesbar, teilte der Verlag mit.",
          "Leser sehen nun den Hinweis „Dieser Artikel ist nur für Abonnenten“.",
          "This article is only available in German.",
          "This post is for paying subscribers, the Ledger's editor said of the new column.",
          "La lecture des articles est réservée aux abonnés depuis lundi, a indiqué la direction.",
          "Dieser Beitrag ist nur für Mitglieder des Stadtrats bestimmt, sagte die Sprecherin.",
          "Für diese Ausgabe war keine Anmeldung erforderlich, sagte die Sprecherin des Hafenfests.",
          "Wer diesen Artikel vollständig lesen will, braucht ein Abo, schrieb der Verlag seinen Lesern.",
      ])
func paywallReportsStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: artikel), rulesOnly).removed.isEmpty)
}

@Test("a read-on lead-in ending the text with a colon is cut: its offer was dropped",
      arguments: ["Pour poursuivre la lecture :", "To continue reading:", "Чтобы продолжить чтение:"])
func readOnLeadInAtTheEndIsCut(line: String) async throws {
    let document = try await strip(artikel + "\n" + line, rulesOnly)
    #expect(document.text == artikel)
}

@Test("a lead-in with text after it, and a last line ending in a colon that names no reading on, stay")
func otherReadOnLinesStay() async throws {
    #expect(try await strip(artikel + "\nDie Erklärung der Behörde lautet:", rulesOnly).removed.isEmpty)
    let middle = Article.inserting("Lire la suite :", into: artikel)
    #expect(try await strip(middle, rulesOnly).removed.isEmpty)
}

@Test("an e-paper's notice and the log-in question under it go together as a prompt")
func editionNoticeAndAccountQuestionAreCut() async throws {
    let box = "Un compte abonné est requis pour lire cette édition.\n"
        + "L'édition numérique du 3 mai est disponible aux abonnés seulement. Vous avez déjà un compte sur le site du Hafenblatt ?"
    let document = try await strip(Article.inserting(box, into: artikel), rulesOnly)
    #expect(document.text == artikel)
    #expect(document.removed.allSatisfy { $0.reason == AppealStripper.promptReason })
}

@Test("a last line sending the reader to the outlet's print issue for the rest is cut",
      arguments: ["…Read on and see the photos in this week's issue of the Harbour Weekly!",
                  "Mehr dazu lesen Sie in der aktuellen Ausgabe des Hafenblatts."])
func printIssueReadOnAtTheEndIsCut(line: String) async throws {
    let document = try await strip(artikel + "\n" + line, rulesOnly)
    #expect(document.text == artikel)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
}

@Test("a print issue named without reading on, in a report, or above more text stays",
      arguments: [
          artikel + "\nReaders' letters on the ferry appear in this week's issue.",
          artikel + "\nRead the full ruling in this week's issue, the port's lawyer told the Hafenblatt.",
          Article.inserting("Read on and see the photos in this week's issue of the Harbour Weekly!", into: artikel),
      ])
func otherPrintIssueLinesStay(text: String) async throws {
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}
