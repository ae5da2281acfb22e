import ArgumentParser
import PipelineKit

/// `pipe stages`: lists the built-in stages or shows one stage's options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the built-in stages, or show one stage's options."
    )

    @Argument(help: "A stage name to describe.")
    var name: String?

    func run() throws {
        let registry = ConfigLoading.registry
        guard let name else {
            let width = registry.descriptors.map(\.name.count).max() ?? 0
            for d in registry.descriptors {
                print(d.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + d.summary)
            }
            return
        }
        guard let d = registry.descriptor(named: name) else {
            let hint = registry.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("unknown stage '\(name)'\(hint)")
            throw ExitCode(1)
        }
        print(StageDescription.render(d))
    }
}

/// The text `pipe stages NAME` prints.
enum StageDescription {
    static func render(_ d: StageDescriptor) -> String {
        var lines = ["\(d.name) \(d.version)", "  \(d.summary)"]
        lines.append("  reads:  " + (d.reads.isEmpty ? "-" : d.reads.map(\.name).joined(separator: ", ")))
        lines.append("  writes: " + (d.writes.isEmpty ? "-" : d.writes.map(\.name).joined(separator: ", ")))
        lines.append(d.options.isEmpty ? "  options: none" : "  options:")
        for option in d.options {
            let fallback = option.defaultValue.map { "default \($0)" } ?? "required"
            lines.append("    \(option.name)  (\(option.type), \(fallback))")
            lines.append("        \(option.help)")
        }
        return lines.joined(separator: "\n")
    }
}
