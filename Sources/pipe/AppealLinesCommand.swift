import AppealStripping
import ArgumentParser
import Foundation
import PipelineKit

/// `pipe appeal-lines`: proposes an outlet's appeal lines from their repetition across a corpus,
/// as a lines file for the appeal stripper's `lines-file` option.
struct AppealLinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal-lines",
        abstract: "Propose lines repeated across a corpus that read like an outlet's appeal (a lines file for the appeal stripper).",
        discussion: """
            Reads the same inputs as 'pipe run' and lists the lines that stand verbatim in at least --min-documents documents (of one outlet, with --group-by) and carry an appeal cue of their own (a call, the newsroom's voice, a price, a subscription word addressed to the reader), most frequent first, each after a comment with its count and example ids.

            Review the file, delete any line that is article text, then name it in the pipeline:
              - stage: appeal-stripper
                options: {lines-file: appeal-lines.txt}
            The stripper then removes those lines wherever they stand as a line of their own.
            """
    )

    @Argument(help: "Input files, folders, JSONL files or '-'.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Where to write the lines file ('-' for stdout).")
    var output: String = "-"

    @Option(name: .customLong("min-documents"), help: "How many documents must hold a line.")
    var minDocuments: Int = 3

    @Option(name: .customLong("max-length"), help: "The longest line considered, in characters (code points).")
    var maxLength: Int = 300

    @Option(name: .customLong("group-by"), help: "A JSONL field naming each document's outlet (e.g. 'outlet', 'domain'): a line then counts only when one outlet's documents repeat it.")
    var groupBy: String?

    func validate() throws {
        guard minDocuments >= 2 else { throw ValidationError("--min-documents must be at least 2") }
        guard maxLength >= 1 else { throw ValidationError("--max-length must be positive") }
        let missing = InputReader.validatePaths(inputs)
        guard missing.isEmpty else { throw ValidationError(missing.joined(separator: "; ")) }
    }

    func run() async throws {
        var miner = AppealLineMiner(minimumDocuments: minDocuments, maximumLength: maxLength)
        var source = InputReader(paths: inputs)
        var failed = 0
        while let item = source.next() {
            switch item.content {
            case .success(let document):
                let group = groupBy.flatMap { document.meta[$0]?.stringValue } ?? ""
                miner.add(id: document.id, text: document.text, group: group)
            case .failure(let record):
                // One unreadable document is reported and skipped; the others still count.
                failed += 1
                Terminal.error("\(record.origin): \(record.message)")
            }
        }
        let lines = miner.repeatedLines()
        let text = Self.file(lines, documents: miner.documentCount, minimum: minDocuments)
        do {
            if output == "-" {
                FileHandle.standardOutput.write(Data(text.utf8))
            } else {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            }
        } catch {
            Terminal.error("cannot write '\(output)': \(error.localizedDescription)")
            throw ExitCode(1)
        }
        var notes = miner.duplicateCount > 0 ? ["\(miner.duplicateCount) copies of earlier documents not counted"] : []
        if failed > 0 { notes.append("\(failed) unreadable, skipped") }
        Terminal.line("\(lines.count) lines from \(miner.documentCount) documents" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
        if failed > 0 { throw ExitCode(3) }
    }

    /// The lines file: a header, then each line after a comment with its count and examples.
    static func file(_ lines: [AppealLineMiner.RepeatedLine], documents: Int, minimum: Int) -> String {
        var out = """
            # Lines standing verbatim in at least \(minimum) of \(documents) documents that read like an appeal.
            # Review: delete every line that is article text. Then name this file in the pipeline:
            #   - stage: appeal-stripper
            #     options: {lines-file: <this file>}

            """
        for line in lines {
            let outlet = line.group.isEmpty ? "" : "\(line.group): "
            out += "# \(outlet)\(line.documents) documents, e.g. \(line.examples.joined(separator: ", "))\n"
            out += OutletLines.escaped(line.text) + "\n"
        }
        return out
    }
}
