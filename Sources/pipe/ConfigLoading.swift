import ArgumentParser
import Foundation
import PipeBuiltins
import PipelineKit

/// Shared steps of the subcommands: load a pipeline file, build it, report errors.
enum ConfigLoading {
    static var registry: StageRegistry { BuiltinStages.registry }

    /// Loads and builds a pipeline, printing positioned errors and exiting 1 on failure.
    static func load(_ path: String) async throws -> (PipelineConfig, Pipeline) {
        do {
            return try await build(path)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Loads and builds a pipeline; throws the positioned configuration errors.
    static func build(_ path: String) async throws(ConfigErrors) -> (PipelineConfig, Pipeline) {
        let config = try ConfigLoader(registry: registry).load(file: path)
        let pipeline = try await PipelineBuilder(registry: registry, libraryLoader: StageLibraryLoader()).build(config)
        return (config, pipeline)
    }

    /// The inputs to read: those on the command line, else the pipeline file's `input:`.
    static func inputs(_ given: [String], config: PipelineConfig) throws -> [String] {
        let inputs = given.isEmpty ? config.inputs : given
        guard !inputs.isEmpty else {
            Terminal.error("no input: name files, folders, JSONL files or '-' after the pipeline file, or set 'input:' in \(config.file)")
            throw ExitCode(1)
        }
        let missing = InputReader.validatePaths(inputs)
        guard missing.isEmpty else {
            missing.forEach { Terminal.error($0) }
            throw ExitCode(1)
        }
        return inputs
    }
}

/// Writing to stderr.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("pipe: " + message + "\n").utf8))
    }

    static func line(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}
