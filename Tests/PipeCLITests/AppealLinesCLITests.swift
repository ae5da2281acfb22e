import Foundation
import Testing

@Suite("pipe appeal-lines", .enabled(if: PipeBinary.path != nil))
struct AppealLinesCLITests {
    /// Three pages of one outlet with its button line, as JSONL, and one malformed record.
    static let corpus = """
        {"id": "p1", "text": "The council closed the ferry terminal.\\nSupport the Harbour Ledger today\\nRead more"}
        {"id": "p2", "text": "Engineers found cracks in the bridge.\\nSupport the Harbour Ledger today\\nRead more"}
        {"id": "p3", "text": "The market hall opens in June.\\nSupport the Harbour Ledger today"}
        {"id": "p4"}

        """

    @Test("pipe appeal-lines writes a lines file a pipeline can name, and reports a bad record with its file and line")
    func writesALinesFileAPipelineCanUse() throws {
        let folder = "/tmp/pipe-appeal-lines-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.corpus.write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let mined = try PipeBinary.run(["appeal-lines", folder + "/corpus.jsonl", "-o", folder + "/lines.txt"])
        // The malformed record costs only itself: exit status 3, the other pages still counted.
        #expect(mined.status == 3)
        #expect(mined.stderr.contains("\(folder)/corpus.jsonl:4"))
        #expect(mined.stderr.contains("1 lines from 3 documents"))
        let file = try String(contentsOfFile: folder + "/lines.txt", encoding: .utf8)
        #expect(file.hasSuffix("# 3 documents, e.g. p1, p2, p3\nSupport the Harbour Ledger today\n"))
        // Without the line scorer's pitches, which would take the button line first.
        try "pipeline:\n  - stage: appeal-stripper\n    options:\n      lines-file: lines.txt\n      scorer-pitches: 0\n"
            .write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        let run = try PipeBinary.run(["run", folder + "/p.yaml", folder + "/corpus.jsonl", "--quiet"])
        #expect(run.stdout.contains(#""text":"The market hall opens in June.""#), "\(run.stdout)")
        // Each page: one `removed` record and one `appeals` layer entry.
        #expect(run.stdout.components(separatedBy: #""reason":"outlet-line""#).count == 1 + 3 * 2)
    }

    @Test("--group-by names the outlet of each proposed line")
    func groupsByAField() throws {
        let folder = "/tmp/pipe-appeal-lines-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = (1...3).map { #"{"id": "p\#($0)", "outlet": "Harbour Ledger", "text": "Story \#($0) of the day.\nSupport the Harbour Ledger today"}"# }
        try (corpus.joined(separator: "\n") + "\n").write(toFile: folder + "/corpus.jsonl", atomically: true, encoding: .utf8)
        let mined = try PipeBinary.run(["appeal-lines", folder + "/corpus.jsonl", "--group-by", "outlet"])
        #expect(mined.status == 0, "\(mined.stderr)")
        #expect(mined.stdout.hasSuffix("# Harbour Ledger: 3 documents, e.g. p1, p2, p3\nSupport the Harbour Ledger today\n"))
    }

    @Test("--min-documents below 2 is refused")
    func minimumIsChecked() throws {
        let result = try PipeBinary.run(["appeal-lines", "--min-documents", "1", "README.md"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--min-documents must be at least 2"))
    }
}
