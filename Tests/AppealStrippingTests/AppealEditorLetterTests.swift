import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An editor's letter under a support box: its headline above the box and its first sentence glued
// onto the box's last line (a lost line break, no space) stay. Our own sentences.

private let box = """
Your support keeps the whole harbour in view
We send reporters to every council meeting, every court hearing and every flooded street. Your gift helps us keep doing it.
Readers of every political stripe trust The Quayside, and we keep every story free to read. Your support changes everything.
"""

@Test("an editor's letter headline above a box and the letter's sentences glued onto its last line stay")
func editorLetterAroundBoxStays() async throws {
    let headline = "Letter from the editor: We'll get through this winter together!\n"
    let letter = "The ferry did not run at all on Monday. By noon, I was standing on the quay with forty others."
    let document = try await strip(headline + box + letter + "\nNobody knew when the next boat would come.")
    #expect(document.text == headline + letter + "\nNobody knew when the next boat would come.")
}

@Test("a kicker over a call at the top is the appeal's own title and goes with it")
func kickerOverCallGoes() async throws {
    let text = "Editor's note: Support a free press this holiday\n" + box + "\n" + Article.council
    #expect(try await strip(text).text == Article.council)
}

@Test("sentences glued without a space split only between a lower-case letter and a capitalised word")
func gluedSentencesSplit() {
    func pieces(_ text: String) -> [String] { TextLine.lines(of: text)[0].sentences().map(\.text) }
    #expect(pieces("Your support changes everything.The ferry did not run.") == ["Your support changes everything.", "The ferry did not run."])
    #expect(pieces("The U.S.Army base and the A.B.C. depot stay open.").count == 1)
    #expect(pieces("Mehr dazu z.B.Berlin und die Ph.D.Arbeit am Hafen.").count == 1)
}

@Test("where line breaks were lost, the editor's-letter headline opening the text stays out of the box's cut")
func runTogetherEditorLetterHeadlineStays() async throws {
    let headline = "Letter from the editor: We'll get through this winter together! "
    let letter = "The ferry did not run at all on Monday. By noon, I was standing on the quay with forty others. Nobody knew when the next boat would come."
    let document = try await strip(headline + Article.runTogether(box) + " " + letter)
    #expect(document.text.hasPrefix(headline))
    #expect(!document.text.contains("Your gift helps us"))
}
