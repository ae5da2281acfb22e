import PipelineKit

/// The pieces of a document the learned line scorer judges: each line, and each sentence of a
/// line that holds several (so run-together text is judged sentence by sentence too).
///
/// Spans are code-point offsets into the text; blank lines give no unit.
struct ScoringUnit: Equatable {
    /// Where the unit stands in the text (code points).
    var span: Span
    /// Its text.
    var text: Substring

    /// Its text without white space at either end.
    var trimmedText: Substring { text.trimmedOfSpace }
}

extension Substring {
    /// The text without white space at either end.
    var trimmedOfSpace: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScoringUnit.isSpace($0) }),
              let last = scalars.lastIndex(where: { !ScoringUnit.isSpace($0) }) else { return "" }
        return Substring(scalars[first...last])
    }
}

extension ScoringUnit {
    /// Splits `text` into lines and lines into sentences: a sentence ends after `.`, `!`, `?`,
    /// `…` or a closing quotation mark when white space and then (after an opening mark) a
    /// capital letter, a digit, an arrow or a bullet follow.
    static func units(of text: String) -> [ScoringUnit] {
        var units: [ScoringUnit] = []
        let scalars = text.unicodeScalars
        var pieceStart = scalars.startIndex, pieceOffset = 0
        var index = scalars.startIndex, offset = 0
        var hasContent = false
        func close(at end: String.UnicodeScalarView.Index, offset endOffset: Int) {
            if hasContent {
                units.append(ScoringUnit(span: Span(start: pieceOffset, end: endOffset),
                                         text: Substring(scalars[pieceStart..<end])))
            }
            hasContent = false
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(at: index, offset: offset)
                index = scalars.index(after: index); offset += 1
                pieceStart = index; pieceOffset = offset
                continue
            }
            if !isSpace(scalar) { hasContent = true }
            index = scalars.index(after: index); offset += 1
            guard endsSentence(scalar), index < scalars.endIndex, isBlank(scalars[index]) else { continue }
            // Look past the white space (not over a line break) for the next sentence's start.
            var next = index, nextOffset = offset
            while next < scalars.endIndex, isBlank(scalars[next]) {
                next = scalars.index(after: next); nextOffset += 1
            }
            var start = next
            if start < scalars.endIndex, opensQuote(scalars[start]) { start = scalars.index(after: start) }
            guard start < scalars.endIndex, startsSentence(scalars[start]) else { continue }
            close(at: index, offset: offset)
            index = next; offset = nextOffset
            pieceStart = next; pieceOffset = nextOffset
        }
        close(at: index, offset: offset)
        return units
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && isSpace(scalar)
    }

    /// Unicode white space, answered without the property table for ASCII (the table lookup was
    /// most of the stage's time on news text).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{BB}", "\u{201C}", "\u{201D}", "\"": true
        default: false
        }
    }

    private static func opensQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{AB}", "\u{201C}", "\u{201E}", "\"", "(": true
        default: false
        }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || scalar.properties.numericType != nil || scalar == "\u{2192}" || scalar == "\u{2022}"
    }
}
