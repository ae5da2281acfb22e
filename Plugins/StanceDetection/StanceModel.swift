import Foundation
import PipelineKit

/// A trained stance classifier: multinomial logistic regression over hashed features.
///
/// The model is data. Its JSON file (`format: "pipe-stance-model"`) holds the feature settings,
/// one bias per label, the weights (`dimension × 3` numbers, quantised to 16-bit integers with one
/// scale, base64 little-endian, row-major by feature) and a note on how it was trained.
public struct StanceModel: Sendable {
    /// The labels in weight-column order.
    public static let labels: [StanceLabel] = [.against, .neutral, .favor]
    /// The file format name written into every model file.
    public static let formatName = "pipe-stance-model"

    /// How features are built.
    public let settings: StanceFeatureSettings
    /// Weights, `dimension × 3`, feature-major.
    var weights: [Float]
    /// One bias per label.
    var bias: [Float]
    /// Free-form training information kept in the file (data, examples, cross-validated scores).
    public let info: JSONObject

    let featurizer: StanceFeaturizer

    init(settings: StanceFeatureSettings, weights: [Float], bias: [Float], lexicon: [UInt64: Float] = [:],
         vectors: StanceWordVectors? = nil, info: JSONObject = JSONObject()) {
        precondition(weights.count == settings.dimension * 3 && bias.count == 3)
        self.settings = settings
        self.weights = weights
        self.bias = bias
        self.info = info
        self.featurizer = StanceFeaturizer(settings: settings, lexicon: lexicon, vectors: vectors)
    }

    /// The prior word polarities the model was trained with (hashed words → valence).
    var lexicon: [UInt64: Float] { featurizer.lexicon }
    /// The word vectors the model was trained with, if any.
    public var vectors: StanceWordVectors? { featurizer.vectors }

    /// Class probabilities (against, neutral, favor) for a feature vector.
    func probabilities(indices: [Int], values: [Float]) -> (Float, Float, Float) {
        var s0 = bias[0], s1 = bias[1], s2 = bias[2]
        weights.withUnsafeBufferPointer { w in
            for j in indices.indices {
                let base = indices[j] &* 3
                let v = values[j]
                s0 += w[base] * v
                s1 += w[base + 1] * v
                s2 += w[base + 2] * v
            }
        }
        let m = max(s0, s1, s2)
        let e0 = expf(s0 - m), e1 = expf(s1 - m), e2 = expf(s2 - m)
        let sum = e0 + e1 + e2
        return (e0 / sum, e1 / sum, e2 / sum)
    }

    /// The label and its probability for one instance.
    func predict(_ instance: StanceInstance, bytes: UnsafeBufferPointer<UInt8>) -> (StanceLabel, Double) {
        let (indices, values) = featurizer.features(instance, bytes: bytes)
        let (a, n, f) = probabilities(indices: indices, values: values)
        if a >= n && a >= f { return (.against, Double(a)) }
        if f > n { return (.favor, Double(f)) }
        return (.neutral, Double(n))
    }

    /// The stance of `mention` (code point offsets into `text`) within the whole of `text`;
    /// `others` are further mentions of other targets in the text.
    ///
    /// A convenience for one-off use, evaluation and tests; the stage works on document sentences directly.
    public func classify(_ text: String, mention: Span, others: [Span] = []) -> (label: StanceLabel, score: Double) {
        var utf8 = Array(text.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer in
            let tokens = StanceTokenizer.tokens(buffer, from: 0, to: buffer.count - 1, codePointStart: 0)
            let instance = StanceInstance(
                tokens: tokens, mention: StanceModel.tokenRange(tokens, covering: mention),
                others: others.map { StanceModel.tokenRange(tokens, covering: $0) }.filter { !$0.isEmpty })
            let (label, score) = predict(instance, bytes: buffer)
            return (label, score)
        }
    }

    /// The token indices that overlap `span` (an empty range at the right place when none does).
    static func tokenRange(_ tokens: [StanceToken], covering span: Span) -> Range<Int> {
        var first = tokens.count
        var last = -1
        for (k, token) in tokens.enumerated() where token.end > span.start && token.start < span.end {
            if k < first { first = k }
            last = k
        }
        if last < 0 {
            let position = tokens.firstIndex { $0.start >= span.end } ?? tokens.count
            return position..<position
        }
        return first..<(last + 1)
    }

    // MARK: - File format

    /// Reads a model file.
    /// - Throws: ``StageError`` naming the file when it cannot be read or is not a stance model.
    public static func load(path: String) throws -> StanceModel {
        try ModelFile.load(path: path, kind: "stance model", decode: decode)
    }

    /// The model shipped with the package, trained on NewsMTSC.
    public static func bundled() throws -> StanceModel {
        try load(path: ModelFile.bundledPath("stance-model", in: .module, kind: "stance model", module: "StanceDetection"))
    }

    static func decode(_ json: JSONValue) throws -> StanceModel {
        guard json["format"]?.stringValue == formatName else {
            throw StageError("not a stance model (expected \"format\": \"\(formatName)\")")
        }
        var settings = StanceFeatureSettings()
        if let f = json["features"] {
            settings.hashBits = f["hashBits"]?.intValue ?? settings.hashBits
            settings.charMin = f["charMin"]?.intValue ?? settings.charMin
            settings.charMax = f["charMax"]?.intValue ?? settings.charMax
            settings.window = f["window"]?.intValue ?? settings.window
            settings.bagWindow = f["bagWindow"]?.intValue ?? settings.bagWindow
            settings.charWeight = Float(f["charWeight"]?.doubleValue ?? Double(settings.charWeight))
            settings.sentenceWeight = Float(f["sentenceWeight"]?.doubleValue ?? Double(settings.sentenceWeight))
            settings.clauseWeight = Float(f["clauseWeight"]?.doubleValue ?? Double(settings.clauseWeight))
            settings.windowWeight = Float(f["windowWeight"]?.doubleValue ?? Double(settings.windowWeight))
            settings.flagWeight = Float(f["flagWeight"]?.doubleValue ?? Double(settings.flagWeight))
            settings.lexiconWeight = Float(f["lexiconWeight"]?.doubleValue ?? Double(settings.lexiconWeight))
            settings.negationFlip = Float(f["negationFlip"]?.doubleValue ?? Double(settings.negationFlip))
            settings.frameWeight = Float(f["frameWeight"]?.doubleValue ?? 0)
            settings.mentionWeight = Float(f["mentionWeight"]?.doubleValue ?? 0)
            settings.vectorDimensions = f["vectorDimensions"]?.intValue ?? 0
            settings.vectorWeight = Float(f["vectorWeight"]?.doubleValue ?? Double(settings.vectorWeight))
        }
        guard (0...1024).contains(settings.vectorDimensions) else { throw StageError("vectorDimensions must be in 0...1024") }
        guard (8...24).contains(settings.hashBits) else { throw StageError("hashBits must be in 8...24") }
        guard json["labels"]?.arrayValue?.compactMap(\.stringValue) == labels.map(\.rawValue) else {
            throw StageError("labels must be [\"against\", \"neutral\", \"favor\"]")
        }
        guard let biasValues = json["bias"]?.arrayValue?.compactMap(\.doubleValue), biasValues.count == 3 else {
            throw StageError("bias must hold three numbers")
        }
        guard let scale = json["scale"]?.doubleValue, let encoded = json["weights"]?.stringValue,
              let data = Data(base64Encoded: encoded)
        else {
            throw StageError("missing or malformed \"scale\" / \"weights\"")
        }
        let count = settings.dimension * 3
        guard data.count == count * 2 else {
            throw StageError("weights hold \(data.count / 2) numbers, expected \(count)")
        }
        let weights = ModelFile.dequantized(data, scale: scale)
        var lexicon: [UInt64: Float] = [:]
        if let encodedLexicon = json["lexicon"]?.stringValue {
            guard let table = Data(base64Encoded: encodedLexicon), table.count % 9 == 0 else {
                throw StageError("malformed \"lexicon\"")
            }
            table.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                for entry in 0..<(table.count / 9) {
                    var hash: UInt64 = 0
                    for b in 0..<8 { hash |= UInt64(bytes[entry * 9 + b]) << (8 * UInt64(b)) }
                    lexicon[hash] = Float(Int8(bitPattern: bytes[entry * 9 + 8])) / 25
                }
            }
        }
        var vectors: StanceWordVectors?
        if settings.vectorDimensions > 0 {
            guard let text = json["vectors"]?.stringValue else {
                throw StageError("\"vectorDimensions\" is \(settings.vectorDimensions) but \"vectors\" is missing")
            }
            vectors = try StanceWordVectors.decode(text, dimensions: settings.vectorDimensions)
        }
        return StanceModel(settings: settings, weights: weights, bias: biasValues.map(Float.init), lexicon: lexicon,
                           vectors: vectors, info: json["training"]?.objectValue ?? JSONObject())
    }

    /// Hashed lexicon entries: 8 bytes of word hash and one signed byte of valence × 25, little-endian, sorted by hash.
    static func encodeLexicon(_ lexicon: [UInt64: Float]) -> String {
        var data = Data()
        data.reserveCapacity(lexicon.count * 9)
        for (hash, valence) in lexicon.sorted(by: { $0.key < $1.key }) {
            for b in 0..<8 { data.append(UInt8((hash >> (8 * UInt64(b))) & 0xFF)) }
            data.append(UInt8(bitPattern: Int8(max(-127, min(127, (valence * 25).rounded())))))
        }
        return data.base64EncodedString()
    }

    /// The model as JSON text, in the format ``load(path:)`` reads.
    public func encoded() -> String {
        let (scale, encodedWeights) = ModelFile.quantized(weights)
        let features: JSONObject = JSONObject([
            ("hashBits", .int(settings.hashBits)), ("charMin", .int(settings.charMin)),
            ("charMax", .int(settings.charMax)), ("window", .int(settings.window)),
            ("bagWindow", .int(settings.bagWindow)), ("charWeight", .double(Double(settings.charWeight))),
            ("sentenceWeight", .double(Double(settings.sentenceWeight))), ("clauseWeight", .double(Double(settings.clauseWeight))),
            ("windowWeight", .double(Double(settings.windowWeight))), ("flagWeight", .double(Double(settings.flagWeight))),
            ("negationFlip", .double(Double(settings.negationFlip))), ("lexiconWeight", .double(Double(settings.lexiconWeight))),
            ("frameWeight", .double(Double(settings.frameWeight))),
            ("mentionWeight", .double(Double(settings.mentionWeight))),
            ("vectorDimensions", .int(settings.vectorDimensions)),
            ("vectorWeight", .double(Double(settings.vectorWeight))),
        ])
        var fields: [(String, JSONValue)] = [
            ("format", .string(Self.formatName)),
            ("version", .int(1)),
            ("labels", .array(Self.labels.map { .string($0.rawValue) })),
            ("features", .object(features)),
            ("training", .object(info)),
            ("bias", .array(bias.map { .double(Double($0)) })),
            ("lexicon", .string(Self.encodeLexicon(lexicon))),
        ]
        if let vectors { fields.append(("vectors", .string(vectors.encoded()))) }
        fields.append(("scale", .double(Double(scale))))
        fields.append(("weights", .string(encodedWeights)))
        let json: JSONValue = .object(JSONObject(fields))
        return json.jsonText
    }
}
