/// A document field in JSON that does not have the expected shape.
public struct DocumentDecodingError: Error, Sendable, CustomStringConvertible {
    /// Where in the document object, e.g. `quotes[3].speaker.start`.
    public let path: String
    /// What is wrong.
    public let message: String

    public var description: String { "\(path): \(message)" }
}

extension Document {
    /// Reads a document from a JSON object in output format, as process stages send it back.
    ///
    /// `id` and `text` are required. Known layers are decoded into their typed fields and checked
    /// against the text length; any other member becomes a custom layer, except `meta`.
    /// - Throws: ``DocumentDecodingError`` naming the offending field.
    public init(json: JSONValue) throws(DocumentDecodingError) {
        guard let object = json.objectValue else { throw DocumentDecodingError(path: "$", message: "expected an object, got \(json.typeName)") }
        guard let id = object["id"]?.stringValue else { throw DocumentDecodingError(path: "id", message: "missing or not a string") }
        guard let text = object["text"]?.stringValue else { throw DocumentDecodingError(path: "text", message: "missing or not a string") }
        self.init(id: id, text: text, meta: object["meta"]?.objectValue ?? JSONObject())
        let length = self.length
        let decoder = LayerDecoder(length: length)
        for (key, value) in object {
            switch key {
            case "id", "text", "meta": continue
            case "removed": removed = try decoder.removals(value, path: key)
            case "paragraphs": paragraphs = try decoder.spans(value, path: key)
            case "sentences": sentences = try decoder.spans(value, path: key)
            case "tokens": tokens = try decoder.spans(value, path: key)
            case "quotes": quotes = try decoder.quotes(value, path: key)
            case "stances": stances = try decoder.stances(value, path: key)
            case "targets": targets = try decoder.targets(value, path: key)
            default: layers[key] = value
            }
        }
    }
}

/// Decodes typed layers, checking every span against the text length.
struct LayerDecoder {
    let length: Int

    func fail(_ path: String, _ message: String) -> DocumentDecodingError {
        DocumentDecodingError(path: path, message: message)
    }

    func list(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [JSONValue] {
        guard let list = value.arrayValue else { throw fail(path, "expected an array, got \(value.typeName)") }
        return list
    }

    func object(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> JSONObject {
        guard let object = value.objectValue else { throw fail(path, "expected an object, got \(value.typeName)") }
        return object
    }

    /// A span from `{start, end}` or `[start, end]`, within `0...limit`.
    func span(_ value: JSONValue, path: String, limit: Int? = nil) throws(DocumentDecodingError) -> Span {
        let start: Int?
        let end: Int?
        if let pair = value.arrayValue, pair.count == 2 {
            start = pair[0].intValue
            end = pair[1].intValue
        } else {
            start = value["start"]?.intValue
            end = value["end"]?.intValue
        }
        guard let start, let end else { throw fail(path, "expected integer start and end") }
        let limit = limit ?? length
        guard 0 <= start, start <= end, end <= limit else {
            throw fail(path, "span [\(start), \(end)) is outside the text (length \(limit))")
        }
        return Span(start: start, end: end)
    }

    func spans(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [Span] {
        var result: [Span] = []
        for (i, element) in try list(value, path: path).enumerated() {
            result.append(try span(element, path: "\(path)[\(i)]"))
        }
        return result
    }

    func removals(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [Removal] {
        var result: [Removal] = []
        for (i, element) in try list(value, path: path).enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(element, path: p)
            let s = try span(element, path: p, limit: Int.max)
            result.append(Removal(span: s, reason: o["reason"]?.stringValue ?? "removed", text: o["text"]?.stringValue ?? ""))
        }
        return result
    }

    func quotes(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [Quote] {
        var result: [Quote] = []
        for (i, element) in try list(value, path: path).enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(element, path: p)
            let kindName = o["kind"]?.stringValue ?? "direct"
            guard let kind = QuoteKind(rawValue: kindName) else { throw fail("\(p).kind", "unknown kind '\(kindName)'") }
            var quote = Quote(span: try span(element, path: p), kind: kind)
            if let cue = o["cue"], cue != .null { quote.cue = try span(cue, path: "\(p).cue") }
            if let speaker = o["speaker"], speaker != .null {
                let name = speaker["name"]?.stringValue ?? ""
                quote.speaker = Speaker(name: name, span: try span(speaker, path: "\(p).speaker"))
            }
            if let parts = o["parts"] { quote.parts = try spans(parts, path: "\(p).parts") }
            result.append(quote)
        }
        return result
    }

    func stances(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [Stance] {
        var result: [Stance] = []
        for (i, element) in try list(value, path: path).enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(element, path: p)
            guard let target = o["target"]?.stringValue else { throw fail("\(p).target", "missing or not a string") }
            let labelName = o["label"]?.stringValue ?? ""
            guard let label = StanceLabel(rawValue: labelName) else { throw fail("\(p).label", "expected against, neutral or favor") }
            var stance = Stance(
                target: target, targetID: o["id"]?.stringValue, span: try span(element, path: p),
                label: label, score: o["score"]?.doubleValue ?? 0, holder: o["holder"]?.stringValue)
            if let m = o["mention"], m != .null { stance.mention = try span(m, path: "\(p).mention") }
            result.append(stance)
        }
        return result
    }

    func targets(_ value: JSONValue, path: String) throws(DocumentDecodingError) -> [TargetMention] {
        var result: [TargetMention] = []
        for (i, element) in try list(value, path: path).enumerated() {
            let p = "\(path)[\(i)]"
            let o = try object(element, path: p)
            let id = o["id"]?.stringValue ?? o["id"]?.intValue.map(String.init) ?? String(i)
            result.append(TargetMention(id: id, span: try span(element, path: p), label: o["label"]?.stringValue))
        }
        return result
    }
}
