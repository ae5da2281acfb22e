import PipelineKit

/// The `speaker-attribution` stage: finds direct, partial and reported speech with its cue and
/// speaker, and resolves each speaker to a clean name.
///
/// Rule-based and fast: one pass over the UTF-8 bytes makes tokens, quotation marks are paired
/// (curly, straight, `''` and multi-paragraph quotes), and cue verbs from a lexicon of verbs of
/// saying, thinking and reporting anchor each attribution. Pronoun and role-noun speakers are
/// resolved to the most recent compatible named person.
///
/// Reads `sentences` (coarse spans are refined internally) and writes `quotes`.
public struct QuoteAttributor: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "speaker-attribution", version: "1.0.0",
        summary: "Direct, partial and reported speech with cue and speaker; pronoun speakers resolved to names.",
        options: [
            OptionSpec("reported-speech", .boolean, default: .bool(true),
                       help: "Also attribute speech without quotation marks (\"X said that …\", \"according to X\")."),
            OptionSpec("resolve-pronouns", .boolean, default: .bool(true),
                       help: "Resolve pronoun and role-noun speakers (\"he\", \"the senator\") to the most recent compatible named person."),
            OptionSpec("join-turns", .boolean, default: .bool(true),
                       help: "Join a speaker's turn split around its cue (“A,” she said. “B.”) into one quote with parts."),
            OptionSpec("carry-speaker", .boolean, default: .bool(false),
                       help: "Give a whole-sentence quote without a cue the speaker of the quote just before it."),
            OptionSpec("attitudes", .boolean, default: .bool(true),
                       help: "Also attribute stances and intentions (\"X supports …\", \"X wants …\", \"X declined to …\"), as PolNeAR annotates them."),
            OptionSpec("partial-quotes", .boolean, default: .bool(true),
                       help: "Also list the quoted words inside reported speech (dismissed it as “pure fiction”) as `partial` quotes with the same speaker and cue."),
            OptionSpec("extra-cues", .stringList, default: .stringList([]),
                       help: "More cue words (each inflected form listed), added to the built-in lexicon."),
        ],
        reads: [.sentences], writes: [.quotes]
    ) { options, _ in
        QuoteAttributor(
            options: AttributionOptions(
                reportedSpeech: options.bool("reported-speech"), participles: true,
                joinTurns: options.bool("join-turns"), carryTurns: options.bool("carry-speaker"),
                resolvePronouns: options.bool("resolve-pronouns"), partialQuotes: options.bool("partial-quotes")),
            extraCues: options.strings("extra-cues"), attitudes: options.bool("attitudes"))
    }

    let options: AttributionOptions
    let lexicon: CueLexicon

    /// Creates the stage with rule switches, extra cue words and the attitude-verb switch.
    init(options: AttributionOptions = AttributionOptions(), extraCues: [String] = [], attitudes: Bool = true) {
        self.options = options
        self.lexicon = CueLexicon(extra: extraCues, attitudes: attitudes)
    }

    /// Replaces the document's `quotes` with the attributions found in its text, in text order.
    ///
    /// Never throws: a text without attributions gets an empty list.
    public func process(_ document: inout Document, context: StageContext) async throws {
        document.quotes = attribute(text: document.text, sentences: document.sentences)
    }

    /// The quotes of a text; `sentences` may be nil or coarse.
    func attribute(text: String, sentences: [Span]?) -> [Quote] {
        let scanned = ScannedText(text: text, sentenceSpans: sentences)
        var finder = AttributionFinder(text: scanned, lexicon: lexicon, options: options)
        var attributions = finder.run()
        var resolver = SpeakerResolver(text: scanned)
        resolver.resolve(&attributions, pronouns: options.resolvePronouns)
        var quotes: [Quote] = []
        quotes.reserveCapacity(attributions.count)
        for attribution in attributions {
            let whole = quote(from: attribution, in: scanned)
            quotes.append(whole)
            if options.partialQuotes, attribution.kind == .mixed { quotes += partialQuotes(in: attribution, of: whole, text: scanned) }
        }
        return quotes
    }

    /// The quoted words inside reported speech (`dismissed the report as “pure invention”`), each
    /// as a `partial` quote with the speaker and cue of the reported speech around it.
    private func partialQuotes(in attribution: Attribution, of whole: Quote, text: ScannedText) -> [Quote] {
        var result: [Quote] = []
        for part in attribution.parts {
            var i = part.lowerBound
            while i < part.upperBound {
                let q = text.quotationOf[i]
                guard q >= 0, text.tokens[i].isQuote, text.quotations[Int(q)].open == i else { i += 1; continue }
                let quotation = text.quotations[Int(q)]
                if !quotation.content.isEmpty, quotation.content.upperBound <= part.upperBound {
                    result.append(Quote(span: text.span(tokens: quotation.content), kind: .partial,
                                        cue: whole.cue, speaker: whole.speaker))
                }
                i = max(i + 1, quotation.content.upperBound)
            }
        }
        return result
    }

    private func quote(from attribution: Attribution, in text: ScannedText) -> Quote {
        let parts = attribution.parts.map { text.span(tokens: $0) }
        let hull = Span(start: parts.map(\.start).min()!, end: parts.map(\.end).max()!)
        let speaker = attribution.speaker.map { Speaker(name: attribution.name ?? text.text($0), span: text.span(tokens: $0)) }
        return Quote(span: hull, kind: attribution.kind, cue: attribution.cue.map { text.span(tokens: $0) },
                     speaker: speaker, parts: parts.count > 1 ? parts : [])
    }
}
