import Testing
@testable import PipelineKit

@Suite("Building pipelines")
struct PipelineBuilderTests {
    let loader = ConfigLoader(registry: TestStages.registry)

    @Test("a stage whose input layer no earlier stage writes is reported with a producer")
    func missingLayer() async throws {
        let config = try loader.load(yaml: "pipeline:\n  - stage: length\n  - stage: needs-sentences\n", file: "p.yaml")
        do {
            _ = try await PipelineBuilder(registry: TestStages.registry).build(config)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors.map(\.description) == [
                "p.yaml:3:5: error: stage 'needs-sentences' reads 'sentences', which no earlier stage writes; put 'splitter' before it",
            ])
        }
    }

    @Test("the same stages in producer-first order build")
    func producerFirst() async throws {
        let config = try loader.load(yaml: "pipeline:\n  - stage: splitter\n  - stage: needs-sentences\n", file: "p.yaml")
        let pipeline = try await PipelineBuilder(registry: TestStages.registry).build(config)
        #expect(pipeline.stages.map(\.name) == ["splitter", "needs-sentences"])
    }
}
