/// A short question whether the reader enjoys the outlet's work, on a line of its own or before the
/// call it leads to ("Enjoy Link Salad? Pass it on to a neighbor.", "Enjoy what HarborHub is up to? Chip
/// in a few dollars. Much appreciated!", "Enjoy what you read here at The CGN?"): the question opens with
/// enjoying, liking, loving or finding ("Found this piece useful?") and names the work ("this", "here",
/// "our", a medium's word or a capitalised name); every sentence after it speaks to or as "we", calls
/// (to give, subscribe or pass the work on), names the medium or is a short thanks. An article's
/// question names no work ("Found a lost dog? Call the shelter."), and reporting, quotation or another
/// party keeps the line.
extension AppealStripper {
    /// How the question opens (lowered).
    static let enjoyOpenings: [[UInt8]] = [
        "enjoy", "enjoyed", "enjoying", "like", "liked", "love", "loved", "found", "find",
    ].map { Array($0.utf8) }

    /// Words by which the question names the work it asks about, lowered whole words.
    /// ("Like what, your homework?" in a conversation names none: "what" and "it" are no such word.)
    static let enjoyObjects: [[UInt8]] = ["this", "these", "our", "us", "here"].map { Array($0.utf8) }

    /// Calls to pass the work on, which the evidence counts as no appeal ("Pass it on to a neighbor.").
    static let passingOnCalls: [[UInt8]] = ["pass it on", "share it", "share this", "forward it", "forward this", "tell a friend"]
        .map { Array($0.utf8) }

    /// A line with such a question and its calls is shorter than this (UTF-8 bytes).
    static let enjoyQuestionBytes = 300
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

    /// Whether a line is such a question (see the type's note): the question is its first sentence, and
    /// every sentence after it belongs to the call (``belongsToPlug(_:)``), passes the work on
    /// (``passingOnCalls``) or is a short thanks.
    func isEnjoyQuestion(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Most lines open with another word: passed over on their first bytes before the line is read whole.)
        guard bytes.count < Self.enjoyQuestionBytes, TextNormalizer.openingPhraseEnd(in: bytes, among: Self.enjoyOpenings) != nil,
              bytes.contains(0x3F) else { return false }
        let sentences = line.sentences()
        guard let question = sentences.first, question.endsWithQuestion, question.wordCount <= Self.enjoyQuestionWords,
              namesWork(question) else { return false }
        return lineEvidence(question).speaksOwnWordsOnly && sentences.dropFirst().allSatisfy { sentence in
            let e = lineEvidence(sentence)
            return Self.belongsToPlug(e)
                || e.speaksOwnWordsOnly && (sentence.opensWithCall || sentence.wordCount <= Self.enjoyThanksWords
                    || TextNormalizer.openingPhraseEnd(in: sentence.lowered, among: Self.passingOnCalls) != nil)
        }
    }

    /// Whether the question names the work: a whole word of ``enjoyObjects`` after its first word, a word of
    /// the medium (``callMediumWords``, ``inboxContents``) or a capitalised name
    /// (``AppealBlockFinder/midSentenceNames(in:)``).
    private func namesWork(_ question: TextLine) -> Bool {
        let bytes = question.lowered
        var i = TextNormalizer.wordEnd(in: bytes, from: TextNormalizer.letterStart(in: bytes))
        while i < bytes.count {
            guard TextNormalizer.isWordByte(bytes[i]) else { i += 1; continue }
            let end = TextNormalizer.wordEnd(in: bytes, from: i)
            if TextNormalizer.isWord(bytes, i..<end, among: Self.enjoyObjects) { return true }
            i = end
        }
        if Self.callMediumWords.occurs(in: bytes) || Self.inboxContents.occurs(in: bytes) { return true }
        return !AppealBlockFinder.midSentenceNames(in: question.text).isEmpty
    }
}
