import PipelineKit

extension AppealStripper {
    /// Fewest scoring units a cut must span for the veto to judge it: a one-line pitch gives the
    /// line scorer too little to go on.
    static let vetoedUnits = 2

    /// Units at the edge of a kept block rated below this are left in the text. Chosen on the
    /// development sets (real probe 1, probe 2's even half, batches 29/30): 0.05–0.2 gave the
    /// same cuts on negatives; 0.1 the best F1.
    static let edgeTrim = 0.1

    /// The cuts after the learned line scorer's check of each appeal block of at least
    /// ``vetoedUnits`` units: units at either edge it rates below `edge` are left in the text
    /// (a byline or contact line the block took along), and a block whose remaining units' mean
    /// appeal probability is below `veto` stays whole. Repeated chrome is never vetoed.
    func vetoed(_ cuts: [(cut: Cut, score: Double)], in text: String) -> [(cut: Cut, score: Double)] {
        guard let lineModel, veto > 0, cuts.contains(where: { $0.cut.reason == "appeal" }) else { return cuts }
        let units = ScoringUnit.units(of: text)
        let judged = units.indices.filter { u in
            cuts.contains { $0.cut.reason == "appeal" && Self.lies(units[u].span, within: $0.cut.span) }
        }
        let probabilities = lineModel.probabilities(of: units, only: judged).map { $0 ?? 0 }
        return cuts.compactMap { found in
            guard found.cut.reason == "appeal" else { return found }
            var inside = units.indices.filter { Self.lies(units[$0].span, within: found.cut.span) }
            guard inside.count >= Self.vetoedUnits else { return found }
            let mean = inside.reduce(0.0) { $0 + probabilities[$1] } / Double(inside.count)
            if mean < veto { return nil }
            var span = found.cut.span
            while inside.count > 1, let first = inside.first, probabilities[first] < Self.edgeTrim {
                inside.removeFirst()
                span = Span(start: units[inside[0]].span.start, end: span.end)
            }
            while inside.count > 1, let last = inside.last, probabilities[last] < Self.edgeTrim {
                inside.removeLast()
                span = Span(start: span.start, end: units[inside[inside.count - 1]].span.end)
            }
            return (cut: Cut(span: span, reason: found.cut.reason), score: found.score)
        }
    }

    /// Whether at least half of `unit` lies inside `cut`.
    private static func lies(_ unit: Span, within cut: Span) -> Bool {
        let overlap = min(unit.end, cut.end) - max(unit.start, cut.start)
        return overlap > 0 && 2 * overlap >= unit.length
    }
}
