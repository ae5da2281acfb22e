/// The type of a stage option, checked when a pipeline file is loaded.
public enum OptionType: Sendable, Equatable, CustomStringConvertible {
    /// `true` or `false`.
    case boolean
    /// A whole number, optionally within a range.
    case integer(ClosedRange<Int>? = nil)
    /// A number, optionally within a range.
    case number(ClosedRange<Double>? = nil)
    /// Any string.
    case string
    /// One of a fixed set of strings.
    case choice([String])
    /// A list of strings (a single string is accepted as a one-element list).
    case stringList
    /// A mapping from names to lists of strings, e.g. stance targets and their aliases.
    case stringListMap
    /// A file path, resolved against the pipeline file's folder.
    case path
    /// Any YAML value, handed to the stage as JSON.
    case json

    public var description: String {
        switch self {
        case .boolean: "bool"
        case .integer(let range): range.map { "int \($0.lowerBound)...\($0.upperBound)" } ?? "int"
        case .number(let range): range.map { "number \($0.lowerBound)...\($0.upperBound)" } ?? "number"
        case .string: "string"
        case .choice(let values): values.joined(separator: "|")
        case .stringList: "[string]"
        case .stringListMap: "{name: [string]}"
        case .path: "path"
        case .json: "any"
        }
    }
}

/// One declared option of a stage: name, type, default and meaning.
public struct OptionSpec: Sendable {
    /// The key in the pipeline file.
    public let name: String
    /// The expected type.
    public let type: OptionType
    /// The value used when the pipeline file omits the option; nil makes the option required.
    public let defaultValue: OptionValue?
    /// What the option does, shown by `pipe stages NAME`.
    public let help: String

    /// Declares an option.
    public init(_ name: String, _ type: OptionType, default defaultValue: OptionValue?, help: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
    }
}
