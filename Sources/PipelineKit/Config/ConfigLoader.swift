import Foundation
internal import Yams

/// Reads pipeline files (YAML) into ``PipelineConfig``, reporting every problem with its position.
///
/// ```yaml
/// pipeline:
///   - stage: segmenter
///     options: {tokens: true}
///   - command: [python3, stages/keywords.py]
///     workers: 2
/// input: ../samples
/// ```
public struct ConfigLoader: Sendable {
    /// The stages a `stage:` entry may name.
    public let registry: StageRegistry

    /// Creates a loader for the stages in `registry`.
    public init(registry: StageRegistry) {
        self.registry = registry
    }

    /// Loads the pipeline file at `path`.
    /// - Throws: ``ConfigErrors`` listing every problem found.
    public func load(file path: String) throws(ConfigErrors) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            let what = FileManager.default.fileExists(atPath: path) ? "cannot read pipeline file" : "no such pipeline file"
            throw ConfigErrors([ConfigError("\(what) '\(path)'", at: nil)])
        }
        guard let yaml = String(validating: data, as: UTF8.self) else {
            throw ConfigErrors([ConfigError("pipeline file '\(path)' is not valid UTF-8", at: nil)])
        }
        return try load(yaml: yaml, file: path, baseDirectory: Self.directory(of: path))
    }

    /// Loads a pipeline from YAML text; `file` names it in messages and `baseDirectory`
    /// anchors relative paths.
    public func load(yaml: String, file: String, baseDirectory: String = ".") throws(ConfigErrors) -> PipelineConfig {
        var reader = ConfigReader(yaml: yaml, file: file, baseDirectory: baseDirectory, registry: registry)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigErrors([reader.error(from: error)])
        } catch {
            throw ConfigErrors([ConfigError("cannot parse YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        guard let node else {
            throw ConfigErrors([ConfigError("pipeline file is empty; it needs a 'pipeline:' list of stages", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        let config = reader.read(node)
        if !reader.errors.isEmpty || config == nil { throw ConfigErrors(reader.errors) }
        return config!
    }

    /// The folder part of a path ("." for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }
}
