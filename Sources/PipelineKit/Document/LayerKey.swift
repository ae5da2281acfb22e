/// The name of an annotation layer that stages read and write.
///
/// Stages declare the layers they need and add in their ``StageDescriptor``; the configuration
/// check reports a stage whose input layer no earlier stage produces. Custom stages use their
/// own keys (`LayerKey("keywords")`); those layers live in ``Document/layers``.
public struct LayerKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible, Comparable {
    /// The layer's name as it appears in output JSON.
    public let name: String

    /// Creates a key for a layer name.
    public init(_ name: String) { self.name = name }

    public init(stringLiteral value: String) { self.name = value }

    public var description: String { name }

    public static func < (lhs: LayerKey, rhs: LayerKey) -> Bool { lhs.name < rhs.name }

    /// The document text itself; a stage that edits text writes it.
    public static let text: LayerKey = "text"
    /// Removed stretches of the original text.
    public static let removed: LayerKey = "removed"
    /// Paragraph spans.
    public static let paragraphs: LayerKey = "paragraphs"
    /// Sentence spans.
    public static let sentences: LayerKey = "sentences"
    /// Token spans.
    public static let tokens: LayerKey = "tokens"
    /// Attributed quotes.
    public static let quotes: LayerKey = "quotes"
    /// Stances toward targets.
    public static let stances: LayerKey = "stances"
    /// Target mentions given with the input document.
    public static let targets: LayerKey = "targets"

    /// The layers pipe itself defines, which custom layers may not shadow.
    public static let builtIn: Set<LayerKey> = [.text, .removed, .paragraphs, .sentences, .tokens, .quotes, .stances, .targets, "id", "meta"]
}
