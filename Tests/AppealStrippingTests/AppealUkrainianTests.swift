import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Ukrainian appeals: the outlet's calls, voice and channel plugs in Ukrainian spelling. Our own
// sentences; reports of fund drives and a charity's call stay.

@Test("a Ukrainian support box and a channel plug ending the text are cut")
func ukrainianAppealsAreCut() async throws {
    let box = "Підтримайте «Причал»\nМи незалежна редакція і працюємо лише завдяки читачам. "
        + "Навіть невеликий внесок допомагає нам писати далі.\nПідтримати"
    #expect(try await strip(Article.porom + "\n" + box, rulesOnly).text == Article.porom)
    let plug = "Усі головні новини Причалу дивіться тут: https://youtube.example/playlist?list=PRYCHAL"
    #expect(try await strip(Article.porom + "\n" + plug, rulesOnly).text == Article.porom)
}

@Test("Ukrainian reports of a fund drive and of a charity's call stay")
func ukrainianReportsStay() async throws {
    for line in ["Мешканці зібрали 200 тисяч гривень на ремонт школи, повідомили в мерії.",
                 "Благодійний фонд закликав підтримати переселенців, повідомили в раді."] {
        #expect(try await strip(Article.porom + "\n" + line, rulesOnly).removed.isEmpty, "\(line)")
    }
}

@Test("a Ukrainian pitch calling itself a medium ('медіа', 'видання') under the headline is cut by the rules")
func ukrainianMediumPitchIsCut() async throws {
    let pitch = "Підтримай «Причал»\n«Причал» – медіа, яке пише про життя порту. Кожен твій донат допомагає нам працювати далі."
    let lines = Article.porom.split(separator: "\n", omittingEmptySubsequences: false)
    let text = lines[0] + "\n" + pitch + "\n" + lines.dropFirst().joined(separator: "\n")
    #expect(try await strip(String(text), rulesOnly).text == Article.porom)
}

@Test("a Ukrainian report about a medium's funding stays")
func ukrainianMediumReportStays() async throws {
    let line = "Місцеве видання отримало грант на 300 тисяч гривень, повідомили в мерії."
    #expect(try await strip(Article.porom + "\n" + line, rulesOnly).removed.isEmpty)
}

@Test("Ukrainian boxes the Russian ones are cut like: a favour box, a newsletter sign-up, a paywall notice, a subscription offer, an app plug",
      arguments: [
          "Дорогі читачі,\nу нас до вас невелике прохання. Наша робота залежить від вашої підтримки.\nСтати учасником\nДякуємо!",
          "Підпишіться на нашу безкоштовну ранкову розсилку.",
          "Цей матеріал доступний лише передплатникам.\nВже маєте передплату? Увійти\nОформити передплату",
          "Продовження статті доступне лише передплатникам.",
          "Оформіть передплату: необмежений доступ за 49 гривень на місяць.",
          "Завантажте наш застосунок, щоб бути в курсі новин.",
      ])
func ukrainianBoxesAreCut(box: String) async throws {
    // At the end and between two paragraphs.
    // (A prompt's cut leaves the line break before it.)
    #expect(try await strip(Article.porom + "\n" + box, rulesOnly).text.trimmingCharacters(in: .newlines) == Article.porom)
    let middle = Article.inserting(box, into: Article.porom)
    #expect(try await strip(middle, rulesOnly).removed.map(\.text).joined().contains(box.split(separator: "\n").last!))
}

@Test("Ukrainian reports of a volunteers' drive, a subscription price and a city's app stay",
      arguments: [
          "«Кожна гривня наближає перемогу. Допоможіть нам закрити збір до кінця місяця», — закликала волонтерка.",
          "Передплата районної газети на пів року коштуватиме 480 гривень, повідомили в компанії.",
          "Завантажте застосунок «Мій транспорт» з App Store або Google Play, радять у міськраді.",
      ])
func ukrainianReportsOfBoxesStay(line: String) async throws {
    #expect(try await strip(Article.porom + "\n" + line, rulesOnly).removed.isEmpty)
}

@Test("the Ukrainian phrases repeat no phrase of the other tables with the same cue (the matcher would count it twice in Russian text)")
func ukrainianPhrasesAddNoDuplicates() {
    let listed = Dictionary(AppealLexicon.phrases.map { ("\($0.1) \($0.0)", 1) }, uniquingKeysWith: +)
    let repeated = AppealLexicon.ukrainianPhrases.map { "\($0.1) \($0.0)" }.filter { listed[$0, default: 0] > 1 }
    #expect(repeated.isEmpty, "\(repeated)")
}
