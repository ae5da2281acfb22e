import Foundation
import PipelineKit

/// Whole lines that are always removed where they stand as a line of their own: an outlet's
/// support button, newsletter plug or paywall notice, repeated verbatim on every page of a corpus
/// (found with `pipe appeal-lines`, reviewed by the researcher, named in the pipeline as `lines` or
/// `lines-file`).
///
/// Lines are compared after trimming and collapsing white space; case and punctuation count.
public struct OutletLines: Sendable, Equatable {
    /// The lines, normalised (see ``normalized(_:)``).
    public let lines: Set<String>

    /// Creates the set from lines as written.
    public init(_ lines: [String]) {
        self.lines = Set(lines.map(Self.normalized).filter { !$0.isEmpty })
    }

    /// Whether there is no line to remove.
    public var isEmpty: Bool { lines.isEmpty }

    /// Whether `line` is one of the lines.
    public func contains(_ line: String) -> Bool {
        !lines.isEmpty && lines.contains(Self.normalized(line))
    }

    /// `line` trimmed, with every run of white space one space.
    public static func normalized(_ line: String) -> String {
        line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Reads a lines file: one line per line; lines opening with `#` are comments, and a line
    /// that itself opens with `#` or `\` is written with a `\` before it (as `pipe appeal-lines`
    /// writes them). Blank lines are skipped.
    /// - Throws: ``StageError`` naming the file when it cannot be read as UTF-8.
    public static func load(path: String) throws -> OutletLines {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read lines file '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StageError("lines file '\(path)' is not UTF-8 text")
        }
        return OutletLines(parse(text))
    }

    /// The lines of a lines file's text (see ``load(path:)``).
    public static func parse(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .compactMap { raw -> String? in
                if raw.hasPrefix("#") { return nil }
                return raw.hasPrefix("\\") ? String(raw.dropFirst()) : String(raw)
            }
    }

    /// `line` as a line of a lines file: a leading `#` or `\` is escaped with a `\`.
    public static func escaped(_ line: String) -> String {
        line.hasPrefix("#") || line.hasPrefix("\\") ? "\\" + line : line
    }
}

extension AppealStripper {
    /// The `reason` of a cut or mark for a line of ``OutletLines``.
    public static let outletLineReason = "outlet-line"

    /// Cuts for the lines of `lines` that are one of the configured outlet lines, each with the
    /// line breaks after it (or before it, at the end of the text), like a block's.
    func outletLineCuts(in lines: [TextLine]) -> [Cut] {
        guard !outletLines.isEmpty else { return [] }
        return lines.indices.filter { !lines[$0].isBlank && outletLines.contains(lines[$0].text) }
            .map { Self.wholeLinesCut($0, $0, in: lines, reason: Self.outletLineReason) }
    }
}
