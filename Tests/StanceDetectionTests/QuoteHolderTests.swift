import Testing
import PipelineKit
@testable import StanceDetection

@Suite("quotes: who holds the stance, and quotes by the target")
struct QuoteHolderTests {
    @Test("a mention inside a quote takes the quote as evidence and its speaker as holder")
    func quoteAboutTarget() async throws {
        let text = "“The Kremlin is lying and its policy is a disgrace,” said Anna Berg. She left early."
        let quote = Quote(span: span(of: "The Kremlin is lying and its policy is a disgrace,", in: text), kind: .direct,
                          cue: span(of: "said", in: text), speaker: Speaker(name: "Anna Berg", span: span(of: "Anna Berg", in: text)))
        var doc = document(text, quotes: [quote])
        try await bundledStage(["Kremlin": ["Kremlin"]]).process(&doc, context: StageContext(stageName: "stance"))
        let stance = try #require(doc.stances?.first)
        #expect(stance.holder == "Anna Berg")
        #expect(stance.span == quote.span)
        #expect(stance.label == .against)
    }

    @Test("a quote spoken by the target is not a stance about it")
    func quoteByTarget() async throws {
        let text = "The Kremlin warned that the terrible, corrupt deal was a disaster."
        let content = "the terrible, corrupt deal was a disaster"
        let quote = Quote(span: span(of: content, in: text), kind: .indirect,
                          speaker: Speaker(name: "Kremlin", span: span(of: "Kremlin", in: text)))
        let stage = try bundledStage(["Kremlin": ["Kremlin"]])
        // Without the quote layer the angry words count against the Kremlin...
        var plain = document(text)
        try await stage.process(&plain, context: StageContext(stageName: "stance"))
        #expect(plain.stances?.first?.label == .against)
        // ...with it, the Kremlin is the speaker: its own words are left out.
        var doc = document(text, quotes: [quote])
        try await stage.process(&doc, context: StageContext(stageName: "stance"))
        let stance = try #require(doc.stances?.first)
        #expect(stance.label == .neutral)
        #expect(stance.holder == nil)
        #expect(doc.texts([stance.span]) == [text])
    }

    @Test("a mention outside every quote is the author's stance")
    func authorStance() async throws {
        let text = "Observers praised NATO for its calm response. “We will wait,” an envoy said."
        let quote = Quote(span: span(of: "We will wait,", in: text), kind: .direct, cue: nil,
                          speaker: Speaker(name: "envoy", span: span(of: "an envoy", in: text)))
        var doc = document(text, quotes: [quote])
        try await bundledStage(["NATO": ["NATO"]]).process(&doc, context: StageContext(stageName: "stance"))
        #expect(doc.stances?.map(\.holder) == [nil])
        #expect(doc.texts(doc.stances?.map(\.span)) == ["Observers praised NATO for its calm response."])
    }
}
