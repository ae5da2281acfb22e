import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A donation address after a label in which the newsroom speaks or the reader is addressed: a piece
// of a channel description, or a label line over the address. Our own lines; a link to someone
// else's fund, reported or without "we" and "you", stays.

@Test("a donation address and its label are cut from a description line, the rest of the line stays",
      arguments: [
          ("Официальный канал «Вестника» ", "Делаем журналистику вместе с вами ➡️ https://vestnik.example/donate", " Написать нам: @vestnik_bot"),
          ("Interviews and talks from the harbour. ", "We exist only thanks to your support https://paypal.me/harbourtalks", " Also on video."),
      ])
func donationAddressPieceIsCut(before: String, piece: String, after: String) async throws {
    let document = try await strip(Article.inserting(before + piece + after, into: Article.parom), rulesOnly)
    #expect(document.removed.map(\.text) == [piece])
}

@Test("a bare address after a short call and its colon is cut as a line of its own")
func bareAddressAfterCallIsCut() async throws {
    let document = try await strip(Article.inserting("Допомогти Причалу: prychal.example/donate", into: Article.parom), rulesOnly)
    #expect(document.text == Article.parom)
}

@Test("a donation call with its address closing a long paragraph is cut, the paragraph stays")
func addressClosingLongParagraphIsCut() async throws {
    let before = String(repeating: "The ferry terminal will close in spring, the council said on Tuesday after a long debate. ", count: 8)
    let piece = "Faites un don pour nous soutenir en cliquant sur le lien https://quai.example/donation/"
    let document = try await strip(Article.inserting(before + piece, into: Article.parom), rulesOnly)
    #expect(document.removed.map(\.text) == [piece])
}

@Test("a long paragraph ending in someone else's donation address stays")
func longParagraphWithOthersAddressStays() async throws {
    let paragraph = String(repeating: "The flood hit the harbour district hardest, the mayor said on Tuesday after a visit. ", count: 8)
        + "Donations for the flood victims can be made at https://relief.example/donate"
    try await expectLineKeptBetweenParagraphs(paragraph, of: Article.parom)
}

@Test("a label line over a line holding only the donation address goes with it")
func donationLabelLineIsCut() async throws {
    let box = "Делаем журналистику вместе с вами\n➡️ https://supportvestnik.example"
    #expect(try await strip(Article.inserting(box, into: Article.parom), rulesOnly).text == Article.parom)
}

@Test("a link to someone else's fund stays: reported, for the people it helps, or without we and you",
      arguments: [
          "Spenden sammelt der Verein unter https://verein.example/spenden, sagte der Vorsitzende.",
          "Donations for the flood victims: https://relief.example/donate",
          "Readers gave €5,000 to the shelter this year https://shelter.example/donate",
          // Another newsroom's call passed on: a statement before the colon, not a short call.
          "Sans annonceurs, la rédaction vit de son public : chaque don consolide son indépendance : https://revue.example/soutenir",
      ])
func otherFundLinksStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.faehrterminal), rulesOnly).removed.isEmpty)
}
