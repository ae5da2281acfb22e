import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Words inside quotation marks are someone else's, or a label the article names: a plea quoted
// from a third party, or the button of a sign-up box an article describes, carries no appeal
// evidence. A short quoted button the reader is told to press in the line's own words still does.
// Our own sentences; hard negatives and an appeal beside them.

@Test("a plea quoted mid-line from a third party is reported speech")
func quotedThirdPartyPleaStays() async throws {
    try await expectUntouched("""
    Small theatres across the region are asking audiences for money as grants shrink, a survey of venues found on Monday.
    Several now close each show with a speech from the stage. "If you enjoyed tonight, join our friends' circle for $4 a month and your seat is always kept," the director of one playhouse tells the audience.
    The survey found that few visitors sign up, and most of those stop paying within a year.
    """)
}

@Test("a French plea in guillemets, attributed after the quotation, is reported speech")
func quotedFrenchPleaStays() async throws {
    try await expectUntouched("""
    Le dernier cinéma indépendant du bourg a lancé une campagne de financement participatif pour racheter sa salle, mise en vente par la mairie.
    « Sans vous, nous fermons. Chaque contribution compte, même 5 euros », écrivent les bénévoles sur la page de la cagnotte. Environ 12 000 euros ont été réunis sur les 30 000 nécessaires.
    La région étudie une aide.
    """)
}

@Test("a sign-up box described with its quoted button and headline is article text")
func describedSignUpBoxStays() async throws {
    try await expectUntouched("""
    Email alerts have become a main source of new readers for local papers, a study by media researchers found on Friday.
    The sign-up forms studied were much alike: a slogan such as "Stay in the loop", a note that the newsletter is free, and a button labelled "Sign up". The researchers found that forms in the middle of a story won twice as many readers as those at the end.
    Few readers later pay for a subscription, the study said.
    """)
}

@Test("a newsletter line telling the reader which quoted button to press is still cut")
func quotedButtonInReaderInstructionIsCut() async throws {
    try await expectAppealCut("""
    VALLEY BRIEF BY EMAIL! - You can get this update every weekday morning in your inbox! Just click here, type your email address and press "sign up." You can unsubscribe at any time.
    """)
}

@Test("a quoted channel name with a spaced dash is a name: spaces beside a dash count no word of speech")
func quotedNameWithDashIsNoSpeech() {
    #expect(!LineEvidence.quotesSpeech(TextNormalizer.normalized("на наш Telegram-канал \"Головні новини Полтави – 55.ua\"?")))
    #expect(!LineEvidence.quotesSpeech(TextNormalizer.normalized("our channel \"Harbour News - 55.example\"")))
    // Speech with a dash still has its other words counted.
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("він сказав: \"Ми – за мир і за тих, хто тримає\"")))
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("she said \"the ferries – all of them – run late\"")))
}

@Test("a Ukrainian question-and-call plug for the outlet's channel named with a dash in quotation marks is cut")
func channelPlugWithDashedQuotedNameIsCut() async throws {
    let plug = "Досі не підписані на наш Telegram-канал \"Головні новини Полтави – 55.ua\"? Скоріше долучайтесь, щоб завжди бути в курсі всіх подій."
    #expect(try await strip(Article.inserting(plug, into: Article.porom), rulesOnly).text == Article.porom)
}
