/// A failure to accept an option value; the config loader adds the file position.
public struct OptionError: Error, Sendable, CustomStringConvertible {
    /// The option's name.
    public let option: String
    /// What is wrong.
    public let message: String

    /// Creates an option error.
    public init(option: String, message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { message }
}

/// A stage's options after validation: every declared option has a value of its declared type.
///
/// Accessors take the option's name and return the typed value; asking for an undeclared name or
/// the wrong type is a programming error in the stage and traps.
public struct StageOptions: Sendable {
    private let values: [String: OptionValue]

    /// Validates `values` against `specs`, filling in defaults.
    /// - Throws: ``OptionError`` for an unknown option, a missing required one, or a wrong type.
    public init(specs: [OptionSpec], values: [String: OptionValue]) throws(OptionError) {
        var resolved: [String: OptionValue] = [:]
        for key in values.keys.sorted() where !specs.contains(where: { $0.name == key }) {
            let suggestion = NameSuggester.suggest(key, among: specs.map(\.name))
            throw OptionError(option: key, message: "unknown option '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
        }
        for spec in specs {
            if let value = values[spec.name] {
                resolved[spec.name] = try Self.check(value, against: spec)
            } else if let defaultValue = spec.defaultValue {
                resolved[spec.name] = defaultValue
            } else {
                throw OptionError(option: spec.name, message: "missing required option '\(spec.name)'")
            }
        }
        self.values = resolved
    }

    /// Checks one value against its declaration (type, range, choices), converting where the
    /// declaration allows (a single string for a list, a whole number for a number).
    public static func validated(_ value: OptionValue, against spec: OptionSpec) throws(OptionError) -> OptionValue {
        try check(value, against: spec)
    }

    private static func check(_ value: OptionValue, against spec: OptionSpec) throws(OptionError) -> OptionValue {
        func wrong() -> OptionError {
            OptionError(option: spec.name, message: "option '\(spec.name)' expects \(spec.type), got \(value)")
        }
        switch (spec.type, value) {
        case (.boolean, .bool), (.string, .string), (.path, .string), (.stringList, .stringList),
             (.stringListMap, .stringListMap), (.json, _):
            return value
        case (.stringList, .string(let s)):
            return .stringList([s])
        case (.integer(let range), .int(let i)):
            if let range, !range.contains(i) {
                throw OptionError(option: spec.name, message: "option '\(spec.name)' must be in \(range.lowerBound)...\(range.upperBound), got \(i)")
            }
            return value
        case (.number, .int(let i)):
            return try check(.double(Double(i)), against: spec)
        case (.number(let range), .double(let d)):
            if let range, !range.contains(d) {
                throw OptionError(option: spec.name, message: "option '\(spec.name)' must be in \(range.lowerBound)...\(range.upperBound), got \(d)")
            }
            return value
        case (.choice(let choices), .string(let s)):
            guard choices.contains(s) else {
                let suggestion = NameSuggester.suggest(s, among: choices)
                throw OptionError(option: spec.name, message: "option '\(spec.name)' must be one of \(choices.joined(separator: ", ")), got '\(s)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            }
            return value
        default:
            throw wrong()
        }
    }

    private func value(_ name: String) -> OptionValue {
        guard let value = values[name] else { preconditionFailure("stage asked for undeclared option '\(name)'") }
        return value
    }

    /// A `.boolean` option.
    public func bool(_ name: String) -> Bool {
        guard case .bool(let b) = value(name) else { preconditionFailure("option '\(name)' is not a bool") }
        return b
    }

    /// An `.integer` option.
    public func int(_ name: String) -> Int {
        guard case .int(let i) = value(name) else { preconditionFailure("option '\(name)' is not an int") }
        return i
    }

    /// A `.number` option.
    public func double(_ name: String) -> Double {
        switch value(name) {
        case .double(let d): return d
        case .int(let i): return Double(i)
        default: preconditionFailure("option '\(name)' is not a number")
        }
    }

    /// A `.string`, `.choice` or `.path` option; nil when its default is null (`.json(.null)`).
    public func string(_ name: String) -> String? {
        switch value(name) {
        case .string(let s): return s
        case .json(.null): return nil
        default: preconditionFailure("option '\(name)' is not a string")
        }
    }

    /// A `.stringList` option.
    public func strings(_ name: String) -> [String] {
        guard case .stringList(let list) = value(name) else { preconditionFailure("option '\(name)' is not a list") }
        return list
    }

    /// A `.stringListMap` option.
    public func stringListMap(_ name: String) -> [NamedStrings] {
        guard case .stringListMap(let map) = value(name) else { preconditionFailure("option '\(name)' is not a map") }
        return map
    }

    /// Any option as JSON.
    public func json(_ name: String) -> JSONValue {
        value(name).jsonValue
    }

    /// All option values, for stages that forward them (process stages).
    public var all: [String: OptionValue] { values }
}
