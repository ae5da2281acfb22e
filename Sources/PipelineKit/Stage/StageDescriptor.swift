/// Everything pipe knows about a kind of stage before building one: its name, version, options,
/// the layers it reads and writes, and a factory.
///
/// One declaration feeds `pipe stages NAME`, option validation with positioned errors, the check
/// that each stage's inputs are produced earlier in the pipeline, and construction.
///
/// ```swift
/// public static let descriptor = StageDescriptor(
///     name: "keywords", version: "1.0.0", summary: "Tags configured keywords.",
///     options: [OptionSpec("words", .stringList, default: .stringList([]), help: "Words to tag.")],
///     reads: [.sentences], writes: ["keywords"]
/// ) { options, environment in KeywordStage(words: options.strings("words")) }
/// ```
public struct StageDescriptor: Sendable {
    /// The name used in pipeline files (`stage: keywords`): lowercase words joined by hyphens.
    public let name: String
    /// The stage's own version (semantic versioning).
    public let version: String
    /// One line describing what the stage does, shown by `pipe stages`.
    public let summary: String
    /// The options the stage accepts, in the order `pipe stages NAME` lists them.
    public let options: [OptionSpec]
    /// Layers that must be present before this stage runs.
    public let reads: [LayerKey]
    /// Layers this stage adds or replaces.
    public let writes: [LayerKey]
    /// Builds a stage from validated options.
    public let factory: @Sendable (StageOptions, StageEnvironment) throws -> any Stage

    /// Creates a descriptor.
    public init(
        name: String, version: String, summary: String, options: [OptionSpec] = [],
        reads: [LayerKey] = [], writes: [LayerKey] = [],
        factory: @escaping @Sendable (StageOptions, StageEnvironment) throws -> any Stage
    ) {
        self.name = name
        self.version = version
        self.summary = summary
        self.options = options
        self.reads = reads
        self.writes = writes
        self.factory = factory
    }

    /// Builds a stage from option values given in code, validating them like a pipeline file does.
    ///
    /// Convenient in tests: `try Segmenter.descriptor.makeStage(["tokens": .bool(true)])`.
    /// - Throws: ``OptionError`` for an unknown option or a value of the wrong type.
    public func makeStage(
        _ values: [String: OptionValue] = [:], environment: StageEnvironment = StageEnvironment()
    ) throws -> any Stage {
        let options = try StageOptions(specs: options, values: values)
        return try factory(options, environment)
    }
}

/// Where a stage is being built: lets it resolve files named in its options.
public struct StageEnvironment: Sendable {
    /// The folder of the pipeline file; relative paths in options are resolved against it.
    public let baseDirectory: String

    /// Creates an environment; the default base is the current directory.
    public init(baseDirectory: String = ".") {
        self.baseDirectory = baseDirectory
    }

    /// Resolves a path from an option: absolute paths stay, relative ones join ``baseDirectory``.
    /// `.` and `dir/..` steps are folded (`pipelines/../samples` becomes `samples`).
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseDirectory == "." || baseDirectory.isEmpty { return path }
        return Self.normalized(baseDirectory.hasSuffix("/") ? baseDirectory + path : baseDirectory + "/" + path)
    }

    /// Folds `.` and `name/..` steps without touching the file system.
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
