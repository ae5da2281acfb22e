import Foundation
import Testing
import PipelineKit
@testable import StanceDetection

@Suite("training a model on labelled examples and using it")
struct TrainingTests {
    func tinyExamples() throws -> [StanceExample] {
        try StanceTrainingData.read(path: fixturePath("tiny-stance.jsonl")).examples
    }

    @Test("the simple format reads text, target span, label and id")
    func simpleFormat() throws {
        let examples = try tinyExamples()
        #expect(examples.count == 21)
        #expect(examples[0].label == .favor)
        #expect(examples[0].id == "tiny0")
        #expect(examples[5].label == .against)
        #expect(examples[0].mention == Span(start: 0, end: 6))
    }

    @Test("the NewsMTSC format gives one example per target with the other targets masked")
    func newsMTSCFormat() throws {
        let line = #"{"primary_gid": "src_1_2_3_x", "sentence_normalized": "Ann praised Bob.", "targets": [{"Input.gid": "g1", "from": 0, "to": 3, "polarity": 4.0}, {"Input.gid": "g2", "from": 12, "to": 15, "polarity": 6.0}]}"#
        let examples = try StanceTrainingData.parse(line: line, number: 1)
        #expect(examples.map(\.label) == [.neutral, .favor])
        #expect(examples.map(\.id) == ["g1", "g2"])
        #expect(examples[0].others == [Span(start: 12, end: 15)])
        #expect(examples[0].group == "src_1_2")
    }

    @Test("a bad label is reported with its line")
    func badLabel() throws {
        let path = NSTemporaryDirectory() + "stance-bad-\(UUID().uuidString).jsonl"
        try #"{"text": "A b.", "target": {"start": 0, "end": 1}, "label": "angry"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try StanceTrainingData.read(path: path) } throws: { error in
            String(describing: error).contains(":1: unknown label")
        }
    }

    @Test("a model trained on our tiny data set learns its labels and survives a save and load")
    func trainSaveLoad() throws {
        let examples = try tinyExamples()
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 14
        trainer.learningRate = 0.5
        trainer.epochs = 30
        let model = trainer.train(examples)
        let (scores, _) = StanceTrainer.evaluate(model, on: examples)
        #expect(scores.summary().accuracy >= 0.9)

        let path = NSTemporaryDirectory() + "stance-model-\(UUID().uuidString).json"
        try model.encoded().write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try StanceModel.load(path: path)
        #expect(loaded.settings == model.settings)
        for example in examples {
            #expect(loaded.classify(example.text, mention: example.mention).label
                    == model.classify(example.text, mention: example.mention).label)
        }
        let unseen = "Inspectors praised Zorbia for honest reforms."
        #expect(loaded.classify(unseen, mention: span(of: "Zorbia", in: unseen)).label == .favor)
    }

    @Test("the stage loads the model named in its options, relative to the pipeline's folder")
    func stageUsesModelOption() async throws {
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 14
        trainer.learningRate = 0.5
        trainer.epochs = 30
        let folder = NSTemporaryDirectory() + "stance-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try trainer.train(try tinyExamples()).encoded().write(toFile: folder + "/mine.json", atomically: true, encoding: .utf8)
        let stage = try StanceDetector.descriptor.makeStage(
            ["model": .string("mine.json"), "targets": .stringListMap([NamedStrings(name: "Zorbia", values: ["Zorbia"])])],
            environment: StageEnvironment(baseDirectory: folder))
        var doc = document("Activists denounced Zorbia for the cruel crackdown.")
        try await stage.process(&doc, context: StageContext(stageName: "stance"))
        #expect(doc.stances?.map(\.label) == [.against])
    }

    @Test("a missing or foreign model file is a clear configuration error")
    func badModelFile() throws {
        #expect(throws: StageError.self) { try StanceModel.load(path: "/nonexistent/model.json") }
        let path = NSTemporaryDirectory() + "not-a-model-\(UUID().uuidString).json"
        try #"{"format": "something-else"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try StanceModel.load(path: path) } throws: { error in
            String(describing: error).contains("not a stance model")
        }
    }

    @Test("a model trained on new labels can keep the bundled model's prior polarities")
    func reuseBundledLexicon() throws {
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 12
        trainer.epochs = 2
        #expect(trainer.train(try tinyExamples()).lexicon.isEmpty)
        trainer.useLexicon(of: try StanceModel.bundled())
        #expect(trainer.lexiconSize > 5000)
        let path = NSTemporaryDirectory() + "stance-lexicon-\(UUID().uuidString).json"
        try trainer.train(try tinyExamples()).encoded().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try StanceModel.load(path: path).lexicon.count == trainer.lexiconSize)
    }

    @Test("bias offsets tuned on out-of-fold predictions never lower their macro-F1")
    func tunedOffsets() throws {
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 12
        let predictions = trainer.outOfFold(try tinyExamples(), folds: 3)
        let plain = predictions.scores(offsets: [0, 0, 0]).summary(priors: [0.3, 0.5, 0.2]).macroF1
        let tuned = predictions.bestOffsets(priors: [0.3, 0.5, 0.2])
        #expect(tuned.macroF1 >= plain)
        #expect(abs(predictions.scores(offsets: tuned.offsets).summary(priors: [0.3, 0.5, 0.2]).macroF1 - tuned.macroF1) < 1e-9)
    }

    @Test("cross-validation counts every example once")
    func crossValidationCounts() throws {
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 12
        let scores = trainer.crossValidate(try tinyExamples(), folds: 3)
        #expect(scores.confusion.flatMap { $0 }.reduce(0, +) == 21)
    }

    @Test("the feature dump gives each example its label, group, mention and L2-normalised hashed features")
    func featureDump() throws {
        var trainer = StanceTrainer()
        trainer.settings.hashBits = 12
        let examples = try tinyExamples()
        let lines = trainer.featureDump(examples).split(separator: "\n")
        #expect(lines.count == examples.count)
        let fields = lines[0].split(separator: "\t")
        #expect(fields[0] == "2" && fields[1] == Substring(examples[0].group) && fields[2] == "1:0:6")
        let pairs = fields[3].split(separator: " ").map { $0.split(separator: ":") }
        #expect(pairs.allSatisfy { Int($0[0]).map { (0..<4096).contains($0) } ?? false })
        let norm = pairs.reduce(0) { $0 + Double($1[1])! * Double($1[1])! }
        #expect(abs(norm - 1) < 1e-3)
    }

    @Test("re-weighting a confusion matrix to class shares changes neutral's weight")
    func reweighting() {
        let scores = StanceScores(confusion: [[8, 2, 0], [2, 8, 0], [0, 5, 5]])
        let plain = scores.summary()
        let weighted = scores.summary(priors: [0.3, 0.5, 0.2])
        #expect(abs(plain.accuracy - 21.0 / 30.0) < 1e-9)
        #expect(abs(weighted.accuracy - (0.3 * 0.8 + 0.5 * 0.8 + 0.2 * 0.5)) < 1e-9)
    }
}
