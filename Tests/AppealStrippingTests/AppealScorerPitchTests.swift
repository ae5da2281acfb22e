import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

/// Scorers with no weights: every unit gets the same probability (≈ 0.993 or ≈ 0.007).
private let trusting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: 5)
private let doubting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -5)

/// An invented one-line newsletter pitch the rules alone pass over (too little evidence for a block).
private let pitch = "Get our free weekly briefing in your inbox."

private func run(_ text: String, _ stripper: AppealStripper) async throws -> Document {
    try await StageHarness.run(stripper, on: Document(id: "d", text: text))
}

@Test("a short pitch the rules pass over is cut when the line scorer rates it as appeal text, its probability in the appeals layer")
func scorerCutsShortPitch() async throws {
    let text = Article.council + "\n" + pitch + "\n\n" + Article.bridge
    // (With prompts on, the pitch's promise of the inbox is cut as a prompt: see AppealInboxPromiseTests.)
    #expect(try await run(text, AppealStripper(removesPrompts: false, lineModel: trusting, veto: 0, scorerPitches: 0)).removed.isEmpty)
    #expect(try await run(text, AppealStripper(removesPrompts: false, lineModel: doubting)).removed.isEmpty)
    let cut = try await run(text, AppealStripper(removesPrompts: false, lineModel: trusting, veto: 0))
    #expect(cut.removed.map(\.text) == [pitch])
    #expect(cut.text == Article.council + "\n\n\n" + Article.bridge)
    let entry = cut.layers[AppealStripper.appealsLayer.name]?.arrayValue?.first
    #expect(entry?["reason"]?.stringValue == "appeal")
    #expect(entry?["probability"]?.doubleValue == 0.993)
}

@Test("the bundled scorer takes a newsletter one-liner between article paragraphs for a pitch")
func bundledScorerCutsNewsletterOneLiner() async throws {
    let text = Article.council + "\n" + pitch + "\n\n" + Article.bridge
    // (With prompts on, the line is an offer of the outlet's own newsletter: see AppealFreeNewsletterOfferTests.)
    let document = try await run(text, AppealStripper(removesPrompts: false))
    #expect(document.removed.map(\.text) == [pitch])
}

@Test("a sentence without an appeal cue, or longer than a pitch, is never cut by the scorer alone")
func scorerNeedsCueAndShortUnit() async throws {
    // Article lines carry no call, voice or price: a scorer that rates everything as appeal text leaves them.
    #expect(try await run(Article.council + "\n" + Article.bridge, AppealStripper(lineModel: trusting, veto: 0)).removed.isEmpty)
    let long = "Get our free weekly briefing in your inbox, with the harbour board's minutes, the ferry timetable changes, "
        + "the planning applications lodged at the town hall and the results of every council vote explained in plain words."
    #expect(long.utf8.count > AppealStripper.scorerPitchBytes)
    #expect(try await run(Article.council + "\n" + long + "\n\n" + Article.bridge, AppealStripper(lineModel: trusting, veto: 0)).removed.isEmpty)
}

@Test("a sentence the scorer rates as appeal text stays when it is someone else's: after an attribution's colon, inside quotation marks, before a lone closing mark")
func scorerSparesQuotedSentences() async throws {
    let stripper = AppealStripper(lineModel: trusting, veto: 0)
    let attributed = "The Valley Courier is short of its target. Its editor, Mara Lind, told me: Nobody else covers the valley. " + pitch + " The drive ends on Friday."
    #expect(try await run(attributed, stripper).removed.isEmpty)
    let quoted = "In its note the Valley Courier wrote “We are nearly there. " + pitch + " Thank you.” The drive ends on Friday."
    #expect(try await run(quoted, stripper).removed.isEmpty)
    let lostOpening = "The valley has one paper left. Get our free weekly briefing in your inbox,” the last line of the note reads.\nThe drive ends on Friday."
    #expect(try await run(lostOpening, AppealStripper(lineModel: trusting, veto: 0, scorerPitches: 0)).removed.isEmpty)
    #expect(try await run(lostOpening, stripper).removed.isEmpty)
}

@Test("a box printed twice is neither vetoed nor trimmed; printed once, the same box is vetoed")
func boxPrintedTwiceIsNotVetoed() async throws {
    // (No subscription or membership word: a prompt of those is page chrome the veto does not judge.)
    // (Longer than 150 code points: a shorter block of whole lines is never vetoed.)
    let box = "Before you go\nOur reporting is free because readers like you pay for it, and it stays free for everyone "
        + "who cannot.\nEvery gift keeps a reporter at the council meetings. Chip in today.\n"
    let twice = box + "\n" + Article.council + "\n\n" + box
    let stripper = AppealStripper(lineModel: doubting, veto: 1, scorerPitches: 0)
    let document = try await run(twice, stripper)
    #expect(document.removed.count == 2)
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == Article.council)
    let once = try await run(Article.council + "\n\n" + box, stripper)
    #expect(once.removed.isEmpty)
    #expect(once.layers[AppealStripper.appealsLayer.name]?.arrayValue?.map { $0["reason"]?.stringValue } == [AppealStripper.vetoedReason])
}

@Test("training leaves out the units of gold page chrome instead of teaching them as appeal text")
func trainingSkipsChromeUnits() throws {
    let address = "Harbour Gazette\n12 Harbour Road\n"
    let text = address + Article.council
    let chrome = Span(start: 0, end: address.unicodeScalars.count)
    let trainer = AppealLineTrainer()
    let withChrome = trainer.units(of: [AppealLineTrainer.Example(text: text, gold: [], chrome: [chrome], isNegative: false)])
    let without = trainer.units(of: [AppealLineTrainer.Example(text: text, gold: [], isNegative: false)])
    #expect(without.count == withChrome.count + 2)
    #expect(withChrome.allSatisfy { !$0.label })
    let read = try AppealLineTrainer.examples(jsonl: #"{"text": "a\nb", "gold": [{"start": 0, "end": 1, "reason": "repeated-boilerplate"}, {"start": 2, "end": 3}]}"#,
                                              file: "t.jsonl")
    #expect(read.first?.chrome == [Span(start: 0, end: 1)])
    #expect(read.first?.gold == [Span(start: 2, end: 3)])
}

@Test("a short block of whole lines is never vetoed; the same sentences inside a run-together line are")
func shortLineBlockIsNotVetoed() async throws {
    // A scorer that rates every unit 0.12: above the edge trim, below the veto.
    let unsure = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -2)
    let stripper = AppealStripper(lineModel: unsure, veto: 0.35, scorerPitches: 0)
    let box = "Support local journalism.\nChip in today and keep our reporters at the council meetings.\n"
    #expect(box.unicodeScalars.count < AppealStripper.vetoedLength)
    let lines = try await run(Article.council + "\n\n" + box, stripper)
    #expect(lines.text.trimmingCharacters(in: .whitespacesAndNewlines) == Article.council)
    let runTogether = (Article.council + " " + box).replacingOccurrences(of: "\n", with: " ")
    let judged = try await run(runTogether, stripper)
    #expect(judged.removed.isEmpty)
    #expect(judged.layers[AppealStripper.appealsLayer.name]?.arrayValue?.map { $0["reason"]?.stringValue } == [AppealStripper.vetoedReason])
}

@Test("one call sentence inside an article's paragraph is judged by the veto; the same call as a line of its own is not")
func singleSentenceInParagraphIsJudged() async throws {
    // The scorer rates every unit 0.12: above the edge trim, below the veto.
    let unsure = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -2)
    let stripper = AppealStripper(lineModel: unsure, veto: 0.35, scorerPitches: 0)
    let call = "Donate now to keep our reporters at the council meetings."
    let line = try await run(Article.council + "\n" + call + "\n\n" + Article.bridge, stripper)
    #expect(line.removed.map(\.text) == [call + "\n\n"])
    let paragraph = Article.council.replacingOccurrences(of: "\n", with: " ") + " " + call + "\n\n" + Article.bridge
    let judged = try await run(paragraph, stripper)
    #expect(judged.removed.isEmpty)
    #expect(judged.layers[AppealStripper.appealsLayer.name]?.arrayValue?.map { $0["reason"]?.stringValue } == [AppealStripper.vetoedReason])
    // Without the veto the rules cut it.
    let rules = try await run(paragraph, AppealStripper(lineModel: unsure, veto: 0, scorerPitches: 0))
    #expect(rules.removed.map(\.text) == [" " + call])
}

@Test("a scorer pitch never ends on a name's initial: an embedded post's signature after a glued sign-up stays whole")
func pitchNeverEndsOnInitial() async throws {
    let text = "Mayor backs new bus lanes\nThe mayor said on Monday that the city would add bus lanes on three avenues. "
        + "She announced it on social media: <tweet id=\"1\" author=\"@mlopez\" datetime=\"2024-06-03\">Bus lanes are coming to "
        + "Main, Elm and Oak! SIGN UP FOR OUR NEWSLETTER — Maria K. Lopez (@mlopez) June 3, 2024</tweet>.\n\n"
        + "Critics said the lanes would slow car traffic."
    let document = try await strip(text)
    #expect(document.text.contains("— Maria K. Lopez (@mlopez)"))
}
