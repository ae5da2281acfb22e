internal import Yams

/// Converts YAML nodes to option values of a declared type.
enum OptionNodeDecoder {
    static func value(_ node: Node, as type: OptionType, option: String) throws(OptionError) -> OptionValue {
        func wrong(_ expected: String) -> OptionError {
            OptionError(option: option, message: "option '\(option)' expects \(expected), got \(describe(node))")
        }
        switch type {
        case .boolean:
            guard isPlain(node), let b = node.bool else { throw wrong("true or false") }
            return .bool(b)
        case .integer:
            guard isPlain(node), let i = node.int else { throw wrong("a whole number") }
            return .int(i)
        case .number:
            guard isPlain(node), let d = node.int.map(Double.init) ?? node.float else { throw wrong("a number") }
            return .double(d)
        case .string, .path, .choice:
            guard let s = node.scalar?.string else { throw wrong("a string") }
            return .string(s)
        case .stringList:
            if let s = node.scalar?.string { return .stringList([s]) }
            guard let items = node.sequence else { throw wrong("a list of strings") }
            var list: [String] = []
            for item in items {
                guard let s = item.scalar?.string else { throw wrong("a list of strings") }
                list.append(s)
            }
            return .stringList(list)
        case .stringListMap:
            guard let mapping = node.mapping else { throw wrong("a mapping of names to lists of strings") }
            var pairs: [NamedStrings] = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { throw wrong("a mapping of names to lists of strings") }
                guard case .stringList(let list) = try self.value(value, as: .stringList, option: "\(option).\(name)") else {
                    throw wrong("a mapping of names to lists of strings")
                }
                pairs.append(NamedStrings(name: name, values: list))
            }
            return .stringListMap(pairs)
        case .json:
            return .json(json(node))
        }
    }

    /// A plain (unquoted) scalar: quoted "true" is a string, not a boolean.
    static func isPlain(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain || scalar.style == .any
    }

    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if !isPlain(node) { return .string(scalar.string) }
            if node.null != nil { return .null }
            if let b = node.bool { return .bool(b) }
            if let i = node.int { return .int(i) }
            if let d = node.float { return .double(d) }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .array(sequence.map(json))
        case .mapping(let mapping):
            return .object(JSONObject(mapping.map { ($0.key.string ?? "", json($0.value)) }))
        case .alias:
            return .null
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): isPlain(node) ? "'\(s.string)'" : "the string '\(s.string)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}

/// Sizes written like `64MB`, `500 KB`, `2GiB` or a plain number of bytes.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        guard let number = Double(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        let factor: Double
        switch unit {
        case "", "B": factor = 1
        case "K", "KB", "KIB": factor = 1024
        case "M", "MB", "MIB": factor = 1024 * 1024
        case "G", "GB", "GIB": factor = 1024 * 1024 * 1024
        default: return nil
        }
        return Int(number * factor)
    }
}
