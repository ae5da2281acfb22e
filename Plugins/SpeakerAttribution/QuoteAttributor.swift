import PipelineKit

/// The `speaker-attribution` stage (placeholder until its module is written).
public struct QuoteAttributor: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "speaker-attribution", version: "0.1.0", summary: "placeholder",
        reads: [.sentences, .paragraphs], writes: [.quotes]
    ) { _, _ in QuoteAttributor() }

    public func process(_ document: inout Document, context: StageContext) async throws {
        throw StageError("speaker-attribution is not implemented yet")
    }
}
