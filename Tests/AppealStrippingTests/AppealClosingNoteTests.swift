import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The last line after an appeal's closing button is its note when it names those who follow the
// button's call ("Back season two" / "Backers get …") or says how to pay (UPI, net banking). Our
// own sentences; a hard negative beside them.

private let dogParkArticle = """
Dog park opens
The new dog park by the river opened on Saturday, the parks department said.
Dogs must stay on a lead near the playground.
"""

@Test("a note naming the button's backers goes with the button")
func backersNoteGoesWithButton() async throws {
    try await expectAppealCut("""
    Season two needs you
    This show has no network behind it: one reporter, one editor and a few thousand listeners. If you want more episodes, pledge $5 an episode or give once. We'll only make it if we reach 1,000 supporters by May.
    Back season two
    Backers get every episode two days early.
    """, after: dogParkArticle)
}

@Test("a note on paying by UPI or net banking goes with the button")
func netBankingNoteGoesWithButton() async throws {
    try await expectAppealCut("""
    Dear listener,
    We cover the valley's farms, courts and schools, and we are funded by listeners. Give ₹100 a month, or whatever you can.
    Give now
    UPI, cards and net banking accepted.
    """, after: dogParkArticle)
}

@Test("an article's last line naming backers of a plan stays")
func articleLineNamingBackersStays() async throws {
    try await expectUntouched("""
    Dog park opens
    The new dog park by the river opened on Saturday, the parks department said.
    Volunteers will back the project with weekend clean-ups.
    Backers of the plan say it will cut litter along the path.
    """)
}

@Test("in run-together text, the note after the closing button naming its backers goes too")
func gluedBackersNoteGoesWithButton() async throws {
    try await expectGluedAppealCut("""
    Season two needs you This show has no network behind it: one reporter, one editor and a few thousand listeners. If you want more episodes, pledge $5 an episode or give once. We'll only make it if we reach 1,000 supporters by May. Back season two Backers get every episode two days early.
    """, after: "Dog park opens The new dog park by the river opened on Saturday, the parks department said. Dogs must stay on a lead near the playground.")
}

@Test("in run-together text, an article's last sentence naming backers stays")
func gluedArticleLineNamingBackersStays() async throws {
    try await expectUntouched("""
    Dog park opens The new dog park by the river opened on Saturday, the parks department said. Volunteers will back the project with weekend clean-ups. Backers of the plan say it will cut litter along the path.
    """)
}
