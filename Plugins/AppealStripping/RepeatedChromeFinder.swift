import PipelineKit

/// Finds page chrome repeated verbatim at the top of a document, such as an address block
/// printed twice before the article.
///
/// The first lines are compared with the lines that follow them: if a run of `k` lines (two or
/// more) appears two or more times back to back at the top (starting within the first
/// ``maxStartLine`` lines), it is scraped chrome and removed entirely (the article never starts
/// with the same paragraph pair twice). A single line printed twice (a headline, a byline, a photo
/// credit, a standfirst repeated as the lede) stays: the reader loses nothing by it, and the real
/// pages we labelled all count it as the article's (see dev/appeals/README.md, "Repeated lines").
enum RepeatedChromeFinder {
    /// The `reason` of a repeated-chrome cut.
    static let reason = "repeated-boilerplate"

    /// The longest repeated run considered, in lines.
    static let maxRunLines = 12

    /// How far down (in content lines) a repeated run may start, e.g. after a site name.
    static let maxStartLine = 3

    static func blocks(in lines: [TextLine]) -> [AppealBlock] {
        let content = lines.indices.filter { !lines[$0].isBlank }
        let keys = content.map { lines[$0].lowered }
        for offset in 0...min(maxStartLine, max(content.count - 2, 0)) {
            let available = content.count - offset
            guard available >= 2 else { break }
            for k in stride(from: min(maxRunLines, available / 2), through: 2, by: -1) {
                var copies = 1
                while (copies + 1) * k <= available,
                      (0..<k).allSatisfy({ keys[offset + copies * k + $0] == keys[offset + $0] }) {
                    copies += 1
                }
                guard copies >= 2 else { continue }
                return [AppealBlock(firstLine: content[offset], lastLine: content[offset + copies * k - 1],
                                    score: Double(copies), reason: reason)]
            }
        }
        return []
    }

    /// Chrome repeated at the start of a line when line breaks were lost ("Home News Politics
    /// Home News Politics The council voted ..."): a run of at least two words, up to 300 code
    /// points, printed twice back to back, with text after it on the line. Returns the span of both
    /// copies and the space after.
    static func runTogetherSpan(in line: TextLine) -> Span? {
        let scalars = Array(line.text.unicodeScalars.prefix(700))
        let limit = min(300, (scalars.count - 1) / 2)
        guard limit > 2 else { return nil }
        for length in stride(from: limit, through: 3, by: -1) where scalars[length] == " " {
            let copy = length + 1
            guard copy + length <= scalars.count,
                  copy + length == scalars.count || scalars[copy + length] == " ",
                  scalars[0..<length].contains(" "),
                  scalars[copy..<(copy + length)].elementsEqual(scalars[0..<length]) else { continue }
            // A headline glued to a lede that opens with the same words ("New school opens New
            // school opens with 550 places") is article text: the second copy runs on in lower case.
            if copy + length + 1 < scalars.count, scalars[copy + length + 1].properties.isLowercase { continue }
            // A line that is one phrase printed twice and nothing else is a headline or title doubled by the
            // scrape, like a single line repeated (see ``blocks(in:)``): it stays.
            if copy + length == line.text.unicodeScalars.count { continue }
            let end = min(copy + length + 1, scalars.count)
            return Span(start: line.span.start, end: line.span.start + end)
        }
        return nil
    }
}
