import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// One-line plugs for the outlet in messenger posts and newsletters: a Russian call to subscribe to
// a name, a pointer to the channel's handle, a boost link, a sponsor credit. Our own lines; a report
// in lower case, a photo credit and someone else's sponsors stay.

@Test("a plug for the outlet on a line of its own between paragraphs is cut",
      arguments: [
          (Article.parom, "❤ Подписывайся на Вестник Пристани"),
          (Article.parom, "Подпишитесь на «Пристань»!"),
          (Article.parom, "Новости Пристани тут 👉 @pristan_news"),
          (Article.parom, "Boost канала: https://t.me/pristan_news?boost"),
          (Article.ferryStory, "The Harbour Tribune thanks its sponsors. Join them."),
      ])
func outletPlugIsCut(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).text == text)
}

@Test("a report in lower case, a photo credit and someone else's sponsors stay",
      arguments: [
          (Article.parom, "Подпишитесь на рассылку мэрии, призвал мэр"),
          (Article.parom, "Фото: @ivanov_photo"),
          (Article.ferryStory, "The regatta thanks its sponsors, the organisers said on Monday, after a record year."),
      ])
func otherLinesStay(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).removed.isEmpty)
}

@Test("a line's first letter is found past emoji, bullets and digits")
func letterStartSkipsMarks() {
    #expect(TextNormalizer.letterStart(in: Array("❤ подписывайся".utf8)) == 4)
    #expect(TextNormalizer.letterStart(in: Array("13.04.2021читайте".utf8)) == 10)
    #expect(TextNormalizer.letterStart(in: Array("• donate".utf8)) == 4)
    #expect(TextNormalizer.letterStart(in: Array("12 3".utf8)) == 4)
}
