import Testing
import PipelineKit
@testable import AppealStripping

@Test("the appeal-stripper descriptor is named for pipeline files")
func descriptorName() {
    #expect(AppealStripper.descriptor.name == "appeal-stripper")
}
