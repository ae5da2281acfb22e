import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Text whose line breaks were lost: an appeal's button glued onto the next headline, its lead-in
// glued behind the headline before it, and German nouns that are not headline junctions. Each
// mechanism comes with an article it must leave alone.

/// A run-together article that ends in an appeal.
let bridgeThenAppeal = "Harbour bridge reopens after repairs The bridge reopened on Monday, the city said. Engineers replaced two cables. "
    + "Our reporting is paid for by readers like you. Please support our newsroom with a monthly gift today. "
let busFares = "The regional transport authority said single tickets would cost more from May. Season tickets keep their price. Students still pay half."

/// Expects `appeal`, glued onto the end of `article`, to be cut and the article to stay.
func expectGluedAppealCut(_ appeal: String, onto article: String, options: [String: OptionValue] = [:],
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let document = try await strip(article + appeal, options)
    #expect(document.text == article, sourceLocation: sourceLocation)
}

/// Expects `appeal` between two article sentences of a run-together text to be cut, and the text
/// with `kept` there instead to stay untouched.
func expectMiddleAppealCut(_ appeal: String, between first: String, and last: String, keeping kept: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    let document = try await strip(first + " " + appeal + " " + last)
    #expect(document.text == first + " " + last, sourceLocation: sourceLocation)
    #expect(try await strip(first + " " + kept + " " + last).removed.isEmpty, sourceLocation: sourceLocation)
}

/// Expects `appeal` glued onto ``busFares`` to be cut, and `article` glued onto it to stay.
func expectGluedAppealCutAndArticleKept(appeal: String, article: String,
                                        sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
    try await expectGluedAppealCut(appeal, onto: busFares, sourceLocation: sourceLocation)
    #expect(try await strip(busFares + article).removed.isEmpty, sourceLocation: sourceLocation)
}

@Test("a button glued onto the next headline goes with the appeal; the headline stays")
func buttonGluedOntoHeadline() async throws {
    let text = bridgeThenAppeal + "Choose your amount Bus fares rise again in May " + busFares
    let document = try await strip(text)
    #expect(!document.text.contains("Choose your amount"))
    #expect(document.text.contains("Bus fares rise again in May " + busFares))
    #expect(rebuild(document) == text)
}

@Test("an article sentence after an appeal that names a place in capitals is not a button")
func sentenceWithNameAfterAppealStays() async throws {
    let text = bridgeThenAppeal + "Monthly fees at Lyon Airport rise again in May, the operator said. " + busFares
    let document = try await strip(text)
    #expect(!document.text.contains("Please support our newsroom"))
    #expect(document.text.contains("Monthly fees at Lyon Airport rise again in May, the operator said."))
}

@Test("a lead-in glued behind the headline goes with the appeal; the headline and a reporting sentence stay")
func leadInGluedBehindHeadline() async throws {
    let appeal = "The story you just read was paid for by a few thousand readers. Will you be one of them? Support our newsroom with a monthly gift today. "
    let text = "Bus fares rise again in May for the third time in two years " + appeal + busFares
    let document = try await strip(text)
    #expect(document.text.hasPrefix("Bus fares rise again in May for the third time in two years"))
    #expect(!document.text.contains("The story you just read"))
    #expect(document.text.contains(busFares))
    let reported = "Bus fares rise again in May The paper's readers said on Tuesday they would boycott the buses. "
        + "Will you be one of them? Support our newsroom with a monthly gift today. " + busFares
    let kept = try await strip(reported)
    #expect(kept.text.contains("The paper's readers said on Tuesday they would boycott the buses."))
}

@Test("a capital after an article or preposition is a noun, not a headline junction")
func junctionsSkipJoiningWords() {
    func junctions(_ text: String) -> [Int] { AppealStripper.junctions(in: Array(text.unicodeScalars)) }
    #expect(junctions("Sie lesen gerade den Abend-Newsletter unserer Lokalredaktion").isEmpty)
    #expect(junctions("Donate to the Center").isEmpty)
    #expect(junctions("Brücke bleibt gesperrt Sie lesen") == [23])
}

@Test("a German newsletter pitch flattened onto the article goes whole, from its first word")
func germanNewsletterPitchGoesWhole() async throws {
    let article = "Der Wochenmarkt zieht auf den Kirchplatz. Die Händler rechnen mit weniger Kundschaft. Die Stadt stellt Schilder auf."
    let pitch = " Sie lesen gerade den Abend-Newsletter unserer Lokalredaktion, jeden Werktag in Ihrem Postfach. Hier kostenlos anmelden:"
    try await expectGluedAppealCut(pitch, onto: article)
}

@Test("a piece holding a button and the next headline is split: the button goes, the headline stays")
func bracketButtonSplitFromHeadline() async throws {
    let appeal = "Did you enjoy this piece? I run this newsletter alone, with no company behind me. If it was useful, you can buy me a coffee. [Buy me a coffee] "
    let article = "Harbour bridge reopens after repairs The bridge reopened on Monday after six weeks, the city said. Engineers replaced two cables. Traffic is back to normal."
    let document = try await strip(appeal + article)
    #expect(document.text == article)
}

@Test("a headline glued before an appeal is split off and stays; a reported call after a headline stays")
func headlineSplitFromAppeal() async throws {
    let appeal = "Give the gift of local news this winter. Gift subscriptions start at $20 a year. Give a gift "
    let document = try await strip("Bus fares rise again in May " + appeal + busFares)
    #expect(document.text.hasPrefix("Bus fares rise again in May"))
    #expect(!document.text.contains("Give"))
    #expect(document.text.hasSuffix(busFares))
    let reported = "Bus fares rise again in May Give the gift of a season ticket, the transport authority urged parents on Tuesday. " + busFares
    #expect(try await strip(reported).removed.isEmpty)
}

@Test("a sign-up box flattened onto the article goes whole, its title name not split as a headline")
func flattenedSignUpBoxGoesWhole() async throws {
    let article = "Miners end strike after pay deal The miners returned to work on Tuesday, the union said. Police said the protest had been peaceful."
    let box = " Get the Evening Briefing Three stories. Ten minutes. Every weeknight. Your email Sign me up No spam. Unsubscribe at any time."
    try await expectGluedAppealCut(box, onto: article)
}

@Test("the same paywall prompt flattened at the top and the end goes twice; the salutation of one is not the other's")
func paywallPromptTwiceInRunTogetherText() async throws {
    let prompt = "This article is reserved for subscribers. Read it and many more with a digital subscription. The first month is free."
    let article = "Tram strike halts city traffic A strike stopped trams on Monday. The union said it wants higher pay. Employers called the strike excessive."
    let document = try await strip(prompt + " " + article + " " + prompt)
    #expect(document.text == article)
}

@Test("a short call right after an inline appeal goes with it; a longer sentence opening with the same verb stays")
func shortCallAfterInlineAppeal() async throws {
    let appeal = "The story you just read was paid for by a few thousand readers. Will you be one of them? Support our newsroom with a monthly gift. "
    let text = "Bus fares rise again in May " + appeal + "Become a founding reader today. " + busFares
    let document = try await strip(text)
    #expect(!document.text.contains("founding reader"))
    #expect(document.text.hasSuffix(busFares))
    let sentence = "Support for the new fare plan grew among commuters this spring. "
    let kept = try await strip("Bus fares rise again in May " + appeal + sentence + busFares)
    #expect(kept.text.contains(sentence + busFares))
}

@Test("a short exclamation right before an inline appeal opens it; a longer one stays")
func shortExclamationOpensInlineAppeal() async throws {
    let appeal = " Free media can only do as much as their readers allow – by reading, sharing and paying, however small the sum. Please support our work. Thank you!"
    try await expectGluedAppealCut(" You matter!" + appeal, onto: busFares)
    let exclaimed = " The old fares will never come back!"
    #expect(try await strip(busFares + exclaimed + appeal).text.hasPrefix(busFares + exclaimed))
}

@Test("a matched-gift sum in the newsroom's voice is no reporting of others' money")
func matchedGiftSumIsNoReporting() async throws {
    try await expectGluedAppealCutAndArticleKept(
        appeal: " Before you scroll on We're asking readers in the valley to give what they can. Every gift is matched up to $20,000. Give now",
        article: " The hospital's appeal raised $20,000 in a week.")
}

@Test("a run-together paragraph naming the reader and the medium is judged sentence by sentence; a plain one stays")
func readerAndMediumParagraphJudged() async throws {
    try await expectGluedAppealCutAndArticleKept(
        appeal: " Who pays for this reporting? You do. Thousands of readers give to the Ledger each year. Add your name to the list. Give to the Ledger",
        article: " You can read the full report on the authority's website. Readers complained about the fares on Tuesday.")
}

@Test("an appeal in the middle of a short run-together text goes (three or four sentences); a reported or quoted one stays",
      arguments: [
        ("Want the latest headlines delivered free every weekday? Sign up for our Daily Briefing.",
         "Cycle lanes approved The council approved three lanes, a spokesman said.", "Work will start in September.",
         "We will build them fast, the mayor said. Cyclists welcomed it."),
        ("SUBSCRIBER EXCLUSIVE: Get unlimited access to the Ledger for just $1 for 6 months.",
         "Bus fares rise again in May, the transport authority said.", "Season tickets keep their price.",
         "The Ledger said its readers get unlimited access for $1 a month."),
      ])
func appealInShortRunTogetherText(appeal: String, first: String, last: String, kept: String) async throws {
    try await expectMiddleAppealCut(appeal, between: first, and: last, keeping: kept)
}

@Test("odd pieces after an appeal (brackets, colons, a lone capital) do not trip the junction checks")
func oddPiecesAfterAppeal() async throws {
    for tail in ["[] X marks the spot on the harbour map.", "(): Z", "] A", ": B c D e", "[Buy] Ab", "x] Y z w"] {
        let text = bridgeThenAppeal + tail
        let document = try await strip(text)
        #expect(rebuild(document) == text)
    }
}
