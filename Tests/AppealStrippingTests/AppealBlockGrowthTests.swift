import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// How a block starts and grows: seeds without pronouns, split appeals joined over a continuation
// line, lead-ins naming the medium, and the headline after an appeal at the top. Each mechanism
// comes with an article it must leave alone.

/// Expects `appeal`, placed after `article`, to be cut whole and the article to stay.
func expectAppealCut(_ appeal: String, after article: String = Article.council,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let text = article + "\n" + appeal
    let document = try await strip(text)
    #expect(document.text == article, sourceLocation: sourceLocation)
    #expect(rebuild(document) == text, sourceLocation: sourceLocation)
}

@Test("a call to act beside the newsroom's voice starts an appeal without any we or you")
func callWithVoiceSeedsWithoutPronouns() async throws {
    try await expectAppealCut("The Harbour Gazette is paid for by readers, not owners — chip in before Friday and keep it going.")
}

@Test("an article opening on media funding is not an appeal, even with a call and the newsroom's voice")
func mediaFundingLeadStays() async throws {
    let text = """
    Independent newsrooms in exile now depend on readers who donate from abroad, a study shows.
    The researchers counted 40 outlets that moved their staff to Riga, Vilnius and Warsaw since 2022.
    Most of them lost their advertising income overnight, the report said.
    """
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("a closing line describing how listeners join a station is reporting, not a call")
func describedMembershipStays() async throws {
    let text = """
    Public radio station launches spring pledge drive
    The city's public radio station began its spring fund drive on Monday, hoping to raise $1.2 million from listeners.
    Its manager said federal funding cuts had left a hole in the budget.
    Listeners can become a member of the nonprofit station online or by phone.
    """
    #expect(try await strip(text).removed.isEmpty)
}

@Test("a German article on newsrooms living on donations is not an appeal")
func germanMediaDonationArticleStays() async throws {
    let text = """
    Wie Spenden an Medien steuerlich behandelt werden
    Viele gemeinnützige Redaktionen finanzieren sich über Spenden ihrer Leserinnen und Leser.
    Wer spendet, kann den Betrag unter Umständen von der Steuer absetzen.
    Jetzt prüfen die Finanzämter, ob alle Redaktionen die Voraussetzungen erfüllen.
    Die Bundesregierung kündigte eine Reform an.
    """
    #expect(try await strip(text).removed.isEmpty)
}

@Test("an appeal broken over lines keeps its cue-less middle line")
func splitAppealKeepsContinuationLine() async throws {
    let appeal = """
    Dear readers, honest local reporting has nearly vanished from this valley.
    We keep going only thanks to you. Please support us as a regular donor on
    the crowdfunding platform, or wire whatever sum fits to the account of
    the newsroom at the regional savings bank in the old town square.
    Thank you for your support, we could not do this without you.
    """
    try await expectAppealCut(appeal)
}

@Test("article lines between two appeals are not joined to them")
func articleBetweenAppealsStays() async throws {
    let top = "Support our newsroom: become a member today for $5 a month."
    let bottom = "If you value our reporting, please donate today. Every contribution counts."
    let text = top + "\n" + Article.council + "\n" + Article.bridge + "\n" + bottom
    let document = try await strip(text)
    #expect(document.text.contains(Article.council))
    #expect(document.text.contains(Article.bridge))
    #expect(document.removed.count == 2)
}

@Test("a lead-in naming the medium in a quoted name or a full sentence at the top goes with the appeal")
func leadInsNamingTheMedium() async throws {
    let quoted = "«Вестник» расследования требуют времени.\nЕсли вы можете, поддержите нашу редакцию ежемесячным взносом.\n"
    let body = "Власти города объявили о ремонте моста. Работы продлятся до осени.\n"
    let first = try await strip(quoted + body)
    #expect(first.text == body)
    let sentence = "Good journalism takes time and money.\nIf you can, support our reporting with a monthly gift today.\n"
    let second = try await strip(sentence + Article.council)
    #expect(second.text == Article.council)
}

@Test("a headline before an appeal at the top and a headline after it stay")
func headlinesAroundTopAppealStay() async throws {
    let headline = "Ferry terminal shuts down"
    let appeal = "You are reading our morning newsletter, in your inbox every weekday at six.\nSign up here for free:"
    let text = appeal + "\n" + headline + "\n" + Article.council
    let document = try await strip(text)
    #expect(document.text == headline + "\n" + Article.council)
    let quotedSpeech = "\"We will keep the terminal open as long as the council lets us\", the operator told reporters.\n"
    let kept = try await strip(quotedSpeech + Article.bridge)
    #expect(kept.removed.isEmpty)
}

/// A newsletter form without a title.
let signUpForm = "Your email\nSign me up\nNo spam. Unsubscribe at any time."

@Test("a sign-up box's title and its short tagline fragments go with the form")
func signUpBoxTitleAndFragments() async throws {
    try await expectAppealCut("Get the Evening Briefing\nThree stories.\nTen minutes.\nEvery weeknight.\n" + signUpForm)
}

@Test("short article lines above a sign-up form stay when no title tops them, or a sentence naming the medium")
func shortArticleLinesAboveFormStay() async throws {
    for ending in ["\nNo one was hurt.\nRoads reopen Monday.", "\nThe newspaper will publish its findings on Sunday.\nMore to come.\nStay tuned."] {
        let article = Article.council + ending
        let document = try await strip(article + "\n" + signUpForm)
        #expect(document.text == article)
    }
}

@Test("weaker signals of several kinds on neighbouring lines start an appeal no line starts alone")
func neighbourhoodOfWeakSignalsSeeds() async throws {
    try await expectAppealCut("Your $5 keeps us on the beat.\nMembers read every story without ads.\nThank you.")
}

@Test("streaming prices addressed to the reader, with ad-free tiers and cancelling, are not an appeal")
func streamingPriceArticleStays() async throws {
    let text = """
    Streaming prices climb again
    Subscribers to the largest video services will pay more from March.
    The basic plan rises to $9 a month, while the ad-free tier costs $16.
    You can cancel anytime, but annual plans are not refundable.
    Analysts expect more households to rotate between services.
    """
    #expect(try await strip(text).removed.isEmpty)
}

@Test("a price addressed to the reader in consumer news is not an appeal")
func readerPriceInNewsStays() async throws {
    let text = Article.bridge + "\nYour $5 coffee now costs $6 at most cafés in town.\nPrices rose again in March.\nMany owners blame the rent."
    #expect(try await strip(text).removed.isEmpty)
}

@Test("a short button opening with a call verb calls to act even without a lexicon phrase")
func callVerbButtonSeeds() async throws {
    try await expectAppealCut("Good journalism costs money.\nThe Harbour Gazette belongs to its readers, and we'd be funded for a year if each gave $3.\nSupport The Harbour Gazette\nMonthly\nAnnual\nOne-time")
}

@Test("short article sentences opening with a call verb stay")
func callVerbSentencesInArticleStay() async throws {
    let text = Article.council + "\nSupport for the plan grew over the summer.\nGive it time, the mayor told residents."
    #expect(try await strip(text).removed.isEmpty)
}

@Test("an editor's note of several sentences on one line among others goes whole")
func editorsNoteParagraphGoesWhole() async throws {
    try await expectAppealCut("A note from the editors: Local radio is vanishing across the state. Our small team covers the capital every day. Members make that possible. Join today from $4 a month.")
}

@Test("a closing button merged with the article's next short line goes, the line stays")
func buttonMergedWithArticleLine() async throws {
    let opening = "Markt zieht um\nDer Wochenmarkt zieht im April auf den Kirchplatz, teilte die Stadt mit.\n"
    let appeal = "Mehr aus Ihrer Stadt: Der kostenlose Newsletter bringt Ihnen jeden Abend die wichtigsten Nachrichten.\nJetzt anmelden\n"
    let closing = "Der Markt bleibt samstags geöffnet."
    let document = try await strip(opening + appeal + closing)
    #expect(document.text == opening + closing)
}

@Test("a tip jar under a helpfulness question and a channel pitch are appeals; a reported call to follow a channel is not")
func tipJarAndChannelPitch() async throws {
    try await expectAppealCut("Was this article helpful?\nTip the reporter\n$2 $5 $10")
    try await expectAppealCut("Подписывайтесь на наш канал в телеграме, чтобы первыми узнавать главное.\nПодписаться", after: "Мост откроют в мае.\nРаботы почти закончены, сообщили в мэрии.")
    let reported = "Мост откроют в мае.\nВласти призвали жителей подписаться на канал МЧС, сообщили в мэрии.\nРаботы почти закончены."
    #expect(try await strip(reported).removed.isEmpty)
}

@Test("a call in the newsroom's voice and 'we' asks for the outlet without naming it; a quoted campaign 'we' does not")
func callInNewsroomVoiceWithoutNamingIt() async throws {
    try await expectAppealCut("Thanks for reading! If this piece helped you, consider buying our team a coffee.\nBuy us a coffee")
    let quoted = Article.bridge + "\n''With your help, we're going to win this state in November,'' the senator told supporters on Monday."
    #expect(try await strip(quoted).removed.isEmpty)
}

@Test("a priced call naming the medium starts an appeal; the same call reported from a campaign's flyers stays")
func pricedCallSeeds() async throws {
    try await expectAppealCut("Members read this story first. Already a member? Log in. Not yet? Join for $5.")
    let reported = Article.bridge + "\nReaders started a drive to save the paper. Subscribe to save the Courier, their flyers say, for $10 a month."
    #expect(try await strip(reported).removed.isEmpty)
}

@Test("donation and email count as weak giving and sign-up words: a one-line plea in the middle goes, a report stays")
func donationWordFamily() async throws {
    let plea = "Our reporters cover the harbour every day. Keep them there with a monthly donation of any size.\n"
    let document = try await strip(Article.council + "\n" + plea + Article.bridge)
    #expect(document.text == Article.council + "\n" + Article.bridge)
    let report = Article.bridge + "\nDonations poured in after the fire, organisers said in an email on Monday."
    #expect(try await strip(report).removed.isEmpty)
}

@Test("a short button is not merged with a full sentence after it; a call broken over short lines still is")
func buttonNotMergedWithNextSentence() async throws {
    let opening = Article.bridge + "\n"
    let closing = "Weekend sailings are not affected."
    let document = try await strip(opening + "Get the Harbour Post in your inbox. Free, every Friday.\nSign up\n" + closing)
    #expect(document.text == opening + closing)
    try await expectAppealCut("Please support\nour newsroom\nwith a monthly gift.\nThank you")
}

@Test("a plea to support the author names the medium by its author; a report about an author stays")
func supportTheAuthor() async throws {
    let article = "Мост откроют в мае.\nРаботы почти закончены, сообщили в мэрии."
    try await expectAppealCut("Понравился текст? Поддержите автора: даже 100 рублей имеют значение.\nПоддержать автора", after: article)
    let report = article + "\nАвтор книги поддержал протест жителей, сообщили СМИ."
    #expect(try await strip(report).removed.isEmpty)
}
