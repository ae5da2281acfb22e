import Testing
@testable import PipelineKit

@Suite("Runner")
struct RunnerTests {
    func documents(_ count: Int) -> [Document] {
        (0..<count).map { Document(id: "d\($0)", text: $0 % 10 == 3 ? "doc \($0) FAIL" : "doc \($0)") }
    }

    @Test("documents come out in input order although they finish out of order")
    func ordered() async throws {
        let pipeline = Pipeline(stages: [.init(name: "jitter", stage: TestStages.Jitter()), .init(name: "length", stage: TestStages.Length())])
        var source = ArraySource(documents(200).filter { !$0.text.contains("FAIL") })
        let sink = MemorySink()
        let summary = try await Runner(pipeline: pipeline, jobs: 8).run(&source, into: sink)
        #expect(sink.documents.map(\.id) == documents(200).filter { !$0.text.contains("FAIL") }.map(\.id))
        #expect(summary.written == sink.documents.count)
        #expect(sink.documents.allSatisfy { $0.layers["length"] == .int($0.length) })
    }

    @Test("at most the window of documents is held at once", arguments: [1, 3, 8])
    func bounded(jobs: Int) async throws {
        let pipeline = Pipeline(stages: [.init(name: "jitter", stage: TestStages.Jitter())])
        var source = ArraySource(documents(300))
        let runner = Runner(pipeline: pipeline, jobs: jobs)
        let summary = try await runner.run(&source, into: MemorySink())
        #expect(summary.maxInFlight <= runner.window)
        #expect(summary.maxInFlight >= 1)
        #expect(summary.documents == 300)
    }

    @Test("a failing document becomes an error record in place; the others are kept")
    func errorRecords() async throws {
        let pipeline = Pipeline(stages: [.init(name: "jitter", stage: TestStages.Jitter()), .init(name: "checker", stage: TestStages.FailOnMarker())])
        var source = ArraySource(documents(40))
        let sink = MemorySink()
        let summary = try await Runner(pipeline: pipeline, jobs: 4).run(&source, into: sink)
        #expect(summary.failed == 4)
        #expect(summary.written == 36)
        #expect(sink.errors.map(\.id) == ["d3", "d13", "d23", "d33"])
        #expect(sink.errors[0].description == "document 'd3': stage 'checker': found the FAIL marker")
    }

    @Test("a 50 MB document streams through a stage")
    func largeDocument() async throws {
        let sentence = "The council met on Tuesday. Residents protested the fee. "
        let text = String(repeating: sentence, count: 50 * 1_048_576 / sentence.utf8.count)
        let pipeline = Pipeline(stages: [.init(name: "length", stage: TestStages.Length())])
        var source = ArraySource([Document(id: "big", text: text), Document(id: "small", text: "Hi.")])
        let sink = MemorySink()
        _ = try await Runner(pipeline: pipeline, jobs: 2).run(&source, into: sink)
        #expect(sink.documents.map(\.id) == ["big", "small"])
        #expect(sink.documents[0].layers["length"] == .int(text.unicodeScalars.count))
    }
}
