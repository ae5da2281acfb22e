import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// In a paragraph, a clear appeal's body reaches up to its sentence opening with the newsroom's
// "we", which may run to twice the length of a lead-in: the body's first sentence tells at some
// length what the newsroom covers. Our own sentences; a hard negative beside them (a long "we"
// sentence attributed to an official).

@Test("a long first body sentence opening with our we goes with a run-together appeal")
func longWeBodySentenceGoesWithAppeal() async throws {
    try await expectGluedAppealCut("""
    Голоса малых городов Мы рассказываем о небольших городах на севере, востоке и юге страны, чьи жители всё чаще уезжают в другие места, а в федеральных СМИ их истории почти никогда не звучат. Наши авторы живут в этих городах. Поддержите нас: даже 5 долларов в месяц помогают платить гонорары. Задонатить Спасибо, что читаете нас.
    """, after: "Ремонт набережной завершится к осени, сообщили в городской администрации. На набережной обновят плитку, фонари и скамейки, а у причала появится новая лестница. Работы начались весной и идут по графику. На время ремонта часть набережной закрыта для прохожих.")
}

@Test("a long we sentence attributed to an official stays in a run-together article")
func longAttributedWeSentenceStays() async throws {
    try await expectUntouched("""
    Ремонт набережной завершится к осени, сообщили в городской администрации. Работы идут по графику. Мы хотим, чтобы набережная снова стала местом для прогулок всех жителей города, а не только туристов, которые приезжают сюда летом на несколько дней, сказал глава района на встрече с жителями. Поддержка проекта из бюджета области составит 40 миллионов рублей.
    """)
}
