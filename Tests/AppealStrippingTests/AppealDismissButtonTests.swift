import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A dismiss button ("Dismiss", "Not now", "Nicht jetzt") closing a box is page chrome: a block
// with a call beside one is the page's own appeal even when it names no newsroom or readers (a
// volunteer map, a course platform). Our own sentences; a hard negative beside each.

@Test("an appeal for a volunteer project closed by a dismiss button goes, though it names no newsroom")
func appealClosedByDismissButtonGoes() async throws {
    try await expectAppealCut("""
    Our atlas is drawn by volunteers — and kept online by gifts.
    Hikers, rescue teams and schools use the free atlas that you and thousands of others improve. The servers and the two people who keep them running cost money every year. If the atlas ever showed you the way, please help us reach this year's goal.
    Give to the atlas
    Not now
    """)
}

@Test("a course platform's appeal with amount buttons and a dismiss button goes")
func amountButtonsWithDismissGo() async throws {
    try await expectAppealCut("""
    Free lessons for everyone — as long as you help.
    Millions of pupils use our lessons without paying. We're a nonprofit, and few learners give. If you can, give $5 today.
    Give $5
    Give another amount
    Nicht jetzt
    """)
}

@Test("an article about a charity drive that ends on a refusal in a sentence stays whole")
func charityArticleWithRefusalStays() async throws {
    let text = """
    Food bank asks for winter donations
    The food bank needs about $30,000 to stock its shelves through the winter, its director said.
    Residents can donate at the town hall or online, she added.
    Asked whether the council would help, the mayor said: not now.
    """
    try await expectUntouched(text)
}

@Test("a charity appeal quoted in an article without any button stays whole")
func charityAppealWithoutDismissStays() async throws {
    let text = """
    Volunteers map flood zones
    The volunteer mapping group asked residents to donate so it can keep its servers running, its coordinator said.
    Please help us reach our goal, the group wrote on its website.
    The maps are used by rescue teams across the region.
    """
    try await expectUntouched(text)
}

@Test("in run-together text, a button saying the reader gave already goes with the appeal; the next sentence stays")
func alreadyGaveButtonGluedOntoArticleGoes() async throws {
    let appeal = "Мы рассказываем о городе без рекламы и без спонсоров. Наш сайт существует только благодаря читателям. "
        + "Поддержите нас ежемесячным пожертвованием от 200 рублей. Пожертвовать Я уже пожертвовал"
    let article = "В трёх районах города в четверг отключат горячую воду из-за ремонта труб. "
        + "Работы продлятся до конца месяца, сообщили в управляющей компании."
    try await expectGluedAppealCut(appeal, before: article)
}

@Test("a quoted donor saying he gave already stays in an article about a collection")
func quotedDonorWhoGaveStays() async throws {
    let article = """
    Сбор на ремонт храма идёт второй месяц
    «Я уже пожертвовал», — сказал пенсионер, выходя из церкви.
    Настоятель сообщил, что собрана половина нужной суммы.
    """
    try await expectUntouched(article)
}
