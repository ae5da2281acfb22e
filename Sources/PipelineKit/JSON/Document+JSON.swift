extension Document {
    /// Writes the document as one JSON object in pipe's output format (`docs/output-format.md`).
    ///
    /// Fields: `id`, `text`, `meta`, `removed`, then each present layer (`paragraphs`,
    /// `sentences`, `tokens`, `quotes`, `stances`, `targets`), then custom layers by name.
    public func writeJSON(to w: inout JSONWriter) {
        w.raw("{\"id\":")
        w.string(id)
        w.raw(",\"text\":")
        w.string(text)
        w.raw(",\"meta\":")
        w.value(.object(meta))
        w.raw(",\"removed\":[")
        for (i, r) in removed.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"start\":"); w.int(r.span.start)
            w.raw(",\"end\":"); w.int(r.span.end)
            w.raw(",\"reason\":"); w.string(r.reason)
            w.raw(",\"text\":"); w.string(r.text)
            w.raw("}")
        }
        w.raw("]")
        writeLayers(to: &w, includingTargets: true)
        w.raw("}")
    }

    /// Writes each present layer as a `,"name":value` member: the typed layers, the input
    /// `targets` when asked, then custom layers by name.
    func writeLayers(to w: inout JSONWriter, includingTargets: Bool) {
        if let paragraphs { w.raw(",\"paragraphs\":"); Self.writeSpans(paragraphs, to: &w) }
        if let sentences { w.raw(",\"sentences\":"); Self.writeSpans(sentences, to: &w) }
        if let tokens { w.raw(",\"tokens\":"); Self.writeSpans(tokens, to: &w) }
        if let quotes {
            w.raw(",\"quotes\":[")
            for (i, q) in quotes.enumerated() {
                if i > 0 { w.raw(",") }
                Self.write(q, to: &w)
            }
            w.raw("]")
        }
        if let stances {
            w.raw(",\"stances\":[")
            for (i, s) in stances.enumerated() {
                if i > 0 { w.raw(",") }
                Self.write(s, to: &w)
            }
            w.raw("]")
        }
        if includingTargets, let targets {
            w.raw(",\"targets\":[")
            for (i, t) in targets.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("{\"id\":"); w.string(t.id)
                w.raw(",\"start\":"); w.int(t.span.start)
                w.raw(",\"end\":"); w.int(t.span.end)
                if let label = t.label { w.raw(",\"label\":"); w.string(label) }
                w.raw("}")
            }
            w.raw("]")
        }
        for member in layers.members {
            w.raw(",")
            w.key(member.key)
            w.value(member.value)
        }
    }

    /// The document as a JSON value in output format.
    public var jsonValue: JSONValue {
        var writer = JSONWriter()
        writeJSON(to: &writer)
        // The writer's output is valid JSON by construction.
        return (try? JSONParser.parse(writer.bytes)) ?? .null
    }

    private static func writeSpans(_ spans: [Span], to w: inout JSONWriter) {
        w.raw("[")
        for (i, s) in spans.enumerated() {
            if i > 0 { w.raw(",") }
            w.span(s)
        }
        w.raw("]")
    }

    private static func write(_ q: Quote, to w: inout JSONWriter) {
        w.raw("{\"start\":"); w.int(q.span.start)
        w.raw(",\"end\":"); w.int(q.span.end)
        w.raw(",\"kind\":"); w.string(q.kind.rawValue)
        w.raw(",\"cue\":")
        if let cue = q.cue { w.span(cue) } else { w.raw("null") }
        w.raw(",\"speaker\":")
        if let speaker = q.speaker {
            w.raw("{\"name\":"); w.string(speaker.name)
            w.raw(",\"start\":"); w.int(speaker.span.start)
            w.raw(",\"end\":"); w.int(speaker.span.end)
            w.raw("}")
        } else {
            w.raw("null")
        }
        if !q.parts.isEmpty {
            w.raw(",\"parts\":[")
            for (i, p) in q.parts.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("["); w.int(p.start); w.raw(","); w.int(p.end); w.raw("]")
            }
            w.raw("]")
        }
        w.raw("}")
    }

    private static func write(_ s: Stance, to w: inout JSONWriter) {
        w.raw("{\"target\":"); w.string(s.target)
        if let id = s.targetID { w.raw(",\"id\":"); w.string(id) }
        w.raw(",\"start\":"); w.int(s.span.start)
        w.raw(",\"end\":"); w.int(s.span.end)
        if let m = s.mention { w.raw(",\"mention\":"); w.span(m) }
        w.raw(",\"label\":"); w.string(s.label.rawValue)
        w.raw(",\"score\":"); w.double((s.score * 10000).rounded() / 10000)
        w.raw(",\"holder\":")
        if let h = s.holder { w.string(h) } else { w.raw("null") }
        w.raw("}")
    }
}
