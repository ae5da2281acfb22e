import Foundation

/// A pitch asking the reader to keep the medium free to read ("Support the independent voice of
/// <city> and help keep the future of <outlet> free.", "Give what you can and keep our reporting free
/// for everyone.", "Keep <outlet> Free"): the thing kept free is the outlet, its reporting or its
/// stories. An article keeps other things free ("Volunteers keep the trails free of litter") or
/// reports such a call.
extension AppealStripper {
    /// What is kept free: the outlet's work or future, named as the medium, or the newsroom's own.
    static let keptFreeObjects = ByteNeedles([
        "our ", "the future of", "independent voice", "stor", "reporting", "journalis", "coverage", "news", "content",
    ].map { Array($0.utf8) })

    /// A free-keeping pitch is shorter than this (code points).
    static let freeKeepingPoints = 200
    /// A free-keeping title ("Keep <outlet> Free") has at most this many words.
    static let freeKeepingTitleWords = 5

    /// The lines (never the first, the headline) that are such a pitch (see ``isFreeKeepingPitch(_:)``):
    /// only those of units that call or speak to the reader are read, and titles opening with "Keep".
    func freeKeepingLines(in lines: [TextLine], units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        let pitches = linesOfUnits(in: lines, units: units) { u, _ in
            evidence[u].cues[.action] > 0 || evidence[u].opensWithCall || evidence[u].speaksToReader
        }
        // A title calls with "Keep" alone, which is no call of the lexicon: read on its first word.
        let titles = Set(lines.indices.dropFirst().filter { Self.opensFreeKeepingTitle(lines[$0]) })
        let found = Set(pitches).union(titles).filter { isFreeKeepingPitch(lines[$0], isTitle: titles.contains($0)) }
        // A title's name is the outlet's only when the article does not name it, in any case ("Keep Tuition Free"
        // above a report on tuition is the campaign's slogan): read outside the pitches found.
        return found.sorted().filter { k in
            !titles.contains(k) || !Self.titleNames(lines[k]).contains { name in
                let lowered = Array(name.lowercased().utf8)
                return lines.indices.contains { !found.contains($0) && Self.holdsWord(lowered, in: lines[$0].lowered) }
            }
        }
    }

    /// Whether `word` (lowered bytes) stands in `bytes` as a whole word ("times", not "sometimes").
    static func holdsWord(_ word: [UInt8], in bytes: [UInt8]) -> Bool {
        var from = bytes.startIndex
        while let found = bytes[from...].firstRange(of: word) {
            let before = found.lowerBound == bytes.startIndex || !TextNormalizer.isWordByte(bytes[found.lowerBound - 1])
            let after = found.upperBound == bytes.endIndex || !TextNormalizer.isWordByte(bytes[found.upperBound])
            if before && after { return true }
            from = found.lowerBound + 1
        }
        return false
    }

    /// The capitalised words of a free-keeping title after its "Keep", but "Free" ("Keep New Times Free": "New", "Times").
    static func titleNames(_ line: TextLine) -> [Substring] {
        line.text.split(whereSeparator: \.isWhitespace).dropFirst()
            .map { $0.trimmingCharacters(in: .punctuationCharacters)[...] }
            .filter { $0.first?.isUppercase == true && $0 != "Free" && $0 != "The" }
    }

    /// Whether a line may be a free-keeping title: at most ``freeKeepingTitleWords`` words, no full
    /// stop, opening with "Keep", a capitalised word after it ("Keep <outlet> Free").
    static func opensFreeKeepingTitle(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        guard bytes.count < 4 * freeKeepingPoints, !line.isBlank, !line.endsWithPeriod,
              bytes[TextNormalizer.letterStart(in: bytes)...].starts(with: keepBytes), line.wordCount <= freeKeepingTitleWords
        else { return false }
        return line.text.split(whereSeparator: \.isWhitespace).dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// "keep " as a title opens with it, lowered.
    static let keepBytes = Array("keep ".utf8)

    /// Whether a line asks to keep the medium free: "keep" or "stay", then within a few words "free"
    /// not followed by "of" or "from", the object the outlet (``keptFreeObjects``) or, in a title
    /// (`isTitle`: ``opensFreeKeepingTitle(_:)``), a capitalised name; under ``freeKeepingPoints``, in
    /// the page's own words, no third party or beneficiary.
    func isFreeKeepingPitch(_ line: TextLine, isTitle: Bool) -> Bool {
        let bytes = line.lowered
        // (Most lines hold no "free": passed over before their words are listed.)
        guard bytes.count < 4 * Self.freeKeepingPoints, Self.freeBytes.occurs(in: bytes), let free = Self.keptFree(in: bytes)
        else { return false }
        guard isTitle || Self.keptFreeObjects.occurs(in: Array(bytes[..<free])) else { return false }
        let e = lineEvidence(line)
        return e.points < Self.freeKeepingPoints && e.speaksOwnWords && e.namesNoOtherParty
    }

    /// "free", looked for before a line's words are listed.
    static let freeBytes = ByteNeedles([Array("free".utf8)])

    /// How many words may stand between "keep" or "stay" and "free".
    static let keptFreeReach = 8

    /// The byte offset of the "free" that a "keep" or "stay" before it (within ``keptFreeReach``
    /// words) makes the pitch's promise, not followed by "of" or "from" ("free of litter"); `nil` when none.
    static func keptFree(in bytes: [UInt8]) -> Int? {
        var words: [(start: Int, end: Int)] = []
        var i = 0
        while i < bytes.count {
            guard TextNormalizer.isWordByte(bytes[i]) else { i += 1; continue }
            let end = TextNormalizer.wordEnd(in: bytes, from: i)
            words.append((i, end))
            i = max(end, i + 1)
        }
        let word = { (k: Int) in bytes[words[k].start..<words[k].end] }
        for k in words.indices where word(k).elementsEqual("free".utf8) {
            if k + 1 < words.count, word(k + 1).elementsEqual("of".utf8) || word(k + 1).elementsEqual("from".utf8) { continue }
            let before = words[max(0, k - keptFreeReach)..<k].indices
            if before.contains(where: { word($0).elementsEqual("keep".utf8) || word($0).elementsEqual("stay".utf8) || word($0).elementsEqual("stays".utf8) }) {
                return words[k].start
            }
        }
        return nil
    }
}
