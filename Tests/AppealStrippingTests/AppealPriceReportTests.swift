import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A paragraph alone that tells prices to nobody reports them; the same offer told to the reader is
// an appeal. Our own sentences.

private let report = """
Harbour Media extends its metered paywall to 20 more titles

The regional publisher has introduced a digital subscription model on all of its daily newspaper websites, but will keep breaking news free to read.

The titles include the Harbour Argus, the Quayside Mail and the weekly Lantern Times.

%@

Editorial director Jane Marsh said the company would keep most local news free for the foreseeable future.

She said non-subscribers would be asked to register after reading 20 articles a month.
"""

@Test("a paragraph telling prices to nobody stays in a report about a paywall")
func priceReportStays() async throws {
    let paragraph = "Readers can choose between £4.99 per month and £52 per year for unlimited access to articles, "
        + "fewer adverts, comments and a sign-up to email newsletters."
    #expect(try await strip(report.replacingOccurrences(of: "%@", with: paragraph)).removed.isEmpty)
}

@Test("the same offer told to the reader is cut")
func offerToTheReaderIsCut() async throws {
    let paragraph = "You get unlimited access to all our articles for just £4.99 per month or £52 per year, with fewer adverts, "
        + "comments and all our email newsletters. Subscribe today."
    let document = try await strip(report.replacingOccurrences(of: "%@", with: paragraph))
    #expect(document.removed.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } == [paragraph])
}

private let bericht = """
Hafenmagazin findet genug Unterstützer

Am letzten Tag ihrer Kampagne hat die Redaktion von „Hafenblick“ genug Geld beisammen.

Für 60 Euro schließen Unterstützer eine Art Jahres-Abonnement ab. Zusammen kommen so rund 90.000 Euro. Damit soll das Magazin ein Jahr lang online erscheinen.

Die Gründer wollen im Herbst mit zehn Autorinnen und Autoren beginnen, sagte ein Sprecher.
"""

@Test("a sentence inside a paragraph that tells prices to nobody stays")
func priceSentenceInAParagraphStays() async throws {
    #expect(try await strip(bericht).removed.isEmpty)
}

/// A German report about a reader-funded magazine that names it throughout.
private let magazinBericht = """
Das Hafenblatt sammelt Geld bei seinen Lesern
Das Hafenblatt erscheint seit 2020 online und beschäftigt zwei Redakteure.
Finanziert wird das Hafenblatt nach eigenen Angaben vor allem von Lesern.
%@
Im vergangenen Jahr gingen die Leserzahlen um ein Drittel zurück.
"""

@Test("a short line telling a price to nobody stays when it names what the text is about")
func subjectPriceLineStays() async throws {
    let line = "Man kann das Hafenblatt heute mit einer Spende oder einem Abo von 5 € im Monat unterstützen."
    #expect(try await strip(magazinBericht.replacingOccurrences(of: "%@", with: line), rulesOnly).removed.isEmpty)
}

@Test("the same line under a report about something else is the outlet's own call and is cut")
func ownPriceLineIsCut() async throws {
    let line = "Man kann das Hafenblatt heute mit einer Spende oder einem Abo von 5 € im Monat unterstützen."
    let document = try await strip(Article.faehrterminal + "\n" + line, rulesOnly)
    #expect(document.text == Article.faehrterminal)
}
