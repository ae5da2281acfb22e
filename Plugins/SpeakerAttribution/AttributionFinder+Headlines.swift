import PipelineKit

/// Headline attributions: a line that starts with a short name and a colon (`Lynch: No outside
/// influence on FBI probe`, `Poll: Senate races are tight`).
extension AttributionFinder {
    /// Labels that end in a colon at a line start but name no source.
    static let lineLabels: Set<String> = [
        "update", "updated", "updates", "editor's", "editors", "note", "photo", "photos", "watch", "read", "video",
        "related", "more", "correction", "corrections", "advertisement", "breaking", "exclusive", "opinion",
        "analysis", "q", "a", "question", "answer", "transcript", "full", "text", "live", "listen", "click", "see",
        "also", "by", "disclosure", "caption", "credit", "image", "graphic", "map", "chart", "figure", "table",
        "warning", "tags", "topics", "share", "follow", "subscribe", "sign", "contact", "email", "copyright",
        "latest", "the", "previously", "background", "context", "why", "what", "how", "who", "when", "where",
        "plus", "bottom", "line", "first", "second", "third", "next", "step", "part", "chapter", "source",
        "sources", "notes", "p.s", "ps", "ed", "here's", "today", "tonight", "now", "then",
    ]

    /// Attributions of lines opening with `Name: …`.
    mutating func attributeHeadlines() {
        let tokens = text.tokens
        var p = 0
        while p < tokens.count {
            defer {
                while p < tokens.count && tokens[p].kind != .lineBreak { p += 1 }
                p += 1
            }
            guard tokens[p].isWord, tokens[p].capitalized, !text.inQuotation(p) else { continue }
            var k = p
            var lowercase = 0
            while k < tokens.count && k - p < 4, tokens[k].isWord || (tokens[k].isPunct(0x2E) && k > p) {
                if tokens[k].isWord && !tokens[k].capitalized { lowercase += 1 }
                k += 1
            }
            guard k > p, k < tokens.count, tokens[k].isPunct(0x3A), lowercase <= 1 else { continue }
            let speaker = p..<k
            guard !speaker.contains(where: { Self.lineLabels.contains(tokens[$0].lower) }) else { continue }
            guard !speaker.contains(where: { tokens[$0].startsWithNumber }) else { continue }
            // The content: the rest of the line, without final punctuation.
            var end = k + 1
            while end < tokens.count && tokens[end].kind != .lineBreak { end += 1 }
            var start = k + 1
            if start < end, tokens[start].kind == .openQuote, text.quotationOf[start] >= 0 {
                // `Name: “…”` is a direct quote; the leftover pass handles quotations.
                continue
            }
            while end > start, tokens[end - 1].kind == .punct, !text.inQuotation(end - 1) { end -= 1 }
            while start < end, tokens[start].kind == .punct { start += 1 }
            guard wordCount(start..<end) >= 3 else { continue }
            // Already attributed by a cue inside the line: keep that one.
            guard !results.contains(where: { $0.parts.contains { $0.overlaps(start..<end) } }) else { continue }
            let kind: QuoteKind = containsQuotation(start..<end) ? .mixed : .indirect
            results.append(Attribution(parts: [start..<end], kind: kind, cue: k..<(k + 1), speaker: speaker))
        }
    }
}
