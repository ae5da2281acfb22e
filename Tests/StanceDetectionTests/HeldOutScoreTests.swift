import Foundation
import Testing
import PipelineKit
@testable import StanceDetection

/// The bundled model on the part of NewsMTSC train it never saw (skipped without ../shared).
@Test("the bundled model scores at least 0.70 macro-F1 on its held-out NewsMTSC articles",
      .enabled(if: FileManager.default.fileExists(atPath: sharedFolder + "/corpora/newsmtsc/train.jsonl")))
func bundledModelHeldOut() throws {
    let all = try StanceTrainingData.read(path: sharedFolder + "/corpora/newsmtsc/train.jsonl").examples
    // The split `pipe train stance --hold-out 0.2` (seed 7) made when the bundled model was trained.
    let heldOut = all.filter { StanceTrainer.unitDraw($0.group, seed: 7) < 0.2 }
    #expect(heldOut.count > 1000)
    let (scores, _) = StanceTrainer.evaluate(try StanceModel.bundled(), on: heldOut)
    #expect(scores.summary().macroF1 >= 0.70)
    #expect(scores.summary(priors: [0.3, 0.5, 0.2]).macroF1 >= 0.70)
}
