import PipelineKit

extension AppealStripper {
    /// Fewest scoring units a cut of whole lines must span for the veto to judge it: a one-line
    /// pitch gives the line scorer too little to go on (a sentence inside a longer line is judged
    /// alone, see ``vetoJudges(_:_:of:in:)``).
    static let vetoedUnits = 2
    /// Fewest code points a cut of whole lines must span for the veto to judge it: two short lines
    /// ("Support local journalism. / Donate") carry too little for the scorer too (sentences cut
    /// from a longer line are judged at any length). In leave-one-fold-out runs on real probes
    /// 7–37, 9 of the 11 vetoed blocks under 150 code points were appeals; sparing such blocks of
    /// whole lines cleaned 215 instead of 211 of 339 appeal documents at no cost to appeal-free ones
    /// (sparing any short block: 216, but more article text cut in run-together copies; 200: 218,
    /// with 153 more article characters cut).
    static let vetoedLength = 150

    /// Units at the edge of a kept block rated below this are left in the text. First chosen on the
    /// development sets (0.05–0.2 gave the same cuts on negatives; 0.1 the best F1); 0.05 since the
    /// scorer reads the lexicon's cues: in leave-one-fold-out runs on real probes 7–37 it cleaned
    /// 210 of 339 appeal documents against 204 at 0.1, at the same F1 (0.02: 213, F1 0.726 against 0.733).
    static let edgeTrim = 0.05

    /// A unit next to a kept block rated at least this is cut with it (a box's last button, a
    /// plea the rules scored too low), up to ``extensionUnits`` on each side. First chosen with a
    /// scorer trained without batches 27–30 (0.9; 0.8 cut more article text there). The rating is
    /// the one a block's mean counts (its own words' when they reach ``ownProbability`` and rate
    /// higher). 0.8 since the twenty-fourth session: over the local real probes, the held-out
    /// paraphrases, their run-on copies and the plain fixtures it cleaned 30 more appeal documents
    /// than 0.9 and cut no more article text; 0.7 cleaned 7 more than 0.8 but grew a held-out
    /// negative's cut over one more line of a relayed list of gift levels (29 characters), and 0.6
    /// also cut 54 more characters of a real probe's appeal-free page.
    static let extensionProbability = 0.8
    /// A unit taken by growth must also read as appeal text on its own words (without its
    /// neighbours'), so an article sentence between two appeals stays. First 0.8 (with a single-fit
    /// scorer trained without batches 27–30), then 0.4 once the scorer averaged 10 fits (in
    /// leave-one-fold-out runs on real probes 7–47, 266 instead of 263 of 452 appeal documents
    /// cleaned with the same article characters cut). 0.25 since the twenty-fourth session, with
    /// ``extensionProbability`` at 0.8: a box's line whose words say little alone ("Claim it", "the
    /// simplest way to stay part of it") is rated on its neighbours; over the local sets it cleaned
    /// 62 more appeal documents (real probes 1, held-out paraphrases 4, plain fixtures and their
    /// run-on copies 57) and cut no more article text; 0.1 (pitches' floor with it) cut 91 more
    /// characters of a real probe's appeal-free page. The scorer's pitches keep their own floor (``pitchOwnProbability``).
    static let extensionOwnProbability = 0.25
    /// A short line right above or below a kept block (its title, a button: see ``isTitle(_:)``) rated
    /// at least this goes with it. In leave-one-fold-out runs on real probes 7–47 this cleaned 263
    /// instead of 262 of 452 appeal documents (run-together copies: 160 instead of 159) at no cost to
    /// appeal-free documents; 0.2 and 0.7 cleaned as many on the local sets.
    static let titleProbability = 0.5
    /// Whether a unit reads as a box's title or button: at most six words and 50 code points, not
    /// ending with a full stop.
    static func isTitle(_ unit: ScoringUnit) -> Bool {
        isShortLabel(unit.trimmedText, points: 50, words: 6)
    }

    /// Whether `text` is a label rather than a sentence: not empty, at most `points` code points and
    /// `words` words, not ending with a full stop (a title, a button, a sign-off).
    static func isShortLabel(_ text: Substring, points: Int, words: Int) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.count <= points, text.last != "." else { return false }
        return text.split(whereSeparator: \.isWhitespace).count <= words
    }
    /// How many units a kept block may grow by on each side.
    static let extensionUnits = 3

    /// Of a vetoed block, the run of units whose probabilities exceed this most (summed) is its
    /// core, cut instead of nothing (see `ScoredUnits.core(of:)`). Chosen by leave-one-fold-out runs on real probes
    /// 7–37 (each fold's scorer trained without the paraphrases of its probes): 0.5, 0.6 and 0.7
    /// cleaned 203, 202 and 200 of 339 appeal documents, against 198 without cores.
    static let coreProbability = 0.5
    /// A core must hold a unit rated at least this (0.9 cleaned as many documents as 0.8).
    static let corePeakProbability = 0.8

    /// A unit whose own words (its neighbours' left out) are rated at least this counts in a
    /// block's mean with that rating when it is the higher one: an appeal set inside an article
    /// ("Поддержите нашу независимую журналистику: сделайте пожертвование сегодня." between two
    /// report sentences of one paragraph, own 0.78) was vetoed because the report's words around it
    /// pulled its rating down (0.05). Chosen on the local sets (twenty-third session): 0.7 cleaned
    /// 11 more appeal documents of the real probes, the held-out paraphrases and their run-on copies
    /// and cut no more article text there; 0.6 and 0.5 cut sentences of held-out negatives (a new
    /// outlet's donors, a charity season, a relayed fund-raising letter); 0.8 cleaned 5 fewer.
    static let ownProbability = 0.7

    /// The cuts after the learned line scorer's check of each appeal block, with the short pitches
    /// it finds where the rules found nothing (see ``scorerPitchUnits(in:of:taken:candidates:lineModel:)``; these
    /// carry their probability). A block the veto judges (``vetoJudges(_:_:of:in:)``) whose mean appeal
    /// probability is below `veto` stays whole (a unit rated at least ``ownProbability`` on its own
    /// words counts with that rating when it is higher); of a kept block, units at either edge rated
    /// below ``edgeTrim`` stay (a byline or contact line the block took along), and neighbouring units
    /// rated at least ``extensionProbability`` go with it, and then the lines of the box's rim (its
    /// header, button, sign-off or letter's closing, progress bar and form messages: ``isBoxEdgeLine(_:at:above:)``) and a short title or button
    /// next to it rated at least ``titleProbability``. Repeated chrome is never judged. The
    /// vetoed blocks come back apart, with their mean appeal probability, for the `appeals` layer.
    /// - Parameter cueLines: the lines (sorted) where short pitches may be; `nil`: anywhere.
    func judged(_ cuts: [(cut: Cut, score: Double)], cueLines: [Span]? = nil, in text: String)
        -> (kept: [(cut: Cut, score: Double, probability: Double?)], vetoed: [(cut: Cut, score: Double, probability: Double)]) {
        let found = cuts.map { (cut: $0.cut, score: $0.score, probability: Double?.none) }
        let hasAppeal = cuts.contains { $0.cut.reason == "appeal" }
        guard let lineModel, (scorerPitches > 0 && cueLines?.isEmpty != true) || (veto > 0 && hasAppeal) else { return (found, []) }
        let units = ScoringUnit.units(of: text)
        let pitches = scorerPitchUnits(in: units, of: text, taken: cuts.map(\.cut.span).sorted { $0.start < $1.start },
                                    candidates: cueLines, lineModel: lineModel)
        let pitchCuts = pitches.map { (cut: Cut(span: units[$0.unit].span, reason: "appeal"), score: $0.score, probability: Double?.some($0.probability)) }
        let cuts = (found + pitchCuts).sorted { $0.cut.span.start < $1.cut.span.start }
        guard veto > 0, cuts.contains(where: { $0.cut.reason == "appeal" }) else { return (cuts, []) }
        // The units of each appeal cut (none for the others).
        let unitsIn = cuts.map { found in
            found.cut.reason == "appeal" ? Self.units(units, within: found.cut.span) : []
        }
        let reach = Self.extensionUnits
        let near = Set(unitsIn.joined().flatMap { max(0, $0 - reach)...min(units.count - 1, $0 + reach) })
        let scores = lineModel.scores(of: units, only: near.sorted())
        let scored = ScoredUnits(units: units, scores: scores, taken: cuts.map(\.cut.span),
                                 isBoxLine: { u, above in isBoxEdgeLine(units, at: u, above: above) })
        // A box printed twice is page furniture (no article repeats a passage of several
        // sentences): it is neither vetoed nor trimmed.
        let printedTwice = Self.repeatedBlocks(unitsIn, units: units)
        var vetoed: [(cut: Cut, score: Double, probability: Double)] = []
        let kept: [(cut: Cut, score: Double, probability: Double?)] = zip(cuts.indices, zip(cuts, unitsIn)).compactMap { k, pair in
            let (found, inside) = pair
            guard found.cut.reason == "appeal", !inside.isEmpty, !printedTwice.contains(k) else { return found }
            let mean = inside.reduce(0.0) { $0 + scored.judgedProbability($1) } / Double(inside.count)
            guard Self.vetoJudges(found.cut.span, inside, of: units, in: text), mean < veto else {
                return (cut: Cut(span: scored.trimmedAndGrown(found.cut.span, units: inside), reason: found.cut.reason),
                        score: found.score, probability: found.probability)
            }
            // What reads as an appeal inside a vetoed block is still cut: the rules' block ran on
            // over teasers or article lines.
            if let core = scored.core(of: inside), let first = core.first, let last = core.last {
                return (cut: Cut(span: Span(start: units[first].span.start, end: units[last].span.end), reason: found.cut.reason),
                        score: found.score, probability: found.probability)
            }
            vetoed.append((found.cut, found.score, mean))
            return nil
        }
        return (kept, vetoed)
    }

    /// Whether the veto judges a found block (`span`, the units `inside`): sentences cut from a
    /// longer line always, even one (the rest of its paragraph is the context the scorer reads: a
    /// sentence of an article that tells the reader where to give to someone else, "You can donate
    /// online by visiting the library's website."); a block of whole lines when it spans at least
    /// ``vetoedUnits`` units and ``vetoedLength`` code points.
    ///
    /// Single sentences were first left unjudged like one-line pitches. Judging them (twentieth
    /// session, the same `veto`) left 12 more of the 666 appeal-free real probe pages 52–111
    /// untouched (630 → 642) and cut 4,496 → 3,202 article characters there, for 2 fewer of 566
    /// appeal documents cleaned; in held-out paraphrases 98–131 372 → 373 of 383 untouched, 108 → 107
    /// of 322 cleaned. Thresholds from 0.1 to 0.5 for single sentences gave nearly the same cuts.
    static func vetoJudges(_ span: Span, _ inside: [Int], of units: [ScoringUnit], in text: String) -> Bool {
        !holdsWholeLines(inside, of: units, in: text) || (inside.count >= vetoedUnits && span.end - span.start >= vetoedLength)
    }

    /// Whether the units `inside` (in order) begin and end lines of `text`: a block of whole lines,
    /// not sentences cut from a longer line (as in run-together text).
    static func holdsWholeLines(_ inside: [Int], of units: [ScoringUnit], in text: String) -> Bool {
        guard let first = inside.first, let last = inside.last else { return false }
        let scalars = text.unicodeScalars
        let start = units[first].text.startIndex, end = units[last].text.endIndex
        let beginsLine = start == scalars.startIndex || scalars[scalars.index(before: start)] == "\n"
        return beginsLine && (end == scalars.endIndex || scalars[end] == "\n")
    }

    /// A document's scoring units with the scores of those near found blocks, and the spans of
    /// all found cuts (sorted by start), for trimming and growing one block.
    private struct ScoredUnits {
        let units: [ScoringUnit]
        let scores: [(probability: Double, own: Double)?]
        let taken: [Span]
        /// Whether unit `u` reads as a line of the box right above (`true`) or below a kept block
        /// whatever the scorer says (see ``AppealStripper/isBoxEdgeLine(_:at:above:)``).
        let isBoxLine: (_ u: Int, _ above: Bool) -> Bool

        func probability(_ u: Int) -> Double { scores[u]?.probability ?? 0 }

        /// The rating unit `u` counts with in a block's mean: its probability, or its rating on its
        /// own words when that is higher and at least ``AppealStripper/ownProbability``.
        func judgedProbability(_ u: Int) -> Double {
            let own = scores[u]?.own ?? 0
            return own >= AppealStripper.ownProbability ? max(probability(u), own) : probability(u)
        }

        /// The run of units of a vetoed block that still reads as an appeal (the rules' block ran on
        /// over teasers or article lines, which pulled its mean down): the contiguous run with the
        /// largest sum of (probability − ``AppealStripper/coreProbability``), kept only if one of
        /// its units is rated at least ``AppealStripper/corePeakProbability``. `nil` when there is none.
        func core(of inside: [Int]) -> ArraySlice<Int>? {
            var best: (sum: Double, range: Range<Int>)?
            var sum = 0.0, start = 0
            for k in inside.indices {
                if sum <= 0 { sum = 0; start = k }
                sum += probability(inside[k]) - AppealStripper.coreProbability
                if sum > best?.sum ?? 0 { best = (sum, start..<(k + 1)) }
            }
            guard let best, inside[best.range].contains(where: { probability($0) >= AppealStripper.corePeakProbability })
            else { return nil }
            return inside[best.range]
        }

        /// `span` (the cut of the block of units `inside`, in order) without the units at either
        /// edge rated below ``AppealStripper/edgeTrim``, then grown over up to
        /// ``AppealStripper/extensionUnits`` neighbours on each side rated at least
        /// ``AppealStripper/extensionProbability`` (and ``AppealStripper/extensionOwnProbability``
        /// on their own words) that no other cut holds, then over up to ``AppealStripper/boxEdgeLines``
        /// lines of the box's rim (``isBoxLine``) and one short title or button
        /// (``AppealStripper/isTitle(_:)``) rated at least ``AppealStripper/titleProbability``.
        /// A trimmed side does not grow again.
        func trimmedAndGrown(_ span: Span, units inside: [Int]) -> Span {
            let own = span
            var span = span
            var kept = inside[...]
            while kept.count > 1, let first = kept.first, probability(first) < AppealStripper.edgeTrim {
                kept = kept.dropFirst()
                span = Span(start: units[kept.first!].span.start, end: span.end)
            }
            while kept.count > 1, let last = kept.last, probability(last) < AppealStripper.edgeTrim {
                kept = kept.dropLast()
                span = Span(start: span.start, end: units[kept.last!].span.end)
            }
            let reach = AppealStripper.extensionUnits
            let free = { (u: Int) in
                judgedProbability(u) >= AppealStripper.extensionProbability
                    && (scores[u]?.own ?? 0) >= AppealStripper.extensionOwnProbability
                    && !AppealStripper.overlaps(units[u].span, in: taken, other: own)
            }
            if kept.first == inside.first, let first = inside.first {
                var u = first - 1
                while u >= max(0, first - reach), free(u) { span = Span(start: units[u].span.start, end: span.end); u -= 1 }
                if let top = rimEnd(from: u, step: -1, other: own) { span = Span(start: units[top].span.start, end: span.end) }
            }
            if kept.last == inside.last, let last = inside.last {
                var u = last + 1
                while u <= min(units.count - 1, last + reach), free(u) {
                    span = Span(start: span.start, end: max(span.end, units[u].span.end)); u += 1
                }
                if let bottom = rimEnd(from: u, step: 1, other: own) { span = Span(start: span.start, end: max(span.end, units[bottom].span.end)) }
            }
            return span
        }

        /// The farthest unit of the box's rim walking from unit `start` by `step` (−1: above the
        /// block `own`, 1: below it), or `nil`: up to ``AppealStripper/boxEdgeLines`` units that no
        /// other cut holds, each a line of the rim whatever the scorer says (header, button, sign-off,
        /// progress bar, form message: ``isBoxLine``) or, once, a short title or button ("Before you
        /// go …", "Give monthly": ``AppealStripper/isTitle(_:)``) rated at least
        /// ``AppealStripper/titleProbability``.
        private func rimEnd(from start: Int, step: Int, other own: Span) -> Int? {
            var end: Int?, titled = false, u = start
            for _ in 0..<AppealStripper.boxEdgeLines {
                guard units.indices.contains(u), !AppealStripper.overlaps(units[u].span, in: taken, other: own) else { break }
                if !isBoxLine(u, step < 0) {
                    guard !titled, AppealStripper.isTitle(units[u]), probability(u) >= AppealStripper.titleProbability else { break }
                    // A title of four words or more over a date line below a block is the article's headline
                    // ("10 protesters jailed after march" / "21 November 2019"); a button is shorter ("Anzeigen Öffnen").
                    if step > 0, units.indices.contains(u + 1), units[u].trimmedText.split(whereSeparator: \.isWhitespace).count >= 4,
                       AppealStripper.isDateLine(units[u + 1].trimmedText) { break }
                    titled = true
                }
                end = u
                u += step
            }
            return end
        }
    }

    /// The blocks (indices into `blocks`, each a list of unit indices) whose units read word for
    /// word like another block's.
    private static func repeatedBlocks(_ blocks: [[Int]], units: [ScoringUnit]) -> Set<Int> {
        var seen: [[Substring]: Int] = [:]
        var repeated = Set<Int>()
        for (k, inside) in blocks.enumerated() where inside.count >= vetoedUnits {
            let texts = inside.map { units[$0].trimmedText }
            if let other = seen[texts] {
                repeated.formUnion([other, k])
            } else {
                seen[texts] = k
            }
        }
        return repeated
    }

    /// The indices of the units (sorted by start) at least half inside `cut`: a binary search to
    /// the first unit ending after the cut's start, then a walk while units start inside it.
    private static func units(_ units: [ScoringUnit], within cut: Span) -> [Int] {
        var found: [Int] = []
        var u = units.partitionPoint { $0.span.end <= cut.start }
        while u < units.count, units[u].span.start < cut.end {
            if lies(units[u].span, within: cut) { found.append(u) }
            u += 1
        }
        return found
    }

    /// Whether `span` overlaps a cut of `taken` (sorted by start) other than `own` (if given): a
    /// binary search to the last cut starting before the span's end, then a walk back while cuts
    /// could still reach into it (cuts do not nest, so their ends grow with their starts).
    static func overlaps(_ span: Span, in taken: [Span], other own: Span? = nil) -> Bool {
        var k = taken.partitionPoint { $0.start < span.end } - 1
        while k >= 0, taken[k].end > span.start {
            if taken[k] != own { return true }
            k -= 1
        }
        return false
    }

    /// Whether at least half of `unit` lies inside `cut`.
    private static func lies(_ unit: Span, within cut: Span) -> Bool {
        let overlap = min(unit.end, cut.end) - max(unit.start, cut.start)
        return overlap > 0 && 2 * overlap >= unit.length
    }
}
