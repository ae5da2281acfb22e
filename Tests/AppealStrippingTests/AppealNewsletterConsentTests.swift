import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A newsletter box closed by its form's consent line, on lines of its own or run together on one
// line between paragraphs. Our own texts; an article quoting such a line, and an advertisement's
// "read on" marker, stay.

private let artikel = """
Fährterminal schließt nächstes Jahr
Die Hafenbehörde schließt das alte Fährterminal im Frühjahr, wie ihr Vorstand am Dienstag beschloss.
Die Fähren legen ab April am neuen Pier an.
Das alte Terminalgebäude von 1962 soll eine Markthalle werden, teilte die Behörde mit.
"""

@Test("a newsletter box closed by its consent line between paragraphs is cut whole, as a prompt",
      arguments: [
          "Hafen-Radar Eindrücke und Hintergründe aus dem Hafen. Immer dienstags und freitags. Abonnieren Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
          "Der Newsletter aus dem Hafen\nDie wichtigsten Themen der Woche. Jeden Morgen in Ihr Postfach.\nMit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
      ])
func newsletterBoxWithConsentIsCut(box: String) async throws {
    let document = try await strip(Article.inserting(box, into: artikel))
    #expect(document.text == artikel)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
}

@Test("an article quoting a consent line and an advertisement's read-on marker stay")
func quotedConsentAndAdMarkerStay() async throws {
    try await expectUntouched(Article.inserting("Kritiker zitieren das Formular der Stadt: \"Mit meiner Anmeldung zum Newsletter stimme ich der Weitergabe zu\", sagte ein Sprecher.", into: artikel))
    try await expectUntouched(Article.inserting("Weiterlesen nach der Anzeige\n\nWeiterlesen nach der Anzeige", into: artikel))
}
