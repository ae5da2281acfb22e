/// One target mention to classify: the tokens of its evidence and where the mention and any other
/// target mentions lie among them.
struct StanceInstance {
    /// Tokens of the evidence (a sentence or a quote), in text order.
    var tokens: [StanceToken]
    /// Token indices of the mention being classified.
    var mention: Range<Int>
    /// Token indices of other target mentions in the same evidence (masked differently).
    var others: [Range<Int>] = []
    /// Token indices left out of the features (a quote spoken BY the target).
    var excluded: [Range<Int>] = []
}

/// How feature vectors are built; stored in each model file so training and inference agree.
public struct StanceFeatureSettings: Sendable, Equatable {
    /// log2 of the hashed feature space size.
    public var hashBits: Int = 18
    /// Shortest and longest character n-grams taken from the words of the target's clause.
    public var charMin: Int = 3
    public var charMax: Int = 5
    /// Words on each side of the mention that get position features.
    public var window: Int = 3
    /// Words on each side of the mention that get side-of-target bag features.
    public var bagWindow: Int = 6
    /// Weight of character n-gram features relative to word features.
    public var charWeight: Float = 0.5
    /// Weight of the whole-evidence word and bigram features.
    public var sentenceWeight: Float = 1
    /// Weight of the target clause's word, bigram and trigram features.
    public var clauseWeight: Float = 1
    /// Weight of the position and side-bag features around the mention.
    public var windowWeight: Float = 1
    /// Weight of the flag features.
    public var flagWeight: Float = 1
    /// Weight of the prior-polarity (lexicon) features.
    public var lexiconWeight: Float = 1
    /// Weight of the frame features: the nearest speech or judgement verb ("said", "accused",
    /// "praised" ...) in the target's clause, conjoined with whether the mention comes before it
    /// (its agent or speaker) or after it (its object), and the prior polarity of the clause on the
    /// far side of that verb; a subject flag for a mention that opens its clause. 0 turns them off
    /// (and is what model files without the setting get).
    public var frameWeight: Float = 0
    /// Weight of the mention's own words (e.g. "trump", "he", "the president"): a prior for the
    /// target itself and for how it is referred to. 0 turns them off (and is what model files
    /// without the setting get).
    public var mentionWeight: Float = 0
    /// Value given to a negated word's plain feature (besides its own negated feature): a
    /// negative value lets "not corrupt" borrow the reversed weight of "corrupt"; 0 turns it off.
    public var negationFlip: Float = 0

    /// Components of the word vectors the model uses (0: none). Set from the vectors when training.
    public var vectorDimensions: Int = 0
    /// Weight of the word-vector features: the averaged vectors of the words near and around the
    /// mention, appended after the hashed features are normalised. 0 turns them off.
    public var vectorWeight: Float = 0.5

    /// The default settings.
    public init() {}

    /// Size of the hashed part of the feature space.
    var hashDimension: Int { 1 << hashBits }
    /// Size of the whole feature space: the hashed part, then the word-vector blocks.
    var dimension: Int { hashDimension + StanceFeaturizer.vectorBlocks * vectorDimensions }
}

/// Turns a ``StanceInstance`` into a sparse hashed feature vector.
///
/// Templates: words and bigrams of the whole evidence and of the target's clause (the mention
/// masked as `<t>`, other targets as `<o>`, words in a negation's scope marked as negated), words
/// at fixed positions around the mention, bags of words left and right of it, character n-grams of
/// the clause, and flags (mention opens the sentence, stands in quotation marks, is followed by a
/// possessive, sits before or after a contrast word, has a negation in its clause).
struct StanceFeaturizer: Sendable {
    let settings: StanceFeatureSettings
    /// Prior word polarities (token hash → valence, about -4...4), from an optional sentiment lexicon.
    let lexicon: [UInt64: Float]
    /// Word vectors whose averages near the mention are dense features, if the model has them.
    let vectors: StanceWordVectors?
    private let mask: UInt64

    init(settings: StanceFeatureSettings, lexicon: [UInt64: Float] = [:], vectors: StanceWordVectors? = nil) {
        self.settings = settings
        self.lexicon = lexicon
        self.vectors = settings.vectorDimensions > 0 ? vectors : nil
        self.mask = UInt64(settings.hashDimension - 1)
    }

    // Template ids.
    private enum T: UInt64 {
        case word = 1, bigram, clauseWord, clauseBigram, position, leftBag, rightBag, char, flag, clauseTrigram, lexicon, frame, mention
    }

    static let targetMask = StanceTokenizer.hash("<t>")
    static let otherMask = StanceTokenizer.hash("<o>")
    static let negatedMark: UInt64 = 0x5bd1_e995_7f4a_7c15
    static let boundary = StanceTokenizer.hash("<s>")

    static let negators: Set<UInt64> = Set(["not", "no", "never", "without", "nor", "neither", "nobody", "nothing",
                                            "none", "cannot", "hardly", "barely", "n't", "lack", "lacks", "lacked",
                                            "failed", "fails", "fail", "refused", "refuses", "denied", "denies"]
        .map(StanceTokenizer.hash))
    /// Verbs of saying and judging whose agent (before) and object (after) differ in stance.
    static let frameVerbs: Set<UInt64> = Set([
        "said", "says", "say", "told", "tells", "stated", "claimed", "claims", "argued", "argues", "added", "wrote",
        "writes", "tweeted", "according", "accused", "accuses", "criticized", "criticised", "criticizes", "praised",
        "praises", "blamed", "blames", "attacked", "attacks", "slammed", "slams", "defended", "defends", "called",
        "calls", "urged", "urges", "warned", "warns", "insisted", "denied", "denies", "announced", "asked", "asks",
        "thanked", "congratulated", "supported", "supports", "endorsed", "endorses", "backed", "opposed", "opposes",
        "condemned", "condemns", "mocked", "ripped", "blasted", "lashed", "hailed", "lauded", "welcomed", "rejected",
        "dismissed", "questioned", "challenged", "sued", "charged", "investigated", "described", "labeled", "branded",
    ].map(StanceTokenizer.hash))
    static let contrastWords: Set<UInt64> = Set(["but", "however", "although", "though", "yet", "whereas", "while",
                                                 "despite", "nevertheless", "nonetheless", "instead"]
        .map(StanceTokenizer.hash))
    static let clauseWords: Set<UInt64> = contrastWords.union(
        ["because", "since", "unless", "which", "who", "whom", "whose", "and", "or", "after", "before", "when", "as"]
            .map(StanceTokenizer.hash))

    @inline(__always)
    private func index(_ template: T, _ a: UInt64, _ b: UInt64 = 0) -> Int {
        var x = template.rawValue &* 0x9E37_79B9_7F4A_7C15 ^ a
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x ^= b &* 0xD6E8_FEB8_6659_FD93
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        x ^= x >> 31
        return Int(truncatingIfNeeded: x & mask)
    }

    /// The features of `instance`: parallel arrays of hashed indices and values (L2-normalised).
    func features(_ instance: StanceInstance, bytes: UnsafeBufferPointer<UInt8>) -> (indices: [Int], values: [Float]) {
        let tokens = instance.tokens
        var indices: [Int] = []
        var values: [Float] = []
        indices.reserveCapacity(tokens.count * 16)
        values.reserveCapacity(tokens.count * 16)

        // Reduced sequence: masks collapsed, excluded tokens dropped.
        var seqHash: [UInt64] = []
        var seqKind: [StanceToken.Kind] = []
        var seqToken: [Int] = []
        seqHash.reserveCapacity(tokens.count)
        var mentionSeq = -1
        var i = 0
        while i < tokens.count {
            if instance.excluded.contains(where: { $0.contains(i) }) { i += 1; continue }
            if instance.mention.contains(i) {
                if mentionSeq < 0 {
                    mentionSeq = seqHash.count
                    seqHash.append(Self.targetMask); seqKind.append(.word); seqToken.append(i)
                }
                i = max(i + 1, instance.mention.upperBound)
                continue
            }
            if let other = instance.others.first(where: { $0.contains(i) }) {
                seqHash.append(Self.otherMask); seqKind.append(.word); seqToken.append(i)
                i = max(i + 1, other.upperBound)
                continue
            }
            seqHash.append(tokens[i].hash); seqKind.append(tokens[i].kind); seqToken.append(i)
            i += 1
        }
        if mentionSeq < 0 {
            mentionSeq = seqHash.count
            seqHash.append(Self.targetMask); seqKind.append(.word); seqToken.append(tokens.count)
        }
        let n = seqHash.count

        // Clauses, negation scope and quotation state.
        var clause = [Int](repeating: 0, count: n)
        var negated = [Bool](repeating: false, count: n)
        var quoted = [Bool](repeating: false, count: n)
        var clauseID = 0
        var inNegation = false
        var inQuote = false
        var contrastBefore = false
        var contrastAfter = false
        var negationInTargetClause = false
        for k in 0..<n {
            let h = seqHash[k]
            switch seqKind[k] {
            case .clauseBreak, .sentenceEnd:
                clauseID += 1
                inNegation = false
            case .quoteMark:
                clauseID += 1
                inNegation = false
                inQuote.toggle()
            case .word:
                if Self.clauseWords.contains(h) {
                    clauseID += 1
                    inNegation = false
                    if Self.contrastWords.contains(h) {
                        if k < mentionSeq { contrastBefore = true } else { contrastAfter = true }
                    }
                }
                if Self.negators.contains(h) || isNegatedSuffix(tokens, seqToken[k], bytes) {
                    inNegation = true
                }
            case .other:
                break
            }
            clause[k] = clauseID
            negated[k] = inNegation && !Self.negators.contains(h)
            quoted[k] = inQuote
        }
        let targetClause = clause[mentionSeq]

        @inline(__always) func word(_ k: Int) -> UInt64 {
            negated[k] ? seqHash[k] ^ Self.negatedMark : seqHash[k]
        }
        func add(_ index: Int, _ value: Float = 1) {
            indices.append(index)
            values.append(value)
        }

        // Words and bigrams of the evidence; clause words and bigrams.
        var previous = Self.boundary
        var previousClause = Self.boundary
        var previous2Clause = Self.boundary
        for k in 0..<n {
            let w = word(k)
            if settings.sentenceWeight > 0 {
                add(index(.word, w), settings.sentenceWeight)
                add(index(.bigram, previous, w), settings.sentenceWeight)
                if negated[k] && settings.negationFlip != 0 {
                    add(index(.word, seqHash[k]), settings.negationFlip * settings.sentenceWeight)
                }
            }
            previous = w
            if clause[k] == targetClause {
                if settings.clauseWeight > 0 {
                    add(index(.clauseWord, w), settings.clauseWeight)
                    if negated[k] && settings.negationFlip != 0 {
                        add(index(.clauseWord, seqHash[k]), settings.negationFlip * settings.clauseWeight)
                    }
                    add(index(.clauseBigram, previousClause, w), settings.clauseWeight)
                    add(index(.clauseTrigram, previous2Clause &* 31 &+ previousClause, w), settings.clauseWeight)
                }
                previous2Clause = previousClause
                previousClause = w
                if negated[k] && seqKind[k] == .word { negationInTargetClause = true }
            }
        }
        // Positions and bags around the mention.
        for offset in 1...max(1, settings.bagWindow) {
            for (k, side) in [(mentionSeq - offset, UInt64(1)), (mentionSeq + offset, UInt64(2))] where k >= 0 && k < n {
                if offset <= settings.window {
                    add(index(.position, side &* 16 &+ UInt64(offset), seqHash[k]), settings.windowWeight)
                }
                add(index(side == 1 ? .leftBag : .rightBag, word(k)), settings.windowWeight)
            }
        }
        if mentionSeq == n - 1 || (mentionSeq + 1 < n && seqKind[mentionSeq + 1] == .sentenceEnd) {
            add(index(.position, 99, Self.boundary), settings.windowWeight)
        }
        // Character n-grams of the clause's words.
        if settings.charMax >= settings.charMin, settings.charWeight > 0 {
            var gram = [UInt8](repeating: 0, count: 64)
            for k in 0..<n where clause[k] == targetClause && seqKind[k] == .word && k != mentionSeq {
                let t = seqToken[k]
                guard t < tokens.count, seqHash[k] != Self.otherMask else { continue }
                let token = tokens[t]
                let length = min(token.byteEnd - token.byteStart, 60)
                gram[0] = UInt8(ascii: "<")
                for j in 0..<length {
                    var byte = bytes[token.byteStart + j]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    gram[j + 1] = byte
                }
                gram[length + 1] = UInt8(ascii: ">")
                let total = length + 2
                let neg: UInt64 = negated[k] ? 1 : 0
                for size in settings.charMin...settings.charMax where size <= total {
                    for s in 0...(total - size) {
                        var h = StanceTokenizer.fnvOffset
                        for j in s..<(s + size) { h = (h ^ UInt64(gram[j])) &* StanceTokenizer.fnvPrime }
                        add(index(.char, h, neg), settings.charWeight)
                    }
                }
            }
        }
        // Prior polarity from the lexicon: strength buckets by scope, and clause sums.
        if !lexicon.isEmpty && settings.lexiconWeight > 0 {
            let lw = settings.lexiconWeight
            var clauseSum: [Float] = [0, 0]
            var sentenceSum: [Float] = [0, 0]
            for k in 0..<n where seqKind[k] == .word {
                guard var v = lexicon[seqHash[k]] else { continue }
                if negated[k] { v = -v * 0.7 }
                let bucket: UInt64 = v >= 2 ? 1 : v > 0 ? 2 : v > -2 ? 3 : 4
                let neg: UInt64 = negated[k] ? 8 : 0
                let distance = abs(k - mentionSeq)
                let near: UInt64 = distance <= 2 ? 16 : distance <= 5 ? 32 : 48
                let side: UInt64 = k < mentionSeq ? 64 : 128
                add(index(.lexicon, 1, bucket | neg), lw)
                add(index(.lexicon, 2, bucket | near | side), lw)
                if clause[k] == targetClause {
                    add(index(.lexicon, 3, bucket | neg), lw)
                    clauseSum[v > 0 ? 0 : 1] += abs(v)
                }
                sentenceSum[v > 0 ? 0 : 1] += abs(v)
            }
            for c in 0..<2 {
                if clauseSum[c] > 0 { add(index(.lexicon, 4, UInt64(c)), lw * min(clauseSum[c] / 4, 2)) }
                if sentenceSum[c] > 0 { add(index(.lexicon, 5, UInt64(c)), lw * min(sentenceSum[c] / 4, 2)) }
            }
            let balance = clauseSum[0] - clauseSum[1]
            add(index(.lexicon, 6, balance > 1 ? 1 : balance < -1 ? 2 : 3), lw)
        }
        // Frames: nearest speech/judgement verb in the target's clause (or the next clause), side and
        // the prior polarity beyond it.
        if settings.frameWeight > 0 {
            let fw = settings.frameWeight
            var best = -1
            var bestDistance = Int.max
            for k in 0..<n where seqKind[k] == .word && Self.frameVerbs.contains(seqHash[k]) && abs(clause[k] - targetClause) <= 1 {
                let distance = abs(k - mentionSeq) + (clause[k] == targetClause ? 0 : 8)
                if distance < bestDistance { best = k; bestDistance = distance }
            }
            if best >= 0 {
                let side: UInt64 = best > mentionSeq ? 1 : 2     // 1: mention is the agent/speaker; 2: the object
                let near: UInt64 = bestDistance <= 2 ? 1 : bestDistance <= 5 ? 2 : 3
                add(index(.frame, 1, side), fw)
                add(index(.frame, 2, side &* 4 &+ near), fw)
                add(index(.frame, 3 &+ side, seqHash[best]), fw)
                add(index(.frame, 5 &+ side, seqHash[best] ^ (negated[best] ? 1 : 0) ^ (near &* 0x1000)), fw)
                // Polarity of the words beyond the verb (its complement) vs those between mention and verb.
                if !lexicon.isEmpty {
                    var beyond: Float = 0
                    if side == 1 {
                        for k in (best + 1)..<n where seqKind[k] == .word { if let v = lexicon[seqHash[k]] { beyond += negated[k] ? -v : v } }
                    } else {
                        for k in 0..<best where seqKind[k] == .word && k != mentionSeq { if let v = lexicon[seqHash[k]] { beyond += negated[k] ? -v : v } }
                    }
                    let sign: UInt64 = beyond > 1 ? 1 : beyond < -1 ? 2 : 3
                    add(index(.frame, 7, side &* 4 &+ sign), fw)
                    if let v = lexicon[seqHash[best]] {
                        add(index(.frame, 8, side &* 4 &+ (v > 0 ? 1 : 2)), fw)
                    }
                }
            }
            // Subject proxy: at most one word ("the", "President") before the mention in its clause.
            var before = 0
            var k = mentionSeq - 1
            while k >= 0 && clause[k] == targetClause { if seqKind[k] == .word { before += 1 }; k -= 1 }
            let subject: UInt64 = before <= 1 ? 1 : 2
            add(index(.frame, 9, subject), fw)
            if !lexicon.isEmpty {
                var after: Float = 0
                for j in (mentionSeq + 1)..<max(mentionSeq + 1, n) where clause[j] == targetClause && seqKind[j] == .word {
                    if let v = lexicon[seqHash[j]] { after += negated[j] ? -v : v }
                }
                add(index(.frame, 10, subject &* 4 &+ (after > 1 ? 1 : after < -1 ? 2 : 3)), fw)
            }
        }
        // The mention's own words.
        if settings.mentionWeight > 0 {
            let mw = settings.mentionWeight
            var last: UInt64 = 0
            var count: UInt64 = 0
            for t in instance.mention where t < tokens.count && tokens[t].kind == .word {
                add(index(.mention, 1, tokens[t].hash), mw)
                last = tokens[t].hash
                count += 1
            }
            if count > 0 { add(index(.mention, 2, last), mw) }
            add(index(.mention, 3, min(count, 4)), mw)
        }
        // Flags.
        let f = settings.flagWeight
        if mentionSeq == 0 { add(index(.flag, 1), f) }
        if quoted[mentionSeq] { add(index(.flag, 2), f) }
        if contrastBefore { add(index(.flag, 3), f) }
        if contrastAfter { add(index(.flag, 4), f) }
        if negationInTargetClause { add(index(.flag, 5), f) }
        if !instance.others.isEmpty { add(index(.flag, 6), f) }
        if !instance.excluded.isEmpty { add(index(.flag, 7), f) }
        add(index(.flag, 8, UInt64(min(n / 8, 6))), f)

        // L2 normalisation.
        var norm: Float = 0
        for v in values { norm += v * v }
        if norm > 0 {
            let scale = 1 / norm.squareRoot()
            for j in values.indices { values[j] *= scale }
        }
        if let vectors, settings.vectorWeight > 0 {
            addVectorFeatures(vectors, words: seqHash, kinds: seqKind, mention: mentionSeq,
                              indices: &indices, values: &values)
        }
        return (indices, values)
    }

    /// Whether a word ends in "n't" (didn't, won't, isn't).
    private func isNegatedSuffix(_ tokens: [StanceToken], _ t: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t < tokens.count else { return false }
        let token = tokens[t]
        let end = token.byteEnd
        guard end - token.byteStart >= 4, bytes[end - 1] | 0x20 == UInt8(ascii: "t") else { return false }
        if bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 3] | 0x20 == UInt8(ascii: "n") { return true }
        if end - token.byteStart >= 6, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2,
           bytes[end - 5] | 0x20 == UInt8(ascii: "n") { return true }
        return false
    }
}
