/// A run of lines judged to be one appeal (or one piece of repeated page chrome).
struct AppealBlock: Sendable, Equatable {
    /// Index of the first line in the document's lines.
    var firstLine: Int
    /// Index of the last line.
    var lastLine: Int
    /// The block's total score (sum of its lines' scores plus position).
    var score: Double
    /// Why it goes: `appeal`, `prompt` or `repeated-boilerplate`.
    var reason: String
}
