import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A sign-up box's title and its one-line blurb go with the form field below them ("Get the Harbour
// Letter" / "Tides, ferries and fishing quotas, explained every Friday. It's free." / "Email
// address"). Our own sentences; a hard negative beside it.

/// An English article of our own.
private let harbourArticle = """
Harbour wall repairs to start in spring
Repairs to the old harbour wall will begin in March, the port authority said on Tuesday.
The work will close the north quay for six weeks, and fishing boats will moor at the ferry pier.
"""

@Test("a newsletter box's title and blurb go with its form field")
func boxTitleAndBlurbGoWithField() async throws {
    try await expectAppealCut("""
    Get the Harbour Letter
    Tides, ferries and fishing quotas, explained every Friday by our reporters. It's free.
    Email address
    Sign me up
    No spam. Unsubscribe any time.
    """, after: harbourArticle)
}

@Test("an article paragraph ending in a fragment above a short line stays")
func articleFragmentAboveShortLineStays() async throws {
    let text = harbourArticle + "\n" + """
    Ferry timetable changes
    Boats will leave every forty minutes, the operator explained on Monday. Weather permitting.
    North quay
    The quay reopens in May.
    """
    let document = try await strip(text)
    #expect(document.text == text)
}
