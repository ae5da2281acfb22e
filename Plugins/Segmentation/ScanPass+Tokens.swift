/// Tokens, cut from each word as the scan passes it.
///
/// A word splits into its opening quotes and brackets, its core, and its trailing punctuation
/// (commas, colons, closing quotes, `?`, `!`, an ellipsis, and a full stop unless the core is an
/// abbreviation such as `Dr.`, `U.S.` or an initial). Dashes inside a word (`war—and`) and the
/// possessive `'s` split off too; hyphens, apostrophes and decimal points stay inside.
extension ScanPass {
    /// Appends the tokens of `word` to the result.
    mutating func tokenize(_ word: Word) {
        if text.isPlainASCIIWord(from: word.start, to: word.end) {
            result.tokens.append(.init(start: word.startCP, end: word.endCP))
            return
        }
        // A plain word and a comma, semicolon or colon: `word,`.
        let last = text[word.end - 1]
        if (last == 0x2C || last == 0x3B || last == 0x3A) && word.end - word.start >= 2
            && text.isPlainASCIIWord(from: word.start, to: word.end - 1) {
            result.tokens.append(.init(start: word.startCP, end: word.endCP - 1))
            result.tokens.append(.init(start: word.endCP - 1, end: word.endCP))
            return
        }
        scalarStarts.removeAll(keepingCapacity: true)
        var i = word.start
        while i < word.end {
            scalarStarts.append(i)
            i += text.scalar(at: i).length
        }
        scalarStarts.append(word.end)
        let count = scalarStarts.count - 1
        var lead = 0
        while lead < count {
            let u = text.scalar(at: scalarStarts[lead]).value
            guard ScalarClass.isOpener(u) || ScalarClass.isBullet(u) else { break }
            if lead == count - 1 { break }  // a lone quote is its own token below
            emitToken(word, lead, lead + 1)
            lead += 1
        }
        // Trailing punctuation, collected from the end as (from, to) scalar ranges.
        var trail = count
        trailingTokens.removeAll(keepingCapacity: true)
        while trail > lead + 1 {
            let u = text.scalar(at: scalarStarts[trail - 1]).value
            if u == 0x2E {
                var first = trail - 1
                while first > lead, text[scalarStarts[first - 1]] == 0x2E { first -= 1 }
                if trail - first == 1
                    && Self.keepsFullStop(text, rules.abbreviations, from: scalarStarts[lead], to: scalarStarts[trail - 1]) {
                    break
                }
                if first == lead { break }
                trailingTokens.append((first, trail))
                trail = first
            } else if ScalarClass.isCloser(u) || ScalarClass.isStrongTerminal(u) || u == 0x2C || u == 0x3B
                        || u == 0x3A || u == 0x2026 {
                trailingTokens.append((trail - 1, trail))
                trail -= 1
            } else {
                break
            }
        }
        // Possessive 's / ’s.
        if trail - lead > 2 {
            let s = text[scalarStarts[trail - 1]] | 0x20
            let apostrophe = text.scalar(at: scalarStarts[trail - 2]).value
            if s == 0x73 && (apostrophe == 0x27 || apostrophe == 0x2019) {
                trailingTokens.append((trail - 2, trail))
                trail -= 2
            }
        }
        // The core, split at dashes.
        var pieceStart = lead
        var k = lead
        while k < trail {
            let u = text.scalar(at: scalarStarts[k]).value
            if u == 0x2014 || u == 0x2013 {
                if k > pieceStart { emitToken(word, pieceStart, k) }
                emitToken(word, k, k + 1)
                pieceStart = k + 1
            }
            k += 1
        }
        if trail > pieceStart { emitToken(word, pieceStart, trail) }
        for (from, to) in trailingTokens.reversed() { emitToken(word, from, to) }
    }

    private mutating func emitToken(_ word: Word, _ from: Int, _ to: Int) {
        result.tokens.append(.init(start: word.startCP + from, end: word.startCP + to))
    }

    /// Whether a full stop after `text[from..<to]` belongs to it: abbreviations, initials,
    /// dotted abbreviations.
    private static func keepsFullStop(_ text: UTF8Text, _ abbreviations: AbbreviationLexicon, from: Int, to: Int) -> Bool {
        if abbreviations.kind(of: text, from: from, to: to) != nil { return true }
        let (u, length) = text.scalar(at: from)
        if from + length == to && ScalarClass.isLetter(u) { return true }
        return text.isDottedAbbreviation(from: from, to: to)
    }
}
