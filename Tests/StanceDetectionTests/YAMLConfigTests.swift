import Testing
import PipelineKit
import StanceDetection

/// Stands in for the segmenter: sentences split at ". ".
private struct TestSentences: Stage {
    static let descriptor = StageDescriptor(name: "test-sentences", version: "1.0.0", summary: "test", writes: [.sentences]) { _, _ in
        TestSentences()
    }
    func process(_ doc: inout Document, context: StageContext) async throws {
        doc.sentences = document(doc.text).sentences
    }
}

@Suite("stance configured from a pipeline file")
struct YAMLConfigTests {
    let registry = StageRegistry([TestSentences.descriptor, StanceDetector.descriptor])

    @Test("targets and aliases written in YAML label their mentions")
    func yamlTargets() async throws {
        let yaml = """
            pipeline:
              - stage: test-sentences
              - stage: stance
                options:
                  targets:
                    Kremlin: [Kremlin, Moscow]
                    NATO: [NATO, the alliance]
                  min-score: 0.2
            """
        let config = try ConfigLoader(registry: registry).load(yaml: yaml, file: "stance.yaml")
        let pipeline = try await PipelineBuilder(registry: registry).build(config)
        let text = "Observers praised the alliance for its calm response. Moscow denied everything."
        let result = try await pipeline.process(Document(id: "d", text: text), index: 0, origin: "test").get()
        #expect(result.stances?.map(\.target) == ["NATO", "Kremlin"])
        #expect(result.texts(result.stances?.compactMap(\.mention)) == ["the alliance", "Moscow"])
        #expect(result.stances?.first?.label == .favor)
    }

    @Test("a wrong option type is a configuration error that names the line")
    func wrongType() throws {
        let yaml = """
            pipeline:
              - stage: test-sentences
              - stage: stance
                options:
                  min-score: high
            """
        #expect { try ConfigLoader(registry: registry).load(yaml: yaml, file: "stance.yaml") } throws: { error in
            let message = String(describing: error)
            return message.contains("stance.yaml:5") && message.contains("min-score")
        }
    }
}
