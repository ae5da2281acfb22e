import AppealStripping
import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PipelineKit

/// `pipe train appeals`: trains the appeal stripper's learned line scorer (its block veto).
struct TrainAppealsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeals",
        abstract: "Train the appeal stripper's line scorer (the learned veto on found appeal blocks).",
        discussion: """
            Data: JSONL in the appeal fixture format, one document per line:
              {"id": "...", "text": "...", "kind": "appeal|negative|article", "gold": [{"start": 0, "end": 120}]}
            (gold = the appeal spans, code points, end exclusive; kind "negative" marks hard negatives, \
            whose units weigh --negative-weight times as much).
            Example (the bundled model):
              pipe train appeals --data 'Tests/AppealStrippingTests/Fixtures/appeals*.jsonl' \\
                --data 'Tests/AppealStrippingTests/Fixtures/unseen-batch*.jsonl' --data 'dev/appeals/probes/*.jsonl' \\
                -o Plugins/AppealStripping/Resources/appeal-line-model.json
            then name the file in a pipeline: `- stage: appeal-stripper` with `line-model: model.json`.
            With --test, the new scorer is also checked on held-out documents of the same format: unit-level \
            precision, recall and F1 at probability 0.5, and (--predictions) every unit's probabilities as JSONL.
            """
    )

    @Option(help: "Labelled documents (JSONL); repeat the option or use a * pattern in the file name.")
    var data: [String]

    @Option(name: .shortAndLong, help: "Where to write the model (JSON).")
    var output: String

    @Option(help: "Passes over the data.")
    var epochs: Int = AppealLineTrainer().epochs

    @Option(name: .customLong("hash-bits"), help: "log2 of the hashed feature space (model size = 2^bits × 2 bytes).")
    var hashBits: Int = AppealLineTrainer().bits

    @Option(help: "L2 penalty per update (larger: broader features, fewer memorised word pairs).")
    var l2: Double = AppealLineTrainer().l2

    @Option(name: .customLong("negative-weight"), help: "How much more a hard negative's unit weighs.")
    var negativeWeight: Double = AppealLineTrainer().negativeWeight

    @Option(help: "Seed of the shuffle of the first fit (the others take the next seeds).")
    var seed: UInt64 = AppealLineTrainer().seed

    @Option(help: "How many fits, each over differently shuffled units, are averaged (a single fit depends much on the shuffle).")
    var runs: Int = AppealLineTrainer().runs

    @Option(help: "Held-out labelled documents to check the new scorer on (same format; repeat or use a * pattern).")
    var test: [String] = []

    @Option(help: "With --test: write each test document's units and probabilities here (JSONL).")
    var predictions: String?

    func validate() throws {
        guard (8...22).contains(hashBits) else { throw ValidationError("--hash-bits must be in 8...22") }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive") }
        guard (1...100).contains(runs) else { throw ValidationError("--runs must be in 1...100") }
        guard seed <= UInt64(Int.max) else { throw ValidationError("--seed must be at most \(Int.max)") }
        guard predictions == nil || !test.isEmpty else { throw ValidationError("--predictions needs --test") }
    }

    func run() async throws {
        let files = data.flatMap(Self.expand)
        guard !files.isEmpty else { throw ValidationError("no file matches --data") }
        let examples = try Self.examples(in: files)
        // Held-out documents are read before training, so a bad --test file fails at once.
        let testFiles = test.flatMap(Self.expand)
        guard test.isEmpty || !testFiles.isEmpty else { throw ValidationError("no file matches --test") }
        let held = try Self.examples(in: testFiles)
        var trainer = AppealLineTrainer()
        trainer.bits = hashBits
        trainer.epochs = epochs
        trainer.negativeWeight = negativeWeight
        trainer.l2 = l2
        trainer.seed = seed
        trainer.runs = runs
        let names = files.map { URL(fileURLWithPath: $0).lastPathComponent }
        let model = trainer.train(examples, info: JSONObject([("data", .array(names.map { .string($0) }))]))
        try model.encoded().write(toFile: output, atomically: true, encoding: .utf8)
        let units = model.info["units"]?.intValue ?? 0, appeal = model.info["appealUnits"]?.intValue ?? 0
        print("trained on \(examples.count) documents from \(files.count) files: \(units) units, \(appeal) appeal units; wrote \(output)")
        if !test.isEmpty { try check(model, on: held) }
    }

    /// Scores the `--test` documents with `model`: prints unit-level agreement, writes `--predictions`.
    private func check(_ model: AppealLineModel, on examples: [AppealLineTrainer.Example]) throws {
        let scored = examples.map { model.unitScores(of: $0) }
        let result = AppealLineEvaluation(scored: zip(scored, examples).map { ($0, $1.isNegative) })
        print(String(format: "test: %d documents, units at p >= 0.5: precision %.3f, recall %.3f, F1 %.3f; %d article units of hard negatives rated appeal",
                     examples.count, result.precision, result.recall, result.f1, result.negativeDocumentHits))
        guard let predictions else { return }
        let lines = zip(examples, scored).map { example, units in
            let units: [JSONValue] = units.map { unit in
                .object(JSONObject([
                    ("start", .int(unit.span.start)), ("end", .int(unit.span.end)),
                    ("probability", .double(unit.probability)), ("own", .double(unit.own)), ("gold", .bool(unit.isAppeal)),
                ]))
            }
            return JSONValue.object(JSONObject([("id", .string(example.id)), ("units", .array(units))])).jsonText
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: predictions, atomically: true, encoding: .utf8)
    }

    /// The labelled documents of `files`.
    private static func examples(in files: [String]) throws -> [AppealLineTrainer.Example] {
        try files.flatMap { file in
            guard let bytes = FileManager.default.contents(atPath: file), let text = String(data: bytes, encoding: .utf8) else {
                throw ValidationError("cannot read '\(file)' as UTF-8 text")
            }
            return try AppealLineTrainer.examples(jsonl: text, file: file)
        }
    }

    /// The files a `--data` value names: the path itself, or the sorted matches of a pattern with a `*`.
    static func expand(_ pattern: String) -> [String] {
        guard pattern.contains("*") else { return [pattern] }
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(pattern, GLOB_NOSORT, nil, &found) == 0 else { return [] }
        // Sorted here rather than by glob, whose order follows the locale: the model depends on it.
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
