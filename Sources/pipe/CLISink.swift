import Foundation
import PipelineKit

/// Writes a run's documents to JSONL, its error records and warnings to stderr.
final class CLISink: RunSink {
    private let writer: JSONLWriter
    private let errorWriter: JSONLWriter?
    private let showProgress: Bool
    private var failedIDs: [String] = []

    init(output: String, errors: String?, showProgress: Bool) throws {
        writer = try JSONLWriter(path: output)
        errorWriter = try errors.map { try JSONLWriter(path: $0) }
        self.showProgress = showProgress
    }

    func document(_ document: Document) throws {
        try writer.write(document)
    }

    func error(_ record: ErrorRecord) {
        if showProgress { Terminal.line("\r\u{1B}[K", terminator: "") }
        Terminal.error("error: \(record)")
        if failedIDs.count < 20 { failedIDs.append(record.id) }
        try? errorWriter?.write(record.jsonValue)
    }

    func warning(_ message: String, origin: String) {
        Terminal.error("warning: \(origin): \(message)")
    }

    func progress(_ progress: RunProgress) {
        guard showProgress else { return }
        let line = String(format: "\r\u{1B}[K%d documents  %.1f MB/s  %.1f s", progress.documents, progress.megabytesPerSecond, progress.seconds)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() throws {
        try writer.close()
        try errorWriter?.close()
        if showProgress { Terminal.line("") }
    }

    func printSummary(_ summary: RunProgress) {
        var line = String(format: "pipe: %d documents, %d written, %d failed (%.1f MB in %.2f s, %.1f MB/s)",
                          summary.documents, summary.written, summary.failed,
                          Double(summary.bytes) / 1_048_576, summary.seconds, summary.megabytesPerSecond)
        if summary.failed > 0 {
            line += "\nfailed: " + failedIDs.joined(separator: ", ") + (summary.failed > failedIDs.count ? ", ..." : "")
        }
        Terminal.line(line)
    }
}

extension Terminal {
    static func line(_ message: String, terminator: String) {
        FileHandle.standardError.write(Data((message + terminator).utf8))
    }
}

/// The number of cores to use by default.
enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
