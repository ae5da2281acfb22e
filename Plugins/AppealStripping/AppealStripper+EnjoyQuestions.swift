/// A short question whether the reader enjoys the outlet's work, on a line of its own or before the
/// call it leads to ("Enjoy Link Salad? Pass it on to a neighbor.", "Enjoy what HarborHub is up to? Chip
/// in a few dollars. Much appreciated!", "Enjoy what you read here at The CGN?"): the question opens with
/// enjoying, liking, loving or finding ("Found this piece useful?") and names the work ("this", "here",
/// "our", a medium's word or a capitalised name); every sentence after it speaks to or as "we", calls
/// (to give, subscribe or pass the work on), names the medium or is a short thanks. An article's question names no work ("Found a lost dog? Call
/// the shelter."), and reporting, quotation or another party keeps the line.
extension AppealStripper {
    /// How the question opens (lowered).
    static let enjoyOpenings: [[UInt8]] = [
        "enjoy", "enjoyed", "enjoying", "like", "liked", "love", "loved", "found", "find",
    ].map { Array($0.utf8) }

    /// Words by which the question names the work it asks about, lowered whole words.
    /// ("Like what, your homework?" in a conversation names none: "what" and "it" are no such word.)
    static let enjoyObjects: Set<String> = ["this", "these", "our", "us", "here"]

    /// Calls to pass the work on, which the evidence counts as no appeal ("Pass it on to a neighbor.").
    static let passingOnCalls: [[UInt8]] = ["pass it on", "share it", "share this", "forward it", "forward this", "tell a friend"]
        .map { Array($0.utf8) }

    /// The question has at most this many words.
    static let enjoyQuestionWords = 10
    /// A thanks after the call has at most this many words ("Much appreciated!").
    static let enjoyThanksWords = 3

    /// The lines (after the first) that are such a question, with the calls after it on its line.
    func enjoyQuestionLines(in lines: [TextLine]) -> [Int] {
        let first = lines.firstIndex { !$0.isBlank } ?? 0
        return lines.indices.filter { k in
            k > first && !lines[k].isBlank && isEnjoyQuestion(lines[k])
        }
    }

    /// Whether a line is such a question (see the type's note).
    func isEnjoyQuestion(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Most lines open with another word or hold no question mark: passed over on their bytes.)
        guard bytes.count < Self.enjoyQuestionBytes, bytes.contains(0x3F),
              TextNormalizer.openingPhraseEnd(in: bytes, among: Self.enjoyOpenings) != nil else { return false }
        let sentences = line.sentences()
        guard let question = sentences.first, question.endsWithQuestion, question.wordCount <= Self.enjoyQuestionWords,
              namesWork(question) else { return false }
        return sentences.allSatisfy { sentence in
            let e = lineEvidence(sentence)
            return e.speaksOwnWordsOnly
                && (sentence.span == question.span || e.speaksToReader || e.hasAppealCue || e.cues[.newsroom] > 0
                    || sentence.opensWithCall || sentence.wordCount <= Self.enjoyThanksWords
                    || TextNormalizer.openingPhraseEnd(in: sentence.lowered, among: Self.passingOnCalls) != nil)
        }
    }

    /// A line's whole length limit for such a question and its calls (UTF-8 bytes).
    static let enjoyQuestionBytes = 300

    /// Whether the question names the work: a word of ``enjoyObjects``, a word of the medium
    /// (``callMediumWords``, ``inboxContents``) or a capitalised name after its first word.
    private func namesWork(_ question: TextLine) -> Bool {
        let words = question.text.split(whereSeparator: { $0 == " " })
        let lowered = words.dropFirst().map { $0.lowercased().filter { $0.isLetter || $0 == "'" } }
        if lowered.contains(where: Self.enjoyObjects.contains) { return true }
        if Self.callMediumWords.occurs(in: question.lowered) || Self.inboxContents.occurs(in: question.lowered) { return true }
        return words.dropFirst().contains { $0.unicodeScalars.first?.properties.isUppercase ?? false }
    }
}
