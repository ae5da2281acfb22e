import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A line between paragraphs that points the reader to the outlet's own channel without a sign-up
// call opening it: "our" names the channel, and the line offers news there or speaks to the reader.
// A newsroom's report about its channel offers nothing; "нашли" (found) is no "our".

/// A short report in `language`: (headline and first paragraph, last paragraph).
private let report: [String: (String, String)] = [
    "ru": ("Мост через реку закроют на ремонт\nГородская администрация сообщила, что мост через реку закроют на три недели с понедельника.",
           "Объезд организуют по улице Садовой, автобусы изменят маршруты."),
    "uk": ("Міст через річку закриють на ремонт\nМіська рада повідомила, що міст через річку закриють на три тижні з понеділка.",
           "Об'їзд організують вулицею Садовою, автобуси змінять маршрути."),
    "en": ("River bridge to close for repairs\nThe city said on Friday that the river bridge will close for three weeks from Monday.",
           "A detour will run along Garden Street, and two bus routes will change."),
    "de": ("Flussbrücke wird saniert\nDie Stadt teilte am Freitag mit, dass die Flussbrücke ab Montag drei Wochen lang gesperrt wird.",
           "Eine Umleitung führt über die Gartenstraße, zwei Buslinien ändern ihre Route."),
]

/// Expects `line` set between the paragraphs of the report in `language` to be cut whole
/// (``expectAppealCut(_:between:and:sourceLocation:)``).
private func expectOwnChannelLineCut(_ language: String, _ line: String,
                                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let (first, last) = try #require(report[language])
    try await expectAppealCut(line, between: first, and: last, sourceLocation: sourceLocation)
}

/// Expects `line` set between the paragraphs of the report in `language` to stay (``expectUntouched(_:sourceLocation:)``).
private func expectLineKept(_ language: String, _ line: String,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let (first, last) = try #require(report[language])
    try await expectUntouched(first + "\n" + line + "\n" + last, sourceLocation: sourceLocation)
}

@Test("news offered on the outlet's own channel, with no call opening the line, is cut",
      arguments: [("ru", "Новости быстрее, чем на сайте, — в нашем Telegram."),
                  ("ru", "Обсудить новости вы сможете в нашем телеграм-канале"),
                  ("uk", "Оперативні та перевірені новини – на нашому Telegram-каналі"),
                  ("uk", "Усі найцікавіші новини міста можна отримувати на нашому каналі в Telegram"),
                  ("en", "The latest local news, first, on our WhatsApp channel"),
                  ("de", "Alle Nachrichten aus der Region auch auf unserem WhatsApp-Kanal")])
func ownChannelLineCut(language: String, line: String) async throws {
    try await expectOwnChannelLineCut(language, line)
}

@Test("the reader sent to the outlet's page on a network and its channel is cut")
func ownPageAndChannelLineCut() async throws {
    try await expectOwnChannelLineCut("ru", "Узнайте первым о важных событиях области на нашей странице в Instagram")
}

@Test("a report about the newsroom's own channel, an editor reported on it, or a channel someone found, stays",
      arguments: [("ru", "Наш телеграм-канал заблокировали в марте по требованию прокуратуры."),
                  ("ru", "Журналисты нашли канал в Telegram, где публиковали фейковые новости о ремонте."),
                  ("uk", "Наш Telegram-канал минулого тижня перетнув позначку в 10 тисяч підписників."),
                  ("ru", "Все новости города теперь выходят в нашем Telegram-канале, сообщил главный редактор."),
                  ("en", "Our Telegram channel passed 10,000 subscribers this week.")])
func reportAboutOwnChannelKept(language: String, line: String) async throws {
    try await expectLineKept(language, line)
}

@Test("a follow label may carry the account's web address (\"Мы на Яндекс Дзен: https://…\")")
func followLabelWithAddressCut() async throws {
    try await expectOwnChannelLineCut("ru", "Мы на Яндекс Дзен: https://dzen.example/most-news")
}

@Test("a teaser promising the news first goes with the channel sign-up under it",
      arguments: [("uk", "Хочете дізнаватися про головні події першими?\nПідписуйтеся на наш Telegram-канал"),
                  ("en", "Want to be the first to know?\nFollow our WhatsApp channel for breaking news")])
func firstToKnowTeaserCut(language: String, lines: String) async throws {
    try await expectOwnChannelLineCut(language, lines)
}

@Test("the same question in an article, over no sign-up, stays")
func firstToKnowQuestionInArticleKept() async throws {
    try await expectLineKept("en", "Who was the first to know about the closure?\nThe city engineer, according to emails released on Friday.")
}

@Test("a headline promising the news first stays over a sign-up under it")
func firstToKnowHeadlineKept() async throws {
    try await expectAppealCut("Підписуйтеся на наш Telegram-канал",
                              between: "Хто дізнається першим: місто запускає сирени з оповіщенням",
                              and: "Міська рада повідомила, що нові сирени запрацюють з понеділка.")
}

@Test("someone's reported question about being first stays over a sign-up under it")
func reportedFirstToKnowQuestionKept() async throws {
    let (first, last) = try #require(report["en"])
    try await expectAppealCut("Follow our WhatsApp channel for breaking news",
                              between: first + "\n" + "Residents want to be the first to know when roads close, the mayor said.",
                              and: last)
}

/// The report in `language` run together on one line (a scrape that lost its line breaks).
private func runTogether(_ language: String) throws -> String {
    let (first, last) = try #require(report[language])
    return first.replacingOccurrences(of: "\n", with: " ") + " " + last
}

@Test("a pointer to the outlet's own channel run on after a paragraph's last sentence is cut",
      arguments: [("ru", "Актуальные новости города также читайте на нашей странице в Facebook и в Telegram-канале."),
                  ("uk", "Актуальні новини міста також читайте на нашій Facebook-сторінці і в Telegram-каналі."),
                  ("en", "All the latest city news, also on our Facebook page and Telegram channel."),
                  ("de", "Aktuelle Nachrichten aus der Stadt lesen Sie auch in unserem Telegram-Kanal.")])
func ownChannelSentenceCut(language: String, sentence: String) async throws {
    try await expectGluedAppealCut(sentence, after: try runTogether(language))
}

@Test("a report about the newsroom's channel run on after a paragraph stays, and so does a pointer the splitter ran into the sentence before")
func ownChannelReportSentenceKept() async throws {
    try await expectUntouched(try runTogether("ru") + " Наш телеграм-канал заблокировали в марте по требованию прокуратуры.")
    try await expectUntouched(try runTogether("en") + " Our Telegram channel passed 10,000 subscribers this week.")
    try await expectUntouched(try runTogether("en") + " Readers of our Telegram news channel gave $250,000 to the hospital fund this year.")
    // "… маршруты. новости …" goes on in lower case: the splitter reads it and the report's last sentence as one, which stays whole.
    try await expectUntouched(try runTogether("ru").dropLast() + ". новости города читайте в нашем Telegram-канале")
}

@Test("a pointer to the outlet's own channel run on between an article's sentences is cut; a report on the channel there stays",
      arguments: [("ru", "Актуальные новости города также читайте на нашей странице в Facebook и в Telegram-канале.",
                   "Наш телеграм-канал заблокировали в марте по требованию прокуратуры."),
                  ("en", "All the latest city news, also on our Facebook page and Telegram channel.",
                   "Our Telegram channel passed 10,000 subscribers this week.")])
func ownChannelSentenceInMiddleCut(language: String, pointer: String, channelReport: String) async throws {
    let (first, last) = try #require(report[language])
    // Two sentences after it: the pointer is no paragraph's last.
    try await expectMiddleAppealCut(pointer, between: first.replacingOccurrences(of: "\n", with: " "), and: last + " " + last,
                                    keeping: channelReport)
}
