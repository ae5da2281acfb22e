import Testing
@testable import PipelineKit

@Test("bench corpus: documents joined a few at a time with a blank line, and run together on request")
func benchCorpusJoinsAndRunsTogether() {
    let documents = ["One.\nTwo.", "Three.", "Four.\nFive."].enumerated().map { Document(id: "d\($0.offset)", text: $0.element) }
    let joined = BenchCorpus.reshaped(documents, joining: 2, runTogether: false)
    #expect(joined.map(\.id) == ["joined-1", "joined-2"])
    #expect(joined.map(\.text) == ["One.\nTwo.\n\nThree.", "Four.\nFive."])
    let flat = BenchCorpus.reshaped(documents, joining: 2, runTogether: true)
    #expect(flat.map(\.text) == ["One. Two.  Three.", "Four. Five."])
    let apart = BenchCorpus.reshaped(documents, joining: 1, runTogether: true)
    #expect(apart.map(\.id) == ["d0", "d1", "d2"])
    #expect(apart.map(\.text) == ["One. Two.", "Three.", "Four. Five."])
}
