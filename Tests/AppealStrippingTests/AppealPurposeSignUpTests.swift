import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// A sign-up for the outlet's channel behind a purpose clause ("To get the news first, join our
// Telegram channel"), a channel named in quotation marks with long Cyrillic words, and "нашого" as
// the Ukrainian "our". Our own sentences; an article's purpose clause before a report stays.

@Test("a sign-up for the outlet's channel after a purpose clause is cut, in five languages",
      arguments: [
          (Article.ferryStory, "To stay up to date, follow us on Telegram."),
          (Article.ferryStory, "To hear about every sailing first, join the Quayside Weekly WhatsApp channel."),
          (Article.faehrterminal, "Um keine Abfahrt zu verpassen, folgen Sie uns auf Telegram."),
          (Article.ferryStory, "Pour ne rater aucune traversée, rejoignez notre chaîne WhatsApp."),
          (Article.parom, "Чтобы первыми узнавать о рейсах, присоединяйтесь к каналу «Пристань Сегодня» в Telegram."),
          (Article.porom, "Щоб дізнаватись новини порту першими, приєднуйтесь до telegram-каналу \"Причалу Сьогодні\""),
      ])
func purposeClauseBeforeChannelSignUpIsCut(text: String, line: String) async throws {
    let document = try await strip(Article.inserting(line, into: text), rulesOnly)
    #expect(document.text == text)
    #expect(document.removed.first?.text.trimmingCharacters(in: .newlines) == line)
}

@Test("a purpose clause before a report of signing up, or before someone else's channel, stays",
      arguments: [
          "To receive the county's alerts, residents can sign up for text messages on its website.",
          "To join the protest, residents signed up for the Harbour Action newsletter, organisers said.",
          "To warn the crews, the agency asked skippers to join the Harbour Rescue WhatsApp channel, it said.",
          "To get there, follow the signs on Harbour Road.",
      ])
func purposeClauseBeforeReportStays(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.ferryStory), rulesOnly).removed.isEmpty)
}

@Test("a purpose clause is split off only at a comma within its first words, after a purpose word")
func purposePiecesNeedOpeningAndNearComma() {
    let pieces = AppealStripper.purposePieces(of: TextLine.lines(of: "To stay up to date, follow us on Telegram.")[0])
    #expect(pieces.map(\.text) == ["To stay up to date", "follow us on Telegram."])
    #expect(AppealStripper.purposePieces(of: TextLine.lines(of: "Ferries stop early, follow us on Telegram.")[0]).isEmpty)
    let long = "To " + Array(repeating: "word", count: AppealStripper.purposeWords).joined(separator: " ") + ", follow us on Telegram."
    #expect(AppealStripper.purposePieces(of: TextLine.lines(of: long)[0]).isEmpty)
}

@Test("a pair of quotation marks around two long Cyrillic words is a name, not speech: the reach counts code points")
func quotedCyrillicNameIsNoSpeech() {
    // 23 code points between the marks, 44 bytes.
    #expect(!LineEvidence.quotesSpeech(TextNormalizer.normalized("підписуйтесь на канал «Першого Криворізького»")))
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("he said «the ferries will run on time every day» today")))
    let name = String(repeating: "ж", count: LineEvidence.quotedNamePoints)
    #expect(LineEvidence.quotesSpeech(TextNormalizer.normalized("канал «\(name)»")))
    #expect(!LineEvidence.quotesSpeech(TextNormalizer.normalized("канал «\(name.dropLast(2))»")))
}

@Test("a sign-up to a channel named with long Cyrillic words in quotation marks is cut",
      arguments: ["Підписуйтесь на telegram-канал «Першого Криворізького»", "Приєднуйтесь до telegram-каналу \"Першого Криворізького\""])
func signUpToChannelWithLongCyrillicNameIsCut(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: Article.porom), rulesOnly).text == Article.porom)
}

@Test("'нашого' is the Ukrainian 'our' of a channel pointer")
func ukrainianGenitiveOurPointsToOwnChannel() async throws {
    let line = "Оперативні новини міста – у стрічці нашого Telegram-каналу."
    #expect(AppealStripper.ownChannelPossessives.contains("нашого"))
    #expect(try await strip(Article.inserting(line, into: Article.porom), rulesOnly).text == Article.porom)
}
