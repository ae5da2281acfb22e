import PipelineKit

/// Short pitches the rules pass over ("Sign up for Dispatches to get stories like this one …",
/// "Wir schenken Ihnen 4 Wochen Plus ➔"): one line or sentence carries too little evidence for a
/// block, but the learned line scorer reads its words and its neighbours'.
extension AppealStripper {
    /// The longest unit (UTF-8 bytes) the scorer alone may cut: pitches are short; a longer
    /// paragraph needs the rules' block evidence.
    static let scorerPitchBytes = 200
    /// The least rating a pitch needs on its own words (its neighbours' left out): 0.4, chosen in
    /// leave-one-fold-out runs on real probes 7–47 with growth's floor (0.8 for pitches alone
    /// cleaned 1 fewer of 452 appeal documents). When growth's floor went down to 0.25, the pitches
    /// kept this one: at 0.25 they made three more cuts on the local sets, one of them a real page's
    /// call for readers' columns, which is no appeal.
    static let pitchOwnProbability = 0.4

    /// The units the rules left alone that the scorer takes for a short pitch: at most
    /// ``scorerPitchBytes`` long, rated at least `scorerPitches` with its neighbours and at least
    /// ``pitchOwnProbability`` on its own words, with an appeal cue of its own (a call, the
    /// newsroom's voice, a priced offer or a small amount), not ending on a name's initial
    /// (``endsWithInitial(_:)``: "… — Donald J." is a sentence split inside a post's signature), and
    /// neither reporting nor quoted speech. Only those candidates are scored. Returns their indices,
    /// probabilities and the rules' scores of the units, in text order.
    /// - Parameters:
    ///   - taken: the spans the rules cut, sorted by start.
    ///   - lines: the spans (sorted by start) of the lines with an appeal cue; only their units
    ///     are read (`nil`: every unit).
    func scorerPitchUnits(in units: [ScoringUnit], of text: String, taken: [Span], candidates lines: [Span]? = nil,
                       lineModel: AppealLineModel) -> [(unit: Int, probability: Double, score: Double)] {
        guard scorerPitches > 0 else { return [] }
        let candidates: [(unit: Int, score: Double, namesMedium: Bool)] = units.indices.compactMap { u in
            guard units[u].text.utf8.count <= Self.scorerPitchBytes, !Self.overlaps(units[u].span, in: taken),
                  lines.map({ Self.overlaps(units[u].span, in: $0) }) ?? true,
                  !Self.endsWithInitial(units[u].trimmedText) else { return nil }
            let e = lineEvidence(text: String(units[u].text))
            guard e.hasAppealCue, e.speaksOwnWords, !Self.isQuoted(u, in: units, text: text) else { return nil }
            return (u, e.score, e.cues[.newsroom] > 0)
        }
        guard !candidates.isEmpty else { return [] }
        let scores = lineModel.scores(of: units, only: candidates.map(\.unit))
        let pitches = candidates.compactMap { candidate -> (unit: Int, probability: Double, score: Double, namesMedium: Bool)? in
            guard let s = scores[candidate.unit], s.probability >= scorerPitches, s.own >= Self.pitchOwnProbability
            else { return nil }
            return (candidate.unit, s.probability, candidate.score, candidate.namesMedium)
        }
        // In a charity's letter printed whole, a pitch naming no medium is the letter's (``speaksForCharity(_:)``;
        // the text is read for it only when there is such a pitch).
        let charity = pitches.contains { !$0.namesMedium } && speaksForCharity(units)
        return pitches.filter { !charity || $0.namesMedium }.map { ($0.unit, $0.probability, $0.score) }
    }

    /// How many units before a sentence an attribution with a colon still makes it quoted speech.
    static let attributedUnits = 3
    /// How far (in scalars) before and after a unit its line is read for quotation marks.
    static let quotationReach = 1_000

    /// Whether unit `u` is someone else's words: one of the ``attributedUnits`` units before it
    /// ends in an attribution and its colon ("… the editor told me:"), or, on its line, a
    /// quotation mark before it is still open or one after it closes a quotation whose opening
    /// was lost (a quoted appeal of several sentences).
    static func isQuoted(_ u: Int, in units: [ScoringUnit], text: String) -> Bool {
        for k in stride(from: u - 1, through: max(0, u - attributedUnits), by: -1)
        where opensAttributedQuotation(TextNormalizer.normalized(String(units[k].text))) {
            return true
        }
        // The line around the unit, at most ``quotationReach`` scalars each way (a run-together
        // text is one line: the scan stays linear in the text).
        let scalars = text.unicodeScalars
        let (start, end) = (units[u].text.startIndex, units[u].text.endIndex)
        let lower = scalars.index(start, offsetBy: -quotationReach, limitedBy: scalars.startIndex) ?? scalars.startIndex
        let upper = scalars.index(end, offsetBy: quotationReach, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let lineStart = scalars[lower..<start].lastIndex(of: "\n").map { scalars.index(after: $0) } ?? lower
        let lineEnd = scalars[end..<upper].firstIndex(of: "\n") ?? upper
        let before = quotationMarks(in: scalars[lineStart..<start])
        if before % 2 == 1 { return true }
        return before == 0 && quotationMarks(in: scalars[end..<lineEnd]) % 2 == 1
    }

    /// How many quotation marks (straight, curly, guillemets, low-9) a stretch of text holds.
    private static func quotationMarks(in scalars: Substring.UnicodeScalarView) -> Int {
        scalars.reduce(0) { count, scalar in
            switch scalar {
            case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{AB}", "\u{BB}": count + 1
            default: count
            }
        }
    }
}
