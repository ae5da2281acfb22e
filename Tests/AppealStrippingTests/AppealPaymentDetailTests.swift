import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A support call over the outlet's payment details, one per line (a Telegram channel's header, a
// blog's footer). Our own texts; a hotline's number and a charity's account in an article stay.

private let article = """
Ferry terminal to close next year
The harbour authority will close the old ferry terminal next spring, its board decided on Tuesday.
Ferries will dock at the new pier from April, the board said.
"""

private let statia = Article.parom

@Test("a support call over payment details (a phone, a link, a card or account number) is cut, at the top or the end",
      arguments: [
          ("Поддержать канал:\n+79001234567 (банк)\nhttps://example.org/support/pristan\n2200 0000 1111 2222\n", statia, true),
          ("Support us:\nhttps://example.org/donate\nIBAN DE00 1234 5678 9012 3456 78", article, false),
      ])
func supportCallOverPaymentDetailsIsCut(details: String, text: String, atTop: Bool) async throws {
    let document = try await strip(atTop ? details + text : text + "\n" + details)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(document.removed.map(\.reason) == ["appeal"])
}

@Test("a hotline's number and a charity's account quoted in an article stay",
      arguments: ["Call the hotline:\n+49 30 1234 5678\nhttps://example.org/help",
                  "Support the food bank:\nIBAN DE00 1234 5678 9012 3456 78",
                  "Donations for the flood victims can be sent to:\nIBAN DE00 1234 5678 9012 3456 78"])
func otherNumbersStay(details: String) async throws {
    try await expectUntouched(article + "\n" + details)
}

@Test("a support link on a line of its own is cut anywhere: a support verb alone, or a call for the newsroom or 'us', and the address",
      arguments: [
          ("Новости Пристани\n1.2K subscribers\nПоддержать https://example.org/pristan\nDownload Telegram\n", statia),
          ("Помогите редакции донатами: https://example.org/help\n\n", statia),
      ])
func supportLinkLineIsCut(link: String, text: String) async throws {
    let document = try await strip(link + text)
    #expect(document.text.contains("https://") == false)
    #expect(document.text.hasSuffix(text))
}

@Test("a link to someone else's fund or a petition on a line of its own stays",
      arguments: ["Donate to the flood victims: https://example.org/flood", "Sign the petition https://example.org/petition"])
func othersLinksStay(line: String) async throws {
    try await expectUntouched(article + "\n" + line)
}

@Test("a link to the outlet's page on a donation platform is cut anywhere",
      arguments: ["Harbour Weekly on Patreon", "Support us on Patreon", "Die Hafenzeitung auf Steady", "Пристань на Boosty"])
func platformLinkIsCut(link: String) async throws {
    let document = try await strip(link + "\n" + article, rulesOnly)
    #expect(document.text == article)
}

@Test("a plea to the reader to give on a donation platform is cut between paragraphs",
      arguments: ["Did you like this post? Want more like it? You can help me out via Patreon.",
                  "Si ce billet vous a plu, vous pouvez me soutenir sur Tipeee.",
                  "Wenn Ihnen dieser Text gefällt, unterstützen Sie mich auf Steady."])
func platformPleaIsCut(plea: String) async throws {
    let document = try await strip(Article.inserting(plea, into: article), rulesOnly)
    #expect(document.text == article)
}

@Test("a report of someone funded on a platform, or of a call to give there, stays",
      arguments: ["The podcast, funded by listeners through Patreon, now has 2,000 paying supporters.",
                  "\"You can back us on Patreon,\" the band's singer told the crowd.",
                  "The shelter says you can give via Patreon to help the flood victims."])
func platformReportsStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: article)
}

@Test("a headline or a sentence about a donation platform stays",
      arguments: ["Patreon cuts fees for creators", "Creators flock to Patreon", "Musicians earn more on Patreon."])
func platformHeadlinesStay(line: String) async throws {
    let text = line + "\n" + article
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}
