/// A mention of a stance target given with an input document (`targets: [{id, start, end}]`).
public struct TargetMention: Hashable, Sendable {
    /// The caller's id for this mention, carried into the matching ``Stance``.
    public var id: String
    /// Where the mention stands in the document text.
    public var span: Span
    /// An optional label for the target ("Trump"); when absent the mention text is used.
    public var label: String?

    /// Creates a target mention.
    public init(id: String, span: Span, label: String? = nil) {
        self.id = id
        self.span = span
        self.label = label
    }
}
