import Foundation
import PipelineKit

/// A call to download the outlet's app opening a sentence or clause of a short line, with the store
/// buttons under it ("Download our News App", "Скачайте приложение — работает без VPN!" / "Скачать
/// Скачать"): "our" app is the outlet's, an app left unnamed before the sentence's end is the page's
/// own, and a named app is the outlet's only with store buttons under it. "Скачайте приложение
/// Госуслуг, чтобы …" and a report of an app stay.
extension AppealStripper {
    /// Verbs that open a call to get an app ("download", "laden", "téléchargez", "скачайте").
    static let appVerbs: Set<String> = [
        "download", "get", "install", "laden", "holen", "téléchargez", "installez", "скачайте", "скачивайте", "установите",
        "завантажте", "завантажуйте", "встановіть",
    ]
    /// Words naming an app.
    static let appNouns: Set<String> = ["app", "apps", "appli", "application", "приложение", "приложения", "застосунок", "додаток"]
    /// The reader's possessive for the outlet's things ("our", "unsere", "notre", "наше").
    static let ownAppWords: Set<String> = ["our", "unsere", "unserer", "unseren", "notre", "nos", "наше", "наши", "наш"]
    /// Words that may stand between the verb and the app without naming it ("the", "Sie", "die").
    static let plainWords: Set<String> = ["the", "sie", "sich", "die", "jetzt", "now", "l'", "dès", "maintenant"]

    /// An app plug is shorter than this (code points).
    static let appPlugPoints = 160
    /// The app must be named within this many words after the verb ("Download: Free <Station> News & Weather Apps").
    static let appCallWords = 6

    /// How a sentence of a line calls to get an app, if it does: the outlet's own ("Download our News App",
    /// "Laden Sie unsere App herunter"), an app left unnamed before the sentence's end, a comma, a
    /// colon or a dash, so the page's own ("Скачайте приложение.", "Download the app!"), or an app
    /// with a name ("download the Harbour app"), which is the outlet's only with a store button under it.
    enum AppCall { case own, unnamed, named }

    /// The app call of a line (see ``AppCall``): a sentence or clause opening with an app verb (after the
    /// line's start, a sentence's end, a comma or a colon), under ``appPlugPoints``, no reporting or quoted speech.
    func appCall(_ line: TextLine, _ e: LineEvidence) -> AppCall? {
        guard e.points < Self.appPlugPoints, !e.isReporting, !e.quotesSpeech, !e.isQuotation else { return nil }
        let words = String(decoding: line.lowered, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        for s in words.indices where words[s].count > 2 && (s == 0 || Self.endsSentence(words[s - 1])) {
            guard Self.appVerbs.contains(Self.bare(words[s])) else { continue }
            guard let a = (s + 1..<min(words.count, s + 1 + Self.appCallWords)).first(where: { Self.appNouns.contains(Self.bare(words[$0])) })
            else { continue }
            let between = words[(s + 1)..<a].map(Self.bare)
            if between.contains(where: Self.ownAppWords.contains) { return .own }
            if between.allSatisfy(Self.plainWords.contains) {
                // The app left unnamed: nothing but an end, a mark, a dash or a separable particle after it.
                let closed = a + 1 == words.count || words[a].last.map { ".,!?:;".contains($0) } == true
                    || ["-", "—", "–", "herunter", "runter"].contains(String(words[a + 1]))
                if closed { return .unnamed }
                // A French app's name follows the noun ("Téléchargez l'application Le Quai Libre …").
                if let name = Self.nameAfterNoun(at: a, in: words, of: line.text) { return name }
            } else if between.last.map({ $0 == "the" || $0 == "l'" || $0 == "die" }) != true {
                // A named app for the news is a newsroom's ("Download the <Station> app for breaking news and weather alerts",
                // "For the latest breaking news and traffic alerts, download the <Station> mobile app.", "DOWNLOAD: Free
                // <Station> News & Weather Apps").
                let forNews = Self.isForTheNews(words[(a + 1)...]) || words.contains { Self.newsPurposes.contains(Self.bare($0)) }
                return forNews ? .own : .named
            }
        }
        return nil
    }

    /// The call of an app named right after its noun, the name capitalised in the line as written
    /// ("Téléchargez l'application Le Quai Libre"): the outlet's when it is for the news, else named
    /// (it needs a store button); `nil` when no capitalised word follows the noun.
    static func nameAfterNoun(at noun: Int, in words: [Substring], of text: String) -> AppCall? {
        let written = text.split(whereSeparator: \.isWhitespace)
        guard written.count == words.count, noun + 1 < written.count,
              written[noun + 1].first?.isUppercase == true else { return nil }
        return isForTheNews(words[(noun + 2)...]) || words.contains { newsPurposes.contains(bare($0)) } ? .own : .named
    }

    /// Words of the news an app is for ("for breaking news and weather alerts", "für aktuelle Nachrichten");
    /// an app for alerts alone may be a public service's ("the county's app for flood alerts").
    static let newsPurposes: Set<String> = ["news", "headlines", "nachrichten", "eilmeldungen", "actualité", "l'actualité", "infos", "новости", "новостей"]

    /// Whether the words after an app's name say it is for the news: a "for" and, before the
    /// sentence ends, a word of ``newsPurposes``.
    static func isForTheNews(_ rest: ArraySlice<Substring>) -> Bool {
        guard let first = rest.first, ["for", "für", "pour", "для"].contains(bare(first)) else { return false }
        for word in rest {
            if newsPurposes.contains(bare(word)) { return true }
            if endsSentence(word) { return false }
        }
        return false
    }

    /// A word without the punctuation around it and a French article glued on ("l'application" → "application").
    private static func bare(_ word: Substring) -> String {
        var w = String(word.trimmingCharacters(in: CharacterSet.punctuationCharacters.subtracting(CharacterSet(charactersIn: "'"))))
        if w.hasPrefix("l'") && w.count > 2 { w.removeFirst(2) }
        return w.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
    }

    /// Whether a word ends a sentence or a clause ("For a better listening experience, download …").
    private static func endsSentence(_ word: Substring) -> Bool {
        word.last.map { ".!?,:;".contains($0) } == true
    }

    /// Words of a store button under an app plug ("Скачать Скачать", "App Store Google Play").
    static let storeButtonWords: Set<String> = ["скачать", "download", "herunterladen", "télécharger", "app", "store", "google", "play", "appgallery", "rustore"]

    /// At most this many store button lines follow an app plug ("App Store" / "Google Play").
    static let storeButtonLines = 2

    /// The lines that are an app plug (see ``appCall(_:_:)``), each with the store button lines under
    /// it (blank lines between allowed); a named app needs such a button.
    /// (`candidates`: the lines that hold an app word or a web address, see ``appOrAddressLines(in:)``.)
    func appPlugLines(in lines: [TextLine], candidates: [Int]) -> [Int] {
        // (The candidates are short already; an app word and an app verb are looked for on the bytes first.)
        candidates.filter { Self.appWords.occurs(in: lines[$0].lowered) && Self.appVerbNeedles.occurs(in: lines[$0].lowered) }
            .flatMap { i -> [Int] in
                guard let call = appCall(lines[i], lineEvidence(lines[i])) else { return [] }
                var buttons: [Int] = []
                var next = i + 1
                while buttons.count < Self.storeButtonLines, next < lines.count {
                    if lines[next].isBlank { next += 1; continue }
                    guard Self.isStoreButton(lines[next]) else { break }
                    buttons.append(next)
                    next += 1
                }
                if call == .named && buttons.isEmpty { return [] }
                return [i] + buttons
            }
    }

    /// Whether a line is a store button: under 48 bytes, every word one of ``storeButtonWords`` (marks standing alone aside).
    static func isStoreButton(_ line: TextLine) -> Bool {
        guard line.lowered.count < 48 else { return false }
        // (An arrow or another mark standing alone beside the words is no word: "Télécharger →".)
        let words = String(decoding: line.lowered, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            .filter { $0.contains(where: \.isLetter) }
        return !words.isEmpty && words.allSatisfy { storeButtonWords.contains(String($0)) }
    }

    /// The words an app call ends on ("app", "appli", "application", "приложение").
    private static let appStems = ["app", "приложени", "застосун", "додаток"]
    private static let appWords = ByteNeedles(appStems.map { Array($0.utf8) })

    /// App words and the starts of web addresses, looked for in one pass over each line.
    private static let appOrAddressWords = ByteNeedles((appStems + ["http", "www."] + donationPlatforms.sorted()).map { Array($0.utf8) })

    /// The non-blank lines under 640 bytes that hold an app word, a web address or a donation
    /// platform's name: the only ones the app plugs, donation addresses and platform links read (one
    /// pass over the bytes for all three).
    static func appOrAddressLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { !lines[$0].isBlank && lines[$0].lowered.count < 4 * appPlugPoints && appOrAddressWords.occurs(in: lines[$0].lowered) }
    }
    /// The app verbs (``appVerbs``) as bytes: a line without one is passed over before its words are read.
    private static let appVerbNeedles = ByteNeedles(appVerbs.map { Array($0.utf8) })
}
