import PipelineKit

/// One line standing alone between two cuts: the appeal's own remark that two passes split ("Sahan
/// Journal publishes news for and with immigrant communities." between a paywall's sign-up prompt and
/// its newsletter form), or two such lines each ending a sentence (a box's slogan "Facts matter.
/// Journalism matters." over its line about the outlet), or a few bare labels (a box's button and list). An article does not set one
/// plain line about the medium, or a list of bare words, between two appeals.
extension AppealStripper {
    /// A line between two cuts is shorter than this (code points).
    static let sandwichedPoints = 400
    /// At most this many such lines stand between two cuts (a box's slogan and its line about the outlet,
    /// each ending a sentence).
    static let sandwichedLines = 2

    /// The cuts of the lines (of `lines`, the text's lines) that stand alone between two cuts among
    /// `cuts` (one, or up to ``sandwichedLines`` each ending a sentence): a cut ends on the content line before
    /// and another (or the same) starts on the content line after,
    /// neither of them repeated chrome; the line is under ``sandwichedPoints``, is a plain line about the
    /// outlet that may sit inside a block (``AppealBlockFinder/talksAboutTheOutlet(_:)``) and carries no
    /// article evidence (``AppealBlockFinder/isPlainBody(_:)``).
    func sandwichedLineCuts(between cuts: [Cut], lines: [TextLine]) -> [Cut] {
        let spans = cuts.filter { $0.reason != RepeatedChromeFinder.reason }.map(\.span)
        guard spans.count >= 2 else { return [] }
        let content = lines.indices.filter { !lines[$0].isBlank }
        let isCut = { (k: Int) in spans.contains { $0.overlaps(lines[k].span) } }
        let plainAboutOutlet = { (k: Int) in
            let e = lineEvidence(lines[k])
            return e.points < Self.sandwichedPoints && finder.talksAboutTheOutlet(e) && finder.isPlainBody(e)
        }
        // (Below a cut first line, the page's top banner, stand the headline or the lede: p ≥ 2.)
        var runs: [Cut] = []
        var p = 2
        while p + 1 < content.count {
            guard !isCut(content[p]), isCut(content[p - 1]) else { p += 1; continue }
            var q = p
            while q < content.count, q - p < Self.sandwichedLines, !isCut(content[q]), plainAboutOutlet(content[q]) { q += 1 }
            // Two lines are the box's sentences only when both end one (an episode's title over its blurb is a teaser).
            if q > p, q < content.count, isCut(content[q]), q - p == 1 || content[p..<q].allSatisfy({ lines[$0].endsSentence }) {
                runs.append(Self.wholeLinesCut(content[p], content[q - 1], in: lines, reason: "appeal"))
            }
            p = q + 1
        }
        return runs + sandwichedLabelCuts(content: content, lines: lines, isCut: isCut)
    }

    /// A box's labels between two cuts have at most this many lines ...
    static let sandwichedLabels = 6
    /// ... each of at most this many words and ``sandwichedLabelPoints`` code points, without a sentence mark.
    static let sandwichedLabelWords = 3
    /// (See ``sandwichedLabelWords``.)
    static let sandwichedLabelPoints = 30

    /// The cuts of runs of two to ``sandwichedLabels`` short labels between two cuts (a box's
    /// button and its list: "I Support / • Local / • Community / • Journalism" between its title
    /// and its plea), one of them asking or naming the medium and none a date or time: no article
    /// sets a list of bare words between two appeals.
    private func sandwichedLabelCuts(content: [Int], lines: [TextLine], isCut: (Int) -> Bool) -> [Cut] {
        let isLabel = { (k: Int) in
            Self.isShortLabel(lines[k].text[...], points: Self.sandwichedLabelPoints, words: Self.sandwichedLabelWords)
                && !lines[k].endsWithExclamationOrQuestion
        }
        var cuts: [Cut] = []
        var p = 1
        while p < content.count {
            guard !isCut(content[p]), isCut(content[p - 1]) else { p += 1; continue }
            var q = p
            while q < content.count, !isCut(content[q]), q - p < Self.sandwichedLabels, isLabel(content[q]) { q += 1 }
            // A date or time among them is the page's chrome around the article ("Thursday, April 13", "06:00"),
            // and one of them must ask or name the medium ("I Support", "• Journalism").
            let run = content[p..<q]
            if run.count >= 2, q < content.count, isCut(content[q]), !run.contains(where: { Self.isDateLine(lines[$0].text[...]) }),
               run.contains(where: { let e = lineEvidence(lines[$0]); return e.cues[.action] + e.cues[.newsroom] > 0 }) {
                cuts.append(Self.wholeLinesCut(content[p], content[q - 1], in: lines, reason: "appeal"))
            }
            p = q + 1
        }
        return cuts
    }
}
