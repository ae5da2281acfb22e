import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// In run-together text, a short title glued before an appeal's body in the newsroom's "we" is split
// off even when it names the medium's work ("… start with better reporting Our county editions
// …"), after the text's first sentence, and goes with the appeal. Our own sentences; a hard
// negative beside them (a subheading before a reported "our").

@Test("a title naming the medium's work, glued before our body, goes with a run-together appeal")
func gluedTitleNamingWorkGoesWithAppeal() async throws {
    try await expectGluedAppealCut("""
    Cleaner rivers start with better reporting Our county editions cover sewage spills, farm run-off, fish kills and the permits behind them, with a reporter at every water board meeting that matters. No water company advertisers fund us. Readers do. Chip in $10 a month and become a river supporter. Chip in — The editors
    """, after: "River dredging delayed The dredging of the harbour channel has been delayed until June, the port said. Boat owners said the delay had already cost them weeks of trade. The silt will be used to rebuild the eroded dunes south of the harbour.")
}

@Test("a subheading glued before a reported our stays in a run-together article")
func gluedSubheadingBeforeReportedOurStays() async throws {
    try await expectUntouched("""
    River plan backed The county backed a plan to clean up the river on Monday, officials said. Boat owners welcomed the plan after years of complaints. Council backs river plan Our rivers deserve better than a decade of delays and broken promises from the water companies, the council leader said at the meeting. Work starts in spring.
    """)
}
