import Foundation
import Testing
import PipelineKit
@testable import SpeakerAttribution

@Suite("robustness")
struct RobustnessTests {
    /// A small deterministic generator so the mangled texts are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33 ^ state
        }
    }

    static let insertions = ["\"", "“", "”", "''", "``", ",", ".", ":", "\n", " said ", " he said", ", according to",
                             " — ", "(", ")", "'", "’", " Mr.", " who ", " told ", "…", "\u{A0}", "é", "😀", ", adding",
                             ", ,", " (R-Ohio)", " continued", " is expected to", " but told", "“”", ":“", ",“", "“ "]

    @Test("mangled quote marks and punctuation never crash and every span lies inside the text")
    func mangledTextsStayInBounds() throws {
        let stage = QuoteAttributor()
        var generator = Generator(state: 42)
        let base = Array(CouncilBriefingTests.text.unicodeScalars)
        for _ in 0..<800 {
            var scalars = base
            let cut = Int.random(in: 0..<scalars.count, using: &generator)
            scalars = Array(scalars[cut...].prefix(Int.random(in: 1...400, using: &generator)))
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                if Bool.random(using: &generator), !scalars.isEmpty {
                    scalars.remove(at: min(at, scalars.count - 1))
                } else {
                    scalars.insert(contentsOf: Self.insertions.randomElement(using: &generator)!.unicodeScalars, at: at)
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let length = text.unicodeScalars.count
            for quote in stage.attribute(text: text, sentences: nil) {
                #expect(quote.span.end <= length)
                #expect(!quote.span.isEmpty)
                if let speaker = quote.speaker { #expect(speaker.span.end <= length && !speaker.name.isEmpty) }
                for part in quote.parts { #expect(quote.span.contains(part)) }
            }
        }
    }

    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpora/polnear-train/text").standardizedFileURL

    @Test("every PolNeAR training article is processed with spans inside the text and no overlapping parts",
          .enabled(if: FileManager.default.fileExists(atPath: RobustnessTests.corpus.path)))
    func corpusArticles() throws {
        let stage = QuoteAttributor()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        var quotes = 0
        for file in files.prefix(200) {
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(file), encoding: .utf8)
            let length = text.unicodeScalars.count
            for quote in stage.attribute(text: text, sentences: nil) {
                quotes += 1
                #expect(quote.span.end <= length)
                #expect(zip(quote.parts, quote.parts.dropFirst()).allSatisfy { $0.end <= $1.start })
            }
        }
        // Roughly 15 attributions per article: far fewer means the rules stopped firing.
        #expect(quotes > files.prefix(200).count * 8)
    }
}
