internal import Yams

extension ConfigReader {
    /// Reads one `- stage: ...`, `- command: [...]` or `- library: ...` entry.
    mutating func readEntry(_ node: Node) -> StageEntry? {
        guard let mapping = node.mapping else {
            if let name = node.string {
                report("a stage entry is a mapping; write '- stage: \(name)'", at: node)
            } else {
                report("a stage entry is a mapping such as '- stage: segmenter'", at: node)
            }
            return nil
        }
        checkKeys(mapping, allowed: Self.entryKeys, context: "a stage entry")
        let errorCount = errors.count
        let optionsNode = mapping["options"]
        if let optionsNode, optionsNode.mapping == nil, optionsNode.null == nil {
            report("'options' must be a mapping of option names to values", at: optionsNode)
        }
        var customName: String?
        if let nameNode = mapping["name"] {
            if let s = nameNode.scalar?.string, !s.isEmpty { customName = s } else { report("'name' must be a string", at: nameNode) }
        }

        let kind: StageEntry.Kind
        var stageName = customName
        if let commandNode = mapping["command"] {
            if mapping["library"] != nil { report("a stage entry has either 'command' or 'library', not both", at: commandNode) }
            if mapping["stage"] != nil { report("a 'command' entry takes 'name', not 'stage'", at: commandNode) }
            guard let argv = stringList(commandNode), !argv.isEmpty, !argv[0].isEmpty else {
                report("'command' must be a list such as [python3, stages/keywords.py]", at: commandNode)
                return nil
            }
            var workers = 1
            if let w = mapping["workers"] {
                if let n = w.int, (1...256).contains(n) { workers = n } else { report("'workers' must be a whole number from 1 to 256", at: w) }
            }
            var timeout = 60.0
            if let t = mapping["timeout"] {
                if let seconds = t.float ?? t.int.map(Double.init), seconds > 0 { timeout = seconds } else {
                    report("'timeout' must be a positive number of seconds per document", at: t)
                }
            }
            // The process runs in the pipeline file's folder, so relative paths in argv work as written.
            kind = .command(argv: argv, options: jsonOptions(optionsNode), workers: workers, timeoutSeconds: timeout,
                            optionLocations: optionLocations(optionsNode))
            stageName = stageName ?? Self.commandName(argv)
        } else {
            for key in ["workers", "timeout"] {
                if let n = mapping[key] { report("'\(key)' applies only to 'command' stages", at: n) }
            }
            if let libraryNode = mapping["library"] {
                guard let path = libraryNode.string, !path.isEmpty else {
                    report("'library' must be the path of a shared library (.so)", at: libraryNode)
                    return nil
                }
                let inner = mapping["stage"]?.string
                kind = .library(path: resolve(path), stage: inner, options: jsonOptions(optionsNode), optionLocations: optionLocations(optionsNode))
                stageName = stageName ?? inner ?? path
            } else if let stageNode = mapping["stage"] {
                guard let name = stageNode.string, !name.isEmpty else {
                    report("'stage' must be the name of a stage", at: stageNode)
                    return nil
                }
                guard let descriptor = registry.descriptor(named: name) else {
                    let hint = registry.suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? "; 'pipe stages' lists them"
                    report("unknown stage '\(name)'\(hint)", at: stageNode)
                    return nil
                }
                guard let options = readOptions(optionsNode, for: descriptor, entry: node) else { return nil }
                kind = .registered(descriptor, options)
                stageName = stageName ?? name
            } else {
                report("a stage entry needs 'stage: NAME', 'command: [...]' or 'library: PATH'", at: node)
                return nil
            }
        }
        guard errors.count == errorCount, let stageName else { return nil }
        return StageEntry(name: stageName, hasCustomName: customName != nil, kind: kind, location: location(node))
    }

    /// Checks each option against the stage's declared options; nil when any is wrong.
    mutating func readOptions(_ node: Node?, for descriptor: StageDescriptor, entry: Node) -> StageOptions? {
        var values: [String: OptionValue] = [:]
        let before = errors.count
        for (keyNode, valueNode) in node?.mapping ?? [:] {
            guard let key = keyNode.string else { continue }
            guard let spec = descriptor.options.first(where: { $0.name == key }) else {
                let known = descriptor.options.map(\.name)
                let hint = NameSuggester.suggest(key, among: known).map { "; did you mean '\($0)'?" }
                    ?? (known.isEmpty ? "; it takes no options" : "; it takes \(known.joined(separator: ", "))")
                report("unknown option '\(key)' for stage '\(descriptor.name)'\(hint)", at: keyNode)
                continue
            }
            do {
                let raw = try OptionNodeDecoder.value(valueNode, as: spec.type, option: key)
                values[key] = try StageOptions.validated(raw, against: spec)
            } catch {
                report("stage '\(descriptor.name)': \(error.message)", at: valueNode)
            }
        }
        guard errors.count == before else { return nil }
        do {
            return try StageOptions(specs: descriptor.options, values: values)
        } catch {
            report("stage '\(descriptor.name)': \(error.message)", at: entry)
            return nil
        }
    }

    /// Where each option's value is, for errors found when the stage is built.
    func optionLocations(_ node: Node?) -> [String: SourceLocation] {
        var locations: [String: SourceLocation] = [:]
        for (key, value) in node?.mapping ?? [:] {
            if let k = key.string { locations[k] = location(value) }
        }
        return locations
    }

    func jsonOptions(_ node: Node?) -> JSONObject {
        guard let node, let mapping = node.mapping else { return JSONObject() }
        var object = JSONObject()
        for (key, value) in mapping {
            if let k = key.string { object[k] = OptionNodeDecoder.json(value) }
        }
        return object
    }

    /// A readable default name for a command stage: its script's file name without extension.
    static func commandName(_ argv: [String]) -> String {
        let last = argv.last(where: { !$0.hasPrefix("-") }) ?? argv[0]
        let file = last.split(separator: "/").last.map(String.init) ?? last
        return file.split(separator: ".").first.map(String.init) ?? file
    }
}
