import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An appeal paragraph opening the page whose button was lost by the scraper: the newsroom's "we"
// to the reader about what the medium costs, ending with the colon that pointed at the button or
// with thanks. Our own sentences; a column opening in "we" and "you" without money stays.

private let lede = """
Samedi à Sète, un rassemblement contre la fermeture de la gare a réuni environ 300 personnes devant la mairie.
Le maire a promis de recevoir une délégation la semaine prochaine.
"""

private let openingAppeals = [
    "Chez nous, tout se lit gratuitement, parce que l'info locale doit rester ouverte à tous. Mais nos enquêtes coûtent du temps et de l'argent. Alors, pour que ça continue, tout dépend de vous :",
    "Notre campagne de dons démarre aujourd'hui et nous comptons sur vous. Notre objectif : réunir 8 000 euros pour nos enquêtes de terrain. Merci mille fois pour votre aide !",
]

@Test("an appeal paragraph on the first line ending with a colon or with thanks is cut", arguments: openingAppeals)
func topAppealParagraphIsCut(paragraph: String) async throws {
    #expect(try await strip(paragraph + "\n" + lede).text == lede)
}

@Test("where line breaks were lost, the opening appeal paragraph is cut up to its colon or thanks", arguments: openingAppeals)
func runTogetherTopAppealParagraphIsCut(paragraph: String) async throws {
    #expect(try await strip(Article.runTogether(paragraph + "\n" + lede)).text == Article.runTogether(lede))
}

@Test("where line breaks were lost, article sentences before an appeal ending with thanks stay")
func runTogetherArticleBeforeThanksStays() async throws {
    let text = Article.runTogether(lede + "\n" + openingAppeals[1] + "\nLa gare restera ouverte jusqu'en juin.")
    #expect(try await strip(text).text.hasPrefix(Article.runTogether(lede)))
}

@Test("a column opening in 'we' and 'you' and ending with a colon, without money, stays")
func topColumnWithColonStays() async throws {
    try await expectUntouched("""
    Nous vous l'avions promis, voici ce que notre enquête sur les loyers à Sète a trouvé. Les chiffres sont clairs :
    Le loyer moyen a augmenté de 12 % en deux ans, selon les agences de la ville.
    Les étudiants sont les premiers touchés.
    """)
}
