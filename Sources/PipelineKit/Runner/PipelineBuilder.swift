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
                stages.append(Pipeline.NamedStage(name: built.name, stage: built.stage))
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
                                 reads: descriptor.reads, writes: descriptor.writes)
        case .command(let argv, let options, let workers, let timeout):
            return try await ProcessStageLauncher.launch(
                argv: argv, options: options, workers: workers, timeoutSeconds: timeout,
                workingDirectory: config.baseDirectory, name: entry.name)
        case .library(let path, let stageName, let options, let locations):
            guard let libraryLoader else { throw StageError("loading shared-library stages is not available here") }
            let descriptor = try libraryLoader.load(path: path, stage: stageName)
            var values: [String: OptionValue] = [:]
            do {
                for (key, value) in options {
                    guard let spec = descriptor.options.first(where: { $0.name == key }) else {
                        let hint = NameSuggester.suggest(key, among: descriptor.options.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                        throw OptionError(option: key, message: "unknown option '\(key)' for stage '\(descriptor.name)'\(hint)")
                    }
                    values[key] = try StageOptions.validated(try OptionJSONDecoder.value(value, as: spec.type, option: key), against: spec)
                }
                let typed = try StageOptions(specs: descriptor.options, values: values)
                let name = entry.hasCustomName ? entry.name : descriptor.name
                return LaunchedStage(name: name, stage: try descriptor.factory(typed, environment),
                                     reads: descriptor.reads, writes: descriptor.writes)
            } catch let error as OptionError {
                throw PositionedError(message: error.message, location: locations[error.option] ?? entry.location,
                                      stage: entry.hasCustomName ? entry.name : descriptor.name)
            }
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
}

/// An error found while building that belongs to a precise place in the pipeline file.
struct PositionedError: Error {
    let message: String
    let location: SourceLocation
    /// The stage's name when it is better known than the entry's (a library's descriptor name).
    var stage: String? = nil
}
