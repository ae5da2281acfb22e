/// A validated option value.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case stringList([String])
    /// Ordered name → strings pairs.
    case stringListMap([NamedStrings])
    case json(JSONValue)

    public var description: String {
        switch self {
        case .bool(let b): "\(b)"
        case .int(let i): "\(i)"
        case .double(let d): "\(d)"
        case .string(let s): s.isEmpty ? "\"\"" : s
        case .stringList(let list): "[" + list.joined(separator: ", ") + "]"
        case .stringListMap(let map):
            "{" + map.map { "\($0.name): [\($0.values.joined(separator: ", "))]" }.joined(separator: ", ") + "}"
        case .json(let value): value.jsonText
        }
    }
}

/// A name with a list of strings, e.g. a stance target with its aliases.
public struct NamedStrings: Sendable, Equatable {
    /// The name.
    public let name: String
    /// The strings under it.
    public let values: [String]

    /// Creates a pair.
    public init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }
}

extension OptionValue {
    /// The value as JSON, as process stages receive their options.
    public var jsonValue: JSONValue {
        switch self {
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .stringList(let list): .array(list.map { .string($0) })
        case .stringListMap(let map): .object(JSONObject(map.map { ($0.name, JSONValue.array($0.values.map { .string($0) })) }))
        case .json(let value): value
        }
    }
}
