import Testing
import PipelineKit
@testable import AppealStripping

// One plain line about the medium standing alone between two cuts (found by different passes) goes
// with them. Our own sentences; an article's line between two cuts that reports, quotes or names
// someone in need stays, and so does a line between repeated chrome and a cut.

/// The text of `lines` joined, and the cuts of the lines at `cut` (whole lines, as the passes cut them).
private func sandwiched(_ lines: [String], cut: [Int], reason: String = "appeal") -> [String] {
    let text = lines.joined(separator: "\n")
    let textLines = TextLine.lines(of: text)
    let cuts = cut.map { AppealStripper.wholeLinesCut($0, $0, in: textLines, reason: reason) }
    let scalars = Array(text.unicodeScalars)
    return AppealStripper(lineModel: nil).sandwichedLineCuts(between: cuts, lines: textLines).map { found in
        String(String.UnicodeScalarView(scalars[found.span.start..<found.span.end]))
    }
}

private let around = ["Ferry terminal to close next year",
                      "The city council voted on Tuesday to close the old ferry terminal.",
                      "To read on for free, please sign up for our newsletter.",
                      "",
                      "MIDDLE",
                      "Unlock all our reporting with our free newsletter »",
                      "The terminal opened in 1962."]

@Test("a line about the medium standing alone between two cuts is cut with them, blank lines and all")
func lineAboutTheMediumBetweenTwoCutsIsCut() {
    var lines = around
    lines[4] = "The Valley Ledger is an independent newsroom covering schools, housing and health in the valley."
    #expect(sandwiched(lines, cut: [2, 5]) == [lines[4] + "\n"])
}

@Test("a line between two cuts stays when it reports, quotes, names someone in need or follows repeated chrome")
func articleLineBetweenTwoCutsStays() {
    for middle in ["The harbour authority said the terminal would close by the end of next year.",
                   "\"We will miss the old terminal,\" one ferry worker told our reporter.",
                   "The food bank needs volunteers for its new depot at the terminal, our reporter learned."] {
        var lines = around
        lines[4] = middle
        #expect(sandwiched(lines, cut: [2, 5]).isEmpty, "\(middle)")
    }
    var lines = around
    lines[4] = "The Valley Ledger is an independent newsroom covering schools, housing and health in the valley."
    #expect(sandwiched(lines, cut: [2]).isEmpty)
    #expect(sandwiched(lines, cut: [2, 5], reason: "repeated-boilerplate").isEmpty)
}

@Test("two sentences about the medium between two cuts, a slogan and a line about the outlet, are cut with them")
func twoSentencesAboutTheMediumBetweenTwoCutsAreCut() {
    var lines = around
    lines[4] = "Facts matter. Journalism matters.\nThe Valley Ledger has been the valley's source of independent news since 1984."
    let text = lines.joined(separator: "\n")
    let split = text.components(separatedBy: "\n")
    #expect(sandwiched(split, cut: [2, 6]) == [lines[4] + "\n"])
}

@Test("an episode's title over its blurb between two cuts stays: a title ends no sentence")
func episodeTitleAndBlurbBetweenTwoCutsStay() {
    var lines = around
    lines[4] = "The Long View Episode 7: the quarry deaths\nIn this week's episode of The Long View on our channel, our host talks to a rights campaigner."
    let split = lines.joined(separator: "\n").components(separatedBy: "\n")
    #expect(sandwiched(split, cut: [2, 6]).isEmpty)
}
