/// A step of a pipeline: reads some layers of a document and adds or edits others.
///
/// A stage is built once from its validated options (see ``StageDescriptor``) and then called
/// for many documents, concurrently. It must be immutable after construction: lexicons, models
/// and rules load in the factory, and `process` touches only the document it is given.
///
/// ```swift
/// struct Shout: Stage {
///     func process(_ document: inout Document, context: StageContext) async throws {
///         document.layers["shout"] = .string(document.text.uppercased())
///     }
/// }
/// ```
/// - Important: Throwing from `process` turns this document into an error record; the run goes on
///   with the other documents. Never crash on input.
public protocol Stage: Sendable {
    /// Annotates one document.
    func process(_ document: inout Document, context: StageContext) async throws

    /// Called once when the run ends, for stages that hold resources such as child processes.
    func shutdown() async
}

extension Stage {
    public func shutdown() async {}
}

/// A failure inside a stage for one document; becomes that document's error record.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in words for the researcher.
    public let message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// What a stage knows about the call besides the document.
public struct StageContext: Sendable {
    /// The name of the stage as written in the pipeline file.
    public let stageName: String
    /// The position of the document in the input (0-based).
    public let documentIndex: Int

    /// Creates a context.
    public init(stageName: String, documentIndex: Int = 0) {
        self.stageName = stageName
        self.documentIndex = documentIndex
    }
}
