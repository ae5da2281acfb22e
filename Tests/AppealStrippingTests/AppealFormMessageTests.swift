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

// A newsletter platform prints the same messages on every site it hosts: the member's sign-up,
// sign-in and billing states, and the required-field key under a sign-up form.
private let statiaArticle = """
Ferry timetable changes from Monday
The island's ferry operator will add two evening crossings from Monday, it said on Friday.
Commuters had asked for a later boat for months.
"""

@Test("a newsletter platform's run of member messages under the article is cut, in English and Ukrainian",
      arguments: [
          "Great! You’ve successfully signed up.\nWelcome back! You've successfully signed in.\n"
              + "You've successfully subscribed to The Statia Ledger.\nYour link has expired.\nYour billing was not updated.",
          "Дякуємо за підписку!\nСпробуйте пізніше.\nВи успішно підписалися на розсилку.",
      ])
func platformMemberMessagesAreCut(messages: String) async throws {
    let document = try await strip(statiaArticle + "\n" + messages, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == statiaArticle.trimmingCharacters(in: .newlines))
    #expect(!document.removed.isEmpty)
}

@Test("a platform's member, billing and address messages and a form's required-field key read as form messages in five languages",
      arguments: [
          "Welcome back! You've successfully signed in.", "You’ve successfully subscribed to The Statia Ledger.",
          "You have successfully subscribed to the morning briefing.", "Your link has expired.",
          "Please try again or contact support.", "Please enter a valid email address.", "The e-mail address is incorrect",
          "The email address is incorrect.", "* indicates required", "Sie haben sich erfolgreich angemeldet.",
          "Bitte geben Sie eine gültige E-Mail-Adresse ein.", "* Pflichtfeld", "Vous êtes bien inscrit à notre lettre.",
          "Veuillez saisir une adresse e-mail valide.", "* Champ obligatoire", "* Champs obligatoires",
          "Вы успешно подписались на рассылку.", "Введите корректный email.", "* Обязательное поле",
          "Ви успішно підписалися на розсилку.", "Введіть коректний email.", "* Обов’язкове поле", "Дякуємо за реєстрацію!",
      ])
func platformMessagesReadAsFormStates(line: String) {
    #expect(AppealStripper.opensWithFormState(TextNormalizer.normalized(line)))
}

@Test("an article's lines about sign-ups, links and required fields are no form messages",
      arguments: [
          "Your ferry link has been cut from the timetable, the operator said.",
          "Some readers have successfully subscribed to the ferry alerts, the council said.",
          "Required fields on the census form include the household's size.",
          "Pflichtfelder im Antrag sind Name und Anschrift.",
      ])
func articleLinesAreNoFormStates(line: String) {
    #expect(!AppealStripper.opensWithFormState(TextNormalizer.normalized(line)))
}

@Test("a report quoting a platform's messages stays")
func reportedPlatformMessagesStay() async throws {
    let text = statiaArticle + "\n\"Please try again or contact support,\" the booking page told her, the passenger said.\n"
        + "\"Your billing was not updated,\" read a second message, according to her complaint."
    let document = try await strip(text, rulesOnly)
    #expect(document.text == text)
    #expect(document.removed.isEmpty)
}
