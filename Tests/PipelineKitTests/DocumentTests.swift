import Testing
import PipelineKitTesting
@testable import PipelineKit

@Suite("Documents")
struct DocumentTests {
    @Test("removing spans records original offsets and moves existing layers")
    func removal() {
        var doc = Document(id: "x", text: "AAA Junk. Real text “here”. More junk. End.")
        doc.sentences = [Span(start: 4, end: 9), Span(start: 10, end: 27), Span(start: 28, end: 38), Span(start: 39, end: 43)]
        doc.remove([Cut(span: Span(start: 0, end: 10), reason: "chrome")])
        #expect(doc.text == "Real text “here”. More junk. End.")
        doc.remove([Cut(span: Span(start: 18, end: 29), reason: "appeal")])
        #expect(doc.text == "Real text “here”. End.")
        #expect(doc.removed.map(\.span) == [Span(start: 0, end: 10), Span(start: 28, end: 39)])
        #expect(doc.removed.map(\.text) == ["AAA Junk. ", "More junk. "])
        #expect(doc.texts(doc.sentences) == ["Real text “here”.", "End."])
    }

    @Test("the original text is rebuilt from the cleaned text and the removals")
    func rebuild() {
        let original = "Top\nTop\nBody “quoted” text.\nDonate now!\nTail."
        var doc = Document(id: "x", text: original)
        doc.remove([Cut(span: Span(start: 4, end: 8), reason: "repeat"), Cut(span: Span(start: 29, end: 41), reason: "appeal")])
        var scalars = Array(doc.text.unicodeScalars)
        for removal in doc.removed {
            scalars.insert(contentsOf: removal.text.unicodeScalars, at: removal.span.start)
        }
        var rebuilt = ""
        rebuilt.unicodeScalars.append(contentsOf: scalars)
        #expect(rebuilt == original)
    }

    @Test("documents round-trip through the output JSON format")
    func jsonRoundTrip() throws {
        var doc = Document(id: "r1", text: "Он сказал: «Нет». He said “no.”", meta: JSONObject([("source", .string("wire"))]))
        doc.sentences = [Span(start: 0, end: 17), Span(start: 18, end: 31)]
        doc.quotes = [Quote(span: Span(start: 27, end: 30), kind: .direct, cue: Span(start: 21, end: 25),
                            speaker: Speaker(name: "Ivan Petrov", span: Span(start: 18, end: 20)))]
        doc.stances = [Stance(target: "X", targetID: "t1", span: Span(start: 0, end: 17), label: .against, score: 0.75, holder: nil)]
        doc.layers["keywords"] = .array([.object(JSONObject([("start", .int(0)), ("end", .int(2))]))])
        var writer = JSONWriter()
        doc.writeJSON(to: &writer)
        let back = try Document(json: try JSONParser.parse(writer.bytes))
        #expect(back.text == doc.text)
        #expect(back.sentences == doc.sentences)
        #expect(back.quotes == doc.quotes)
        #expect(back.stances == doc.stances)
        #expect(back.layers["keywords"] == doc.layers["keywords"])
        #expect(back.meta == doc.meta)
    }

    @Test("decoding rejects a span outside the text and names the field")
    func badSpan() throws {
        let json = try JSONParser.parse(#"{"id":"a","text":"Hi.","sentences":[{"start":0,"end":9}]}"#)
        #expect(throws: DocumentDecodingError.self) { try Document(json: json) }
        do { _ = try Document(json: json) } catch {
            #expect(error.description == "sentences[0]: span [0, 9) is outside the text (length 3)")
        }
    }
}

@Suite("JSON")
struct JSONTests {
    @Test("strings with escapes, surrogate pairs and control characters round-trip")
    func strings() throws {
        let value = JSONValue.object(JSONObject([("s", .string("a\"b\\c\n\t\u{1}é🙂")), ("n", .double(1.5)), ("i", .int(-3)), ("z", .null)]))
        let parsed = try JSONParser.parse(value.jsonText)
        #expect(parsed == value)
        #expect(try JSONParser.parse(#""\ud83d\ude42""#) == .string("🙂"))
    }

    @Test("parse errors name the column")
    func errors() {
        do { _ = try JSONParser.parse(#"{"a": tru}"#); Issue.record("expected an error") } catch {
            #expect(error.description == "column 7: invalid literal")
        }
    }
}
