/// A stretch of the original text that a stage removed, such as a donation appeal.
///
/// Offsets point into the text as it was read, so the original is always recoverable:
/// insert each removal's `text` at its `start`, in order of `start`.
public struct Removal: Hashable, Sendable {
    /// Where the removed text stood in the original document.
    public var span: Span
    /// Why it was removed, for example `appeal` or `repeated-boilerplate`.
    public var reason: String
    /// The removed text itself.
    public var text: String

    /// Creates a removal record.
    public init(span: Span, reason: String, text: String) {
        self.span = span
        self.reason = reason
        self.text = text
    }
}
