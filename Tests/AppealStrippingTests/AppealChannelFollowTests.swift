import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A box asking the reader to follow the outlet's messenger or social channel ("Follow us on
// Signal") is an appeal like a newsletter box. Our own sentences; a hard negative beside it (a
// police post quoted in an article).

@Test("a run-together messenger-channel box closed by a follow button is cut")
func runTogetherChannelBoxIsCut() async throws {
    try await expectGluedAppealCut("""
    Get the valley's news on Signal Follow our channel for the day's main local stories, flood warnings and road works, sent straight to your phone. It's free, and your number stays hidden. Follow us on Signal
    """, after: "Bridge reopens The old river bridge reopened on Saturday after a year of repairs, the county said. Lorries will stay banned.")
}

@Test("an article quoting an authority's own follow prompt stays")
func quotedFollowPromptStays() async throws {
    try await expectUntouched("""
    Flood warnings move to messaging apps
    The county's emergency service now posts its flood warnings on a messaging channel, officials said on Monday.
    Its first post read "follow us on Signal for warnings and road closures", a spokesperson said. More than 4,000 residents joined in the first week.
    """)
}
