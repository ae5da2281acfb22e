import PipelineKit

/// One scoring unit of a test document with the line scorer's verdict and its gold label.
public struct UnitScore: Sendable, Equatable {
    /// Where the unit stands in the document (code points).
    public var span: Span
    /// The probability that the unit is appeal text.
    public var probability: Double
    /// That probability from the unit's own words (its neighbours' left out).
    public var own: Double
    /// Whether at least half of the unit's non-space characters lie in gold appeal spans.
    public var isAppeal: Bool
}

extension AppealLineModel {
    /// Every scoring unit of `example` with its probabilities and gold label, in text order.
    public func unitScores(of example: AppealLineTrainer.Example) -> [UnitScore] {
        let units = ScoringUnit.units(of: example.text)
        return zip(units, scores(of: units, only: units.indices)).map { unit, score in
            UnitScore(span: unit.span, probability: score?.probability ?? 0, own: score?.own ?? 0,
                      isAppeal: AppealLineTrainer.goldShare(of: unit, in: example.gold) >= 0.5)
        }
    }
}

/// Unit-level agreement of a line scorer with gold labels at one probability threshold.
public struct AppealLineEvaluation: Sendable, Equatable {
    /// Appeal units rated at least the threshold.
    public var truePositives = 0
    /// Article units rated at least the threshold.
    public var falsePositives = 0
    /// Appeal units rated below it.
    public var falseNegatives = 0
    /// Article units rated below it.
    public var trueNegatives = 0
    /// Article units of hard negatives (`kind: negative`) rated at least the threshold.
    public var negativeDocumentHits = 0

    /// Counts the verdicts on `examples` at `threshold`.
    public init(_ model: AppealLineModel, on examples: [AppealLineTrainer.Example], threshold: Double = 0.5) {
        self.init(scored: examples.map { (model.unitScores(of: $0), $0.isNegative) }, threshold: threshold)
    }

    /// Counts the verdicts on documents already scored (each with whether it is a hard negative).
    public init(scored documents: [(units: [UnitScore], isNegative: Bool)], threshold: Double = 0.5) {
        for (units, isNegative) in documents {
            for unit in units {
                switch (unit.probability >= threshold, unit.isAppeal) {
                case (true, true): truePositives += 1
                case (true, false):
                    falsePositives += 1
                    if isNegative { negativeDocumentHits += 1 }
                case (false, true): falseNegatives += 1
                case (false, false): trueNegatives += 1
                }
            }
        }
    }

    /// Share of units rated appeal that are appeal units (1 when none is rated appeal).
    public var precision: Double { Self.share(truePositives, of: truePositives + falsePositives) }
    /// Share of appeal units rated appeal (1 when there is none).
    public var recall: Double { Self.share(truePositives, of: truePositives + falseNegatives) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private static func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
}
