import PipelineKit

extension AppealStripper {
    /// Fewest scoring units a cut must span for the veto to judge it: a one-line pitch gives the
    /// line scorer too little to go on.
    static let vetoedUnits = 2

    /// The cuts without the appeal blocks the learned line scorer rejects: a block of at least
    /// ``vetoedUnits`` units whose mean appeal probability is below `veto` stays in the text.
    /// Repeated chrome is never vetoed.
    func vetoed(_ cuts: [(cut: Cut, score: Double)], in text: String) -> [(cut: Cut, score: Double)] {
        guard let lineModel, veto > 0, cuts.contains(where: { $0.cut.reason == "appeal" }) else { return cuts }
        let units = ScoringUnit.units(of: text)
        let probabilities = lineModel.probabilities(of: units)
        return cuts.filter { cut, _ in
            guard cut.reason == "appeal" else { return true }
            let inside = units.indices.filter { Self.lies(units[$0].span, within: cut.span) }
            guard inside.count >= Self.vetoedUnits else { return true }
            let mean = inside.reduce(0.0) { $0 + probabilities[$1] } / Double(inside.count)
            return mean >= veto
        }
    }

    /// Whether at least half of `unit` lies inside `cut`.
    private static func lies(_ unit: Span, within cut: Span) -> Bool {
        let overlap = min(unit.end, cut.end) - max(unit.start, cut.start)
        return overlap > 0 && 2 * overlap >= unit.length
    }
}
