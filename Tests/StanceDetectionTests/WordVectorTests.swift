import Foundation
import Testing
import PipelineKit
@testable import StanceDetection

/// A tiny vector table: praise words point one way, attack words the other, neutral words elsewhere.
private let vectorText = """
    6 3
    praised 1 0.1 0
    lauded 0.9 0.2 0
    Hailed 1 0 0.1
    attacked -1 0.1 0
    slammed -0.9 0 0.1
    blasted -1 0.2 0
    """

private func vectorFile(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "pipe-vectors-\(UUID().uuidString).txt"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// Invented training sentences that only ever use "praised" and "attacked".
private func verbExamples() -> [StanceExample] {
    let names = ["Orrin", "Talwe", "Brisk", "Maddox", "Quell", "Ferro"]
    var examples: [StanceExample] = []
    for (k, name) in names.enumerated() {
        for (verb, label) in [("praised", StanceLabel.favor), ("attacked", .against)] {
            let text = "The council \(verb) \(name) on Monday."
            examples.append(StanceExample(text: text, mention: span(of: name, in: text), label: label,
                                          group: "\(verb)-\(k)"))
        }
    }
    return examples
}

private func trainer(vectors: StanceWordVectors?) -> StanceTrainer {
    var trainer = StanceTrainer()
    trainer.settings.hashBits = 14
    trainer.learningRate = 0.5
    trainer.epochs = 30
    trainer.useVectors(vectors)
    trainer.settings.vectorWeight = 2
    return trainer
}

@Suite("word vectors")
struct WordVectorTests {
    @Test("a vector file is read with its header skipped, words lowercased and vectors made unit length")
    func readsTextLayout() throws {
        let vectors = try StanceWordVectors.read(path: try vectorFile(vectorText))
        #expect(vectors.count == 6)
        #expect(vectors.dimensions == 3)
        let offset = try #require(vectors.offset(of: StanceTokenizer.hash("hailed")))
        let row = vectors.components[offset..<(offset + 3)]
        let length = row.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(length - 1) < 0.02)
        #expect(vectors.offset(of: StanceTokenizer.hash("council")) == nil)
    }

    @Test("a malformed vector line is reported with its file and line number")
    func malformedLine() throws {
        let path = try vectorFile("praised 1 0 0\nattacked 1 zero 0\n")
        #expect {
            try StanceWordVectors.read(path: path)
        } throws: { error in
            let message = (error as? StageError)?.message ?? ""
            return message.contains(path) && message.contains("line 2")
        }
    }

    @Test("words never seen in training borrow the stance of their neighbours in vector space")
    func unseenVerbsFollowTheirNeighbours() throws {
        let vectors = try StanceWordVectors.read(path: try vectorFile(vectorText))
        let model = trainer(vectors: vectors).train(verbExamples())
        for (verb, expected) in [("lauded", StanceLabel.favor), ("hailed", .favor),
                                 ("slammed", .against), ("blasted", .against)] {
            let text = "The council \(verb) Pettersen on Monday."
            #expect(model.classify(text, mention: span(of: "Pettersen", in: text)).label == expected, "\(verb)")
        }
        // Without vectors the unseen verbs tell the model nothing: both get the same answer.
        let plain = trainer(vectors: nil).train(verbExamples())
        let a = plain.classify("The council lauded Pettersen on Monday.", mention: Span(start: 20, end: 29))
        let b = plain.classify("The council slammed Pettersen on Monday.", mention: Span(start: 20, end: 29))
        #expect(a.label == b.label)
    }

    @Test("a model with vectors saves and loads with the same vectors and the same predictions")
    func roundTrip() throws {
        let vectors = try StanceWordVectors.read(path: try vectorFile(vectorText))
        let model = trainer(vectors: vectors).train(verbExamples())
        let loaded = try StanceModel.decode(JSONParser.parse(Data(model.encoded().utf8)))
        #expect(loaded.settings == model.settings)
        #expect(loaded.vectors?.count == 6)
        #expect(loaded.vectors?.encoded() == model.vectors?.encoded())
        let text = "Critics slammed Pettersen and lauded the mayor."
        let mention = span(of: "Pettersen", in: text)
        #expect(loaded.classify(text, mention: mention).label == model.classify(text, mention: mention).label)
        #expect(abs(loaded.classify(text, mention: mention).score - model.classify(text, mention: mention).score) < 1e-4)
        #expect(loaded.encoded() == model.encoded())
    }

    @Test("a model file that promises vectors but has none is rejected")
    func missingVectors() throws {
        let model = trainer(vectors: try StanceWordVectors.read(path: try vectorFile(vectorText))).train(verbExamples())
        var text = model.encoded()
        let range = try #require(text.range(of: "\"vectors\":\""))
        let end = try #require(text.range(of: "\"", range: range.upperBound..<text.endIndex))
        text.replaceSubrange(range.lowerBound..<text.index(after: end.lowerBound), with: "\"unused\":\"\"")
        #expect(throws: StageError.self) { try StanceModel.decode(JSONParser.parse(Data(text.utf8))) }
    }

    @Test("the bundled model carries word vectors")
    func bundledHasVectors() throws {
        let model = try StanceModel.bundled()
        let vectors = try #require(model.vectors)
        #expect(vectors.dimensions == model.settings.vectorDimensions)
        #expect(vectors.count > 10_000)
        #expect(vectors.offset(of: StanceTokenizer.hash("criticised")) != nil)
    }
}
