import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A button of the page's top bar scraped as the document's first line, above the headline: cut when
// its object is the medium ("us", "today", "our", a medium's word, a subscription's object, a web
// address, a name ending in a masthead's word, a member of it). A headline that opens with a call for
// someone else stays, even when its text repeats its words ("Support Local Farmers" over "Local
// farmers are struggling").

/// A headline and two sentences of an article.
private let barStory = """
Ferry terminal to close next year
The city council voted on Tuesday to close the old ferry terminal by the end of next year.
Council member Ruth Okafor said the building had cost more to heat than it earned in fees.
"""

@Test("a top bar's button above the headline is cut",
      arguments: ["Subscribe Today!", "Support us", "Please support our newsroom", "Subscribe to the Harbour Gazette",
                  "Mitglied werden", "Поддержать harbourgazette.ua", "Donate now", "» Subscribe Today!",
                  "Support The Harbour Gazette", "Back The Harbour Gazette", "Stand with The Harbour Gazette!",
                  "Become a Harbour Gazette sponsor", "Werde Förderer", "Devenez membre", "Contribuez", "Jetzt beitreten"])
func topButtonCut(button: String) async throws {
    let text = button + "\n" + barStory
    let document = try await strip(text)
    #expect(document.text == barStory)
    #expect(rebuild(document) == text)
}

@Test("a headline opening with a call for someone else, or quoting one, stays, though its text repeats its words",
      arguments: [("Support Local Farmers", "Local farmers are struggling after a dry summer, and the market hall wants shoppers to buy from them."),
                  ("Help Ukraine", "Volunteers in the harbour district collected blankets and generators for Ukraine on Saturday."),
                  ("Join the Protest", "Hundreds are expected to join the protest against the ferry terminal closure on Friday."),
                  ("Donate Blood", "The Red Cross asked residents to donate blood at the community centre this week."),
                  ("Back to The Harbour Gazette", "The Harbour Gazette asked the council for the vote count on Tuesday."),
                  ("Back the Bond Measure", "The bond measure would pay for a new ferry terminal, its backers said."),
                  ("Stand with Ukraine", "Volunteers in the harbour district collected blankets for Ukraine on Saturday."),
                  ("Become a Poll Worker", "The county needs more poll workers for the November election, the clerk said."),
                  ("Back the legion's harbour post", "Veterans want the legion's harbour post to stay open after the lease ends in May."),
                  ("Support the Post Office", "Residents rallied on Saturday to keep the harbour branch of the post office open."),
                  ("Spende", "Der Kleingärtnerverein hat am Dienstag 800 Euro an die Waldkita übergeben."),
                  ("“Support us”", "The mayor repeated her plea to residents at Tuesday's council meeting."),
                  ("»Donate now«", "With those two words on a banner the mayor asked the clubs for help on Tuesday."),
                  ("Back the Bid", "The town's bid to host the regional games goes to a vote on Thursday.")])
func callHeadlineStays(headline: String, sentence: String) async throws {
    try await expectUntouched(headline + "\n" + sentence + "\nThe organisers said more details would follow on Monday.")
}

@Test("a button that is the whole text stays (nothing follows it)")
func loneButtonStays() async throws {
    try await expectUntouched("Mitglied werden")
}

@Test("a top button inside a block the veto drops comes back on its own (held-out batch 149)")
func topButtonInVetoedBlockCut() async throws {
    let text = try DevSetScore.text(fixture: "heldout-batch149", id: "b149-oknoua-slovo-chitatelyam-top")
    let document = try await strip(text)
    #expect(!document.text.hasPrefix("Поддержать OKNO.ua"))
    #expect(document.text.hasPrefix("Обращение к читателям"))
}

@Test("a newsletter platform's header above a publication's first post is cut; the phrase inside an article's line stays")
func platformHeaderCut() async throws {
    let text = "Discover more from The Quay Letter by Ruth Okafor\n" + barStory
    let document = try await strip(text)
    #expect(document.text == barStory)
    #expect(rebuild(document) == text)
    try await expectUntouched(barStory + "\nDiscover more from the harbour's history at the museum on Quay Road")
}

@Test("a call to back or stand with a masthead right above the lede is cut; a call to back a measure stays",
      arguments: ["Back The Harbour Courier", "Stand with The Harbour Courier!"])
func mastheadButtonAboveLedeCut(button: String) async throws {
    let story = "Council approves the new ferry schedule after a long debate.\n\nThe vote was seven to two, the clerk said.\n"
    let document = try await strip(button + "\n" + story)
    #expect(document.text == story)
    try await expectUntouched("Back the Ferry Measure\n" + story)
}
