import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The closing of a fund-raising letter under a kept block: a valediction, a bare thanks, and the
// signature under a valediction go with the block; a name with no valediction above it, a clause
// that only opens like a thanks, and the page's button under a signature with a title stay.

/// The scoring units of `lines`, one per line, as the veto sees a block's rim.
private func units(_ lines: [String]) -> [ScoringUnit] {
    var start = 0
    return lines.map { line in
        defer { start += line.unicodeScalars.count + 1 }
        return ScoringUnit(span: Span(start: start, end: start + line.unicodeScalars.count), text: Substring(line))
    }
}

@Test("a valediction or a bare thanks closes a letter",
      arguments: ["With gratitude,", "All the best,", "Thank you on behalf of the Gazette team,", "Mit freundlichen Grüßen,",
                  "С уважением,", "Thank you.", "Danke!"])
func valedictionClosesLetter(line: String) {
    #expect(AppealStripper.closesLetter(units(["Donate today", line]), at: 1))
}

@Test("a clause that opens like a thanks, a long line and a report sentence close no letter",
      arguments: ["Thanks to the new ferry schedule,", "Thank you to the volunteers who counted every vote in the harbour district that night,",
                  "The team thanked the fans.", "Thank you, she said, was all he wrote."])
func clauseIsNoValediction(line: String) {
    #expect(!AppealStripper.closesLetter(units(["Donate today", line]), at: 1))
}

@Test("a signature under a valediction closes a letter, and a title under a bare name goes with it")
func signatureUnderValedictionClosesLetter() {
    let closing = units(["Donate today", "With gratitude,", "Mara Quint", "Founder and publisher"])
    #expect(AppealStripper.closesLetter(closing, at: 2))
    #expect(AppealStripper.closesLetter(closing, at: 3))
}

@Test("a name with no valediction above it, under a bare thanks, or under a signature with its title, stays")
func nameWithoutValedictionStays() {
    #expect(!AppealStripper.closesLetter(units(["Donate today", "Ruth Okafor"]), at: 1))
    #expect(!AppealStripper.closesLetter(units(["Donate today", "Thank you.", "Ruth Okafor"]), at: 2))
    #expect(!AppealStripper.closesLetter(units(["Donate today", "With thanks,", "Mara Quint, editor", "Share"]), at: 3))
    #expect(!AppealStripper.closesLetter(units(["Donate today", "With thanks,", "Mara Quint", "Harbour plans were shown on Friday."]), at: 3))
}

@Test("a letter's closing under a cut appeal goes with it, and the cartoonist's credit under it stays (batch 42)")
func letterClosingCutCreditKept() async throws {
    let document = try await strip(try DevSetScore.text(fixture: "unseen-batch42", id: "b42-commonweal-cartoon-end"))
    // The scorer rates the valediction and the signature low: before the rim took them, they stayed.
    #expect(!document.text.contains("Onward,"))
    #expect(!document.text.contains("Publisher and Editor-at-Large"))
    #expect(document.text.contains("Nina Farrow is a prize-winning illustrator"))
}

@Test("a bare thanks closing a kept appeal's paragraph goes with it (batch 82's donor letter)")
func bareThanksUnderKeptAppealCut() async throws {
    let document = try await strip(try DevSetScore.text(fixture: "unseen-batch82", id: "b82-lantern-after-election-donor-letter-whole"))
    // Before the rim took it, the sentence before it was cut and the thanks stayed.
    #expect(!document.text.contains("for everyone who cares about it"))
    #expect(!document.text.contains("Thank you."))
}

@Test("a valediction of more than eight words is a clause, though it opens like a thanks and ends with a comma")
func longValedictionIsClause() {
    #expect(!AppealStripper.closesLetter(units(["Donate today", "Thanks, we all said, and then we went home,"]), at: 1))
}
