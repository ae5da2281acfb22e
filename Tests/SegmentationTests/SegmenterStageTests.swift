import Foundation
import PipelineKit
import PipelineKitTesting
import Testing
@testable import Segmentation

@Test("offsets are code points, also after multi-byte characters")
func codePointOffsets() async throws {
    let text = "Müller sagte: „Ja.“ Dann ging er. 🙂 Ende."
    let document = try await StageHarness.run([Segmenter()], on: text)
    let scalars = Array(text.unicodeScalars)
    let slices = (document.sentences ?? []).map { span in
        String(String.UnicodeScalarView(scalars[span.start..<span.end]))
    }
    #expect(slices == ["Müller sagte: „Ja.“", "Dann ging er.", "🙂 Ende."])
}

@Test("paragraph spans are trimmed and contain their sentences")
func paragraphs() async throws {
    let text = "  First one. Second one.\n\n\n  Third one.  \n \n"
    let document = try await StageHarness.run([Segmenter()], on: text)
    #expect(document.texts(document.paragraphs) == ["First one. Second one.", "Third one."])
    let sentences = try #require(document.sentences)
    let paragraphs = try #require(document.paragraphs)
    #expect(sentences.count == 3)
    for sentence in sentences {
        #expect(paragraphs.contains { $0.contains(sentence) })
    }
}

@Test("empty and blank documents have no paragraphs and no sentences")
func emptyDocuments() async throws {
    for text in ["", "   \n\n  \t"] {
        let document = try await StageHarness.run([Segmenter()], on: text)
        #expect(document.sentences == [])
        #expect(document.paragraphs == [])
    }
}

@Test("tokens are written only when the option asks for them")
func tokensOption() async throws {
    let plain = try await StageHarness.run([try Segmenter.descriptor.makeStage()], on: "Hi there.")
    #expect(plain.tokens == nil)
    let stage = try Segmenter.descriptor.makeStage(["tokens": .bool(true)])
    let document = try await StageHarness.run([stage], on: "“Dr. Smith’s U.S. trip cost $4.50,” he said—again...")
    #expect(document.texts(document.tokens)
            == ["“", "Dr.", "Smith", "’s", "U.S.", "trip", "cost", "$4.50", ",", "”", "he", "said", "—", "again", "..."])
}

@Test("extra abbreviations and titles from options change the boundaries")
func extraAbbreviations() async throws {
    let text = "They met at the Hdqtrs. Lowe came late. Ask Cmdt. Lowe."
    #expect(try await sentences(text) == ["They met at the Hdqtrs.", "Lowe came late.", "Ask Cmdt.", "Lowe."])
    let custom = try Segmenter.descriptor.makeStage(["abbreviations": .stringList(["Hdqtrs."]), "titles": .stringList(["Cmdt"])])
    let document = try await StageHarness.run([custom], on: text)
    #expect(document.texts(document.sentences) == ["They met at the Hdqtrs. Lowe came late.", "Ask Cmdt. Lowe."])
}

@Test("the descriptor names the stage, its options and the layers it writes")
func descriptor() {
    let descriptor = Segmenter.descriptor
    #expect(descriptor.name == "segmenter")
    #expect(descriptor.options.map(\.name) == ["tokens", "abbreviations", "titles"])
    #expect(descriptor.writes == [.paragraphs, .sentences])
    #expect(descriptor.options.allSatisfy { !$0.help.isEmpty })
}

/// The shared corpora folder next to the repository, when present.
let sharedCorpora = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/corpora/segmentation").standardizedFileURL

@Test("all 48 English golden rules pass",
      .enabled(if: FileManager.default.fileExists(atPath: sharedCorpora.appendingPathComponent("golden-rules-en.jsonl").path)))
func goldenRules() async throws {
    let data = try Data(contentsOf: sharedCorpora.appendingPathComponent("golden-rules-en.jsonl"))
    var failures: [String] = []
    var cases = 0
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let expected = try #require(object["sentences"] as? [String])
        cases += 1
        let got = try await sentences(text)
        if got != expected { failures.append("\(object["id"] ?? "?"): \(got)") }
    }
    #expect(cases == 48)
    #expect(failures == [])
}

@Test("sentences and tokens cover every non-space code point exactly once", arguments: [
    "Straßenbahnhaltestellen­schilder wurden erneuert. Überall.",
    "Очень длинноепредложениебезпробелов здесь. И ещё одно предложение!",
    "abcdefghijklmnopqrstuvwxyzé abcdefgh\u{00A0}ijklmnop qrstuvwxyz0123456789. Done…",
    "  Tabs\tand\r\nnewlines\u{2028}and 🙂🙂🙂 emoji😀words. «Citation» fin.  ",
])
func coverage(_ text: String) async throws {
    let stage = try Segmenter.descriptor.makeStage(["tokens": .bool(true)])
    let document = try await StageHarness.run([stage], on: text)
    let scalars = Array(text.unicodeScalars)
    let nonSpace = Set(scalars.indices.filter { !scalars[$0].properties.isWhitespace })
    for layer in [document.sentences, document.tokens] {
        let spans = try #require(layer)
        var covered: [Int] = []
        for span in spans {
            #expect(!scalars[span.start].properties.isWhitespace && !scalars[span.end - 1].properties.isWhitespace)
            covered += (span.start..<span.end).filter { nonSpace.contains($0) }
        }
        #expect(covered == nonSpace.sorted())
    }
}

@Test("random punctuation-heavy texts never break the span invariants")
func randomTexts() async throws {
    let alphabet = Array("aZ9 .!?…\"'“”‘’«»„()[]\n\n-—•1)a.U.S.Dr.$ é ж 🙂\u{00A0}\t:;,")
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let stage = try Segmenter.descriptor.makeStage(["tokens": .bool(true)])
    for _ in 0..<300 {
        var text = ""
        state = state &* 6364136223846793005 &+ 1442695040888963407
        let length = Int(state >> 56)
        for _ in 0..<length {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            text.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        let document = try await StageHarness.run([stage], on: text)
        let count = text.unicodeScalars.count
        for layer in [document.paragraphs, document.sentences, document.tokens] {
            let spans = try #require(layer)
            #expect(spans.allSatisfy { $0.start < $0.end && $0.end <= count })
            #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start })
        }
    }
}
