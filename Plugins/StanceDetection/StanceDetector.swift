import PipelineKit

/// The `stance` stage: the stance (against, neutral, favor) of each sentence or quote toward each
/// mention of a target.
///
/// Targets come from the pipeline file (`targets: {Kremlin: [Kremlin, Moscow]}`) and from the
/// input document (`targets: [{id, start, end}]`). For every mention the stage takes the evidence:
/// the quote containing the mention when a quote layer is present (its speaker becomes the
/// `holder`), else the sentence. When the mention is the speaker of a quote, that quote's words
/// are left out: a quote BY the target is not a stance ABOUT it. A trained ``StanceModel`` labels
/// the mention with the mention masked, features weighted toward its clause, negation scopes and
/// contrast words marked.
public struct StanceDetector: Stage {
    /// How pipeline files name and configure this stage.
    public static let descriptor = StageDescriptor(
        name: "stance", version: "1.0.0",
        summary: "Stance (against/neutral/favor) of sentences and quotes toward target mentions, with holder.",
        options: [
            OptionSpec("targets", .stringListMap, default: .stringListMap([]),
                       help: "Targets and their aliases, e.g. {Kremlin: [Kremlin, Moscow]}; aliases with capitals match case-sensitively."),
            OptionSpec("model", .path, default: .json(.null),
                       help: "A model file from 'pipe train stance'; default: the bundled model trained on NewsMTSC."),
            OptionSpec("min-score", .number(0...1), default: .double(0),
                       help: "Against/favor labels with a lower score are reported as neutral."),
            OptionSpec("document-targets", .boolean, default: .bool(true),
                       help: "Also label the target mentions given with each input document."),
        ],
        reads: [.sentences], writes: [.stances]
    ) { options, environment in
        let model = try options.string("model").map { try StanceModel.load(path: environment.resolve($0)) }
            ?? StanceModel.bundled()
        return StanceDetector(
            model: model,
            targets: options.stringListMap("targets").map { ($0.name, $0.values) },
            minScore: options.double("min-score"),
            useDocumentTargets: options.bool("document-targets"))
    }

    let model: StanceModel
    let matcher: TargetMatcher
    let minScore: Double
    let useDocumentTargets: Bool

    /// Creates the stage from a model and targets (label with aliases).
    public init(model: StanceModel, targets: [(label: String, aliases: [String])] = [],
                minScore: Double = 0, useDocumentTargets: Bool = true) {
        self.model = model
        self.matcher = TargetMatcher(targets: targets)
        self.minScore = minScore
        self.useDocumentTargets = useDocumentTargets
    }

    /// One mention to label.
    private struct Mention {
        var span: Span
        var target: String
        var id: String?
    }

    public func process(_ document: inout Document, context: StageContext) async throws {
        guard let sentences = document.sentences else {
            throw StageError("stance needs sentences; run the segmenter first")
        }
        var utf8 = Array(document.text.utf8)
        utf8.append(0)
        let index = CodePointIndex(utf8: Array(utf8.dropLast()))
        let text = document.text
        let quotes = document.quotes ?? []
        if useDocumentTargets, let bad = document.targets?.first(where: { $0.span.end > index.count }) {
            throw StageError("target '\(bad.id)' \(bad.span) lies outside the text (\(index.count) code points)")
        }
        let stances: [Stance] = utf8.withUnsafeBufferPointer { padded in
            let bytes = UnsafeBufferPointer(rebasing: padded[0..<(padded.count - 1)])
            var mentions: [Mention] = []
            if !matcher.isEmpty {
                for match in matcher.matches(in: bytes) {
                    let span = Span(start: index.codePointOffset(ofUTF8: match.byteStart),
                                    end: index.codePointOffset(ofUTF8: match.byteEnd))
                    mentions.append(Mention(span: span, target: match.target))
                }
            }
            if useDocumentTargets, let given = document.targets {
                for t in given where !t.span.isEmpty {
                    mentions.append(Mention(span: t.span, target: t.label ?? index.slice(t.span, of: text), id: t.id))
                }
            }
            mentions.sort { $0.span < $1.span }
            return mentions.map { mention in
                label(mention, among: mentions, sentences: sentences, quotes: quotes, index: index, bytes: padded)
            }
        }
        document.stances = (document.stances ?? []) + stances
    }

    private func label(_ mention: Mention, among mentions: [Mention], sentences: [Span], quotes: [Quote],
                       index: CodePointIndex, bytes: UnsafeBufferPointer<UInt8>) -> Stance {
        // Evidence: the quote holding the mention, else its sentence.
        // Outside every sentence (a document target in a gap): a window of text around it.
        var evidence = sentence(containing: mention.span, in: sentences)
            ?? Span(start: max(0, mention.span.start - 200), end: min(index.count, mention.span.end + 200))
        var holder: String?
        if let quote = quotes.first(where: { Self.content(of: $0).contains { $0.contains(mention.span) } }) {
            evidence = Self.content(of: quote).first { $0.contains(mention.span) } ?? quote.span
            holder = quote.speaker?.name
        }
        // Quotes spoken by the target inside the evidence are left out.
        let spokenByTarget = holder == nil
            ? quotes.filter { $0.speaker.map { $0.span.overlaps(mention.span) } ?? false }.flatMap(Self.content)
                .filter { evidence.overlaps($0) && !$0.contains(mention.span) }
            : []

        let byteStart = index.utf8Offset(ofCodePoint: evidence.start)
        let byteEnd = index.utf8Offset(ofCodePoint: evidence.end)
        let tokens = StanceTokenizer.tokens(bytes, from: byteStart, to: byteEnd, codePointStart: evidence.start)
        let others = mentions.filter { $0.span != mention.span && evidence.contains($0.span) && !$0.span.overlaps(mention.span) }
            .map { StanceModel.tokenRange(tokens, covering: $0.span) }.filter { !$0.isEmpty }
        let excluded = spokenByTarget.map { StanceModel.tokenRange(tokens, covering: $0) }.filter { !$0.isEmpty }
        let instance = StanceInstance(tokens: tokens, mention: StanceModel.tokenRange(tokens, covering: mention.span),
                                      others: others, excluded: excluded)
        var (label, score) = model.predict(instance, bytes: bytes)
        if label != .neutral && score < minScore { label = .neutral }
        return Stance(target: mention.target, targetID: mention.id, span: evidence, mention: mention.span,
                      label: label, score: (score * 1000).rounded() / 1000, holder: holder)
    }

    /// A quote's content pieces (its parts, or its whole span).
    private static func content(of quote: Quote) -> [Span] {
        quote.parts.isEmpty ? [quote.span] : quote.parts
    }

    /// The sentence that contains (or, failing that, overlaps) `span`; sentences are sorted.
    private func sentence(containing span: Span, in sentences: [Span]) -> Span? {
        let low = sentences.partitionPoint { $0.end <= span.start }
        guard low < sentences.count, sentences[low].overlaps(span) || sentences[low].contains(span) else { return nil }
        var result = sentences[low]
        // A mention crossing a sentence boundary takes both sentences.
        var k = low + 1
        while k < sentences.count && sentences[k].start < span.end {
            result.end = sentences[k].end
            k += 1
        }
        return result
    }
}
