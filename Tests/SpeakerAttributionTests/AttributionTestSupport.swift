import PipelineKit
import PipelineKitTesting
@testable import SpeakerAttribution

/// A quote reduced to the strings a test compares.
struct QuoteView: Equatable, CustomStringConvertible {
    var content: String
    var kind: QuoteKind
    var speaker: String?
    var name: String?
    var cue: String?
    var parts: [String]

    var description: String {
        "[\(kind)] \(content.debugDescription) speaker=\(speaker ?? "nil") name=\(name ?? "nil") cue=\(cue ?? "nil") parts=\(parts)"
    }
}

/// Splits test text into sentences after `.`, `!` or `?` (plus closing quotes) and a space, and
/// at line breaks: a deliberately naive stand-in for the segmenter.
func naiveSentences(_ text: String) -> [Span] {
    let scalars = Array(text.unicodeScalars)
    var spans: [Span] = []
    var start = 0
    var i = 0
    while i < scalars.count {
        let c = scalars[i]
        if c == "\n" {
            if i > start { spans.append(Span(start: start, end: i)) }
            start = i + 1
        } else if c == "." || c == "!" || c == "?" {
            var j = i + 1
            while j < scalars.count && (scalars[j] == "”" || scalars[j] == "\"" || scalars[j] == "'") { j += 1 }
            // Not after a title or an initial (Ms. Okafor, J. Smith).
            var w = i
            while w > 0 && scalars[w - 1].properties.isAlphabetic { w -= 1 }
            let word = String(String.UnicodeScalarView(scalars[w..<i]))
            let abbreviation = ["Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov"].contains(word) || (word.count == 1 && word.first!.isUppercase)
            if c == ".", abbreviation { i += 1; continue }
            if j < scalars.count && scalars[j] == " " {
                spans.append(Span(start: start, end: j))
                start = j + 1
                i = j
            }
        }
        i += 1
    }
    if start < scalars.count { spans.append(Span(start: start, end: scalars.count)) }
    return spans
}

/// Runs the stage through the harness on `text` with naive sentence spans.
func attribute(_ text: String, _ options: [String: OptionValue] = [:]) async throws -> [QuoteView] {
    var document = Document(id: "test", text: text)
    document.paragraphs = [Span(start: 0, end: document.length)]
    document.sentences = naiveSentences(text)
    let stage = try QuoteAttributor.descriptor.makeStage(options)
    let result = try await StageHarness.run(stage, on: document)
    let index = CodePointIndex(text)
    return (result.quotes ?? []).map { quote in
        QuoteView(
            content: index.slice(quote.span), kind: quote.kind,
            speaker: quote.speaker.map { index.slice($0.span) }, name: quote.speaker?.name,
            cue: quote.cue.map { index.slice($0) }, parts: quote.parts.map { index.slice($0) })
    }
}
