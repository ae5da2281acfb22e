/// The evidence one line carries for or against belonging to an appeal, and its score.
struct LineEvidence: Sendable {
    var cues = CueCounts()
    /// First-person plural words ("we", "our", "wir", "nous", "мы").
    var firstPlural = 0
    /// Second-person words addressed to the reader ("you", "Sie", "vous", "вы").
    var secondPerson = 0
    /// Small money amounts ("$2", "5 €", "300 рублей"), typical of payment calls.
    var smallAmounts = 0
    /// Large money amounts ("$2 million", "€40,000"), typical of reporting on donations.
    var largeAmounts = 0
    /// Whether the line contains a quotation mark.
    var hasQuote = false
    /// Whether the line quotes speech: a quotation mark that is not one of a pair around a short
    /// name or title («Важные», "The Lantern").
    var quotesSpeech = false
    /// Length of the line's content in UTF-8 bytes.
    var length = 0
    /// Length of the line's content in code points (a Cyrillic letter is one, not two bytes).
    var points = 0

    /// Weighs the cues into one number: positive for appeal language, negative for reporting.
    var score: Double {
        var s = 0.0
        s += 3.0 * Double(min(cues[.action], 2))
        s += 2.0 * Double(min(cues[.voice], 3))
        s += 2.0 * Double(min(cues[.header], 1))
        s += 1.0 * Double(min(cues[.payment], 2))
        s += 1.0 * Double(min(cues[.signoff], 1))
        s += 6.0 * Double(min(cues[.custom], 1))
        s += 0.5 * Double(min(firstPlural, 3)) + 0.5 * Double(min(secondPerson, 3))
        if firstPlural > 0 && secondPerson > 0 { s += 0.5 }
        s += 1.0 * Double(min(smallAmounts, 2))
        // A large sum is reporting ("raised $4 million") unless the newsroom names its own goal.
        if !speaksToReader && cues[.voice] == 0 && !isProgressBar { s -= 1.5 * Double(min(largeAmounts, 2)) }
        s -= 3.0 * Double(min(cues[.reporting], 2))
        if !speaksToReader { s -= 1.0 * Double(min(cues[.thirdParty], 2)) }
        if hasQuote && cues[.reporting] > 0 { s -= 1.0 }
        if isQuotation { s -= 2.0 }
        if isWholeQuotation { s -= Self.wholeQuotationPenalty }
        return s
    }

    /// Whether the line speaks to the reader or as the newsroom: the mark of an appeal.
    var addressesReader: Bool {
        firstPlural > 0 || secondPerson > 0 || cues[.voice] > 0 || cues[.header] > 0 || cues[.custom] > 0
    }

    /// Whether the line is in the page's own words: it neither reports about someone else nor
    /// quotes (the guard of every one-line rule).
    var speaksOwnWords: Bool { !isReporting && !isQuotation && !quotesSpeech }

    /// Whether the line names no third party (another's campaign, a charity, the police, a candidate)
    /// and no beneficiary of the giving: the one-line rules' second guard beside ``speaksOwnWords``.
    var namesNoOtherParty: Bool { cues[.thirdParty] + cues[.beneficiary] == 0 }

    /// Whether the line is in the page's own words, holds no quotation mark at all and names no other
    /// party: the whole guard of a one-line plug or prompt that asks nothing more of its words.
    var speaksOwnWordsOnly: Bool { speaksOwnWords && namesNoOtherParty && !hasQuote }

    /// Whether the line reads as reporting about someone else (a large sum is reporting unless
    /// the newsroom speaks: "we need $50,000", "every gift is matched up to $10,000", or it is a
    /// progress bar: "Winter fund drive: $41,870 of $60,000").
    var isReporting: Bool {
        cues[.reporting] > 0 || (largeAmounts > 0 && !speaksToReader && cues[.voice] == 0 && !isProgressBar)
    }

    /// Whether the line is a short fundraising progress bar: a sum raised of a larger goal
    /// ("$41,870 of $60,000"), under 64 bytes, with no reporting word.
    var isProgressBar = false

    /// Whether the line uses "we" or "you": a newsroom naming its goal ("we need $50,000", "your
    /// gift will be matched up to $50,000") rather than reporting someone else's sums.
    var speaksToReader: Bool { firstPlural > 0 || secondPerson > 0 }

    /// Whether the line opens with a quotation mark: quoted speech, never an appeal's seed.
    var isQuotation = false
    /// Whether the line is a paragraph quoted whole, from its first mark to its last (set by the
    /// stage, see ``AppealStripper/isWhollyQuoted(_:_:)``): someone's speech, which outweighs any
    /// appeal words in it and ends a block at it.
    var isWholeQuotation = false
    /// What a wholly quoted paragraph takes off its score.
    static let wholeQuotationPenalty = 20.0
    /// Whether the line is a short button opening with a call verb ("Support The Lantern", "Join
    /// today from $5 a month."): under 60 bytes, and without a full stop unless it names a price.
    var opensWithCall = false
    /// Whether the line ends with a dismiss button ("Dismiss", "Not now", "Nicht jetzt", "Не
    /// сейчас"): page chrome that closes an overlay, never article text.
    var isDismissButton = false
    /// Whether the line is a credit ("Reporter: Anika Hale", "Foto: Hafenamt", "Автор: Анна Иванова"): a
    /// label of one or two words and its colon, then two or three capitalised words and nothing else.
    /// Its label names no medium asking for anything.
    var isCredit = false

    /// Whether a line is a credit (see ``isCredit``).
    static func isCredit(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let colon = words.prefix(2).firstIndex(where: { $0.hasSuffix(":") }), case let name = words[(colon + 1)...],
              (2...3).contains(name.count) else { return false }
        return name.allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
    }

    /// Whether the line offers the reader something for a price ("Mit unserem Digitalabo lesen Sie
    /// alles für 9,90 Euro im Monat"): payment words beside an amount, addressed to the reader.
    var offersAccess: Bool { cues[.payment] > 0 && smallAmounts > 0 && speaksToReader }

    /// Whether the line carries any appeal cue of its own: a call, the newsroom's voice, a priced
    /// offer or a small amount.
    var hasAppealCue: Bool { hasCallOrVoice || offersAccess || smallAmounts > 0 }

    /// Whether the line carries a call to action, newsroom voice or an appeal header (payment
    /// words alone are not enough: articles quote rents and membership fees too).
    var hasCallOrVoice: Bool {
        cues[.action] + cues[.voice] + cues[.header] + cues[.custom] > 0
    }
}

extension LineEvidence {
    /// Gathers the evidence of one line.
    /// - Parameters:
    ///   - line: the line as written (used for German capitalised "Sie"/"Ihre").
    ///   - normalized: the line lowercased and normalised (see ``TextNormalizer``).
    ///   - matcher: the phrase matcher with built-in and configured phrases.
    init(line: String, normalized: [UInt8], matcher: PhraseMatcher) {
        // Words inside quotation marks are someone else's, or a label named rather than used: a plea
        // quoted in an article ("… become a member for $5," the host tells listeners) or a button it
        // describes (a button reading "Sign up") carries no evidence for the line.
        // A short name in quotation marks stays, though, when the line speaks to the reader in its own
        // words: it is the button the reader is told to press (… enter your email and click "Sign up").
        if normalized.contains(0x22), let (ownLine, ownNormalized) = QuotationMask.unquoted(line, normalized) {
            self.init(counting: ownLine, normalized: ownNormalized, matcher: matcher)
            if secondPerson > 0 {
                if let (speechless, speechlessNormalized) = QuotationMask.unquoted(line, normalized, keepingLabels: true) {
                    self.init(counting: speechless, normalized: speechlessNormalized, matcher: matcher)
                } else {
                    self.init(counting: line, normalized: normalized, matcher: matcher)
                }
            }
            length = normalized.count
            points = TextNormalizer.pointCount(normalized)
            hasQuote = true
            quotesSpeech = Self.quotesSpeech(normalized)
            isQuotation = Self.opensWithQuotation(normalized)
            isDismissButton = Self.endsWithDismissButton(normalized)
            return
        }
        self.init(counting: line, normalized: normalized, matcher: matcher)
    }

    /// Gathers the evidence of a line from all its words (see ``init(line:normalized:matcher:)``).
    private init(counting line: String, normalized: [UInt8], matcher: PhraseMatcher) {
        matcher.count(in: Self.addressPathsBlanked(normalized), into: &cues)
        if cues[.ownReporting] > 0 { cues.remove(.reporting, count: min(cues[.reporting], cues[.ownReporting])) }
        // A line opening in the newsroom's "we" and naming the newsroom tells of its own reporting
        // ("Wir sind die einzige Redaktion, die täglich aus der Region berichtet."): its one
        // reporting verb is no attribution, unless quotation marks or third parties are about.
        if cues[.reporting] == 1, cues[.newsroom] > 0, cues[.thirdParty] == 0, !normalized.contains(0x22),
           TextLine.isWeWord(normalized, at: 0) {
            cues.remove(.reporting, count: 1)
        }
        length = normalized.count
        points = TextNormalizer.pointCount(normalized)
        // "US" in capitals is the country, not "us".
        firstPlural = max(0, cues[.firstPlural] - Self.countryUSCount(line))
        secondPerson = cues[.secondPerson] + (cues[.frenchWord] == 0 ? cues[.du] : 0)
        secondPerson += line.utf8.withContiguousStorageIfAvailable(Self.germanFormalCount)
            ?? Self.germanFormalCount(Array(line.utf8).withUnsafeBufferPointer { $0 })
        hasQuote = normalized.contains(0x22)
        quotesSpeech = hasQuote && Self.quotesSpeech(normalized)
        isQuotation = Self.opensWithQuotation(normalized)
        (smallAmounts, largeAmounts) = MoneyScanner.amounts(in: normalized)
        isDismissButton = Self.endsWithDismissButton(normalized)
        if length < 60, normalized.contains(0x3A) { isCredit = Self.isCredit(line) }
        if largeAmounts > 0, length < 64, cues[.reporting] == 0 { isProgressBar = MoneyScanner.holdsProgressBar(normalized) }
        if length < 60, normalized.last != 0x2E || cues[.payment] + smallAmounts > 0, Self.opensWithCallVerb(normalized, at: TextNormalizer.letterStart(in: normalized)) {
            opensWithCall = true
            // A call-verb button counts as a call to action even when its words are no lexicon phrase.
            if cues[.action] == 0 { cues.add(.action) }
        }
    }

    /// Whether a short normalised line or unit ends with a dismiss button
    /// (``AppealLexicon/dismissButtons``) as a word group of its own and without a full stop
    /// ("Dismiss", "Donate to the map Dismiss", "Give $10 Give another amount Not now").
    static func endsWithDismissButton(_ bytes: [UInt8]) -> Bool {
        guard bytes.count <= 96 else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, dismissEnds[Int(bytes[end - 1])] else { return false }
        // Try each word start among the last four words.
        var words = 0
        var i = end - 1
        while i >= 0, words < 4 {
            if i == 0 || bytes[i - 1] == 0x20 {
                words += 1
                if dismissLeads[Int(bytes[i])], AppealLexicon.dismissButtons.contains(String(decoding: bytes[i..<end], as: UTF8.self)) { return true }
            }
            i -= 1
        }
        return false
    }

    /// The bytes that end, and the bytes that start, some dismiss button.
    private static let dismissEnds: [Bool] = byteTable(AppealLexicon.dismissButtons.compactMap { $0.utf8.last })
    private static let dismissLeads: [Bool] = byteTable(AppealLexicon.dismissButtons.compactMap { $0.utf8.first })

    private static func byteTable(_ bytes: [UInt8]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes { table[Int(byte)] = true }
        return table
    }

    /// Whether the first word of a normalised line is a call verb (``AppealLexicon/callVerbs``) used
    /// as one: a headline's or report's noun before its verb ("Support grows for new stadium", "Help
    /// is on the way", "Donate by phone lines stayed open") calls for nothing.
    /// - Parameter start: where the first word starts (after marks the caller skipped).
    static func opensWithCallVerb(_ bytes: [UInt8], at start: Int = 0) -> Bool {
        // Most lines open with a word no call verb starts like: check the first byte before decoding.
        guard start < bytes.count, callVerbLeads[Int(bytes[start])] else { return false }
        let end = TextNormalizer.wordEnd(in: bytes, from: start)
        guard end > start && end - start < 32,
              case let verb = String(decoding: bytes[start..<end], as: UTF8.self), AppealLexicon.callVerbs.contains(verb)
        else { return false }
        // The French button's "je" ("Je m'abonne") before a number is the German "je" ("Je 900 Euro an zwei Kitas").
        if verb == "je", end + 1 < bytes.count, bytes[end] == 0x20, (0x30...0x39).contains(bytes[end + 1]) { return false }
        return !hasOwnVerb(bytes, after: end)
    }

    /// How many words after an opening call verb may stand before the verb that makes it a noun
    /// ("Support for the new stadium grows").
    static let subjectWords = 5

    /// Whether the clause after a line's first word has a verb of its own (``nounVerbs``) within
    /// ``subjectWords`` words: the first word is then its subject. The search stops at a mark
    /// other than a hyphen or apostrophe and at a word that opens a clause or an object
    /// (``clauseOpeners``): "Give now and your gift will be doubled" and "Help us build what comes
    /// next" call.
    private static func hasOwnVerb(_ bytes: [UInt8], after end: Int) -> Bool {
        var i = end
        for _ in 0..<subjectWords {
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            guard i < bytes.count, TextNormalizer.isWordByte(bytes[i]) else { return false }
            let word = TextNormalizer.word(in: bytes, at: i)
            if nounVerbs.contains(word) { return true }
            if clauseOpeners.contains(word) { return false }
            i = TextNormalizer.wordEnd(in: bytes, from: i)
        }
        return false
    }

    /// Words after which a call's words are its object or a clause of their own, never its subject's.
    static let clauseOpeners: Set<String> = [
        "that", "which", "who", "what", "and", "or", "if", "so", "because", "to", "when", "where", "while", "but",
    ]

    /// Verbs that make the word before them a noun, the subject of a headline or report ("Support
    /// grows", "Help arrives", "Support is"): an imperative is followed by its object, never by these.
    static let nounVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "grows", "grew", "rises", "rose", "falls", "fell",
        "mounts", "builds", "surges", "wanes", "slips", "drops", "soars", "dips", "swells", "fades", "remains", "continues",
        "pours", "arrives", "arrived", "comes", "came", "flows", "flowed", "stalls", "lags", "declines", "increases", "doubles",
        "stayed", "stays", "remained",
    ]

    /// The bytes that start some call verb.
    private static let callVerbLeads: [Bool] = {
        var leads = [Bool](repeating: false, count: 256)
        for verb in AppealLexicon.callVerbs { if let first = verb.utf8.first { leads[Int(first)] = true } }
        return leads
    }()

    /// How often "US" stands in capitals as a word of its own (the country).
    static func countryUSCount(_ line: String) -> Int {
        line.utf8.withContiguousStorageIfAvailable(countryUSCount)
            ?? Array(line.utf8).withUnsafeBufferPointer(countryUSCount)
    }

    static func countryUSCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let n = bytes.count
        while i + 1 < n {
            if bytes[i] == 0x55, bytes[i + 1] == 0x53, i == 0 || !TextNormalizer.isWordByte(bytes[i - 1]),
               i + 2 == n || !TextNormalizer.isWordByte(bytes[i + 2]) {
                count += 1
            }
            i += 1
        }
        return count
    }

    /// German formal "you" ("Sie", "Ihre", …) written with a capital after the line's first word
    /// (words are runs of letters and digits, with apostrophes inside them).
    static func germanFormalCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Most lines hold no "Sie"/"Ih…" at all: look for one before tokenising.
        var candidate = false
        var p = 1
        while p + 1 < bytes.count {
            let b = bytes[p]
            if (b == 0x53 && bytes[p + 1] == 0x69) || (b == 0x49 && bytes[p + 1] == 0x68) { candidate = true; break }
            p += 1
        }
        guard candidate else { return 0 }
        var count = 0
        var start = -1
        var isFirstWord = true
        let n = bytes.count
        for i in 0...n {
            let isWord = i < n && (TextNormalizer.isWordByte(bytes[i]) || (bytes[i] == 0x27 && start >= 0))
            if isWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                let length = i - start
                if length <= 6 {
                    // Only words of up to six bytes count as the "first word" (kept as it was measured).
                    if !isFirstWord && isGermanFormal(bytes, from: start, length: length) { count += 1 }
                    isFirstWord = false
                }
                start = -1
            }
        }
        return count
    }

    /// "Sie", "Ihr", "Ihre", "Ihnen", "Ihren", "Ihrer", "Ihrem", "Ihres".
    private static func isGermanFormal(_ b: UnsafeBufferPointer<UInt8>, from s: Int, length: Int) -> Bool {
        if length == 3 && b[s] == 0x53 && b[s + 1] == 0x69 && b[s + 2] == 0x65 { return true }    // Sie
        guard length >= 3, b[s] == 0x49, b[s + 1] == 0x68 else { return false }                     // Ih…
        if length == 3 { return b[s + 2] == 0x72 }                                                  // Ihr
        if b[s + 2] == 0x6E { return length == 5 && b[s + 3] == 0x65 && b[s + 4] == 0x6E }         // Ihnen
        guard b[s + 2] == 0x72, b[s + 3] == 0x65 else { return false }                              // Ihre…
        if length == 4 { return true }
        guard length == 5 else { return false }
        return b[s + 4] == 0x6E || b[s + 4] == 0x72 || b[s + 4] == 0x6D || b[s + 4] == 0x73        // n r m s
    }

    /// How far apart (in code points, the opening mark counted) a pair of quotation marks around a name may stand.
    static let quotedNamePoints = 40

    /// Whether the quotation marks in a line enclose speech rather than only short names: an
    /// unpaired mark, or a pair more than ``quotedNamePoints`` code points or three spaces apart
    /// (code points, not bytes: «Першого Криворізького» is a name, though its letters take two bytes each;
    /// spaces beside a dash not counted: «Головні новини Києва – 44.ua» is a name too).
    static func quotesSpeech(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                guard bytes[i] == 0x22 else { i += 1; continue }
                // An opening mark: the closing one must follow within the reach and three spaces.
                var j = i + 1
                var spaces = 0
                var points = 1
                while j < n && bytes[j] != 0x22 {
                    if bytes[j] == 0x20 && !besideDash(bytes, j) { spaces += 1 }
                    // (A continuation byte, 10xxxxxx, adds no code point.)
                    if bytes[j] & 0xC0 != 0x80 { points += 1 }
                    j += 1
                }
                if j == n || points > quotedNamePoints || spaces > 2 { return true }
                i = j + 1
            }
            return false
        }
    }

    /// `normalized` with the path of each web address blanked ("www.county.example/subscribe" reads as
    /// "www.county.example"): the words of a link's path are no words of the line ("… sign up at
    /// www.county.example/subscribe" holds one call, not two). The host stays. The same array when no
    /// word holds "://" or opens with "www.".
    static func addressPathsBlanked(_ normalized: [UInt8]) -> [UInt8] {
        // (Most lines hold no slash: passed over on one scan of their bytes.)
        guard normalized.contains(0x2F) else { return normalized }
        // (Copied on the first blanked byte only.)
        var bytes = normalized
        var i = 0
        let n = bytes.count
        while i < n {
            // One word: up to the next space.
            var end = i
            while end < n, bytes[end] != 0x20 { end += 1 }
            if let slash = TextNormalizer.addressPathStart(in: bytes[i..<end]) {
                for m in slash..<end { bytes[m] = 0x20 }
            }
            i = end + 1
        }
        return bytes
    }

    /// Whether the space at `i` stands next to a dash ("-", "–", "—"): a name's part after a dash
    /// ("Головні новини Києва – 44.ua") adds no word of speech.
    private static func besideDash(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        func dashEnds(at k: Int) -> Bool {
            guard k >= 0 else { return false }
            if bytes[k] == 0x2D { return true }
            return k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80 && (bytes[k] == 0x93 || bytes[k] == 0x94)
        }
        func dashStarts(at k: Int) -> Bool {
            guard k < bytes.count else { return false }
            if bytes[k] == 0x2D { return true }
            return k + 2 < bytes.count && bytes[k] == 0xE2 && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94)
        }
        return dashEnds(at: i - 1) || dashStarts(at: i + 1)
    }

    /// Whether a line opens with quoted speech: a quotation mark that does not close soon after
    /// (a quoted name like «Холод» closes within the first words; speech runs on).
    static func opensWithQuotation(_ bytes: [UInt8]) -> Bool {
        if opensInterviewTurn(bytes) { return true }
        var start = 0
        if bytes.first == 0x2D { start = 2 }                    // "- «..." dialogue dash
        guard start < bytes.count, bytes[start] == 0x22 else { return closesLostQuotation(bytes) }
        guard let close = bytes[(start + 1)...].firstIndex(of: 0x22) else { return true }
        return close - start > max(40, bytes.count * 2 / 5)
    }

    /// Whether a long line ends a quotation opened on an earlier line: its only quotation mark
    /// closes it at the end ("… keep us going." after "The editor wrote:").
    static func closesLostQuotation(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end >= 80, bytes[end - 1] == 0x22 else { return false }
        return bytes[..<(end - 1)].firstIndex(of: 0x22) == nil
    }

    /// Interview turns are quoted speech too: "Q: ...", "A: ...", "Frage: ...", "Ответ: ...".
    static func opensInterviewTurn(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.prefix(16).firstIndex(of: 0x3A), colon + 1 < bytes.count, bytes[colon + 1] == 0x20 else {
            return false
        }
        let label = String(decoding: bytes[..<colon], as: UTF8.self)
        return interviewLabels.contains(label)
    }

    private static let interviewLabels: Set<String> = [
        "q", "a", "f", "question", "answer", "frage", "antwort", "réponse", "вопрос", "ответ", "в", "о",
    ]
}
