import Foundation
import Testing
@testable import PipelineKit

@Suite("Reading input")
struct InputReaderTests {
    func readAll(_ paths: [String], _ settings: InputReader.Settings = .init()) -> [InputItem] {
        var reader = InputReader(paths: paths, settings: settings)
        var items: [InputItem] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    func outcome(_ item: InputItem) -> String {
        switch item.content {
        case .success(let d): "ok \(d.id)"
        case .failure(let e): "error \(e.id): \(e.message)"
        }
    }

    @Test("bad JSONL lines become error records and the good lines around them are read")
    func badLines() {
        let folder = TemporaryFolder()
        let file = folder.write("in.jsonl", """
            {"id": "a", "text": "First.", "source": "wire"}
            {"id": "b", "text": 
            {"id": "c"}
            {"id": "d", "text": 42}
            [1, 2]

            {"text": "No id here."}
            {"id": "e", "text": "   "}
            """)
        let items = readAll([file])
        #expect(items.map(outcome) == [
            "ok a",
            "error \(file):2: not valid JSON: column 21: unexpected end of JSON",
            "error c: missing 'text' field",
            "error d: 'text' must be a string, got number",
            "error \(file):5: expected a JSON object with 'text', got array",
            "ok \(file):7",
            "error e: empty document: no text to analyse",
        ])
        if case .success(let doc) = items[0].content {
            #expect(doc.meta["source"] == .string("wire"))
        }
    }

    @Test("invalid UTF-8 is replaced with a warning, or rejected when the policy says so")
    func invalidUTF8() {
        let folder = TemporaryFolder()
        let bytes: [UInt8] = Array("Caf".utf8) + [0xC3, 0x28] + Array(" ouvert.".utf8)
        let file = folder.write("bad.txt", bytes)
        let replaced = readAll([file])
        #expect(replaced.map(outcome) == ["ok \(file)"])
        #expect(replaced[0].warnings == ["invalid UTF-8 from byte 3 replaced with U+FFFD"])
        if case .success(let doc) = replaced[0].content { #expect(doc.text == "Caf\u{FFFD}( ouvert.") }
        let rejected = readAll([file], .init(invalidUTF8: .reject))
        #expect(rejected.map(outcome) == ["error \(file): invalid UTF-8 at byte 3 (set 'invalid-utf8: replace' to repair it)"])
    }

    @Test("folders are read recursively in name order; hidden files are skipped")
    func folders() {
        let folder = TemporaryFolder()
        try? FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        _ = folder.write("b.txt", "Second.")
        _ = folder.write("a.txt", "First.")
        _ = folder.write(".hidden.txt", "Hidden.")
        _ = folder.write("sub/c.jsonl", "{\"id\": \"c1\", \"text\": \"Third.\"}\n")
        #expect(readAll([folder.path]).map(outcome) == ["ok \(folder.path)/a.txt", "ok \(folder.path)/b.txt", "ok c1"])
    }

    @Test("documents over the size limit become error records without being held in memory")
    func oversized() {
        let folder = TemporaryFolder()
        let big = String(repeating: "x", count: 3000)
        let file = folder.write("in.jsonl", "{\"id\":\"big\",\"text\":\"\(big)\"}\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n")
        let text = folder.write("big.txt", big)
        let items = readAll([file, text], .init(maxDocumentBytes: 1000))
        #expect(items.count == 3)
        #expect(outcome(items[1]) == "ok ok")
        guard case .failure(let e0) = items[0].content, case .failure(let e2) = items[2].content else {
            Issue.record("expected failures"); return
        }
        #expect(e0.message == "document is 2.9 KB, over the limit of 1000 bytes (raise 'max-document-size' in the pipeline file)")
        #expect(e2.id == text)
    }

    @Test("targets given with a document are read and checked against its text")
    func targets() {
        let folder = TemporaryFolder()
        let file = folder.write("t.jsonl", """
            {"id": "a", "text": "NATO met.", "targets": [{"id": "t1", "start": 0, "end": 4}]}
            {"id": "b", "text": "NATO met.", "targets": [{"id": "t1", "start": 0, "end": 40}]}
            """)
        let items = readAll([file])
        if case .success(let doc) = items[0].content {
            #expect(doc.targets == [TargetMention(id: "t1", span: Span(start: 0, end: 4))])
        } else {
            Issue.record("expected a document")
        }
        #expect(outcome(items[1]) == "error b: targets[0]: span [0, 40) is outside the text (length 9)")
    }
}
