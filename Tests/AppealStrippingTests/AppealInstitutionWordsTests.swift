import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Words the appeal lexicon reads as the outlet's own are the article's when they name an
// institution: the members of a council or board are not the outlet's members, and a petition
// ("обращение") handed to officials is not the newsroom's address to readers. The article's last
// sentence with them stays above an appeal. Our own sentences; hard negatives beside them.

@Test("an article's last sentence about council members stays above an appeal")
func councilMembersSentenceStaysAboveAppeal() async throws {
    try await expectAppealCut("""
    You just read this story without a single tracker.
    We don't sell your data or lock our reporting behind a paywall. That makes us rare, and it makes us rely on you. Make a donation today and help us keep watching city hall.
    Donate
    """, after: """
    Pool to reopen in May
    The town pool will reopen in May after a two-year repair, the council said on Monday.
    Council members approved the extra spending by five votes to four after a heated meeting.
    """)
}

@Test("an article's last sentence about a citizens' petition stays above a Russian appeal")
func petitionSentenceStaysAboveAppeal() async throws {
    try await expectAppealCut("""
    Нас пишут соседи. Нас читают соседи. Нас поддерживаете вы.
    Наша редакция — местные журналисты, которые остались в районе. Мы пишем о школах, больницах и дорогах. У нас нет рекламы и спонсоров. Оформите регулярное пожертвование от 3 евро в месяц — так мы сможем платить авторам.
    Поддержать нас
    """, after: """
    Новый мост откроют осенью
    Мост через реку откроют в октябре, сообщили в администрации района.
    В администрации обещали рассмотреть обращение жителей на следующей неделе.
    """)
}

@Test("the newsroom's address to readers still heads a Russian appeal")
func newsroomAddressStillHeadsAppeal() async throws {
    try await expectAppealCut("""
    Обращение к читателям
    Мы работаем без рекламы и спонсоров. Поддержите нас — оформите пожертвование от 3 евро в месяц.
    Поддержать нас
    """, after: """
    Новый мост откроют осенью
    Мост через реку откроют в октябре, сообщили в администрации района.
    Движение по старой переправе сохранят до весны.
    """)
}

@Test("articles about board members and a residents' petition stay whole")
func boardMembersAndPetitionArticlesStay() async throws {
    try await expectUntouched("""
    Museum board split over ticket prices
    Board members voted six to three on Tuesday to raise adult tickets by two dollars from July.
    Family members of the founder said the museum should stay free for children.
    """)
    try await expectUntouched("""
    Жители просят сохранить сквер
    Жители района направили обращение в мэрию с просьбой не застраивать сквер у школы.
    Члены комиссии обещали рассмотреть обращение до конца месяца.
    """)
}
