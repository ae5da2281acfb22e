import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// "We have a small favour to ask": the opening of a common appeal box, in four languages. Our own
// sentences; a quoted favour in a report stays.

private let brief = "The council voted on Tuesday to close the old ferry terminal.\n\n"
private let breve = "Le conseil municipal a voté mardi la fermeture de l'ancien terminal des ferries.\n\n"

@Test("a box announcing a favour to ask is cut though no sentence calls to act (it is most of a short brief)",
      arguments: [
          (brief, "With the harbour in the news every week, we have a favour to ask. Our reporting is free for everyone, "
               + "with no paywall.\n\nNot everyone can pay for local news, so we keep it free for all, funded by readers. "
               + "More of them are needed this winter."),
          (breve, "Avec le port dans l'actualité chaque semaine, nous avons un petit service à vous demander. Notre journal "
               + "reste en accès libre, sans publicité.\n\nTout le monde ne peut pas payer l'information locale ; les lecteurs "
               + "qui le peuvent la portent pour toute la ville, et il en faut davantage cet hiver."),
      ])
func favourBoxIsCut(article: String, box: String) async throws {
    // (The rules alone: the scorer retrained in the tenth session vetoes this box, which names no call.
    // The rules cut the box from its favour sentence on; its last paragraph went along only by the
    // old scorer's growth, so the French box keeps it now.)
    let document = try await strip(article + box, rulesOnly)
    let favour = String(box.prefix { $0 != "." })
    #expect(document.removed.contains { $0.text.contains(favour) })
    #expect(document.text.hasPrefix(article.trimmingCharacters(in: .whitespacesAndNewlines)))
}

@Test("a favour quoted in a report stays")
func quotedFavourStays() async throws {
    let text = brief + "The mayor said he had \"a small favour to ask\" of residents: to use less water until the new pipes are in.\n"
        + "Works start in April, the council said."
    #expect(try await strip(text).removed.isEmpty)
}

@Test("announcing a favour asks, in four languages; a report of one does not",
      arguments: [
          ("Before you go, we have a small favour to ask.", true),
          ("Nous avons une faveur à vous demander.", true),
          ("Wir haben eine kleine Bitte.", true),
          ("У нас есть небольшая просьба.", true),
          ("The mayor said he had a favour to ask of residents.", false),
      ])
func favourAsks(sentence: String, asks: Bool) {
    let line = TextLine.lines(of: sentence)[0]
    #expect(AppealStripper().asks(line) == asks)
}

private let conseil = """
Le conseil municipal a voté mardi la fermeture de l'ancien terminal des ferries.
Les travaux commenceront en avril, a indiqué la mairie.
Le bâtiment de 1962 deviendra une halle de marché, selon le projet présenté aux habitants.
Les commerçants pourront déposer leur candidature jusqu'en juin.
"""

@Test("a French box pleading 'if our readers each gave a few euros' is cut; a report of gifts to an association stays")
func conditionalFrenchPlea() async throws {
    let box = "Tenons bon ensemble !\nUn don de 2 € par mois de chacun de nos 3000 lecteurs de la semaine "
        + "permettrait à notre rédaction d'embaucher deux journalistes."
    #expect(try await strip(conseil + "\n" + box).text.trimmingCharacters(in: .newlines) == conseil.trimmingCharacters(in: .newlines))
    try await expectUntouched("""
    Après l'incendie du quai, les dons affluent
    Des centaines d'habitants ont fait un don à l'association du quartier depuis samedi, a indiqué sa présidente.
    Un don de 20 € permet de nourrir une famille pendant une semaine, selon l'association.
    La mairie a ouvert un gymnase pour héberger les familles.
    """)
}
