import PipelineKit

/// A teaser for the outlet's own page about how it is funded, on a line of its own that ends in a
/// link arrow ("Did you know the Valley Ledger is a nonprofit? Learn more about our journalism »",
/// "Wir sind unabhängig und werbefrei – mehr erfahren →"): a button to the support page, written as a
/// sentence. An article's link to a related story names no funding model, or not as "our" own.
extension AppealStripper {
    /// A teaser is shorter than this (code points).
    static let fundingTeaserPoints = 160

    /// Openings of the link's own words ("learn more", "mehr erfahren", "en savoir plus", "подробнее").
    static let learnMoreWords = ByteNeedles([
        "learn more", "find out more", "find out how", "read more about us", "read more about our", "mehr erfahren",
        "erfahren sie mehr", "mehr über uns", "en savoir plus", "découvrez comment", "подробнее", "узнать больше", "узнайте больше",
    ].map { Array($0.utf8) })

    /// Words naming how a newsroom is funded or run ("nonprofit", "reader-funded", "unabhängig", "независим…").
    static let fundingModelWords = ByteNeedles([
        "nonprofit", "non-profit", "not-for-profit", "independent", "reader-funded", "reader-supported", "member-supported",
        "free to read", "donat", "gemeinnützig", "unabhängig", "werbefrei", "spenden", "indépendant", "but non lucratif",
        "sans publicité", "независим", "некоммерческ", "без рекламы", "пожертвовани",
    ].map { Array($0.utf8) })

    /// The lines (before merging) that are such a teaser: under ``fundingTeaserPoints``, ending in an
    /// arrow or chevron (``TextLine/endsWithArrow``), with a "learn more" link (``learnMoreWords``),
    /// a funding-model word (``fundingModelWords``), the newsroom's "we" or "our", and no reporting,
    /// quotation mark, third party or beneficiary.
    func fundingTeaserLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { k in
            let line = lines[k], bytes = line.lowered
            // (Most lines end in no arrow: passed over before their words are read.)
            guard line.endsWithArrow, bytes.count < 4 * Self.fundingTeaserPoints, Self.learnMoreWords.occurs(in: bytes),
                  Self.fundingModelWords.occurs(in: bytes) else { return false }
            let e = lineEvidence(line)
            // (The normaliser drops a short line's closing chevron, or writes it as a quotation mark on a longer
            // one: at most that one mark, else a quotation stands in the line.)
            return e.points < Self.fundingTeaserPoints && e.firstPlural > 0 && !e.isReporting
                && bytes.firstIndex(of: 0x22) == bytes.lastIndex(of: 0x22) && e.namesNoOtherParty
        }
    }
}
