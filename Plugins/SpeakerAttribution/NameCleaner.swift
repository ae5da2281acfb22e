/// A person's name taken from a mention, with titles and roles removed.
struct CleanName {
    var words: [String]
    var gender: Gender
    /// Whether the mention looks like a person (a title, a known first name, or two or three
    /// name-like words) rather than an organisation or place.
    var isPersonLike: Bool
    /// Token index of the name's last word.
    var lastToken: Int
    /// Whether a word of the name marks an organisation or place (`House`, `Times`, `TV`).
    var isOrganizationLike = false

    var text: String { words.joined(separator: " ") }
    /// The lookup key: the last word, lower case.
    var key: String { words.last!.lowercased() }
}

/// Strips titles and roles from speaker mentions (`Kremlin spokesperson Dmitry Peskov` →
/// `Dmitry Peskov`, `Sen. Ted Cruz, R-Texas` → `Ted Cruz`).
enum NameCleaner {
    /// Lower-case particles inside names (`Charles de Gaulle`).
    static let particles: Set<String> = ["de", "van", "von", "al", "bin", "la", "del", "da", "le", "di", "du"]

    /// Suffix words after a name (`Jr.`), dropped from its key.
    static let nameSuffixes: Set<String> = ["Jr.", "Sr.", "II", "III", "Jr", "Sr"]

    /// Words that mark a capitalised run as an organisation, place or event rather than a person.
    static let nonPersonWords: Set<String> = [
        "house", "party", "committee", "department", "news", "times", "post", "university", "council", "senate",
        "congress", "states", "america", "street", "journal", "campaign", "foundation", "association", "court",
        "administration", "agency", "bureau", "center", "centre", "institute", "group", "company", "inc", "corp",
        "network", "media", "fox", "cnn", "msnbc", "abc", "nbc", "cbs", "national", "federal", "city", "county",
        "union", "club", "church", "hall", "square", "avenue", "park", "airport", "hotel", "tower", "review",
        "magazine", "office", "service", "services", "commission", "board", "fund", "bank", "school", "college",
        "army", "navy", "force", "police", "democrats", "republicans", "republican", "democratic", "gop", "obamacare",
        "act", "bill", "law", "day", "week", "convention", "debate", "caucus", "caucuses", "primary", "iowa",
        "york", "new", "washington", "california", "texas", "florida", "american", "united", "kingdom",
        "china", "russia", "iran", "iraq", "syria", "isis", "mexico", "canada", "europe", "european", "twitter",
        "facebook", "google", "instagram", "youtube", "white", "capitol", "hill", "supreme", "pentagon", "kremlin",
        "state", "north", "south", "east", "west", "carolina", "hampshire", "virginia", "ohio",
        "nevada", "michigan", "wisconsin", "pennsylvania", "poll", "project", "organization", "coalition",
        "research", "initiative", "corporation", "trust", "reserve", "security",
        "intelligence", "justice", "defense", "energy", "health", "affairs", "international", "global", "world",
        "press", "associated", "reuters", "tv", "radio", "books", "publishing", "inc.", "llc",
        "herald", "tribune", "gazette", "globe", "observer", "channel", "show", "politico", "breitbart", "huffington", "usa", "today", "daily",
    ]

    /// The clean name of a speaker mention, or nil when it holds no name (pronoun, role noun).
    static func cleanName(_ text: ScannedText, _ mention: Range<Int>) -> CleanName? {
        let tokens = text.tokens
        // Split at commas; take the piece holding a capitalised name.
        var pieces: [Range<Int>] = []
        var start = mention.lowerBound
        var depth = 0
        for k in mention {
            if tokens[k].isPunct(0x28) {
                // Text in brackets (`(D-Ore.)`) is an affiliation, never the name.
                if depth == 0 && k > start { pieces.append(start..<k) }
                depth += 1
            } else if tokens[k].isPunct(0x29) {
                depth = max(0, depth - 1)
                start = k + 1
            } else if depth == 0 && tokens[k].isPunct(0x2C) {
                if k > start { pieces.append(start..<k) }
                start = k + 1
            }
        }
        if depth == 0 && start < mention.upperBound { pieces.append(start..<mention.upperBound) }
        for piece in pieces {
            guard let name = lastNameRun(text, piece) else { continue }
            // A name modifying a common noun (`the Trump campaign`, `Clinton's aides`) is not the speaker.
            if isModifier(text, nameEnd: name.lastToken, pieceEnd: piece.upperBound) { return nil }
            return name
        }
        return nil
    }

    /// Whether lower-case words other than `of`/`from` follow the name inside its piece, or the
    /// name is possessive.
    private static func isModifier(_ text: ScannedText, nameEnd: Int, pieceEnd: Int) -> Bool {
        let tokens = text.tokens
        if tokens[nameEnd].lower.hasSuffix("'s") || tokens[nameEnd].lower.hasSuffix("s'") { return nameEnd + 1 < pieceEnd }
        var k = nameEnd + 1
        while k < pieceEnd {
            let t = tokens[k]
            if t.isWord && !t.capitalized {
                if t.lower == "of" || t.lower == "from" { return false }
                return true
            }
            k += 1
        }
        return false
    }

    /// A person name from a capitalised run found anywhere in the text, or nil.
    static func personName(_ text: ScannedText, _ run: Range<Int>) -> CleanName? {
        guard var name = lastNameRun(text, run) else { return nil }
        let tokens = text.tokens
        // A single capitalised word at a sentence start is most often not a name.
        if run.count == 1, text.sentences[Int(text.sentenceOf[run.lowerBound])].lowerBound == run.lowerBound,
           WordLists.capitalizedNonNames.contains(tokens[run.lowerBound].lower) {
            return nil
        }
        if name.words.contains(where: { nonPersonWords.contains($0.lowercased()) }) {
            name.isPersonLike = false
            name.isOrganizationLike = true
        }
        // All-capital words (`BFM TV`, `CNN`) and initials-only names are organisations.
        if name.words.contains(where: { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0 == "." } && !$0.hasSuffix(".") }) {
            name.isPersonLike = false
            name.isOrganizationLike = true
        }
        return name
    }

    /// The last run of capitalised words in `range` after its last title word.
    private static func lastNameRun(_ text: ScannedText, _ range: Range<Int>) -> CleanName? {
        let tokens = text.tokens
        var end = range.upperBound
        // Find the last capitalised non-title word.
        while end > range.lowerBound {
            let t = tokens[end - 1]
            if t.isWord && t.capitalized && !WordLists.titles.contains(stripped(t.lower)) && !WordLists.capitalizedNonNames.contains(t.lower) { break }
            end -= 1
        }
        guard end > range.lowerBound else { return nil }
        var start = end - 1
        var gender: Gender = .unknown
        var titled = false
        while start > range.lowerBound {
            let t = tokens[start - 1]
            if t.isPunct(0x2E) { start -= 1; continue }
            guard t.isWord, t.capitalized || particles.contains(t.lower) else { break }
            let w = stripped(t.lower)
            if WordLists.titles.contains(w) || WordLists.capitalizedNonNames.contains(w) {
                if let g = WordLists.genderedTitles[w] { gender = g }
                titled = WordLists.titles.contains(w)
                break
            }
            start -= 1
        }
        // Look one further left for a title before the run (`Mr. Trump`, `Sen. Cruz`).
        if !titled && start > range.lowerBound {
            var k = start - 1
            if tokens[k].isPunct(0x2E) && k > range.lowerBound { k -= 1 }
            if tokens[k].isWord, WordLists.titles.contains(stripped(tokens[k].lower)) {
                titled = true
                if let g = WordLists.genderedTitles[stripped(tokens[k].lower)] { gender = g }
            }
        }
        var words: [String] = []
        for k in start..<end {
            let t = tokens[k]
            if t.isWord {
                var w = text.text(k)
                if w.hasSuffix("'s") || w.hasSuffix("’s") { w = String(w.dropLast(2)) }
                if k == start && (w == "The" || w == "the") { continue }
                words.append(w)
            } else if t.isPunct(0x2E), !words.isEmpty {
                words[words.count - 1] += "."
            }
        }
        guard !words.isEmpty else { return nil }
        // An organisation (`State Department`, `White House`): keep the whole capitalised run,
        // whose first words are no titles here.
        if (words.contains(where: { nonPersonWords.contains($0.lowercased()) }) && !titled)
            || (start > range.lowerBound && nonPersonWords.contains(words.last!.lowercased())) {
            var k = start
            while k > range.lowerBound, tokens[k - 1].isWord, tokens[k - 1].capitalized,
                  !WordLists.capitalizedNonNames.contains(tokens[k - 1].lower) {
                k -= 1
            }
            if k < start {
                words = (k..<end).filter { tokens[$0].isWord }.map { text.text($0) }
                if let last = words.last, last.hasSuffix("'s") || last.hasSuffix("’s") { words[words.count - 1] = String(last.dropLast(2)) }
                return CleanName(words: words, gender: .unknown, isPersonLike: false, lastToken: end - 1, isOrganizationLike: true)
            }
        }
        // Drop a trailing suffix word such as "Jr." from the key but keep it in the name.
        if words.count > 1, nameSuffixes.contains(words.last!) { words.removeLast() }
        let first = words[0].lowercased()
        if gender == .unknown {
            if WordLists.maleFirstNames.contains(first) && words.count > 1 { gender = .male }
            if WordLists.femaleFirstNames.contains(first) && words.count > 1 { gender = .female }
        }
        let knownFirst = WordLists.maleFirstNames.contains(first) || WordLists.femaleFirstNames.contains(first)
        let personLike = titled || (knownFirst && words.count > 1) || (words.count >= 2 && words.count <= 3)
        return CleanName(words: words, gender: gender, isPersonLike: personLike, lastToken: end - 1)
    }

    /// `word` without a final period (`sen.` → `sen`).
    static func stripped(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }
}
