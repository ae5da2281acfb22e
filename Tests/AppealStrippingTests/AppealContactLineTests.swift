import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Contact lines of the page's imprint ("Advertising: ads@…") beside a support link stay; the
// appeal goes. Our own sentences.

private let imprint = """
«Гавань» — независимое издание, которое выходит с весны 2021 года.

Написать в редакцию: desk@gavan.example

По вопросам рекламы: ads@gavan.example


"""

private let appeal = """
Поддержите нас: https://gavan.example/help
Мы работаем только благодаря вашей поддержке. Станьте нашим подписчиком.


"""

private let story = """
Паром до острова отменят с осени

Городской совет во вторник решил закрыть старую паромную переправу к концу следующего года.
"""

@Test("a contact line above a support box stays with the imprint; the box goes")
func contactLineAboveAppealStays() async throws {
    #expect(try await strip(imprint + appeal + story).text == imprint + story)
}

@Test("contact lines of an article's imprint without an appeal stay")
func contactLinesWithoutAppealStay() async throws {
    try await expectUntouched(imprint + story)
}

@Test("where line breaks were lost, a support link to the newsroom goes up to its address; the chrome after it stays")
func runTogetherSupportLinkGoes() async throws {
    let text = Article.runTogether(imprint) + "Помочь редакции: https://gavan.example/help Open in app  " + Article.runTogether(story)
    #expect(try await strip(text).text == Article.runTogether(imprint) + " Open in app  " + Article.runTogether(story))
}

@Test("where line breaks were lost, a donation link for someone else's fund stays")
func runTogetherOthersDonationLinkStays() async throws {
    try await expectUntouched(Article.runTogether("""
    Flood hits river towns

    The river rose two metres overnight and flooded about 300 homes, the fire service said.

    The Red Cross has opened a fund for the families.

    Donate: https://redcross.example/flood

    Schools stay closed until Monday.
    """))
}
