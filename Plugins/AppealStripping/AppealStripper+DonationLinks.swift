import PipelineKit

/// A donation address with the newsroom speaking or the reader addressed just before it, as a
/// piece of a line ("Официальный канал … Делаем журналистику вместе с вами ➡️ https://<outlet>/donate
/// Написать нам: …", "… Uns gibt es nur dank eurer Unterstützung https://paypal.me/<outlet> …") or
/// as a label line over a line holding the address alone ("Делаем журналистику вместе с вами" /
/// "➡️ https://support<outlet>.media"): the address says what the label leaves unsaid. A link to
/// someone else's fund comes with a report, a quotation or the people it helps ("Spenden für die
/// Flutopfer: https://…/spenden").
extension AppealStripper {
    /// A donation address's label has at most this many words.
    static let donationLabelWords = 12
    /// A label that is a bare call before a colon ("Допомогти <outlet>:") has at most this many words.
    static let callLabelWords = 3

    /// Hosts of payment and donation platforms ("paypal.me", "patreon.com", "boosty.to").
    static let donationHosts = ByteNeedles([
        "paypal.me/", "paypal.com/donate", "patreon.com/", "ko-fi.com/", "boosty.to/", "buymeacoffee.com/", "liberapay.com/",
        "tipeee.com/", "donorbox.org/", "steadyhq.com/", "opencollective.com/", "betterplace.me/",
    ].map { Array($0.utf8) })

    /// Words of a donation address's host or path ("/donate", "support.", "/spenden", "/pay/").
    static let donationAddressWords = ByteNeedles([
        "donat", "spende", "soutenir", "soutien", "faire-un-don", "/don/", "/dons/", "support", "/pay/", "podderzh", "pozhertv",
    ].map { Array($0.utf8) })

    /// How a web address starts ("http", "www.").
    static let addressStarts = ByteNeedles([httpBytes, wwwBytes])

    /// Whether a word is a web address of a donation platform or with a giving word in it, written
    /// with "http" or "www." or as a bare host and path ("focus.example/donate").
    static func isDonationAddress(_ word: Substring) -> Bool {
        guard isAddressWord(word) else { return false }
        let link = Array(word.lowercased().utf8)
        return donationHosts.occurs(in: link) || donationAddressWords.occurs(in: link)
    }

    /// Whether a word is a web address: written with "http" or "www.", or a bare host and path
    /// (``isBareAddress(_:)``: "t.me/harbour").
    static func isAddressWord(_ word: Substring) -> Bool {
        word.hasPrefix("http") || word.hasPrefix("www.") || isBareAddress(word)
    }

    /// Whether a word is a host and a path without "http" or "www." ("focus.example/donate"): letters,
    /// digits, dots and hyphens up to the first slash, with a dot among them and a letter first.
    static func isBareAddress(_ word: Substring) -> Bool {
        guard let slash = word.firstIndex(of: "/"), let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return false }
        let host = word[..<slash]
        return host.contains(".") && host.last != "." && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// The cuts of donation addresses with their labels (see the extension's summary), each a piece
    /// of a line or a label line and its address line. (`lines`: the document's lines before merging.)
    /// (`candidates`: the lines that hold an app word or a web address, see ``appOrAddressLines(in:)``.)
    func donationLinkCuts(in lines: [TextLine], candidates: [Int]) -> [Cut] {
        var cuts: [Cut] = []
        let bare = Set(Self.bareDonationAddressLines(lines))
        for k in Set(candidates + Self.paragraphsEndingInAddress(lines) + bare).sorted() {
            // A paragraph's last sentence may end in the address ("… Faites un don pour nous soutenir : https://…/donation/"):
            // only that one is read in a long line.
            let long = lines[k].lowered.count >= 2 * Self.supportLinkBytes
            guard bare.contains(k) || Self.addressStarts.occurs(in: lines[k].lowered) else { continue }
            let scalars = Array(lines[k].text.unicodeScalars)
            let words = Self.words(of: scalars)
            for (w, word) in words.enumerated() where (!long || w == words.count - 1) && Self.isDonationAddress(word.text) {
                // The label: the words before the address back to a sentence's end, another address or the line's start.
                var first = w
                // (A colon right before the address may close a short call that introduces it: "Допомогти <outlet>:
                // <outlet>/donate" is one piece; a longer statement before a colon is not its label.)
                let colon = w > 0 && words[w - 1].text.last == ":"
                let opensPiece = { (i: Int) in
                    i == 0 || (Self.endsPiece(words[i - 1].text) && !(i == w && colon))
                        || Self.closesName(words[i - 1].text, before: words[i].text)
                }
                while !opensPiece(first), w - first < Self.donationLabelWords { first -= 1 }
                if first < w, !opensPiece(first) { continue }
                if colon, w - first > Self.callLabelWords { continue }
                let labelWords = words[first..<w].map(\.text).filter { $0.unicodeScalars.contains(where: \.properties.isAlphabetic) }
                if labelWords.isEmpty {
                    // An address alone (after a pointer) under a label line.
                    guard first == 0, let above = (0..<k).last(where: { !lines[$0].isBlank }), k - above <= 1,
                          lines[above].wordCount <= Self.donationLabelWords, !lines[above].lowered.contains(0x2F),
                          isDonationLabel(lines[above].text) else { continue }
                    cuts.append(word.end == scalars.count ? Self.wholeLinesCut(above, k, in: lines, reason: "appeal")
                        : Cut(span: Span(start: lines[above].span.start, end: lines[k].span.start + word.end), reason: "appeal"))
                } else if isDonationLabel(labelWords.joined(separator: " "), inParagraph: long) {
                    cuts.append(first == 0 && word.end == scalars.count ? Self.wholeLinesCut(k, k, in: lines, reason: "appeal")
                        : Cut(span: Span(start: lines[k].span.start + words[first].start, end: lines[k].span.start + word.end),
                              reason: "appeal"))
                }
            }
        }
        return cuts
    }

    /// The lines of 640 bytes or more (beyond ``appOrAddressLines(in:)``) whose last word is a web address.
    static func paragraphsEndingInAddress(_ lines: [TextLine]) -> [Int] {
        lines.indices.filter { k in
            let bytes = lines[k].lowered
            guard bytes.count >= 4 * appPlugPoints, let space = bytes.lastIndex(of: 0x20) else { return false }
            return addressStarts.occurs(in: Array(bytes[(space + 1)...]))
        }
    }

    /// The short lines (beyond ``appOrAddressLines(in:)``) that may hold a bare donation address:
    /// a giving word of ``donationAddressWords`` after a slash.
    static func bareDonationAddressLines(_ lines: [TextLine]) -> [Int] {
        lines.indices.filter { k in
            let bytes = lines[k].lowered
            return bytes.count < 2 * supportLinkBytes && bytes.contains(0x2F) && bytes.contains(0x2E)
                && donationAddressWords.occurs(in: bytes) && !addressStarts.occurs(in: bytes)
        }
    }

    /// Whether a label says "we" or "you" or speaks as the newsroom, without reporting, quotation,
    /// third parties or beneficiaries.
    /// - Parameter inParagraph: whether the label closes a long paragraph; there it must say "we" or
    ///   "you" ("Faites un don pour nous soutenir"): an article passing on someone else's call speaks
    ///   of "its" independence in the newsroom's words ("chaque don consolide son indépendance : …").
    private func isDonationLabel(_ label: String, inParagraph: Bool = false) -> Bool {
        let e = lineEvidence(TextLine.lines(of: label)[0])
        if inParagraph, !e.speaksToReader { return false }
        // A short call introducing the address with a colon names no one but the outlet ("Допомогти <outlet>:").
        let introducesAddress = e.opensWithCall && label.hasSuffix(":") && label.split(separator: " ").count <= Self.callLabelWords
        return (e.speaksToReader || e.cues[.voice] > 0 || introducesAddress) && e.speaksOwnWords
            && e.namesNoOtherParty
    }

    /// Whether a word ends a piece of a line before a label: a sentence's end, a colon or a web address.
    private static func endsPiece(_ word: Substring) -> Bool {
        guard let last = word.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ":" || word.hasPrefix("http") || word.hasPrefix("www.")
    }

    /// Whether a word closes a quoted name before a capitalised word: where a description's next
    /// sentence starts without a full stop ("Официальный канал «Вестника» Делаем …").
    private static func closesName(_ word: Substring, before next: Substring) -> Bool {
        guard let last = word.last, last == "»" || last == "”" || last == "\"" else { return false }
        return next.unicodeScalars.first?.properties.isUppercase == true
    }

    /// The words of a line with their code point offsets in it.
    private static func words(of scalars: [Unicode.Scalar]) -> [(text: Substring, start: Int, end: Int)] {
        var words: [(text: Substring, start: Int, end: Int)] = []
        var i = 0
        while i < scalars.count {
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }
            if i > start {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<i])
                words.append((Substring(String(text)), start, i))
            }
        }
        return words
    }
}
