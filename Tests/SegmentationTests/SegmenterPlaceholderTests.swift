import Testing
import PipelineKit
@testable import Segmentation

@Test("the segmenter descriptor is named for pipeline files")
func descriptorName() {
    #expect(Segmenter.descriptor.name == "segmenter")
}
