import PipelineKit

/// An attribution while the rules work on it: token ranges, not yet code point spans.
struct Attribution {
    /// Content pieces as token ranges (quotation marks excluded).
    var parts: [Range<Int>]
    var kind: QuoteKind
    var cue: Range<Int>?
    var speaker: Range<Int>?
    /// Resolved speaker name, filled by ``SpeakerResolver``.
    var name: String?

    var first: Int { parts.first!.lowerBound }
}
