/// A half-open range of Unicode code point offsets into a document's text.
///
/// Every offset pipe reads or writes counts Unicode scalars, so `text[start:end]` in Python
/// gives the same characters as ``Document/slice(_:)`` here.
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Offset of the first code point.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int

    /// Creates a span; `end` must not be smaller than `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span end \(end) before start \(start)")
        self.start = start
        self.end = end
    }

    /// Creates a span from a half-open range.
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The number of code points covered.
    public var length: Int { end - start }

    /// Whether the span covers no code point.
    public var isEmpty: Bool { start == end }

    /// The span as a half-open range.
    public var range: Range<Int> { start..<end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start), \(end))" }
}
