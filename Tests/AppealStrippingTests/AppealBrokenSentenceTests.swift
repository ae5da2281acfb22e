import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A sentence the scrape broke over two lines, the second going on in lower case, is read as one
// unit, so a plug split that way is cut whole. A line ending a sentence, a photo credit and a French
// button's imperative under a line start units of their own. Our own lines.

@Test("a long line broken mid-sentence and its lower-case rest are one unit")
func brokenSentenceIsOneUnit() {
    // (Under a headline: the document's first line, headline-long, stays a unit of its own.)
    let headline = "Паромный терминал закроют в следующем году\n"
    let text = headline + "Узнайте первым о важных новостях порта на нашей странице\nв Instagram и нашем Telegram-канале"
    let units = TextLine.units(merging: TextLine.lines(of: text))
    #expect(units.count == 2)
    #expect(units.last?.span == Span(start: headline.unicodeScalars.count, end: text.unicodeScalars.count))
}

@Test("a line ending a sentence, a credit and a button's imperative under a line stay units of their own",
      arguments: [
          "Паромы будут причаливать к новому пирсу с апреля, сообщили в совете.\nвесной терминал закроют",
          "Стежте за нами у Telegram, Facebook і Google Новинах\nфото: porom_photo",
          "Article à lire en intégralité avec un abonnement La Jetée\nidentifiez-vous pour continuer votre lecture",
      ])
func unbrokenLinesStaySeparate(text: String) {
    #expect(TextLine.units(merging: TextLine.lines(of: "Паромный терминал закроют в следующем году\n" + text)).count == 3)
}

@Test("a channel plug broken over two lines is cut whole")
func brokenChannelPlugIsCut() async throws {
    let plug = "Узнайте первым о важных новостях порта на нашей странице\nв Instagram и нашем Telegram-канале"
    #expect(try await strip(Article.inserting(plug, into: Article.parom), rulesOnly).text == Article.parom)
}
