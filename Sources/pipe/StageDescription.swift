import PipelineKit

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
