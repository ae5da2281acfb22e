import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Word families added after batches 12 and 13 (community radio and associations, reader-owned
// co-operatives, crowdfunding, paid newsletters, podcast follow prompts, Russian monthly giving)
// and the short headline above an appeal. Our own sentences; a hard negative beside each.

/// Expects `text` (an article, often about giving or paying) to come through untouched.
func expectUntouched(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    #expect(try await strip(text).removed.isEmpty, sourceLocation: sourceLocation)
}

@Test("a German community radio asks for supporting members (Fördermitglied)")
func germanCommunityRadioAppeal() async throws {
    try await expectAppealCut("""
    Freies Radio lebt von seinen Hörerinnen und Hörern.
    Wir senden ohne Werbung. Werden Sie Fördermitglied ab 4 Euro im Monat – Ihr Beitrag ist steuerlich absetzbar.
    Jetzt Fördermitglied werden
    """)
}

@Test("a German report on a radio station's supporting members stays")
func germanRadioMembershipReportStays() async throws {
    try await expectUntouched("""
    Lokalradio verliert Fördermitglieder
    Der Sender hat im vergangenen Jahr rund 300 Fördermitglieder verloren, teilte der Trägerverein mit.
    Die Hörerinnen und Hörer zahlen im Schnitt 5 Euro im Monat, sagte die Geschäftsführerin.
    """)
}

@Test("a French association radio asks its listeners to join (J'adhère)")
func frenchAssociationRadioAppeal() async throws {
    try await expectAppealCut("""
    Cette émission vous a plu ?
    Notre radio associative vit grâce à ses adhérents. Adhérez à partir de 12 € par an et participez à la vie de l'antenne.
    J'adhère
    """)
}

@Test("a French crowdfunding call for a podcast's next season is cut")
func frenchCrowdfundingAppeal() async throws {
    try await expectAppealCut("""
    La prochaine saison ne se fera pas sans vous !
    Nous avons lancé une campagne sur Ulule pour financer six nouveaux épisodes. Dès 10 €, votre nom au générique.
    Je participe à la campagne
    """)
}

@Test("a French report on a crowdfunding campaign stays")
func frenchCrowdfundingReportStays() async throws {
    try await expectUntouched("""
    Un festival finance sa prochaine édition sur Ulule
    Les organisateurs ont lancé une campagne de financement participatif pour boucler leur budget, a indiqué la présidente.
    Il reste douze jours pour atteindre l'objectif de 25 000 €, selon la plateforme.
    """)
}

@Test("a Russian science site asks for a monthly payment for its open materials")
func russianMonthlyPaymentAppeal() async throws {
    try await expectAppealCut("""
    Знание не должно быть платным.
    Все наши материалы открыты, и мы раз в год публикуем отчёт о пожертвованиях. Оформите ежемесячный платёж от 200 рублей — так вы поможете нам планировать работу.
    Помогать ежемесячно
    """)
}

@Test("a Russian report on a museum's paid entry stays")
func russianPaidEntryReportStays() async throws {
    try await expectUntouched("""
    Музей вводит платный вход
    С марта вход в городской музей станет платным, сообщили в администрации.
    Ежемесячный абонемент будет стоить 300 рублей, для пенсионеров предусмотрена скидка.
    """)
}

@Test("a reader-owned co-operative asks readers to buy community shares")
func cooperativeSharesAppeal() async throws {
    try await expectAppealCut("""
    Own a piece of the paper you read.
    We're a co-operative owned by our readers. Buy community shares from £20 and get a vote on how we're run.
    Become an owner
    """)
}

@Test("a report on a community-owned pub selling shares stays")
func communityPubSharesReportStays() async throws {
    try await expectUntouched("""
    Villagers save their last pub
    More than 400 villagers bought community shares to keep the Red Lion open, the organisers said.
    The community-owned pub will reopen in May with a new landlord.
    """)
}

@Test("a podcast's follow prompt and a paid newsletter's upgrade box are cut")
func podcastAndPaidNewsletterPrompts() async throws {
    try await expectAppealCut("""
    Prefer to listen?
    Our evening podcast walks you through the day's main story in 15 minutes. Follow it free wherever you get your podcasts, so you never miss an episode.
    """)
    try await expectAppealCut("""
    You're reading the free edition of The Valley Letter.
    Paid subscribers also get the weekly court log and the comments. It's $5 a month, and it's how this newsletter pays for itself.
    Upgrade to paid
    """)
}

@Test("a short headline above an appeal at the top stays with the article")
func shortHeadlineAboveAppealStays() async throws {
    let text = """
    Frost hits cherry growers
    Independent valley journalism needs you.
    Our small team covers the valley without party money. Support our reporting from $3 a month.
    Two nights of hard frost last week damaged up to a third of the blossom in the valley's orchards, growers said.
    The agriculture office will survey the losses before deciding on aid.
    """
    let document = try await strip(text)
    #expect(document.text.hasPrefix("Frost hits cherry growers\nTwo nights"))
    #expect(rebuild(document) == text)
}

@Test("a lead-in sentence broken over lines in the newsroom's 'we' goes with the appeal below it")
func brokenLeadInGoesWithAppeal() async throws {
    try await expectAppealCut("""
    Мы работаем за границей и не можем
    получать переводы из России обычным
    путём.
    Поддержать редакцию можно
    переводом в криптовалюте.
    Спасибо, что вы с нами.
    """)
}

@Test("an article's last sentence naming a site in many words is no lead-in of the appeal after it")
func longSentenceNamingSiteIsNoLeadIn() async throws {
    let article = """
    The county will decide on the quarry next month.
    Neighbours say the site would bring dozens of lorries a day onto a narrow lane past the school.
    """
    try await expectAppealCut("""
    You're reading the free edition of The Valley Letter.
    Paid subscribers also get the weekly court log. It's $5 a month, and it's how this newsletter pays for itself.
    Upgrade to paid
    """, after: article)
}

@Test("a button ending in an arrow is not merged with the headline below it")
func arrowButtonEndsRun() async throws {
    let text = """
    Own a piece of the paper you read.
    We're a co-operative owned by our readers. Buy community shares from £20 and get a vote on how we're run.
    Become an owner →
    Frost hits cherry growers
    Two nights of hard frost last week damaged up to a third of the blossom in the valley's orchards, growers said.
    """
    let document = try await strip(text)
    #expect(document.text.hasPrefix("Frost hits cherry growers\n"))
}

@Test("an imperative call naming a small price starts an appeal in text whose line breaks were lost")
func callWithPriceSeeds() async throws {
    let article = "The ferry will run every hour from May, the operator said. Tickets stay at their current price."
    let appeal = " It's Radiothon week! Community radio runs on subscribers, not advertisers. Subscribe from $40 and go in the draw for a signed guitar. Every subscription keeps our volunteers on air."
    try await expectGluedAppealCut(appeal, onto: article)
}

@Test("an article sentence advising readers to join a club for a price stays")
func advisedPriceStays() async throws {
    try await expectUntouched("""
    Swimming club opens its doors to adults
    The club trains on Tuesday and Thursday evenings at the town pool, the coach explained.
    Join for $30 a season; beginners get two free lessons before they decide.
    """)
}

@Test("a short exclamation above an appeal's lead-in opens the appeal")
func exclaimedHeaderOpensAppeal() async throws {
    try await expectAppealCut("""
    Ten years, one harbour!
    Local news isn't free to make.
    Readers like you have kept The Harbour Gazette going for a decade. Become a member today from $5 a month.
    """)
}

@Test("a question headline at the top stays above an appeal's lead-in")
func questionHeadlineStaysAboveAppeal() async throws {
    let text = """
    Will the ferry survive?
    Local news isn't free to make.
    Readers like you have kept The Harbour Gazette going for a decade. Become a member today from $5 a month.
    The operator lost money on the route for the fourth year running, its accounts show.
    Councillors will decide in March whether to keep paying the subsidy.
    """
    let document = try await strip(text)
    #expect(document.text.hasPrefix("Will the ferry survive?\nThe operator"))
}

@Test("German and French pay-what-it-is-worth and standing-order asks are cut, a report on a Förderverein stays")
func germanFrenchFamilies() async throws {
    try await expectAppealCut("""
    Zahlen Sie, was es Ihnen wert ist.
    Mit einem Dauerauftrag ab 5 Euro im Monat sichern Sie unseren Lokaljournalismus.
    """)
    try await expectAppealCut("""
    Chaque contribution compte.
    Faites un geste pour notre rédaction : j'aide dès 3 € par mois.
    """)
    try await expectUntouched("""
    Förderverein rettet Freibad
    Der Förderverein hat 40.000 Euro für die Sanierung des Freibads gesammelt, teilte der Vorsitzende mit.
    Die Stadt gibt den gleichen Betrag dazu, sagte die Bürgermeisterin.
    """)
}

@Test("an encyclopedia-style ask (the price of a coffee, everyone reading this) is cut")
func encyclopediaStyleAsk() async throws {
    try await expectAppealCut("""
    To all our readers in Austria:
    If everyone reading this gave the price of a coffee, our free encyclopedia would be funded for another year.
    Give once
    """)
}

@Test("an article on coffee prices stays")
func coffeePriceArticleStays() async throws {
    try await expectUntouched("""
    Cafés raise prices again
    The price of a coffee in the city centre has risen by a fifth in two years, a survey by the consumer office found.
    Owners blame the cost of milk and rent, the report said.
    """)
}

@Test("a German bank-transfer ask run together with its article is cut whole ('per Überweisung' is no headline junction)")
func germanTransferAskRunTogether() async throws {
    let article = "Die Brücke am Hafen bleibt gesperrt, teilte das Bauamt mit. Prüfer hatten Risse gefunden. Pendler müssen einen Umweg fahren."
    let appeal = " Diese Recherche hat drei Monate gedauert. Damit wir die nächste finanzieren können, brauchen wir noch 12.000 Euro. Sie können per Überweisung helfen: Verein für freie Recherche, IBAN AT12 3456 7890 1234 5678. Danke, dass Sie uns unterstützen!"
    try await expectGluedAppealCut(appeal, onto: article)
}

@Test("the document's last line after an appeal goes with it when it is a short note of the offer")
func closingNoteAtDocumentEnd() async throws {
    try await expectAppealCut("""
    Get every match report and every transfer rumour from our beat writers. Annual plan: 30% off your first year.
    Start your subscription
    Offer for new subscribers only. Renews at the standard rate unless cancelled.
    """)
}

@Test("the article's short last line after an appeal inserted before it stays")
func articleLastLineAfterAppealStays() async throws {
    let text = """
    Court hears ferry case
    The operator's lawyers asked the court to lift the ban on night crossings.
    Readers like you fund our court reporting. Become a member today from $5 a month.
    The hearing resumes on Monday.
    """
    let document = try await strip(text)
    #expect(!document.text.contains("Readers like you fund our court reporting."))
    #expect(document.text.hasSuffix("The hearing resumes on Monday."))
}

@Test("in text whose line breaks were lost, a short note of the offer at the very end goes with the appeal")
func closingNoteRunTogether() async throws {
    let article = "The ferry will run every hour from May, the operator said. Tickets stay at their current price. The first crossing leaves at six."
    let appeal = " Get every match report from our beat writers. Annual plan: 30% off your first year. Start your subscription now. Renews at the standard rate unless cancelled."
    try await expectGluedAppealCut(appeal, onto: article)
}

@Test("a French 'lives only from its readers' ask and an encyclopedia's 'maybe later' button are cut")
func livesFromReadersAndMaybeLater() async throws {
    try await expectAppealCut("""
    Notre journal ne vit que de ses lecteurs.
    Sans publicité ni actionnaire, il dépend de vous : faites un don dès 5 €.
    """)
    try await expectAppealCut("""
    We ask you, humbly, to support our free encyclopedia. Give $3 today.
    Maybe later
    """)
}

@Test("articles quoting funding models and banners stay (radio members, crowdfunding, shares, podcasts)")
func fundingModelArticlesStay() async throws {
    try await expectUntouched("""
    Brewery sells shares to drinkers
    The brewery is now community-owned: more than 2,000 locals bought community shares from £50.
    Buy community shares and you get a vote at the annual meeting, the founder told the Gazette.
    The sale closes in June.
    """)
    try await expectUntouched("""
    Town hall launches podcast
    Prefer to listen?
    The council's new podcast walks residents through each meeting in 20 minutes, officials said.
    It is available on Apple Podcasts and Spotify.
    """)
    try await expectUntouched("""
    Le club de foot cherche des bénévoles
    Le club compte 300 adhérents et cherche des entraîneurs, a expliqué le président.
    Adhérer coûte 40 € par an, selon le site du club.
    La saison reprend en septembre.
    """)
}

@Test("a short question opening an appeal glued onto the paragraph goes with it")
func shortQuestionOpensGluedAppeal() async throws {
    let article = "The ferry will run every hour from May, the operator said. Tickets stay at their current price. The first crossing leaves at six."
    try await expectGluedAppealCut(" Still with us? Readers like you fund our harbour reporting. Become a member today from $5 a month.", onto: article)
}

@Test("a podcast promo asking to listen and a plea for more reporting like this are appeals")
func podcastListenAndMoreReportingAppeals() async throws {
    try await expectAppealCut("""
    Kennen Sie schon unseren Podcast? Jeden Freitag sprechen unsere Redakteure über die Woche.
    Jetzt reinhören
    """)
    try await expectAppealCut("""
    If you want more reporting like this, there's one simple way to make it happen.
    Become a Gazette member
    """)
}

@Test("a report on a podcast's listeners and on who funds a study stays")
func podcastAndFundingReportsStay() async throws {
    try await expectUntouched("""
    Podcast about the harbour wins award
    The series drew 40,000 listeners in its first month, the producers said.
    The study was made possible by the support of a regional foundation, according to the authors.
    """)
}

@Test("an outlet's group subscription offer is an appeal; a report on a firm's software licences stays")
func groupSubscriptionOffer() async throws {
    try await expectAppealCut("""
    Need access for your whole office?
    Our group subscriptions give every colleague in your team unlimited access to our reporting.
    Request a quote for your team
    """)
    try await expectUntouched("""
    Council buys new software
    The council bought group subscriptions to a planning tool for its 40 staff, a spokesman said.
    The supplier was asked to quote for two more years.
    """)
}
