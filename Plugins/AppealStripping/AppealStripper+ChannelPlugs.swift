import PipelineKit

/// One-line plugs for the outlet itself that carry no call verb a block would need: a sponsor
/// credit asking to become one ("<Outlet> thanks its sponsors. Join them."), a messenger
/// post's pointer to the channel's own handle ("Новости Пристани тут 👉 @handle"), and a call to
/// download the outlet's app ("Скачайте приложение — без VPN!", "Download our app").
extension AppealStripper {
    /// The outlet thanking its sponsors in the third person ("thanks its sponsors", "dankt seinen Sponsoren").
    static let sponsorThanks = ByteNeedles([
        "thanks its sponsors", "thanks its supporters", "thanks its members", "dankt seinen sponsoren",
        "dankt ihren sponsoren", "remercie ses partenaires", "remercie ses mécènes", "благодарит спонсоров",
    ].map { Array($0.utf8) })

    /// A sponsor credit or pointer line is shorter than this (code points).
    static let plugPoints = 100

    /// Whether a line is a sponsor credit of the outlet's own ("<Outlet> thanks its sponsors.", "The
    /// Harbour Tribune thanks its sponsors. Join them."): under ``plugPoints``, no reporting or quotation.
    func isSponsorThanks(_ line: TextLine, _ e: LineEvidence) -> Bool {
        e.points < Self.plugPoints && Self.sponsorThanks.occurs(in: line.lowered) && !e.isReporting && !e.hasQuote
    }

    /// Pointing marks before a channel's handle ("👉", "👇", "➡️").
    static let pointers: Set<Unicode.Scalar> = ["\u{1F449}", "\u{1F447}", "\u{27A1}", "\u{2B07}", "\u{1F448}", "\u{261B}", "\u{261E}"]

    /// Whether a line is a pointer to a messenger handle and nothing else ("Новости Пристани тут 👉
    /// @handle", "All our news 👉 @harbour_news"): at most eight words, a pointing mark, and a handle
    /// ending the line. A photo credit names its author after a colon, without a pointer ("Фото: @ivanov").
    static func isHandlePointer(_ line: TextLine) -> Bool {
        guard line.lowered.count < 160, line.lowered.contains(0x40), line.wordCount <= 8,
              let last = line.text.split(whereSeparator: \.isWhitespace).last, last.hasPrefix("@"), last.count > 2
        else { return false }
        return line.text.unicodeScalars.contains { pointers.contains($0) }
    }

    /// Calls to download the outlet's own app, whatever follows ("download our app", "laden Sie unsere App").
    static let ownAppCalls: [[UInt8]] = [
        "download our app", "get our app", "laden sie unsere app", "laden sie sich unsere app", "holen sie sich unsere app",
        "téléchargez notre application", "téléchargez notre appli", "скачайте наше приложение", "установите наше приложение",
    ].map { Array($0.utf8) }

    /// Calls to download an app left unnamed, so the page's own ("Скачайте приложение.", "Download the
    /// app!"): only before the sentence's end, a comma, a colon or a dash. A named app is someone
    /// else's ("Скачайте приложение Госуслуг").
    static let bareAppCalls: [[UInt8]] = [
        "download the app", "get the app", "laden sie die app", "laden sie sich die app", "téléchargez l'application",
        "téléchargez l'appli", "скачайте приложение", "установите приложение",
    ].map { Array($0.utf8) }

    /// An app plug is shorter than this (code points).
    static let appPlugPoints = 160

    /// Whether a line is a plug for the outlet's app: under ``appPlugPoints``, a sentence of it opening
    /// with an app call (``ownAppCalls``, or ``bareAppCalls`` with nothing named after it), no
    /// reporting or quoted speech.
    func isAppPlug(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.points < Self.appPlugPoints, !e.isReporting, !e.quotesSpeech, !e.isQuotation else { return false }
        let bytes = line.lowered
        let opens = { (needle: [UInt8], start: Int) in
            start + needle.count <= bytes.count && bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
        // Where a sentence of the line starts: its first letter, and after ". ", "! ", "? ".
        var starts = [TextNormalizer.letterStart(in: bytes)]
        for i in bytes.indices.dropLast() where (bytes[i] == 0x2E || bytes[i] == 0x21 || bytes[i] == 0x3F) && bytes[i + 1] == 0x20 {
            starts.append(i + 2)
        }
        return starts.contains { start in
            Self.ownAppCalls.contains { opens($0, start) } || Self.bareAppCalls.contains { needle in
                guard opens(needle, start) else { return false }
                let end = start + needle.count
                return end == bytes.count || Self.closesBareCall(bytes[end...])
            }
        }
    }

    /// Whether what follows a bare app call ends it: a sentence or clause mark, or a dash after a space.
    private static func closesBareCall(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let first = rest.first else { return true }
        if [0x2E, 0x21, 0x3F, 0x2C, 0x3A, 0x3B].contains(first) { return true }
        // " —", " –", " -"
        let after = rest.dropFirst()
        return first == 0x20 && (after.first == 0x2D || after.starts(with: [0xE2, 0x80, 0x94]) || after.starts(with: [0xE2, 0x80, 0x93]))
    }

    /// Words of a store button under an app plug ("Скачать Скачать", "App Store Google Play").
    static let storeButtonWords: Set<String> = ["скачать", "download", "herunterladen", "télécharger", "app", "store", "google", "play", "appgallery", "rustore"]

    /// The lines that are an app plug (see ``isAppPlug(_:_:)``), each with a store button line right under it.
    func appPlugLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { i in
            // (Most lines name no app: passed over before their evidence is read.)
            !lines[i].isBlank && lines[i].lowered.count < 4 * Self.appPlugPoints && Self.namesApp(lines[i].lowered)
                && isAppPlug(lines[i], lineEvidence(lines[i]))
        }.flatMap { i -> [Int] in
            let next = i + 1
            guard next < lines.count, !lines[next].isBlank, lines[next].lowered.count < 48,
                  String(decoding: lines[next].lowered, as: UTF8.self).split(whereSeparator: \.isWhitespace)
                    .allSatisfy({ Self.storeButtonWords.contains(String($0)) })
            else { return [i] }
            return [i, next]
        }
    }

    /// The words an app call ends on ("app", "appli", "application", "приложение").
    private static let appWords = ByteNeedles(["app", "приложение"].map { Array($0.utf8) })

    private static func namesApp(_ bytes: [UInt8]) -> Bool { appWords.occurs(in: bytes) }
}
