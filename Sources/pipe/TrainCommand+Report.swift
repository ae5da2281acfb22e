import Foundation
import PipelineKit
import StanceDetection

/// The parts of `pipe train stance` that report on held-out and test data.
extension TrainStanceCommand {
    /// Writes the held-out examples' input lines to `--hold-out-file`, if given, and says how many.
    func writeHeldOut(_ heldOut: [StanceExample], lines: [String]) throws {
        print("held out: \(heldOut.count) examples from \(Set(heldOut.map(\.group)).count) groups")
        guard let holdOutFile else { return }
        let numbers = Set(heldOut.map(\.line)).sorted()
        let text = numbers.map { lines[$0 - 1] }.joined(separator: "\n") + "\n"
        try text.write(toFile: holdOutFile, atomically: true, encoding: .utf8)
        print("held-out lines written to \(holdOutFile)")
    }

    /// Scores `model` on the labelled examples in `path`, checks the stage itself on them and writes
    /// `--predictions`.
    func score(_ model: StanceModel, on path: String) async throws {
        let testExamples = try StanceTrainingData.read(path: path).examples
        let (scores, predicted) = StanceTrainer.evaluate(model, on: testExamples)
        let weighted = scores.summary(priors: shares)
        print("test \(path): \(testExamples.count) examples  \(scores.line())")
        print(String(format: "  re-weighted to shares %@: accuracy %.3f  macro-F1 %.3f",
                     realWorldShares, weighted.accuracy, weighted.macroF1))
        print("  confusion: \(scores.confusion)")
        try await measureStage(model: model, examples: testExamples)
        guard let predictions else { return }
        var out = ""
        for (example, prediction) in zip(testExamples, predicted) {
            let gid = example.id ?? "\(example.line):\(example.mention.start)"
            out += JSONValue.object(JSONObject([("gid", .string(gid)), ("label", .string(prediction.0.rawValue)),
                                                ("score", .double((prediction.1 * 1000).rounded() / 1000))])).jsonText + "\n"
        }
        try out.write(toFile: predictions, atomically: true, encoding: .utf8)
        print("predictions written to \(predictions)")
    }

    /// Runs the stance stage itself on the test sentences (each one document, its mentions given as
    /// document targets, the whole text as its sentence) and reports its agreement with the model
    /// scores above and its speed on one core.
    func measureStage(model: StanceModel, examples: [StanceExample]) async throws {
        var byLine: [Int: (String, [TargetMention])] = [:]
        for (k, example) in examples.enumerated() {
            var entry = byLine[example.line] ?? (example.text, [])
            entry.1.append(TargetMention(id: String(k), span: example.mention))
            byLine[example.line] = entry
        }
        var documents: [Document] = byLine.keys.sorted().map { line in
            var document = Document(id: String(line), text: byLine[line]!.0, targets: byLine[line]!.1)
            document.sentences = [Span(start: 0, end: document.length)]
            return document
        }
        let stage = StanceDetector(model: model)
        let context = StageContext(stageName: "stance")
        let start = Date()
        for k in documents.indices {
            try await stage.process(&documents[k], context: context)
        }
        let seconds = Date().timeIntervalSince(start)
        var agree = 0
        var labelled = 0
        for document in documents {
            for stance in document.stances ?? [] {
                labelled += 1
                if let id = stance.targetID.flatMap(Int.init), stance.label == examples[id].label { agree += 1 }
            }
        }
        print(String(format: "  stage on the test sentences: %d mentions, accuracy %.3f, %.0f mentions/s on one core",
                     labelled, Double(agree) / Double(max(1, labelled)), Double(labelled) / seconds))
    }
}
