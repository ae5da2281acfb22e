import PipelineKit

/// An attribution while the rules work on it: token ranges, not yet code point spans.
struct Attribution {
    /// Content pieces as token ranges (quotation marks excluded).
    var parts: [Range<Int>]
    var kind: QuoteKind
    var cue: Range<Int>?
    var speaker: Range<Int>?
    /// Where the speaker's name comes from when the mention itself is a relative pronoun
    /// (`Ms. Ortiz, who said …`: the mention is `who`, the name comes from `Ms. Ortiz`).
    var nameSource: Range<Int>? = nil
    /// Resolved speaker name, filled by ``SpeakerResolver``.
    var name: String?

    var first: Int { parts.first!.lowerBound }
}
