import Testing
import PipelineKit
import PipelineKitTesting
@testable import StanceDetection

@Suite("targets from the pipeline file and from the document")
struct TargetMatchingTests {
    @Test("every alias of a YAML target yields one stance record labelled with the target's name")
    func aliasesBecomeRecords() async throws {
        let text = "The Kremlin denied the report. Moscow later said talks would go on."
        let result = try await StageHarness.run(try bundledStage(["Kremlin": ["Kremlin", "Moscow"]]), on: document(text))
        let stances = try #require(result.stances)
        #expect(stances.map(\.target) == ["Kremlin", "Kremlin"])
        #expect(result.texts(stances.compactMap(\.mention)) == ["Kremlin", "Moscow"])
        #expect(result.texts(stances.map(\.span)) == ["The Kremlin denied the report.", "Moscow later said talks would go on."])
        #expect(stances.allSatisfy { $0.holder == nil && $0.targetID == nil && (0...1).contains($0.score) })
    }

    @Test("aliases match whole words only")
    func wordBounded() async throws {
        let text = "Natoya Moscowitz met NATO officials, and NATO's envoy replied."
        let result = try await StageHarness.run(try bundledStage(["NATO": ["NATO"], "Kremlin": ["Moscow"]]), on: document(text))
        #expect(result.texts(result.stances?.compactMap(\.mention)) == ["NATO", "NATO"])
    }

    @Test("an alias with capitals matches case-sensitively, a lowercase alias in any case")
    func caseAware() async throws {
        let text = "The US said it would help us. The Council met; the council voted."
        let stage = try bundledStage(["United States": ["US"], "Council": ["council"]])
        let result = try await StageHarness.run(stage, on: document(text))
        #expect(result.texts(result.stances?.compactMap(\.mention)) == ["US", "Council", "council"])
    }

    @Test("a target mention given with the document keeps its id and its text as target name")
    func documentTargets() async throws {
        let text = "Voters love the senator and admire her honesty."
        let mention = TargetMention(id: "t-7", span: span(of: "the senator", in: text))
        let result = try await StageHarness.run(try bundledStage(), on: document(text, targets: [mention]))
        let stance = try #require(result.stances?.first)
        #expect(result.stances?.count == 1)
        #expect(stance.targetID == "t-7")
        #expect(stance.target == "the senator")
        #expect(stance.mention == mention.span)
        #expect(stance.label == .favor)
    }

    @Test("a document target's label, when given, names the target")
    func documentTargetLabel() async throws {
        let text = "The senator will visit Ohio on Monday."
        let mention = TargetMention(id: "a", span: span(of: "The senator", in: text), label: "Senator Vale")
        let result = try await StageHarness.run(try bundledStage(), on: document(text, targets: [mention]))
        #expect(result.stances?.map(\.target) == ["Senator Vale"])
        #expect(result.stances?.map(\.label) == [.neutral])
    }

    @Test("a document target outside the text is an error naming the target")
    func targetOutsideText() async throws {
        let doc = document("Short text.", targets: [TargetMention(id: "far", span: Span(start: 5, end: 40))])
        await #expect { _ = try await StageHarness.run(try bundledStage(), on: doc) } throws: { error in
            String(describing: error).contains("'far'")
        }
    }

    @Test("without sentences the stage reports that the segmenter must run first")
    func needsSentences() async throws {
        await #expect(throws: StageError.self) {
            _ = try await StageHarness.run([try bundledStage(["NATO": ["NATO"]])], on: "NATO met.")
        }
    }

    @Test("offsets are code points in text with accents and curly quotes")
    func codePointOffsets() async throws {
        let text = "Über-critics in Zürich — “furious” — attacked the Kremlin’s brutal policy."
        let result = try await StageHarness.run(try bundledStage(["Kremlin": ["Kremlin"]]), on: document(text))
        let stance = try #require(result.stances?.first)
        #expect(result.texts([stance.mention!]) == ["Kremlin"])
        #expect(stance.mention == span(of: "Kremlin", in: text))
    }
}
