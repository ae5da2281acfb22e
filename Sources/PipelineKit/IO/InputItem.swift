/// One item read from input: a document, or a record of why a document could not be read.
public struct InputItem: Sendable {
    /// Where it came from: a file path, or `file:line` for JSONL.
    public let origin: String
    /// The document, or why it could not be read.
    public let content: Result<Document, ErrorRecord>
    /// Warnings about the input (such as replaced invalid UTF-8), reported on stderr.
    public let warnings: [String]
    /// The number of input bytes this item took.
    public let byteCount: Int

    /// Creates an item.
    public init(origin: String, content: Result<Document, ErrorRecord>, warnings: [String] = [], byteCount: Int) {
        self.origin = origin
        self.content = content
        self.warnings = warnings
        self.byteCount = byteCount
    }
}

/// A lazy sequence of input items.
public protocol DocumentSource {
    /// The next item, or nil at the end of input.
    mutating func next() -> InputItem?
}
