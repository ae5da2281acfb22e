/// A stance label toward a target.
public enum StanceLabel: String, Sendable, CaseIterable {
    case against
    case neutral
    case favor
}

/// The stance that one piece of evidence (a sentence or a quote) takes toward one target mention.
public struct Stance: Hashable, Sendable {
    /// The target's label from the configuration ("Kremlin"), or the input mention's label.
    public var target: String
    /// The input target mention's id when the target came with the document.
    public var targetID: String?
    /// The evidence: the sentence, clause or quote that mentions the target.
    public var span: Span
    /// The target mention inside the evidence.
    public var mention: Span?
    /// The stance.
    public var label: StanceLabel
    /// Confidence of the label, from 0 to 1.
    public var score: Double
    /// Whose stance it is: the quote's speaker, or nil for the author.
    public var holder: String?

    /// Creates a stance record.
    public init(
        target: String, targetID: String? = nil, span: Span, mention: Span? = nil,
        label: StanceLabel, score: Double, holder: String? = nil
    ) {
        self.target = target
        self.targetID = targetID
        self.span = span
        self.mention = mention
        self.label = label
        self.score = score
        self.holder = holder
    }
}
