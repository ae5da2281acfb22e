/// A plug for the outlet's digital edition on a line of its own ("Read this week's digital edition",
/// "Lesen Sie hier das E-Paper der Hafenpost", "Lisez l'édition numérique", "Читайте электронную
/// версию газеты"): a call to read opening the line and the paper's e-edition named. An article
/// line about an e-edition reports on it ("The paper's e-edition now reaches 4,000 readers") and
/// opens with its subject.
extension AppealStripper {
    /// Calls to read that open such a plug, lowered.
    static let editionReadCalls: [[UInt8]] = [
        "read", "browse", "flip through", "lesen sie", "lies", "blättern sie", "lisez", "feuilletez", "découvrez", "читайте",
        "прочитайте", "листайте",
    ].map { Array($0.utf8) }

    /// Names of the outlet's e-edition, lowered.
    static let editionNames = ByteNeedles([
        "digital edition", "e-edition", "e-paper", "epaper", "digital replica", "print replica", "digital copy of",
        "digitale ausgabe", "digitalausgabe", "édition numérique", "journal numérique", "version numérique",
        "электронную версию", "электронный номер", "pdf-версию", "електронну версію",
    ].map { Array($0.utf8) })

    /// Editions in the plural: a kiosk of many papers' e-editions ("Browse the newest digital editions of
    /// community-owned papers"), not the outlet's own.
    static let editionKiosks = ByteNeedles([
        "digital editions", "e-editions", "e-papers", "epapers", "digitale ausgaben", "éditions numériques",
    ].map { Array($0.utf8) })

    /// Such a plug is shorter than this (code points).
    static let editionPlugPoints = 100

    /// Whether a line is such a plug: under ``editionPlugPoints``, opening with a call of
    /// ``editionReadCalls`` (bullets skipped) and naming an e-edition (``editionNames``, not many:
    /// ``editionKiosks``), in the page's own words with no third party.
    func isEditionPlug(_ line: TextLine) -> Bool {
        let bytes = line.lowered
        // (Most lines are longer or open otherwise: passed over on their length and first bytes.)
        guard bytes.count < 4 * Self.editionPlugPoints, TextNormalizer.openingPhraseEnd(in: bytes, among: Self.editionReadCalls) != nil,
              TextNormalizer.pointCount(bytes) < Self.editionPlugPoints, Self.editionNames.occurs(in: bytes),
              !Self.editionKiosks.occurs(in: bytes) else { return false }
        return lineEvidence(line).speaksOwnWordsOnly
    }
}
