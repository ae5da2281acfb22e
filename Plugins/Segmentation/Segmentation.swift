import PipelineKit

/// The spans one scan finds in a text, in Unicode code point offsets.
struct Segmentation: Sendable {
    /// Blank-line separated blocks, trimmed of surrounding white space.
    var paragraphs: [Span] = []
    /// Sentences (and headline, list-item and dateline lines), each inside one paragraph.
    var sentences: [Span] = []
    /// Tokens, filled only when asked for.
    var tokens: [Span] = []
}
