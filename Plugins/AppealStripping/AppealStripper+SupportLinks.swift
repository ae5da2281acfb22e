import PipelineKit

/// Support links and payment details on lines of their own: a label and an address and nothing
/// else ("Поддержать https://…"), or a support call over the outlet's payment details ("Поддержать
/// канал:" / "+7 963 … (Т-банк)" / "https://…/support/…" / "2200 4501 5763 4099", "Support us:" /
/// "IBAN DE12 …" / "PayPal: …"). Neither has the words of an article's sentence, so both are cut
/// wherever they stand.
extension AppealStripper {
    /// A support call leading payment details has at most this many words ("Поддержать канал:").
    static let paymentLeadWords = 5
    /// At most this many detail lines follow the call.
    static let paymentDetailLines = 5
    /// A detail line is shorter than this (code points).
    static let paymentDetailPoints = 80

    /// Words of a payment detail's label ("IBAN", "PayPal", "карта", "Kontonummer").
    static let paymentLabels = ByteNeedles([
        "iban", "bic:", "bic ", "swift:", "paypal", "patreon", "boosty", "tipeee", "liberapay", "ko-fi", "kontonummer",
        "konto:", "bankverbindung", "rib:", "rib ", "карта", "карты", "счёт", "счет", "сбп", "юмани", "qiwi", "bitcoin",
        "btc:", "usdt",
    ].map { Array($0.utf8) })

    /// The lines (before merging) of support calls ending in a colon, each followed by one to
    /// ``paymentDetailLines`` payment details: a web address, a number of at least eight digits (a
    /// phone, card or account number, spaces and dashes allowed) or a payment label, on a line under
    /// ``paymentDetailPoints`` without a full stop. The call opens with a verb of giving (``paymentCalls``), has at most
    /// ``paymentLeadWords`` words and no reporting. An article quoting a bank account for a charity
    /// names the charity in a sentence; its call has more words or its details end in a full stop.
    func paymentDetailLines(in lines: [TextLine]) -> [Int] {
        // (Most texts hold no line ending in a colon that opens with a verb of giving: looked for first.)
        guard lines.contains(where: { $0.endsWithColon && Self.opensWithSupportCall($0) }) else { return [] }
        let content = lines.indices.filter { !lines[$0].isBlank }
        var found: [Int] = []
        for (k, u) in content.enumerated() where lines[u].endsWithColon && lines[u].wordCount <= Self.paymentLeadWords
            && Self.opensWithSupportCall(lines[u]) && !found.contains(u) {
            let e = lineEvidence(lines[u])
            guard !e.isReporting, !e.isQuotation, e.namesNoOtherParty else { continue }
            var end = k
            while end + 1 < content.count, end - k < Self.paymentDetailLines, Self.isPaymentDetail(lines[content[end + 1]]) {
                end += 1
            }
            if end > k { found += content[k...end] }
        }
        return found
    }

    /// Verbs of giving to the outlet that open a payment lead ("Support us:", "Поддержать канал:"); a
    /// call to phone or write ("Call the hotline:") leads into other numbers.
    static let paymentCalls: Set<String> = supportButtons.union([
        "supporte", "поддержите", "поддержи", "помогите", "помоги", "spendet", "spende", "unterstützt", "soutenez-nous",
        "soutenir", "donnez", "chip",
    ])

    /// Whether a line's first word is one of ``paymentCalls``.
    static func opensWithSupportCall(_ line: TextLine) -> Bool {
        // The first word of the lowered bytes, up to a space or a colon.
        let bytes = line.lowered
        let start = TextNormalizer.wordStart(in: bytes)
        var end = start
        while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x3A { end += 1 }
        return end > start && paymentCalls.contains(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// Whether a line is one payment detail (see ``paymentDetailLines(in:)``).
    static func isPaymentDetail(_ line: TextLine) -> Bool {
        guard line.text.unicodeScalars.count < paymentDetailPoints, !line.endsWithPeriod else { return false }
        let bytes = line.lowered
        if bytes.starts(with: httpBytes) || bytes.starts(with: wwwBytes) { return true }
        var digits = 0
        for byte in bytes where byte >= 0x30 && byte <= 0x39 { digits += 1 }
        return digits >= 8 || paymentLabels.occurs(in: bytes)
    }

    /// A support link's line is shorter than this (UTF-8 bytes).
    static let supportLinkBytes = 200
    /// Whether a lowered line's last word is a web address ("… https://example.org").
    static func endsWithAddress(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        let word = bytes[start..<end]
        return word.starts(with: httpBytes) || word.starts(with: wwwBytes)
    }
    static let httpBytes = Array("http".utf8)
    static let wwwBytes = Array("www.".utf8)

    /// Lines that are a support link and nothing else, anywhere ("Поддержать https://…", "Помогите
    /// редакции донатами: https://…", "Support our newsroom: https://…"): a label of at most
    /// ``linkLabelWords`` words (its colon optional), then one web address ending the line. The label
    /// is a support verb alone (``supportButtons``) or calls to act for the newsroom or "us". A link
    /// to someone else's fund names neither ("Donate to the flood victims: https://…").
    /// (`lines`: the document's lines before merging.)
    func supportLinkLines(in lines: [TextLine]) -> [Int] {
        lines.indices.filter { k in
            // (Most lines are longer or hold no address: checked on the bytes before splitting words.)
            guard lines[k].lowered.count < Self.supportLinkBytes, Self.endsWithAddress(lines[k].lowered) else { return false }
            let words = lines[k].text.split(whereSeparator: \.isWhitespace)
            guard words.count >= 2, words.count <= Self.linkLabelWords + 1, let address = words.last,
                  address.hasPrefix("http") || address.hasPrefix("www.") else { return false }
            let label = words.dropLast().joined(separator: " ").lowercased()
            let bare = label.trimmingCharacters(in: .punctuationCharacters)
            if words.count == 2 { return Self.supportButtons.contains(bare) }
            guard let e = supportLabelEvidence(label) else { return false }
            return e.namesNoOtherParty
        }
    }

    /// The evidence of a support link's label when it calls to act for the newsroom or "us"
    /// ("Помогите редакции донатами:", "Support us:"), else `nil`. (`label`: lowered.)
    func supportLabelEvidence(_ label: String) -> LineEvidence? {
        let e = LineEvidence(line: label, normalized: Array(label.utf8), matcher: matcher)
        return e.cues[.action] > 0 && (e.firstPlural > 0 || e.cues[.newsroom] > 0) ? e : nil
    }
}
