import PipelineKit

/// Runs stages on short strings in tests.
public enum StageHarness {
    /// Runs `stages` in order on a document made from `text` and returns the result.
    public static func run(
        _ stages: [any Stage], on text: String, id: String = "test",
        targets: [TargetMention]? = nil
    ) async throws -> Document {
        var document = Document(id: id, text: text, targets: targets)
        for (i, stage) in stages.enumerated() {
            try await stage.process(&document, context: StageContext(stageName: "stage\(i)"))
        }
        return document
    }

    /// Runs one stage on an existing document.
    public static func run(_ stage: any Stage, on document: Document) async throws -> Document {
        var document = document
        try await stage.process(&document, context: StageContext(stageName: "stage"))
        return document
    }
}

extension Document {
    /// The texts of a list of spans, for readable test expectations.
    public func texts(_ spans: [Span]?) -> [String] {
        let index = CodePointIndex(text)
        return (spans ?? []).map { index.slice($0) }
    }
}
