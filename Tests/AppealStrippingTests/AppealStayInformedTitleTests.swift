import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A newsletter or channel box's title that promises to keep the reader informed carries no sign-up
// word ("Never miss a local story."), yet no article line opens that way. Our own lines; an
// article's sentences with the same words stay.

private let story = Article.ferryStory

@Test("a title promising to keep the reader informed is cut at the top, between paragraphs and at the end",
      arguments: ["Never miss a local story.", "Stay informed with free updates", "Keep Up With Harbourside",
                  "Stay up to date with the latest news. Follow HC on WhatsApp Channels.",
                  "Alles lesen. Mehr wissen. Nichts verpassen.", "Nie wieder einen Hafenbericht verpassen?",
                  "Restez informés chaque semaine", "📬 Оставайтесь в курсе последних событий!",
                  "Stay Updated with the Latest News!", "Don't miss out on breaking stories and in-depth articles.",
                  "Let's Stay Connected", "Immer aktuell informiert – mit dem Hafenkurier-Newsletter!"])
func stayInformedTitleIsCut(title: String) async throws {
    try await expectLineCutAtTopAndBetweenParagraphs(title, of: story)
    let atEnd = try await strip(story + "\n" + title, rulesOnly)
    #expect(atEnd.text.trimmingCharacters(in: .whitespacesAndNewlines) == story.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(atEnd.removed.map(\.reason) == ["prompt"])
}

@Test("an article's line that reports, quotes, runs long or only holds the words stays")
func sentencesWithStayInformedWordsStay() async throws {
    for line in ["Never miss a dose, the harbour nurse said.",
                 "“Stay informed,” the mayor urged residents.",
                 "Keep up with the ferry timetable changes by checking the notices posted at the harbour office each week.",
                 "Ferry crews can't keep up with the repairs",
                 "Nie wieder Hochwasser im Hafenviertel",
                 "Don't miss out on the fireworks over the harbour on Saturday.",
                 "DON'T MISS THESE HEADLINES FROM THE HARBOUR TRIBUNE",
                 "Let's stay connected to the mainland, the ferry captain told the council.",
                 "Immer gut informiert war der Hafenmeister über den Fährplan."] {
        try await expectLineKeptBetweenParagraphs(line, of: story)
    }
}

@Test("a stay-informed title is told by its opening or a German promise, within 70 code points")
func stayInformedTitleShape() {
    let stripper = AppealStripper(lineModel: nil)
    let title = { (line: String) in stripper.isStayInformedTitle(TextLine.lines(of: line)[0]) }
    #expect(title("• Stay connected"))
    #expect(title("Bleiben Sie auf dem Laufenden"))
    #expect(!title("Stay informedness matters"))
    #expect(!title("Nie wieder Krieg"))
    #expect(!title("Keep up with the latest ferry news by reading the notices posted at the harbour"))
    // Over 70 code points: a sentence, however it opens.
    #expect(title("Stay informed with free updates on the ferry and the harbour board"))
    #expect(!title("Stay informed with free updates on the ferry, the harbour board and the council every week"))
}

@Test("a title right above a prompt that ends the text is cut with it (the prompt's cut takes the line break before it)")
func stayInformedTitleAboveEndPromptIsCut() async throws {
    let text = Article.ferryStory + "\nRestez informés !\nEntrez votre adresse mail pour vous abonner à la newsletter"
    let document = try await strip(text, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines)
            == Article.ferryStory.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(Set(document.removed.map(\.reason)) == [AppealStripper.promptReason])
}

@Test("a stay-informed title above a newsroom's letter about itself is cut on its own; the letter, kept, stays whole")
func stayInformedTitleAboveKeptLetterIsCut() async throws {
    let letter = """
    The Harbour Ledger turns three: thank you, readers
    This will not be the most neutral column I have written for the Harbour Ledger, since I obviously have a stake in it, but I cannot help passing the news along.
    When we relaunched the Harbour Ledger three years ago, we expected a few thousand readers a month. This autumn more than 40,000 of you read us every week, and our reporters now cover every council meeting in the county.
    We are grateful to every reader who wrote to us, argued with us or sent us a tip. Our newsroom is small, and your letters keep our reporting honest.
    Next year we will add a second reporter for the harbour district and a weekly page of readers' letters.
    """
    let document = try await strip("Stay connected with us\n" + letter)
    #expect(document.text == letter)
    #expect(document.removed.map(\.reason) == [AppealStripper.promptReason])
}
