import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A short call line printed after each teaser of a listing or under each post of a channel is
// the outlet's plug; a headline printed twice and a slogan quoted twice in a report stay. Our own texts.

/// Three teasers of a regional listing page, with `plug` after the first and the last.
private func listing(_ plug: String?) -> String {
    let teasers = [
        "Harbour levy: what the new fee means for fishing crews\nThe council's levy on moorings doubles in spring, and crews at the east quay say they will pass it on.",
        "Night ferry returns after a winter off\nThe operator restores the late crossing from March, with two boats instead of one.",
        "Lighthouse keepers' cottage sold at auction\nA family from the valley paid well above the guide price for the listed cottage.",
    ]
    guard let plug else { return teasers.joined(separator: "\n\n") }
    return [teasers[0], plug, teasers[1], teasers[2], plug].joined(separator: "\n\n")
}

@Test("a short call line printed after several teasers is cut each time",
      arguments: ["Follow us on Mastodon!", "Folgen Sie uns auf Telegram!", "Подпишись на @pristan_news", "Suivez-nous sur WhatsApp"])
func repeatedCallLineIsCut(plug: String) async throws {
    let document = try await strip(listing(plug))
    #expect(document.text.trimmingCharacters(in: .whitespacesAndNewlines) == listing(nil))
    #expect(document.removed.count == 2)
    #expect(rebuild(document) == listing(plug))
}

@Test("a headline printed twice and a slogan quoted twice in a report stay",
      arguments: [
          "How to help the food bank this winter\n\nHow to help the food bank this winter\n\nThe food bank on Mill Road needs tins and dry goods, its manager said. Volunteers sort donations every Saturday.",
          "Горожанам объяснили, как поддержать приют для собак\n\nГорожанам объяснили, как поддержать приют для собак\n\nПриюту на Речной улице нужны корм и пледы. Волонтёры принимают вещи по субботам.",
          "Die Tafel am Hafen sammelt wieder. „Spenden Sie jetzt!“\n\nAuf den Plakaten steht in roten Buchstaben:\n\n„Spenden Sie jetzt!“\n\nDie Aktion läuft bis Ende Januar, teilte der Verein mit.",
      ])
func repeatedLinesOfArticlesStay(text: String) async throws {
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}

@Test("a call line printed once is no repeated call")
func singleCallLineIsNotRepeated() throws {
    let stage = try #require(try AppealStripper.descriptor.makeStage(rulesOnly) as? AppealStripper)
    let once = TextLine.units(merging: TextLine.lines(of: listing(nil) + "\n\nFollow us on Mastodon!"))
    let twice = TextLine.units(merging: TextLine.lines(of: listing("Follow us on Mastodon!")))
    #expect(stage.repeatedCallLines(in: once, evidence: once.map(stage.lineEvidence)).isEmpty)
    #expect(stage.repeatedCallLines(in: twice, evidence: twice.map(stage.lineEvidence)).count == 2)
}
