import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A registration or order form's messages, printed one under another where the page hid them.
// Our own sentences; an article reporting or quoting one such sentence, and a single message
// line, stay.

private let artikel = """
Neue Brücke über den Hafen eröffnet
Die Hafenbehörde hat am Dienstag die neue Fussgängerbrücke eröffnet, wie sie mitteilte.
Die Brücke verbindet den Fährterminal mit der Altstadt.
"""

private let article = """
New footbridge opens across the harbour
The harbour authority opened the new footbridge on Tuesday, it said.
The bridge links the ferry terminal with the old town.
"""

@Test("a run of form messages above the headline or under the article is cut as a prompt, in German and English",
      arguments: [
          ("Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink per E-Mail erhalten.\n"
           + "Sie haben die Ausgabe Region Hafen gewählt. Wir wünschen Ihnen eine gute Lektüre.\n"
           + "Ihr Konto ist aktiviert. Wir wünschen Ihnen viel Lesevergnügen.\n"
           + "Vielen Dank für Ihre Bestellung.", artikel, true),
          ("Thank you for registering. Check your inbox for the link.\nYour account has been activated.", article, false),
      ])
func formMessagesAreCut(messages: String, text: String, above: Bool) async throws {
    let document = try await strip(above ? messages + "\n" + text : text + "\n" + messages, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == text.trimmingCharacters(in: .newlines))
    #expect(document.removed.map(\.reason).allSatisfy { $0 == AppealStripper.promptReason })
}

@Test("one form message, and a report or quotation of such messages, stay",
      arguments: [
          "Vielen Dank für Ihre Bestellung.",
          "\"Thank you for your order,\" the kiosk's screen read, the ferry company said.\nThank you for registering, it added, according to passengers.",
      ])
func singleOrReportedFormMessagesStay(lines: String) async throws {
    let text = article + "\n" + lines
    let document = try await strip(text, rulesOnly)
    #expect(document.text == text)
    #expect(document.removed.isEmpty)
}
