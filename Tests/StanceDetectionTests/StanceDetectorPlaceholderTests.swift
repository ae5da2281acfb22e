import Testing
import PipelineKit
@testable import StanceDetection

@Test("the stance descriptor is named for pipeline files")
func descriptorName() {
    #expect(StanceDetector.descriptor.name == "stance")
}
