import PipelineKit

/// One line standing alone between two cuts: the appeal's own remark that two passes split ("Sahan
/// Journal publishes news for and with immigrant communities." between a paywall's sign-up prompt and
/// its newsletter form). An article does not set one plain line about the medium between two appeals.
extension AppealStripper {
    /// A line between two cuts is shorter than this (code points).
    static let sandwichedPoints = 400

    /// The cuts of the lines (of `lines`, the text's lines) that stand alone between two cuts among
    /// `cuts`: a cut ends on the content line before and another (or the same) starts on the content line after,
    /// neither of them repeated chrome; the line is under ``sandwichedPoints``, is a plain line about the
    /// outlet that may sit inside a block (``AppealBlockFinder/talksAboutTheOutlet(_:)``) and carries no
    /// article evidence (``AppealBlockFinder/isPlainBody(_:)``).
    func sandwichedLineCuts(between cuts: [Cut], lines: [TextLine]) -> [Cut] {
        let spans = cuts.filter { $0.reason != RepeatedChromeFinder.reason }.map(\.span)
        guard spans.count >= 2 else { return [] }
        let content = lines.indices.filter { !lines[$0].isBlank }
        let isCut = { (k: Int) in spans.contains { $0.overlaps(lines[k].span) } }
        return content.indices.dropFirst().dropLast().compactMap { p in
            let k = content[p]
            guard !isCut(k), isCut(content[p - 1]), isCut(content[p + 1]) else { return nil }
            let e = lineEvidence(lines[k])
            guard e.points < Self.sandwichedPoints, finder.talksAboutTheOutlet(e), finder.isPlainBody(e) else { return nil }
            return Self.wholeLinesCut(k, k, in: lines, reason: "appeal")
        }
    }
}
