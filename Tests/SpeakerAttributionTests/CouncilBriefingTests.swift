import Foundation
import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("fixture article")
struct CouncilBriefingTests {
    static let text: String = {
        let url = Bundle.module.url(forResource: "council-briefing", withExtension: "txt", subdirectory: "Fixtures")!
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    @Test("every quote of the fixture article is found with the right speaker name")
    func wholeArticle() async throws {
        let quotes = try await attribute(Self.text)
        let summary = quotes.map { "\($0.kind): \($0.name ?? "nil") <- \($0.content.prefix(30))" }
        #expect(summary == [
            "indirect: Priya Raman <- The city council on Tuesday po",
            "direct: Priya Raman <- We need another month to read ",
            "mixed: Oskar Lind <- the delay would cost the city ",
            "partial: Oskar Lind <- at least two million dollars.",
            "indirect: Oskar Lind <- that investors were losing pat",
            "mixed: Priya Raman <- the estimate as “guesswork.”",
            "partial: Priya Raman <- guesswork.",
            "direct: Priya Raman <- The harbor has waited fifty ye",
        ])
    }

    @Test("the split turn in the fixture has both parts")
    func splitTurnParts() async throws {
        let quotes = try await attribute(Self.text)
        #expect(quotes[1].parts == ["We need another month to read the fine print,", "Nobody should rush a forty-year lease."])
    }
}
