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
