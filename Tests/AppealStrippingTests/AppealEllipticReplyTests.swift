import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An elliptic reply in the newsroom's "we" of up to four words opening with "Neither", "Nor" or
// "So" ("Neither is our coverage.") answers the sentence before it, which opens the appeal. Our own
// sentences; a hard negative beside them (the same shape without the newsroom's "we").

@Test("the statement answered by an elliptic reply in our voice opens a glued appeal")
func statementBeforeEllipticReplyOpensAppeal() async throws {
    try await expectGluedAppealCut("""
    The drought on the islands is not over. Neither is our coverage. Our reporters have visited every island farm since spring and talk to growers each week. No owner or advertiser stands behind this newsroom. A monthly gift of $6 pays for a reporter's ferry ticket. Donate monthly Donate once Thank you for standing with island journalism.
    """, after: "Ferry fares rise\nFerry fares to the islands will rise by 4% from May, the operator said. Season tickets are not affected.")
}

@Test("an elliptic reply without the newsroom's we is the article's")
func ellipticReplyWithoutWeStays() async throws {
    try await expectUntouched("""
    Ferry fares rise
    Ferry fares to the islands will rise by 4% from May, the operator said. The dispute over the timetable is not over. Neither is the strike, union leaders warned on Monday. Talks resume next week.
    """)
}
