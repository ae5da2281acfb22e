import Testing
@testable import PipelineKit

@Suite("Pipeline files")
struct ConfigLoaderTests {
    let loader = ConfigLoader(registry: TestStages.registry)

    func errors(_ yaml: String) -> [String] {
        do {
            _ = try loader.load(yaml: yaml, file: "p.yaml")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test("a valid file loads stages, options with defaults, and resolved input paths")
    func validFile() throws {
        let config = try loader.load(yaml: """
            pipeline:
              - stage: length
                options: {factor: 3, words: hello}
              - stage: splitter
                name: split
            input: ../data
            jobs: 2
            max-document-size: 2MB
            """, file: "conf/p.yaml", baseDirectory: "conf")
        #expect(config.stages.map(\.name) == ["length", "split"])
        guard case .registered(_, let options) = config.stages[0].kind else { Issue.record("wrong kind"); return }
        #expect(options.int("factor") == 3)
        #expect(options.string("mode") == "fast")
        #expect(options.strings("words") == ["hello"])
        #expect(config.inputs == ["data"])
        #expect(config.jobs == 2)
        #expect(config.maxDocumentBytes == 2 * 1024 * 1024)
    }

    @Test("an unknown stage is reported at its position with the nearest name")
    func unknownStage() {
        #expect(errors("pipeline:\n  - stage: lenght\n") == ["p.yaml:2:12: error: unknown stage 'lenght' (did you mean 'length'?)"])
    }

    @Test("unknown keys, wrong types and out-of-range values are all reported at once")
    func severalErrors() {
        let found = errors("""
            pipeline:
              - stage: length
                optoins: {}
              - stage: length
                options:
                  factor: 11
                  verbose: "yes"
                  mode: fats
                  colour: red
            outptu: x
            """)
        #expect(found == [
            "p.yaml:10:1: error: unknown key 'outptu' in the pipeline file; did you mean 'output'?",
            "p.yaml:3:5: error: unknown key 'optoins' in a stage entry; did you mean 'options'?",
            "p.yaml:6:15: error: stage 'length': option 'factor' must be in 1...10, got 11",
            "p.yaml:7:16: error: stage 'length': option 'verbose' expects true or false, got the string 'yes'",
            "p.yaml:8:13: error: stage 'length': option 'mode' must be one of fast, exact, got 'fats'; did you mean 'fast'?",
            "p.yaml:9:7: error: unknown option 'colour' for stage 'length'; it takes factor, mode, verbose, words",
        ])
    }

    @Test("malformed YAML gives the parser's position and a caret snippet")
    func malformedYAML() throws {
        do {
            _ = try loader.load(yaml: "pipeline:\n  - stage: length\n    options: {factor: 2\n", file: "bad.yaml")
            Issue.record("expected an error")
        } catch {
            let first = try #require(error.errors.first)
            #expect(first.location?.file == "bad.yaml")
            #expect(first.location?.line == 4)
            #expect(first.description.hasPrefix("bad.yaml:4:1: error: invalid YAML:"))
        }
    }

    @Test("a file without a pipeline list is refused")
    func missingPipeline() {
        #expect(errors("input: x\n") == ["p.yaml:1:1: error: missing 'pipeline:' list of stages"])
        #expect(errors("") == ["p.yaml:1:1: error: pipeline file is empty; it needs a 'pipeline:' list of stages"])
    }

    @Test("command entries take workers and timeout; stage entries do not")
    func commandEntries() throws {
        let config = try loader.load(yaml: """
            pipeline:
              - command: [python3, stages/keywords.py]
                workers: 2
                timeout: 1.5
                options: {words: [a, b]}
            """, file: "p.yaml", baseDirectory: "dir")
        guard case .command(let argv, let options, let workers, let timeout, _) = config.stages[0].kind else {
            Issue.record("wrong kind"); return
        }
        #expect(argv == ["python3", "stages/keywords.py"])
        #expect(workers == 2)
        #expect(timeout == 1.5)
        #expect(options["words"] == .array([.string("a"), .string("b")]))
        #expect(config.stages[0].name == "keywords")
        #expect(errors("pipeline:\n  - stage: length\n    workers: 2\n") == ["p.yaml:3:14: error: 'workers' applies only to 'command' stages"])
    }

    @Test("a missing pipeline file is named in the error")
    func missingFile() {
        #expect(throws: ConfigErrors.self) { try loader.load(file: "/nonexistent/p.yaml") }
    }
}
