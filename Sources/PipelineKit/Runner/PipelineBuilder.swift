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
                let (stage, reads, writes) = try await make(entry, config: config)
                for layer in reads where !available.contains(layer) {
                    let producer = registry.descriptors.first { $0.writes.contains(layer) }.map { "; put '\($0.name)' before it" } ?? ""
                    errors.append(ConfigError(
                        "stage '\(entry.name)' reads '\(layer)', which no earlier stage writes\(producer)", at: entry.location))
                }
                available.formUnion(writes)
                stages.append(Pipeline.NamedStage(name: entry.name, stage: stage))
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

    private func make(_ entry: StageEntry, config: PipelineConfig) async throws -> (any Stage, [LayerKey], [LayerKey]) {
        let environment = StageEnvironment(baseDirectory: config.baseDirectory)
        switch entry.kind {
        case .registered(let descriptor, let options):
            return (try descriptor.factory(options, environment), descriptor.reads, descriptor.writes)
        case .command(let argv, let options, let workers, let timeout):
            let stage = try await ProcessStageLauncher.launch(
                argv: argv, options: options, workers: workers, timeoutSeconds: timeout,
                workingDirectory: ".", name: entry.name)
            return (stage.stage, stage.reads, stage.writes)
        case .library(let path, let stageName, let options):
            guard let libraryLoader else { throw StageError("loading shared-library stages is not available here") }
            let descriptor = try libraryLoader.load(path: path, stage: stageName)
            var values: [String: OptionValue] = [:]
            for (key, value) in options { values[key] = .json(value) }
            let typed = try StageOptions(specs: descriptor.options, values: Self.coerce(values, to: descriptor.options))
            return (try descriptor.factory(typed, environment), descriptor.reads, descriptor.writes)
        }
    }

    /// Converts JSON option values from a `library:` entry to the declared option types.
    static func coerce(_ values: [String: OptionValue], to specs: [OptionSpec]) throws -> [String: OptionValue] {
        var result: [String: OptionValue] = [:]
        for (key, value) in values {
            guard case .json(let json) = value, let spec = specs.first(where: { $0.name == key }) else {
                result[key] = value
                continue
            }
            result[key] = try OptionJSONDecoder.value(json, as: spec.type, option: key)
        }
        return result
    }
}

/// Loads a stage descriptor from a shared library; see `docs/shared-library-stages.md`.
public protocol StageLibraryLoading: Sendable {
    /// The descriptor of the stage named `stage` (or the library's only stage) in the library at `path`.
    func load(path: String, stage: String?) throws -> StageDescriptor
}

/// A started command stage and the layers it declared in its handshake.
struct LaunchedStage {
    let stage: any Stage
    let reads: [LayerKey]
    let writes: [LayerKey]
}
