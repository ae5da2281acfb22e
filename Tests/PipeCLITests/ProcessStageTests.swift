import Foundation
import Testing

/// Whether `python3` can be started, for the tests that run the Python example stages.
let pythonAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "pass"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

/// The JSON objects of each stdout line.
func outputRecords(_ stdout: String) -> [[String: Any]] {
    stdout.split(separator: "\n").compactMap { line in
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
}

@Suite("command stages", .enabled(if: PipeBinary.path != nil && pythonAvailable))
struct ProcessStageTests {
    static let fixtures = "Tests/PipeCLITests/Fixtures/"

    @Test("crashes, hangs, garbage, early exits and reported errors fail only their own documents")
    func faultsAreContained() throws {
        let words = ["one", "crash", "two", "hang", "garbage", "three", "exit", "fail", "four"]
        let input = words.map { "{\"id\": \"\($0)\", \"text\": \"\($0)\"}" }.joined(separator: "\n")
        let result = try PipeBinary.run(["run", Self.fixtures + "faulty.yaml", "-", "--quiet"], input: input)
        #expect(result.status == 3)
        let records = outputRecords(result.stdout)
        #expect(records.compactMap { $0["id"] as? String } == ["one", "two", "three", "four"])
        for record in records {
            let echo = record["echo"] as? [String: Any]
            #expect(echo?["length"] as? Int == (record["text"] as? String)?.count)
            #expect(echo?["tag"] as? String == "from-yaml")
        }
        let stderr = result.stderr
        #expect(stderr.contains("document 'crash' (<stdin>:2): stage 'faulty_stage': the process exited with status 3 while processing this document; it was restarted (its stderr: about to crash)"))
        #expect(stderr.contains("document 'hang' (<stdin>:4): stage 'faulty_stage': no reply within 2 s (the stage's 'timeout'); the process was killed and restarted"))
        #expect(stderr.contains("document 'garbage' (<stdin>:5): stage 'faulty_stage': the process wrote an invalid reply, so it was restarted: not a JSON line"))
        #expect(stderr.contains("document 'exit' (<stdin>:7): stage 'faulty_stage': the process exited with status 0 while processing this document"))
        #expect(stderr.contains("document 'fail' (<stdin>:8): stage 'faulty_stage': ValueError: cannot handle this one"))
    }

    @Test("workers: 2 spreads documents over two processes")
    func workersRunInParallel() throws {
        // Each document takes 0.2 s, so four jobs always find the first process busy.
        let input = (0..<12).map { "{\"id\": \"d\($0)\", \"text\": \"slow \($0)\"}" }.joined(separator: "\n")
        let result = try PipeBinary.run(["run", Self.fixtures + "faulty.yaml", "-", "--quiet", "--jobs", "4"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let records = outputRecords(result.stdout)
        #expect(records.count == 12)
        let pids = Set(records.compactMap { ($0["echo"] as? [String: Any])?["pid"] as? Int })
        #expect(pids.count == 2)
    }

    @Test("a process stage cuts text, its removals point into the original, and its layer into the cleaned text")
    func processStageEditsText() throws {
        let text = "Intro line.\nAD: buy now\nNATO met today.\nAD: more ads\nNATO agreed."
        let input = "{\"id\": \"x\", \"text\": \(jsonString(text))}"
        let result = try PipeBinary.run(["run", Self.fixtures + "editing.yaml", "-", "--quiet"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(outputRecords(result.stdout).first)
        let cleaned = try #require(record["text"] as? String)
        #expect(cleaned == "Intro line.\nNATO met today.\nNATO agreed.")
        let removed = try #require(record["removed"] as? [[String: Any]])
        #expect(removed.map { $0["reason"] as? String } == ["advert", "advert"])
        let scalars = Array(text.unicodeScalars)
        for removal in removed {
            let start = removal["start"] as! Int, end = removal["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == removal["text"] as? String)
        }
        let marks = try #require(record["nato"] as? [[String: Any]])
        let cleanScalars = Array(cleaned.unicodeScalars)
        #expect(marks.count == 2)
        for mark in marks {
            let start = mark["start"] as! Int, end = mark["end"] as! Int
            #expect(String(String.UnicodeScalarView(cleanScalars[start..<end])) == "NATO")
        }
    }

    @Test("a process stage that reads a layer nothing before it writes fails validation")
    func handshakeLayersAreChecked() throws {
        let result = try PipeBinary.run(["validate", Self.fixtures + "needs-sentences.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("needs-sentences.yaml:2:5: error: stage 'keywords' reads 'sentences', which no earlier stage writes; put 'segmenter' before it"))
    }

    @Test("options are checked against the ones the process declares, at their line and column")
    func declaredOptionsAreValidated() throws {
        let wrongType = try PipeBinary.run(["validate", Self.fixtures + "bad-keywords.yaml"])
        #expect(wrongType.status == 1)
        #expect(wrongType.stderr.contains("bad-keywords.yaml:5:17: error: stage 'keywords': option 'keywords' expects [string], got number"))

        let misspelt = try PipeBinary.run(["validate", Self.fixtures + "misspelt-option.yaml"])
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("misspelt-option.yaml:4:13: error: stage 'faulty_stage': unknown option 'tagg' for stage 'faulty'; did you mean 'tag'?"))
    }

    @Test("options the stage itself refuses are reported at the stage's entry")
    func stageRefusesItsOptions() throws {
        let result = try PipeBinary.run(["validate", Self.fixtures + "empty-keyword.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty-keyword.yaml:3:5: error: stage 'keywords': ValueError: 'keywords' must not contain empty strings"))
    }

    @Test("a declared default reaches the stage when the pipeline file omits the option")
    func defaultsReachTheStage() throws {
        let file = PipeBinary.root + "/" + Self.fixtures + ".defaults-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "pipeline:\n  - command: [python3, faulty_stage.py]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["run", file, "-", "--quiet"], input: #"{"id": "a", "text": "hello"}"#)
        #expect(result.status == 0, "\(result.stderr)")
        let echo = outputRecords(result.stdout).first?["echo"] as? [String: Any]
        #expect(echo?["tag"] as? String == "none")
    }

    @Test("pipe stages --pipeline shows a process stage's declared options")
    func stagesShowsProcessStage() throws {
        let result = try PipeBinary.run(["stages", "--pipeline", "pipelines/examples/python-keywords.yaml", "keywords"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("keywords 1.0.0\n  Tags whole-word keywords, case-insensitively.\n  reads:  sentences\n  writes: keywords\n"))
        #expect(result.stdout.contains("    keywords  ([string], default [])\n        The words to tag."))
    }

    @Test("a command that does not exist is a configuration error naming it")
    func missingCommand() throws {
        let file = "/tmp/pipe-cmd-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "pipeline:\n  - command: [no-such-program-xyz, stage.py]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["validate", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):2:5: error: stage 'stage':"))
        #expect(result.stderr.contains("before answering the handshake"))
    }
}

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [])
    let array = String(decoding: data, as: UTF8.self)
    return String(array.dropFirst().dropLast())
}

@Suite("isolated runs", .enabled(if: PipeBinary.path != nil))
struct IsolatedRunTests {
    @Test("--isolate gives the same output as an in-process run")
    func isolatedOutputMatches() throws {
        let plain = try PipeBinary.run(["run", "pipelines/news.yaml", "--quiet"])
        let isolated = try PipeBinary.run(["run", "pipelines/news.yaml", "--quiet", "--isolate", "--jobs", "2"])
        #expect(plain.status == 0 && isolated.status == 0, "\(isolated.stderr)")
        #expect(isolated.stdout == plain.stdout)
    }

    @Test("with --isolate a document that crashes the process becomes an error record and the run goes on")
    func crashIsContained() throws {
        let result = try PipeBinary.run(["run", "pipelines/news.yaml", "--quiet", "--isolate", "--jobs", "2"],
                                        environment: ["PIPE_SERVE_CRASH_ON": "samples/council-budget.txt"])
        #expect(result.status == 3)
        #expect(outputRecords(result.stdout).compactMap { $0["id"] as? String } == ["samples/charity-drive.txt", "samples/denied-call.txt"])
        #expect(result.stderr.contains("pipe: error: document 'samples/council-budget.txt': stage 'isolated': the process was killed by signal"))
        #expect(result.stderr.contains("Fatal error: crash requested by PIPE_SERVE_CRASH_ON for document 'samples/council-budget.txt'"))
    }
}
