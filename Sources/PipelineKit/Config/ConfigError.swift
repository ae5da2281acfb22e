/// One problem in a pipeline file, rendered like a compiler diagnostic:
/// `news.yaml:12:5: error: unknown stage 'segmentor'; did you mean 'segmenter'?`
public struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the problem is; nil when it concerns the file as a whole.
    public let location: SourceLocation?
    /// What is wrong, naming the offending key or value.
    public let message: String
    /// The offending source line with a caret under the column, when known.
    public let snippet: String?

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation?, snippet: String? = nil) {
        self.message = message
        self.location = location
        self.snippet = snippet
    }

    /// The one-line form, without the snippet.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "error: " + message
    }

    /// The full form: the line, then the source line and a caret when known.
    public var rendered: String {
        snippet.map { description + "\n" + $0 } ?? description
    }
}

/// All problems found in a pipeline file; loading reports them together.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public let errors: [ConfigError]

    /// Creates the collection.
    public init(_ errors: [ConfigError]) { self.errors = errors }

    public var description: String { errors.map(\.rendered).joined(separator: "\n") }
}
