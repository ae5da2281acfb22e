import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Layouts met on real pages: appeals flattened into a paragraph, documents that lost their line
// breaks, button rows, forms and walls. Own invented texts.

@Test("a long appeal flattened onto the last paragraph goes from its salutation on, with the story it tells")
func flattenedLongAppeal() async throws {
    let paragraph = "The council will publish the consultation results in May."
    let appeal = "Dear reader, reporting like this takes weeks and costs real money. Last spring a series by our team showed that a care home had hidden falls. Two weeks later the regulator closed it. The law changed in the autumn. That is what journalism can do. Will you make a gift today? Donate now"
    let text = Article.council + "\n" + paragraph + " " + appeal
    let document = try await strip(text)
    #expect(document.text == Article.council + "\n" + paragraph)
    #expect(rebuild(document) == text)
}

@Test("in a short document whose line breaks were lost, an appeal between article sentences is cut")
func runTogetherMiddleAppeal() async throws {
    let before = "Nurses at the district hospital will strike for two days next week. The union said night shifts were badly understaffed."
    let appeal = "This report is free because members pay for it. If you value reporting like this, join the readers who keep us independent. Membership starts at $4 a month."
    let after = "Hospital managers said they had hired 40 nurses since January. Planned operations will be moved, a spokeswoman said."
    let text = before + " " + appeal + " " + after
    let document = try await strip(text)
    #expect(document.text == before + " " + after)
}

@Test("a headline after a closing button is not taken with the appeal at the top")
func headlineAfterButtonStays() async throws {
    let appeal = """
    Help us keep this site free for everyone.
    Advertising no longer pays for our reporting. A small monthly gift from readers like you keeps our reporters on the road.
    Give now
    """
    let headline = "Former mayor jailed for taking bribes"
    let text = appeal + "\n" + headline + "\n" + Article.council
    let document = try await strip(text)
    #expect(document.text == headline + "\n" + Article.council)
}

@Test("a newsletter box of many short lines with a form and a button is removed")
func newsletterBoxOfShortLines() async throws {
    let box = """
    Get the Evening Briefing
    Three stories.
    Every weekday.
    Your email
    Sign me up
    No spam. Unsubscribe at any time.
    """
    let text = Article.council + "\n" + box
    let document = try await strip(text)
    #expect(document.text.hasPrefix(Article.council.trimmingSuffixNewline))
    #expect(!document.text.contains("Sign me up"))
    #expect(!document.text.contains("Unsubscribe"))
}

@Test("an ad-blocker notice and a German registration wall are removed")
func adBlockerAndRegistrationWall() async throws {
    let notice = """
    It looks like you're using an ad blocker.
    Ads pay for the reporters who cover your town. Please switch it off for our site, or go ad-free as a member for £2 a month.
    I've turned it off
    """
    let wall = """
    Lesen Sie weiter mit einem kostenlosen Konto
    Registrieren Sie sich jetzt und lesen Sie diesen Artikel kostenlos zu Ende.
    Jetzt registrieren
    """
    for appeal in [notice, wall] {
        try await expectAppealCut(appeal)
    }
}

@Test("a lead-in in the newsroom's 'we' goes with the appeal, also as the document's first line")
func weLeadInAtTop() async throws {
    let appeal = """
    We're a small newsroom with no billionaire owner.
    Our crowdfunder closes on Friday and we are still short of the target. If you can, put in a few pounds so we are funded for the year.
    Back us on our crowdfunder page
    """
    let text = appeal + "\n" + Article.council
    let document = try await strip(text)
    #expect(document.text == Article.council)
}

@Test("sentences inside a quotation opened earlier in the paragraph are quoted speech, not an appeal")
func quotationAcrossSentencesStays() async throws {
    let text = Article.bridge + "\n" + "The tourism minister ended her speech with an invitation: \"We have beautiful beaches and friendly towns. Join us on the island this summer!\""
    let document = try await strip(text)
    #expect(document.removed.isEmpty)
}

@Test("a podcast's listener pitch naming its own support is removed, a report on a podcast's income is kept")
func podcastPitchAndPodcastBusiness() async throws {
    let pitch = """
    This show is made possible by listeners.
    On our Patreon page, $4 a month gets you every episode without ads and a bonus episode each week.
    """
    let stripped = try await strip(Article.council + "\n" + pitch)
    #expect(stripped.text == Article.council)
    let report = """
    The history podcast, which is funded by listeners on Patreon, now has 18,000 paying supporters, its host told a trade conference.
    Supporters pay from $5 a month for ad-free episodes. The show turned down a deal with a streaming service last year.
    """
    let kept = try await strip(report)
    #expect(kept.removed.isEmpty)
}

extension String {
    /// The string without one trailing line break.
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}

@Test("a single writer's support-platform appeal and a gift-subscription promotion are removed")
func singleWriterAndGiftAppeals() async throws {
    let writer = """
    Liked this issue?
    I put this newsletter together alone, without a publisher. If it was useful, you can buy me a coffee on Ko-fi.
    """
    let gift = """
    Give the gift of local journalism this winter.
    Gift subscriptions start at $25 a year and come with a card from you.
    Give a gift
    """
    for appeal in [writer, gift] {
        try await expectAppealCut(appeal)
    }
}

@Test("when line breaks are lost, the headline glued to an appeal or after its button stays")
func runTogetherHeadlineStays() async throws {
    let appeal = "Our newsroom works from exile and our site is blocked at home. We stay independent only thanks to readers like you. Support us with a monthly gift today. Subscribe now"
    let headline = "Snow closes mountain pass for a third day"
    let article = "The pass road was closed again on Tuesday after another metre of snow fell overnight. Road crews said it could reopen on Thursday. Drivers were told to use the valley route, which adds about an hour."
    let top = appeal + " " + headline + " " + article
    let topDocument = try await strip(top)
    #expect(topDocument.text.hasPrefix(headline))
    #expect(topDocument.text.hasSuffix(article))
    let middle = headline + " " + appeal + " " + article
    let middleDocument = try await strip(middle)
    #expect(middleDocument.text.hasPrefix(headline))
    #expect(!middleDocument.text.contains("readers like you"))
}

@Test("paywall prompts reserving the article for subscribers are removed in German, French and Russian")
func subscriberOnlyPrompts() async throws {
    let prompts = [
        "Dieser Beitrag ist Abonnenten vorbehalten.\nMit einem Digitalabo lesen Sie alle Beiträge, die ersten zwei Wochen kostenlos.",
        "La suite de cet article est réservée aux abonnés.\nAbonnez-vous dès 2 € par mois, sans engagement.",
        "Этот материал доступен только для подписчиков.\nОформите подписку, чтобы читать дальше.",
    ]
    for prompt in prompts {
        try await expectAppealCut(prompt)
    }
}
