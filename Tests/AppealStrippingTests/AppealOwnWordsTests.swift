import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An appeal set inside an article is judged by the learned scorer with the article's sentences
// around it. When its own words read as an appeal beyond doubt, the report around it no longer
// gets it vetoed; a report's sentence about someone else's drive stays.

/// A short report whose line breaks were lost, split where an appeal is set in: (first, last).
private let busRoutes: [String: (String, String)] = [
    "ru": ("Горсовет утвердил новые автобусные маршруты Городской совет во вторник утвердил три новых автобусных маршрута в восточные районы.",
           "Маршруты запустят в марте, сообщил представитель транспортного департамента. Жители годами просили улучшить сообщение."),
    "de": ("Stadtrat beschließt neue Buslinien Der Stadtrat hat am Dienstag drei neue Buslinien für die östlichen Stadtteile beschlossen.",
           "Die Linien sollen im März starten, sagte ein Sprecher der Verkehrsbetriebe. Anwohner hatten seit Jahren bessere Verbindungen gefordert."),
    "fr": ("Le conseil municipal approuve de nouvelles lignes de bus Le conseil municipal a voté mardi la création de trois lignes de bus dans les quartiers est.",
           "Les lignes seront mises en service en mars, a indiqué un porte-parole des transports. Les habitants réclamaient de meilleures liaisons depuis des années."),
]

/// Expects `appeal` inside the run-together report in `language` to be cut, and `kept` there to stay.
private func expectCutInsideReport(_ language: String, _ appeal: String, keeping kept: String,
                                   sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let (first, last) = try #require(busRoutes[language])
    try await expectMiddleAppealCut(appeal, between: first, and: last, keeping: kept, sourceLocation: sourceLocation)
}

@Test("a Russian donation call inside a run-together report is cut; a shelter's call stays")
func russianCallInsideReportCut() async throws {
    try await expectCutInsideReport("ru", "Поддержите наше независимое издание: оформите ежемесячное пожертвование уже сегодня.",
                                    keeping: "Городской приют попросил жителей поддержать его пожертвованием, сообщил директор приюта.")
}

@Test("a German newsletter sign-up inside a run-together report is cut; the transport office's newsletter stays")
func germanSignUpInsideReportCut() async throws {
    try await expectCutInsideReport("de", "Melden Sie sich für unseren kostenlosen Abend-Newsletter an.",
                                    keeping: "Fahrgäste können den Newsletter der Verkehrsbetriebe abonnieren, um von Änderungen zu erfahren.")
}

@Test("a French ad-blocker plea inside a run-together report is cut; a report on ad blockers stays")
func frenchAdBlockerPleaInsideReportCut() async throws {
    try await expectCutInsideReport("fr", "Merci de désactiver votre bloqueur de publicité pour soutenir notre journalisme.",
                                    keeping: "Selon l'éditeur, un lecteur sur quatre utilise un bloqueur de publicité.")
}

@Test("a sign-up under a headline about someone's new newsletter is cut; the headline and the report stay")
func signUpUnderNewsletterHeadlineCut() async throws {
    let headline = "Food critic Ana Ruiz leaves the Courier to launch her own restaurant newsletter\n"
    let signUp = "Sign up for Plate Notes to get restaurant openings, market finds and kitchen gossip from across the valley sent straight to your email.\n"
    let report = "The Valley Courier's longtime food critic, Ana Ruiz, has left the paper to start a newsletter of her own.\n"
        + "Ruiz joined the Courier in 2012 after working at two radio stations.\n"
        + "Her new project, Tasting Room, will cover openings and closings every Thursday.\n"
        + "Readers who want every edition will pay $8 a month, the site says."
    let document = try await strip(headline + signUp + report)
    #expect(document.text == headline + report)
}

@Test("a report of a new outlet's donors, a charity season and a relayed fund-raising letter stay (own ratings count from 0.7)",
      arguments: ["heldout-batch111-runon", "heldout-batch112-runon", "heldout-batch155"])
func ownRatingSparesReportsAboutGiving(fixture: String) async throws {
    // At 0.6 one negative of each of these held-out sets lost a sentence rated 0.6–0.7 on its own words.
    #expect(try await DevSetScore.score(fixture: fixture).negativeCharsRemoved == 0)
}

@Test("the default veto (0.3) cleans an appeal of batch 43 that 0.35 kept, and spares the same articles",
      arguments: ["unseen-batch43", "unseen-batch43-runon"])
func defaultVetoCleansMore(fixture: String) async throws {
    let shipped = try await DevSetScore.score(fixture: fixture)
    let stricter = try await DevSetScore.score(fixture: fixture, stage: AppealStripper(veto: 0.35))
    #expect(shipped.appealDocumentsCleaned > stricter.appealDocumentsCleaned)
    #expect(shipped.appealFreeUntouched == stricter.appealFreeUntouched)
    #expect(shipped.negativeCharsRemoved == stricter.negativeCharsRemoved)
}

@Test("a kept appeal grows over the plea before it when the plea's own words read as an appeal (held-out batch 115's Gives Day note)")
func keptAppealGrowsOverOwnWordsPlea() async throws {
    let document = try await strip(try DevSetScore.text(fixture: "heldout-batch115", id: "b115-riverbendsentinel-givesday-end"))
    #expect(!document.text.contains("Please think about making a gift"))
    #expect(!document.text.contains("Please stand with us"))
    #expect(document.text.contains("The Sentinel came close to twice its target"))
}
