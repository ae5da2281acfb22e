import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Run-together text (line breaks lost): sentence pieces read like the lines they were. Our own
// sentences; a hard negative beside each mechanism.

/// An article of our own, as one run-together paragraph.
private let runTogetherArticle = "Harbour works to begin in March The council said work to deepen the harbour entrance will begin in March. "
    + "Larger cargo ships will then be able to dock, the port authority said. Fishermen have been promised a temporary berth on the north quay."

@Test("in run-together text, the pieces around an appeal at the end go with it",
      arguments: [
        // A short answer after the appeal's closing question.
        "Our newsroom is paid for by readers like you, and every gift over $20 gets a tax receipt. "
            + "We can't do this without you. Donate now Prefer to give by cheque? Find out how.",
        // A short question and its answer after the closing button.
        "Our station is paid for by listeners like you. Pledge $10 today and we'll send you a mug. "
            + "Pledge now Rather give by phone? Ring the studio during any show.",
        // A newsletter title glued before "Every Sunday … from our newsroom" (a determiner joins no headline).
        "Take it slow on Sunday Every Sunday, one long story from our newsroom, and nothing you have to rush. "
            + "Free, and easy to cancel. Your email Subscribe By signing up you agree to our privacy policy.",
      ])
func runTogetherPiecesAroundAppealGo(appeal: String) async throws {
    try await expectGluedAppealCut(appeal, after: runTogetherArticle)
}

@Test("in run-together text, article questions, answers and headlines stay",
      arguments: [
        " Who will pay for the dredging? The port said it would. Work starts in May.",
        " Who pays for the berth? The port does, officials said. Work starts in May.",
        " Market returns to the square Every Saturday from May the farmers' market will fill "
            + "the square again, the organisers said. Stalls cost $40 a day.",
      ])
func runTogetherArticlePiecesStay(ending: String) async throws {
    let text = runTogetherArticle + ending
    try await expectUntouched(text)
}

@Test("a reported sentence naming members before an appeal glued onto the paragraph stays with the article")
func reportedMembersSentenceBeforeGluedAppealStays() async throws {
    try await expectGluedAppealCut(
        "Our state funding is gone. Your station doesn't have to be. We need 500 new donors this month. "
            + "Give now Already a member? Increase your monthly gift",
        after: "The council voted to raise taxes by 3 per cent. Two members said residents were already struggling with higher bills.")
}

@Test("in run-together text, a button row of prices split by dots and its last button glued onto the next sentence go with the appeal")
func dottedButtonRowGluedOntoArticleGoes() async throws {
    let headline = "Flood warning for the lower valley"
    let appeal = "Our reporters cover six countries from one small office. Our budget shouldn't come from any ministry. "
        + "Advertisers pay for some of it, but only readers can keep us independent. Become a member today. "
        + "Monthly · €4 · €8 · €15 Support"
    let article = "About 2,000 homes were told to prepare sandbags on Friday after two days of heavy rain upstream. "
        + "The river authority said the peak was expected on Saturday night. Schools in four villages will stay closed."
    try await expectMiddleAppealCut(appeal, between: headline, and: article, keeping: "Crews worked through the night.")
}

@Test("in run-together text, an article's price list split by dots stays whole")
func dottedPriceListInArticleStays() async throws {
    let text = "Lido reopens after repairs The lido on Mill Lane reopened on Saturday after a year of repairs. "
        + "Day tickets · €4 · €2 for children Support for the repairs came from the council and a local trust, the manager said. "
        + "Opening hours are 7 a.m. to 8 p.m. until September."
    try await expectUntouched(text)
}

@Test("a dot between buttons is no word of the row")
func dotsSeparateButtons() {
    #expect(AppealStripper.isButtonSeparator("\u{B7}"))
    #expect(AppealStripper.isButtonSeparator("|"))
    #expect(!AppealStripper.isButtonSeparator("-"))
}

@Test("in run-together text, fine print on another way to give glued after the closing button goes with the appeal")
func gluedFinePrintAfterButtonGoes() async throws {
    try await expectGluedAppealCut(
        "It's pledge week on 88.3 FM We are run by 90 volunteers and play no adverts between the records. "
            + "Pledge $8 a month and get our pledge-week mug; every gift over $25 gets a tax receipt. "
            + "Pledge now Ring 555-0147 during the breakfast show to pledge by phone.",
        after: runTogetherArticle)
}

@Test("in run-together text, an article on paying a bill by phone after a council call stays whole")
func gluedArticlePaymentLineStays() async throws {
    let text = runTogetherArticle + " Pay online now Residents can also pay their harbour dues by cheque or direct debit, the council said. "
        + "The dues rise by 2 percent in April."
    try await expectUntouched(text)
}

@Test("plain sentences between an appeal's opening and its plea in one paragraph go with it")
func plainBodyBetweenOpeningAndPleaGoes() async throws {
    try await expectGluedAppealCut(
        "To all our readers in Scotland: we have a small favour to ask. "
            + "This plant guide is written by volunteer gardeners and used by schools in 80 countries. "
            + "It shows no adverts. Few people ever chip in. "
            + "If you can spare £3, the guide stays free for another year. Donate £3 Maybe later",
        after: runTogetherArticle)
}

@Test("plain article sentences after an appeal that closed with a call stay, before a second appeal")
func articleBetweenClosedAppealsStays() async throws {
    let appeal = "Our reporting is free for everyone because readers like you fund it. Please support our journalism with a gift today."
    let between = "Market moves to the church square The weekly market moves to the church square from April during building work. "
        + "Traders expect fewer passers-by."
    let text = runTogetherArticle + " " + appeal + " " + between + " " + appeal
    let document = try await strip(text)
    #expect(document.text.contains(between))
    #expect(!document.text.contains("Please support"))
}

@Test("in run-together text, the reader's button and a dismiss button glued onto the next sentence go with the appeal in the middle")
func readerButtonAndDismissGluedOntoArticleGo() async throws {
    let headline = "Water bills to rise by 6 percent"
    let appeal = "Before you go... Nobody pays to read our reporting on rents and repairs, and nobody should have to. "
        + "That only works if readers who can afford it give something. Would you chip in $10 today? Yes, I'll give No thanks"
    let article = "The water board said ageing pipes lose nearly a fifth of treated water every year. "
        + "Tenant groups said the rise should be phased in. Households on benefits can apply for a discount."
    try await expectMiddleAppealCut(appeal, between: headline, and: article, keeping: "Crews worked through the night.")
}

@Test("in run-together text, an article's answer and a capital I after a call stay whole")
func articleAnswerWithCapitalIStays() async throws {
    let text = "Ferry fares frozen for a year The operator said on Monday that fares will not rise before next summer. "
        + "Asked whether he would give more, the mayor said: Yes, I'll give what I can Not now, but in the spring budget. "
        + "The council meets again in March."
    try await expectUntouched(text)
}

@Test("in run-together text with blank lines (two spaces), a glued title and fine print go with the appeal")
func doubleSpacedRunTogetherAppealGoes() async throws {
    try await expectGluedAppealCut(
        "It's pledge week on 88.3 FM  We are run by 90 volunteers and play no adverts between the records.  "
            + "Pledge $8 a month and get our pledge-week mug; every gift over $25 gets a tax receipt.  "
            + "Pledge now  Ring 555-0147 during the breakfast show to pledge by phone.",
        after: runTogetherArticle.replacingOccurrences(of: ". ", with: ".  "))
}

@Test("in run-together text with blank lines, article sentences with names stay whole")
func doubleSpacedArticleStays() async throws {
    let text = "Harbour works to begin in March  The council said work on the harbour will begin in March.  "
        + "Port director Anna Berg said larger ships could then dock  Fishermen were promised a berth on the north quay."
    try await expectUntouched(text)
}

@Test("in run-together text, a short answer to the appeal's question on how to pay goes with it in the middle")
func answerToPaymentQuestionInMiddleGoes() async throws {
    let appeal = "This reporting was made possible by readers who donate. It's our spring drive: give $10 a month "
        + "and we'll send you a tote bag. Donate now Prefer to give by post? Find the address here."
    try await expectMiddleAppealCut(appeal, between: "Water board fines two farms",
                                    and: "The water board said the fines were the largest it had issued. Both farms will appeal.",
                                    keeping: "Crews worked through the night.")
}

@Test("in run-together text, an article's question on paying by cheque and its short answer stay")
func articlePaymentQuestionAndAnswerStay() async throws {
    try await expectUntouched("Parking fees rise in May The council will raise parking fees by ten percent from May. "
        + "Can drivers still pay by cheque? Yes, at the town hall. The new fees apply to all six car parks.")
}

@Test("where blank lines survived as two spaces, a box of short paragraphs at the top is cut up to the heading after it")
func runTogetherTopBoxOfParagraphsIsCut() async throws {
    let box = """
    Advertisement

    We need you right now

    Readers like you are what keep The Quayside going.

    You came here because we offer something worth having: fair, independent news. Ads pay for part of what we do, but this year they fell short.

    If our reporting has been worth something to you, please give whatever you can, so that careful journalism keeps coming.


    """
    let rest = """
    # the harbour

    Most read
    'Our skipper is 61 and still out every morning'
    'The ferry timetable nobody can read'
    """
    let document = try await strip(Article.runTogether(box + rest))
    #expect(document.text == "Advertisement  " + Article.runTogether(rest))
}

@Test("where blank lines survived as two spaces, a report on another paper's fund drive at the top stays")
func runTogetherTopReportOnFundDriveStays() async throws {
    try await expectUntouched(Article.runTogether("""
    Weekly paper asks readers for help

    The Harbour Gazette said on Monday it needs 2,000 new supporters by the end of the year.

    Its editor, Ruth Okafor, told the council that advertising had fallen by a third since 2020.

    The paper has appealed to readers before, in 2019, and raised about £40,000 then.

    # the harbour

    Most read
    """))
}
