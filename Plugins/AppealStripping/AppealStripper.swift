import PipelineKit

/// The `appeal-stripper` stage (placeholder until its module is written).
public struct AppealStripper: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "appeal-stripper", version: "0.1.0", summary: "placeholder",
        reads: [], writes: [.text, .removed]
    ) { _, _ in AppealStripper() }

    public func process(_ document: inout Document, context: StageContext) async throws {
        throw StageError("appeal-stripper is not implemented yet")
    }
}
