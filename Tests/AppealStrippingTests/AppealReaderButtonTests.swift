import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A support button in the reader's own "I" on a line of its own. Our own sentences; first-person
// headlines naming someone the article reports on stay.

private let story = Article.ferryStory

private let zametka = Article.parom

@Test("a support button in the reader's 'I' on a line of its own is cut, at the top or between paragraphs",
      arguments: [
          ("Я хочу поддержать «Вестник»\n", zametka),
          ("Yes, I'll support The Harbour Gazette\n", story),
          ("Je soutiens\n", story),
      ])
func readerButtonIsCut(button: String, text: String) async throws {
    #expect(try await strip(button + text).text == text)
    #expect(try await strip(Article.inserting(String(button.dropLast()), into: text)).text == text)
}

@Test("a first-person headline naming someone the article reports on, or saying something else, stays",
      arguments: [
          "Ich unterstütze Okafor\nDie Stadträtin Ruth Okafor will das Fährterminal erhalten.\nOkafor sprach am Dienstag vor 200 Menschen.",
          "Je donne mon avis\nLe conseil municipal a voté mardi la fermeture du terminal.\nLes travaux commencent en avril.",
          "I'll support the ferry plan, mayor says\nThe mayor backed the council's plan on Tuesday.\nWorks start in April.",
      ])
func firstPersonHeadlinesStay(text: String) async throws {
    #expect(try await strip(text).removed.isEmpty)
}
