import PipelineKit

/// Stages used by the core tests.
enum TestStages {
    /// Marks each document with its text length.
    struct Length: Stage {
        func process(_ document: inout Document, context: StageContext) async throws {
            document.layers["length"] = .int(document.length)
        }
    }

    /// Sleeps a pseudo-random time so that documents finish out of order.
    struct Jitter: Stage {
        func process(_ document: inout Document, context: StageContext) async throws {
            let micros = (context.documentIndex * 7919) % 5 * 1000
            try await Task.sleep(for: .microseconds(micros))
        }
    }

    /// Fails on documents whose text contains "FAIL".
    struct FailOnMarker: Stage {
        func process(_ document: inout Document, context: StageContext) async throws {
            if document.text.contains("FAIL") { throw StageError("found the FAIL marker") }
        }
    }

    static let lengthDescriptor = StageDescriptor(
        name: "length", version: "1.0.0", summary: "Adds the text length.",
        options: [
            OptionSpec("factor", .integer(1...10), default: .int(1), help: "A multiplier."),
            OptionSpec("mode", .choice(["fast", "exact"]), default: .string("fast"), help: "A mode."),
            OptionSpec("verbose", .boolean, default: .bool(false), help: "A flag."),
            OptionSpec("words", .stringList, default: .stringList([]), help: "Some words."),
        ],
        reads: [], writes: ["length"]
    ) { _, _ in Length() }

    static let needsSentences = StageDescriptor(
        name: "needs-sentences", version: "1.0.0", summary: "Reads sentences.",
        reads: [.sentences], writes: ["x"]
    ) { _, _ in Length() }

    static let writesSentences = StageDescriptor(
        name: "splitter", version: "1.0.0", summary: "Writes sentences.",
        reads: [], writes: [.sentences]
    ) { _, _ in Length() }

    static let registry = StageRegistry([lengthDescriptor, needsSentences, writesSentences])
}

/// Collects a run's output in memory.
final class MemorySink: RunSink {
    var documents: [Document] = []
    var errors: [ErrorRecord] = []
    var warnings: [String] = []
    func document(_ document: Document) throws { documents.append(document) }
    func error(_ record: ErrorRecord) { errors.append(record) }
    func warning(_ message: String, origin: String) { warnings.append("\(origin): \(message)") }
}

/// A source over documents in memory.
struct ArraySource: DocumentSource {
    var items: [InputItem]
    init(_ documents: [Document]) {
        items = documents.map { InputItem(origin: $0.id, content: .success($0), warnings: [], byteCount: $0.text.utf8.count) }
    }
    mutating func next() -> InputItem? { items.isEmpty ? nil : items.removeFirst() }
}

/// Writes files into a fresh temporary folder.
struct TemporaryFolder {
    let path: String
    init() {
        path = "/tmp/pipe-tests-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ text: String) -> String {
        write(name, Array(text.utf8))
    }
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}

import Foundation
