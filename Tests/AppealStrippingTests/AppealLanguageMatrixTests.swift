import Foundation
import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// The same kinds of appeal, and the same kinds of article sentence about giving, in the five
// languages the stripper reads: a kind cut in one language should be cut in all of them (the
// twentieth session found Ukrainian, and some German and French forms, missing). Our own sentences,
// at the end of a short article in the same language.

private let articles: [String: String] = [
    "en": "Council approves new bus routes\nThe city council voted on Tuesday to add three bus routes to the eastern districts.\nThe routes will start in March, a spokesperson for the transport department said.\n",
    "de": "Stadtrat beschließt neue Buslinien\nDer Stadtrat hat am Dienstag drei neue Buslinien für die östlichen Stadtteile beschlossen.\nDie Linien sollen im März starten, sagte ein Sprecher der Verkehrsbetriebe.\n",
    "fr": "Le conseil municipal approuve de nouvelles lignes de bus\nLe conseil municipal a voté mardi la création de trois lignes de bus dans les quartiers est.\nLes lignes seront mises en service en mars, a indiqué un porte-parole des transports.\n",
    "ru": "Горсовет утвердил новые автобусные маршруты\nГородской совет во вторник утвердил три новых автобусных маршрута в восточные районы.\nМаршруты запустят в марте, сообщил представитель транспортного департамента.\n",
    "uk": "Міськрада затвердила нові автобусні маршрути\nМіська рада у вівторок затвердила три нові автобусні маршрути до східних районів.\nМаршрути запрацюють у березні, повідомив речник транспортного департаменту.\n",
]

@Test("an appeal kind cut in one language is cut in the others: monthly support, gift subscriptions, podcasts, log-in walls, tips, reader funding",
      arguments: [
          ("ru", "Поддерживайте нас ежемесячно от 300 рублей, чтобы наши тексты оставались бесплатными для всех."),
          ("uk", "Підтримуйте нас щомісяця від 100 гривень, щоб наші тексти залишалися безкоштовними для всіх."),
          ("ru", "Поддерживайте редакцию «Пристани»"),
          ("uk", "Підтримуйте незалежні медіа"),
          ("de", "Verschenken Sie ein Abo an alle, die Lokalnachrichten lieben."),
          ("fr", "Offrez un abonnement à un proche qui aime l'information locale."),
          ("ru", "Подарите подписку на наше издание тому, кто любит местные новости."),
          ("uk", "Подаруйте передплату на наше видання тому, хто любить місцеві новини."),
          ("en", "Listen to our podcast on Spotify and Apple Podcasts."),
          ("de", "Hören Sie unseren Podcast auf Spotify und Apple Podcasts."),
          ("fr", "Écoutez notre podcast sur Spotify et Apple Podcasts."),
          ("ru", "Слушайте наш подкаст о городе каждую пятницу."),
          ("uk", "Слухайте наш подкаст про місто щоп’ятниці."),
          ("ru", "Войдите или зарегистрируйтесь бесплатно, чтобы читать дальше."),
          ("uk", "Увійдіть або зареєструйтеся безкоштовно, щоб читати далі."),
          ("ru", "Чтобы продолжить чтение, необходимо войти или зарегистрироваться."),
          ("fr", "Cet article vous a plu ? Laissez un pourboire à nos journalistes."),
          ("de", "Hat Ihnen dieser Artikel gefallen? Geben Sie unseren Reportern ein Trinkgeld."),
          ("uk", "Сподобався матеріал? Залиште чайові нашим журналістам."),
          ("de", "Unsere Recherchen werden von Leserinnen und Lesern finanziert, nicht von Milliardären. Machen Sie mit."),
          ("de", "Erhalten Sie unsere besten Geschichten jeden Freitag in Ihr Postfach."),
          ("ru", "Получайте наши лучшие материалы каждую пятницу на почту."),
          ("uk", "Отримуйте наші найкращі матеріали щоп’ятниці на пошту."),
          ("de", "Unabhängigen Journalismus unterstützen"),
      ])
func appealKindCutInEveryLanguage(language: String, appeal: String) async throws {
    try await expectCutAtEnd(appeal, language: language, rulesOnly)
}

/// Expects `appeal`, put after the article in `language`, to be cut whole, and nothing else (a
/// prompt's cut leaves the line break before it).
private func expectCutAtEnd(_ appeal: String, language: String, _ options: [String: OptionValue] = [:]) async throws {
    let article = try #require(articles[language])
    let result = try await strip(article + appeal, options)
    #expect(result.text.trimmingCharacters(in: .newlines) == article.trimmingCharacters(in: .newlines))
}

@Test("an article's sentence about someone else's log-in, podcast or app, or a reminder calling for no outlet, stays in every language",
      arguments: [
          ("ru", "Чтобы подать заявку, жителям нужно войти на портал госуслуг и зарегистрировать автомобиль."),
          ("uk", "Щоб подати заявку, мешканцям потрібно увійти на портал Дія та зареєструвати автомобіль."),
          ("en", "The mayor launched a podcast on Spotify where she answers residents' questions."),
          ("ru", "Мэр запустила подкаст на Spotify, в котором отвечает на вопросы жителей."),
          ("uk", "З понеділка мешканці зможуть завантажити новий застосунок міськради для оплати паркування."),
          ("de", "Die Tafel bittet die Bürger, bis Freitag Konserven im Rathaus zu spenden."),
          ("uk", "Волонтери збирають кошти на польовий шпиталь; задонатити можна за посиланням у їхньому дописі."),
          ("en", "The shelter has raised $3,400 of its $10,000 goal, its director said."),
          ("de", "Der Zugang zum Bahnhof bleibt bis Freitag gesperrt."),
          // A reminder with no call after it, or one to give to or follow someone else.
          ("en", "Don't forget to bring a valid ticket, the driver said."),
          ("en", "Be sure to donate to the food bank's winter drive before Friday, its director said."),
          ("en", "Remember to follow the detour signs on Main Street."),
          ("en", "Don't forget to follow the transport department on Twitter for updates."),
          ("ru", "Не забудьте подписаться на рассылку мэрии, призвал мэр."),
          ("de", "Vergessen Sie nicht, der Stadt auf Twitter zu folgen, sagte der Sprecher."),
          ("de", "Vergessen Sie nicht, sich für den Newsletter der Stadt anzumelden."),
          ("de", "Vergessen Sie nicht, uns Ihre Fotos per Telegram zu schicken."),
          ("de", "Vergessen Sie nicht, den Verkehrsbetrieben auf Twitter zu folgen, dort berichten wir über jede Änderung."),
      ])
func articleSentenceStaysInEveryLanguage(language: String, sentence: String) async throws {
    let article = try #require(articles[language])
    #expect(try await strip(article + sentence).removed.isEmpty)
}

@Test("between two paragraphs too: reader-made stories, a patron call, a member club, no paywall, thanks to members, a support title",
      arguments: [
          ("ru", "Этот материал стал возможен благодаря таким читателям, как вы. Поддержите нашу редакцию."),
          ("uk", "Цей матеріал став можливим завдяки таким читачам, як ви. Підтримайте нашу редакцію."),
          ("de", "Werden Sie Förderer unserer Redaktion ab 3 € im Monat."),
          ("uk", "Учасники клубу читають без реклами та отримують запрошення на наші зустрічі. Вступайте до клубу."),
          ("de", "Wir stellen unseren Journalismus nicht hinter eine Bezahlschranke. Stattdessen zählen wir auf Sie."),
          ("fr", "Merci aux 2 300 membres qui rendent notre journalisme possible. Devenez l'un d'eux."),
          ("en", "Thank you to the 2,300 members who make our journalism possible. Become one of them."),
          ("ru", "Поддержите независимую журналистику"),
          ("uk", "Підтримайте незалежну журналістику"),
      ])
func appealKindCutBetweenParagraphs(language: String, appeal: String) async throws {
    // The article goes on for a paragraph after the one below the appeal, so the appeal is not its end.
    let article = try #require(articles[language]) + closings[language, default: ""]
    #expect(try await strip(Article.inserting(appeal, into: article), rulesOnly).text == article)
}

/// A last paragraph for each article.
private let closings: [String: String] = [
    "en": "Residents had asked for better connections for years.\n",
    "de": "Anwohner hatten seit Jahren bessere Verbindungen gefordert.\n",
    "fr": "Les habitants réclamaient de meilleures liaisons depuis des années.\n",
    "ru": "Жители годами просили улучшить сообщение.\n",
    "uk": "Мешканці роками просили покращити сполучення.\n",
]

@Test("with the bundled scorer: a fundraising goal in the newsroom's words (its sums are no report of someone else's money)",
      arguments: [
          ("en", "We have raised $3,400 of our $10,000 goal. Help us get there!"),
          ("de", "Wir haben 3.400 € von unserem Ziel von 10.000 € gesammelt. Helfen Sie uns, es zu erreichen!"),
          ("uk", "Ми зібрали 34 000 гривень зі 100 000. Допоможіть нам зібрати решту!"),
      ])
func appealKindCutWithScorer(language: String, appeal: String) async throws {
    try await expectCutAtEnd(appeal, language: language)
}

@Test("a reminder before the call still calls ('Don't forget to follow …', 'Vergessen Sie nicht, uns … zu folgen', 'N'oubliez pas de nous suivre …', 'Не забудьте подписаться …')",
      arguments: [
          ("en", "Don't forget to follow the Harbour Post on Telegram and Facebook."),
          ("en", "Don’t forget to join the Harbour Post WhatsApp channel to stay informed."),
          ("en", "Make sure to follow us on Instagram."),
          ("en", "Do not forget to follow the Harbour Post on Facebook."),
          ("en", "Be sure to follow the Harbour Post on Facebook and Instagram."),
          ("en", "Remember to follow the Harbour Post on Facebook and Instagram."),
          ("de", "Vergessen Sie nicht, uns auf Telegram und Facebook zu folgen."),
          ("fr", "N'oubliez pas de nous suivre sur Telegram et Facebook."),
          ("fr", "Pensez à nous suivre sur Instagram."),
          ("ru", "Не забудьте подписаться на наш канал в Telegram."),
          ("ru", "Не забывайте подписываться на наш канал в Telegram."),
          ("uk", "Не забудьте підписатися на наш канал у Telegram."),
          ("uk", "Не забувайте підписуватися на наш канал у Telegram."),
      ])
func reminderBeforeCallIsCut(language: String, appeal: String) async throws {
    try await expectCutAtEnd(appeal, language: language, rulesOnly)
}
