import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A sign-up for the outlet's own channel printed as one of the last sentences of a paragraph.
// Our own sentences; someone else's channel, a quoted call and a report stay.

private let paragraph = "Паромы будут причаливать к новому пирсу с апреля, сообщили в совете. Здание старого терминала станет рынком."
private let absatz = "Ferries will dock at the new pier from April, the board said. The old terminal building is to become a market hall."

private func text(_ last: String) -> String {
    "Паромный терминал закроют в следующем году\nПортовое управление закроет старый терминал весной.\n" + last
}

@Test("a sign-up for the outlet's channel among a paragraph's last two sentences is cut, the paragraph's other sentences stay",
      arguments: [
          (paragraph + " Подписывайтесь и на наш канал.", paragraph),
          (paragraph + " Подписывайтесь и на наш канал. Увидимся через неделю.", paragraph + " Увидимся через неделю."),
          (absatz + " Follow us on Telegram for more harbour news.", absatz),
          (absatz + " Join our WhatsApp channel for the day's news. Work starts in May.", absatz + " Work starts in May."),
          (paragraph + " Стежте за нашими новинами в телеграм-каналі.", paragraph),
      ])
func signUpSentenceAtParagraphEndIsCut(line: String, kept: String) async throws {
    let document = try await strip(text(line), rulesOnly)
    #expect(document.text == text(kept))
    #expect(document.removed.count == 1)
}

@Test("someone else's channel, a quoted or reported call, an early sentence and a signature after an initial stay",
      arguments: [
          // A channel named but not as "ours" (a "your" holds no "our"): inside a paragraph the name may be anyone's.
          absatz + " Follow the Harbour Gazette on Telegram for your harbour news.",
          // Inside a quotation the paragraph opened (the paragraph says "our" outside it too).
          "Our reporter asked the coast guard about the closures. Its message was short: \"We are here for everyone. "
              + "Follow us on Telegram for more harbour news. Stay safe.\"",
          // Reported.
          absatz + " Subscribe to our channel, the coast guard urged residents.",
          // Not among the last two sentences.
          "Ferries will dock at the new pier from April, the board said. Follow us on Telegram for more harbour news. "
              + "The old terminal building is to become a market hall. Work starts in May.",
          // Its full stop is a name's initial: the embedded post's signature follows.
          absatz + " SIGN UP FOR OUR NEWSLETTER — Ruth K. Okafor (@rokafor) June 29, 2016",
      ])
func otherSignUpSentencesStay(line: String) async throws {
    #expect(try await strip(text(line), rulesOnly).removed.isEmpty)
}

@Test("a sign-up without closing punctuation ends at its line: the kicker under it stays")
func signUpSentenceEndsAtItsLine() async throws {
    let top = "Ferry terminal to close next year\nDon't miss a thing! Find us on Instagram, Facebook and X\nHarbour plans\n"
    let body = "The harbour authority will close the old ferry terminal next spring, its board decided on Tuesday.\nFerries will dock at the new pier from April."
    let document = try await strip(top + body, rulesOnly)
    #expect(document.text.contains("\nHarbour plans\n"))
    #expect(!document.text.contains("Find us on"))
}
