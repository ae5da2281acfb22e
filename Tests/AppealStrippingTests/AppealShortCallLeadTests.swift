import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// In a paragraph, a short call naming the medium ("Get the paper at home.") before a lead-in in
// the newsroom's "we" opens the appeal, and a short question before it goes too. Our own sentences;
// a hard negative beside them (the same shape in reported text).

@Test("a short call naming the medium before our lead-in opens a glued appeal")
func shortCallBeforeWeLeadInOpensAppeal() async throws {
    try await expectGluedAppealCut("""
    Love this? Get the paper at home. We've been covering the valley's clubs from the touchline for twenty years, with no league, sponsor or betting firm paying for a word of it. Subscribe to the print edition: six issues a year through your letterbox for £24, postage included. Subscribe to the magazine Buy back issues
    """, after: """
    Rugby ground sold
    The county rugby ground will be sold to a housing developer, the club said on Friday.
    A new pitch is planned outside the town.
    """)
}

@Test("a short call naming the paper before a reported we stays")
func shortCallBeforeReportedWeStays() async throws {
    try await expectUntouched("""
    Rugby ground sold
    The county rugby ground will be sold to a housing developer, the club said on Friday.
    Read the paper at the library. We have left copies at every branch for those without internet, the librarian said. The sale closes in May.
    """)
}
