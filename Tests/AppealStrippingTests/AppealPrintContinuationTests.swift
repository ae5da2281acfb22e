import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A local paper's note that the rest of the story is in its edition closes the text, sometimes above
// a subscription reminder. Our own lines; an article's line about an edition, a note in the middle of
// the text, a quoted or reported note stay.

/// `text` with `lines` added at its end, one per line.
private func ending(_ text: String, with lines: String...) -> String {
    ([text] + lines).joined(separator: "\n")
}

private func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

@Test("a note that the rest of the story is in the paper's edition is cut at the end of the text, in five languages",
      arguments: [
          (Article.parom, "Полный текст читайте в ближайшем номере «Портового вестника»."),
          (Article.parom, "Продолжение Вы можете прочитать в электронной версии газеты."),
          (Article.faehrterminal, "Den ausführlichen Artikel lesen Sie in der Ausgabe vom Samstag, 4. Mai."),
          (Article.ferryStory, "Read the full story in this week's issue of the Harbour Tribune."),
          (Article.ferryStory, "Read the full story in the Harbour Tribune Digital Edition."),
          (Article.ferryStory, "La suite dans notre édition papier de jeudi."),
          (Article.ferryStory, "For the complete story, see the weekend edition of the Harbour Tribune."),
          (Article.ferryStory, "Read more in the Oct. 6 edition of the Tribune."),
          (Article.faehrterminal, "Mehr dazu lesen Sie in der Ausgabe vom Samstag."),
          (Article.parom, "Подробнее читайте в ближайшем номере «Портового вестника»."),
          (Article.parom, "Детальніше читайте в найближчому номері «Портового вісника»."),
          // The same note in other words: a complete report, a print issue, the paper as a publication.
          (Article.ferryStory, "Find the complete report in the May 4 print issue of the Harbour Tribune."),
          (Article.ferryStory, "To read the whole story, pick up the Saturday print issue of the Harbour Tribune."),
          (Article.faehrterminal, "Den kompletten Bericht finden Sie in unserer gedruckten Ausgabe vom Mittwoch."),
          (Article.parom, "Окончание статьи читайте в электронной версии нашего издания."),
          // The print or PDF version.
          (Article.parom, "Полный текст читайте в печатной или PDF версии «Портового вестника»."),
      ])
func printContinuationIsCut(text: String, line: String) async throws {
    let document = try await strip(ending(text, with: line), rulesOnly)
    #expect(trimmed(document.text) == trimmed(text))
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
}

@Test("a continuation note above the text's last line is cut too")
func printContinuationAboveLastLineIsCut() async throws {
    let text = ending(Article.parom, with: "Продолжение истории ищите в следующем выпуске «Портового вестника».",
                      "Редакция работает с понедельника по пятницу.")
    let document = try await strip(text, rulesOnly)
    #expect(!document.text.contains("Продолжение"))
    #expect(document.text.contains("Редакция работает"))
}

@Test("an article's line naming an edition, a note in the middle of the text, a quoted or a reported note stay")
func otherEditionLinesStay() async throws {
    for line in ["Die Hafenbehörde stellt die Pläne in der nächsten Ausgabe ihres Amtsblatts vor.",
                 "“The full story is in Thursday's edition,” the editor wrote on the paper's website.",
                 "Her answer: “You will find the full story in Thursday's print edition.”",
                 "The full story of the terminal goes back to 1962, when the first ferry docked.",
                 "The rest of the story will run in Thursday's print edition, the editor said.",
                 "Read more in the council's annual report, published on its website.",
                 "The complete story of the ferry is told in a new book by a local historian.",
                 "The complete report on the terminal's finances is due at the council's next meeting.",
                 "Окончание строительства пирса намечено на апрель, сообщило издание «Порт-Инфо».",
                 "Полный текст договора опубликован в печатном бюллетене порта, сообщили в совете."] {
        #expect(try await strip(ending(Article.faehrterminal, with: line), rulesOnly).removed.isEmpty, "\(line)")
    }
    let middle = ending(Article.parom, with: "Полный текст читайте в ближайшем номере газеты.",
                        "Новый пирс построят к апрелю, сообщили в совете.", "Старое здание терминала станет рынком.")
    #expect(try await strip(middle, rulesOnly).removed.isEmpty)
}
