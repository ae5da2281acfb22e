import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A newsletter's sign-up box opening the page: its name, a one-line blurb of what it brings and
// its delivery schedule. Our own sentences; an article opening with opening hours stays.

private let box = """
HAFEN Abendbrief

Eigene Recherchen, klare Einordnung und gute Nachrichten.
Montags bis freitags um 18 Uhr, dazu eine Samstagsausgabe.


"""

@Test("a newsletter box of name, blurb and schedule at the top is cut, as lines and run together")
func newsletterBoxAtTopIsCut() async throws {
    #expect(try await strip(box + Article.radwege).text == Article.radwege)
    // Run together, the learned veto keeps this box (no "we", no "you": its mean line score is
    // low), a known cost noted in dev/appeals/README.md ("learned veto"); the rule itself cuts it.
    let rulesOnly: [String: OptionValue] = ["veto": .double(0)]
    #expect(try await strip(Article.runTogether(box + Article.radwege), rulesOnly).text == Article.runTogether(Article.radwege))
}

@Test("an article opening with a headline, a lede and opening hours stays")
func articleWithOpeningHoursStays() async throws {
    let text = """
    Bürgerbüro öffnet länger

    Das Bürgerbüro im Rathaus hat ab Montag längere Öffnungszeiten, teilte die Stadt mit.
    Montags bis freitags ist es nun bis 18 Uhr geöffnet.

    Termine können weiter online gebucht werden.
    """
    try await expectUntouched(text)
    try await expectUntouched(Article.runTogether(text))
}

@Test("a sign-up widget whose first two lines both open with a call lists each line once")
func brokenSignUpWidgetListsEachLineOnce() {
    let lines = TextLine.lines(of: "Subscribe to Harbour Daily\nSign up now\nTop News\nin Your Mailbox\nThe council met on Tuesday.")
    let found = AppealStripper().brokenSignUpLines(in: lines)
    #expect(found == [0, 1, 2, 3])
}
