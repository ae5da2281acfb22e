import PipelineKit

/// Where sentences start, as token indices.
///
/// Uses the document's sentence spans when present and adds boundaries of its own: a line
/// break, or `.`/`!`/`?` (plus closing quotes and brackets) followed by a capitalised word or an
/// opening quote, unless the period ends an abbreviation or an initial. This keeps the stage
/// usable when the segmenter's spans are coarse or missing.
enum SentenceBoundaries {
    static func starts(
        tokens: [Token], quotationOf: [Int32], quotations: [Quotation], given: [Span]?, codePoints: [Int32]
    ) -> [Int] {
        var isStart = [Bool](repeating: false, count: tokens.count + 1)
        if !tokens.isEmpty { isStart[0] = true }
        if let given, !given.isEmpty {
            // Map each given sentence start (code points) to the first token at or after it.
            var t = 0
            for span in given {
                while t < tokens.count && Int(codePoints[tokens[t].start]) < span.start { t += 1 }
                if t < tokens.count { isStart[t] = true }
            }
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .lineBreak {
                isStart[i + 1] = true
                i += 1
                continue
            }
            if token.kind == .punct && (token.mark == 0x2E || token.mark == 0x21 || token.mark == 0x3F) {
                if token.mark == 0x2E && isAbbreviation(tokens, before: i) { i += 1; continue }
                var j = i + 1
                while j < tokens.count && (tokens[j].kind == .closeQuote || tokens[j].isPunct(0x29)
                                            || (tokens[j].kind == .punct && tokens[j].mark == 0x2E)) { j += 1 }
                guard j < tokens.count else { break }
                let next = tokens[j]
                // A period inside a quotation followed by the writer's words (`“No.” he said`) is not an end
                // unless a capital follows.
                if next.capitalized || next.kind == .openQuote || (next.isWord && next.startsWithNumber && token.mark != 0x2E) {
                    isStart[j] = true
                }
                i = j
                continue
            }
            i += 1
        }
        var result: [Int] = []
        for k in 0..<tokens.count where isStart[k] { result.append(k) }
        return result
    }

    /// Titles after which a period never ends a sentence.
    static let prefixTitles: Set<String> = ["mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "lt", "gen", "col",
                                            "sgt", "capt", "prof", "rev", "sens", "reps", "pres", "atty", "adm", "cmdr"]

    static func isAbbreviation(_ tokens: [Token], before index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.isWord, previous.end == tokens[index].start else { return false }
        let word = previous.lower
        if word.utf8.count == 1 && previous.capitalized { return true }  // an initial: John F. Kennedy
        if prefixTitles.contains(word) { return true }
        guard WordLists.abbreviations.contains(word) || word.contains(".") else { return false }
        // Other abbreviations (U.S., Mich., Inc.) end a sentence when a typical sentence opener follows.
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if next.kind == .lineBreak { return false }
        if next.capitalized && WordLists.capitalizedNonNames.contains(next.lower) { return false }
        return true
    }
}
