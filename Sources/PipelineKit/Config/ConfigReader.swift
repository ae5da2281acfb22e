internal import Yams

/// Walks the YAML tree of a pipeline file, collecting errors instead of stopping at the first.
struct ConfigReader {
    let yaml: String
    let file: String
    let baseDirectory: String
    let registry: StageRegistry
    private(set) var errors: [ConfigError] = []

    init(yaml: String, file: String, baseDirectory: String, registry: StageRegistry) {
        self.yaml = yaml
        self.file = file
        self.baseDirectory = baseDirectory
        self.registry = registry
    }

    static let topLevelKeys = ["pipeline", "input", "output", "jobs", "max-document-size", "invalid-utf8"]
    static let entryKeys = ["stage", "command", "library", "name", "options", "workers", "timeout"]

    // MARK: Positions and errors

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func snippet(_ node: Node) -> String? {
        node.mark.map { $0.snippet(from: yaml).trimmingSuffixNewline }
    }

    mutating func report(_ message: String, at node: Node) {
        errors.append(ConfigError(message, at: location(node), snippet: snippet(node)))
    }

    func error(from yamlError: YamlError) -> ConfigError {
        func make(_ problem: String, _ mark: Mark, _ context: YamlError.Context?) -> ConfigError {
            let message = "invalid YAML: " + problem + (context.map { " \($0.text)" } ?? "")
            return ConfigError(message, at: SourceLocation(file: file, line: mark.line, column: mark.column),
                               snippet: mark.snippet(from: yaml).trimmingSuffixNewline)
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _): return make(problem, mark, context)
        case let .parser(context, problem, mark, _): return make(problem, mark, context)
        case let .composer(context, problem, mark, _): return make(problem, mark, context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ConfigError("duplicate key '\(duplicates.joined(separator: "', '"))'",
                               at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                               snippet: context.mark.snippet(from: yaml).trimmingSuffixNewline)
        default:
            return ConfigError("invalid YAML: \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Reports keys of `mapping` not in `allowed`, suggesting the nearest allowed key.
    mutating func checkKeys(_ mapping: Node.Mapping, allowed: [String], context: String) {
        for (key, _) in mapping {
            guard let name = key.string else {
                report("\(context) keys must be strings", at: key)
                continue
            }
            if !allowed.contains(name) {
                let hint = NameSuggester.suggest(name, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                report("unknown key '\(name)' in \(context)\(hint)", at: key)
            }
        }
    }

    func resolve(_ path: String) -> String {
        StageEnvironment(baseDirectory: baseDirectory).resolve(path)
    }

    // MARK: Top level

    mutating func read(_ root: Node) -> PipelineConfig? {
        guard let mapping = root.mapping else {
            report("a pipeline file is a mapping with a 'pipeline:' list of stages", at: root)
            return nil
        }
        checkKeys(mapping, allowed: Self.topLevelKeys, context: "the pipeline file")
        var stages: [StageEntry] = []
        if let list = mapping["pipeline"] {
            if let sequence = list.sequence {
                if sequence.isEmpty { report("'pipeline' lists no stages", at: list) }
                for item in sequence {
                    if let entry = readEntry(item) { stages.append(entry) }
                }
            } else {
                report("'pipeline' must be a list of stages (each '- stage: NAME')", at: list)
            }
        } else {
            report("missing 'pipeline:' list of stages", at: root)
        }

        var inputs: [String] = []
        if let input = mapping["input"] {
            if let list = stringList(input) { inputs = list.map(resolve) } else {
                report("'input' must be a path or a list of paths", at: input)
            }
        }
        var output: String?
        if let node = mapping["output"] {
            if let s = node.scalar?.string, !s.isEmpty { output = s == "-" ? s : resolve(s) } else {
                report("'output' must be a file path or '-'", at: node)
            }
        }
        var jobs: Int?
        if let node = mapping["jobs"] {
            if let n = node.int, n >= 1 { jobs = n } else { report("'jobs' must be a whole number of at least 1", at: node) }
        }
        var maxBytes = 64 << 20
        if let node = mapping["max-document-size"] {
            if let n = node.scalar.flatMap({ ByteSize.parse($0.string) }), n > 0 { maxBytes = n } else {
                report("'max-document-size' must be a size such as 64MB, 500KB or 1000000", at: node)
            }
        }
        var policy = InvalidUTF8Policy.replace
        if let node = mapping["invalid-utf8"] {
            if let p = node.string.flatMap(InvalidUTF8Policy.init(rawValue:)) { policy = p } else {
                report("'invalid-utf8' must be 'replace' or 'reject'", at: node)
            }
        }
        return PipelineConfig(
            file: file, baseDirectory: baseDirectory, stages: stages, inputs: inputs, output: output,
            jobs: jobs, maxDocumentBytes: maxBytes, invalidUTF8: policy)
    }

    func stringList(_ node: Node) -> [String]? {
        if let s = node.scalar?.string { return [s] }
        guard let sequence = node.sequence else { return nil }
        var result: [String] = []
        for item in sequence {
            guard let s = item.scalar?.string else { return nil }
            result.append(s)
        }
        return result
    }
}

extension String {
    var trimmingSuffixNewline: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
