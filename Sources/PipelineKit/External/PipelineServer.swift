#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves a whole pipeline as a process stage (`docs/stage-protocol.md`) on stdin and stdout.
///
/// `pipe run --isolate` starts `pipe serve PIPELINE` processes and sends them the documents, so a
/// stage that crashes the process (a Swift trap, a fault in a shared library) costs only the
/// document it was working on: the process is restarted and the run goes on.
public struct PipelineServer: Sendable {
    /// The pipeline to run on each document.
    public let pipeline: Pipeline
    /// The name sent in the handshake.
    public let name: String

    /// Creates a server for `pipeline`.
    public init(pipeline: Pipeline, name: String = "pipeline") {
        self.pipeline = pipeline
        self.name = name
    }

    /// The layers the pipeline may write: every stage's declared writes, and `text`.
    public var writes: [LayerKey] {
        var layers: [LayerKey] = [.text]
        for stage in pipeline.stages {
            for layer in stage.descriptor?.writes ?? [] where !layers.contains(layer) { layers.append(layer) }
        }
        return layers
    }

    /// Answers the handshake, then processes documents until stdin ends.
    public func serve() async {
        var input = LineReader(fd: 0, closeWhenDone: false, maxLineBytes: Int.max / 2)
        var index = 0
        while let line = input.next() {
            guard case .bytes(let bytes) = line, !bytes.isEmpty else { continue }
            guard let message = try? JSONParser.parse(bytes) else {
                Self.send(Self.errorMessage(id: nil, "not a JSON line"))
                continue
            }
            switch message["type"]?.stringValue {
            case "hello":
                var hello = JSONObject()
                hello["type"] = .string("hello")
                hello["name"] = .string(name)
                hello["version"] = .string(PipelineKitVersion.current)
                hello["summary"] = .string("a whole pipeline in an isolated process")
                hello["reads"] = .array([])
                hello["writes"] = .array(writes.map { .string($0.name) })
                Self.send(.object(hello))
            case "configure":
                Self.send(.object(JSONObject([("type", .string("ready"))])))
            case "document":
                guard let json = message["document"], let document = try? Document(json: json) else {
                    Self.send(Self.errorMessage(id: message["document"]?["id"]?.stringValue, "the request's document is malformed"))
                    continue
                }
                let result = await pipeline.process(document, index: index, origin: document.id)
                index += 1
                switch result {
                case .success(let done): Self.writeLine(Self.resultMessage(done))
                case .failure(let record):
                    Self.send(Self.errorMessage(id: document.id, record.stage.map { "stage '\($0)': \(record.message)" } ?? record.message))
                }
            default:
                continue
            }
        }
        await pipeline.shutdown()
    }

    /// The reply for a processed document: its removals as cuts of the received text, and every
    /// layer, written straight from the document.
    static func resultMessage(_ document: Document) -> [UInt8] {
        var w = JSONWriter(capacity: document.text.utf8.count / 2 + 256)
        w.raw("{\"type\":\"result\",\"id\":")
        w.string(document.id)
        if !document.removed.isEmpty {
            w.raw(",\"remove\":[")
            for (i, removal) in document.removed.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"start\":"); w.int(removal.span.start)
                w.raw(",\"end\":"); w.int(removal.span.end)
                w.raw(",\"reason\":"); w.string(removal.reason)
                w.raw("}")
            }
            w.raw("]")
        }
        var layers = JSONWriter()
        document.writeLayers(to: &layers, includingTargets: false)
        w.raw(",\"layers\":{")
        w.bytes.append(contentsOf: layers.bytes.dropFirst())  // without the first member's comma
        w.raw("}}\n")
        return w.bytes
    }

    static func errorMessage(id: String?, _ message: String) -> JSONValue {
        var object = JSONObject()
        object["type"] = .string("error")
        if let id { object["id"] = .string(id) }
        object["message"] = .string(message)
        return .object(object)
    }

    static func send(_ value: JSONValue) {
        var writer = JSONWriter()
        writer.value(value)
        writer.raw("\n")
        writeLine(writer.bytes)
    }

    /// Writes a whole message line to stdout.
    static func writeLine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

extension Pipeline {
    /// A pipeline of one process stage that runs `argv` (normally `pipe serve PIPELINE`) in up to
    /// `workers` processes; see ``PipelineServer``.
    public static func isolated(argv: [String], workers: Int, timeoutSeconds: Double, name: String) async throws -> Pipeline {
        let launched = try await ProcessStageLauncher.launch(
            argv: argv, workers: workers, timeoutSeconds: timeoutSeconds, workingDirectory: ".", name: name
        ) { _ in JSONObject() }
        return Pipeline(stages: [NamedStage(name: launched.name, stage: launched.stage, descriptor: launched.descriptor)])
    }
}
