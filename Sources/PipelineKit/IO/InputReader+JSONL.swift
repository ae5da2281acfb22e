extension InputReader {
    /// The next non-empty line of the current JSONL input as an item.
    mutating func nextLine() -> InputItem? {
        guard var reader = lines else { return nil }
        defer { lines = reader }
        while let line = reader.next() {
            let origin = "\(linesOrigin):\(reader.lineNumber)"
            switch line {
            case .tooLong(let size):
                return failure(id: origin, origin: origin, Self.tooLarge(size, limit: settings.maxDocumentBytes), bytes: size)
            case .bytes(let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return document(fromLine: bytes, origin: origin)
            }
        }
        return nil
    }

    private func document(fromLine bytes: [UInt8], origin: String) -> InputItem {
        var warnings: [String] = []
        var lineBytes = bytes
        switch decode(bytes) {
        case .failure(let message): return failure(id: origin, origin: origin, message, bytes: bytes.count)
        case .success(let text, let warning):
            if let warning {
                warnings.append(warning)
                lineBytes = Array(text.utf8)
            }
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(lineBytes)
        } catch {
            return failure(id: origin, origin: origin, "not valid JSON: \(error)", bytes: bytes.count)
        }
        guard var object = json.objectValue else {
            return failure(id: origin, origin: origin, "expected a JSON object with 'text', got \(json.typeName)", bytes: bytes.count)
        }
        let id: String = object["id"]?.stringValue ?? object["id"]?.intValue.map(String.init) ?? origin
        guard let textValue = object["text"] else {
            return failure(id: id, origin: origin, "missing 'text' field", bytes: bytes.count)
        }
        guard let text = textValue.stringValue else {
            return failure(id: id, origin: origin, "'text' must be a string, got \(textValue.typeName)", bytes: bytes.count)
        }
        if text.utf8.count > settings.maxDocumentBytes {
            return failure(id: id, origin: origin, Self.tooLarge(text.utf8.count, limit: settings.maxDocumentBytes), bytes: bytes.count)
        }
        if Self.isBlank(text) {
            return failure(id: id, origin: origin, "empty document: no text to analyse", bytes: bytes.count)
        }
        var targets: [TargetMention]?
        if let targetsValue = object["targets"] {
            do {
                targets = try LayerDecoder(length: text.unicodeScalars.count).targets(targetsValue, path: "targets")
            } catch {
                return failure(id: id, origin: origin, "\(error)", bytes: bytes.count)
            }
        }
        object["id"] = nil
        object["text"] = nil
        object["targets"] = nil
        let document = Document(id: id, text: text, meta: object, targets: targets)
        return InputItem(origin: origin, content: .success(document), warnings: warnings, byteCount: bytes.count)
    }
}
