import Foundation

/// The files `pipe new-stage` writes and the two registration edits it makes.
struct StageScaffold {
    /// The name pipeline files use, e.g. `word-count`.
    let stageName: String
    /// The package root.
    let root: String

    /// `WordCount` for `word-count`.
    var moduleName: String {
        stageName.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `WordCountStage` for `word-count`.
    var typeName: String { moduleName + "Stage" }

    /// The custom layer the scaffolded stage writes: `word_count`.
    var layerName: String { stageName.replacingOccurrences(of: "-", with: "_") }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), !name.hasSuffix("-"), !name.contains("--") else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Writes the files and registers the module; refuses to overwrite anything.
    /// - Returns: the created paths, relative to the root.
    func write() throws -> [String] {
        let files: [(String, String)] = [
            ("Plugins/\(moduleName)/\(typeName).swift", stageSource),
            ("Tests/\(moduleName)Tests/\(typeName)Tests.swift", testSource),
            ("Tests/\(moduleName)Tests/Fixtures/sample.txt", "The council met on Monday. It approved the budget.\n"),
            ("Plugins/\(moduleName)/README-snippet.md", readmeSnippet),
        ]
        let manager = FileManager.default
        for (path, _) in files where manager.fileExists(atPath: root + "/" + path) {
            throw ScaffoldError("\(path) already exists; choose another name or remove it")
        }
        let package = try edit("Package.swift") { try Self.register(module: moduleName, inPackage: $0) }
        let builtins = try edit("Sources/PipeBuiltins/BuiltinStages.swift") { try Self.register(module: moduleName, type: typeName, inBuiltins: $0) }
        for (path, contents) in files {
            let full = root + "/" + path
            try manager.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try contents.write(toFile: full, atomically: true, encoding: .utf8)
        }
        try package()
        try builtins()
        return files.map(\.0)
    }

    /// Reads a file and prepares its edited contents; the returned closure writes them.
    private func edit(_ path: String, _ change: (String) throws -> String) throws -> () throws -> Void {
        let full = root + "/" + path
        guard let text = try? String(contentsOfFile: full, encoding: .utf8) else {
            throw ScaffoldError("cannot read \(full); run in the pipe package root or pass --package-path")
        }
        let edited = try change(text)
        return { try edited.write(toFile: full, atomically: true, encoding: .utf8) }
    }

    /// Adds the module to `let stageModules = [...]` in Package.swift.
    static func register(module: String, inPackage text: String) throws -> String {
        guard let line = text.range(of: "let stageModules = ["),
              let close = text.range(of: "]", range: line.upperBound..<text.endIndex) else {
            throw ScaffoldError("Package.swift has no 'let stageModules = [...]' list to add the module to")
        }
        if text[line.upperBound..<close.lowerBound].contains("\"\(module)\"") {
            throw ScaffoldError("Package.swift already lists \(module)")
        }
        return text.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: ", \"\(module)\"")
    }

    /// Adds the import and the descriptor to BuiltinStages.swift.
    static func register(module: String, type: String, inBuiltins text: String) throws -> String {
        guard let list = text.range(of: "descriptors: [StageDescriptor] = ["),
              let close = text.range(of: "\n    ]", range: list.upperBound..<text.endIndex) else {
            throw ScaffoldError("BuiltinStages.swift has no 'descriptors: [StageDescriptor] = [' list")
        }
        var edited = text.replacingCharacters(in: close.lowerBound..<close.lowerBound, with: "\n        \(type).descriptor,")
        edited = "import \(module)\n" + edited
        return edited
    }

    var stageSource: String {
        """
        import PipelineKit

        /// The `\(stageName)` stage: counts the words of each sentence (replace with your own logic).
        ///
        /// Writes the custom layer `\(layerName)`: one `{start, end, words}` object per sentence.
        public struct \(typeName): Stage {
            /// How pipeline files name and configure this stage; `pipe stages \(stageName)` shows it.
            public static let descriptor = StageDescriptor(
                name: "\(stageName)", version: "0.1.0",
                summary: "Counts the words of each sentence.",
                options: [
                    OptionSpec("min-words", .integer(0...10_000), default: .int(0),
                               help: "Sentences with fewer words are left out."),
                ],
                reads: [.sentences], writes: ["\(layerName)"]
            ) { options, _ in \(typeName)(minWords: options.int("min-words")) }

            /// Sentences with fewer words are left out.
            let minWords: Int

            public func process(_ document: inout Document, context: StageContext) async throws {
                let scalars = Array(document.text.unicodeScalars)
                var records: [JSONValue] = []
                for sentence in document.sentences ?? [] {
                    var words = 0
                    var inWord = false
                    for i in sentence.range {
                        let isSpace = scalars[i].properties.isWhitespace
                        if !isSpace && !inWord { words += 1 }
                        inWord = !isSpace
                    }
                    guard words >= minWords else { continue }
                    records.append(.object(JSONObject([
                        ("start", .int(sentence.start)), ("end", .int(sentence.end)), ("words", .int(words)),
                    ])))
                }
                document.layers["\(layerName)"] = .array(records)
            }
        }

        """
    }

    var testSource: String {
        """
        import Foundation
        import PipelineKit
        import PipelineKitTesting
        import Testing
        @testable import \(moduleName)

        @Test("each sentence gets its word count")
        func countsWordsPerSentence() async throws {
            let url = try #require(Bundle.module.url(forResource: "Fixtures/sample", withExtension: "txt"))
            var document = Document(id: "sample", text: try String(contentsOf: url, encoding: .utf8))
            document.sentences = [Span(start: 0, end: 26), Span(start: 27, end: 50)]
            let stage = try \(typeName).descriptor.makeStage([:])
            let result = try await StageHarness.run(stage, on: document)
            let counts = result.layers["\(layerName)"]?.arrayValue?.compactMap { $0["words"]?.intValue }
            #expect(counts == [5, 4])
        }

        """
    }

    var readmeSnippet: String {
        """
        ### `\(stageName)`

        Counts the words of each sentence (describe what your stage does).

        ```yaml
        pipeline:
          - stage: segmenter
          - stage: \(stageName)
            options:
              min-words: 3
        ```

        Output: a `\(layerName)` layer, `[{start, end, words}]`, offsets in code points into `text`.

        """
    }
}

/// A scaffolding problem, reported without touching any file.
struct ScaffoldError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
