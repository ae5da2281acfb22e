import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A pitch asking the reader to keep the medium free to read, and a box whose title and plea frame a
// button and a list of bare words. Our own lines; an article's line keeping other things free, a
// campaign's slogan the article names and a list of dates between two cuts stay.

private let story = Article.ferryStory

@Test("a pitch to keep the medium free to read is cut between paragraphs and at the end",
      arguments: ["Support the independent voice of Harbourside and help keep the future of the Quay Tribune free.",
                  "Chip in today and help our newsroom stay free for everyone.",
                  "Give what you can and keep our reporting free for everyone."])
func freeKeepingPitchIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: story), rulesOnly).text == story)
    let atEnd = try await strip(story + "\n" + line, rulesOnly)
    #expect(atEnd.text.trimmingCharacters(in: .whitespacesAndNewlines) == story.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Test("a box of a free-keeping title, a button, a list of bare words and a plea under the headline is cut whole")
func freeKeepingBoxIsCut() async throws {
    let box = "Keep Quay Tribune Free\nI Support\n• Local\n• Community\n• Journalism\n"
        + "Support the independent voice of Harbourside and help keep the future of the Quay Tribune free."
    let document = try await strip(Article.inserting(box, into: story), rulesOnly)
    #expect(document.text == story)
}

@Test("an article's line keeping other things free, a reported call and a slogan the article names stay")
func otherFreeKeepingLinesStay() async throws {
    for line in ["Volunteers keep the harbour paths free of litter every Sunday morning.",
                 "The new ferry pass keeps rides free for pensioners until March.",
                 "Please help keep the ferry free for everyone this summer.",
                 "Help keep our reporting free, the editor urged readers at the meeting, according to the minutes."] {
        try await expectLineKeptBetweenParagraphs(line, of: story)
    }
    let slogan = "Students march for free tuition\nHundreds of students marched to the capitol on Monday.\nKeep Tuition Free\n"
        + "The governor said tuition would rise by 4 percent next year."
    #expect(try await strip(slogan, rulesOnly).removed.isEmpty)
}

@Test("bare words between two cuts go only when one of them asks or names the medium and none is a date")
func sandwichedLabelsNeedACueAndNoDate() async throws {
    let pitch = "Support the independent voice of Harbourside and help keep the future of the Quay Tribune free."
    let dated = "Keep Quay Tribune Free\nThursday, April 13\n06:00\n" + pitch
    let document = try await strip(Article.inserting(dated, into: story), rulesOnly)
    #expect(document.text.contains("Thursday, April 13\n06:00"))
    let plain = "Keep Quay Tribune Free\nHarbour\nQuays\n" + pitch
    #expect(try await strip(Article.inserting(plain, into: story), rulesOnly).text.contains("Harbour\nQuays"))
}
