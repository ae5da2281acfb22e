import PipelineKit

/// Headline junctions: where a headline and an appeal meet inside one sentence piece of text whose
/// line breaks were lost ("… heating The story you just read …", "Subscribe now Former mayor …").
extension AppealStripper {
    /// Which side of a sentence a headline junction keeps.
    enum KeptSide { case before, after }

    /// Inside a glued sentence, the code point offset of the first junction after a short title over
    /// a body in the newsroom's "we" (``isTitle(before:in:)``: "Safer streets need better reporting
    /// Our city editions cover …"), whatever the title's words: the title may name the medium's work.
    func titleJunction(in sentence: TextLine) -> Int? {
        let scalars = Array(sentence.text.unicodeScalars)
        for k in Self.junctions(in: scalars) where Self.isTitle(before: sentence.span.start + k, in: sentence) {
            return sentence.span.start + k
        }
        return nil
    }

    /// Inside a glued sentence, the code point offset of the capital that starts the part to keep
    /// (`.after`) or the part to cut (`.before`): a lowercase word followed by a capitalised one
    /// ("… in the city Our newsroom …", "Subscribe now Former mayor jailed …"), where the kept side
    /// is at least three words without any appeal cue or word naming the medium, and the cut side
    /// carries appeal evidence.
    func headlineJunction(in sentence: TextLine, keeping side: KeptSide) -> Int? {
        let scalars = Array(sentence.text.unicodeScalars)
        guard scalars.count > 12 else { return nil }
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        func evidence(_ range: Range<Int>) -> LineEvidence { lineEvidence(text: text(range)) }
        func isPlain(_ e: LineEvidence) -> Bool {
            !e.hasCallOrVoice && !e.addressesReader && e.cues[.newsroom] == 0 && e.score <= 0.5
        }
        func isAppeal(_ e: LineEvidence) -> Bool { e.hasCallOrVoice || e.addressesReader }
        // The part cut before a kept headline may also open with a remark naming the medium
        // ("Reporting like this takes months."), unless the junction splits a name ("Get the
        // Morning | Edition"): then the word before it is capitalised too.
        func opensRemark(_ e: LineEvidence, at k: Int) -> Bool {
            guard e.cues[.newsroom] > 0, !e.isReporting else { return false }
            var start = k - 2
            while start > 0, scalars[start - 1] != " " { start -= 1 }
            return !scalars[start].properties.isUppercase
        }
        func words(_ range: Range<Int>) -> Int {
            var count = 0
            var inWord = false
            for k in range { if scalars[k] == " " { inWord = false } else if !inWord { inWord = true; count += 1 } }
            return count
        }
        let junctions = Self.junctions(in: scalars)
        switch side {
        case .before:
            // The last junction whose prefix is still plain.
            var found: Int?
            // A part ending in a colon introduces what follows ("To everyone who uses the archive:"): no headline.
            for k in junctions where scalars[k - 2] != ":" {
                let prefix = evidence(0..<k)
                guard isPlain(prefix) else { break }
                guard words(0..<k) >= 3 else { continue }
                let rest = evidence(k..<scalars.count)
                if isAppeal(rest) || opensRemark(rest, at: k) { found = k }
            }
            return found.map { sentence.span.start + $0 }
        case .after:
            // The first junction whose suffix is plain, after an appeal prefix.
            for k in junctions where words(k..<scalars.count) >= 3 {
                guard isPlain(evidence(k..<scalars.count)) else { continue }
                return isAppeal(evidence(0..<k)) ? sentence.span.start + k : nil
            }
            return nil
        }
    }

    /// Where a lowercase word meets a capitalised one ("… in the city Our newsroom …"), except
    /// after a word that never ends a headline or a button ("den", "the", "of"): German nouns and
    /// names are capitalised inside sentences.
    static func junctions(in scalars: [Unicode.Scalar]) -> [Int] {
        (2..<max(2, scalars.count)).filter { k in
            // Blank lines run together leave two spaces ("… 101.9 FM  We are run by …").
            var b = k - 2
            while b > 0, scalars[b] == " " { b -= 1 }
            let before = scalars[b]
            // After a lowercase letter, a closing bracket or colon ("[Buy me a coffee] Branch …"), or a sum before a sentence of six
            // words or more ("… raised of $67,000 High schools in the district …", not "$25 Other
            // amount"); an acronym ("PDF versions") opens no headline.
            guard scalars[k - 1] == " ", scalars[k].properties.isUppercase,
                  k + 1 >= scalars.count || !scalars[k + 1].properties.isUppercase,
                  before.properties.isLowercase || before == "]" || before == ")" || before == ":"
                    || (before.properties.numericType != nil && b >= 1 && scalars[b - 1] != " "
                        && scalars[k...].reduce(0, { $0 + ($1 == " " ? 1 : 0) }) >= 5) else {
                return false
            }
            return !followsJoiningWord(scalars, at: k)
        }
    }

    /// Whether the word starting at `i` follows a joining word ("zur", "the"; see ``AppealLexicon/joiningWords``).
    static func followsJoiningWord(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 2, scalars[i - 1] == " " else { return false }
        var start = i - 2
        while start > 0, scalars[start - 1] != " " { start -= 1 }
        guard i - 1 - start <= 7 else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<(i - 1)])
        return AppealLexicon.joiningWords.contains(String(word).lowercased())
    }

    /// A sentence piece shorter than this (in words) holds no glued headline worth splitting off.
    static let gluedPieceWords = 6

    /// Fine print glued after a button ("Call … to pledge by phone.") has at most this many words.
    static let finePrintWords = 12

    /// A button glued onto a headline has at most this many words ("Back us on our crowdfunder page").
    static let buttonWords = 6

    /// Inside the sentence after an appeal, the code point offset where its glued button ends: a
    /// piece of at most ``buttonWords`` words in sentence case with some appeal evidence ("Choose a monthly
    /// amount", "Сделать взнос") before the first capitalised word, which opens three or more
    /// plain words; further buttons opening with a call verb after the row's prices go with it
    /// ("€20 Support", "Give $10 Give $25 Give monthly"), and so does a dismiss button after the
    /// row ("Yes, I'll give No thanks").
    /// - Parameter allowsFinePrint: whether the part after the button may be the box's fine print
    ///   (when sentence pieces are split, so each is judged on its own).
    func buttonJunction(in sentence: TextLine, allowsFinePrint: Bool = false) -> Int? {
        let scalars = Array(sentence.text.unicodeScalars)
        func evidence(_ range: Range<Int>) -> LineEvidence {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return lineEvidence(text: String(view))
        }
        // Only the first junction: a button is one piece in sentence case ("Monthly fees at Lyon
        // Airport rise" is a sentence with a name in it).
        let junctions = Self.junctions(in: scalars)
        guard var k = junctions.first,
              Self.fitsButtonRow(scalars[..<k]),
              let initial = scalars.firstIndex(where: { $0.properties.isAlphabetic }), initial < k,
              // Each button of a row opens with a capital ("Patreon | Shop", "Unsubscribe | Update preferences").
              // and a German noun after a preposition opening the button ("Zur Prämienauswahl", "Zum Angebot").
              !((initial + 1)..<k).contains(where: { i in
                  scalars[i].properties.isUppercase && !(scalars[i - 1] == " " && i >= 2 && scalars[i - 2] == "|")
                      && !(Self.followsJoiningWord(scalars, at: i) && !scalars[initial..<(i - 1)].contains(" "))
                      && !Self.isReadersI(scalars, at: i)
              }) else { return nil }
        // Further buttons of the row open with a call verb after its prices ("Monthly · €5 · €20
        // Support About 18,000 …", "Give $10 Give $25 Give monthly Ferry service …").
        while let next = junctions.first(where: { $0 > k }), Self.opensWithCallVerb(scalars, at: k),
              Self.fitsButtonRow(scalars[..<next]) {
            k = next
        }
        // So does a dismiss button after it ("Yes, I'll give No thanks The utility said …").
        if let next = junctions.first(where: { $0 > k }),
           AppealLexicon.dismissButtons.contains(String(String.UnicodeScalarView(scalars[k..<(next - 1)])).lowercased()) {
            k = next
        }
        let button = evidence(0..<k)
        let rest = evidence(k..<scalars.count)
        // What follows is plain article text, or the box's fine print on how to pay ("Call … to
        // pledge by phone."): payment words and nothing else, not even the medium's name, in a
        // short sentence (a longer rest holds the article's next sentence too).
        let finePrint = allowsFinePrint && rest.cues[.payment] > 0 && rest.smallAmounts == 0 && rest.cues[.newsroom] == 0
            && scalars[k...].reduce(1, { $0 + ($1 == " " ? 1 : 0) }) <= Self.finePrintWords && rest.score <= Double(min(rest.cues[.payment], 2))
        guard button.score > 0, !button.isReporting, !rest.hasCallOrVoice, !rest.addressesReader, rest.score <= 0.5 || finePrint,
              scalars[k...].reduce(1, { $0 + ($1 == " " ? 1 : 0) }) >= 3 else { return nil }
        return sentence.span.start + k
    }

    /// Whether the word starting at `i` is a call verb (``AppealLexicon/callVerbs``).
    static func opensWithCallVerb(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var end = i
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        guard end > i, end - i < 24 else { return false }
        return AppealLexicon.callVerbs.contains(String(String.UnicodeScalarView(scalars[i..<end])).lowercased())
    }

    /// Whether the capital at `i` is the reader's "I" of a button ("Yes, I'll give", "I'm in"):
    /// a word of its own or before an apostrophe.
    static func isReadersI(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        scalars[i] == "I" && (i == 0 || scalars[i - 1] == " ") && (i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "'")
    }

    /// Whether the words before a junction are few enough for a row of buttons (``buttonWords``
    /// spaces; a separator between two buttons is no word: "Patreon | Shop").
    static func fitsButtonRow(_ head: ArraySlice<Unicode.Scalar>) -> Bool {
        head.reduce(0, { $0 + ($1 == " " ? 1 : isButtonSeparator($1) ? -1 : 0) }) <= buttonWords
    }

    /// Whether a character separates the buttons of a row ("Patreon | Shop", "Monthly · €5 · €10"):
    /// no word of its own.
    static func isButtonSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "|" || scalar == "\u{B7}" || scalar == "\u{2022}"
    }

    /// Whether a piece of a sentence reads as an appeal's lead-in: the newsroom's "we", the
    /// reader's "you" or the medium named, outside reporting and quoted speech.
    func leadsIn(_ piece: String) -> Bool {
        let e = lineEvidence(text: piece)
        return (e.firstPlural > 0 || e.secondPerson > 0 || e.cues[.newsroom] > 0) && e.speaksOwnWords
            && e.score >= 0 && e.length < finder.leadInWe
    }

    /// Splits sentence pieces that carry appeal evidence where a glued headline meets them: after
    /// a button ("Je deviens membre | Une nouvelle piste cyclable …") and before the appeal ("Branch
    /// library reopens | Give the gift of …"), so each part is judged on its own.
    func splitAtJunctions(_ sentences: inout [TextLine], evidence: inout [LineEvidence]) {
        // (A title naming the medium's work over a body in the newsroom's "we" is split off too, after
        // the first sentence: "… north of the pier. Safer streets need better reporting Our city
        // editions cover …", see ``titleJunction(in:)``; a text opening with one keeps it whole.)
        var k = 0
        while k < sentences.count {
            let piece = sentences[k]
            // A button or headline (three words or more) glued onto a sentence makes a long piece.
            guard piece.wordCount >= Self.gluedPieceWords, evidence[k].hasCallOrVoice || evidence[k].score > 0,
                  let junction = buttonJunction(in: piece, allowsFinePrint: true) ?? headlineJunction(in: piece, keeping: .before)
                    ?? (k > 0 ? titleJunction(in: piece) : nil),
                  let (head, tail) = piece.split(at: junction - piece.span.start) else { k += 1; continue }
            sentences.replaceSubrange(k...k, with: [head, tail])
            evidence.replaceSubrange(k...k, with: [head, tail].map(lineEvidence))
            k += 1
        }
    }
}
