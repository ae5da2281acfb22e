import PipelineKit

/// Finds paragraphs, sentences and, on request, tokens in one pass over a text's UTF-8 bytes.
///
/// The pass walks the bytes word by word (a word is a run of non-white-space), counting code
/// points as it goes, so every span it emits is already in code point offsets. Between two words
/// it decides whether a paragraph or a sentence ends there; the rules look at a few bytes around
/// the gap (the end of the previous word, the start of the next one) and only where the previous
/// word ends in punctuation, a line breaks, or a list marker or bullet follows.
struct SentenceScanner: Sendable {
    let abbreviations: AbbreviationLexicon
    let starters: SentenceStarters
    let cues = CueWords()
    let wantsTokens: Bool

    /// Segments UTF-8 bytes (valid UTF-8, as Swift strings are).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Segmentation {
        var pass = ScanPass(text: UTF8Text(bytes: bytes), rules: self)
        pass.run()
        return pass.result
    }

    /// Segments a string.
    func scan(_ string: String) -> Segmentation {
        var string = string
        return string.withUTF8 { scan($0) }
    }
}
