import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A paragraph quoted whole, from its first mark to its last, is someone's speech: a station's pledge
// pitch quoted in a column weighs against any block around it. Our own sentences.

private let column = """
Public radio asks again

By Dana Reyes, Co-Editor

“You’re listening to Harbour FM, and this is our member drive. Everything you hear is made possible by donations from listeners like you. We depend on you. Please make a one-time donation or become a sustaining member this week to support your favorite shows.”

Last week Harbour FM held its spring member drive. It is always an awkward week: people who have not yet donated feel guilty, and we listeners who give every month wonder whether our money is enough to keep the station going.

The drive raised less than last year, the station’s manager said on Monday.
"""

@Test("a pledge pitch quoted whole in a column stays with the column's headline and byline")
func wholeQuotedPitchStays() async throws {
    let document = try await strip(column, rulesOnly)
    #expect(!document.removed.contains { $0.text.contains("Harbour FM, and this is our member drive") })
    #expect(document.text.hasPrefix("Public radio asks again\n\nBy Dana Reyes"))
}

@Test("a wholly quoted paragraph is one quotation from its first mark to its last, long enough to be speech")
func wholeQuotationShape() {
    let e = { (text: String) in LineEvidence(line: text, normalized: TextNormalizer.normalized(text), matcher: PhraseMatcher([], wholeWords: [])) }
    let speech = "“You’re listening to Harbour FM, and this is our member drive. Please make a one-time donation this week to support the shows.”"
    let twoQuotes = "“We are listening,” the host said, “and we ask you to give to Harbour FM this week so that the shows go on.”"
    let title = "“Harbour Nights” returns in May."
    for (text, whole) in [(speech, true), (twoQuotes, false), (title, false)] {
        let line = TextLine.lines(of: text)[0]
        #expect(AppealStripper.isWhollyQuoted(line, e(text)) == whole, "\(text)")
    }
}
