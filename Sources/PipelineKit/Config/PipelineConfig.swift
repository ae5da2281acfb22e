/// A pipeline file after loading: the stages in order and the run settings.
///
/// Loading checks names, keys and option types; building (``PipelineBuilder``) constructs the
/// stages and checks that each stage's input layers are produced earlier.
public struct PipelineConfig: Sendable {
    /// The file it was read from, as named by the user.
    public let file: String
    /// The folder of that file; relative paths in it are resolved against this folder.
    public let baseDirectory: String
    /// The stages in order.
    public let stages: [StageEntry]
    /// Default inputs when the command line names none (resolved paths).
    public let inputs: [String]
    /// Default output file when the command line names none (resolved path).
    public let output: String?
    /// Default number of documents processed at once.
    public let jobs: Int?
    /// Documents larger than this many bytes become error records.
    public let maxDocumentBytes: Int
    /// What to do with invalid UTF-8 in input.
    public let invalidUTF8: InvalidUTF8Policy
}

/// What the readers do with bytes that are not valid UTF-8.
public enum InvalidUTF8Policy: String, Sendable, CaseIterable {
    /// Replace each bad sequence with U+FFFD and warn on stderr (the default).
    case replace
    /// Turn the document into an error record.
    case reject
}

/// One stage in a pipeline file.
public struct StageEntry: Sendable {
    /// How the stage is provided.
    public enum Kind: Sendable {
        /// A stage from the registry (built in or added by the caller).
        case registered(StageDescriptor, StageOptions)
        /// A separate process speaking the JSON-lines stage protocol.
        case command(argv: [String], options: JSONObject, workers: Int, timeoutSeconds: Double, optionLocations: [String: SourceLocation])
        /// A shared library loaded at run time.
        case library(path: String, stage: String?, options: JSONObject, optionLocations: [String: SourceLocation])
    }

    /// The name used in messages and error records: the `name:` key, else the stage's name.
    public let name: String
    /// Whether ``name`` was given with a `name:` key.
    public let hasCustomName: Bool
    /// The stage's kind and settings.
    public let kind: Kind
    /// Where the entry starts in the pipeline file.
    public let location: SourceLocation
}
