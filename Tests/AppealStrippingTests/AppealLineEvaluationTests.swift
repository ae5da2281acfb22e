import Testing
import PipelineKit
@testable import AppealStripping

/// A document whose last two lines are a gold appeal, after two article lines.
private let article = "The council met on Tuesday.\nThe mayor said the bridge will reopen in May.\n"
private let appeal = "Support our newsroom today.\nDonate now and become a member.\n"
private let labelled = AppealLineTrainer.Example(
    id: "doc-1", text: article + appeal,
    gold: [Span(start: article.unicodeScalars.count, end: (article + appeal).unicodeScalars.count)], isNegative: false)

@Test("unit scores carry each unit's span, the scorer's probabilities and the gold label")
func unitScoresCarryGoldLabels() {
    let trusting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: 5)
    let scores = trusting.unitScores(of: labelled)
    #expect(scores.map(\.isAppeal) == [false, false, true, true])
    #expect(scores.map(\.span.start) == [0, 28, 74, 102])
    #expect(scores.allSatisfy { $0.probability > 0.99 && $0.own > 0.99 })
}

@Test("the evaluation counts agreement at the threshold, and article units of hard negatives rated appeal")
func evaluationCountsVerdicts() {
    let trusting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: 5)
    let negative = AppealLineTrainer.Example(text: article, gold: [], isNegative: true)
    let all = AppealLineEvaluation(trusting, on: [labelled, negative])
    #expect((all.truePositives, all.falsePositives, all.falseNegatives, all.trueNegatives) == (2, 4, 0, 0))
    #expect(all.negativeDocumentHits == 2)
    #expect(abs(all.precision - 2.0 / 6.0) < 1e-9 && all.recall == 1)
    let doubting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -5)
    let none = AppealLineEvaluation(doubting, on: [labelled, negative])
    #expect((none.truePositives, none.falseNegatives, none.trueNegatives) == (0, 2, 4))
    #expect(none.recall == 0 && none.f1 == 0)
}
