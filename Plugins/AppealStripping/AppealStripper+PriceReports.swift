import PipelineKit

/// Prices told to nobody: a report of what a subscription costs ("Readers will be offered unlimited
/// access for £4.99 per month …", "Für 60 Euro schließen Unterstützer eine Art Jahres-Abonnement ab.")
/// names amounts and payment words like an offer, but addresses no reader, speaks in no newsroom
/// voice and calls nobody to act.
extension AppealStripper {
    /// A paragraph telling prices to nobody is at least this long (code points).
    static let priceReportPoints = 150

    /// Whether a paragraph tells prices to nobody (see ``tellsPricesToNobody(_:_:)``) at least
    /// ``priceReportPoints`` long. An offer of that length speaks to the reader ("… you get unlimited access for £4.99 a
    /// month"); a report names others as its subject ("Readers will be offered unlimited access for …").
    func reportsPrices(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.points >= Self.priceReportPoints && tellsPricesToNobody(line, e)
    }

    /// Whether a line or sentence names small amounts beside payment words without "you", the
    /// newsroom's "we" or voice, a header, or a call opening it or a clause ("SUBSCRIBER EXCLUSIVE:
    /// Get unlimited access … for just $1" calls).
    func tellsPricesToNobody(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.smallAmounts > 0 && e.cues[.payment] > 0 && e.secondPerson == 0 && e.firstPlural == 0
            && e.cues[.voice] + e.cues[.header] == 0 && !e.opensWithCall
            && !Self.clauses(of: line.text).contains(where: opensWithImperative)
    }
}
