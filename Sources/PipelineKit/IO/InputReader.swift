import Foundation

/// Reads documents lazily from paths: plain-text files (one document each, id = path),
/// directories (recursively, in name order), JSONL files (`.jsonl`, `.ndjson`, `.json`:
/// one document per line) and `-` (JSONL from standard input).
///
/// Problems with one document (bad JSON, missing `text`, invalid UTF-8 under the `reject`
/// policy, an empty or over-large document) become error records; reading goes on.
public struct InputReader: DocumentSource {
    /// How inputs are read.
    public struct Settings: Sendable {
        /// Documents larger than this many bytes become error records.
        public var maxDocumentBytes: Int
        /// What to do with invalid UTF-8.
        public var invalidUTF8: InvalidUTF8Policy

        /// Creates settings.
        public init(maxDocumentBytes: Int = 64 << 20, invalidUTF8: InvalidUTF8Policy = .replace) {
            self.maxDocumentBytes = maxDocumentBytes
            self.invalidUTF8 = invalidUTF8
        }
    }

    var pending: [String]
    let settings: Settings
    var lines: LineReader?
    var linesOrigin = ""
    var directoryFiles: [String] = []

    /// Creates a reader over `paths`; call ``validatePaths(_:)`` first to report missing ones.
    public init(paths: [String], settings: Settings = Settings()) {
        self.pending = paths
        self.settings = settings
    }

    /// Paths that do not exist, as messages.
    public static func validatePaths(_ paths: [String]) -> [String] {
        paths.filter { $0 != "-" && !FileManager.default.fileExists(atPath: $0) }
            .map { "no such input file or directory '\($0)'" }
    }

    public mutating func next() -> InputItem? {
        while true {
            if lines != nil {
                if let item = nextLine() { return item }
                lines = nil
            }
            let path: String
            if !directoryFiles.isEmpty {
                path = directoryFiles.removeFirst()
            } else if !pending.isEmpty {
                path = pending.removeFirst()
            } else {
                return nil
            }
            if path == "-" {
                lines = LineReader(fd: 0, closeWhenDone: false, maxLineBytes: settings.maxDocumentBytes + 4096)
                linesOrigin = "<stdin>"
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return failure(id: path, origin: path, "no such input file or directory")
            }
            if isDirectory.boolValue {
                directoryFiles = Self.listFiles(in: path) + directoryFiles
                continue
            }
            if Self.isJSONL(path) {
                let fd = open(path, O_RDONLY)
                guard fd >= 0 else { return failure(id: path, origin: path, "cannot open: \(String(cString: strerror(errno)))") }
                lines = LineReader(fd: fd, closeWhenDone: true, maxLineBytes: settings.maxDocumentBytes + 4096)
                linesOrigin = path
                continue
            }
            return readTextFile(path)
        }
    }

    static func isJSONL(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") || path.hasSuffix(".json")
    }

    /// Regular, non-hidden files below `directory`, sorted by path.
    static func listFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let full = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    func failure(id: String, origin: String, _ message: String, bytes: Int = 0) -> InputItem {
        InputItem(origin: origin, content: .failure(ErrorRecord(id: id, origin: origin, stage: nil, message: message)),
                  warnings: [], byteCount: bytes)
    }

    private func readTextFile(_ path: String) -> InputItem {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > settings.maxDocumentBytes {
            return failure(id: path, origin: path, Self.tooLarge(size, limit: settings.maxDocumentBytes), bytes: size)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure(id: path, origin: path, "cannot read file")
        }
        var warnings: [String] = []
        let text: String
        switch decode(Array(data)) {
        case .success(let decodedText, let warning):
            text = decodedText
            if let warning { warnings.append(warning) }
        case .failure(let message):
            return failure(id: path, origin: path, message, bytes: data.count)
        }
        if Self.isBlank(text) { return failure(id: path, origin: path, "empty document: no text to analyse", bytes: data.count) }
        return InputItem(origin: path, content: .success(Document(id: path, text: text)), warnings: warnings, byteCount: data.count)
    }

    static func tooLarge(_ size: Int, limit: Int) -> String {
        func describe(_ n: Int) -> String {
            if n >= 1_048_576 { return String(format: "%.1f MB", Double(n) / 1_048_576) }
            if n >= 1024 { return String(format: "%.1f KB", Double(n) / 1024) }
            return "\(n) bytes"
        }
        return "document is \(describe(size)), over the limit of \(describe(limit)) (raise 'max-document-size' in the pipeline file)"
    }

    static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    enum Decoded {
        case success(text: String, warning: String?)
        case failure(String)
    }

    /// Applies the invalid-UTF-8 policy to a document's bytes.
    func decode(_ bytes: [UInt8]) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text: text, warning: nil) }
        let offset = Self.firstInvalidByte(bytes)
        switch settings.invalidUTF8 {
        case .reject:
            return .failure("invalid UTF-8 at byte \(offset) (set 'invalid-utf8: replace' to repair it)")
        case .replace:
            return .success(text: String(decoding: bytes, as: UTF8.self),
                            warning: "invalid UTF-8 from byte \(offset) replaced with U+FFFD")
        }
    }

    static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return offset
    }
}
