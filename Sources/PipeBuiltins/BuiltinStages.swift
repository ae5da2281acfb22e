import AppealStripping
import PipelineKit
import Segmentation
import SpeakerAttribution
import StanceDetection

/// The built-in stages: the only code that imports every stage module.
public enum BuiltinStages {
    /// Descriptors of the built-in stages, in the order `pipe stages` lists them.
    public static let descriptors: [StageDescriptor] = [
        AppealStripper.descriptor,
        Segmenter.descriptor,
        QuoteAttributor.descriptor,
        StanceDetector.descriptor,
    ]

    /// A registry of the built-in stages.
    public static var registry: StageRegistry { StageRegistry(descriptors) }
}
