import Foundation
import PipelineKit

/// Static word vectors: one short unit vector per word, looked up by the stance tokenizer's word hash.
///
/// They carry what a pretrained language model knows about words the labelled data seldom shows
/// ("lambasted" is close to "criticised"). The bundled model's vectors were made from the
/// all-MiniLM-L6-v2 sentence encoder (`dev/stance/word_vectors.py`): each word of its vocabulary
/// encoded alone, projected on 64 principal components and normalised. Inference only averages
/// them, so it stays a handful of additions per word.
public struct StanceWordVectors: Sendable {
    /// Components per word.
    public let dimensions: Int
    /// Word hash → row.
    let rows: [UInt64: Int32]
    /// `rows.count × dimensions` components, row-major.
    let components: [Float]

    /// Number of words.
    public var count: Int { rows.count }

    init(dimensions: Int, rows: [UInt64: Int32], components: [Float]) {
        self.dimensions = dimensions
        self.rows = rows
        self.components = components
    }

    /// The row start of the word with this hash in ``components``, if it has a vector.
    @inline(__always)
    func offset(of hash: UInt64) -> Int? {
        rows[hash].map { Int($0) &* dimensions }
    }

    /// Reads a text file of `word v1 v2 … vN` lines (space- or tab-separated, the word2vec/GloVe text
    /// layout; a first line of just two integers is skipped). Words are lowercased; each vector is
    /// normalised to unit length.
    /// - Throws: ``StageError`` naming the file and line of the first malformed line.
    public static func read(path: String) throws -> StanceWordVectors {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read word vectors '\(path)'")
        }
        var dimensions = 0
        var rows: [UInt64: Int32] = [:]
        var components: [Float] = []
        var lineNumber = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty || (lineNumber == 1 && fields.count == 2 && Int(fields[0]) != nil) { continue }
            let numbers = fields.dropFirst().compactMap { Float($0) }
            guard numbers.count == fields.count - 1, !numbers.isEmpty,
                  dimensions == 0 || numbers.count == dimensions
            else {
                throw StageError("word vectors '\(path)', line \(lineNumber): expected a word and \(dimensions == 0 ? "numbers" : "\(dimensions) numbers")")
            }
            dimensions = numbers.count
            let hash = StanceTokenizer.hash(String(fields[0]).lowercased().replacingOccurrences(of: "’", with: "'"))
            guard rows[hash] == nil else { continue }
            var norm: Float = 0
            for v in numbers { norm += v * v }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            rows[hash] = Int32(rows.count)
            // Quantised as a model file stores them, so training sees what inference will.
            components.append(contentsOf: numbers.map { Self.quantised($0 * scale) })
        }
        guard dimensions > 0 else { throw StageError("word vectors '\(path)' hold no vectors") }
        return StanceWordVectors(dimensions: dimensions, rows: rows, components: components)
    }

    /// A component rounded to the signed byte a model file keeps (× 127).
    static func quantised(_ value: Float) -> Float {
        max(-127, min(127, (value * 127).rounded())) / 127
    }

    /// The vectors as a model file stores them: per word 8 bytes of hash (little-endian) and one
    /// signed byte per component (× 127), sorted by hash, base64.
    func encoded() -> String {
        var data = Data()
        data.reserveCapacity(rows.count * (8 + dimensions))
        for (hash, row) in rows.sorted(by: { $0.key < $1.key }) {
            for b in 0..<8 { data.append(UInt8((hash >> (8 * UInt64(b))) & 0xFF)) }
            let start = Int(row) * dimensions
            for j in 0..<dimensions {
                let q = max(-127, min(127, (components[start + j] * 127).rounded()))
                data.append(UInt8(bitPattern: Int8(q)))
            }
        }
        return data.base64EncodedString()
    }

    /// Reads ``encoded()`` text.
    static func decode(_ text: String, dimensions: Int) throws -> StanceWordVectors {
        guard dimensions > 0, let data = Data(base64Encoded: text), data.count % (8 + dimensions) == 0 else {
            throw StageError("malformed \"vectors\" (expected base64 rows of 8 + \(dimensions) bytes)")
        }
        let stride = 8 + dimensions
        let count = data.count / stride
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(count)
        var components = [Float](repeating: 0, count: count * dimensions)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for entry in 0..<count {
                var hash: UInt64 = 0
                for b in 0..<8 { hash |= UInt64(bytes[entry * stride + b]) << (8 * UInt64(b)) }
                rows[hash] = Int32(entry)
                for j in 0..<dimensions {
                    components[entry * dimensions + j] = Float(Int8(bitPattern: bytes[entry * stride + 8 + j])) / 127
                }
            }
        }
        return StanceWordVectors(dimensions: dimensions, rows: rows, components: components)
    }
}
