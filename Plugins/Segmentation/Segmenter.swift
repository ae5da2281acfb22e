import PipelineKit

/// The `segmenter` stage (placeholder until its module is written).
public struct Segmenter: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "segmenter", version: "0.1.0", summary: "placeholder",
        reads: [], writes: [.paragraphs, .sentences]
    ) { _, _ in Segmenter() }

    public func process(_ document: inout Document, context: StageContext) async throws {
        throw StageError("segmenter is not implemented yet")
    }
}
