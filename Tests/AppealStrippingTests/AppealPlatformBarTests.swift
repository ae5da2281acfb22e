import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A publication's top bar scraped as the first line, ending in its account buttons ("… Upgrade to
// paid", "… Subscribe Sign in"). Our own lines; a headline about upgrading and the buttons' words
// inside a sentence stay.

private let column = """
The board voted on Tuesday to close the old ferry terminal, its chair said.
The terminal opened in 1962 and will become a market hall.
"""

@Test("a top bar ending in the platform's account buttons is cut, its title and tagline with them",
      arguments: ["Harbour Notes, the week on the quays Upgrade to paid", "Upgrade to paid", "The Quayside Letter Subscribe Sign in",
                  "La Lettre du Port S'abonner Se connecter"])
func platformBarIsCut(bar: String) async throws {
    let document = try await strip(bar + "\n" + column, rulesOnly)
    #expect(document.text == column)
}

@Test("a headline about upgrading, and the words inside a sentence, stay",
      arguments: ["How to upgrade to paid", "Upgrade to paid plans drew 300 readers in a week, the editor said"])
func otherUpgradeLinesStay(line: String) async throws {
    #expect(try await strip(line + "\n" + column, rulesOnly).removed.isEmpty)
}
