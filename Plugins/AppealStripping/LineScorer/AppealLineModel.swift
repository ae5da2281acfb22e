import Foundation
import PipelineKit

/// A logistic-regression line scorer: the probability that a unit of text (a line, or a sentence
/// of a long line) belongs to an appeal, from ``LineFeatures``.
///
/// The stripper uses it as a block-level veto: a cut of several units whose mean probability is
/// below the stage's `veto` option is kept in the text. Train one with `pipe train appeals`.
public struct AppealLineModel: Sendable {
    /// The value of the file's `format` field.
    public static let formatName = "pipe-appeal-line-model"
    /// The value of the file's `version` field: which ``LineFeatures`` the weights belong to
    /// (2: words, word pairs and the lexicon's cue tags; 3: word pairs at half weight).
    public static let formatVersion = 3

    /// log2 of the number of hashed feature slots.
    public let bits: Int
    /// One weight per slot.
    public let weights: [Float]
    /// The intercept.
    public let bias: Float
    /// Free-form facts about training (data files, units, epochs), kept in the file.
    public let info: JSONObject

    /// Creates a model from its parameters.
    public init(bits: Int, weights: [Float], bias: Float, info: JSONObject = JSONObject()) {
        precondition(weights.count == 1 << bits, "an appeal line model needs 2^bits weights")
        self.bits = bits
        self.weights = weights
        self.bias = bias
        self.info = info
    }

    /// The probability that each unit is appeal text.
    func probabilities(of units: [ScoringUnit]) -> [Double] {
        scores(of: units, only: units.indices).map { $0?.probability ?? 0 }
    }

    /// For each unit `i` in `wanted` (nil for the others): the probability that it is appeal text,
    /// and that probability from the unit's own features alone (its neighbours' words left out).
    /// Only the wanted units and their neighbours are read.
    func scores(of units: [ScoringUnit], only wanted: some Sequence<Int>) -> [(probability: Double, own: Double)?] {
        let texts = units.map(\.text)
        var tokens = [LineFeatures.Tokens](repeating: LineFeatures.Tokens(words: [], tags: []), count: units.count)
        var read = [Bool](repeating: false, count: units.count)
        let wanted = Array(wanted)
        for i in wanted {
            for j in max(0, i - 2)...min(units.count - 1, i + 2) where !read[j] {
                tokens[j] = LineFeatures.tokens(of: texts[j])
                read[j] = true
            }
        }
        let featurizer = LineFeatures(bits: bits)
        var result = [(probability: Double, own: Double)?](repeating: nil, count: units.count)
        for i in wanted {
            let (features, own) = featurizer.features(of: i, in: tokens, texts: texts)
            var ownZ = Double(bias)
            for (slot, value) in features.prefix(own) { ownZ += Double(weights[slot] * value) }
            var z = ownZ
            for (slot, value) in features.dropFirst(own) { z += Double(weights[slot] * value) }
            result[i] = (1 / (1 + exp(-z)), 1 / (1 + exp(-ownZ)))
        }
        return result
    }

    // MARK: - File format

    /// Reads a model file.
    /// - Throws: ``StageError`` naming the file when it cannot be read or is not an appeal line model.
    public static func load(path: String) throws -> AppealLineModel {
        try ModelFile.load(path: path, kind: "appeal line model", decode: decode)
    }

    /// The model shipped with the package, trained on the repository's own appeal fixtures.
    public static func bundled() throws -> AppealLineModel {
        try load(path: ModelFile.bundledPath("appeal-line-model", in: .module, kind: "appeal line model", module: "AppealStripping"))
    }

    /// The bundled model, read once per process (`nil` if the resource is missing, which ``bundled()`` reports).
    public static let shipped: AppealLineModel? = try? bundled()

    static func decode(_ json: JSONValue) throws -> AppealLineModel {
        guard json["format"]?.stringValue == formatName else {
            throw StageError("not an appeal line model (expected \"format\": \"\(formatName)\")")
        }
        let version = json["version"]?.intValue ?? 1
        guard version == formatVersion else {
            throw StageError("an appeal line model of version \(version), but this pipe reads version \(formatVersion) "
                             + "(the scorer's features changed): train it again with pipe train appeals")
        }
        guard let bits = json["bits"]?.intValue, (8...22).contains(bits),
              let scale = json["scale"]?.doubleValue, let bias = json["bias"]?.doubleValue,
              let encoded = json["weights"]?.stringValue, let data = Data(base64Encoded: encoded),
              data.count == 2 << bits
        else {
            throw StageError("missing or malformed \"bits\", \"scale\", \"bias\" or \"weights\"")
        }
        return AppealLineModel(bits: bits, weights: ModelFile.dequantized(data, scale: scale), bias: Float(bias),
                               info: json["training"]?.objectValue ?? JSONObject())
    }

    /// The model as JSON text, in the format ``load(path:)`` reads (weights as little-endian
    /// 16-bit integers times `scale`, base64).
    public func encoded() -> String {
        let (scale, encodedWeights) = ModelFile.quantized(weights)
        let json: JSONValue = .object(JSONObject([
            ("format", .string(Self.formatName)), ("version", .int(Self.formatVersion)), ("bits", .int(bits)),
            ("training", .object(info)), ("bias", .double(Double(bias))), ("scale", .double(Double(scale))),
            ("weights", .string(encodedWeights)),
        ]))
        return json.jsonText
    }
}
