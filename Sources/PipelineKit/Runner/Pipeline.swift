/// Built stages in order, ready to run: immutable and shared by all concurrent documents.
public struct Pipeline: Sendable {
    /// A stage with the name it has in the pipeline file.
    public struct NamedStage: Sendable {
        /// The entry's name, used in error records.
        public let name: String
        /// The stage.
        public let stage: any Stage
        /// What the stage declares: name, version, options, layers (nil for stages built by hand).
        public let descriptor: StageDescriptor?

        /// Names a stage.
        public init(name: String, stage: any Stage, descriptor: StageDescriptor? = nil) {
            self.name = name
            self.stage = stage
            self.descriptor = descriptor
        }
    }

    /// The stages in order.
    public let stages: [NamedStage]

    /// Creates a pipeline from named stages.
    public init(stages: [NamedStage]) {
        self.stages = stages
    }

    /// Runs every stage on `document`; on the first failure returns the error record instead.
    public func process(_ document: Document, index: Int, origin: String) async -> Result<Document, ErrorRecord> {
        var document = document
        for named in stages {
            do {
                try await named.stage.process(&document, context: StageContext(stageName: named.name, documentIndex: index))
            } catch {
                return .failure(ErrorRecord(id: document.id, origin: origin, stage: named.name, message: "\(error)"))
            }
        }
        return .success(document)
    }

    /// Lets every stage release its resources (child processes, files).
    public func shutdown() async {
        for named in stages { await named.stage.shutdown() }
    }
}

/// A document that could not be read or failed in a stage.
public struct ErrorRecord: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document's id (for unreadable input, its file and line).
    public let id: String
    /// Where the document came from: a file path, or `file:line` for JSONL.
    public let origin: String
    /// The stage that failed, or nil when the document could not be read.
    public let stage: String?
    /// What went wrong.
    public let message: String

    /// Creates an error record.
    public init(id: String, origin: String, stage: String?, message: String) {
        self.id = id
        self.origin = origin
        self.stage = stage
        self.message = message
    }

    public var description: String {
        let place = origin == id ? "document '\(id)'" : "document '\(id)' (\(origin))"
        return stage.map { "\(place): stage '\($0)': \(message)" } ?? "\(place): \(message)"
    }

    /// The record as one JSON line: `{"id", "origin", "stage", "error"}`.
    public var jsonValue: JSONValue {
        .object(JSONObject([
            ("id", .string(id)), ("origin", .string(origin)),
            ("stage", stage.map(JSONValue.string) ?? .null), ("error", .string(message)),
        ]))
    }
}
