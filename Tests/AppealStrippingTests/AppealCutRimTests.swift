import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The rim of a small box that a one-line rule cut from the middle of the text: the teaser question
// above it, the link button under it, the rest of a line it broke with an ellipsis. Our own lines;
// a subheading asking the reader something, an article line under a pitch and a line opening with
// an ellipsis under a line that does not break stay.


private func box(_ lines: String...) -> String { lines.joined(separator: "\n") }

@Test("a box's teaser question and link button around a sign-up cut between paragraphs go with it")
func teaserAndButtonAroundSignUpAreCut() async throws {
    let text = Article.inserting(box("Need daily harbour news on your phone?", "Follow us on Telegram!", "Click here"), into: Article.ferryStory)
    #expect(try await strip(text, rulesOnly).text == Article.ferryStory)
}

@Test("the rest of a line a box broke with an ellipsis goes with the cut line")
func ellipsisContinuationIsCut() async throws {
    let text = Article.inserting(box("Subscribe to the Quayside Weekly newsletter...", "...and our evening ferry alerts"), into: Article.ferryStory)
    #expect(try await strip(text, rulesOnly).text == Article.ferryStory)
}

@Test("a subheading question, an article line under a pitch and an ellipsis under an unbroken line stay")
func otherNeighboursStay() async throws {
    for (neighbour, above) in [("What will the new pier cost you?", true), ("Learn more about the pier at the town hall on Friday.", false),
                               ("...and the ferry will keep running, the harbour master said.", false)] {
        let lines = above ? box(neighbour, "Follow us on Telegram!") : box("Follow us on Telegram!", neighbour)
        let document = try await strip(Article.inserting(lines, into: Article.ferryStory), rulesOnly)
        #expect(document.text.contains(neighbour), "\(neighbour)")
        #expect(!document.text.contains("Follow us on Telegram!"))
    }
}

@Test("a line saying what the sign-up keeps the reader from missing goes with the cut call above it")
func keepingUpPurposeNextToCallIsCut() async throws {
    let below = box("Subscribe to our newsletter!", "To never miss a story from the harbour and everything we report on the ferries and the port's plans!")
    #expect(try await strip(Article.inserting(below, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
    let french = box("Abonnez-vous à notre infolettre!", "Pour ne rien rater de l'actualité du port et tout savoir sur nos enquêtes sur les traversées!")
    #expect(try await strip(Article.inserting(french, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("a purpose line naming another party next to a cut call stays")
func thirdPartyKeepingUpLineStays() async throws {
    let line = "To stay informed, residents can register for the county's emergency alerts, the sheriff said."
    let document = try await strip(Article.inserting(box("Subscribe to our newsletter!", line), into: Article.ferryStory), rulesOnly)
    #expect(document.text.contains(line))
    #expect(!document.text.contains("Subscribe to our newsletter!"))
}

@Test("a short question whether the reader wants to read on goes with the paywall notice under it")
func readingOnQuestionAboveNoticeIsCut() async throws {
    let text = Article.inserting(box("Want to read more?", "This story is only for paying subscribers."), into: Article.ferryStory)
    #expect(try await strip(text, rulesOnly).text == Article.ferryStory)
}

@Test("a subheading asking whether others read more stays above a cut notice")
func othersReadingQuestionStays() async throws {
    let text = Article.inserting(box("Do teens read more?", "This story is only for paying subscribers."), into: Article.ferryStory)
    let document = try await strip(text, rulesOnly)
    #expect(document.text.contains("Do teens read more?"))
    #expect(!document.text.contains("paying subscribers"))
}
