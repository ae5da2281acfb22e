import Foundation
import PipelineKit

/// Trains a ``StanceModel``: multinomial logistic regression fitted with AdaGrad and L2 decay.
public struct StanceTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int = 12
    /// AdaGrad base learning rate.
    public var learningRate: Float = 0.4
    /// L2 penalty per update.
    public var l2: Float = 1e-6
    /// Feature settings of the trained model.
    public var settings = StanceFeatureSettings()
    /// Seed for shuffling and fold assignment.
    public var seed: UInt64 = 7
    /// Added to the fitted biases (against, neutral, favor), e.g. offsets tuned by cross-validation.
    public var biasOffsets: [Float] = [0, 0, 0]
    /// Fits with different shuffling seeds whose weights are averaged (a cheap ensemble in one model).
    public var runs: Int = 1
    /// Class shares (against, neutral, favor) expected where the model will run; with
    /// ``priorStrength`` > 0 the biases move by `strength × log(share / training share)`, so a
    /// model trained on class-balanced data predicts neutral as often as real news needs.
    public var targetShares: [Double]? = nil
    /// How far to move the biases toward ``targetShares`` (0 = not at all, 1 = the full prior correction).
    public var priorStrength: Double = 0
    /// Weight of each training example's gradient by its gold class (against, neutral, favor).
    public var classWeights: [Float] = [1, 1, 1]
    /// NBSVM-style scaling (Wang & Manning 2012): during training each feature's value for class c
    /// is multiplied by `(0.1 + |r|)^nbScale`, r being its one-vs-rest log-count ratio for c on the
    /// training data; the scales are folded into the stored weights, so inference is unchanged.
    /// 0 turns it off.
    public var nbScale: Float = 0

    /// Uses prior word polarities (word → valence, roughly -4...4, e.g. from ``readLexicon(path:)``)
    /// as extra features; the model stores them hashed.
    public mutating func useLexicon(_ words: [String: Float]) {
        var table: [UInt64: Float] = [:]
        for (word, valence) in words { table[StanceTokenizer.hash(word.replacingOccurrences(of: "’", with: "'"))] = valence }
        hashedLexicon = table
    }

    /// The prior polarities as the model stores them (word hash → valence).
    var hashedLexicon: [UInt64: Float] = [:]

    /// Number of words with a prior polarity.
    public var lexiconSize: Int { hashedLexicon.count }

    /// Takes over the prior polarities of an existing model (e.g. the bundled one), so a model
    /// trained on new labels keeps the lexicon features without the lexicon file.
    public mutating func useLexicon(of model: StanceModel) {
        hashedLexicon = model.lexicon
    }

    /// Word vectors whose averages around the mention become dense features (see ``StanceWordVectors``).
    public private(set) var wordVectors: StanceWordVectors?

    /// Uses these word vectors (e.g. from ``StanceWordVectors/read(path:)``); `nil` uses none.
    public mutating func useVectors(_ vectors: StanceWordVectors?) {
        wordVectors = vectors
        settings.vectorDimensions = vectors?.dimensions ?? 0
    }

    /// Reads a sentiment lexicon: one entry a line, `word<TAB>valence` (further columns and
    /// lines starting with `#` are ignored), e.g. the VADER lexicon's `vader_lexicon.txt`.
    public static func readLexicon(path: String) throws -> [String: Float] {
        guard let data = FileManager.default.contents(atPath: path) else { throw StageError("cannot read lexicon '\(path)'") }
        var lexicon: [String: Float] = [:]
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let valence = Float(fields[1].trimmingCharacters(in: .whitespaces)) else { continue }
            let word = fields[0].trimmingCharacters(in: .whitespaces)
            if !word.isEmpty && valence != 0 { lexicon[word.lowercased()] = valence }
        }
        return lexicon
    }

    /// Creates a trainer with default settings.
    public init() {}

    /// Precomputed features of one example.
    struct Vector {
        var indices: [Int]
        var values: [Float]
        var label: Int
    }

    func vectors(_ examples: [StanceExample]) -> [Vector] {
        let featurizer = StanceFeaturizer(settings: settings, lexicon: hashedLexicon, vectors: wordVectors)
        return examples.map { example in
            var utf8 = Array(example.text.utf8)
            utf8.append(0)
            return utf8.withUnsafeBufferPointer { buffer in
                let tokens = StanceTokenizer.tokens(buffer, from: 0, to: buffer.count - 1, codePointStart: 0)
                let instance = StanceInstance(
                    tokens: tokens, mention: StanceModel.tokenRange(tokens, covering: example.mention),
                    others: example.others.map { StanceModel.tokenRange(tokens, covering: $0) }.filter { !$0.isEmpty })
                let (indices, values) = featurizer.features(instance, bytes: buffer)
                return Vector(indices: indices, values: values, label: StanceModel.labels.firstIndex(of: example.label)!)
            }
        }
    }

    /// The hashed feature vectors of `examples` as text, one line each:
    /// `label<TAB>group<TAB>line:start:end<TAB>index:value ...` (label 0 against, 1 neutral, 2 favor;
    /// the input line and the mention's code point offsets), for prototyping
    /// other learners on exactly the features the model sees.
    public func featureDump(_ examples: [StanceExample]) -> String {
        var out = ""
        for (example, x) in zip(examples, vectors(examples)) where !example.isFurtherMention {
            out += "\(x.label)\t\(example.group)\t\(example.line):\(example.mention.start):\(example.mention.end)\t"
            out += zip(x.indices, x.values).map { "\($0):\($1)" }.joined(separator: " ") + "\n"
        }
        return out
    }

    /// Fits a model on `examples`.
    public func train(_ examples: [StanceExample], info: JSONObject = JSONObject()) -> StanceModel {
        fit(vectors(examples), info: info)
    }

    func fit(_ data: [Vector], info: JSONObject = JSONObject()) -> StanceModel {
        let scales = nbScale > 0 ? nbScales(data) : nil
        var (weights, bias) = fitOnce(data, seed: seed, scales: scales)
        if runs > 1 {
            for run in 1..<runs {
                let (w, b) = fitOnce(data, seed: seed &+ UInt64(run) &* 1_000_003, scales: scales)
                for k in weights.indices { weights[k] += w[k] }
                for c in 0..<3 { bias[c] += b[c] }
            }
            let scale = 1 / Float(runs)
            for k in weights.indices { weights[k] *= scale }
            for c in 0..<3 { bias[c] *= scale }
        }
        for c in 0..<3 { bias[c] += biasOffsets[c] }
        if let shares = targetShares, priorStrength > 0, !data.isEmpty {
            for c in 0..<3 {
                let trainShare = Double(data.filter { $0.label == c }.count + 1) / Double(data.count + 3)
                bias[c] += Float(priorStrength * log(max(shares[c], 1e-6) / trainShare))
            }
        }
        return StanceModel(settings: settings, weights: weights, bias: bias, lexicon: hashedLexicon, vectors: wordVectors, info: info)
    }

    /// Per feature and class training scales `(0.1 + |r|)^nbScale` from one-vs-rest log-count
    /// ratios r of feature presence (add-one smoothed), `dimension × 3`, feature-major.
    func nbScales(_ data: [Vector]) -> [Float] {
        let dimension = settings.dimension
        var counts = [Float](repeating: 1, count: dimension * 3)
        var seen = Set<Int>()
        for x in data {
            seen.removeAll(keepingCapacity: true)
            for j in x.indices where seen.insert(j).inserted { counts[j &* 3 + x.label] += 1 }
        }
        var totals: [Float] = [0, 0, 0]
        for k in counts.indices { totals[k % 3] += counts[k] }
        let all = totals.reduce(0, +)
        var scales = [Float](repeating: 1, count: dimension * 3)
        for j in 0..<dimension {
            let row = counts[j * 3] + counts[j * 3 + 1] + counts[j * 3 + 2]
            for c in 0..<3 {
                let p = counts[j * 3 + c] / totals[c]
                let q = (row - counts[j * 3 + c]) / (all - totals[c])
                scales[j * 3 + c] = powf(0.1 + abs(logf(p / q)), nbScale)
            }
        }
        return scales
    }

    /// One AdaGrad fit with its own shuffling seed; `scales` (from ``nbScales(_:)``) multiply the
    /// feature values per class during training and are folded into the returned weights.
    func fitOnce(_ data: [Vector], seed: UInt64, scales: [Float]? = nil) -> ([Float], [Float]) {
        let scale = scales ?? []
        let scaled = scales != nil
        let classWeights = self.classWeights
        let dimension = settings.dimension
        var weights = [Float](repeating: 0, count: dimension * 3)
        var squares = [Float](repeating: 1e-8, count: dimension * 3)
        var bias: [Float] = [0, 0, 0]
        var biasSquares: [Float] = [1e-8, 1e-8, 1e-8]
        var order = Array(data.indices)
        var rng = SplitMix(seed: seed)
        let rate = learningRate
        for _ in 0..<epochs {
            order.shuffle(using: &rng)
            weights.withUnsafeMutableBufferPointer { w in
                squares.withUnsafeMutableBufferPointer { g2 in
                    for k in order {
                        let x = data[k]
                        var s: (Float, Float, Float) = (bias[0], bias[1], bias[2])
                        for j in x.indices.indices {
                            let base = x.indices[j] &* 3
                            let v = x.values[j]
                            if scaled {
                                s.0 += w[base] * v * scale[base]
                                s.1 += w[base + 1] * v * scale[base + 1]
                                s.2 += w[base + 2] * v * scale[base + 2]
                            } else {
                                s.0 += w[base] * v
                                s.1 += w[base + 1] * v
                                s.2 += w[base + 2] * v
                            }
                        }
                        let m = max(s.0, s.1, s.2)
                        let e0 = expf(s.0 - m), e1 = expf(s.1 - m), e2 = expf(s.2 - m)
                        let sum = e0 + e1 + e2
                        let cw = classWeights[x.label]
                        let error: [Float] = [cw * (e0 / sum - (x.label == 0 ? 1 : 0)),
                                              cw * (e1 / sum - (x.label == 1 ? 1 : 0)),
                                              cw * (e2 / sum - (x.label == 2 ? 1 : 0))]
                        for c in 0..<3 {
                            biasSquares[c] += error[c] * error[c]
                            bias[c] -= rate * error[c] / biasSquares[c].squareRoot()
                        }
                        for j in x.indices.indices {
                            let base = x.indices[j] &* 3
                            let v = x.values[j]
                            for c in 0..<3 {
                                let g = error[c] * v * (scaled ? scale[base + c] : 1) + l2 * w[base + c]
                                g2[base + c] += g * g
                                w[base + c] -= rate * g / g2[base + c].squareRoot()
                            }
                        }
                    }
                }
            }
        }
        if scaled { for k in weights.indices { weights[k] *= scale[k] } }
        return (weights, bias)
    }

    /// Cross-validated scores: `folds` folds by group, confusion matrix summed over folds.
    public func crossValidate(_ examples: [StanceExample], folds: Int) -> StanceScores {
        outOfFold(examples, folds: folds).scores(offsets: [0, 0, 0])
    }

    /// Out-of-fold predictions of `folds`-fold cross-validation by group.
    /// `foldSeed` (default: ``seed``) chooses the fold assignment, so repeated cross-validation can
    /// average over several splits.
    public func outOfFold(_ examples: [StanceExample], folds: Int, foldSeed: UInt64? = nil) -> OutOfFoldPredictions {
        let data = vectors(examples)
        var result = OutOfFoldPredictions()
        for fold in 0..<folds {
            let inFold = examples.map { Self.bucket($0.group, seed: foldSeed ?? seed, buckets: folds) == fold }
            let model = fit(data.indices.filter { !inFold[$0] }.map { data[$0] })
            for k in data.indices where inFold[k] && !examples[k].isFurtherMention {
                let (a, n, f) = model.probabilities(indices: data[k].indices, values: data[k].values)
                result.labels.append(data[k].label)
                result.logProbabilities.append((log(a), log(n), log(f)))
            }
        }
        return result
    }

    /// Out-of-fold predictions of this trainer and `members` (their probabilities averaged), over
    /// `repeats` fold assignments, appended; also each repeat's macro-F1 re-weighted to `priors`.
    public func repeatedOutOfFold(_ examples: [StanceExample], members: [StanceTrainer] = [], folds: Int,
                                  repeats: Int, priors: [Double]?) -> (predictions: OutOfFoldPredictions, macroF1s: [Double]) {
        var predictions = OutOfFoldPredictions()
        var macroF1s: [Double] = []
        for repeat_ in 0..<max(1, repeats) {
            let foldSeed = seed &+ UInt64(repeat_) &* 7919
            let averaged = OutOfFoldPredictions.averaged(([self] + members).map { $0.outOfFold(examples, folds: folds, foldSeed: foldSeed) })
            macroF1s.append(averaged.scores(offsets: [0, 0, 0]).summary(priors: priors).macroF1)
            predictions.append(averaged)
        }
        return (predictions, macroF1s)
    }

    /// Scores `model` on labelled examples; also returns each prediction in example order.
    public static func evaluate(_ model: StanceModel, on examples: [StanceExample]) -> (StanceScores, [(StanceLabel, Double)]) {
        var confusion = [[Int]](repeating: [0, 0, 0], count: 3)
        var predictions: [(StanceLabel, Double)] = []
        for example in examples {
            let prediction = model.classify(example.text, mention: example.mention, others: example.others)
            predictions.append((prediction.label, prediction.score))
            confusion[StanceModel.labels.firstIndex(of: example.label)!][StanceModel.labels.firstIndex(of: prediction.0)!] += 1
        }
        return (StanceScores(confusion: confusion), predictions)
    }

    /// A stable bucket in `0..<buckets` for a group name.
    static func bucket(_ group: String, seed: UInt64, buckets: Int) -> Int {
        var rng = SplitMix(seed: StanceTokenizer.hash(group) ^ seed)
        return Int(rng.next() % UInt64(buckets))
    }

    /// Splits off the groups (articles) whose ``unitDraw(_:seed:)`` falls below `fraction`: none of
    /// their examples is trained on; the held-out list leaves out NewsMTSC's further mentions.
    public static func holdOut(_ examples: [StanceExample], fraction: Double, seed: UInt64)
        -> (training: [StanceExample], heldOut: [StanceExample]) {
        let heldOut = examples.filter { unitDraw($0.group, seed: seed) < fraction && !$0.isFurtherMention }
        let training = examples.filter { unitDraw($0.group, seed: seed) >= fraction }
        return (training, heldOut)
    }

    /// A stable draw in [0, 1) for a group name, for hold-out splits.
    public static func unitDraw(_ group: String, seed: UInt64) -> Double {
        var rng = SplitMix(seed: StanceTokenizer.hash(group) ^ (seed &* 0x9E37_79B9))
        return Double(rng.next() >> 11) / Double(1 << 53)
    }
}

/// Out-of-fold class log-probabilities with gold labels, for scores and decision tuning.
public struct OutOfFoldPredictions: Sendable {
    var labels: [Int] = []
    var logProbabilities: [(Float, Float, Float)] = []

    /// No predictions yet.
    public init() {}

    init(labels: [Int], logProbabilities: [(Float, Float, Float)]) {
        self.labels = labels
        self.logProbabilities = logProbabilities
    }

    /// Appends the predictions of another cross-validation run (e.g. with other folds).
    public mutating func append(_ other: OutOfFoldPredictions) {
        labels += other.labels
        logProbabilities += other.logProbabilities
    }

    /// The predictions of several models on the same examples in the same order, their
    /// probabilities averaged.
    public static func averaged(_ members: [OutOfFoldPredictions]) -> OutOfFoldPredictions {
        guard let first = members.first else { return OutOfFoldPredictions() }
        var result = OutOfFoldPredictions(labels: first.labels, logProbabilities: [])
        let n = Float(members.count)
        for k in first.labels.indices {
            var p: (Float, Float, Float) = (0, 0, 0)
            for m in members {
                precondition(m.labels[k] == first.labels[k], "members must predict the same examples")
                p.0 += exp(m.logProbabilities[k].0); p.1 += exp(m.logProbabilities[k].1); p.2 += exp(m.logProbabilities[k].2)
            }
            result.logProbabilities.append((log(p.0 / n), log(p.1 / n), log(p.2 / n)))
        }
        return result
    }

    /// Scores after adding `offsets` (against, neutral, favor) to the log-probabilities.
    public func scores(offsets: [Float]) -> StanceScores {
        var confusion = [[Int]](repeating: [0, 0, 0], count: 3)
        for (label, p) in zip(labels, logProbabilities) {
            let a = p.0 + offsets[0], n = p.1 + offsets[1], f = p.2 + offsets[2]
            confusion[label][a >= n && a >= f ? 0 : (f > n ? 2 : 1)] += 1
        }
        return StanceScores(confusion: confusion)
    }

    /// The bias offsets (neutral fixed at 0; against and favor from -1 to 1 in steps of 0.05) that
    /// maximise macro-F1 re-weighted to `priors`, and that macro-F1.
    public func bestOffsets(priors: [Double]?) -> (offsets: [Float], macroF1: Double) {
        var best: ([Float], Double) = ([0, 0, 0], scores(offsets: [0, 0, 0]).summary(priors: priors).macroF1)
        for i in -20...20 {
            for j in -20...20 {
                let offsets: [Float] = [Float(i) * 0.05, 0, Float(j) * 0.05]
                let f1 = scores(offsets: offsets).summary(priors: priors).macroF1
                if f1 > best.1 + 1e-9 { best = (offsets, f1) }
            }
        }
        return best
    }
}

/// Classification scores from a confusion matrix (rows gold, columns predicted; against, neutral, favor).
public struct StanceScores: Sendable {
    /// Counts, `confusion[gold][predicted]`.
    public var confusion: [[Int]]

    /// Creates scores from counts.
    public init(confusion: [[Int]]) { self.confusion = confusion }

    /// Accuracy and macro-F1, with each gold class's row re-weighted to the given class shares
    /// (against, neutral, favor; nil keeps the counts as they are).
    public func summary(priors: [Double]? = nil) -> (accuracy: Double, macroF1: Double, f1: [Double]) {
        let rows = confusion.map { $0.reduce(0, +) }
        let total = Double(rows.reduce(0, +))
        var m = [[Double]](repeating: [0, 0, 0], count: 3)
        for g in 0..<3 {
            let weight = priors.map { rows[g] > 0 ? $0[g] * total / Double(rows[g]) : 0 } ?? 1
            for p in 0..<3 { m[g][p] = Double(confusion[g][p]) * weight }
        }
        var f1: [Double] = []
        for c in 0..<3 {
            let tp = m[c][c]
            let predicted = (0..<3).reduce(0) { $0 + m[$1][c] }
            let gold = m[c].reduce(0, +)
            let p = predicted > 0 ? tp / predicted : 0
            let r = gold > 0 ? tp / gold : 0
            f1.append(p + r > 0 ? 2 * p * r / (p + r) : 0)
        }
        let all = m.flatMap { $0 }.reduce(0, +)
        let correct = (0..<3).reduce(0) { $0 + m[$1][$1] }
        return (all > 0 ? correct / all : 0, f1.reduce(0, +) / 3, f1)
    }

    /// `accuracy A  macro-F1 M  (F1 against a neutral n favor f)` for ``summary(priors:)``.
    public func line(priors: [Double]? = nil) -> String {
        let s = summary(priors: priors)
        return String(format: "accuracy %.3f  macro-F1 %.3f  (F1 against %.3f neutral %.3f favor %.3f)",
                      s.accuracy, s.macroF1, s.f1[0], s.f1[1], s.f1[2])
    }
}

/// A small seeded random number generator (SplitMix64), so training is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
