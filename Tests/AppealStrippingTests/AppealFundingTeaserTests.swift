import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A one-line teaser for the outlet's page about how it is funded, ending in a link arrow. Our own
// sentences; links to related stories, and funding words that are not the newsroom's own, stay.

private let story = Article.ferryStory

@Test("a teaser for the newsroom's funding page ending in a link arrow is cut, at the top and between paragraphs",
      arguments: ["Did you know the Valley Ledger is a nonprofit? Learn more about our independent journalism »",
                  "Wir sind unabhängig und werbefrei. Mehr erfahren →",
                  "Notre rédaction est indépendante et sans publicité : en savoir plus ›"])
func fundingTeaserIsCut(teaser: String) async throws {
    try await expectLineCutAtTopAndBetweenParagraphs(teaser, of: story)
}

@Test("a link to a related story, or to someone else's independent body, stays")
func otherLinksStay() async throws {
    for link in ["Learn more about our investigation into the ferry contracts »",
                 "Learn more about the independent inquiry into the terminal »",
                 "Did you know the ferry is run by a nonprofit? Learn more about the trust »"] {
        try await expectLineKeptBetweenParagraphs(link, of: story)
    }
}

@Test("a line ends with an arrow when its last mark is '→', '›', '>' or a '»' no '«' opened; a closing quotation mark is none")
func linkArrowsAreToldFromClosingQuotes() {
    let arrow = { (line: String) in TextLine.lines(of: line)[0].endsWithArrow }
    #expect(arrow("Read more about our newsroom »"))
    #expect(arrow("Weiterlesen ›"))
    #expect(arrow("Become a member →"))
    #expect(!arrow("Он ответил: «Нет»"))
    #expect(!arrow("Il a répondu « non »"))
    #expect(!arrow("Read more about our newsroom."))
}
