import PipelineKit

/// A button of the page's top bar scraped as the document's first line, above the headline
/// ("Subscribe Today!", "Support us", "Subscribe to <Outlet>", "Mitglied werden", "Поддержать
/// <outlet>.ua"). The call-line rule never reads the first line, since a headline may open with a
/// call ("Support grows for the stadium", "Give to the Max Day in full swing", "Help Ukraine", "Join
/// the Protest"); a button is shorter and its object is the medium: nothing but "us", "now" or
/// "today", "our" or a word naming a medium, a subscription's object, a web address, a name ending
/// in a masthead's word ("Back The Harbour Courier", "Stand with The Lowland Gazette!", "Support
/// <Outlet> Times"), or a member or sponsor of it ("Become a <Outlet> sponsor", "Werde Förderer");
/// a few verbs make a button alone ("Contribuez", "Jetzt beitreten"). A bare name without a
/// masthead's word is no proof: "Support Local Farmers" and "Donate Blood" head articles whose text
/// repeats their words. A newsletter platform's header in that place ("Discover more from
/// <Publication>") goes the same way.
extension AppealStripper {
    /// A top button is shorter than this (code points); it has at most ``topCallWords`` words.
    static let topButtonPoints = 40

    /// The calls a top button opens with: verbs no headline word or menu label reads like ("Spende" is
    /// a kicker's noun, "Back" a menu's link, "Gift" and "Start" nouns too).
    static let topButtonVerbs: Set<String> = supportButtons.union(subscriptionCalls).union([
        "join", "become", "help", "contribute", "renew", "werde", "unterstütze", "rejoignez", "devenez", "donnez", "aidez",
        "поддержите", "поддержи", "помогите", "помоги", "станьте", "присоединяйтесь", "підтримайте", "підтримати",
        "допоможіть", "долучайтеся",
    ])

    /// How a newsletter platform's header over a publication's page opens (lowered; its name follows).
    static let platformHeaders: [[UInt8]] = ["discover more from", "entdecke mehr von"].map { Array($0.utf8) }
    /// A platform's header is shorter than this (code points).
    static let platformHeaderPoints = 80

    /// Calls that make a button only when nothing but the medium's name follows them ("Back The Harbour
    /// Courier"; "Back to …" is a menu's link, "Back the Bond Measure" a headline).
    static let nameOnlyVerbs: Set<String> = ["back"]

    /// Two-word calls a top button may open with, lowered ("Stand with The Lowland Gazette!").
    static let topButtonPairs: Set<String> = ["stand with"]

    /// Calls that are a button on their own, with no word after them; they are no call verbs of the
    /// lexicon, which reads calls anywhere ("Contribuez", "Jetzt beitreten").
    static let loneButtonVerbs: Set<String> = ["contribuez", "beitreten"]

    /// What a reader becomes or joins as when the button's call is to become one ("Become a <Outlet>
    /// sponsor", "Werde Förderer", "Devenez membre"): the medium's supporters, not a foster parent or a
    /// poll worker.
    static let memberNouns: Set<String> = [
        "member", "members", "sponsor", "sponsors", "backer", "backers", "patron", "patrons", "supporter", "supporters",
        "subscriber", "subscribers", "förderer", "förderin", "mitglied", "membre", "membres", "abonné", "abonnée",
        "подписчиком", "патроном", "членом",
    ]

    /// The calls to become or join whose object may be a ``memberNouns`` word.
    static let becomeCalls: Set<String> = ["become", "join", "werde", "werden", "devenez", "станьте"]

    /// Whole buttons that open with a noun rather than a call verb (lowered, without marks).
    static let nounFirstButtons: Set<String> = ["mitglied werden", "jetzt mitglied werden", "abo abschließen"]

    /// Words that may follow a button's call without naming anything ("Subscribe Today!", "Donate now", "Support us";
    /// "Join Here" is a crosshead).
    static let bareCallObjects: Set<String> = [
        "us", "now", "today", "jetzt", "heute", "uns", "nous", "maintenant", "нас", "сейчас", "зараз",
    ]

    /// The index of the document's first line when it is such a button (see the extension's summary),
    /// or `nil`: text must follow it; at most ``topCallWords`` words (a ``politeOpenings`` word may
    /// open it) and ``topButtonPoints`` code points, no full stop or question mark at the end, a call
    /// of ``topButtonVerbs`` or ``nameOnlyVerbs`` first (``LineEvidence/opensWithCallVerb(_:at:)``), a
    /// pair of ``topButtonPairs``, a whole ``nounFirstButtons`` or a lone ``loneButtonVerbs``, in the page's
    /// own words with no quotation, third party or beneficiary, and an object that is the medium.
    func topCallButtonLine(in lines: [TextLine]) -> Int? {
        guard let first = Self.firstLineWithTextAfter(lines) else { return nil }
        let line = lines[first], bytes = line.lowered
        // (Most first lines are longer: passed over before their words are read.)
        guard bytes.count < 4 * Self.topButtonPoints, !line.endsWithPeriod, !line.endsWithQuestion,
              line.text.unicodeScalars.count < Self.topButtonPoints else { return nil }
        var words = Self.buttonWords(of: line.text)
        guard words.count <= Self.topCallWords else { return nil }
        let polite = words.first.map(Self.politeOpenings.contains) ?? false
        if polite { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        // A menu's chevron before the button ("» Subscribe Today!") opens no quotation; a closing "«" still marks one.
        let e = line.text.hasPrefix("»") ? lineEvidence(TextLine.lines(of: String(line.text.dropFirst()))[0]) : lineEvidence(line)
        guard e.speaksOwnWordsOnly else { return nil }
        if Self.nounFirstButtons.contains(words.joined(separator: " ")) { return first }
        if words.count == 1 && Self.loneButtonVerbs.contains(words[0]) { return first }
        let pair = words.count > 1 && Self.topButtonPairs.contains(words[0] + " " + words[1])
        let start = TextNormalizer.letterStart(in: bytes)
        let verbAt = polite ? TextNormalizer.wordStart(in: bytes, from: TextNormalizer.wordEnd(in: bytes, from: start)) : start
        guard pair || (Self.topButtonVerbs.contains(words[0]) || Self.nameOnlyVerbs.contains(words[0]))
                && LineEvidence.opensWithCallVerb(bytes, at: verbAt) else { return nil }
        let object = words.dropFirst(pair ? 2 : 1)
        let mastheads = Self.namesMasthead(line.text, object: object)
        if Self.nameOnlyVerbs.contains(words[0]) { return mastheads && object.first != "to" ? first : nil }
        let namesMedium = object.allSatisfy(Self.bareCallObjects.contains) || e.firstPlural > 0 || Self.callMediumWords.occurs(in: bytes)
            || Self.subscriptionCalls.contains(words[0]) || object.contains(where: Self.isWebName) || mastheads
            || (Self.becomeCalls.contains(words[0]) && object.contains(where: Self.memberNouns.contains))
        return namesMedium ? first : nil
    }

    /// Whether a button's object is a medium's name: it ends with a capitalised word of a masthead
    /// (``mediumNameWords``: "The Harbour Courier", "the Lowland Gazette").
    static func namesMasthead(_ text: String, object: ArraySlice<String>) -> Bool {
        guard let last = object.last, mediumNameWords.contains(last),
              let written = buttonWords(ofCase: text).last else { return false }
        return written.first?.isUppercase == true
    }

    /// The words of a line as written, without the marks at their edges (see ``buttonWords(of:)``).
    static func buttonWords(ofCase text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            String(word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        }.filter { !$0.isEmpty }
    }

    /// The index of the document's first line when it is a newsletter platform's header over the
    /// publication's page ("Discover more from <Publication>": ``platformHeaders``, under
    /// ``platformHeaderPoints`` code points, no full stop), or `nil`. It asks for nothing itself: it is
    /// cut as a prompt, not as an appeal that must ask.
    func topPlatformHeaderLine(in lines: [TextLine]) -> Int? {
        guard let first = Self.firstLineWithTextAfter(lines) else { return nil }
        let line = lines[first], bytes = line.lowered
        guard bytes.count < 4 * Self.platformHeaderPoints, !line.endsWithPeriod,
              TextNormalizer.openingPhraseEnd(in: bytes, among: Self.platformHeaders) != nil,
              line.text.unicodeScalars.count < Self.platformHeaderPoints else { return nil }
        return first
    }

    /// How a publication's top bar ends when its account buttons are scraped onto the line (lowered, word
    /// by word): "<Publication> <tagline> Upgrade to paid", "… Subscribe Sign in".
    static let platformBarEnds: [[String]] = [
        "upgrade to paid", "subscribe sign in", "sign in subscribe", "subscribe log in", "s'abonner se connecter",
        "se connecter s'abonner", "abonnieren anmelden", "anmelden abonnieren", "подписаться войти", "войти подписаться",
    ].map { $0.split(separator: " ").map(String.init) }

    /// The last words of ``platformBarEnds`` as bytes, compared with a first line's end before it is split.
    static let platformBarLastWords = Set(platformBarEnds.compactMap(\.last)).map { Array($0.utf8) }

    /// The index of the document's first line when it is a publication's top bar ending in its account
    /// buttons (``platformBarEnds``, the first button capitalised as buttons are), under
    /// ``platformHeaderPoints`` code points, or `nil`: the bar's title and tagline go with the buttons. A
    /// headline about upgrading writes the verb in lower case ("How to upgrade to paid").
    func topPlatformBarLine(in lines: [TextLine]) -> Int? {
        guard let first = Self.firstLineWithTextAfter(lines) else { return nil }
        let line = lines[first]
        // (Most first lines end in another word than a button's: passed over on their last bytes before their words are split.)
        var bytes = line.lowered[...]
        while let last = bytes.last, last == 0x20 || last == 0x2E || last == 0x21 { bytes = bytes.dropLast() }
        guard bytes.count < 4 * Self.platformHeaderPoints, Self.platformBarLastWords.contains(where: { bytes.reversed().starts(with: $0.reversed()) }),
              line.text.unicodeScalars.count < Self.platformHeaderPoints else { return nil }
        let words = Self.buttonWords(ofCase: line.text)
        let found = Self.platformBarEnds.contains { end in
            words.count >= end.count && words.suffix(end.count).map { $0.lowercased() } == end
                && words[words.count - end.count].first?.isUppercase == true
        }
        return found ? first : nil
    }

    /// The index of the document's first line when more text follows it (a page's top line above
    /// its story, not a text of one line), or `nil`.
    static func firstLineWithTextAfter(_ lines: [TextLine]) -> Int? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[(first + 1)...].contains(where: { !$0.isBlank })
        else { return nil }
        return first
    }

    /// The words of a line, lowered, without the marks at their edges ("» Subscribe Today!" →
    /// "subscribe", "today"; "zn.ua" stays whole).
    static func buttonWords(of text: String) -> [String] {
        buttonWords(ofCase: text.lowercased())
    }

    /// Whether a word is a web name ("zn.ua", "example.com"): letters, a dot, and two to four letters.
    static func isWebName(_ word: String) -> Bool {
        guard let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
        let tail = word[word.index(after: dot)...]
        return (2...4).contains(tail.count) && tail.allSatisfy(\.isLetter)
    }
}
