import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A newsletter sign-up widget broken over short lines ("Subscribe to Harbour Daily" / "Top News" /
// "in Your Mailbox") goes; a headline opening with a call verb over short lines stays. Our own
// sentences.

@Test("a sign-up widget broken over short lines among the page's chrome is cut")
func brokenSignUpWidgetIsCut() async throws {
    let head = "Skip to content\nLive Updates\nFriday, May 9\n"
    let rest = "8:15 AM\nHarbour ferry cancelled after storm damage. The port said on Friday that the morning boats would not run.\n"
    #expect(try await strip(head + "Subscribe to Harbour Daily\nTop News\nin Your Mailbox\n" + rest).text == head + rest)
}

@Test("a headline opening with a call verb over short lines without a delivery stays")
func headlineOverShortLinesStays() async throws {
    try await expectUntouched("""
    Get ready for winter
    Top tips
    for your garden
    The first frost is expected next week, the weather service said on Friday.
    Gardeners should bring potted plants indoors before then.
    """)
}
