import Testing
import PipelineKit
@testable import StanceDetection

/// Behaviour of the bundled model on our own sentences.
@Suite("negation, contrast and clause scope with the bundled model")
struct NegationContrastTests {
    let model: StanceModel

    init() throws { model = try StanceModel.bundled() }

    func label(_ text: String, _ target: String) -> StanceLabel {
        model.classify(text, mention: span(of: target, in: text)).label
    }

    @Test("clear praise is favor, clear condemnation against, a plain report neutral")
    func basics() {
        #expect(label("The minister praised NATO for its strong and successful leadership.", "NATO") == .favor)
        #expect(label("Critics condemned the Kremlin for its brutal crackdown on protesters.", "Kremlin") == .against)
        #expect(label("The senator will visit Ohio on Monday.", "senator") == .neutral)
    }

    @Test("a negated verb of praise is no longer favor")
    func negatedPraise() {
        #expect(label("The minister praised NATO for its leadership.", "NATO") == .favor)
        #expect(label("The minister did not praise NATO for its leadership.", "NATO") != .favor)
    }

    @Test("a negation marks only the words up to the end of its clause")
    func negationScope() throws {
        var bytes = Array("They did not come, but praised NATO.".utf8)
        bytes.append(0)
        let featurizer = StanceFeaturizer(settings: StanceFeatureSettings())
        let (negated, plain) = bytes.withUnsafeBufferPointer { buffer in
            let tokens = StanceTokenizer.tokens(buffer, from: 0, to: buffer.count - 1, codePointStart: 0)
            let mention = StanceModel.tokenRange(tokens, covering: Span(start: 30, end: 34))
            return (featurizer.features(StanceInstance(tokens: tokens, mention: mention), bytes: buffer).indices,
                    tokens.map(\.hash))
        }
        _ = plain
        var other = Array("They did come, but praised NATO.".utf8)
        other.append(0)
        let reference = other.withUnsafeBufferPointer { buffer in
            let tokens = StanceTokenizer.tokens(buffer, from: 0, to: buffer.count - 1, codePointStart: 0)
            let mention = StanceModel.tokenRange(tokens, covering: Span(start: 26, end: 30))
            return featurizer.features(StanceInstance(tokens: tokens, mention: mention), bytes: buffer).indices
        }
        // "praised" after the comma is outside the negation: its clause-word feature is shared.
        let clauseFeatures = Set(negated).intersection(reference)
        #expect(clauseFeatures.count > 10)
        #expect(Set(negated) != Set(reference))
    }

    @Test("with contrast each target takes the stance of its own clause")
    func contrast() {
        let text = "Critics condemned the Kremlin, but they praised NATO for its courage."
        #expect(label(text, "Kremlin") == .against)
        #expect(label(text, "NATO") == .favor)
    }

    @Test("the stage labels two targets of one sentence differently")
    func stageContrast() async throws {
        let text = "Critics condemned the Kremlin, but they praised NATO for its courage."
        let stage = try bundledStage(["Kremlin": ["Kremlin"], "NATO": ["NATO"]])
        var doc = document(text)
        try await stage.process(&doc, context: StageContext(stageName: "stance"))
        #expect(doc.stances?.map(\.target) == ["Kremlin", "NATO"])
        #expect(doc.stances?.map(\.label) == [.against, .favor])
    }

    @Test("min-score turns weak against or favor calls into neutral")
    func minScore() async throws {
        let text = "The minister did not praise NATO for its leadership."
        let weak = model.classify(text, mention: span(of: "NATO", in: text))
        let strict = try bundledStage(["NATO": ["NATO"]], minScore: min(1, weak.score + 0.01))
        var doc = document(text)
        try await strict.process(&doc, context: StageContext(stageName: "stance"))
        #expect(doc.stances?.first?.label == .neutral)
    }
}
