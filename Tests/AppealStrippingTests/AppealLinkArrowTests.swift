import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A "»" used as a link's arrow ("» Subscribe to our newsletter", "Become a member »") opens no
// quotation: the line is in the page's own words. Our own lines; a "»" that closes a quotation
// (« … », »…«, or a long line ending a quotation opened above) stays a quotation mark.

@Test("a '»' opening a line before a space, or ending a short line no quotation mark opened, is no quotation mark")
func arrowGuillemetIsNoQuotationMark() {
    #expect(TextNormalizer.normalized("» Read more") == Array("read more".utf8))
    #expect(TextNormalizer.normalized("Watch the film »") == Array("watch the film".utf8))
    #expect(TextNormalizer.normalized("Il a répondu « non »") == Array("il a répondu \" non \"".utf8))
    #expect(TextNormalizer.normalized("Jetzt über »Zahl, was du kannst« mitmachen").contains(0x22))
    #expect(TextNormalizer.normalized("He said \"we stay\" »") == Array("he said \"we stay\" \"".utf8))
    #expect(TextNormalizer.normalized("He said “we stay” »") == Array("he said \"we stay\" \"".utf8))
    let long = String(repeating: "the ferries will run until the new pier opens ", count: 2) + "»"
    #expect(TextNormalizer.normalized(long).last == 0x22)
}

@Test("an appeal line with a link's arrow before or after it is cut as the outlet's own words",
      arguments: [
          "» Please consider becoming a paid subscriber to the Harbour Wire for $6 a month.",
          "» Subscribe to our newsletter",
          "Become a member of the Harbour Wire »",
      ])
func appealWithLinkArrowIsCut(line: String) async throws {
    let story = Article.council + "\n" + line
    #expect(try await strip(story, rulesOnly).text == Article.council)
}

@Test("a line ending with a link's arrow is still read as an arrow, and a closing quotation mark is not")
func trailingArrowStillEndsWithArrow() {
    #expect(TextLine.lines(of: "Learn more about our newsroom »")[0].endsWithArrow)
    #expect(!TextLine.lines(of: "Il a répondu « non »")[0].endsWithArrow)
}
