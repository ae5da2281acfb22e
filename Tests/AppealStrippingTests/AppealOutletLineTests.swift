import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// Outlet lines: whole lines a researcher names (`lines`, `lines-file`), removed wherever they stand
// as a line of their own, and the miner that proposes them from their repetition across a corpus.
// Our own sentences.

private let button = "Back the Harbour Ledger today"

@Test("a configured outlet line is cut wherever it stands alone, white space collapsed, and the original is recoverable")
func outletLineIsCutWhereItStandsAlone() async throws {
    let text = "  Back the   Harbour Ledger today \n" + Article.inserting(button, into: Article.council)
    let document = try await strip(text, rulesOnly.merging(["lines": .stringList([button])]) { $1 })
    #expect(document.text == Article.council)
    #expect(document.removed.map(\.reason) == ["outlet-line", "outlet-line"])
    #expect(rebuild(document) == text)
}

@Test("an outlet line stays inside a sentence, with other letter case, or when it is not configured")
func outletLineNeedsAWholeLine() async throws {
    let inSentence = Article.inserting("Readers were asked to Back the Harbour Ledger today by its editor, the paper said.", into: Article.council)
    let otherCase = Article.inserting("back the harbour ledger today", into: Article.council)
    for text in [inSentence, otherCase] {
        #expect(try await strip(text, rulesOnly.merging(["lines": .stringList([button])]) { $1 }).removed.isEmpty)
    }
    #expect(try await strip(Article.inserting(button, into: Article.council), rulesOnly).removed.isEmpty)
}

@Test("in mark mode an outlet line is listed in the appeals layer and the text is kept")
func outletLineIsMarked() async throws {
    let text = Article.inserting(button, into: Article.council)
    let document = try await strip(text, rulesOnly.merging(["lines": .stringList([button]), "mode": .string("mark")]) { $1 })
    #expect(document.text == text)
    let marks = document.layers[AppealStripper.appealsLayer.name]?.arrayValue ?? []
    #expect(marks.map { $0["reason"]?.stringValue } == ["outlet-line"])
}

@Test("a lines file is read relative to the pipeline, with comments skipped and an escaped '#' line kept")
func linesFileIsRead() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlet-lines-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "# 4 documents, e.g. a, b\n\(button)\n\n\\#LedgerLive: join our newsletter\n".write(toFile: folder + "/lines.txt", atomically: true, encoding: .utf8)
    let stage = try AppealStripper.descriptor.makeStage(rulesOnly.merging(["lines-file": .string("lines.txt")]) { $1 },
                                                        environment: StageEnvironment(baseDirectory: folder))
    let text = Article.inserting("#LedgerLive: join our newsletter\n" + button, into: Article.council)
    let document = try await StageHarness.run([stage], on: text)
    #expect(document.text == Article.council)
    #expect(OutletLines.parse("# comment\n\\\\x\n") == ["\\x"])
}

@Test("a missing lines file is an error naming it")
func missingLinesFileIsReported() throws {
    #expect {
        _ = try AppealStripper.descriptor.makeStage(["lines-file": .string("/nonexistent/lines.txt")])
    } throws: { error in
        "\(error)".contains("cannot read lines file '/nonexistent/lines.txt'")
    }
}

@Test("the miner proposes a line with an appeal cue repeated across documents, with its count and first ids")
func minerProposesRepeatedAppealLines() {
    var miner = AppealLineMiner(minimumDocuments: 3)
    let stories = [Article.council, Article.bridge, Article.ferryStory, Article.radwege]
    for (i, story) in stories.enumerated() {
        // On every page: the button; "Read more" (no cue); a report; an editor's note (a header alone); a
        // sentence that mentions sign-ups to nobody.
        miner.add(id: "d\(i)", text: story + "\n" + button + "\nRead more\nThe charity said donors should give before Friday."
                  + "\nEditor's note: The writer serves on the harbour board."
                  + "\nMany clubs have survived by lowering sign-up fees and offering family memberships to new players.")
    }
    #expect(miner.repeatedLines() == [.init(text: button, documents: 4, examples: ["d0", "d1", "d2"])])
}

@Test("a line in fewer documents than the minimum is not proposed, and a copy of a document counts once")
func minerNeedsDistinctDocuments() {
    var miner = AppealLineMiner(minimumDocuments: 3)
    miner.add(id: "a", text: Article.council + "\n" + button)
    miner.add(id: "a-mirror", text: Article.council + "\n" + button)
    miner.add(id: "b", text: Article.bridge + "\n" + button)
    #expect(miner.repeatedLines().isEmpty)
    #expect(miner.duplicateCount == 1)
    miner.add(id: "c", text: Article.ferryStory + "\n" + button)
    #expect(miner.repeatedLines().map(\.documents) == [3])
}

@Test("proposed lines come most frequent first")
func minerSortsByCount() {
    var miner = AppealLineMiner(minimumDocuments: 2)
    let newsletter = "Sign up for our free morning newsletter"
    let stories = [Article.council, Article.bridge, Article.ferryStory]
    for (i, story) in stories.enumerated() {
        miner.add(id: "\(i)", text: story + "\n" + (i == 0 ? "" : button + "\n") + newsletter)
    }
    #expect(miner.repeatedLines().map(\.text) == [newsletter, button])
}

@Test("with groups, a line counts only when one outlet's documents repeat it")
func minerCountsWithinAnOutlet() {
    var miner = AppealLineMiner(minimumDocuments: 2)
    let stories = [Article.council, Article.bridge, Article.ferryStory, Article.radwege]
    // The button on two pages of the Ledger and on one page of each of two other outlets.
    for (i, outlet) in ["Ledger", "Ledger", "Courier", "Gazette"].enumerated() {
        miner.add(id: "\(i)", text: stories[i] + "\n" + button, group: outlet)
    }
    #expect(miner.repeatedLines() == [.init(text: button, group: "Ledger", documents: 2, examples: ["0", "1"])])
}
