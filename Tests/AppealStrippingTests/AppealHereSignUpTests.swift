import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A call to sign up or subscribe "here" for the outlet's own newsletter or subscription is cut, on a
// line of its own or after the article's sentence on its line; a sign-up for someone else's service,
// a report, a quotation and a call nobody is told to follow stay. Our own lines.

@Test("a call to sign up here for the outlet's newsletter or subscription is cut",
      arguments: [
          "This article first appeared in the Harbour Daily newsletter, sign up here.",
          "If you haven't subscribed to the Harbour Ledger yet, sign up at this link .",
          "Get the Harbour Brief newsletter by signing up here.",
          "The Harbour Brief is our morning newsletter on the port. Sign up below to get it in your inbox.",
          // The sentences before it that speak of the medium go with it.
          "The Harbour Ledger is a nonprofit newsroom covering the port. Get its free newsletter by signing up here.",
          "Note: this is an edition of my Harbour Notes newsletter. You can browse past editions and subscribe here.",
          // A short remark after it too.
          "Hello and welcome to Harbour Notes, a newsletter about the port. If you want it in your inbox, sign up right here. Otherwise, keep scrolling…",
      ])
func hereSignUpIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).text == Article.ferryStory)
}

@Test("after the article's sentence on its line, only the call is cut")
func hereSignUpAfterArticleSentenceIsCut() async throws {
    let text = Article.inserting("Not bad. (Also, you can subscribe right here!)", into: Article.ferryStory)
    let document = try await strip(text, rulesOnly)
    #expect(document.text == Article.inserting("Not bad.", into: Article.ferryStory))
    #expect(document.removed.map(\.reason) == ["prompt"])
}

@Test("another's sign-up, a report, a quotation and a call nobody is told to follow stay",
      arguments: [
          "To receive county emergency alerts, sign up here.",
          "Volunteers for the beach cleanup can sign up here.",
          "Parents can subscribe here to the school district's text alerts.",
          "Residents who want the city's newsletter can sign up here.",
          // The call's sentence names nothing to sign up for: the newsletter before it may be another's.
          "The mayor's office publishes a weekly newsletter. You can sign up here.",
          "\"Sign up here for our newsletter,\" the campaign's website urges visitors.",
          "The rival paper's editor said readers could subscribe here, on its new app.",
          "Sign up here for updates on the newsletter, the rival paper's editor told readers on Monday.",
          "Subscribe here to the police department's newsletter on road closures.",
      ])
func otherHereSignUpsStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("a call followed by the article's sentence on its line is not cut whole")
func hereSignUpBeforeArticleSentenceKeepsIt() async throws {
    let line = "If you haven't subscribed to the Harbour Ledger yet, sign up at this link. The ferry will keep running on Sundays until March, the port said."
    let document = try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly)
    #expect(document.text.contains("The ferry will keep running on Sundays until March, the port said."))
}

@Test("at the end of a long paragraph, the call goes and the article's sentences before it stay")
func hereSignUpEndingLongParagraphIsCut() async throws {
    let article = "The ferry carried 41,000 passengers last year, the port's annual report shows. The council will "
        + "decide on Tuesday whether to keep the Sunday sailings, which lose money in winter. Council member Ruth "
        + "Okafor said she would vote to keep them until the new pier opens."
    let line = article + " Not bad for an old boat. (Also, you can subscribe to our newsletter right here!)"
    let document = try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly)
    #expect(document.text == Article.inserting(article + " Not bad for an old boat.", into: Article.ferryStory))
}
