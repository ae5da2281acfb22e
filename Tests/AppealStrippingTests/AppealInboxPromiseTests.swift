import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A newsletter box's promise to deliver the outlet's news to the reader's mailbox (or phone) often carries no
// sign-up word ("Today's breaking news and more in your inbox"), nor does the interest form under it.
// Our own lines; an article's advice about the reader's mailbox, a reported or quoted promise, a
// question and a headline stay.

private let story = Article.ferryStory

@Test("a promise of the outlet's news in the reader's inbox is cut between paragraphs and at the end",
      arguments: ["Today's breaking news and more in your inbox", "Get our harbour stories in your inbox.",
                  "Have Ada Brennan's latest columns delivered to your inbox",
                  "Nos lettres d'info, gratuites, dans votre boîte mail",
                  "Die wichtigsten Nachrichten vom Hafen direkt in Ihr Postfach",
                  "Unseren Hafen-Newsletter bequem ins Postfach bekommen.",
                  "Главные новости недели — на вашу почту",
                  "Have columns, reader letters and our editorials land in your email every week!",
                  "SEND THE MORNING HARBOUR BRIEFING STRAIGHT TO YOUR EMAIL",
                  "Breaking harbour news, pushed right to your phone.",
                  // A podcast's episodes, and a mailbox written without its accent.
                  "Recevez les derniers épisodes du Port directement dans votre boite, et bien plus..."])
func inboxPromiseIsCut(line: String) async throws {
    let between = try await strip(Article.inserting(line, into: story), rulesOnly)
    #expect(between.text == story)
    #expect(between.removed.map(\.reason) == [AppealStripper.promptReason])
    let atEnd = try await strip(story + "\n" + line, rulesOnly)
    #expect(atEnd.text.trimmingCharacters(in: .whitespacesAndNewlines) == story.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test("an interest form's line under a newsletter box's promise is cut with it; under an article line it stays")
func interestFormLineIsCut() async throws {
    let box = "Today's breaking news and more in your inbox\nI'm interested in (please check all that apply)"
    let document = try await strip(Article.inserting(box, into: story), rulesOnly)
    #expect(document.text == story)
    #expect(Set(document.removed.map(\.reason)) == [AppealStripper.promptReason])
    try await expectLineKeptBetweenParagraphs("Which routes do you use? (please check all that apply)", of: story)
}

@Test("an article's line about the reader's mailbox, a reported or quoted promise and a question stay",
      arguments: ["Your property tax bill should arrive in your inbox by Friday.",
                  "Your ferry pass renewal should arrive in your email by Friday.",
                  "A text message with your boarding code is sent to your phone before each crossing.",
                  "The harbour newsletter lands in your inbox every Monday, the port authority said.",
                  "“Fresh ferry news in your inbox,” the council's leaflet promised.",
                  "Why do fake news stories about the ferries keep landing in your inbox?"])
func otherInboxLinesStay(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: story)
}

@Test("a headline about news in the reader's inbox stays")
func inboxHeadlineStays() async throws {
    let text = "Harbour news in your inbox: the port tries a weekly email\n" + story
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}

@Test("an inbox promise is told by where it delivers and what, within 100 code points; an interest form by its request, within 60")
func inboxPromiseShape() {
    let stripper = AppealStripper(lineModel: nil)
    let promise = { (line: String) in stripper.isInboxPromise(TextLine.lines(of: line)[0]) }
    #expect(promise("The Most Popular News of the day in your Inbox daily."))
    #expect(!promise("Directly in your inbox"))
    // The opinion pages delivered, in five languages.
    for line in ["Get opinion pieces sent directly to your inbox weekly!", "Get our editorials sent straight to your inbox",
                 "Unsere Meinungsseite jeden Freitag direkt in Ihr Postfach", "Unsere Kommentare jeden Freitag direkt in Ihr Postfach",
                 "Nos éditoriaux chaque semaine dans votre boîte mail", "Nos chroniques chaque semaine dans votre boîte mail",
                 "Колонки недели — на вашу почту", "Мнения экспертов — на вашу почту", "Аналитика недели — на вашу почту",
                 "Думки експертів — на вашу пошту", "Аналітика тижня — на вашу пошту"] {
        #expect(promise(line), "\(line)")
    }
    #expect(!promise("Your opinion poll ballot will arrive in your inbox on Monday, the council said."))
    #expect(!promise("Get the harbour stories that matter to the whole of the waterfront and its ferries in your inbox every weekday."))
    let form = { (line: String) in AppealStripper.isInterestForm(TextLine.lines(of: line)[0]) }
    #expect(form("I'm interested in (please check all that apply)"))
    #expect(!form("Residents were asked to check all that apply on the council's form about the terminal."))
}

@Test("a promise on the first line, above the page's first story, is cut when a call opens it or it names the outlet's own; a lone one stays",
      arguments: ["Get opinion pieces, letters and editorials sent directly to your inbox weekly!",
                  "Columns, reader letters and our editorials, delivered to your inbox each week!"])
func inboxPromiseOnFirstLineIsCut(line: String) async throws {
    let document = try await strip(line + "\n" + story, rulesOnly)
    #expect(document.text == story)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
    #expect(try await strip(line, rulesOnly).removed.isEmpty)
}

@Test("a headline about someone else's newsletter on the first line names no call and no 'our', and stays")
func inboxHeadlineWithoutOwnStays() async throws {
    let headline = "Harbour news in your inbox: the port authority tries a weekly email\n" + story
    #expect(try await strip(headline, rulesOnly).removed.isEmpty)
}
