import PipelineKit

/// The edges of a found appeal block: the list its last line announces goes with it; the page's
/// contact lines beside it and an editor's-letter headline above it stay.
extension AppealStripper {
    /// How many items of a list announced by an appeal's last line go with it.
    static let announcedItems = 8

    /// Marks opening the items of a list ("→", "•", "–", "-", "✓", "✔").
    static let itemMarks: Set<Unicode.Scalar> = ["→", "•", "–", "-", "✓", "✔", "►", "▸", "*"]

    /// The block taking the list its last line announces with a colon ("Mit Ihrem Beitrag können
    /// wir auch künftig:" / "→ unabhängig berichten." / "→ Themen aufgreifen, …"): the lines after it
    /// that open with an item mark, up to ``announcedItems``, outside reporting, quotation and third
    /// parties. What the support pays for is the appeal's; an article's list follows no appeal.
    func takingAnnouncedList(_ block: AppealBlock, units: [TextLine], evidence: [LineEvidence]) -> AppealBlock {
        guard units[block.lastLine].endsWithColon else { return block }
        var result = block
        var k = block.lastLine + 1
        var items = 0
        while k < units.count, items < Self.announcedItems {
            if units[k].isBlank { k += 1; continue }
            let e = evidence[k]
            guard let mark = units[k].text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
                  Self.itemMarks.contains(mark), e.length < 200, !e.isReporting, !e.isQuotation, !e.hasQuote,
                  e.namesNoOtherParty, e.largeAmounts == 0 else { break }
            result.lastLine = k
            items += 1
            k += 1
        }
        return result
    }

    /// The block without the page's imprint at its edges: where a contact line ("Реклама и
    /// партнерство: ads@…", "Contact: tips@…"; see ``isContactLine(_:_:)``) stands above the
    /// block's first call, the block opens after it (the outlet's description above the contact
    /// lines stays too); where one stands below its last call, the block ends before it.
    func droppingContactLines(_ block: AppealBlock, units: [TextLine], evidence: [LineEvidence]) -> AppealBlock {
        let lines = (block.firstLine...block.lastLine).filter { !units[$0].isBlank }
        guard let firstCall = lines.first(where: { evidence[$0].cues[.action] > 0 }),
              let lastCall = lines.last(where: { evidence[$0].cues[.action] > 0 }) else { return block }
        var result = block
        if let contact = lines.last(where: { $0 < firstCall && Self.isContactLine(units[$0], evidence[$0]) }),
           let next = lines.first(where: { $0 > contact }) {
            result.firstLine = next
        }
        if let contact = lines.first(where: { $0 > lastCall && Self.isContactLine(units[$0], evidence[$0]) }),
           let previous = lines.last(where: { $0 < contact }) {
            result.lastLine = previous
        }
        return result
    }

    /// Kickers of an editor's letter or column ("Letter from the editor:", "Brief der Chefredaktion:",
    /// "Lettre de la rédaction :", "Письмо редактора:").
    static let letterKickers = ByteNeedles([
        "letter from the editor", "editor's letter", "brief der chefredaktion", "brief des chefredakteurs",
        "lettre de la rédaction", "lettre du rédacteur", "письмо редактора", "колонка редактора",
    ].map { Array($0.utf8) })

    /// The block without the document's first line when that line opens with an editor's-letter
    /// kicker and holds no call ("Letter from the editor: We'll get through this one together!"): it
    /// is the headline of the letter below the box, however much it speaks as "we". (A kicker over
    /// a call, "Editor's note: Support a free press", is the appeal's own title.)
    func droppingLetterHeadline(_ block: AppealBlock, units: [TextLine], evidence: [LineEvidence]) -> AppealBlock {
        guard block.firstLine < block.lastLine, units[..<block.firstLine].allSatisfy(\.isBlank),
              evidence[block.firstLine].cues[.action] == 0,
              Self.letterKickers.occurs(in: Array(units[block.firstLine].lowered.prefix(40))),
              let next = units.indices.first(where: { $0 > block.firstLine && !units[$0].isBlank }) else { return block }
        var result = block
        result.firstLine = next
        return result
    }

    /// An exclaimed header above a box ending the text has at most this many words.
    static let exclaimedHeaderWords = 18

    /// `block` with the line right above it when the block ends the text and that line is its
    /// exclaimed header ("Clear, fair information matters more this year than ever!" above "Our
    /// newsroom only keeps going with your help."): at most ``exclaimedHeaderWords`` words ending in
    /// an exclamation mark, not the text's first line, without reporting, quotation, third parties
    /// or large sums. An article's last paragraph before an end box is a statement.
    func takingExclaimedHeader(_ block: AppealBlock, units: [TextLine], evidence: [LineEvidence]) -> AppealBlock {
        guard units[(block.lastLine + 1)...].allSatisfy(\.isBlank),
              let above = units[..<block.firstLine].lastIndex(where: { !$0.isBlank }),
              units[..<above].contains(where: { !$0.isBlank }), units[above].endsWithExclamation,
              units[above].wordCount <= Self.exclaimedHeaderWords, case let e = evidence[above], !e.isReporting,
              !e.isQuotation, !e.hasQuote, e.largeAmounts == 0, e.namesNoOtherParty
        else { return block }
        var result = block
        result.firstLine = above
        return result
    }

    /// Where the text's own headline ends when a text whose line breaks were lost opens with an
    /// editor's-letter kicker and no call in its first sentence (see
    /// ``droppingLetterHeadline(_:units:evidence:)``): the start of the second sentence.
    func letterHeadlineEnd(in unit: TextLine) -> Int? {
        guard Self.letterKickers.occurs(in: Array(unit.lowered.prefix(40))) else { return nil }
        let sentences = unit.sentences()
        guard sentences.count >= 2, lineEvidence(sentences[0]).cues[.action] == 0 else { return nil }
        return sentences[1].span.start
    }

    /// Whether a line is a contact line: a short label without a call, its colon, and one e-mail
    /// address or handle ("По вопросам рекламы: ads@izmoroz.media", "Kontakt: redaktion@…").
    static func isContactLine(_ line: TextLine, _ e: LineEvidence) -> Bool {
        guard e.cues[.action] == 0, e.length < 100, let colon = line.lowered.prefix(48).firstIndex(of: 0x3A) else { return false }
        let value = line.lowered[(colon + 1)...].drop { $0 == 0x20 }
        return !value.isEmpty && !value.contains(0x20) && value.contains(0x40)
    }
}
