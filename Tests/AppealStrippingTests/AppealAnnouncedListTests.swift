import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The list of what the support pays for, announced by the appeal's last line with a colon,
// goes with the appeal. Our own sentences; an article's list after an article sentence stays.

private let bericht = Article.radwege

@Test("the item list announced by an appeal's colon goes with the appeal")
func announcedListGoesWithAppeal() async throws {
    let appeal = """


    Das Hafenblatt gehört seinen Leserinnen und Lesern. Eine Bezahlschranke lehnen wir ab.

    Unterstützen Sie uns mit einem freiwilligen Beitrag! Mit Ihrer Unterstützung können wir weiterhin:

    → unabhängig über den Hafen berichten.
    → Themen aufgreifen, die sonst liegen bleiben.
    → allen Menschen freien Zugang bieten.
    """
    #expect(try await strip(bericht + appeal).text == bericht)
}

@Test("an article's item list after a sentence with a colon stays")
func articleListAfterColonStays() async throws {
    try await expectUntouched(bericht + """


    Der Stadtrat nannte drei Gründe für die neuen Wege:

    → weniger Unfälle an der Kreuzung.
    → kürzere Wege zur Fähre.
    → mehr Platz für Fußgänger.
    """)
}
