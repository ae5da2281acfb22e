/// Converts JSON option values (from `library:` entries or process handshakes) to declared types.
enum OptionJSONDecoder {
    static func value(_ json: JSONValue, as type: OptionType, option: String) throws(OptionError) -> OptionValue {
        func wrong() -> OptionError {
            OptionError(option: option, message: "option '\(option)' expects \(type), got \(json.typeName)")
        }
        switch (type, json) {
        case (.boolean, .bool(let b)): return .bool(b)
        case (.integer, _): guard let i = json.intValue else { throw wrong() }; return .int(i)
        case (.number, _): guard let d = json.doubleValue else { throw wrong() }; return .double(d)
        case (.string, .string(let s)), (.path, .string(let s)), (.choice, .string(let s)): return .string(s)
        case (.stringList, .string(let s)): return .stringList([s])
        case (.stringList, .array(let items)):
            return .stringList(try items.map { item throws(OptionError) in
                guard let s = item.stringValue else { throw wrong() }
                return s
            })
        case (.stringListMap, .object(let object)):
            var pairs: [NamedStrings] = []
            for (key, value) in object {
                guard case .stringList(let list) = try self.value(value, as: .stringList, option: option) else { throw wrong() }
                pairs.append(NamedStrings(name: key, values: list))
            }
            return .stringListMap(pairs)
        case (.json, _): return .json(json)
        default: throw wrong()
        }
    }
}
