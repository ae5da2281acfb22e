import Foundation
import PipelineKit
import Testing

/// Every built-in stage must survive hostile text: no crash, every document answered.
///
/// The texts are generated from a fixed seed out of pieces that trip up text rules: unbalanced and
/// nested quotes of every style, cue words, pronouns, titles, abbreviations, line and paragraph
/// breaks, appeal vocabulary, non-Latin scripts, emoji, combining marks and control characters.
@Suite("robustness", .enabled(if: PipeBinary.path != nil))
struct RobustnessTests {
    static let pieces: [String] = [
        "“", "”", "\"", "''", "``", "‘", "’", "'", "„", "“", "«", "»", "‹", "›", "(", ")", "[", "]", "—", "–", "-",
        ".", ",", ";", ":", "!", "?", "…", "...", " ", " ", " ", " ", "\n", "\n\n", "\t",
        "said", "says", "told", "according to", "dismissed", "as", "called", "added", "adding", "insisted", "that",
        "he", "she", "they", "He", "She", "It", "the senator", "the spokesman", "Mr.", "Ms.", "Dr.", "U.S.", "Nov.", "Jr.",
        "Anna Berg", "Kremlin spokesperson Ivan Petrov", "NATO", "Moscow", "the Kremlin", "Trump",
        "Donate now", "Support us", "Dear readers,", "monthly from $2", "Become a member", "Subscribe",
        "Newsroom Office", "12 Harbour Lane", "3.5", "1)", "•", "https://example.org/a.b", "a@b.org",
        "Москва", "заявил", "sagte", "„Nein“", "« Non »", "😀", "e\u{301}", "\u{200B}", "\u{0}", "\u{7}", "\u{FEFF}",
        "not", "never", "but", "good", "terrible", "praised", "criticized",
    ]

    /// A deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static func documents(count: Int, seed: UInt64) -> [String] {
        var rng = Generator(state: seed)
        return (0..<count).map { _ in
            let length = 1 + rng.below(rng.below(4) == 0 ? 600 : 60)
            var text = ""
            for _ in 0..<length {
                text += pieces[rng.below(pieces.count)]
                if rng.below(3) == 0 { text += " " }
            }
            return text
        }
    }

    @Test("all four built-in stages answer every hostile document without crashing")
    func hostileTextsDoNotCrash() throws {
        let texts = Self.documents(count: 1500, seed: 20261125)
        let input = texts.enumerated().map { i, text in "{\"id\": \"r\(i)\", \"text\": \(jsonString(text))}" }.joined(separator: "\n")
        let file = NSTemporaryDirectory() + "robust-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
            pipeline:
              - stage: appeal-stripper
              - stage: segmenter
                options: {tokens: true}
              - stage: speaker-attribution
              - stage: stance
                options:
                  targets: {Kremlin: [Kremlin, Moscow], NATO: [NATO], Trump: [Trump]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["run", file, "-", "--quiet", "--jobs", "2"], input: input)
        // Exit 0, or 3 when some documents are refused as input (e.g. only white space); never a crash.
        let crashLines = result.stderr.split(separator: "\n").filter { $0.contains("Fatal error") || $0.contains("/Plugins/") || $0.contains("/Sources/") }
        #expect(result.status == 0 || result.status == 3, "\(crashLines.prefix(6).joined(separator: "\n"))")
        let written = outputRecords(result.stdout).count
        let refused = result.stderr.components(separatedBy: "pipe: error: document").count - 1
        #expect(written + refused == texts.count)
        // Read the output with pipe's own parser: Foundation's turns some control characters around.
        for line in result.stdout.split(separator: "\n") {
            let record = try JSONParser.parse(String(line))
            let length = record["text"]?.stringValue?.unicodeScalars.count ?? -1
            for layer in ["paragraphs", "sentences", "tokens", "quotes", "stances"] {
                for span in record[layer]?.arrayValue ?? [] {
                    let start = span["start"]?.intValue ?? -1, end = span["end"]?.intValue ?? -1
                    #expect(0 <= start && start <= end && end <= length, "\(record["id"]?.stringValue ?? "?") \(layer) \(start)..<\(end) of \(length)")
                }
            }
        }
    }
}
