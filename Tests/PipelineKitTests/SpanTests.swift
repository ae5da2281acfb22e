import Testing
@testable import PipelineKit

@Test("code point index converts between bytes and code points in non-ASCII text")
func codePointIndexRoundTrip() {
    let text = "Kremlin „Пресса“ says “no” — 🙂 ok"
    let index = CodePointIndex(text)
    #expect(index.count == text.unicodeScalars.count)
    let scalars = Array(text.unicodeScalars)
    var byte = 0
    for (i, s) in scalars.enumerated() {
        #expect(index.utf8Offset(ofCodePoint: i) == byte)
        #expect(index.codePointOffset(ofUTF8: byte) == i)
        byte += UTF8.width(s)
    }
    #expect(index.slice(Span(start: 8, end: 16)) == "„Пресса“")
}
