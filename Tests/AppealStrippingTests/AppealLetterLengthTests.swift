import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A short line is short in letters, not in UTF-8 bytes: a Cyrillic line of seventy letters joins an
// appeal like an English one. Our own sentences; a hard negative beside it.

/// A Russian article of our own.
private let russianArticle = """
В посёлке открылась новая библиотека, строительство которой заняло два года, сообщили в администрации.
Старое здание планируют отдать под дом культуры.
"""

@Test("a Russian box whose middle sentence is short in letters but long in bytes goes whole")
func cyrillicShortLineJoinsAppeal() async throws {
    try await expectAppealCut("""
    Подпишитесь на журнал о книгах и театре.
    Журнал не получает грантов и живёт только на подписку своих читателей.
    Электронная версия журнала стоит совсем немного каждый месяц.
    Оформить подписку
    """, after: russianArticle)
}

@Test("a Russian article about a magazine living on subscriptions stays whole")
func cyrillicArticleAboutSubscriptionsStays() async throws {
    let text = russianArticle + "\n" + """
    Журнал о театре закрылся после десяти лет работы, заявил его редактор.
    Издание существовало на подписку читателей и не получало грантов, сказал он.
    """
    let document = try await strip(text)
    #expect(document.text == text)
}
