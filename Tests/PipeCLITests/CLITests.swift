import Foundation
import Testing

@Suite("pipe command line", .enabled(if: PipeBinary.path != nil))
struct CLITests {
    @Test("pipe stages lists the four built-in stages")
    func stagesList() throws {
        let result = try PipeBinary.run(["stages"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(names == ["appeal-stripper", "segmenter", "speaker-attribution", "stance"])
    }

    @Test("every ready-made pipeline validates")
    func readyMadePipelinesValidate() throws {
        let folder = PipeBinary.root + "/pipelines"
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") && !$0.contains("library") }
            .map { "pipelines/" + $0 }.sorted()
        #expect(files.contains("pipelines/news.yaml"))
        for file in files {
            let result = try PipeBinary.run(["validate", file])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(result.stdout.hasPrefix("\(file): ok"))
        }
    }

    @Test("a misspelt stage fails validation with its position and a suggestion")
    func misspeltStage() throws {
        let file = "/tmp/pipe-cli-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "pipeline:\n  - stage: segmenter\n  - stage: segmentor\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["validate", file])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(file):3:12: error: unknown stage 'segmentor' (did you mean 'segmenter'?)\n"))
    }

    @Test("bad documents become error records, the rest are written in order, and the exit status is 3")
    func badDocuments() throws {
        let input = """
            {"id": "one", "text": "The mayor said the budget was fine."}
            {"id": "two", "text":
            {"id": "three", "text": ""}
            {"id": "four", "text": "Residents disagreed."}
            """
        let result = try PipeBinary.run(["run", "pipelines/segment.yaml", "-", "--quiet"], input: input)
        #expect(result.status == 3)
        let ids = result.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }.compactMap { $0["id"] as? String }
        #expect(ids == ["one", "four"])
        #expect(result.stderr.contains("pipe: error: document '<stdin>:2': not valid JSON: column 22: unexpected end of JSON"))
        #expect(result.stderr.contains("pipe: error: document 'three' (<stdin>:3): empty document: no text to analyse"))
    }

    @Test("a missing input path is refused before anything runs")
    func missingInput() throws {
        let result = try PipeBinary.run(["run", "pipelines/segment.yaml", "no/such/file.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr == "pipe: no such input file or directory 'no/such/file.jsonl'\n")
    }
}
