import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An appeal that opens the document takes its closing button naming the medium when two title
// lines follow it ("Stand with independent valley journalism" / "Harbour wall repairs to start in spring" / lede):
// the second is the article's headline. Our own sentences; a hard negative beside it.

private let appeal = """
Dear readers,
We are a small newsroom owned by nobody but our readers. Members pay for every story we publish. Join from $5 a month and keep the Gazette free for everyone.
"""

private let article = """
Harbour wall repairs to start in spring
Repairs to the old harbour wall will begin in March, the port authority said on Tuesday.
The work will close the north quay for six weeks.
"""

@Test("a top appeal's button naming the medium goes with it, the headline after it stays")
func topAppealTakesItsButton() async throws {
    let text = appeal + "\nStand with independent valley journalism\n" + article
    try await expectLeft(article, from: text)
}

@Test("a headline naming a newspaper right after a top appeal stays with its lede")
func newspaperHeadlineAfterTopAppealStays() async throws {
    let story = """
    Local newspaper marks a hundred years
    Staff and readers gathered on Saturday to mark the centenary of the town's weekly newspaper, its editor said.
    The paper was founded in 1926 by two printers.
    """
    try await expectLeft(story, from: appeal + "\n" + story)
}

@Test("a top appeal's title goes with the appeal when the article's headline follows it")
func topAppealTakesItsTitle() async throws {
    let text = """
    Keep the valley talking
    We're a listener-supported community station, on air for thirty years. Members give a little every month and keep our studio open. Become a member from $5 a month.
    Become a member

    """ + article
    try await expectLeft(article, from: text)
}

@Test("an opinion column opening in 'we' under its headline stays whole")
func columnOpeningInWeStays() async throws {
    let text = """
    Keep the valley talking
    We're lucky to live in a valley with three choirs, a brass band and a folk club, the organisers said.
    Harbour concerts return
    The summer concerts on the quay will return in June, the council said on Monday.
    """
    let document = try await strip(text)
    #expect(document.text == text)
}

/// Strips `text` and expects only `kept` (trimmed) to be left.
private func expectLeft(_ kept: String, from text: String) async throws {
    let document = try await strip(text)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == kept.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test("a headline opening with a number after a box's short lines starts a unit of its own, as a capitalised one does")
func headlineOpeningWithANumberStartsAUnit() {
    let text = "Become a member\n12 ferry workers fined after harbour protest\n21 March 2024"
    let units = TextLine.units(merging: TextLine.lines(of: text)).map(\.text)
    #expect(units.first == "Become a member")
    #expect(units.count >= 2 && units[1].hasPrefix("12 ferry workers"))
    // Short lines opening with a number still merge ("2 comments").
    #expect(TextLine.units(merging: TextLine.lines(of: "Share\n2 comments")).count == 1)
}

@Test("a date on a line of its own is told from a headline, a button or a price", arguments: [
    ("21 November 2019", true), ("3. Mai 2024", true), ("le 4 août 2023", true), ("12 марта 2024 г.", true),
    ("05.03.2024", true), ("March 3, 2024", true),
    ("10 Georgian protesters jailed", false), ("Anzeigen Öffnen", false), ("Jetzt 6 Wochen für 2 €", false),
    ("In 2024, the port grew", false), ("21 November", false),
])
func dateLinesAreRead(line: String, isDate: Bool) {
    #expect(AppealStripper.isDateLine(Substring(line)) == isDate)
}
