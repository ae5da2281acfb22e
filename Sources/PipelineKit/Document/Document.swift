/// One document flowing through a pipeline: its text and every annotation layer added so far.
///
/// A value type: each stage gets the document `inout`, adds or edits layers, and hands it on.
/// All spans are Unicode code point offsets into ``text`` (the text after any removals), except
/// ``removed``, whose spans point into the original text.
public struct Document: Sendable {
    /// The document's id: the file path for text files, the `id` field for JSONL.
    public var id: String
    /// The current text. Stages that edit it go through ``remove(_:)`` so offsets stay consistent.
    public internal(set) var text: String
    /// Input fields other than `id`, `text` and `targets`, passed through to output unchanged.
    public var meta: JSONObject
    /// What was removed from the original text, sorted by start, offsets into the original.
    public internal(set) var removed: [Removal] = []
    /// Paragraph spans, or nil when no stage has segmented the document.
    public var paragraphs: [Span]?
    /// Sentence spans, or nil when no stage has segmented the document.
    public var sentences: [Span]?
    /// Token spans, present only when a stage was asked for them.
    public var tokens: [Span]?
    /// Attributed quotes, or nil when no attribution stage ran.
    public var quotes: [Quote]?
    /// Stances toward targets, or nil when no stance stage ran.
    public var stances: [Stance]?
    /// Target mentions given with the input document.
    public var targets: [TargetMention]?
    /// Layers added by custom stages, by name, in any JSON shape; they pass through to later
    /// stages and to output.
    public var layers: JSONObject = JSONObject()

    /// Creates a document.
    public init(id: String, text: String, meta: JSONObject = JSONObject(), targets: [TargetMention]? = nil) {
        self.id = id
        self.text = text
        self.meta = meta
        self.targets = targets
    }

    /// The length of ``text`` in code points.
    public var length: Int { text.unicodeScalars.count }

    /// Whether a layer is present on this document.
    public func has(_ layer: LayerKey) -> Bool {
        switch layer {
        case .text, .removed, "id", "meta": true
        case .paragraphs: paragraphs != nil
        case .sentences: sentences != nil
        case .tokens: tokens != nil
        case .quotes: quotes != nil
        case .stances: stances != nil
        case .targets: targets != nil
        default: layers[layer.name] != nil
        }
    }

    /// The text of a span. For many lookups build a ``CodePointIndex`` once instead.
    public func slice(_ span: Span) -> String {
        CodePointIndex(text).slice(span, of: text)
    }
}
