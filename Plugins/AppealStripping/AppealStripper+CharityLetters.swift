import PipelineKit

/// A charity's letter or appeal that a paper prints whole ("Dear Friends, … our food bank's holiday
/// drive … we are asking for your help to reach our $250,000 goal."): its "we" is the charity's, and
/// its asks are the article. A text whose "we" names a charity as "our …" keeps the appeal blocks
/// and pitches that name no medium; an outlet's own appeal beside such a letter names its
/// journalism, newsroom or readers.
extension AppealStripper {
    /// A charity naming itself as "our …": a newsroom never calls itself so.
    static let charityNames = ByteNeedles([
        "our food bank", "our foodbank", "our pantry", "our shelter", "our hospice", "our charity", "our soup kitchen",
        "unsere tafel", "unser tierheim", "unsere suppenküche", "notre banque alimentaire", "notre refuge",
        "notre épicerie solidaire", "наш приют", "наш хоспис", "наш продуктовый банк",
    ].map { Array($0.utf8) })

    /// Whether a line (lowered, with its evidence) names a charity as "our …" (``charityNames``),
    /// neither reporting nor quoting.
    static func isCharityVoice(_ lowered: [UInt8], _ e: LineEvidence) -> Bool {
        charityNames.occurs(in: lowered) && !e.isReporting && !e.isQuotation && !e.quotesSpeech
    }

    /// Whether any unit of a text speaks as a charity (see ``isCharityVoice(_:_:)``); the units are
    /// normalised only when the text holds "our"-like words at all.
    func speaksForCharity(_ units: [ScoringUnit]) -> Bool {
        units.contains { unit in
            let line = String(unit.text)
            let lowered = TextNormalizer.normalized(line)
            return Self.charityNames.occurs(in: lowered)
                && Self.isCharityVoice(lowered, LineEvidence(line: line, normalized: lowered, matcher: matcher))
        }
    }
}
