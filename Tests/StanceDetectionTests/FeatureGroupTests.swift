import Foundation
import Testing
import PipelineKit
@testable import StanceDetection

/// Invented sentences whose words say nothing about the target: only who the target is tells
/// the label (Zorblat is always criticised in this data, Quimby always admired, Pellor neither).
private func priorExamples() -> [StanceExample] {
    let frames = ["Officials met X on Tuesday.", "X visited the harbour this week.",
                  "Reporters spoke with X about the budget.", "The committee will hear X in March.",
                  "X arrived at the station before noon.", "Voters in the district saw X at the fair."]
    var examples: [StanceExample] = []
    for (name, label) in [("Zorblat", StanceLabel.against), ("Quimby", .favor), ("Pellor", .neutral)] {
        for (k, frame) in frames.enumerated() {
            let text = frame.replacingOccurrences(of: "X", with: name)
            examples.append(StanceExample(text: text, mention: span(of: name, in: text), label: label,
                                          group: "\(name)-\(k)"))
        }
    }
    return examples
}

private func smallTrainer() -> StanceTrainer {
    var trainer = StanceTrainer()
    trainer.settings.hashBits = 14
    trainer.learningRate = 0.5
    trainer.epochs = 30
    return trainer
}

@Suite("optional feature groups and training options")
struct FeatureGroupTests {
    @Test("mention words give each target its own prior only when their group is on")
    func mentionPrior() {
        let unseenA = "Citizens noticed Zorblat near the market."
        let unseenB = "Citizens noticed Quimby near the market."
        var trainer = smallTrainer()
        trainer.settings.mentionWeight = 3
        let model = trainer.train(priorExamples())
        #expect(model.classify(unseenA, mention: span(of: "Zorblat", in: unseenA)).label == .against)
        #expect(model.classify(unseenB, mention: span(of: "Quimby", in: unseenB)).label == .favor)

        let masked = smallTrainer().train(priorExamples())      // mention words off: the target is only <t>
        let a = masked.classify(unseenA, mention: span(of: "Zorblat", in: unseenA))
        let b = masked.classify(unseenB, mention: span(of: "Quimby", in: unseenB))
        #expect(a.label == b.label)
        #expect(abs(a.score - b.score) < 1e-6)
    }

    @Test("frame and mention settings survive a save and load; files without them read as off")
    func settingsRoundTrip() throws {
        var trainer = smallTrainer()
        trainer.settings.frameWeight = 1
        trainer.settings.mentionWeight = 3
        let model = trainer.train(priorExamples())
        let text = model.encoded()
        let loaded = try StanceModel.decode(JSONParser.parse(Data(text.utf8)))
        #expect(loaded.settings.frameWeight == 1)
        #expect(loaded.settings.mentionWeight == 3)
        #expect(loaded.settings == model.settings)

        let older = text.replacingOccurrences(of: #","frameWeight":1"#, with: "")
            .replacingOccurrences(of: #","mentionWeight":3"#, with: "")
        #expect(older != text)
        let old = try StanceModel.decode(JSONParser.parse(Data(older.utf8)))
        #expect(old.settings.frameWeight == 0)
        #expect(old.settings.mentionWeight == 0)
    }

    @Test("the frame group tells a speech verb's agent from its object")
    func frameFeatures() {
        var settings = StanceFeatureSettings()
        settings.hashBits = 16
        settings.frameWeight = 1
        let featurizer = StanceFeaturizer(settings: settings)
        func features(_ text: String, _ name: String, using featurizer: StanceFeaturizer) -> Set<Int> {
            var utf8 = Array(text.utf8)
            utf8.append(0)
            return utf8.withUnsafeBufferPointer { buffer in
                let tokens = StanceTokenizer.tokens(buffer, from: 0, to: buffer.count - 1, codePointStart: 0)
                let instance = StanceInstance(tokens: tokens, mention: StanceModel.tokenRange(tokens, covering: span(of: name, in: text)))
                return Set(featurizer.features(instance, bytes: buffer).indices)
            }
        }
        let agent = features("Marlow accused the mayor.", "Marlow", using: featurizer)
        let object = features("The mayor accused Marlow.", "Marlow", using: featurizer)
        var off = settings
        off.frameWeight = 0
        let plain = StanceFeaturizer(settings: off)
        // The frame group adds features, and they differ between agent and object.
        let agentFrames = agent.subtracting(features("Marlow accused the mayor.", "Marlow", using: plain))
        let objectFrames = object.subtracting(features("The mayor accused Marlow.", "Marlow", using: plain))
        #expect(agentFrames.count >= 4)
        #expect(objectFrames.count >= 4)
        #expect(agentFrames != objectFrames)
    }

    @Test("NBSVM-style scaling is folded into the saved weights, so the loaded model predicts as trained")
    func nbScaling() throws {
        let examples = try StanceTrainingData.read(path: fixturePath("tiny-stance.jsonl")).examples
        var trainer = smallTrainer()
        trainer.nbScale = 1
        let model = trainer.train(examples)
        let (scores, _) = StanceTrainer.evaluate(model, on: examples)
        #expect(scores.summary().accuracy >= 0.9)
        let loaded = try StanceModel.decode(JSONParser.parse(Data(model.encoded().utf8)))
        for example in examples {
            #expect(loaded.classify(example.text, mention: example.mention).label
                    == model.classify(example.text, mention: example.mention).label)
        }
    }

    @Test("a class with zero weight is never learned")
    func zeroClassWeight() throws {
        let examples = try StanceTrainingData.read(path: fixturePath("tiny-stance.jsonl")).examples
        var trainer = smallTrainer()
        trainer.classWeights = [1, 1, 0]
        let (_, predictions) = StanceTrainer.evaluate(trainer.train(examples), on: examples)
        #expect(examples.contains { $0.label == .favor })
        #expect(!predictions.contains { $0.0 == .favor })
    }

    @Test("an ensemble's out-of-fold predictions average the members' probabilities")
    func averagedPredictions() {
        let a = OutOfFoldPredictions(labels: [0, 2], logProbabilities: [(log(0.6), log(0.3), log(0.1)), (log(0.2), log(0.2), log(0.6))])
        let b = OutOfFoldPredictions(labels: [0, 2], logProbabilities: [(log(0.2), log(0.7), log(0.1)), (log(0.4), log(0.2), log(0.4))])
        let mean = OutOfFoldPredictions.averaged([a, b])
        #expect(mean.labels == [0, 2])
        #expect(abs(exp(mean.logProbabilities[0].0) - 0.4) < 1e-5)
        #expect(abs(exp(mean.logProbabilities[0].1) - 0.5) < 1e-5)
        #expect(abs(exp(mean.logProbabilities[1].2) - 0.5) < 1e-5)
        #expect(mean.scores(offsets: [0, 0, 0]).confusion == [[0, 1, 0], [0, 0, 0], [0, 0, 1]])
    }
}
