/// A newsletter or channel box's title that promises to keep the reader informed ("Stay informed
/// with free updates", "Never miss a local story.", "Keep up with <town>", "Alles lesen. Mehr wissen.
/// Nichts verpassen.", "Оставайтесь в курсе последних событий!"): it carries no sign-up word, so
/// neither the sign-up rules nor the scorer take it, yet no article line opens that way. Cut as a
/// prompt, like a follow label.
extension AppealStripper {
    /// How such a title opens (lowered, after bullets or emoji), in the languages read.
    static let stayInformedOpenings: [[UInt8]] = [
        "stay informed", "stay connected", "stay in the loop", "stay up to date", "stay up-to-date", "stay updated", "never miss",
        "let's stay connected",
        "keep up with", "bleiben sie informiert", "bleiben sie auf dem laufenden", "bleib informiert",
        "bleib auf dem laufenden", "restez informé", "restez informés", "restez informée", "restez informées",
        "restez connecté", "restez connectés", "ne manquez rien", "ne ratez rien",
        "оставайтесь в курсе", "будьте в курсе", "будьте в курсі", "залишайтеся в курсі",
    ].map { Array($0.utf8) }

    /// What a German title says anywhere on its line ("Alles lesen. Mehr wissen. Nichts verpassen.").
    static let stayInformedPhrases = ByteNeedles(["nichts verpassen", "nichts mehr verpassen"].map { Array($0.utf8) })

    /// A German title's opening that promises only with "verpassen" later on its line ("Nie wieder
    /// einen Bericht verpassen?"; "Nie wieder Krieg" is none).
    static let neverAgain = [Array("nie wieder".utf8)]
    /// The "verpassen" a line opening with ``neverAgain`` must hold.
    static let miss = ByteNeedles([Array("verpassen".utf8)])

    /// An opening that promises only when the line names the medium's news or stories (``inboxContents``,
    /// ``callMediumWords``): "Don't miss out on breaking stories and in-depth articles."; "Don't miss out on
    /// the fireworks" is an article's tip, and "Don't miss these headlines from …" heads a list of links.
    static let dontMissOpenings: [[UInt8]] = ["don't miss out", "do not miss out"].map { Array($0.utf8) }

    /// An opening that promises only when the line names the medium (``callMediumWords``: its newsletter, news,
    /// paper): "Immer aktuell informiert – mit dem <Sender> Newsletter!"; "Immer gut informiert war der
    /// Hafenmeister" is an article's sentence.
    static let alwaysInformedOpenings: [[UInt8]] = [
        "immer aktuell informiert", "immer bestens informiert", "immer gut informiert", "always informed", "toujours informé",
    ].map { Array($0.utf8) }

    /// The longest such title, in code points: a box's title, not an article's sentence.
    static let stayInformedPoints = 70

    /// Whether a line is such a title: at most ``stayInformedPoints`` code points, opening with a
    /// phrase of ``stayInformedOpenings`` (or ``neverAgain`` with "verpassen", ``dontMissOpenings`` with
    /// the medium's news or stories, or ``alwaysInformedOpenings`` naming the medium) or holding one of
    /// ``stayInformedPhrases``, neither reporting nor quoting ("Never miss a dose, the nurse said.").
    func isStayInformedTitle(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (The line's span counts its code points: longer lines are never read further.)
        guard line.span.length <= Self.stayInformedPoints else { return false }
        let opens = TextNormalizer.openingPhraseEnd(in: bytes, among: Self.stayInformedOpenings) != nil
            || (TextNormalizer.openingPhraseEnd(in: bytes, among: Self.neverAgain) != nil && Self.miss.occurs(in: bytes))
            || (TextNormalizer.openingPhraseEnd(in: bytes, among: Self.dontMissOpenings) != nil
                && (Self.inboxContents.occurs(in: bytes) || Self.callMediumWords.occurs(in: bytes)))
            || (TextNormalizer.openingPhraseEnd(in: bytes, among: Self.alwaysInformedOpenings) != nil
                && Self.callMediumWords.occurs(in: bytes))
        guard opens || Self.stayInformedPhrases.occurs(in: bytes) else { return false }
        let e = lineEvidence(line)
        return !e.isReporting && !e.hasQuote
    }
}
