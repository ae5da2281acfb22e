import Foundation
import PipelineKit
import StanceDetection

/// Builds a document whose sentences end at `.`, `!` or `?` followed by a space (the test texts
/// are written so that this is right), standing in for the segmenter.
func document(_ text: String, targets: [TargetMention]? = nil, quotes: [Quote]? = nil) -> Document {
    var doc = Document(id: "test", text: text, targets: targets)
    let scalars = Array(text.unicodeScalars)
    var sentences: [Span] = []
    var start = 0
    for (k, scalar) in scalars.enumerated() where ".!?".unicodeScalars.contains(scalar) {
        let nextIsSpace = k + 1 == scalars.count || scalars[k + 1] == " "
        let closesQuote = k + 1 < scalars.count && scalars[k + 1] == "”"
        if nextIsSpace || closesQuote {
            let end = closesQuote ? k + 2 : k + 1
            sentences.append(Span(start: start, end: end))
            start = end
            while start < scalars.count && scalars[start] == " " { start += 1 }
        }
    }
    if start < scalars.count { sentences.append(Span(start: start, end: scalars.count)) }
    doc.sentences = sentences
    doc.quotes = quotes
    return doc
}

/// The code point span of the first occurrence of `needle` in `text` (after `from`).
func span(of needle: String, in text: String, after from: String? = nil) -> Span {
    let scalars = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    var begin = 0
    if let from { begin = span(of: from, in: text).end }
    for k in begin...(scalars.count - pattern.count) where Array(scalars[k..<(k + pattern.count)]) == pattern {
        return Span(start: k, end: k + pattern.count)
    }
    preconditionFailure("'\(needle)' not in test text")
}

/// A stance stage with the bundled model and the given YAML-style targets.
func bundledStage(_ targets: [String: [String]] = [:], minScore: Double = 0) throws -> any Stage {
    let map = targets.keys.sorted().map { NamedStrings(name: $0, values: targets[$0]!) }
    return try StanceDetector.descriptor.makeStage(["targets": .stringListMap(map), "min-score": .double(minScore)])
}

/// Path of a file in this test target's Fixtures folder.
func fixturePath(_ name: String) -> String {
    let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return url.path
}

/// The shared corpora folder (`../shared` beside the repository), which may be absent.
let sharedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared").path
