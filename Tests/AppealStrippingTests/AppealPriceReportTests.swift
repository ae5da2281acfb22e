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
