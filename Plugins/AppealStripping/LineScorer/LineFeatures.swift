/// The features of one scoring unit in its document: its words and word pairs, the appeal
/// lexicon's cues it carries (``cueTags(of:)``), its shape (length, closing punctuation, digits,
/// currency signs, links, quotation marks, first-person-plural and second-person words), its
/// position, and the words and cues of the two units before and after it.
///
/// The cue tags let the scorer generalise past the words it was trained on: a call verb, a payment
/// word or the newsroom's voice counts the same in any language and wording the lexicon knows.
/// Word pairs count half as much as words since version 3 (eighteenth session): at full weight
/// they mostly memorised the training outlets' phrasing (see ``wordPairWeight``).
///
/// Features are hashed (FNV-1a) into `1 << bits` slots; a feature may occur several times.
struct LineFeatures {
    /// log2 of the number of slots.
    let bits: Int

    /// The value of a word-pair feature (a word's is 1). Measured with scorers that never saw the
    /// pages scored or their paraphrases: leave-one-fold-out runs on real probes 52–77 (244 appeal
    /// documents), real probes 78–95 and held-out batches 98–115 (184 each). At 1 (version 2) they
    /// cleaned 135, 66 and 58 documents and cut 1,793, 2,036 and 1,355 article characters; at 0.5
    /// 134, 71 and 59 for 1,710, 2,072 and 1,314; without word pairs 139, 70 and 61 for 1,678, 2,184
    /// and 1,348, but then the scorer cut a test's hard negative (an article's advice to subscribe
    /// elsewhere) and cleaned 94 fewer of the 2,242 plain fixture documents it trained on (0.5: 34).
    static let wordPairWeight: Float = 0.5

    /// Hashed feature slots and values of unit `i` of `units` (each unit's words and cue tags); the
    /// first `own` are the unit's own, the rest come from its neighbours.
    func features(of i: Int, in units: [Tokens], texts: [Substring]) -> (features: [(slot: Int, value: Float)], own: Int) {
        let (named, own) = Self.named(of: i, in: units, texts: texts)
        return (named.map { (slot($0.name), $0.value) }, own)
    }

    /// The features of unit `i` of `units` by name (`w:word`, `b:word_word`, `c:action`, `len:3`,
    /// `p:word` …); the first `own` are the unit's own, the rest its neighbours' (`p:`, `n:`, `pp:`, `nn:`).
    static func named(of i: Int, in units: [Tokens], texts: [Substring]) -> (features: [(name: String, value: Float)], own: Int) {
        var out: [(name: String, value: Float)] = []
        let words = units[i].words
        for word in words { out.append(("w:" + word, 1)) }
        for tag in units[i].tags { out.append(("c:" + tag, 1)) }
        for (a, b) in zip(words, words.dropFirst()) { out.append(("b:" + a + "_" + b, Self.wordPairWeight)) }
        var bin = 0
        while bin < 6, (1 << (bin + 1)) <= words.count + 1 { bin += 1 }
        out.append(("len:\(bin)", 1))
        out.append(("end:" + Self.closing(texts[i]), 1))
        for flag in Self.shapeFlags(texts[i]) { out.append((flag, 1)) }
        if words.contains(where: Self.weWords.contains) { out.append(("we", 1)) }
        if words.contains(where: Self.youWords.contains) { out.append(("you", 1)) }
        let relative = Double(i) / Double(max(1, units.count - 1))
        out.append(("pos:\(Int(relative * 4.99))", 1))
        if i < 3 { out.append(("first:\(i)", 1)) }
        if i >= units.count - 3 { out.append(("last:\(units.count - 1 - i)", 1)) }
        let own = out.count
        for (shift, prefix, weight) in [(-1, "p:", Float(0.5)), (1, "n:", 0.5), (-2, "pp:", 0.25), (2, "nn:", 0.25)] {
            let j = i + shift
            guard units.indices.contains(j) else {
                out.append((prefix + "edge", 1))
                continue
            }
            for word in units[j].words { out.append((prefix + word, weight)) }
            for tag in units[j].tags { out.append((prefix + "c:" + tag, weight)) }
            if units[j].words.contains(where: Self.weWords.contains) { out.append((prefix + "we", weight)) }
            if units[j].words.contains(where: Self.youWords.contains) { out.append((prefix + "you", weight)) }
        }
        return (out, own)
    }

    /// What the features of one unit are made of: its words and its cue tags.
    struct Tokens {
        var words: [String]
        var tags: [String]
    }

    /// The words and cue tags of a unit.
    static func tokens(of text: Substring) -> Tokens {
        Tokens(words: words(of: text), tags: cueTags(of: text))
    }

    /// The built-in lexicon the cue tags are read with (phrases configured in a pipeline are left
    /// out, so a model means the same in every pipeline).
    private static let lexicon = PhraseMatcher(AppealLexicon.phrases, wholeWords: AppealLexicon.pronouns)

    /// The appeal evidence of a unit as tags: each kind of lexicon cue it holds (`action`, `voice`,
    /// `payment`, `reporting` …, the newsroom's "we" and the reader's "you"), small and large sums,
    /// and whether it reads as reporting, quotes speech, opens with a call, offers access for a price,
    /// or holds a call or the newsroom's voice — read as the stripper's rules read a line.
    static func cueTags(of text: Substring) -> [String] {
        let line = String(text)
        let e = LineEvidence(line: line, normalized: TextNormalizer.normalized(line), matcher: lexicon)
        var tags = AppealCue.allCases.filter { $0 != .custom && e.cues[$0] > 0 }.map { "\($0)" }
        for (tag, holds) in [("small-sum", e.smallAmounts > 0), ("large-sum", e.largeAmounts > 0),
                             ("reports", e.isReporting), ("quotes-speech", e.quotesSpeech),
                             ("opens-with-call", e.opensWithCall), ("offers-access", e.offersAccess),
                             ("call-or-voice", e.hasCallOrVoice)] where holds {
            tags.append(tag)
        }
        return tags
    }

    /// Lowercased words of a unit: runs of letters and digits, with an inner apostrophe kept.
    static func words(of text: Substring) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var pendingApostrophe = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingApostrophe { current.append("'"); pendingApostrophe = false }
                current.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}"), !current.isEmpty, !pendingApostrophe {
                pendingApostrophe = true
            } else {
                if !current.isEmpty { words.append(String(current).lowercased()) }
                current = String.UnicodeScalarView()
                pendingApostrophe = false
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }

    /// The slot a named feature hashes to.
    func slot(_ feature: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in feature.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash & UInt64((1 << bits) - 1))
    }

    /// The unit's last non-space character as a class: `.`, `!`, `?`, `:`, `…`, a quotation mark, or `none`.
    private static func closing(_ text: Substring) -> String {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return "none" }
        switch last {
        case ".", "!", "?", ":": return String(last)
        case "\u{2026}": return "…"
        case "\u{BB}", "\u{201D}", "\u{201C}", "\"": return "quote"
        default: return "none"
        }
    }

    private static func shapeFlags(_ text: Substring) -> [String] {
        var flags: Set<String> = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "0"..."9": flags.insert("digit")
            case "$", "\u{20AC}", "\u{A3}", "\u{20BD}": flags.insert("currency")
            case "@": flags.insert("link")
            case "\u{AB}", "\u{BB}", "\u{201C}", "\u{201D}", "\u{201E}", "\"": flags.insert("quote")
            default: break
            }
        }
        if text.contains("http") || text.contains("www.") { flags.insert("link") }
        return flags.sorted()
    }

    /// First-person-plural words in English, German, French and Russian.
    static let weWords: Set<String> = [
        "we", "us", "our", "ours", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
        "nous", "notre", "nos", "мы", "нас", "наш", "наша", "наши", "нам",
    ]
    /// Second-person words in English, German, French and Russian.
    static let youWords: Set<String> = [
        "you", "your", "yours", "sie", "ihr", "ihre", "ihren", "ihrem", "vous", "votre", "vos",
        "вы", "вас", "ваш", "ваша", "ваши", "вам",
    ]
}
