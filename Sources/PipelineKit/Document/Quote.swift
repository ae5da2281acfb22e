/// How a quotation is given in the text.
public enum QuoteKind: String, Sendable, CaseIterable {
    /// Whole sentence or turn in quotation marks: “It is pure fiction,” he said.
    case direct
    /// A few quoted words inside the writer's sentence: dismissed it as “pure fiction”.
    case partial
    /// Reported speech without quotation marks: he said that the call never happened.
    case indirect
    /// Reported speech mixing paraphrase and quoted words.
    case mixed
}

/// The person or body a quote is attributed to.
public struct Speaker: Hashable, Sendable {
    /// The resolved name ("Dmitry Peskov"), even when the local mention is "he" or "the spokesman".
    public var name: String
    /// The local mention in the text, as written (may be a pronoun or a role noun).
    public var span: Span

    /// Creates a speaker.
    public init(name: String, span: Span) {
        self.name = name
        self.span = span
    }
}

/// One attributed quotation: what was said, the cue that introduces it, and who said it.
public struct Quote: Hashable, Sendable {
    /// The quoted content, without the quotation marks. For a quote split around its cue this
    /// runs from the first part's start to the last part's end; ``parts`` holds the pieces.
    public var span: Span
    /// The kind of quotation.
    public var kind: QuoteKind
    /// The speech verb or phrase ("said", "according to", "dismissed ... as"), if one was found.
    public var cue: Span?
    /// The speaker, or nil when none can be recovered (never a guess).
    public var speaker: Speaker?
    /// The content pieces when one turn is split around its cue (`“A,” she said. “B.”`); empty otherwise.
    public var parts: [Span]

    /// Creates a quote.
    public init(span: Span, kind: QuoteKind, cue: Span? = nil, speaker: Speaker? = nil, parts: [Span] = []) {
        self.span = span
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.parts = parts
    }
}
