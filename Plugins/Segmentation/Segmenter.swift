import PipelineKit

/// The `segmenter` stage: paragraphs, sentences and, on request, tokens, in one pass over the
/// text's UTF-8 bytes.
///
/// Paragraphs are separated by blank lines. Sentences end at `.`, `!`, `?` and ellipses, with
/// closing quotes and brackets kept in the sentence (`dismissed it.” He`); a full stop after an
/// abbreviation, title, initial, number marker or dotted abbreviation ends a sentence only when the
/// next word looks like a sentence start. Lines broken by a single newline become sentences of
/// their own when they look like headlines, datelines or list items, and lists written on one line
/// (`1) … 2) …`, `• … • …`) are split at their markers.
///
/// ```yaml
/// pipeline:
///   - stage: segmenter
///     options:
///       tokens: true
///       abbreviations: [Univ, Dept]
/// ```
public struct Segmenter: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "segmenter", version: "1.0.0",
        summary: "Paragraphs and sentences (tokens on request) in one fast pass over the text.",
        options: [
            OptionSpec("tokens", .boolean, default: .bool(false),
                       help: "Also write token spans (words, punctuation, abbreviations kept whole)."),
            OptionSpec("abbreviations", .stringList, default: .stringList([]),
                       help: "Extra abbreviations, e.g. [Univ, Dept, z.B]; after one, a period ends a sentence only before a common sentence starter such as 'The' or 'He'."),
            OptionSpec("titles", .stringList, default: .stringList([]),
                       help: "Extra titles written before names, e.g. [Insp, Cmdt]; a period after one ends a sentence only before words that never follow a title, such as 'The' or 'He'."),
        ],
        reads: [], writes: [.paragraphs, .sentences]
    ) { options, _ in
        Segmenter(tokens: options.bool("tokens"), abbreviations: options.strings("abbreviations"),
                  titles: options.strings("titles"))
    }

    private let scanner: SentenceScanner

    /// Creates a segmenter.
    /// - Parameters:
    ///   - tokens: whether to write token spans as well.
    ///   - abbreviations: extra abbreviations (with or without their period) that may end a sentence.
    ///   - titles: extra titles, after which a period ends a sentence only before `The`, `He` ….
    public init(tokens: Bool = false, abbreviations: [String] = [], titles: [String] = []) {
        scanner = SentenceScanner(
            abbreviations: AbbreviationLexicon(extraAmbiguous: abbreviations, extraTitles: titles),
            starters: SentenceStarters(), wantsTokens: tokens)
    }

    /// Replaces the document's paragraphs and sentences (and tokens, when asked for) with those
    /// of its current text. Never throws: every text, even an empty one, has a segmentation.
    public func process(_ document: inout Document, context: StageContext) async throws {
        let segmentation = scanner.scan(document.text)
        document.paragraphs = segmentation.paragraphs
        document.sentences = segmentation.sentences
        if scanner.wantsTokens { document.tokens = segmentation.tokens }
    }
}
