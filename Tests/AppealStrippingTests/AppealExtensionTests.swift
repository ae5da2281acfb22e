import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Extension of a found appeal over neighbours without article evidence: the start of a sentence
// the block opens in the middle of, a second button at the end, an opening statement above a body
// in the newsroom's "we". Our own sentences; a hard negative beside each.

@Test("an appeal that opens in the middle of a sentence broken over lines is cut from the sentence's start")
func brokenSentenceAboveAppealGoesWithIt() async throws {
    try await expectAppealCut("""
    Dear readers!
    We cover the northern coast where
    few others still go: closed fish
    plants, empty harbours and the
    families who stayed. Our newsroom is funded
    by readers alone. Please support us from $3 a month.
    Support the Coastline
    """)
}

@Test("an article broken over short lines, about a fundraiser, stays whole")
func brokenArticleAboutFundraiserStays() async throws {
    let text = """
    Lifeboat crew raises money for new engine
    The volunteer crew of the harbour
    lifeboat has collected about half of
    the $80,000 it needs, its chairman said.
    Donations can be made at the station
    or at the town hall, he added.
    """
    let document = try await strip(text)
    #expect(document.text == text)
}

@Test("a second button after an appeal's button at the end goes with it")
func dismissButtonAfterAppealGoes() async throws {
    try await expectAppealCut("""
    Our reporting is free for everyone because readers like you pay for it. Will you chip in $5 today?
    Give $5
    Maybe later
    """)
}

@Test("an article's last sentence after an appeal in the middle stays")
func lastSentenceAfterMiddleAppealStays() async throws {
    try await expectLastLineStays("Weekend ferries are not affected.")
}

/// Expects a short appeal with a button between `Article.bridge` and `lastLine` to be cut, the last line kept.
func expectLastLineStays(_ lastLine: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let appeal = """
    Our reporting is free for everyone because readers like you pay for it. Will you chip in $5 today?
    Give $5
    """
    let document = try await strip(Article.bridge + "\n" + appeal + "\n" + lastLine)
    #expect(document.text == Article.bridge + "\n" + lastLine, sourceLocation: sourceLocation)
}

@Test("a short statement pointing at the page opens an appeal whose body starts with our")
func pageStatementLeadsIntoWe() async throws {
    try await expectAppealCut("""
    Every story on this page was reported by a volunteer.
    Our small nonprofit trains retired teachers to report on their towns. Your gift pays for their training and our editors.
    Support volunteer journalism
    """)
}

@Test("an article's short last sentence above an appeal opening with our stays")
func shortArticleSentenceAboveWeStays() async throws {
    let article = """
    Bridge reopens after repairs
    The bridge reopened to traffic on Monday after six weeks of work, the city said.
    Engineers replaced two cables and painted the railings.
    """
    try await expectAppealCut("""
    Our small nonprofit trains retired teachers to report on their towns. Your gift pays for their training and our editors.
    Support volunteer journalism
    """, after: article)
}

@Test("in run-together text, a statement pointing at the message opens an appeal in our voice")
func gluedPageStatementLeadsIntoWe() async throws {
    try await expectGluedAppealCut(
        "Please read this message to the end. Our archive is kept by volunteers and lives only on readers' gifts. If everyone reading this gave $3, we would be done today. Donate",
        after: Article.runTogether(Article.bridge))
}

@Test("a short question to the reader after the button at the end goes with the appeal; a statement stays")
func questionAfterButtonGoes() async throws {
    try await expectAppealCut("""
    Our reporting is free for everyone because readers like you pay for it. Will you chip in $5 today?
    Give $5
    Prefer to give by phone? Call the office during opening hours.
    """)
    try await expectLastLineStays("The ferry timetable stays the same.")
}

@Test("a dismiss button after the closing button, merged with it, goes at the end of the text")
func mergedDismissButtonGoes() async throws {
    try await expectAppealCut("""
    Наш архив держится только на пожертвованиях читателей. Если каждый, кто читает это, даст 100 рублей, мы закроем сбор сегодня.
    Помочь
    Напомните мне завтра
    """, after: Article.bridge)
    try await expectAppealCut("""
    Our archive lives only on gifts from readers. If everyone reading this gave $3, we would be done today.
    Donate
    Close this for now
    """, after: Article.bridge)
}

@Test("in run-together text, a title glued before an appeal in our voice at the end goes with it; a headline over article text stays")
func gluedTitleBeforeClosingAppealGoes() async throws {
    let article = Article.runTogether(Article.bridge)
    try await expectGluedAppealCut(
        "The harbour, in three minutes Our morning letter brings you the most important port news each weekday, with context from our reporters on the quays. Get it free in your inbox Email address Sign me up",
        after: article)
    let text = article + " Ferry fares rise in spring Our reporters asked the operator why. Tickets will cost a pound more from April, the operator said."
    let document = try await strip(text)
    #expect(document.text == text)
}

@Test("in run-together text, a dismiss button glued after the closing button at the end goes with the appeal")
func gluedDismissButtonGoes() async throws {
    try await expectGluedAppealCut(
        "Our archive lives only on readers' gifts. If everyone reading this gave $3 today, we would be done. Donate Not right now",
        after: Article.runTogether(Article.bridge))
}

@Test("in run-together text, a clear appeal's body reaches up over plain sentences to its sentence in our voice; a quoted we stays")
func gluedBodyReachesUpToWe() async throws {
    let bridge = Article.runTogether(Article.bridge)
    // (The rules alone: the scorer retrained in the tenth session vetoes the quarterly's body.)
    for appeal in [
        "We are a small quarterly on the northern coast. Subscriptions pay for less than half of what it costs to report from the islands. Subscribe  ·  Donate  ·  Give a gift",
        "Our radio station trains neighbours to record, edit and air their own shows. The city grant ran out in May. Members keep the station on air: $40 a year. Become a member",
    ] {
        try await expectGluedAppealCut(appeal, after: bridge, options: rulesOnly)
    }
    // The operator's quoted "we" two sentences above the appeal is the article's.
    try await expectGluedAppealCut(
        "Our reporting is free for everyone because readers like you pay for it. Will you chip in $5 today? Give $5",
        after: "Ferry fares rise in spring Tickets will cost a pound more from April. \"We have no choice,\" the operator's chief said. Season tickets are not affected.")
}

@Test("a note after the button naming what it offers goes with the appeal at the end; another last sentence stays")
func offerNoteAfterButtonGoes() async throws {
    try await expectAppealCut("""
    Our workshop radio is run by volunteers and paid for by its listeners. Members keep it on air: $40 a year.
    Become a member
    Members get free seats at the spring recital.
    """)
    try await expectLastLineStays("Repairs on the pier continue until June.")
}
