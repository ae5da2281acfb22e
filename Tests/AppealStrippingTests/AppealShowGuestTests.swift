import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A show or podcast describing its guests ("two biologists join us to talk it through") asks
// nobody to act: the guests join, not the reader. Our own sentences; a "join us" addressed to the
// reader beside it is still cut.

@Test("guests who join a show to talk are an episode description, not an appeal")
func showGuestsStay() async throws {
    try await expectUntouched("""
    Why are the lakes of the north going quiet?

    The northern lakes hold a fifth of the country's fresh water, and many are losing fish every year. Yet the subject hardly reaches the evening news.

    In this week's show, we try to find out why anglers and councils seem so unbothered. Two marine biologists, Ada Renn and Tomas Wirth, join us to talk it through.

    For the full figures on the lakes, see our longer piece from March.
    """)
}

@Test("a join-us call to the reader is still an appeal")
func joinUsCallIsCut() async throws {
    try await expectAppealCut(
        "Join us to keep stories like this one free for everyone. Become a member of our newsroom today for as little as $5 a month.")
}
