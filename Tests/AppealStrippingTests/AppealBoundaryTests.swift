import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Boundaries of an appeal: which neighbouring lines and sentence pieces go with it although they
// carry little appeal evidence of their own. Our own sentences; a hard negative beside each.

/// Expects the appeal placed under `headline` and above `body` to be cut whole, headline and body kept.
func expectAppealCut(_ appeal: String, between headline: String, and body: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let text = headline + "\n" + appeal + "\n" + body
    let document = try await strip(text)
    #expect(document.text == headline + "\n" + body, sourceLocation: sourceLocation)
    #expect(rebuild(document) == text, sourceLocation: sourceLocation)
}

/// Expects `appeal`, glued with a space onto the end of `article`, to be cut whole and the article to stay
/// (``expectGluedAppealCut(_:onto:sourceLocation:)`` with the space in front of the appeal).
func expectGluedAppealCut(_ appeal: String, after article: String, options: [String: OptionValue] = [:],
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    try await expectGluedAppealCut(" " + appeal, onto: article, options: options, sourceLocation: sourceLocation)
}

/// Expects `appeal`, run together with a space before `article` (a text whose line breaks were
/// lost, the appeal on top), to be cut whole and the article to stay.
func expectGluedAppealCut(_ appeal: String, before article: String,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let document = try await strip(appeal + " " + article)
    #expect(document.text == article, sourceLocation: sourceLocation)
}

@Test("a slogan between the headline and an appeal opens the appeal")
func sloganBelowHeadlineGoesWithAppeal() async throws {
    try await expectAppealCut("""
    Good reporting has a price.
    We are a reader-funded newsroom. Your support, monthly or once, keeps our coverage free for everyone.
    Support our work
    """, between: "Ferry terminal to close next year", and: Article.council)
}

@Test("a salutation ending in a colon as the first line opens the appeal below it")
func colonSalutationOnTopGoesWithAppeal() async throws {
    let appeal = """
    To everyone who reads the Lantern:
    We ask only once a year. If you can, please chip in $10 today and keep our reporting free. Thank you.
    """
    let text = appeal + "\n" + Article.council
    let document = try await strip(text)
    #expect(document.text == Article.council)
}

@Test("an article's short last paragraph before an appeal stays with the article")
func shortLastParagraphStays() async throws {
    let article = """
    Bridge reopens after repairs
    The bridge reopened to traffic on Monday after six weeks of work, the city said.
    Engineers replaced two cables and resurfaced the deck.
    """
    try await expectAppealCut("""
    We are a reader-funded newsroom. Your support, monthly or once, keeps our coverage free for everyone.
    Support our work
    """, after: article)
}

@Test("a slogan naming the news it pays for leads into an appeal at the end")
func newsSloganLeadsIn() async throws {
    try await expectAppealCut("""
    L'info locale a un coût.
    Abonnez-vous pour 4 € par mois et recevez notre lettre du dimanche. Sans engagement.
    Je m'abonne
    """)
}

@Test("a closing button naming the medium and a progress bar go with the appeal at the end")
func closingButtonAndProgressBarGo() async throws {
    try await expectAppealCut("""
    We're a reader-funded nonprofit, and this drive pays for our reporting through the winter. Please give what you can.
    Stand with independent local media
    """)
    try await expectAppealCut("""
    We're a reader-funded nonprofit, and this drive pays for our reporting through the winter. Please give what you can.
    Give now
    $12,480 raised of $40,000
    """)
}

@Test("a report of sums raised stays after an article on a fund drive")
func reportedSumsStay() async throws {
    try await expectUntouched("""
    Hospice appeal passes halfway mark
    The hospice said on Friday that its winter appeal had raised $212,000 of its $400,000 target.
    Donors can still give at the shop on Main Street.
    """)
}

@Test("readers recruiting readers for a bonus is an appeal (Leser werben Leser)")
func readersRecruitReadersAppeal() async throws {
    try await expectAppealCut("""
    Leser werben Leser
    Empfehlen Sie uns weiter: Für jedes neue Abo, das Sie vermitteln, erhalten Sie eine Prämie Ihrer Wahl.
    Zur Prämienauswahl
    """)
}

@Test("a report on a company's recruitment bonus stays")
func recruitmentBonusReportStays() async throws {
    try await expectUntouched("""
    Klinik zahlt Prämie für neue Pflegekräfte
    Wer eine neue Pflegekraft vermittelt, erhält eine Prämie von 1.500 Euro, teilte die Klinik mit.
    Der Betriebsrat begrüßte die Regelung.
    """)
}

@Test("an urgent Russian fundraiser in the newsroom's 'we' without naming the medium is an appeal")
func russianUrgentFundraiser() async throws {
    try await expectAppealCut("""
    Срочный сбор.
    Платёжные сервисы отключили нас от приёма пожертвований. Если у вас есть зарубежная карта, оформите регулярное пожертвование — на эти деньги работают наши юристы.
    Помочь сейчас
    """)
}

@Test("a Russian report of a foundation's fundraiser stays")
func russianFoundationFundraiserStays() async throws {
    try await expectUntouched("""
    Фонд объявил срочный сбор
    Благотворительный фонд объявил сбор средств для пострадавших от паводка, сообщили в фонде.
    За сутки собрано более двух миллионов рублей.
    """)
}

@Test("a run-together button row glued onto the next article sentence goes, the sentence stays")
func runTogetherButtonRowGoes() async throws {
    let text = "Ferry terminal to close Our videos are free thanks to our Patreon supporters. Join them from $2 a month to vote on the next episode. Patreon | Shop The city council voted on Tuesday to close the old ferry terminal by the end of next year. Council member Ruth Okafor said the building cost more to heat than it earned. Residents will be asked about a new use for the site in the spring."
    let document = try await strip(text)
    #expect(!document.text.contains("Patreon"))
    #expect(document.text.contains("The city council voted on Tuesday"))
}

@Test("a German blog's appeal run together is not split at a capitalised noun after 'keine'")
func germanDeterminerIsNoHeadlineJunction() async throws {
    let text = "Wolf im Landkreis nachgewiesen Ein Foto hat bestätigt, dass ein Wolf durch den Landkreis gezogen ist, teilte das Ministerium mit. Schafhalter sollen ihre Herden schützen. Für die Zäune gibt es Geld vom Land. Hinter diesem Blog steckt keine Redaktion, sondern nur ich. Wenn Ihnen meine Texte etwas wert sind, freue ich mich über eine Unterstützung per PayPal. Danke!"
    let document = try await strip(text)
    #expect(document.text.hasSuffix("Geld vom Land."))
}

@Test("a short question glued before an inline appeal opens it; the article's sentence before it stays")
func inlineQuestionOpensAppeal() async throws {
    try await expectGluedAppealCut(
        "Got an old bike in the shed? Donate it to our station. We'll collect it for free, and the sale pays for the programmes you hear every day. Donate your bike",
        after: Article.council)
}

@Test("run together, a short slogan opening the text goes with the appeal after it; a lede glued to the headline does not")
func runTogetherOpeningSlogan() async throws {
    let appeal = "Bad information ruins lives. We're a reader-funded fact-checking newsroom. Your monthly gift keeps our checks free for everyone. Support our work"
    let article = "Ferry terminal to close The city council voted on Tuesday to close the old ferry terminal by the end of next year. Council member Ruth Okafor said the building had cost more to heat than it earned. Residents will be asked about a new use in the spring."
    let document = try await strip(appeal + " " + article)
    #expect(document.text == article)
    let text = "Harbour bridge reopens The bridge reopened on Monday. We're a reader-funded newsroom. Your monthly gift keeps our coverage free for everyone. Support our work"
    #expect(try await strip(text).text.hasPrefix("Harbour bridge reopens The bridge reopened on Monday."))
}

@Test("run together, a salutation ending in a colon is no headline kept before the appeal")
func runTogetherColonSalutation() async throws {
    let text = Article.runTogether(Article.council) + " To everyone who reads the Lantern: We ask only once a year. If you can, please chip in $10 today and keep our reporting free. Thank you."
    let document = try await strip(text)
    #expect(document.text == Article.runTogether(Article.council))
}

@Test("run together, a progress bar ends before the next article sentence glued after its sum")
func progressBarEndsAtSum() async throws {
    let text = "Ferry terminal to close We're a reader-funded nonprofit and this drive pays for our reporting through the winter. Please give what you can before Sunday. Give now $12,480 raised of $40,000 The city council voted on Tuesday to close the old ferry terminal by the end of next year. Council member Ruth Okafor said it had cost more to heat than it earned."
    let document = try await strip(text)
    #expect(document.text.contains("The city council voted on Tuesday"))
    #expect(!document.text.contains("raised of"))
}

@Test("a Russian appeal glued onto a paragraph takes both sentences in the newsroom's 'we' before the call")
func russianTwoWeSentencesLeadIn() async throws {
    try await expectGluedAppealCut(
        "Мы рассказываем о жизни в регионах голосами тех, кто там живёт и работает каждый день. Наши авторы из десятков городов рискуют, чтобы писать правду о своих республиках и областях. Поддержите нас — разово или ежемесячно. Поддержать",
        after: "Мэрия закрыла старый мост через реку после того, как инженеры нашли трещины в опорах. Ремонт должен начаться весной.")
}

@Test("the newsroom telling of its own reporting ('we've told') leads into the appeal")
func ownReportingLeadsIn() async throws {
    try await expectAppealCut("""
    For thirty years, we've told this valley's stories when nobody else would.
    Support the local press: subscribe for $30 a year or make a one-time gift to our newsroom fund.
    Subscribe | Give
    """)
}

@Test("an article citing the newsroom's earlier reporting beside someone else's words stays")
func citedOwnReportingStays() async throws {
    try await expectUntouched("""
    Budget gap widens
    As we reported in March, the mayor told councillors the budget was short by $2 million.
    The finance committee will meet again on Monday.
    """)
}

@Test("run together, a row of two buttons glued onto the next headline is split off after its last button")
func runTogetherButtonRowBeforeHeadline() async throws {
    let text = "This encyclopedia is free to read for everyone. Become a friend of the encyclopedia for $5 a year. Become a friend | Make a donation Flood defences completed along the river Work on a flood defence scheme along the river has been completed a year early, the agency said. A riverside path has reopened."
    let document = try await strip(text)
    #expect(document.text.hasPrefix("Flood defences completed along the river Work on"))
}

@Test("run together, two short remarks naming the medium before an appeal both lead in; the article sentence before them stays")
func twoRemarksLeadIn() async throws {
    try await expectGluedAppealCut(
        "Journalism like this costs money. The Lantern is owned by its readers. If everyone who read this chipped in $3, we'd be funded for a year. Support The Lantern",
        after: "Harbour bridge reopens The harbour bridge reopened to traffic on Monday after six weeks of repairs, the city said. Engineers replaced two corroded cables.")
}

@Test("an elliptic reply in the newsroom's 'we' ('So do we.') takes the sentence it answers into the appeal")
func ellipticReplyTakesItsQuestion() async throws {
    try await expectGluedAppealCut(
        "Pollution crosses borders. So do we. Our reporters in twelve countries follow it, and your gift keeps them going. Donate today",
        after: Article.runTogether(Article.council))
}

@Test("an article sentence before a question to the reader in the newsroom's 'we' stays")
func sentenceBeforeQuestionStays() async throws {
    try await expectGluedAppealCut(
        "Enjoying our coverage? Help us keep it coming. A few dollars a month goes a long way for our newsroom. Contribute",
        after: "Harbour bridge reopens The harbour bridge reopened to traffic on Monday, the city said. Engineers replaced two cables.")
}

@Test("a slogan of the medium's own stories ('told by') opens the appeal; a report of what police told is no slogan")
func storiesToldBySlogan() async throws {
    try await expectAppealCut("""
    Island stories, told by islanders.
    We are a nonprofit newsroom. Your support, monthly or once, pays for reporters who live here. Every gift is tax-deductible.
    Support our work
    """)
    try await expectAppealCut("""
    We are a nonprofit newsroom. Your support, monthly or once, pays for reporters who live here. Every gift is tax-deductible.
    Support our work
    """, after: Article.council + "\nResidents were told by police to stay indoors.")
}

@Test("stories that would otherwise not 'be told' are the medium's own: no report of someone telling keeps the appeal")
func storiesToBeToldAreOwn() async throws {
    try await expectAppealCut("Your contribution will help us reveal critical stories that otherwise wouldn't be told.")
    try await expectUntouched(Article.council + "\nResidents will be told of the new ferry times next week, the clerk said.")
}

@Test("a short call pointing back ('Help us fight it.') takes the sentence it points to; an article's plain sentence before a full call stays")
func callPointingBackTakesItsSentence() async throws {
    try await expectGluedAppealCut(
        "Rumours spread faster than facts. Help us fight it. We're an independent fact-checking newsroom, and your monthly gift keeps our checks free. Donate",
        after: Article.runTogether(Article.council))
    try await expectGluedAppealCut(
        "Help us keep our fact checks free for everyone. We're an independent newsroom, and your monthly gift pays for it. Donate",
        after: "Ferry terminal to close The city council voted on Tuesday to close the old ferry terminal, the mayor said. Work starts in May.")
}

@Test("a matched-gift ask with a button in the reader's own 'I' is an appeal without naming the medium")
func readerButtonAsksForTheOutlet() async throws {
    try await expectAppealCut("""
    LAST DAY
    Every gift made before midnight will be doubled by a local sponsor, up to $20,000.
    Double my gift
    """)
}

@Test("a charity's matched-gift appeal reported in an article stays, and so does a quoted 'Je soutiens'")
func reportedMatchedGiftStays() async throws {
    try await expectUntouched("""
    Food bank appeal doubled
    Every gift made to the food bank before Friday will be doubled by a local firm, the charity said.
    « Je soutiens cette initiative depuis le début », a déclaré le maire.
    """)
}

@Test("a call beside the newsroom's voice right below the headline starts an appeal there")
func callWithVoiceBelowHeadline() async throws {
    try await expectAppealCut(
        "Reporting like this takes months. It's paid for by readers, not advertisers — chip in before midnight.",
        between: "Ferry terminal to close", and: Article.council)
}

@Test("a lede below the headline naming a listener-supported station stays")
func listenerSupportedLedeStays() async throws {
    try await expectUntouched("""
    Station adds weekly music show
    The listener-supported station will support local bands with a new weekly show from March.
    The show starts in March and will be repeated on Sundays.
    """)
}

@Test("a lead-in sentence of up to fifteen words naming the medium's work opens the appeal; a longer one stays")
func fifteenWordLeadIn() async throws {
    try await expectAppealCut("""
    Since 2021, women in the province have been barred from most jobs – including journalism.
    Our reporters, many of them writing under pseudonyms, tell the stories others silence. Your donation pays for secure phones.
    Support our reporters
    """)
    try await expectAppealCut("""
    Our reporters, many of them writing under pseudonyms, tell the stories others silence. Your donation pays for secure phones.
    Support our reporters
    """, after: Article.council + "\nThe harbour district's weekly newspaper has covered the terminal's long decline in detail for more than ten years.")
}

@Test("two plain lines of one sentence broken over lines inside a split appeal are bridged")
func brokenSentenceInsideSplitAppealBridged() async throws {
    try await expectAppealCut("""
    Подпишитесь на нашу утреннюю
    рассылку.
    Каждый будний день — главное об
    экономике и бизнесе за
    пять минут чтения. Это бесплатно,
    а письма доходят даже без VPN.
    Если хотите, чтобы мы продолжали
    работать, станьте нашим донором.
    Подписаться | Поддержать
    """)
}

@Test("an article sentence broken over lines after a sign-up line stays when no appeal line follows it")
func brokenArticleSentenceAfterSignUpStays() async throws {
    let text = """
    Подпишитесь на нашу утреннюю рассылку.
    Мэрия закрыла старый мост через
    реку после того, как инженеры
    нашли трещины, сообщили в мэрии.
    """
    let document = try await strip(text)
    #expect(document.text.contains("Мэрия закрыла старый мост через\nреку после того, как инженеры"))
}

@Test("an exclaimed header above a box ending the text goes with it; a quoted exclamation there stays")
func exclaimedHeaderAboveEndBox() async throws {
    let story = Article.ferryStory
    let box = "Our quay newsroom only keeps going with your help. If you can, give from just $2 a month."
    let header = "The need for careful, honest information on the harbour is greater this year than ever before!"
    let document = try await strip(story + "\n\n" + header + "\n\n" + box)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == story)
    let quoted = "“We will fight for this terminal!” said Ruth Okafor."
    let kept = try await strip(story + "\n\n" + quoted + "\n\n" + box)
    #expect(kept.text.trimmingCharacters(in: .whitespacesAndNewlines) == story + "\n\n" + quoted)
}
