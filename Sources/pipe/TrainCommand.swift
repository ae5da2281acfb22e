import ArgumentParser
import Foundation
import PipelineKit
import StanceDetection

/// `pipe train`: fits the models of trainable stages on labelled data.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a stage's model on labelled data.",
        subcommands: [TrainStanceCommand.self, TrainAppealsCommand.self]
    )
}

/// `pipe train stance`: trains the stance model and prints cross-validated scores.
struct TrainStanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Train a stance model (against/neutral/favor toward a target mention).",
        discussion: """
            Data: JSONL, one labelled sentence per line, either NewsMTSC
              {"primary_gid": "...", "sentence_normalized": "...", "targets": [{"from": 0, "to": 6, "polarity": 2.0}]}
            or the simple format
              {"text": "Critics said the Kremlin lied.", "target": {"start": 17, "end": 24}, "label": "against"}
            (offsets in Unicode code points, end exclusive; label against|neutral|favor).
            Example:
              pipe train stance --data labelled.jsonl -o stance-model.json
            then name the file in a pipeline: `- stage: stance` with `model: stance-model.json`.
            """
    )

    @Option(help: "Labelled examples (JSONL, NewsMTSC or simple format).")
    var data: String

    @Option(name: .shortAndLong, help: "Where to write the model (JSON).")
    var output: String

    @Option(help: "Folds for cross-validation (0 or 1 skips it).")
    var folds: Int = 5

    @Option(help: "Passes over the data.")
    var epochs: Int = 12

    @Option(name: .customLong("learning-rate"), help: "AdaGrad learning rate.")
    var learningRate: Double = 0.08

    @Option(help: "L2 penalty per update.")
    var l2: Double = 1e-6

    @Option(name: .customLong("hash-bits"), help: "log2 of the hashed feature space (model size = 3 × 2^bits × 2 bytes).")
    var hashBits: Int = 19

    @Option(name: .customLong("feature-weights"), help: "Changes to the feature settings, applied over those of the bundled model (\(TrainStanceCommand.tunedFeatureWeights) over sentence=1,clause=1,window=1,char=0.5,flag=1,lexicon=1,frame=0,mention=0,vectors=0.5,positions=3,bag=6), e.g. 'mention=0'; 0 turns a group off.")
    var featureWeights: String = ""

    /// The cross-validated best settings on NewsMTSC: those of the bundled model, the base every
    /// `--feature-weights` change applies to.
    static let tunedFeatureWeights = "char=0.25,window=1.5,bag=10,mention=3"

    @Option(name: .customLong("char-ngrams"), help: "Shortest and longest character n-grams, e.g. 3-5.")
    var charNgrams: String = "3-5"

    @Option(help: "Prior word polarities: 'bundled' (those of the shipped model, from the VADER lexicon), 'none', or a file with word<TAB>valence per line (e.g. VADER's vader_lexicon.txt); stored hashed in the model.")
    var lexicon: String = "bundled"

    @Option(help: "Word vectors averaged around each mention as dense features: 'bundled' (those of the shipped model, if it has any), 'none', or a text file of 'word v1 … vN' lines (word2vec/GloVe text layout; dev/stance/word_vectors.py makes the bundled ones); stored in the model.")
    var vectors: String = "bundled"

    @Flag(name: .customLong("further-mentions"), help: "Also train on NewsMTSC's further (coreferent) mentions of each target.")
    var furtherMentions = false

    @Option(name: .customLong("hold-out"), help: "Fraction of groups (articles) left out of training entirely, for a later honest test.")
    var holdOut: Double = 0

    @Option(name: .customLong("hold-out-file"), help: "Write the held-out input lines here (JSONL, same format as --data).")
    var holdOutFile: String?

    @Option(name: .customLong("real-world-shares"), help: "Class shares (against,neutral,favor) for the re-weighted score, like real news.")
    var realWorldShares: String = "0.3,0.5,0.2"

    @Option(help: "Labelled test examples (same formats) scored with the trained model; nothing from them is trained on.")
    var test: String?

    @Option(help: "Write the test predictions here as JSONL {gid, label, score} (for score_stance.py).")
    var predictions: String?

    @Flag(name: .customLong("tune-bias"), help: "Shift the against/favor biases to maximise the cross-validated macro-F1 re-weighted to --real-world-shares (needs --folds > 1).")
    var tuneBias = false

    @Option(help: "Fits with different shuffles whose weights are averaged into the one model.")
    var runs: Int = 1

    @Option(name: .customLong("prior-strength"), help: "Move the biases toward --real-world-shares by this fraction of the log prior ratio (0 = off).")
    var priorStrength: Double = 0

    @Option(name: .customLong("class-weights"), help: "Gradient weight per gold class: 'balanced' (inverse class frequency) or against,neutral,favor numbers.")
    var classWeights: String = "1,1,1"

    @Option(name: .customLong("nb-scale"), help: "NBSVM-style training scale exponent for one-vs-rest log-count ratios (0 = off).")
    var nbScale: Double = 0

    @Option(name: .customLong("cv-repeats"), help: "Repeat cross-validation with this many fold assignments and average the scores.")
    var cvRepeats: Int = 1

    @Option(help: "Further ensemble members, ';'-separated, each a --feature-weights style list of changes to the main settings (e.g. 'clause=0;sentence=0,char=0'); their probabilities are averaged.")
    var ensemble: String = ""

    @Option(name: .customLong("dump-features"), help: "Write the training examples' hashed feature vectors here (label, group, line:start:end, index:value ...; tab-separated) and stop.")
    var dumpFeatures: String?

    @Option(help: "Seed for shuffling, folds and the hold-out split.")
    var seed: UInt64 = 7

    func validate() throws {
        guard (0..<1).contains(holdOut) else { throw ValidationError("--hold-out must be in [0, 1)") }
        guard (8...22).contains(hashBits) else { throw ValidationError("--hash-bits must be in 8...22") }
        guard shares.count == 3 else { throw ValidationError("--real-world-shares needs three numbers, e.g. 0.3,0.5,0.2") }
    }

    /// Applies `name=value,...` feature settings (group weights, sizes) to `settings`.
    static func apply(_ spec: String, to settings: inout StanceFeatureSettings) throws {
        for pair in spec.split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let value = Float(parts[1]) else { throw ValidationError("bad feature setting '\(pair)'") }
            switch parts[0] {
            case "sentence": settings.sentenceWeight = value
            case "clause": settings.clauseWeight = value
            case "window": settings.windowWeight = value
            case "char": settings.charWeight = value
            case "flag": settings.flagWeight = value
            case "negation-flip": settings.negationFlip = value
            case "lexicon": settings.lexiconWeight = value
            case "frame": settings.frameWeight = value
            case "mention": settings.mentionWeight = value
            case "vectors": settings.vectorWeight = value
            case "positions": settings.window = Int(value)
            case "bag": settings.bagWindow = Int(value)
            case "char-min": settings.charMin = Int(value)
            case "char-max": settings.charMax = Int(value)
            case "bits": settings.hashBits = Int(value)
            default: throw ValidationError("unknown feature setting '\(parts[0])' (sentence, clause, window, char, flag, lexicon, frame, mention, vectors, negation-flip, positions, bag, char-min, char-max, bits)")
            }
        }
    }

    var shares: [Double] {
        let values = realWorldShares.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        let sum = values.reduce(0, +)
        return sum > 0 ? values.map { $0 / sum } : values
    }

    func run() async throws {
        var (examples, lines) = try StanceTrainingData.read(path: data, furtherMentions: furtherMentions)
        guard !examples.isEmpty else { throw ValidationError("no examples in \(data)") }
        var trainer = StanceTrainer()
        trainer.epochs = epochs
        trainer.learningRate = Float(learningRate)
        trainer.l2 = Float(l2)
        trainer.settings.hashBits = hashBits
        trainer.seed = seed
        trainer.runs = max(1, runs)
        switch lexicon {
        case "none": break
        case "bundled": trainer.useLexicon(of: try StanceModel.bundled())
        default: trainer.useLexicon(try StanceTrainer.readLexicon(path: lexicon))
        }
        print("lexicon: \(lexicon), \(trainer.lexiconSize) words")
        switch vectors {
        case "none": break
        case "bundled": trainer.useVectors(try StanceModel.bundled().vectors)
        default: trainer.useVectors(try StanceWordVectors.read(path: vectors))
        }
        if let table = trainer.wordVectors { print("word vectors: \(vectors), \(table.count) words × \(table.dimensions)") }
        trainer.targetShares = shares
        trainer.priorStrength = priorStrength
        try Self.apply(Self.tunedFeatureWeights, to: &trainer.settings)
        try Self.apply(featureWeights, to: &trainer.settings)
        let range = charNgrams.split(separator: "-").compactMap { Int($0) }
        guard range.count == 2, range[0] >= 1, range[1] <= 8 else { throw ValidationError("--char-ngrams expects MIN-MAX, e.g. 3-5") }
        trainer.settings.charMin = range[0]
        trainer.settings.charMax = range[1]

        if holdOut > 0 {
            let split = StanceTrainer.holdOut(examples, fraction: holdOut, seed: seed)
            examples = split.training
            try writeHeldOut(split.heldOut, lines: lines)
        }
        let counts = StanceModel.labels.map { label in examples.filter { $0.label == label }.count }
        if classWeights == "balanced" {
            trainer.classWeights = counts.map { Float(examples.count) / Float(3 * max(1, $0)) }
        } else {
            let values = classWeights.split(separator: ",").compactMap { Float($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == 3 else { throw ValidationError("--class-weights needs 'balanced' or three numbers") }
            trainer.classWeights = values
        }
        trainer.nbScale = Float(nbScale)
        if let dumpFeatures {
            try trainer.featureDump(examples).write(toFile: dumpFeatures, atomically: true, encoding: .utf8)
            print("feature vectors written to \(dumpFeatures)")
            return
        }
        var memberTrainers: [StanceTrainer] = []
        for spec in ensemble.split(separator: ";") {
            var member = trainer
            try Self.apply(String(spec), to: &member.settings)
            memberTrainers.append(member)
        }
        print("training examples: \(examples.count) (against \(counts[0]), neutral \(counts[1]), favor \(counts[2])) "
              + "from \(Set(examples.map(\.group)).count) groups")

        var info: [(key: String, value: JSONValue)] = [
            ("data", .string(URL(fileURLWithPath: data).lastPathComponent)),
            ("examples", .int(examples.count)),
            ("epochs", .int(epochs)), ("runs", .int(runs)), ("priorStrength", .double(priorStrength)), ("learningRate", .double(learningRate)), ("l2", .double(l2)),
        ]
        if folds > 1 {
            let start = Date()
            let (predictions, repeatScores) = trainer.repeatedOutOfFold(
                examples, members: memberTrainers, folds: folds, repeats: cvRepeats, priors: shares)
            let scores = predictions.scores(offsets: [0, 0, 0])
            let asGiven = scores.summary()
            let weighted = scores.summary(priors: shares)
            print("\(folds)-fold cross-validation (by group): \(scores.line())")
            print("  re-weighted to shares \(realWorldShares): \(scores.line(priors: shares))")
            if repeatScores.count > 1 {
                let mean = repeatScores.reduce(0, +) / Double(repeatScores.count)
                let sd = (repeatScores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(repeatScores.count - 1)).squareRoot()
                print(String(format: "  re-weighted macro-F1 per repeat: %@ (sd %.3f)", repeatScores.map { String(format: "%.3f", $0) }.joined(separator: " "), sd))
            }
            print("  confusion (rows gold against/neutral/favor, columns predicted): \(scores.confusion)")
            print(String(format: "  (%.1f s)", Date().timeIntervalSince(start)))
            if tuneBias {
                let (offsets, tuned) = predictions.bestOffsets(priors: shares)
                trainer.biasOffsets = offsets
                print(String(format: "  bias offsets tuned on these folds for re-weighted macro-F1: against %+.2f favor %+.2f -> %.3f (optimistic: tuned and scored on the same folds)",
                             offsets[0], offsets[2], tuned))
                info.append(("biasOffsets", .array(offsets.map { .double(Double($0)) })))
            }
            info.append(("crossValidation", .object(JSONObject([
                ("folds", .int(folds)), ("macroF1", .double((asGiven.macroF1 * 1000).rounded() / 1000)),
                ("macroF1RealWorldWeighted", .double((weighted.macroF1 * 1000).rounded() / 1000)),
                ("shares", .string(realWorldShares)),
            ]))))
        }
        let model = trainer.train(examples, info: JSONObject(info))
        try model.encoded().write(toFile: output, atomically: true, encoding: .utf8)
        print("model written to \(output)")
        if let test { try await score(model, on: test) }
    }
}
