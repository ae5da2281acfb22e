/// One cut a stage asks for: a span of the current text and why it goes.
public struct Cut: Hashable, Sendable {
    /// The span of the current ``Document/text`` to remove.
    public var span: Span
    /// Why it is removed (`appeal`, `repeated-boilerplate`, ...).
    public var reason: String

    /// Creates a cut.
    public init(span: Span, reason: String) {
        self.span = span
        self.reason = reason
    }
}

extension Document {
    /// Removes spans of the current text, records them in ``removed`` with offsets into the
    /// original text, and moves every existing span layer onto the shortened text.
    ///
    /// Overlapping cuts are merged (keeping the first reason). Spans in existing layers that lie
    /// wholly inside a cut are dropped; those crossing a cut's edge are clipped. Custom layers
    /// in ``layers`` are left as they are: stages that edit text should run before custom stages
    /// that add spans.
    /// - Parameter cuts: spans of the current text, in any order.
    public mutating func remove(_ cuts: [Cut]) {
        guard !cuts.isEmpty else { return }
        let length = self.length
        let merged = Self.merge(cuts.filter { !$0.span.isEmpty && $0.span.end <= length })
        guard !merged.isEmpty else { return }
        let index = CodePointIndex(text)
        let utf8 = Array(text.utf8)

        // New text and removal records.
        var kept: [UInt8] = []
        kept.reserveCapacity(utf8.count)
        var cursor = 0
        var records: [Removal] = []
        for cut in merged {
            let from = index.utf8Offset(ofCodePoint: cut.span.start)
            let to = index.utf8Offset(ofCodePoint: cut.span.end)
            kept.append(contentsOf: utf8[cursor..<from])
            cursor = to
            let originalStart = originalOffset(cut.span.start)
            records.append(Removal(
                span: Span(start: originalStart, end: originalStart + cut.span.length),
                reason: cut.reason,
                text: String(decoding: utf8[from..<to], as: UTF8.self)))
        }
        kept.append(contentsOf: utf8[cursor...])

        let map = OffsetShift(cuts: merged.map(\.span))
        text = String(decoding: kept, as: UTF8.self)
        removed = (removed + records).sorted { $0.span.start < $1.span.start }
        paragraphs = paragraphs.map { map.spans($0) }
        sentences = sentences.map { map.spans($0) }
        tokens = tokens.map { map.spans($0) }
        targets = targets.map { list in
            list.compactMap { t in map.span(t.span).map { TargetMention(id: t.id, span: $0, label: t.label) } }
        }
        quotes = quotes.map { list in
            list.compactMap { q in
                guard let span = map.span(q.span) else { return nil }
                var quote = q
                quote.span = span
                quote.cue = q.cue.flatMap(map.span)
                quote.parts = q.parts.compactMap(map.span)
                if let speaker = q.speaker {
                    quote.speaker = map.span(speaker.span).map { Speaker(name: speaker.name, span: $0) }
                }
                return quote
            }
        }
        stances = stances.map { list in
            list.compactMap { s in
                guard let span = map.span(s.span) else { return nil }
                var stance = s
                stance.span = span
                stance.mention = s.mention.flatMap(map.span)
                return stance
            }
        }
    }

    /// Maps an offset in the current text to the original text, skipping earlier removals.
    public func originalOffset(_ offset: Int) -> Int {
        var position = offset
        for removal in removed where removal.span.start <= position {
            position += removal.span.length
        }
        return position
    }

    private static func merge(_ cuts: [Cut]) -> [Cut] {
        var result: [Cut] = []
        for cut in cuts.sorted(by: { $0.span < $1.span }) {
            if let last = result.last, cut.span.start <= last.span.end {
                result[result.count - 1].span.end = max(last.span.end, cut.span.end)
            } else {
                result.append(cut)
            }
        }
        return result
    }
}

/// Maps offsets of a text to the text with sorted, disjoint spans cut out.
struct OffsetShift {
    let cuts: [Span]

    /// The new offset of `offset`; offsets inside a cut move to where the cut was.
    func offset(_ offset: Int) -> Int {
        var shift = 0
        for cut in cuts {
            if cut.end <= offset { shift += cut.length; continue }
            if cut.start < offset { return cut.start - shift }
            break
        }
        return offset - shift
    }

    /// The span on the new text, or nil when nothing of it survives.
    func span(_ span: Span) -> Span? {
        let start = offset(span.start)
        let end = offset(span.end)
        return end > start ? Span(start: start, end: end) : nil
    }

    func spans(_ spans: [Span]) -> [Span] { spans.compactMap(span) }
}
