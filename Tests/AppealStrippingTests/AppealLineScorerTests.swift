import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

/// An invented appeal box of several lines.
private let appealBox = """
Before you go
Our newsroom is funded by readers like you, not by billionaires or advertisers.
We never put our reporting behind a paywall, because everyone deserves to know what happens in their town.
Please support us today with a monthly gift starting from just $5.
Donate now
"""

/// An invented article paragraph about donations (a hard negative).
private let charityReport = """
The Riverside Food Bank said on Monday that demand has doubled since spring.
Director Maria Lopez said the bank handed out 4,000 parcels in October, against 1,900 a year earlier.
The city council will vote next week on an emergency grant of $50,000 for the bank.
"""

/// A line model of 2^12 slots with the given feature weights (by name, as ``LineFeatures`` names
/// them) and bias, for tests that need to know what the scorer rates high.
private func handSetModel(_ named: [String: Float], bias: Float) -> AppealLineModel {
    let features = LineFeatures(bits: 12)
    var weights = [Float](repeating: 0, count: 1 << 12)
    for (name, weight) in named { weights[features.slot(name)] = weight }
    return AppealLineModel(bits: 12, weights: weights, bias: bias)
}

/// The spans a stripper keeps of one found block `block` (code points) of `text`, after its veto's
/// trimming and growth.
private func keptSpans(_ stripper: AppealStripper, block: Span, in text: String) -> [Span] {
    stripper.judged([(cut: Cut(span: block, reason: "appeal"), score: 9)], in: text).kept.map(\.cut.span)
}

/// The length of `s` in code points.
private func points(_ s: String) -> Int { s.unicodeScalars.count }

@Test("scoring units are lines, and the sentences of a line that holds several, with code-point spans")
func scoringUnitsSplitLinesAndSentences() {
    let text = "Привет, мир 🌍. Второе предложение!\n\nA second line? «Yes» it is.\nlast"
    let units = ScoringUnit.units(of: text)
    let scalars = Array(text.unicodeScalars)
    let pieces = units.map { unit in String(String.UnicodeScalarView(scalars[unit.span.start..<unit.span.end])) }
    #expect(pieces == ["Привет, мир 🌍.", "Второе предложение!", "A second line?", "«Yes» it is.", "last"])
    #expect(units.map { String($0.text) } == pieces)
}

@Test("a lowercase word after a full stop does not start a new scoring unit")
func lowercaseAfterStopStaysInUnit() {
    let units = ScoringUnit.units(of: "Prices rose 3.5 per cent. in March, said e.g. the bank.")
    #expect(units.count == 1)
}

@Test("line words are lowercased letter-and-digit runs with inner apostrophes kept")
func lineWordsAreLowercased() {
    #expect(LineFeatures.words(of: "We’re here: DONATE $5 today—Спасибо!") == ["we're", "here", "donate", "5", "today", "спасибо"])
}

@Test("the trainer separates appeal lines from article lines and is reproducible")
func trainerSeparatesAppealLines() throws {
    let appeal = "Support our newsroom today.\nDonate now and become a member.\n"
    let article = "The council met on Tuesday.\nThe mayor said the bridge will reopen in May.\n"
    let examples = (0..<20).flatMap { _ in
        [AppealLineTrainer.Example(text: article + appeal, gold: [Span(start: article.unicodeScalars.count,
                                                                       end: (article + appeal).unicodeScalars.count)],
                                   isNegative: false),
         AppealLineTrainer.Example(text: article, gold: [], isNegative: true)]
    }
    var trainer = AppealLineTrainer()
    trainer.bits = 12
    let model = trainer.train(examples)
    let units = ScoringUnit.units(of: article + appeal)
    let p = model.probabilities(of: units)
    #expect(p[0] < 0.2 && p[1] < 0.2)
    #expect(p[2] > 0.8 && p[3] > 0.8)
    #expect(trainer.train(examples).encoded() == model.encoded())
}

@Test("a model of several fits averages the weights of fits over differently shuffled units")
func runsAverageShuffledFits() throws {
    let appeal = "Support our newsroom today.\nDonate now and become a member.\n"
    let article = "The council met on Tuesday.\nThe mayor said we will all get to vote on the bridge.\n"
    let examples = (0..<6).flatMap { k in
        [AppealLineTrainer.Example(text: article + "Item \(k).\n" + appeal,
                                   gold: [Span(start: (article + "Item \(k).\n").unicodeScalars.count,
                                               end: (article + "Item \(k).\n" + appeal).unicodeScalars.count)],
                                   isNegative: false),
         AppealLineTrainer.Example(text: article + "Item \(k).\n", gold: [], isNegative: true)]
    }
    var single = AppealLineTrainer()
    single.bits = 10
    single.runs = 1
    let first = single.train(examples)
    single.seed += 1
    let second = single.train(examples)
    var pair = single
    pair.seed -= 1
    pair.runs = 2
    let averaged = pair.train(examples)
    // The shuffle matters for one fit, so the two single fits differ.
    #expect(first.weights != second.weights)
    for slot in averaged.weights.indices {
        #expect(abs(averaged.weights[slot] - (first.weights[slot] + second.weights[slot]) / 2) < 1e-5)
    }
    #expect(abs(averaged.bias - (first.bias + second.bias) / 2) < 1e-5)
    #expect(averaged.info["runs"]?.intValue == 2)
}

@Test("a model file round-trips through encoded() and load(path:)")
func lineModelRoundTrips() throws {
    var weights = [Float](repeating: 0, count: 1 << 10)
    weights[3] = 1.5
    weights[700] = -0.25
    let model = AppealLineModel(bits: 10, weights: weights, bias: -0.5)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("appeal-line-\(UUID().uuidString).json").path
    try model.encoded().write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let loaded = try AppealLineModel.load(path: path)
    #expect(loaded.bits == 10 && loaded.bias == -0.5)
    #expect(abs(loaded.weights[3] - 1.5) < 1e-4 && abs(loaded.weights[700] + 0.25) < 1e-4)
}

@Test("a file that is not a line model is rejected with its path named")
func badLineModelNamesFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-model-\(UUID().uuidString).json").path
    try #"{"format": "something-else"}"#.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect { try AppealStripper.descriptor.makeStage(["line-model": .string(path)]) } throws: { error in
        "\(error)".contains(path) && "\(error)".contains("not an appeal line model")
    }
}

@Test("the bundled line scorer rates an invented appeal box high and a report on giving low")
func bundledScorerSeparatesBoxFromReport() throws {
    let model = try AppealLineModel.bundled()
    let box = model.probabilities(of: ScoringUnit.units(of: appealBox))
    let report = model.probabilities(of: ScoringUnit.units(of: charityReport))
    #expect(box.reduce(0, +) / Double(box.count) > 0.8)
    #expect(report.reduce(0, +) / Double(report.count) < AppealStripper.defaultVeto)
}

@Test("the veto keeps a found block of several units that the line scorer rates below the threshold")
func vetoKeepsLowScoredBlocks() async throws {
    let text = Article.council + "\n\n" + appealBox
    // A scorer that rates every unit as article text (p ≈ 0.007) vetoes the box; veto 0 turns the check off.
    let doubting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -5)
    let kept = try await StageHarness.run(AppealStripper(lineModel: doubting, veto: 0.35), on: Document(id: "d", text: text))
    #expect(kept.text == text)
    // The `appeals` layer lists the kept block for auditing, with its mean appeal probability.
    let entries = kept.layers[AppealStripper.appealsLayer.name]?.arrayValue ?? []
    #expect(entries.map { $0["reason"]?.stringValue } == [AppealStripper.vetoedReason])
    #expect(entries.first?["start"]?.intValue == Article.council.unicodeScalars.count)
    #expect(entries.first?["probability"]?.doubleValue == 0.007)
    let marked = try await StageHarness.run(AppealStripper(mode: .mark, lineModel: doubting, veto: 0.35), on: Document(id: "d", text: text))
    #expect(marked.layers[AppealStripper.appealsLayer.name] == kept.layers[AppealStripper.appealsLayer.name])
    let cut = try await StageHarness.run(AppealStripper(lineModel: doubting, veto: 0), on: Document(id: "d", text: text))
    #expect(cut.removed.map(\.reason) == ["appeal"])
    #expect(cut.text.trimmingCharacters(in: .whitespacesAndNewlines) == Article.council)
}

@Test("a kept block grows over at most three neighbouring units the scorer rates as appeal text")
func keptBlockGrowsOverAppealRatedNeighbours() async throws {
    let text = Article.bridge + "\n" + Article.council + "\n\n" + appealBox
    // A scorer that rates every unit as appeal text (p ≈ 0.993, on its own words too) takes the
    // three article lines before the box and no more.
    let trusting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: 5)
    let document = try await StageHarness.run(AppealStripper(lineModel: trusting, veto: 0.35), on: Document(id: "d", text: text))
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == Article.bridge.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(rebuild(document) == text)
}

@Test("a neighbour rated as appeal text next to a kept block goes with it only when its own words rate at least 0.4")
func growthNeedsTheNeighboursOwnWords() throws {
    let quiet = "The harbour was quiet on Sunday.\n"
    let tell = "Tell a reader about it.\n"
    let box = "Donate now.\nSupport our newsroom today.\n"
    let text = quiet + tell + box
    // Box lines carry a call; a unit next to one rates as appeal text with its neighbours.
    // "reader" lifts a unit's own words to an even chance.
    let model = handSetModel(["c:action": 6, "n:c:action": 12, "nn:c:action": 24, "w:reader": 2], bias: -2)
    let units = ScoringUnit.units(of: text)
    let scores = model.scores(of: units, only: units.indices)
    #expect(LineFeatures.cueTags(of: units[1].text).contains("action") == false)
    #expect(scores[0]!.probability > 0.9 && scores[0]!.own < 0.4)
    #expect(scores[1]!.probability > 0.9 && scores[1]!.own >= 0.4)
    let boxCut = Cut(span: Span(start: points(quiet + tell), end: points(text)), reason: "appeal")
    let kept = AppealStripper(lineModel: model, veto: 0.35).judged([(cut: boxCut, score: 9)], in: text).kept
    #expect(kept.map(\.cut.span) == [Span(start: points(quiet), end: points(text))])
}

@Test("the veto never keeps repeated chrome or a one-line pitch")
func vetoSparesChromeAndOneLiners() async throws {
    let address = "Physical Address\n12 Harbour Road\nPortsmouth PO1 2AB\n"
    let text = address + address + Article.council + "\nSupport independent local journalism: become a member today and keep our reporting free.\n"
    let doubting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -5)
    let document = try await StageHarness.run(AppealStripper(lineModel: doubting, veto: 1), on: Document(id: "d", text: text))
    #expect(document.removed.map(\.reason) == ["repeated-boilerplate", "appeal"])
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == Article.council)
}

@Test("units at the edges of a kept block that the scorer rates as article text stay in the text")
func vetoTrimsArticleUnitsAtBlockEdges() throws {
    let byline = "By Ruth Okafor, Harbour Correspondent\n"
    let box = "Support our newsroom today.\nDonate now and become a member.\n"
    let after = "The mayor said the bridge will reopen in May.\n"
    let text = byline + box + after
    let examples = (0..<20).map { _ in
        AppealLineTrainer.Example(text: text, gold: [Span(start: byline.unicodeScalars.count,
                                                          end: (byline + box).unicodeScalars.count)], isNegative: false)
    }
    var trainer = AppealLineTrainer()
    trainer.bits = 12
    let stripper = AppealStripper(lineModel: trainer.train(examples), veto: 0.35)
    let whole = Cut(span: Span(start: 0, end: text.unicodeScalars.count), reason: "appeal")
    let kept = stripper.judged([(cut: whole, score: 9)], in: text).kept
    #expect(kept.map(\.cut.span) == [Span(start: byline.unicodeScalars.count, end: (byline + box).unicodeScalars.count - 1)])
}

@Test("a kept block takes along the short title above it and the button below it that the scorer rates as more likely appeal than not")
func keptBlockTakesItsTitleAndButton() throws {
    let before = "The mayor said the bridge will reopen in May.\n"
    let title = "Before you go\n"
    let box = "Support our newsroom today.\nDonate now and become a member.\n"
    let button = "Give monthly\n"
    let after = "Council elections are held in June.\n"
    let text = before + title + box + button + after
    let boxSpan = Span(start: points(before + title), end: points(before + title + box))
    let boxed = Span(start: points(before), end: points(before + title + box + button))
    // Title and button are marked as appeal on 12 of 20 pages: rated above 0.5, below the growth's 0.9.
    let examples = (0..<20).map { k in
        AppealLineTrainer.Example(text: text, gold: [k < 12 ? boxed : boxSpan], isNegative: false)
    }
    var trainer = AppealLineTrainer()
    trainer.bits = 12
    let model = trainer.train(examples)
    let p = model.probabilities(of: ScoringUnit.units(of: text))
    #expect(p[1] > 0.5 && p[1] < 0.9 && p[4] > 0.5 && p[4] < 0.9)
    let stripper = AppealStripper(lineModel: model, veto: 0.35)
    #expect(keptSpans(stripper, block: boxSpan, in: text) == [Span(start: boxed.start, end: boxed.end - 1)])
    // A sentence is no title.
    #expect(!AppealStripper.isTitle(ScoringUnit.units(of: "The mayor said so.")[0]))
    #expect(AppealStripper.isTitle(ScoringUnit.units(of: "Stay in touch")[0]))
}

@Test("a missing line-model file is reported even when the veto is off")
func missingLineModelReportedWithVetoOff() throws {
    let path = "/nonexistent-\(UUID().uuidString).json"
    #expect { try AppealStripper.descriptor.makeStage(["veto": .double(0), "line-model": .string(path)]) } throws: { error in
        "\(error)".contains("cannot read appeal line model '\(path)'")
    }
}

@Test("a vetoed block keeps its core: the run of units the scorer rates as appeal text is cut, the teasers around it stay")
func vetoedBlockKeepsItsCore() throws {
    let teasers = "Bridge works start in May\nThe school board meets on Thursday\nFerry timetable changes\n"
    let box = "Support our newsroom today.\nDonate now and become a member.\n"
    let text = "Council news in brief\n" + box + teasers
    let boxStart = "Council news in brief\n".unicodeScalars.count
    let examples = (0..<20).map { _ in
        AppealLineTrainer.Example(text: text, gold: [Span(start: boxStart, end: boxStart + box.unicodeScalars.count)],
                                  isNegative: false)
    }
    var trainer = AppealLineTrainer()
    trainer.bits = 12
    let stripper = AppealStripper(lineModel: trainer.train(examples), veto: 0.5)
    // The rules' block ran on over the teasers: two appeal units of six pull its mean below the veto.
    let whole = Cut(span: Span(start: 0, end: text.unicodeScalars.count), reason: "appeal")
    let judged = stripper.judged([(cut: whole, score: 9)], in: text)
    #expect(judged.vetoed.isEmpty)
    #expect(judged.kept.map(\.cut.span) == [Span(start: boxStart, end: boxStart + box.unicodeScalars.count - 1)])
}

@Test("the scorer's cue tags read a line as the stripper's rules do: calls, voice, sums, reporting, quoted speech")
func cueTagsFollowTheLexicon() {
    let call = LineFeatures.cueTags(of: "Please support our journalism: donate $5 today.")
    #expect(["action", "voice", "small-sum", "call-or-voice"].allSatisfy(call.contains), "\(call)")
    #expect(!call.contains("reports"))
    let report = LineFeatures.cueTags(of: "The charity said it raised $2 million from donors last year.")
    #expect(["reporting", "large-sum", "reports"].allSatisfy(report.contains), "\(report)")
    #expect(!report.contains("call-or-voice"))
    #expect(LineFeatures.cueTags(of: "The bridge reopens in May.").isEmpty)
    // Cue tags are features of the unit and, prefixed, of its neighbours.
    let units = ["Donate now.", "The bridge reopens in May."].map { Substring($0) }
    let named = LineFeatures.named(of: 1, in: units.map(LineFeatures.tokens(of:)), texts: units).features.map(\.name)
    #expect(named.contains("p:c:action") && !named.contains("c:action"))
}

@Test("a line model of another feature version is refused with a hint to train it again")
func oldLineModelVersionIsRefused() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("appeal-line-v1-\(UUID().uuidString).json").path
    let current = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: 0).encoded()
    let old = current.replacingOccurrences(of: #""version":\#(AppealLineModel.formatVersion)"#, with: #""version":1"#)
    #expect(old != current)
    try old.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect { try AppealStripper.descriptor.makeStage(["line-model": .string(path)]) } throws: { error in
        "\(error)".contains(path) && "\(error)".contains("version 1") && "\(error)".contains("pipe train appeals")
    }
}

@Test("a kept block takes the rim of its box the scorer rates low: a header with a colon above, a call button and form messages below")
func keptBlockTakesItsBoxRim() throws {
    let before = "The mayor said the bridge will reopen in May.\n"
    let header = "Three ways you can help:\n"
    let box = "Support our newsroom today.\nDonate now and become a member.\n"
    let rim = "Join the Harbour Press Club\nSuccess!\nYou're on the list.\n"
    let after = "Council elections are held in June.\n"
    let text = before + header + box + rim + after
    // Only the box's own lines rate as appeal text; everything else is rated well below the title's 0.5.
    let model = handSetModel(["w:newsroom": 9, "w:donate": 9], bias: -4)
    let p = model.probabilities(of: ScoringUnit.units(of: text))
    #expect(p.filter { $0 > 0.9 }.count == 2 && p.filter { $0 < 0.05 }.count == p.count - 2)
    let stripper = AppealStripper(lineModel: model, veto: 0.35)
    let boxSpan = Span(start: points(before + header), end: points(before + header + box))
    #expect(keptSpans(stripper, block: boxSpan, in: text) == [Span(start: points(before), end: points(before + header + box + rim) - 1)])

    // An article line ending with a colon above an inserted box stays, and so does an article line
    // below it that only mentions a form message's word.
    let list = "The three main charges are:\n"
    let item = "The launch was a success!\n"
    let article = before + list + box + item
    let inserted = Span(start: points(before + list), end: points(before + list + box))
    #expect(keptSpans(stripper, block: inserted, in: article) == [Span(start: points(before + list), end: points(before + list + box))])
    // Only a form's own wording counts: "Sorry, something went wrong." is one, an article's "Something went wrong …" is not.
    let line = { (s: String) in ScoringUnit.units(of: s)[0] }
    #expect(stripper.isBoxEdgeLine(line("Sorry, something went wrong."), above: false))
    #expect(!stripper.isBoxEdgeLine(line("Something went wrong at the plant."), above: false))
}

@Test("a kept block takes its progress bar and sign-off the scorer rates low; a short article line with a sign-off word stays")
func keptBlockTakesProgressBarAndSignOff() throws {
    let before = "Der Stadtrat tagt am Donnerstag.\n"
    let box = "Unterstützen Sie unsere Redaktion.\nSpenden Sie jetzt für unabhängigen Journalismus.\n"
    let bar = "12.400 € von 25.000 €\n"
    let thanks = "Vielen Dank!\n"
    let after = "Die Sitzung beginnt um 18 Uhr.\n"
    let model = handSetModel(["w:redaktion": 9, "w:journalismus": 9], bias: -4)
    let stripper = AppealStripper(lineModel: model, veto: 0.35)
    let text = before + box + bar + thanks + after
    let p = model.probabilities(of: ScoringUnit.units(of: text))
    #expect(p.filter { $0 > 0.9 }.count == 2 && p.filter { $0 < 0.05 }.count == p.count - 2)
    let boxSpan = Span(start: points(before), end: points(before + box))
    #expect(keptSpans(stripper, block: boxSpan, in: text) == [Span(start: points(before), end: points(before + box + bar + thanks) - 1)])

    // "The team won 3-1." carries a sign-off word ("the team") but is a sentence: it stays.
    let match = "Das Team gewann 3:1.\n"
    let report = before + box + match + after
    #expect(keptSpans(stripper, block: boxSpan, in: report) == [boxSpan])
    #expect(AppealStripper.isSignOff("Спасибо!") && !AppealStripper.isSignOff("The team won 3-1."))
}

@Test("a pitch the scorer rates high in a charity's letter printed whole is the letter's; the same ask beside an article is cut")
func scorerPitchInCharityLetterStays() throws {
    // Only the ask rates as appeal text.
    let model = handSetModel(["w:asking": 12], bias: -6)
    let stripper = AppealStripper(lineModel: model, veto: 0.35, scorerPitches: 0.9)
    let ask = "This winter, we are asking for your help to reach our goal.\n"
    let letter = "Dear neighbours,\nThe shelves of our food bank are half empty this month.\n" + ask + "Mara Lind wrote to the paper.\n"
    let article = "Dear neighbours,\nThe shelves of the town's pantry are half empty this month.\n" + ask + "Mara Lind wrote to the paper.\n"
    #expect(stripper.judged([], in: letter).kept.isEmpty)
    #expect(stripper.judged([], in: article).kept.count == 1)
}

@Test("a newsletter widget's title inside a block the veto keeps is cut on its own")
func widgetTitleInsideVetoedBlockIsCut() async throws {
    let title = "Email newsletter signup"
    // (Between two long lines of the box: short lines next to each other are read as one unit.)
    var box = appealBox.components(separatedBy: "\n")
    box.insert(title, at: 2)
    let text = Article.council + "\n\n" + box.joined(separator: "\n")
    let doubting = AppealLineModel(bits: 8, weights: [Float](repeating: 0, count: 256), bias: -5)
    let document = try await StageHarness.run(AppealStripper(lineModel: doubting, veto: 0.35), on: Document(id: "d", text: text))
    // The box stays (vetoed); its widget title goes, whatever the block around it.
    #expect(document.removed.map(\.text) == [title + "\n"])
    #expect(document.text == Article.council + "\n\n" + appealBox)
    #expect(rebuild(document) == text)
}
