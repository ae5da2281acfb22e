import Testing
import Foundation
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

/// An invented anniversary note: the newsroom thanks its supporters and asks for nothing. The
/// rules find its thanks as an appeal block covering most of the document.
private let anniversary = """
Five years of the Millbrook Tribune

Five years ago this month, two reporters and a rented desk in the old post office published the first Millbrook Tribune story: a short piece about the library's leaking roof.

Since then we have published more than 4,000 stories, covered every school board meeting and outlived the county's last weekly paper.

None of it would exist without the people who paid for it. Our first supporters, 52 neighbors who gave $25 or $40 in the first winter, are named on a board by our front door. Today more than 2,000 readers support the Tribune each year, and some of them have given every month since the start.

To every one of you: thank you. This newsroom is yours.

Tonight we are sharing a cake with the neighbors. Tomorrow we are back at the planning committee.
"""

/// The same kind of note in German and French (invented), thanking readers whose gifts are reported, not asked for.
private let otherLanguages = [
    """
    Fünf Jahre Elbufer-Bote

    Vor fünf Jahren erschien der erste Text des Elbufer-Boten: ein kurzer Bericht über das undichte Dach der Stadtbibliothek, geschrieben an einem geliehenen Schreibtisch im alten Postamt.

    Seitdem haben wir mehr als 3.000 Artikel veröffentlicht, jede Sitzung des Stadtrats begleitet und die letzte Wochenzeitung des Landkreises überlebt.

    Nichts davon gäbe es ohne die Menschen, die uns finanzieren. Unsere ersten 48 Unterstützerinnen und Unterstützer haben im ersten Winter 20 oder 30 Euro gegeben; heute tragen mehr als 1.800 Leserinnen und Leser unsere Redaktion mit ihren Spenden, manche seit dem ersten Monat.

    Allen, die uns tragen: Danke. Ohne sie gäbe es diese Zeitung nicht.

    Heute Abend gibt es Kuchen im Büro. Morgen sitzen wir wieder im Bauausschuss.
    """,
    """
    Cinq ans du Courrier des Rives

    Il y a cinq ans, le premier article du Courrier des Rives paraissait : un court papier sur le toit qui fuyait à la médiathèque, écrit sur un bureau prêté dans l'ancienne poste.

    Depuis, nous avons publié plus de 3 000 articles, suivi chaque conseil municipal et survécu au dernier hebdomadaire du département.

    Rien de tout cela n'existerait sans celles et ceux qui nous financent. Nos 45 premiers donateurs ont donné 20 ou 30 euros le premier hiver ; aujourd'hui, plus de 1 700 lectrices et lecteurs financent notre rédaction par leurs dons, certains depuis le début.

    À celles et ceux qui nous portent : merci. Sans eux, ce journal n'existerait pas.

    Ce soir, il y a du gâteau au bureau. Demain, nous retournons au conseil municipal.
    """,
]

private func reasons(_ document: Document) -> [String?] {
    document.layers[AppealStripper.appealsLayer.name]?.arrayValue?.map { $0["reason"]?.stringValue } ?? []
}

@Test("a newsroom's letter about itself that asks the reader for nothing stays whole, listed as no-ask in the appeals layer")
func newsroomLetterWithoutAskStays() async throws {
    let document = try await strip(anniversary, rulesOnly)
    #expect(document.text == anniversary)
    #expect(document.removed.isEmpty)
    #expect(reasons(document) == [AppealStripper.unaskedReason])
    // With the check off, the rules cut its thanks.
    var off = rulesOnly
    off["require-ask"] = .double(0)
    let cut = try await strip(anniversary, off)
    #expect(cut.removed.count == 1)
    #expect(cut.removed.first?.text.contains("thank you") == true)
}

@Test("a German or French newsroom letter that reports its readers' gifts but asks for nothing stays", arguments: otherLanguages)
func newsroomLetterInOtherLanguagesStays(letter: String) async throws {
    let document = try await strip(letter, rulesOnly)
    #expect(document.text == letter)
    #expect(reasons(document) == [AppealStripper.unaskedReason])
    var off = rulesOnly
    off["require-ask"] = .double(0)
    #expect(try await strip(letter, off).removed.count == 1)
}

@Test("in a longer letter the thanks hold under half the document; the rest is in the newsroom's we, so it must ask too")
func thanksInsideLongLetterStay() async throws {
    let middle = """
    We made mistakes along the way. We misnamed a council member in our second week, we ran a flood map that was a year out of date, and we learned to print every correction at the top of the page.

    We also learned what this town reads. Our most-read story of all time is about a lost dog who walked twelve miles home; our second is the county budget, which we now explain line by line every spring.

    This year we added a second reporter for the courts and moved our office above the hardware store, where we can finally hear the town hall bells.


    """
    let marker = "None of it would exist"
    let letter = anniversary.replacingOccurrences(of: marker, with: middle + marker)
    let document = try await strip(letter, rulesOnly)
    #expect(document.text == letter)
    let entry = document.layers[AppealStripper.appealsLayer.name]?.arrayValue?.first
    #expect(entry?["reason"]?.stringValue == AppealStripper.unaskedReason)
    let length = (entry?["end"]?.intValue ?? 0) - (entry?["start"]?.intValue ?? 0)
    #expect(Double(length) < AppealStripper.defaultRequiredAskShare * Double(letter.unicodeScalars.count))
}

@Test("the same letter with a donation call is cut as an appeal")
func newsroomLetterWithCallIsCut() async throws {
    let asking = anniversary.replacingOccurrences(
        of: "This newsroom is yours.",
        with: "If you are not a supporter yet, please donate today and help us reach our next five years.")
    let document = try await strip(asking, rulesOnly)
    #expect(document.removed.map(\.reason) == ["appeal"])
    #expect(document.removed.first?.text.contains("please donate today") == true)
}

/// Invented thank-you boxes that ask for nothing, as outlets print them under an article.
private let thanksBoxes = [
    """
    A note of thanks
    The Harbour Ledger is owned by its readers. Our journalism exists because 3,000 members fund it, and we are grateful to every one of them.
    Thank you.
    """,
    """
    Das »Hafenblatt« bleibt. Dank Ihnen.
    Unser Journalismus gehört unseren Leserinnen und Lesern: 3.000 Mitglieder tragen die Redaktion. Danke!
    """,
]

@Test("a thank-you box without a call after a longer article is still cut: only a block holding most of the document must ask", arguments: thanksBoxes)
func shortThanksBoxAfterArticleIsCut(box: String) async throws {
    let article = Article.council + "\n" + Article.bridge + "\n" + Article.council
    let text = article + "\n\n" + box
    let document = try await strip(text, rulesOnly)
    #expect(document.text.hasPrefix(article))
    #expect(document.removed.map(\.text).joined().contains(box))
    // Were every block required to ask, the box would stay.
    var everyBlock = rulesOnly
    everyBlock["require-ask"] = .double(0.001)
    let kept = try await strip(text, everyBlock)
    #expect(kept.text == text)
    #expect(reasons(kept) == [AppealStripper.unaskedReason])
}

@Test("a sentence asks when it calls on the reader, opens with a call, names the reader's gift or is a button; a report of the newsroom's donations does not")
func asksTellsCallsFromReports() {
    let stripper = AppealStripper()
    func asks(_ sentence: String) -> Bool { stripper.asks(TextLine.lines(of: sentence)[0]) }
    #expect(asks("Please consider a monthly gift to keep our reporters in the field."))
    #expect(asks("Donate today and keep local news free for everyone."))
    #expect(asks("Your donation pays for the next investigation."))
    #expect(asks("Jetzt unterstützen"))
    #expect(asks("Soutenez notre rédaction dès 3 euros par mois."))
    #expect(asks("Поддержите нас, чтобы мы могли работать дальше."))
    #expect(asks("Il nous manque encore 4 000 euros : faites un don, même de 5 euros."))
    #expect(!asks("Readers who support us with donations paid for two new reporters this year."))
    #expect(!asks("Unsere ersten Unterstützer haben 20 oder 30 Euro gegeben, heute tragen 1.800 Leser die Redaktion mit ihren Spenden."))
    #expect(!asks("Printing costs rose by a third, so we moved the newsletter to Saturdays."))
    #expect(!asks("Читатели поддерживают нас пожертвованиями и помогают как волонтеры."))
    // The newsroom's voice turned to the reader asks when it pleads or names a small sum, not when it thanks or informs.
    #expect(asks("Notre campagne démarre aujourd'hui et nous comptons sur vous pour y participer."))
    #expect(asks("Even £5 of your giving keeps our reporters at work."))
    #expect(asks("If our work matters to you, please switch off your ad blocker."))
    #expect(!asks("Без вас нас бы не было."))
    #expect(!asks("If you missed it, you can find it on our site."))
    // A letter's salutation or title is a header, not a box title asking for anything.
    #expect(!asks("Dear readers,"))
    #expect(!asks("Liebe Leserinnen und Leser,"))
    #expect(!asks("Chères lectrices, chers lecteurs,"))
    #expect(!asks("A note from the editor"))
    #expect(asks("Support us"))
}

/// An invented year-in-review letter that opens with a salutation and reports, but does not ask
/// for, its members' money; the rules find it as a block over most of the document.
private let salutedLetter = """
Liebe Leserinnen und Leser,

was für ein Jahr für den Hafenkurier! Wir haben 480 Artikel veröffentlicht, jede Sitzung des Hafenausschusses begleitet und zwei Recherchen über den Verkauf städtischer Kais veröffentlicht.

Möglich gemacht haben das unsere 2.100 Mitglieder. Ihre Beiträge decken inzwischen mehr als die Hälfte unseres Budgets, den Rest tragen Stiftungen und Anzeigen. So konnten wir im Sommer einen zweiten Reporter einstellen.

Nicht alles lief rund: Unser neuer Podcast startete zwei Monate später als versprochen.

Im Februar legen wir wie jedes Jahr unseren Finanzbericht mit allen Einnahmen und Ausgaben vor.

Danke fürs Lesen, Mitdiskutieren und Kritisieren.

Herzlich,
Ihre Marta Lenz, Chefredakteurin
"""

@Test("a newsroom's year-in-review letter opening with a salutation, reporting its members' money but asking for nothing, stays whole")
func salutedLetterWithoutAskStays() async throws {
    let document = try await strip(salutedLetter, rulesOnly)
    #expect(document.text == salutedLetter)
    #expect(reasons(document) == [AppealStripper.unaskedReason])
}

/// An invented news article followed by the newsroom's year-in-review letter, which opens with a
/// salutation and asks for nothing; the letter holds under half of the document.
private let articleThenLetter = """
Harbour committee approves new ferry timetable

The harbour committee approved the new ferry timetable on Tuesday after a two-hour debate.

From March, the first ferry will leave at 5.40 a.m., twenty minutes earlier than now, the committee said. Evening crossings will run every half hour until ten.

Commuters' groups had asked for the change for three years. Their spokeswoman, Ana Roth, said the earlier crossing would let shift workers reach the hospital on time.

The operator expects about 300 more passengers a day and will add a second boat on weekday mornings, according to the committee's papers.

Dear readers,

what a year for the Harbour Courier! We published 480 stories and sat through every harbour committee meeting, this one included.

Our 2,100 members made it possible. Their dues now cover more than half of our budget, and this summer they paid for a second reporter.

Thank you for reading, arguing with us and telling us when we get it wrong.
"""

@Test("a letter opening with a salutation must ask at any length: under half the document and asking for nothing, it stays")
func salutedLetterUnderHalfStays() async throws {
    let document = try await strip(articleThenLetter, rulesOnly)
    #expect(document.text == articleThenLetter)
    #expect(reasons(document) == [AppealStripper.unaskedReason])
    // With a call it is cut.
    let asking = articleThenLetter + "Become a member today: from $5 a month.\n"
    let cut = try await strip(asking, rulesOnly).removed.first?.text.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(cut?.hasPrefix("Dear readers,") == true)
    #expect(cut?.hasSuffix("from $5 a month.") == true)
}
