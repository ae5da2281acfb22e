import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The document's first line is the title of an appeal that opens the document when the block
// under it speaks as "we", ends with a button and the article's own headline follows ("Keep the
// valley talking" / "We're a listener-supported station …" / "Become a member" / headline / lede).
// Our own sentences; a hard negative beside it.

private let article = """
Harbour wall repairs to start in spring
Repairs to the old harbour wall will begin in March, the port authority said on Tuesday.
The work will close the north quay for six weeks.
"""

@Test("a top appeal's title goes with the appeal when the article's headline follows it")
func topAppealTakesItsTitle() async throws {
    let text = """
    Keep the valley talking
    We're a listener-supported community station, on air for thirty years. Members give a little every month and keep our studio open. Become a member from $5 a month.
    Become a member

    """ + article
    let document = try await strip(text)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines)
            == article.trimmingCharacters(in: .whitespacesAndNewlines))
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
