/// Turns a loaded ``PipelineConfig`` into a runnable ``Pipeline``: builds each stage and checks
/// that every layer a stage reads is written by a stage before it.
public struct PipelineBuilder: Sendable {
    /// Used to name the stage that could produce a missing layer.
    public let registry: StageRegistry
    /// Loads `library:` stages; nil refuses them.
    public let libraryLoader: (any StageLibraryLoading)?

    /// Creates a builder.
    public init(registry: StageRegistry, libraryLoader: (any StageLibraryLoading)? = nil) {
        self.registry = registry
        self.libraryLoader = libraryLoader
    }

    /// Layers every document has before the first stage.
    public static let inputLayers: Set<LayerKey> = [.text, .removed, .targets, "id", "meta"]

    /// Builds the stages; on failure shuts down any already started and throws every problem.
    public func build(_ config: PipelineConfig) async throws(ConfigErrors) -> Pipeline {
        var stages: [Pipeline.NamedStage] = []
        var errors: [ConfigError] = []
        var available = Self.inputLayers
        for entry in config.stages {
            do {
                let built = try await make(entry, config: config)
                for layer in built.reads where !available.contains(layer) {
                    let producer = registry.descriptors.first { $0.writes.contains(layer) }.map { "; put '\($0.name)' before it" } ?? ""
                    errors.append(ConfigError(
                        "stage '\(built.name)' reads '\(layer)', which no earlier stage writes\(producer)", at: entry.location))
                }
                available.formUnion(built.writes)
                stages.append(Pipeline.NamedStage(name: built.name, stage: built.stage, descriptor: built.descriptor))
            } catch let error as PositionedError {
                errors.append(ConfigError("stage '\(error.stage ?? entry.name)': \(error.message)", at: error.location))
            } catch {
                errors.append(ConfigError("stage '\(entry.name)': \(error)", at: entry.location))
            }
        }
        let pipeline = Pipeline(stages: stages)
        if !errors.isEmpty {
            await pipeline.shutdown()
            throw ConfigErrors(errors)
        }
        return pipeline
    }

    private func make(_ entry: StageEntry, config: PipelineConfig) async throws -> LaunchedStage {
        let environment = StageEnvironment(baseDirectory: config.baseDirectory)
        switch entry.kind {
        case .registered(let descriptor, let options):
            return LaunchedStage(name: entry.name, stage: try descriptor.factory(options, environment),
                                 reads: descriptor.reads, writes: descriptor.writes, descriptor: descriptor)
        case .command(let argv, let options, let workers, let timeout, let locations):
            return try await ProcessStageLauncher.launch(
                argv: argv, workers: workers, timeoutSeconds: timeout,
                workingDirectory: config.baseDirectory, name: entry.name
            ) { declared in
                // A stage that declares no options gets the file's options as written.
                guard !declared.options.isEmpty else { return options }
                let typed = try Self.typedOptions(options, for: declared, stageName: entry.name, locations: locations, entry: entry.location)
                var json = JSONObject()
                for spec in declared.options {
                    if let value = typed.all[spec.name] { json[spec.name] = value.jsonValue }
                }
                return json
            }
        case .library(let path, let stageName, let options, let locations):
            guard let libraryLoader else { throw StageError("loading shared-library stages is not available here") }
            let descriptor = try libraryLoader.load(path: path, stage: stageName)
            let name = entry.hasCustomName ? entry.name : descriptor.name
            let typed = try Self.typedOptions(options, for: descriptor, stageName: name, locations: locations, entry: entry.location)
            return LaunchedStage(name: name, stage: try descriptor.factory(typed, environment),
                                 reads: descriptor.reads, writes: descriptor.writes, descriptor: descriptor)
        }
    }

    /// Checks JSON options (of `library:` and `command:` entries) against a stage's declared options.
    static func typedOptions(
        _ options: JSONObject, for descriptor: StageDescriptor, stageName: String,
        locations: [String: SourceLocation], entry: SourceLocation
    ) throws(PositionedError) -> StageOptions {
        var values: [String: OptionValue] = [:]
        do throws(OptionError) {
            for (key, value) in options {
                guard let spec = descriptor.options.first(where: { $0.name == key }) else {
                    let hint = NameSuggester.suggest(key, among: descriptor.options.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                    throw OptionError(option: key, message: "unknown option '\(key)' for stage '\(descriptor.name)'\(hint)")
                }
                values[key] = try StageOptions.validated(try OptionJSONDecoder.value(value, as: spec.type, option: key), against: spec)
            }
            return try StageOptions(specs: descriptor.options, values: values)
        } catch {
            throw PositionedError(message: error.message, location: locations[error.option] ?? entry, stage: stageName)
        }
    }

}

/// Loads a stage descriptor from a shared library; see `docs/shared-library-stages.md`.
public protocol StageLibraryLoading: Sendable {
    /// The descriptor of the stage named `stage` (or the library's only stage) in the library at `path`.
    func load(path: String, stage: String?) throws -> StageDescriptor
}

/// A built stage, its name, and the layers it declared (in its descriptor or handshake).
struct LaunchedStage {
    let name: String
    let stage: any Stage
    let reads: [LayerKey]
    let writes: [LayerKey]
    /// What the stage declared about itself (for process stages: built from its handshake).
    var descriptor: StageDescriptor?
}

/// An error found while building that belongs to a precise place in the pipeline file.
struct PositionedError: Error {
    let message: String
    let location: SourceLocation
    /// The stage's name when it is better known than the entry's (a library's descriptor name).
    var stage: String? = nil
}
