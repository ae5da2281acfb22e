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
        charityNames.occurs(in: lowered) && e.speaksOwnWords
    }

    /// The block cuts that are the outlet's own: all of them, unless a unit speaks as a charity
    /// (``isCharityVoice(_:_:)``); then only those naming the medium (a unit with a newsroom word,
    /// not reporting), each from its first such unit on, so a block running on from the letter's
    /// asks into the outlet's appeal keeps the letter. (The units are read only when there is a
    /// block: most texts have none.)
    func outletsOwn(_ blocks: [(cut: Cut, score: Double)], units: [TextLine], evidence: [LineEvidence]) -> [(cut: Cut, score: Double)] {
        guard !blocks.isEmpty, units.indices.contains(where: { Self.isCharityVoice(units[$0].lowered, evidence[$0]) }) else { return blocks }
        return blocks.compactMap { block in
            guard let first = units.indices.first(where: {
                units[$0].span.overlaps(block.cut.span) && evidence[$0].cues[.newsroom] > 0 && !evidence[$0].isReporting
            }) else { return nil }
            var own = block
            own.cut.span = Span(start: max(block.cut.span.start, units[first].span.start), end: block.cut.span.end)
            return own
        }
    }

    /// Whether any scoring unit of a text speaks as a charity (see ``isCharityVoice(_:_:)``).
    func speaksForCharity(_ units: [ScoringUnit]) -> Bool {
        units.contains { unit in
            let line = String(unit.text)
            let lowered = TextNormalizer.normalized(line)
            // (The phrase is looked for before the line's evidence is read.)
            return Self.charityNames.occurs(in: lowered)
                && LineEvidence(line: line, normalized: lowered, matcher: matcher).speaksOwnWords
        }
    }
}
