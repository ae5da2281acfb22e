import Foundation
import PipelineKit

/// One labelled target mention for training or evaluation.
public struct StanceExample: Sendable {
    /// The sentence (or other evidence) text.
    public var text: String
    /// The mention, in code point offsets into `text`.
    public var mention: Span
    /// Other target mentions in the same text, masked as `<o>`.
    public var others: [Span]
    /// The gold label.
    public var label: StanceLabel
    /// Examples sharing a group (an article) always fall into the same fold.
    public var group: String
    /// The input line the example came from (1-based).
    public var line: Int
    /// The example's id (NewsMTSC `Input.gid`, or `id` in the simple format), if any.
    public var id: String?
    /// Whether this example repeats another at a further (coreferent) mention of its target; such
    /// examples are trained on but never scored.
    public var isFurtherMention = false

    /// Creates an example.
    public init(text: String, mention: Span, others: [Span] = [], label: StanceLabel, group: String, line: Int = 0) {
        self.text = text
        self.mention = mention
        self.others = others
        self.label = label
        self.group = group
        self.line = line
        self.id = nil
    }
}

/// Reads labelled stance examples from JSONL.
///
/// Two formats are accepted, line by line:
/// - NewsMTSC: `{"primary_gid", "sentence_normalized", "targets": [{"from", "to", "polarity"}]}` with
///   polarity 2.0 / 4.0 / 6.0 for negative / neutral / positive; the article part of the gid
///   (its first three `_`-separated fields) groups folds.
/// - Simple: `{"text": "...", "target": {"start": 4, "end": 10}, "label": "against"}`, label one
///   of against/neutral/favor (negative/positive also accepted); an optional `"group"` keeps
///   examples from one source together in cross-validation. Several mentions of one text may be
///   given as `"targets": [{"start", "end", "label"}]` instead.
/// Offsets are Unicode code points, end exclusive.
public enum StanceTrainingData {
    /// Examples read from a JSONL file, with the raw lines (index = line - 1).
    public static func read(path: String, furtherMentions: Bool = false) throws -> (examples: [StanceExample], lines: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read training data '\(path)'")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var examples: [StanceExample] = []
        for (k, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            do {
                examples += try parse(line: line, number: k + 1, furtherMentions: furtherMentions)
            } catch let error as StageError {
                throw StageError("\(path):\(k + 1): \(error.message)")
            } catch {
                throw StageError("\(path):\(k + 1): not JSON (\(error))")
            }
        }
        return (examples, lines)
    }

    /// Examples of one JSONL line.
    /// - Parameter furtherMentions: also emit NewsMTSC's `further_mentions` (coreferent mentions
    ///   such as "she") as extra training examples with their target's label.
    public static func parse(line: String, number: Int, furtherMentions: Bool = false) throws -> [StanceExample] {
        let json = try JSONParser.parse(line)
        if let sentence = json["sentence_normalized"]?.stringValue, let targets = json["targets"]?.arrayValue {
            let gid = json["primary_gid"]?.stringValue ?? "line\(number)"
            let group = gid.split(separator: "_", omittingEmptySubsequences: false).prefix(3).joined(separator: "_")
            let spans = try targets.map { t -> Span in
                guard let from = t["from"]?.intValue, let to = t["to"]?.intValue, from <= to else {
                    throw StageError("target without valid \"from\"/\"to\"")
                }
                return Span(start: from, end: to)
            }
            return try targets.enumerated().map { k, t in
                guard let polarity = t["polarity"] else { throw StageError("target without \"polarity\"") }
                var example = StanceExample(text: sentence, mention: spans[k], others: spans.enumerated().filter { $0.offset != k }.map(\.element),
                                            label: try label(polarity), group: group, line: number)
                example.id = t["Input.gid"]?.stringValue
                return example
            } + targets.enumerated().flatMap { k, t -> [StanceExample] in
                guard furtherMentions, let further = t["further_mentions"]?.arrayValue, let polarity = t["polarity"] else { return [] }
                return try further.compactMap { m -> StanceExample? in
                    guard let from = m["from"]?.intValue, let to = m["to"]?.intValue, from < to else { return nil }
                    var example = StanceExample(text: sentence, mention: Span(start: from, end: to),
                                                others: spans.enumerated().filter { $0.offset != k }.map(\.element),
                                                label: try label(polarity), group: group, line: number)
                    example.isFurtherMention = true
                    return example
                }
            }
        }
        guard let text = json["text"]?.stringValue else {
            throw StageError("expected NewsMTSC fields (sentence_normalized, targets) or \"text\" with \"target\" and \"label\"")
        }
        let group = json["group"]?.stringValue ?? "line\(number)"
        var entries: [(Span, JSONValue, String?)] = []
        if let target = json["target"] {
            guard let label = json["label"] else { throw StageError("missing \"label\"") }
            entries.append((try span(target), label, json["id"]?.stringValue))
        } else if let targets = json["targets"]?.arrayValue {
            for t in targets {
                guard let label = t["label"] else { throw StageError("target without \"label\"") }
                entries.append((try span(t), label, t["id"]?.stringValue))
            }
        } else {
            throw StageError("missing \"target\": {\"start\", \"end\"}")
        }
        let length = text.unicodeScalars.count
        return try entries.enumerated().map { k, entry in
            guard entry.0.end <= length else { throw StageError("target \(entry.0) lies outside the text") }
            var example = StanceExample(text: text, mention: entry.0,
                                        others: entries.enumerated().filter { $0.offset != k }.map(\.element.0),
                                        label: try label(entry.1), group: group, line: number)
            example.id = entry.2
            return example
        }
    }

    private static func span(_ json: JSONValue) throws -> Span {
        guard let start = json["start"]?.intValue, let end = json["end"]?.intValue, 0 <= start, start <= end else {
            throw StageError("target needs \"start\" <= \"end\" (code points)")
        }
        return Span(start: start, end: end)
    }

    /// A label from a string (against/negative, neutral, favor/positive) or a NewsMTSC polarity number.
    static func label(_ json: JSONValue) throws -> StanceLabel {
        if let number = json.doubleValue {
            switch number {
            case 2, -1: return .against
            case 4, 0: return .neutral
            case 6, 1: return .favor
            default: throw StageError("unknown polarity \(number) (2.0, 4.0 or 6.0)")
            }
        }
        switch json.stringValue?.lowercased() {
        case "against", "negative", "neg": return .against
        case "neutral", "none", "neu": return .neutral
        case "favor", "favour", "positive", "pos": return .favor
        default: throw StageError("unknown label \(json.jsonText) (against, neutral or favor)")
        }
    }
}
