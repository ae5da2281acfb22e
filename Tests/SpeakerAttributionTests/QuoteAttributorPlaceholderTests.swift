import Testing
import PipelineKit
@testable import SpeakerAttribution

@Test("the speaker-attribution descriptor is named for pipeline files")
func descriptorName() {
    #expect(QuoteAttributor.descriptor.name == "speaker-attribution")
}
