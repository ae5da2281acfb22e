import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The fine print under an appeal's closing button (ways to pay, text-message terms) goes with the
// appeal also in the middle of the text; the article line after it stays. Our own sentences; a
// hard negative beside each.

@Test("a note on how to pay under the closing button goes with an appeal in the middle")
func paymentNoteAfterButtonInMiddleGoes() async throws {
    try await expectAppealCut("""
    Nous publions chaque jour depuis l'exil, grâce à nos correspondants restés au pays. Votre soutien nous permet de les payer.
    Je soutiens la rédaction
    Paiement par carte ou par virement
    """, between: "Le pont rouvrira en mai", and: Article.council)
}

@Test("text-message terms under a sign-up button go with the box at the end")
func textMessageTermsGo() async throws {
    try await expectAppealCut("""
    Get our headlines by text
    School closures and election results from our newsroom, sent straight to your phone.
    Text me
    Message and data rates may apply. Reply STOP to cancel.
    """)
}

@Test("an article line on paying by card after an appeal in the middle stays when it reports")
func reportedPaymentLineAfterAppealStays() async throws {
    let appeal = """
    Our newsroom is paid for by readers like you. Please support us from $3 a month.
    Support the Coastline
    """
    let body = "Parking at the terminal can be paid by card or by cheque, the council said."
    let document = try await strip(Article.council + "\n" + appeal + "\n" + body)
    #expect(!document.text.contains("Support the Coastline"))
    #expect(document.text.hasSuffix(body))
}

@Test("an article about a charity's ways to pay stays whole")
func charityPaymentArticleStays() async throws {
    let text = """
    Food bank changes how it takes gifts
    The food bank will accept gifts by direct debit and mobile money from June, its director said.
    Donations by cheque will still be taken at the town hall, she added.
    """
    try await expectUntouched(text)
}

@Test("a newsletter box describing the newsroom's own reported stories goes whole")
func ownReportedStoriesNewsletterGoes() async throws {
    try await expectAppealCut("""
    Every Sunday, one deeply reported story from our newsroom, and nothing you have to rush. Free, and easy to cancel.
    Your email
    Subscribe
    """)
}

@Test("an article where officials reported a story stays whole")
func officialsReportedStays() async throws {
    let text = """
    Harbour closed after oil spill
    Port officials reported the spill on Sunday morning, the coast guard said.
    The harbour will stay closed until the water has been tested, officials added.
    """
    try await expectUntouched(text)
}

@Test("a note that the button opens a payment page goes with the appeal at the end")
func paymentPageNoteGoes() async throws {
    try await expectAppealCut("""
    We write the news for children, calmly and without ads. If your child reads us, please support the site with $3 a month.
    Support the site
    Parents only: this link opens a payment page.
    """)
}

@Test("an article about a council's new payment page stays whole")
func councilPaymentPageArticleStays() async throws {
    let text = """
    Council launches online parking permits
    Residents can now renew parking permits on a secure payment page, the council said.
    The old paper forms will be accepted until March, officials added.
    """
    try await expectUntouched(text)
}

@Test("another way to give under the closing button goes with the appeal, at the end and in the middle")
func otherWayToGiveAfterButtonGoes() async throws {
    try await expectAppealCut("""
    We are a volunteer station with no commercials between the records. Pledge $8 a month and keep the night shows on air.
    Pledge now
    Ring the studio during the breakfast show to pledge by phone.
    """)
    try await expectAppealCut("""
    Every gift made this month will be doubled. Tracing river pollution across four counties is slow work, and we depend on readers like you.
    Give now and double it
    Prefer to give by post? Our address is on the contact page.
    """, between: "Water board fines two farms", and: Article.council)
}

@Test("an article about a telethon where viewers pledged by phone stays whole")
func telethonPledgesByPhoneStay() async throws {
    let article = """
    Hospital telethon beats its target
    Viewers could pledge by phone or give by mail during the six-hour broadcast, the organisers said.
    The money will pay for a second scanner at the children's ward.
    Donate by phone lines stayed open until midnight.
    """
    try await expectUntouched(article)
}

@Test("an appeal glued onto a paragraph runs to its end over plain sentences and the payment row")
func gluedAppealRunsToParagraphEnd() throws {
    let paragraph = "The harbour master said the quay would reopen once repairs were finished. A tug carrying timber arrived on Tuesday evening. "
        + "Before you go, we have a small favour to ask. Our garden reporting is free for everyone, with no paywall and no "
        + "sponsor deciding what we cover. That's possible only because readers who can afford it give a little. "
        + "It takes a minute, and every gift, however small, keeps the allotments and their growers in the public eye. "
        + "Support garden journalism Visa · Mastercard · PayPal · Apple Pay"
    let line = try #require(TextLine.lines(of: paragraph).first)
    let cuts = AppealStripper().inlineAppeals(in: line)
    #expect(cuts.count == 1)
    #expect(cuts.first?.cut.span.end == line.span.end)
}

@Test("article sentences after an appeal at the start of a paragraph stay")
func articleAfterAppealOpeningParagraphStays() async throws {
    let appeal = "Our reporting is paid for by readers like you. Please support our newsroom with a gift today."
    let article = "The ferry will run twice a day from June. Its crew of six was hired from the island."
    let document = try await strip(Article.council + "\n" + appeal + " " + article)
    #expect(document.text.hasSuffix(article))
    #expect(!document.text.contains("Please support"))
}
