import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Articles about another outlet's fund drive: an appeal relayed under a line that says so, an
// appeal quoted in a paragraph whose opening quotation mark stood on the line before, sentences
// after an attribution and its colon, and a report whose lead sentence names a drive without any
// "we" or "you". Our own sentences; the outlet's own appeal beside each, which is still cut.

@Test("an appeal relayed under a line saying so stays the article's")
func relayedAppealStays() async throws {
    try await expectUntouched("""
    Pressure on small newsrooms
    Independent titles across the region are short of money this winter. Below, we are relaying the appeal that the Harbour Gazette sent its readers on Monday.
    Nobody owns the Harbour Gazette and it carries no adverts, so it only exists if readers pay for it. If you want the port to keep a paper of its own, give the Harbour Gazette what you can before the end of the year.
    Port workers
    The port employs about 2,000 people, most of them on short contracts.
    """)
    try await expectUntouched("""
    La presse locale en difficulté
    Comme d'autres titres, nous relayons cette semaine l'appel lancé par la Gazette du Port à ses lecteurs.
    Personne ne possède la Gazette du Port et elle ne publie aucune annonce : elle ne vit que si ses lecteurs la financent. Si vous voulez que le port garde son journal, soutenez la Gazette du Port et faites un don avant la fin de l'année.
    Les dockers
    Le port emploie environ 2 000 personnes.
    """)
}

@Test("an appeal announced as the following request or e-mail of someone else stays the article's")
func followingRequestStays() async throws {
    try await expectUntouched("""
    Harbour site asks readers for money
    The Quayside Post, a state news website, is trying to raise money. Its editor e-mailed the following request to readers on Monday.
    Dear Reader, our year-end drive has started and we need you. Please support our journalism with a gift of any size today.
    Port workers
    The port employs about 2,000 people, most of them on short contracts.
    """)
}

@Test("the same appeal in the outlet's own voice, without a relay line, is cut")
func ownAppealWithoutRelayIsCut() async throws {
    try await expectAppealCut("""
    Nobody owns the Harbour Gazette and it carries no adverts, so we only exist if readers pay for us. If you want the port to keep a paper of its own, support us and give what you can before the end of the year.
    """)
}

private let driveNote = "Our spring drive ends tonight and we are $8,400 away from the goal. If every reader who opened this gave $10, we would be done by midnight. Will you chip in now? Please press the button below and keep us going."

@Test("a paragraph closing a quotation opened on the line before is quoted speech")
func quotationClosedOnLaterLineStays() async throws {
    try await expectUntouched("""
    Valley Courier close to its goal
    The Valley Courier, a reader-funded site in the hills, is still short of its spring target, its editor said. In a note to readers on Friday, she wrote:
    \(driveNote)”
    Many small sites face the same gap this year.
    """)
}

@Test("the outlet's own appeal paragraph, without a closing quotation mark, is cut")
func ownAppealParagraphIsCut() async throws {
    try await expectAppealCut(driveNote)
}

@Test("run together, the sentences after an attribution and its colon are the quoted outlet's")
func runTogetherAttributedQuotationStays() async throws {
    try await expectUntouched(
        "Harbour Gazette close to its goal The Harbour Gazette, a reader-funded weekly, is still short of its spring target. Its founder, Mara Lind, told me: Nobody else covers the port day to day. Advertising never paid for that, so we rely on readers like you who value our journalism. Your support keeps our reporting free, and every gift counts. That leaves £5,000 to go. Gifts can be made on its site.")
    try await expectUntouched(
        "Valley Courier close to its goal The Valley Courier has lived on reader donations for a decade. Its editor writes: \(driveNote)” Many small sites face the same gap this year.")
}

@Test("run together, the same sentences in the outlet's own voice, without an attribution, are cut")
func runTogetherOwnVoiceWithoutAttributionIsCut() async throws {
    let article = "The port employs about 2,000 people, most of them on short contracts, the harbour authority said."
    try await expectGluedAppealCut(
        "Advertising never paid for our reporting, so we rely on readers like you who value our journalism. Your support keeps our reporting free, and every gift counts.",
        after: article)
    try await expectGluedAppealCut(driveNote, after: article)
}

@Test("a report leading with another outlet's urgent call stays")
func reportOnAnotherOutletsDriveStays() async throws {
    try await expectUntouched("""
    Appel urgent pour soutenir la presse indépendante du littoral. À une semaine de la clôture de leur collecte, les fondateurs de la Gazette du Port appellent leurs lecteurs aux dons. Il leur manque 4 000 euros sur les 12 000 visés, de quoi garder gratuite leur lettre d'information.
    Les dons ouvrent droit à une réduction d'impôt de 66 % : un don de 30 euros revient à 10 euros. Le fondateur avertit que sans argent frais, le journal devra fermer cet été.
    La rédaction insiste sur son indépendance.
    Le port emploie environ 2 000 personnes.
    """)
}

@Test("the outlet's own urgent call, in its we, is still cut from its paragraph")
func ownUrgentCallInParagraphIsCut() async throws {
    let article = "Le port emploie environ 2 000 personnes, a indiqué la capitainerie."
    let appeal = "Appel urgent pour soutenir la presse indépendante du littoral. Notre collecte se termine dimanche et il nous manque encore 4 000 euros : faites un don, même de 5 euros."
    // The rules alone (veto 0): the learned line scorer rates this short glued call low and keeps
    // it, a known cost of the veto (dev/appeals/README.md, "learned veto").
    let rulesOnly: [String: OptionValue] = ["veto": .double(0)]
    for text in [appeal + " " + article, article + "\n" + appeal] {
        let document = try await strip(text, rulesOnly)
        #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == article)
        #expect(rebuild(document) == text)
    }
}

@Test("a line placing another outlet's appeal below, in any wording, keeps the appeal the article's")
func placedBelowAppealStays() async throws {
    try await expectUntouched("""
    Small papers in the red
    Several community titles are asking readers for help this month. We print below the appeal from the Moorland Post, a co-operative weekly without a single advertiser.
    \(moorlandAppeal)
    Print costs
    Paper prices rose by a third in two years.
    """)
    try await expectUntouched("""
    Les petits journaux à la peine
    Plusieurs titres associatifs sollicitent leurs lecteurs ce mois-ci. Voici ci-dessous l'appel de L'Écho des Landes, hebdomadaire sans actionnaire.
    L'Écho des Landes ne vit ni d'actionnaires ni d'annonceurs. C'est pourquoi L'Écho des Landes compte sur vous. Une presse locale honnête a un coût. Si vous pensez qu'un journal libre est plus utile que jamais, soutenez L'Écho des Landes et faites un don avant le 31 décembre.
    Le prix du papier
    Le papier a augmenté d'un tiers en deux ans.
    """)
}

private let moorlandAppeal = "The Moorland Post takes no money from owners or advertisers. That is why the Moorland Post counts on you. Honest local news costs money. If you think the moors need a free paper more than ever, support the Moorland Post and make a donation before 31 December."

@Test("the outlet's own appeal pointing to a button below is still cut")
func ownAppealPointingBelowIsCut() async throws {
    try await expectAppealCut("The Moorland Post takes no money from owners or advertisers, so we count on you. Support us with the button below and make a donation before 31 December.")
}

@Test("run together, an attribution whose colon ends the split-off sentence still opens a quotation")
func runTogetherColonAtSentenceEndStays() async throws {
    try await expectUntouched(
        "Readers Pay For Every Campaign But Not For The Papers They Read  The Fenwick Ledger, which I have quoted on this page for years, has mailed one more worried request. It has always depended on small gifts from readers. This winter the shortfall is down to about $6,000. After a year of giving to candidates, though, most of us feel tapped out. The Fenwick Ledger writes:  \(driveNote)”  Here is the Ledger's donation page.  Maybe next year the candidates can wait.")
}

@Test("a sentence reporting what another outlet says of itself ('nach eigener Darstellung') is reporting and stays")
func ownAccountOfAnotherOutletStays() async throws {
    let text = Article.runTogether("""
    Was hinter dem Hafenkurier steckt Der Hafenkurier ist ein Verbund von Lokalreporterinnen, organisiert als gemeinnütziger Verein. Gegründet wurde er 2018.

    Das Besondere: Der Hafenkurier lebt nur von Spenden und Stiftungsgeldern. Jede und jeder kann Fördermitglied werden. Der Verein behält sich vor, Spenden abzulehnen.

    Nach eigener Darstellung arbeitet der Hafenkurier unabhängig, gemeinnützig und dem Gemeinwohl verpflichtet. Die Redaktion versteht sich auch als Bildungsprojekt.
    """)
    #expect(try await strip(text).text.contains("Nach eigener Darstellung arbeitet der Hafenkurier unabhängig"))
}

@Test("a call to give to a charity at the end stays though credit lines naming a reporter follow it")
func charityCallBeforeCreditsStays() async throws {
    try await expectUntouched("""
    Helping families after the quay fire

    Two families lost their homes when a fire spread along the lower quay on Saturday.

    Neighbours have collected clothes and food, and the harbour church has opened its hall.

    “Everybody here is in the same boat,” said one neighbour, Brad Holm.

    If you’d like to help, you can donate to the Red Cross or to the Harbour Community Fund.

    Reporter: Mara Quill

    Writer: Tom Reed
    """)
}

@Test("a credit is a label, its colon and a name of two or three capitalised words")
func creditLines() {
    #expect(LineEvidence.isCredit("Reporter: Mara Quill"))
    #expect(LineEvidence.isCredit("Foto: Harbour Archive"))
    #expect(LineEvidence.isCredit("Автор: Анна Иванова"))
    #expect(!LineEvidence.isCredit("Support us: donate today"))
    #expect(!LineEvidence.isCredit("Reporter: Mara"))
}

@Test("a German report of where a drive's donations went seeds no block; a German call to the reader, or with a link, does")
func germanReportOfDonationsSeedsNoBlock() {
    let stripper = AppealStripper(lineModel: nil)
    let seeds = { (text: String) in
        let line = TextLine.lines(of: text)[0]
        return stripper.finder.isSeed(stripper.lineEvidence(line), line, isFirst: false, isNearEnd: false)
    }
    // Nouns of giving ("die Spenden", "Spendenquittungen") in a sentence that reports.
    #expect(!seeds("Aus organisatorischen Gründen waren die Spenden an den Landesverband gegangen, der die Spendenquittungen verschickte."))
    #expect(!seeds("Wer mitmachen will, kann über die Internetseite der Caritas spenden oder Geld auf das Spendenkonto überweisen."))
    // Calls: the reader addressed, or a link on the line.
    #expect(seeds("Spenden Sie jetzt und unterstützen Sie unsere Redaktion mit einem monatlichen Beitrag."))
    #expect(seeds("Gleich abonnieren und alle alten Hefte nachlesen ► hafenblatt.example/abo."))
}

@Test("another medium's or group's campaign named by its possessive ('sa campagne', 'their crowdfunding') is a third party; 'notre campagne' is not")
func possessiveCampaignIsAThirdParty() {
    let stripper = AppealStripper(lineModel: nil)
    let others = { (text: String) in stripper.lineEvidence(TextLine.lines(of: text)[0]).cues[.thirdParty] }
    for line in ["Soutenez Quai Libre en participant à sa campagne de financement sur Ulule !",
                 "Back the Harbour Post in their crowdfunding drive this month.",
                 "Поддержите «Пристань» в их кампании по сбору средств."] {
        #expect(others(line) > 0, "\(line)")
    }
    #expect(others("Soutenez-nous en participant à notre campagne de financement sur Ulule !") == 0)
}

// (A Russian call naming the charity's "сайт" still counts the site as the outlet's word: one
// newsroom cue against one beneficiary, so it is cut; not covered here.)
@Test("a well-known charity's call passed on by a report stays, in three languages",
      arguments: [
          "You can give online to support the Salvation Army's storm relief at example.org.\nYou can also give by mail: send a check marked \"Storm Relief\".",
          "Wer helfen will, kann der Heilsarmee online spenden oder an ihren Ständen in der Altstadt Geld einwerfen.",
          "Pour aider, vous pouvez faire un don à l'Armée du Salut en ligne ou dans ses marmites du centre-ville.",
      ])
func charityCallInAReportStays(call: String) async throws {
    let report = """
    Kettles return to Main Street
    Bell ringers were back outside the grocery stores on Friday, the start of the holiday collection, a spokesperson said.
    \(call)
    Last year the kettles took in $61,000, about the same as the year before.
    """
    #expect(try await strip(report, rulesOnly).removed.isEmpty)
}
