import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// An appeal box that opens with its own title (a short line without a full stop or call, over the
// box's body) has its top there: the article's plain last sentence above the title stays, though it
// names members or a price. Our own sentences; a hard negative beside them.

private let libraryArticle = """
Library hours to grow
The town library will open on Sundays from April, the council decided on Monday.
Committee members approved the plan by six votes to one after a short debate.
"""

private let shuttleArticle = """
Nouvelle navette vers le lycée
Une navette reliera la gare au lycée agricole à partir de la rentrée, a annoncé le département.
Le transport sera gratuit pendant le premier mois.
"""

@Test("an article's last sentence naming members stays above an appeal's title")
func statementNamingMembersStaysAboveTitle() async throws {
    try await expectAppealCut("""
    Spring greetings from all of us
    Many of you support good causes this season. Please remember your local newsroom too: we cover the council, the schools and the courts, and we are funded by readers. Even £3 of your giving keeps our reporters at every meeting.
    Give this spring
    Set up a monthly gift
    """, after: libraryArticle)
}

@Test("an article's last sentence naming a price stays above an appeal's title")
func statementNamingPriceStaysAboveTitle() async throws {
    try await expectAppealCut("""
    Informer la vallée, même en hiver
    Nos reporters sillonnent les villages malgré la neige et les routes coupées. Nous restons indépendants des élus. Vous pouvez nous aider : chaque don, même de 5 euros, paie un reportage.
    Soutenir la rédaction
    Don sécurisé par carte
    """, after: shuttleArticle)
}

@Test("an article with a subheading after a sentence naming members and a price stays whole")
func articleSubheadingAfterMembersAndPriceStays() async throws {
    try await expectUntouched(libraryArticle + "\n" + """
    Free entry for the first month
    Entry to the new reading room will be free for the first month, the library said. Members will keep their discount after that.
    """)
}
