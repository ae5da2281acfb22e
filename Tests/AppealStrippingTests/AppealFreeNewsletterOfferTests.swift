import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An offer of the outlet's free newsletter on a line of its own, with no sign-up word and no "our"
// ("Get the free Harbour Morning email …"), also as a page's banner on the first line after a slogan.
// Our own lines; an article's tip offering a service's free thing, a quotation and a report stay.

private let story = Article.ferryStory

@Test("an offer of the outlet's free newsletter is cut between paragraphs",
      arguments: ["Get the free Harbour Morning email and keep up with the stories that count.",
                  "Get the free Harbour Morning email.",
                  // A mark after the newsletter ends the offer, whatever follows.
                  "Get the free Harbour Morning email: it arrives before the first ferry.",
                  "Receive the free Quayside Briefing every weekday morning.",
                  "Holen Sie sich den kostenlosen Newsletter direkt in Ihr Postfach.",
                  // The outlet's own newsletter by name, without "free".
                  "Get The Pulse, our Friday briefing on harbour health.",
                  "Get 'The Pulse,' our Friday briefing on harbour health."])
func freeNewsletterOfferIsCut(line: String) async throws {
    try await expectPromptCutBetweenParagraphs(line, of: story)
}

@Test("a tip offering a service's free thing, a quotation and a report of the offer stay",
      arguments: ["Get the free flu shot at the harbour clinic on Saturday morning.",
                  "Get the free email reminders from the county before the next storm.",
                  "\"Get the free Harbour Morning email,\" the mayor told the council.",
                  "Get the free harbour newsletter at the library, the librarian said.",
                  "Get the free Okafor campaign newsletter and follow the candidate's tour of the harbour.",
                  // "Our" without a newsletter right after it.
                  "Get our tips for the storm season from the harbour master's guide.",
                  "Get our map of the ferry routes and the timetable email."])
func otherFreeOffersStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: story)
}

@Test("a slogan and the offer as the first line, the page's banner, are cut; the headline below stays")
func bannerOfferOnFirstLineIsCut() async throws {
    let banner = "Cut through the noise: Get the free Harbour Morning email and keep up with the stories that count.\n"
    let document = try await strip(banner + story)
    #expect(document.text == story)
    #expect(rebuild(document) == banner + story)
}

@Test("a plain line about the outlet right below a cut first line is the lede, not a remark between two cuts")
func ledeBelowCutBannerStays() async throws {
    let banner = "Cut through the noise: Get the free Harbour Morning email and keep up with the stories that count.\n"
    let lede = "You asked, and I listened: this week the Harbour Ledger's photo desk shares the calmest picture in its archive.\n"
    let box = """
    Did you know?
    We started the Harbour Ledger as a nonprofit because no wealthy backer would ever pay for the reporting we wanted to do.
    Readers now cover most of what we spend. Please donate today to keep our reporting free for everyone.
    Donate now

    """
    let rest = "The picture shows the old cannery wharf just after sunset, taken from the ferry in 1994.\n"
    let document = try await strip(banner + lede + box + rest)
    #expect(document.text.hasPrefix(lede))
    #expect(!document.text.contains("Please donate today"))
}
