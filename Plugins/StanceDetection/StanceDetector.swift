import PipelineKit

/// The `stance` stage (placeholder until its module is written).
public struct StanceDetector: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "stance", version: "0.1.0", summary: "placeholder",
        reads: [.sentences], writes: [.stances]
    ) { _, _ in StanceDetector() }

    public func process(_ document: inout Document, context: StageContext) async throws {
        throw StageError("stance is not implemented yet")
    }
}
