import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An outlet asking in its own name, in the third person, with no word naming a medium: the name
// it calls for appears nowhere else in the text. Our own sentences; the same call for a body the
// article reports on stays.

private func article(_ middle: String, last: String = "Le bâtiment, ouvert en 1962, deviendra une halle de marché, a précisé la mairie.") -> String {
    """
    Le port ferme son vieux terminal
    Le conseil municipal a voté mardi la fermeture du vieux terminal des ferries d'ici la fin de l'année prochaine.
    \(middle)
    \(last)
    """
}

@Test("a call to give for a name the article never mentions is the outlet asking in its own name")
func callForANameOnlyTheBlockHoldsIsCut() async throws {
    let ask = "Pour que Le Phare Vendéen poursuive sa mission, faites un don déductible de votre impôt. L'avenir du Phare Vendéen dépend de vous."
    let document = try await strip(article(ask), rulesOnly)
    #expect(document.removed.map(\.text) == [ask + "\n"])
}

@Test("the same call for a body the article reports on stays")
func callForABodyTheArticleNamesStays() async throws {
    let ask = "Pour que le Secours Portuaire poursuive sa mission, faites un don déductible de votre impôt. L'avenir du Secours Portuaire dépend de vous."
    let text = article(ask, last: "Le Secours Portuaire aide les marins en difficulté depuis 1950, a précisé la mairie.")
    #expect(try await strip(text, rulesOnly).removed.isEmpty)
}

@Test("capitalised words opening a sentence, German nouns and words after an elided article are told apart")
func midSentenceNamesAreRead() {
    #expect(AppealBlockFinder.midSentenceNames(in: "Pour qu’Aleteia poursuive sa mission. Faites un don.") == ["Aleteia"])
    #expect(AppealBlockFinder.midSentenceNames(in: "Unterstützen Sie die Zeitung mit einer Spende").isEmpty)
}
