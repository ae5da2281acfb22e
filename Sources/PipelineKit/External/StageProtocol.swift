/// The line-delimited JSON messages exchanged with `command:` stages; see `docs/stage-protocol.md`.
enum StageProtocol {
    /// The protocol version pipe speaks, sent in the hello message.
    static let version = 1

    /// What a stage tells pipe about itself in its hello reply.
    struct Handshake: Sendable {
        var name: String
        var version: String
        var summary: String
        var reads: [LayerKey]
        var writes: [LayerKey]
        /// Declared options; when present pipe checks the pipeline file's options against them.
        var options: [OptionSpec]
    }

    /// pipe's first message: the protocol version and the stage's name in the pipeline.
    static func hello(stage: String) -> [UInt8] {
        var object = JSONObject()
        object["type"] = .string("hello")
        object["protocol"] = .int(version)
        object["stage"] = .string(stage)
        return line(.object(object))
    }

    /// pipe's second message: the options from the pipeline file, checked against the declared
    /// options and completed with their defaults.
    static func configure(options: JSONObject) -> [UInt8] {
        var object = JSONObject()
        object["type"] = .string("configure")
        object["options"] = .object(options)
        return line(.object(object))
    }

    /// Reads the stage's answer to `configure`: nothing for `ready`, the stage's message for `error`.
    static func configured(_ bytes: [UInt8]) throws(StageError) {
        let object = try message(bytes, expecting: nil)
        switch object["type"]?.stringValue {
        case "ready": return
        case "error": throw StageError(object["message"]?.stringValue ?? "the stage refused its options without a message")
        default: throw StageError("expected a 'ready' or 'error' message after 'configure', got: \(preview(bytes))")
        }
    }

    /// One document to process, in output format.
    static func request(_ document: Document) -> [UInt8] {
        var w = JSONWriter(capacity: document.text.utf8.count + 256)
        w.raw("{\"type\":\"document\",\"document\":")
        document.writeJSON(to: &w)
        w.raw("}\n")
        return w.bytes
    }

    /// Reads the stage's hello reply.
    static func handshake(_ bytes: [UInt8]) throws(StageError) -> Handshake {
        let object = try message(bytes, expecting: "hello")
        guard let name = object["name"]?.stringValue, !name.isEmpty else {
            throw StageError("the hello reply lacks a 'name' string")
        }
        var options: [OptionSpec] = []
        if let declared = object["options"] {
            guard let list = declared.arrayValue else { throw StageError("'options' in the hello reply must be a list of option objects") }
            for (i, element) in list.enumerated() {
                options.append(try optionSpec(element, index: i))
            }
        }
        return Handshake(
            name: name,
            version: object["version"]?.stringValue ?? "0",
            summary: object["summary"]?.stringValue ?? "",
            reads: try layerList(object["reads"], field: "reads"),
            writes: try layerList(object["writes"], field: "writes"),
            options: options)
    }

    /// The option types a hello reply may declare, by the name it uses; the one list of those names.
    enum DeclaredOptionType: String, CaseIterable {
        case bool, int, number, string
        case stringList = "string-list"
        case stringListMap = "string-list-map"
        case choice, path, json
    }

    /// Reads `{"name", "type", "default", "help", "values", "min", "max"}` from a hello reply.
    private static func optionSpec(_ value: JSONValue, index: Int) throws(StageError) -> OptionSpec {
        let field = "options[\(index)]"
        guard let name = value["name"]?.stringValue, !name.isEmpty else { throw StageError("\(field) in the hello reply needs a 'name'") }
        let typeName = value["type"]?.stringValue ?? "json"
        guard let declared = DeclaredOptionType(rawValue: typeName) else {
            let names = DeclaredOptionType.allCases.map(\.rawValue).joined(separator: ", ")
            throw StageError("\(field) ('\(name)') has unknown type '\(typeName)'; use one of \(names)")
        }
        let type: OptionType
        switch declared {
        case .bool: type = .boolean
        case .int:
            let min = value["min"]?.intValue, max = value["max"]?.intValue
            type = .integer(min.flatMap { lo in max.map { lo...$0 } })
        case .number:
            let min = value["min"]?.doubleValue, max = value["max"]?.doubleValue
            type = .number(min.flatMap { lo in max.map { lo...$0 } })
        case .string: type = .string
        case .stringList: type = .stringList
        case .stringListMap: type = .stringListMap
        case .choice:
            guard let values = value["values"]?.arrayValue?.compactMap(\.stringValue), !values.isEmpty else {
                throw StageError("\(field) ('\(name)') is a choice but has no 'values' list")
            }
            type = .choice(values)
        case .path: type = .path
        case .json: type = .json
        }
        var defaultValue: OptionValue?
        if let raw = value["default"] {
            do {
                defaultValue = try OptionJSONDecoder.value(raw, as: type, option: name)
            } catch {
                throw StageError("\(field): the default of '\(name)' does not fit its type: \(error.message)")
            }
        }
        return OptionSpec(name, type, default: defaultValue, help: value["help"]?.stringValue ?? "")
    }

    /// Applies a `result` reply to the document, or throws the stage's `error` reply.
    ///
    /// Cuts in `remove` are applied first; spans in `layers` refer to the text after them.
    static func apply(_ bytes: [UInt8], to document: inout Document, declared: Handshake) throws(ReplyError) {
        let object: JSONObject
        do {
            object = try message(bytes, expecting: nil)
        } catch {
            throw .garbage(error.message)
        }
        let id = object["id"]?.stringValue
        guard id == document.id else {
            throw .garbage("reply is for document '\(id ?? "?")', expected '\(document.id)'")
        }
        switch object["type"]?.stringValue {
        case "error":
            throw .failed(object["message"]?.stringValue ?? "the stage reported an error without a message")
        case "result":
            break
        default:
            throw .garbage("expected a 'result' or 'error' message, got type '\(object["type"]?.stringValue ?? "none")'")
        }
        do {
            if let remove = object["remove"] {
                guard declared.writes.contains(.text) else {
                    throw StageError("it removed text but its hello did not declare \"text\" in 'writes'")
                }
                let decoder = LayerDecoder(length: document.length)
                var cuts: [Cut] = []
                for (i, element) in try decoder.list(remove, path: "remove").enumerated() {
                    let span = try decoder.span(element, path: "remove[\(i)]")
                    cuts.append(Cut(span: span, reason: element["reason"]?.stringValue ?? declared.name))
                }
                document.remove(cuts)
            }
            if let layers = object["layers"] {
                let decoder = LayerDecoder(length: document.length)
                for (key, value) in try decoder.object(layers, path: "layers") {
                    let layer = LayerKey(key)
                    guard declared.writes.contains(layer) else {
                        throw StageError("it returned layer '\(key)' but its hello did not declare it in 'writes'")
                    }
                    try set(layer, value, on: &document, decoder: decoder)
                }
            }
        } catch let error as DocumentDecodingError {
            throw .failed("bad result: \(error)")
        } catch let error as StageError {
            throw .failed(error.message)
        } catch {
            throw .failed("\(error)")
        }
    }

    /// Why a reply could not be applied.
    enum ReplyError: Error {
        /// The stage reported a per-document error; the process stays up.
        case failed(String)
        /// The reply is not a protocol message for this document; the process is restarted.
        case garbage(String)
    }

    private static func set(_ layer: LayerKey, _ value: JSONValue, on document: inout Document, decoder: LayerDecoder) throws {
        let path = "layers.\(layer.name)"
        switch layer {
        case .paragraphs: document.paragraphs = try decoder.spans(value, path: path)
        case .sentences: document.sentences = try decoder.spans(value, path: path)
        case .tokens: document.tokens = try decoder.spans(value, path: path)
        case .quotes: document.quotes = try decoder.quotes(value, path: path)
        case .stances: document.stances = try decoder.stances(value, path: path)
        case .text, .removed, .targets, "id", "meta":
            throw StageError("layer '\(layer.name)' cannot be set in 'layers'; use 'remove' to edit text")
        default: document.layers[layer.name] = value
        }
    }

    private static func message(_ bytes: [UInt8], expecting type: String?) throws(StageError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw StageError("not a JSON line (\(error)): \(preview(bytes))")
        }
        guard let object = value.objectValue else { throw StageError("expected a JSON object, got \(value.typeName)") }
        if let type, object["type"]?.stringValue != type {
            throw StageError("expected a '\(type)' message, got: \(preview(bytes))")
        }
        return object
    }

    private static func layerList(_ value: JSONValue?, field: String) throws(StageError) -> [LayerKey] {
        guard let value else { return [] }
        guard let list = value.arrayValue else { throw StageError("'\(field)' in the hello reply must be a list of layer names") }
        var layers: [LayerKey] = []
        for element in list {
            guard let name = element.stringValue else { throw StageError("'\(field)' in the hello reply must be a list of layer names") }
            layers.append(LayerKey(name))
        }
        return layers
    }

    /// The start of a line for error messages.
    static func preview(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(120), as: UTF8.self)
        return "'" + text + (bytes.count > 120 ? "…'" : "'")
    }

    private static func line(_ value: JSONValue) -> [UInt8] {
        var w = JSONWriter()
        w.value(value)
        w.raw("\n")
        return w.bytes
    }
}
