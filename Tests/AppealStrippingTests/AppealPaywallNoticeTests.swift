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
          // A podcast's episode.
          "The full episode is only available to paid subscribers of Harbour Talk",
          // Given to a paying public, without "only".
          "This post is for paying subscribers",
          // A newsletter platform's paid tier.
          "This post is for paid subscribers",
          // Becoming a member to read the rest.
          "Become a Harbour Pro member to read the rest.",
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
          // What is left of the article, and the page's item.
          "Vous devez être abonné pour accéder au reste de l'article",
          "This item is available in full to subscribers.",
          // The whole of it, or the text itself, for subscribers or registered readers alone.
          "Der vollständige Artikel steht nur Abonnenten zur Verfügung.",
          "Der gesamte Beitrag ist nur für registrierte Leser sichtbar.",
          "Dieser Text ist nur mit einem Abo freigeschaltet.",
          "Der vollständige Beitrag ist für Digital-Abonnenten reserviert.",
          "Der vollständige Beitrag steht nur Abonnentinnen und Abonnenten offen.",
          "Cet article est accessible aux seuls abonnés.",
          // The whole text named as what is withheld, needed or reserved, or open to signed-in readers alone.
          "Für den ganzen Text ist ein Abonnement nötig.",
          "Den ganzen Text erhalten Sie ausschliesslich mit einem gültigen Abo.",
          "Für die vollständige Lektüre dieses Beitrags ist ein Abonnement notwendig.",
          "Den vollständigen Artikel können nur angemeldete Leserinnen und Leser öffnen.",
          "This article is reserved for digital subscribers and holders of a reader code.",
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
          "This post is for paid staff only, the union's newsletter told its members.",
          "Click here to read the rest of the governor's letter to the harbour board.",
          "La lecture des articles est réservée aux abonnés depuis lundi, a indiqué la direction.",
          "Dieser Beitrag ist nur für Mitglieder des Stadtrats bestimmt, sagte die Sprecherin.",
          "Für diese Ausgabe war keine Anmeldung erforderlich, sagte die Sprecherin des Hafenfests.",
          "Wer diesen Artikel vollständig lesen will, braucht ein Abo, schrieb der Verlag seinen Lesern.",
          "Der vollständige Bericht steht nur den Mitgliedern des Stadtrats zur Verfügung.",
          "Dieser Text ist nur mit Zustimmung der Abonnenten freigeschaltet worden, sagte der Verleger.",
          "Cet article est accessible aux seuls membres du conseil, a précisé la mairie.",
          // The whole text needed or reserved in a report, a quotation, or for someone other than subscribers.
          "Für den ganzen Artikel ist ab März ein Abonnement nötig, sagte der Geschäftsführer des Verlags.",
          "„Für den ganzen Text ist ein Abonnement nötig“, heißt es seit Montag auf der Seite des Hafenkuriers.",
          "The Ledger said the full story will be reserved for subscribers from March.",
          "The whole story is reserved for members of the rowing club, who were the only ones there.",
          "Only members of the board knew the full article would run on Sunday.",
          "Den vollständigen Text können nur angemeldete Mitglieder des Vereins einsehen, sagte der Vorstand.",
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

// Our own French article: a paid-content notice near its end, and the offer lines under it.
private let quai = """
Le quai Saint-Louis rouvre aux piétons
Après dix-huit mois de travaux, le quai Saint-Louis rouvre samedi aux piétons et aux cyclistes, a annoncé la mairie.
Les bancs et les arbres promis lors de la concertation seront installés au printemps, selon l'adjoint chargé de la voirie.
"""

@Test("a notice that the article is paid goes with the short offer lines after it to the end of the text")
func paidNoticeTakesItsOfferLines() async throws {
    let offer = "Cet article est payant.\nPour le lire, comme beaucoup d'autres, il vous faut vous abonner.\nC'est par ici.\nÀ bientôt."
    let document = try await strip(quai + "\n" + offer, rulesOnly)
    // (The line break before the notice stays: the notice and its offer lines are cut line by line.)
    #expect(document.text.trimmingCharacters(in: .newlines) == quai)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
    #expect(document.removed.first?.text.trimmingCharacters(in: .newlines) == offer)
}

@Test("a notice's offer lines stop at an article line: a notice at the top leaves the article, a closing note stays")
func paidNoticeLeavesTheArticle() async throws {
    let top = "Cet article est payant.\n" + quai
    #expect(try await strip(top, rulesOnly).text == quai)
    let note = "Tribune parue dans le Courrier du Quai du 3 mai 2024"
    let closing = quai + "\nCet article est payant.\n" + note
    #expect(try await strip(closing, rulesOnly).text == quai + "\n" + note)
}

@Test("a bare label for subscribers or members only is cut, in four languages",
      arguments: ["Nur für Abonnenten", "Subscribers only", "Exclusivité abonnés ", "Только для подписчиков"])
func subscriberOnlyLabelIsCut(label: String) async throws {
    #expect(try await strip(Article.inserting(label, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("a sentence restricting something else to members, and a label inside a longer line, stay",
      arguments: ["The new pool is for members only, the council said.", "Members only: the club's annual ferry trip sold out"])
func otherMembersOnlyLinesStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("a subscriber label is compared whole, trailing spaces normalised away, up to its longest Cyrillic form")
func subscriberLabelIsComparedWhole() {
    #expect(AppealStripper.isPaidLabel(TextLine.lines(of: "Exclusivité abonnés  ")[0]))
    #expect(AppealStripper.isPaidLabel(TextLine.lines(of: "Лише для передплатників")[0]))
    #expect(!AppealStripper.isPaidLabel(TextLine.lines(of: "Subscribers only pay less")[0]))
}
