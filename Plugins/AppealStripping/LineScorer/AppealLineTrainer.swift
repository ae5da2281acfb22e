import Foundation
import PipelineKit

/// Trains an ``AppealLineModel`` on documents with gold appeal spans (the fixture format:
/// `{"id", "text", "kind", "gold": [{"start", "end"}]}`).
///
/// A unit is an appeal unit when at least half of its non-space characters lie in gold appeal
/// spans; units mostly inside gold spans of another reason (repeated page chrome, which the rules
/// find) are left out, so an address block does not teach the scorer that short lines are appeals.
/// Units of hard negatives (`kind: negative`) weigh `negativeWeight` times as much: cutting
/// article text is the worse error. Logistic regression by AdaGrad over shuffled units, the weights
/// of ``runs`` fits over differently shuffled units averaged.
public struct AppealLineTrainer: Sendable {
    /// One labelled document.
    public struct Example: Sendable {
        /// The document's id (empty when the record has none).
        public var id: String
        /// The document's text.
        public var text: String
        /// Its appeal spans (code points, end exclusive).
        public var gold: [Span]
        /// Gold spans of page chrome (any `reason` other than `appeal`): the rules find those, so
        /// their units are left out of training rather than taught as appeal text.
        public var chrome: [Span]
        /// Whether it is a hard negative (`kind: negative`), whose units weigh ``negativeWeight`` times as much.
        public var isNegative: Bool
        /// Creates an example.
        public init(id: String = "", text: String, gold: [Span], chrome: [Span] = [], isNegative: Bool) {
            self.id = id
            self.text = text
            self.gold = gold
            self.chrome = chrome
            self.isNegative = isNegative
        }
    }

    /// log2 of the number of hashed feature slots.
    public var bits = 18
    /// Passes over the data.
    public var epochs = 8
    /// AdaGrad learning rate.
    public var learningRate = 0.1
    /// L2 penalty per update.
    public var l2 = 1e-6
    /// How much more a hard negative's unit weighs.
    public var negativeWeight = 3.0
    /// Seed of the shuffle (of the first run).
    public var seed: UInt64 = 7
    /// How many fits, each over differently shuffled units, are averaged into the model. One fit
    /// depends much on the shuffle: in leave-one-fold-out runs on real probes 7–47, single fits with
    /// seeds 7, 8 and 9 cut 2,463–4,667 article characters; averages of 10 fits (first seeds 7 and
    /// 107) cut 2,779 and 2,772 and clean 262 and 263 of 452 appeal documents.
    public var runs = 10

    /// Creates a trainer with the default settings.
    public init() {}

    /// Reads examples from fixture-format JSON lines.
    /// - Throws: ``StageError`` naming the file and line of a malformed record.
    public static func examples(jsonl text: String, file: String) throws -> [Example] {
        var examples: [Example] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let json: JSONValue
            do { json = try JSONParser.parse(String(line)) } catch {
                throw StageError("\(file):\(number + 1): not valid JSON: \(error)")
            }
            guard let body = json["text"]?.stringValue else {
                throw StageError("\(file):\(number + 1): a record needs a string \"text\"")
            }
            var gold: [Span] = [], chrome: [Span] = []
            for span in json["gold"]?.arrayValue ?? [] {
                guard let start = span["start"]?.intValue, let end = span["end"]?.intValue, 0 <= start, start <= end else {
                    throw StageError("\(file):\(number + 1): a gold span needs integer \"start\" <= \"end\"")
                }
                let reason = span["reason"]?.stringValue ?? "appeal"
                if reason == "appeal" {
                    gold.append(Span(start: start, end: end))
                } else {
                    chrome.append(Span(start: start, end: end))
                }
            }
            examples.append(Example(id: json["id"]?.stringValue ?? "", text: body, gold: gold, chrome: chrome,
                                    isNegative: json["kind"]?.stringValue == "negative"))
        }
        return examples
    }

    /// Labelled, hashed units of the examples.
    func units(of examples: [Example]) -> [(features: [(slot: Int, value: Float)], label: Bool, weight: Double)] {
        let featurizer = LineFeatures(bits: bits)
        return examples.flatMap { example in
            let units = ScoringUnit.units(of: example.text)
            let texts = units.map(\.text)
            let tokens = texts.map(LineFeatures.tokens(of:))
            return units.indices.filter { Self.goldShare(of: units[$0], in: example.chrome) < 0.5 }.map { i in
                (features: featurizer.features(of: i, in: tokens, texts: texts).features,
                 label: Self.goldShare(of: units[i], in: example.gold) >= 0.5,
                 weight: example.isNegative ? negativeWeight : 1)
            }
        }
    }

    /// Fits a model: ``runs`` fits over differently shuffled units (seeds ``seed``, ``seed`` + 1, …),
    /// their weights and biases averaged.
    public func train(_ examples: [Example], info: JSONObject = JSONObject()) -> AppealLineModel {
        let data = units(of: examples)
        // The fits run in parallel; they are summed in run order, so the model is the same on any machine.
        let fits = Fits(count: runs)
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            fits.store(fit(data, seed: seed &+ UInt64(run)), at: run)
        }
        var weights = [Double](repeating: 0, count: 1 << bits), bias = 0.0
        for fit in fits.all {
            for slot in weights.indices { weights[slot] += fit.weights[slot] }
            bias += fit.bias
        }
        let share = 1 / Double(runs)
        let facts = info.members + [
            ("units", .int(data.count)), ("appealUnits", .int(data.reduce(0) { $0 + ($1.label ? 1 : 0) })),
            ("epochs", .int(epochs)), ("learningRate", .double(learningRate)), ("l2", .double(l2)),
            ("negativeWeight", .double(negativeWeight)), ("seed", Int(exactly: seed).map { .int($0) } ?? .string(String(seed))),
            ("runs", .int(runs)),
        ]
        return AppealLineModel(bits: bits, weights: weights.map { Float($0 * share) }, bias: Float(bias * share), info: JSONObject(facts))
    }

    /// The results of parallel fits, each stored once under a lock.
    private final class Fits: @unchecked Sendable {
        private let lock = NSLock()
        private var fits: [(weights: [Double], bias: Double)?]
        init(count: Int) { fits = Array(repeating: nil, count: count) }
        func store(_ fit: (weights: [Double], bias: Double), at run: Int) {
            lock.lock()
            defer { lock.unlock() }
            fits[run] = fit
        }
        /// The fits in run order (after all are stored).
        var all: [(weights: [Double], bias: Double)] {
            lock.lock()
            defer { lock.unlock() }
            return fits.compactMap { $0 }
        }
    }

    /// One fit by AdaGrad over the units, shuffled before each epoch with `seed`.
    private func fit(_ data: [(features: [(slot: Int, value: Float)], label: Bool, weight: Double)], seed: UInt64)
        -> (weights: [Double], bias: Double) {
        var weights = [Double](repeating: 0, count: 1 << bits)
        var squares = [Double](repeating: 1e-8, count: 1 << bits)
        var bias = 0.0, biasSquares = 1e-8
        var order = Array(data.indices)
        var state = seed
        for _ in 0..<epochs {
            // Fisher–Yates with SplitMix64, so training is reproducible.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z ^= z >> 31
                order.swapAt(i, Int(z % UInt64(i + 1)))
            }
            for k in order {
                let unit = data[k]
                var score = bias
                for (slot, value) in unit.features { score += weights[slot] * Double(value) }
                let p = 1 / (1 + exp(-score))
                let gradient = (p - (unit.label ? 1 : 0)) * unit.weight
                for (slot, value) in unit.features {
                    let g = gradient * Double(value) + l2 * weights[slot]
                    squares[slot] += g * g
                    weights[slot] -= learningRate * g / squares[slot].squareRoot()
                }
                biasSquares += gradient * gradient
                bias -= learningRate * gradient / biasSquares.squareRoot()
            }
        }
        return (weights, bias)
    }

    /// The share of a unit's non-space characters that lie in gold spans.
    static func goldShare(of unit: ScoringUnit, in gold: [Span]) -> Double {
        var total = 0, inside = 0, offset = unit.span.start
        for scalar in unit.text.unicodeScalars {
            if !scalar.properties.isWhitespace {
                total += 1
                if gold.contains(where: { $0.start <= offset && offset < $0.end }) { inside += 1 }
            }
            offset += 1
        }
        return total == 0 ? 0 : Double(inside) / Double(total)
    }
}
