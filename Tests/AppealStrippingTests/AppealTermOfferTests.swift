import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A subscription's trial offer on a line of its own, anywhere in the page. Our own sentences; an
// article's crossheads and sentences about prices, terms and free offers stay.

private let artikel = Article.faehrterminal

@Test("a trial offer on a line of its own between paragraphs is cut as a prompt, and stays with prompts off",
      arguments: [
          "Wir schenken Ihnen 6 Wochen Hafenblatt Digital ➔",
          "30 Tage kostenlos lesen",
          "12 Ausgaben Hafenblatt für 12 €",
          "12 Ausgaben Hafenblatt für 12 € 12 Ausgaben Hafenblatt für 12 €",
          "Try 1 month of the Harbour Post for 99¢",
          // Reading on with a hyphenated term, free.
          "Keep reading with a 7-day free trial",
          // A German offer closing with its call, as a banner.
          "Alle Artikel in Web und App 30 Tage kostenlos testen",
          // A lead-in broken off above the offer goes with it.
          "Nichts verpassen und\n30 Tage kostenlos lesen",
      ])
func trialOfferBetweenParagraphsIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: artikel)
}

@Test("crossheads and sentences about prices, terms and free offers stay",
      arguments: [
          // A crosshead about a ticket's price names no reading of the medium.
          "3 Monate für 9 Euro",
          "14 Tage kostenlos parken",
          // A hyphenated term that offers no reading.
          "Keep parking free with a 7-day permit",
          // A report about an offer (a third party, reporting) is the article's.
          "Die Zeitung bietet 4 Wochen kostenlos zum Lesen an, sagte der Verlag.",
          "2 Tage Regen kosteten die Bauern 500 €",
          // A sentence closing with the same call reports an offer.
          "Kunden können die neue Fahrplan-App 30 Tage kostenlos testen.",
          // Too long for an offer: a sentence of the article.
          "Leser können die digitale Ausgabe 30 Tage kostenlos testen und danach für 9 Euro im Monat weiterlesen, wie es hieß.",
      ])
func pricesAndTermsInTheArticleStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: artikel), rulesOnly).removed.isEmpty)
}

@Test("a line is read as one phrase printed twice only when its two halves are the same words")
func twoCopiesAreTheSameWords() {
    let twice = TextLine(span: Span(start: 0, end: 23), text: "1 Monat gratis 1 Monat gratis",
                         lowered: Array("1 monat gratis 1 monat gratis".utf8), trimmedByteCount: 29)
    #expect(AppealStripper.firstOfTwoCopies(twice)?.text == "1 Monat gratis")
    let once = TextLine(span: Span(start: 0, end: 23), text: "1 Monat gratis 2 Monat gratis",
                        lowered: Array("1 monat gratis 2 monat gratis".utf8), trimmedByteCount: 29)
    #expect(AppealStripper.firstOfTwoCopies(once) == nil)
}

@Test("a trial offer ending the text takes its broken lead-in above and its bulleted benefits below")
func trialOfferTakesLeadInAndBenefits() async throws {
    let offer = "Nichts verpassen und\n14 Tage gratis testen\n  • Jeden Artikel in der App lesen\n  • Bilder aus dem Hafen\n"
        + "  • Danach 7,99 €/Monat"
    #expect(try await strip(artikel + "\n" + offer, rulesOnly).text == artikel)
}

@Test("benefits after an offer are a bulleted list of which one item names access or the price, lines naming access each, or a form's fields")
func benefitsAfterAnOffer() {
    let stripper = AppealStripper()
    let tail = { (text: String) -> Int? in
        let lines = TextLine.lines(of: "14 Tage gratis testen\n" + text)
        return stripper.benefitTail(after: [lines[0].span], in: lines, evidence: { stripper.lineEvidence(lines[$0]) },
                                    length: lines.last!.span.end)
    }
    #expect(tail("• Jeden Artikel in der App lesen\n• Danach 7,99 €/Monat") != nil)
    #expect(tail("- Zugriff auf alle Artikel\nJederzeit kündbar") == nil)
    #expect(tail("- Zugriff auf alle Artikel\n- Unbegrenzter Zugriff in der App") != nil)
    #expect(tail("• Jeden Artikel in der App lesen\n• Bilder aus dem Hafen") == nil)
    #expect(tail("• Die Fähren fahren ab April vom neuen Pier, sagte der Sprecher.\n• Nur 2 € kostet die Fahrt.") == nil)
    // A payment form's fields left behind go along; a photo credit does not.
    #expect(tail("Montant:\n EUR") != nil)
    #expect(tail("Betrag:\n€") != nil)
    #expect(tail("Foto: Hafenamt") == nil)
    #expect(tail("Montant:\nLe port rouvre en avril.") == nil)
}

@Test("a bulleted list after a trial offer that names neither access nor a price stays")
func factBoxAfterAnOfferStays() async throws {
    let facts = "• Die Fähren fahren ab April vom neuen Pier.\n• Der Markt in der alten Halle öffnet im Juni."
    let text = Article.inserting("30 Tage kostenlos lesen", into: artikel) + "\n" + facts
    let document = try await strip(text, rulesOnly)
    #expect(document.text == artikel + "\n" + facts)
}
