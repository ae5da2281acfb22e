extension StanceFeaturizer {
    /// Word-vector blocks appended to every feature vector: the words just left of the mention, just
    /// right of it, the two on each side, and the whole evidence.
    static let vectorBlocks = 4
    /// Words on each side of the mention averaged into the side blocks.
    static let vectorSideWords = 6
    /// Function words left out of the averages (they carry no stance and dominate every mean).
    static let vectorStopWords: Set<UInt64> = Set([
        "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "as", "is", "was",
        "are", "were", "be", "been", "that", "this", "it", "its", "his", "her", "their", "he", "she", "they", "we",
        "you", "i", "'s",
    ].map(StanceTokenizer.hash))

    /// Appends the averaged word vectors of ``vectorBlocks`` (each `vectorWeight ×` the mean of the
    /// unit vectors of its known, non-function words; zero when it has none) after the hashed features.
    func addVectorFeatures(_ vectors: StanceWordVectors, words: [UInt64], kinds: [StanceToken.Kind], mention: Int,
                           indices: inout [Int], values: inout [Float]) {
        let d = vectors.dimensions
        var sums = [Float](repeating: 0, count: Self.vectorBlocks * d)
        var counts = [Int](repeating: 0, count: Self.vectorBlocks)
        vectors.components.withUnsafeBufferPointer { components in
            sums.withUnsafeMutableBufferPointer { sums in
                func add(_ offset: Int, block: Int) {
                    let base = block * d
                    for j in 0..<d { sums[base + j] += components[offset + j] }
                    counts[block] += 1
                }
                // Each side outward from the mention (block 0 left, 1 right); rank 1 is the nearest word.
                for side in 0..<2 {
                    let step = side == 0 ? -1 : 1
                    var rank = 0
                    var k = mention + step
                    while k >= 0 && k < words.count {
                        defer { k += step }
                        guard kinds[k] == .word else { continue }
                        rank += 1
                        guard !Self.vectorStopWords.contains(words[k]), let offset = vectors.offset(of: words[k]) else { continue }
                        if rank <= Self.vectorSideWords { add(offset, block: side) }
                        if rank <= 2 { add(offset, block: 2) }
                        add(offset, block: 3)
                    }
                }
            }
        }
        let start = settings.hashDimension
        for block in 0..<Self.vectorBlocks where counts[block] > 0 {
            let scale = settings.vectorWeight / Float(counts[block])
            for j in 0..<d {
                indices.append(start + block * d + j)
                values.append(sums[block * d + j] * scale)
            }
        }
    }
}
