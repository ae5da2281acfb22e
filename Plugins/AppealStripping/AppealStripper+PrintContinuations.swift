/// A local paper's note closing a story it prints in full only in its edition ("Полный текст
/// читайте в ближайшем номере «<paper>».", "Продолжение Вы можете прочитать в электронной версии
/// газеты.", "Den ausführlichen Artikel lesen Sie in der Ausgabe vom Samstag.", "La suite dans notre
/// édition papier."): a pitch for the paper, not a sentence of the story. It names the rest of the
/// text and where it is printed, among the text's last lines; an article's line naming an edition
/// names no rest of itself ("Wer uns aufgefallen ist, lesen Sie in der aktuellen Ausgabe.").
extension AppealStripper {
    /// The rest or the whole of the story ("full text", "continuation", "the detailed article").
    static let continuationSubjects = ByteNeedles([
        "полный текст", "полную версию", "продолжение", "полностью", "повний текст", "продовження",
        "den ausführlichen artikel", "den vollständigen artikel", "den ganzen artikel", "den ausführlichen bericht",
        "den vollständigen bericht", "den ganzen bericht", "the full story", "the full article", "the rest of this story",
        "the rest of the story", "la suite", "l'intégralité", "l’intégralité", "l'article complet", "l’article complet",
        // "For the complete story, see …", and more of it ("Read more in the Oct. 6 edition of the News.").
        "the complete story", "read more in the", "mehr dazu lesen sie in der", "подробнее читайте в",
        "детальніше читайте в",
        // The same in other words ("Find the complete report in the … print issue", "Den kompletten Bericht
        // finden Sie in unserer gedruckten Ausgabe", "Окончание статьи читайте в электронной версии нашего издания").
        "the complete report", "the complete article", "the full report", "the whole story", "the whole article",
        "the entire story", "the entire article", "den kompletten artikel", "den kompletten bericht",
        "den gesamten artikel", "den gesamten bericht", "окончание", "закінчення",
    ].map { Array($0.utf8) })

    /// Where it is printed: the paper's issue, edition or e-paper.
    static let editionWords = ByteNeedles([
        "номер", "выпуск", "версии газеты", "газет", "випуск", "ausgabe", "e-paper", "epaper", "édition", "numéro",
        "print edition", "digital edition", "e-edition", "this week's issue", "next issue", "journal papier", "kiosque",
        // An edition by its day or date ("the weekend edition", "the Oct. 6 edition").
        " edition of",
        // A print issue ("the Saturday print issue of the Courier") and the paper as a publication ("нашего издания").
        "print issue", "издани", "видання",
        // The print or PDF version ("Полный текст читайте в печатной или PDF версии «<paper>».").
        "печатн", "друкован", "pdf-верс", "pdf верс", "pdf-версі", "pdf версі",
    ].map { Array($0.utf8) })

    /// How many of the text's last content units may be such a note (a subscription reminder may follow it).
    static let continuationReach = 2

    /// The units among the text's last ``continuationReach`` content units that are such a note:
    /// under ``promptLinePoints``, naming the rest of the story (``continuationSubjects``) and an
    /// edition (``editionWords``), in the page's own words (``LineEvidence/speaksOwnWords``: the
    /// paper's name in quotation marks is no quoted speech), no third party or beneficiary.
    func printContinuationLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        // The last content units, walking back; one more is read to tell a one-line text (run together:
        // a continuation note is a line of its own).
        let last = Array(units.indices.reversed().lazy.filter { !units[$0].isBlank }.prefix(Self.continuationReach + 1))
        guard last.count > 1 else { return [] }
        return last.prefix(Self.continuationReach).reversed().filter { u in
            let e = evidence[u], bytes = units[u].lowered
            return e.points < Self.promptLinePoints && Self.continuationSubjects.occurs(in: bytes) && Self.editionWords.occurs(in: bytes)
                && e.speaksOwnWords && e.namesNoOtherParty
        }
    }
}
