import PipelineKit

/// Counts the words of each sentence and flags long ones: layer `sentence_lengths`,
/// `[{start, end, words, long}]`.
public struct SentenceLengthStage: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "sentence-length", version: "1.0.0",
        summary: "Counts words per sentence and flags sentences longer than max-words.",
        options: [OptionSpec("max-words", .integer(1...1000), default: .int(30), help: "Sentences with more words are flagged long.")],
        reads: [.sentences], writes: ["sentence_lengths"]
    ) { options, _ in SentenceLengthStage(maxWords: options.int("max-words")) }

    let maxWords: Int

    public func process(_ document: inout Document, context: StageContext) async throws {
        let scalars = Array(document.text.unicodeScalars)
        var records: [JSONValue] = []
        for sentence in document.sentences ?? [] {
            var words = 0
            var inWord = false
            for i in sentence.range {
                let isSpace = scalars[i].properties.isWhitespace
                if !isSpace && !inWord { words += 1 }
                inWord = !isSpace
            }
            records.append(.object(JSONObject([
                ("start", .int(sentence.start)), ("end", .int(sentence.end)),
                ("words", .int(words)), ("long", .bool(words > maxWords)),
            ])))
        }
        document.layers["sentence_lengths"] = .array(records)
    }
}

/// The entry point `pipe` calls after loading the library.
@_cdecl("pipe_stage_library")
public func pipeStageLibrary() -> UnsafeRawPointer {
    StageLibrary.export([SentenceLengthStage.descriptor])
}
