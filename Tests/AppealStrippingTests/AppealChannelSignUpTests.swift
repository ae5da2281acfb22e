import Testing
import PipelineKit
import PipelineKitTesting
import Foundation
@testable import AppealStripping

// A one-line sign-up for the outlet's own newsletter or messenger channel between paragraphs or
// after the article. Our own sentences; sign-ups naming no outlet, someone else's channel, an
// author's account and a report about a newsletter stay.

private let article = """
Ferry terminal to close next year
The harbour authority will close the old ferry terminal next spring, its board decided on Tuesday.
Ferries will dock at the new pier from April, the board said.
The old terminal building, opened in 1962, is to become a market hall.
Traders have until June to apply for a stall, according to the authority.
"""

private let statia = """
Паромный терминал закроют в следующем году
Портовое управление закроет старый паромный терминал весной, решил совет во вторник.
Паромы будут причаливать к новому пирсу с апреля, сообщили в совете.
Здание старого терминала, открытое в 1962 году, станет рынком.
Заявки на места торговцы могут подать до июня.
"""

private let artikel = Article.faehrterminal

@Test("a sign-up for the outlet's newsletter or channel between paragraphs is cut, in four languages",
      arguments: [
          (article, "Never miss our reporting on the harbour. Subscribe to the Quayside Weekly newsletter."),
          (article, "Subscribe to the Big Harbour newsletter."),
          // A link's lead-in before the call.
          (article, "Click HERE to sign up for the site's free afternoon email newsletter, The Harbour Wrap."),
          (statia, "Подписывайтесь на наш телеграм-канал «Пристань. Лента»."),
          (statia, "📌Подписывайтесь на @pristan_news и присылайте нам свои новости."),
          // An emoji written onto the call is no part of its word.
          (statia, "🟠Подписывайтесь на @pristan_news в Telegram"),
          (statia, "Читайте нас в Telegram"),
          // Following the outlet's news wherever the reader likes names no network.
          (statia, "Следите за нашими новостями в удобном формате"),
          // A bare follow call names the outlet by a medium's name.
          (article, "Follow Caribbean Harbour News on Twitter"),
          (article, "Connect with Channel 9 News on LinkedIn"),
          (artikel, "Abonnieren Sie unseren Newsletter mit allen Nachrichten aus dem Hafen."),
          (article, "Abonnez-vous à notre lettre d'info du matin."),
          // "More news in our channel", when the line calls or says "our".
          (statia, "Больше интересных новостей смотрите в телеграм-канале ПРИСТАНЬ."),
          (statia, "Еще больше новостей — в нашем телеграм-канале."),
          (article, "More news from the harbour: follow the Quayside Weekly on Telegram."),
          // Joining the channel, and the familiar forms of the call.
          (statia, "Присоединяйтесь к каналу Пристань-Инфо в Дзен и будьте в курсе всех новостей города."),
          (statia, "Подпишись на @pristan_news"),
          (article, "Join us on WhatsApp for the day's harbour news."),
          (artikel, "Folgt uns auf Telegram: @hafenblatt"),
          (article, "Rejoignez notre chaîne WhatsApp pour suivre l'actualité du port."),
          // A quoted name and what subscribing keeps the reader from missing.
          (statia, "🖤 Подписывайтесь на «Пристань», чтобы не пропустить новые тексты"),
          (article, "Subscribe to the Quayside Weekly so you never miss a harbour story."),
          // Reading "our" news in a channel.
          (statia, "Читайте наши новости также в Телеграме, Фейсбуке и Твиттере."),
          // Joining a channel named for the outlet, without an action word of the lexicon.
          (article, "Please join the Quayside Weekly WhatsApp Channel to get the latest news and views that matter."),
          // Mailing lists, e-mail editions, text messages, briefings and podcasts of the outlet's own.
          (article, "Sign Up For Our FREE Daily eNews!"),
          (article, "Join the Quayside Weekly mailing list to get one daily email update at noon."),
          (article, "Sign up for Quayside texts"),
          (article, "Subscribe to Harbour Talk, our podcast, on any podcast app."),
      ])
func channelSignUpBetweenParagraphsIsCut(text: String, line: String) async throws {
    let document = try await strip(Article.inserting(line, into: text), rulesOnly)
    #expect(document.text == text)
    #expect(document.removed.first?.text.trimmingCharacters(in: .newlines) == line)
}

@Test("a sign-up that no block finds (no 'we', a bare call) is cut as a prompt, and stays with prompts off",
      arguments: ["Подпишитесь на новости Пристань.Ру в Telegram - все самое важное в жизни города!", "Читайте нас в Telegram"])
func bareChannelSignUpIsAPrompt(line: String) async throws {
    let text = Article.inserting(line, into: statia)
    #expect(try await strip(text, rulesOnly).removed.map(\.reason) == [AppealStripper.promptReason])
    #expect(try await strip(text, rulesOnly.merging(["prompts": .bool(false)]) { $1 }).text == text)
}

@Test("sign-ups naming no outlet, someone else's channel, an author's account or a report about a newsletter stay",
      arguments: [
          "Residents who subscribe to the newsletter get a reminder before each closure.",
          "Residents can subscribe to the county's flood newsletter, the board said.",
          "Follow John Harbour on Twitter @jharbour.",
          "Follow Harbour News reporter Jane Doe on Twitter at @janedoe.",
          "Sign up for swimming lessons at the harbour pool.",
          "Click here to sign up for the county's flood newsletter, officials urged residents on Tuesday.",
          "Click here to read the council's full report on the ferry terminal.",
          "Wer den Newsletter der Stadt abonniert, wird vor jeder Sperrung informiert.",
          "Subscribe to our stories about the port, the harbour master urged readers of his blog, according to the board.",
          "Join us in welcoming the new harbour master, the mayor said.",
          "Следите за новостями о паводке на сайте администрации, сообщили в МЧС.",
          "Join the Harbour Rescue WhatsApp channel for flood warnings, the agency urged residents.",
          "Residents who subscribe to the county alerts never miss a closure, the board said.",
          "Sign up for the county's flood texts, officials urged residents on Tuesday.",
          "Subscribers to the council's podcast heard the news first.",
      ])
func otherSignUpsStay(line: String) async throws {
    let base = line.hasPrefix("Wer") ? artikel : article
    #expect(try await strip(Article.inserting(line, into: base), rulesOnly).removed.isEmpty)
}

@Test("'more news' in someone else's channel, told without a call, stays",
      arguments: [
          (statia, "Больше новостей о паводке публикует телеграм-канал МЧС."),
          (article, "More news about the flood is posted on the county's Telegram channel."),
      ])
func moreNewsElsewhereStays(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).removed.isEmpty)
}

@Test("a newsletter box of a title and a sign-up call under it is cut, however long the call runs")
func titledNewsletterSignUpIsCut() async throws {
    let box = "Quayside Weekly Newsletter\n"
        + "Sign up below to receive the weekly newsletter, which also brings the week's most-read stories and what everyone on the quays is talking about!"
    let document = try await strip(article + "\n" + box, rulesOnly)
    #expect(document.text.trimmingCharacters(in: .newlines) == article.trimmingCharacters(in: .newlines))
}

@Test("a newsletter title above a report of signing up, or above a line with no call, stays",
      arguments: [
          "Council Newsletter\nSign up here to receive the council's newsletter, the clerk told residents on Tuesday.",
          "Council Newsletter\nThe newsletter will be sent to every household from May, the clerk said.",
      ])
func titledNewsletterReportStays(box: String) async throws {
    #expect(try await strip(Article.inserting(box, into: article), rulesOnly).removed.isEmpty)
}

@Test("a call to subscribe that opens the outlet's own content is cut above the article's last line")
func subscriptionToOwnContentIsCut() async throws {
    let call = "Abonnez-vous pour accéder à tous nos contenus, c'est très simple !"
    let last = "Les travaux du nouveau quai commencent en mars, a précisé la capitainerie."
    let document = try await strip(article + "\n" + call + "\n" + last, rulesOnly)
    #expect(document.text == article + "\n" + last)
}

@Test("a newsletter's welcome and its note to forwarded readers at the top are cut",
      arguments: [
          "Welcome to The Tideline, a newsletter for people who are fed up with the state of the harbour.",
          "If you've been forwarded this email, you can sign up for your own subscription here:",
          "Bienvenue dans La Marée, la newsletter de celles et ceux qui aiment le port.",
      ])
func newsletterFramingIsCut(line: String) async throws {
    for options in [rulesOnly, [:]] {
        #expect(try await strip(line + "\n\n" + article, options).text == article)
    }
}

@Test("a welcome or a forwarded email in an article, reported or without a newsletter, stays",
      arguments: [
          "\"Welcome to the new pier,\" the harbour master said in the port's newsletter.",
          "Welcome to the new pier: the ferries dock here from April.",
          "Residents who were forwarded this email by the council were told to sign up for alerts, according to the board.",
      ])
func otherWelcomesStay(line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: article), rulesOnly).removed.isEmpty)
}

/// The lines of `top` above the article that the sign-up rule alone finds (0: `top` itself).
private func signUpLines(above top: String) -> [Int] {
    let stripper = AppealStripper(lineModel: nil)
    let units = TextLine.units(merging: TextLine.lines(of: top + "\n" + article))
    return stripper.channelSignUpLines(in: units, evidence: units.map(stripper.lineEvidence))
}

@Test("a sign-up after a remark about the newsroom on the first line is read: a headline holds one sentence, not two")
func signUpOnFirstLineOfSeveralSentencesIsRead() {
    #expect(signUpLines(above: "The Quayside Report is a nonprofit newsroom that covers one thing: the port. Sign up for our weekly newsletters to get stories like this in your inbox.") == [0])
    #expect(signUpLines(above: "Subscribe to our harbour newsletter") == [])
}

@Test("a sign-up on the first line is read when it holds a web address or a handle: a headline carries none",
      arguments: ["Follow us on Telegram for the latest harbour news: https://t.me/quaysideweekly",
                  "Подписывайтесь на наш телеграм-канал: t.me/pristan_news",
                  "Join us on WhatsApp @quaysideweekly"])
func signUpWithAddressOnFirstLineIsCut(line: String) async throws {
    let document = try await strip(line + "\n" + article, rulesOnly)
    #expect(document.text == article)
}

@Test("the sign-up rule reads a first line only with several sentences or an address: a headline has neither")
func signUpRuleReadsFirstLineWithAddressOnly() {
    #expect(signUpLines(above: "Follow us on Telegram for the latest harbour news: https://t.me/quaysideweekly") == [0])
    #expect(signUpLines(above: "Join us on WhatsApp @quaysideweekly") == [0])
    #expect(signUpLines(above: "Follow us on Telegram for the latest harbour news") == [])
}

@Test("following the outlet or its news on its social networks is a sign-up, in four languages",
      arguments: [
          (statia, "Слідкуйте за актуальними новинами у соцмережах ПРИСТАНЬ.UA"),
          (statia, "Стежте за свіжими новинами порту в наших соцмережах."),
          (statia, "Следите за новостями порта в наших соцсетях."),
          (article, "Follow us on social media for the day's harbour news."),
          // Following the outlet by name, or "us", on the networks named.
          (article, "Follow the Quayside Weekly on Facebook"),
          (article, "Find us on X, Instagram and Google News"),
          (article, "📲 Follow our harbour channel on WhatsApp 💬"),
          (article, "Retrouvez-nous sur Facebook et sur notre chaîne Telegram"),
          (statia, "Следите за «Пристанью» в Telegram и читайте нашу страницу во «ВКонтакте»."),
          // Ukrainian: following "us", joining "our" channel, reading the outlet's news, a second line opening with "also".
          (statia, "Слідкуйте за нами у Facebook та Instagram."),
          (statia, "Приєднуйтеся до нашого каналу в Telegram та групи у Facebook!"),
          (statia, "Читайте новини \"Пристані\" у Facebook | Telegram | Viber"),
          (statia, "Також підписуйтесь на наш Telegram та YouTube."),
          // The imperative's other spelling (-ся beside -сь), also after a remark and a dash.
          (statia, "Підписуйтеся на наш Telegram-канал і сторінку у Facebook!"),
          (statia, "Отримуйте оперативні новини міста – підписуйтеся на наш Telegram-канал."),
          // Reading the news qualified by a word or two ("головні", "свежие").
          (statia, "Читайте головні новини порту також на нашій сторінці у Facebook"),
          (statia, "Читайте самые свежие новости порта в наших соцсетях"),
          // The news first, then the call to read or find it on "our" page or channel.
          (statia, "Актуальні, важливі й перевірені новини порту також читайте на нашій Facebook-сторінці і в Telegram-каналі."),
          (statia, "Актуальные новости порта также читайте на нашей странице в Facebook и в Telegram-канале."),
          (statia, "Aktuelle Nachrichten aus dem Hafen lesen Sie auch auf unserer Facebook-Seite und in unserem Telegram-Kanal."),
          (statia, "Toute l'actualité du port, retrouvez-la aussi sur notre page Facebook et notre chaîne Telegram."),
          (statia, "Останні новини порту дивіться на нашому YouTube-каналі."),
          // The Ukrainian familiar form, like the Russian "Подписывайся".
          (statia, "Хочеш дізнаватися новини порту першим? Підписуйся на наш Telegram-канал!"),
          (statia, "Підпишись на наш канал у Viber!"),
          (statia, "Долучайся до нашого каналу у WhatsApp!"),
          (statia, "Приєднуйся до нашої спільноти у Facebook!"),
          // After a question to the reader, the channel named by its link.
          (statia, "Хочеш дізнаватися новини порту першим? Підписуйся на телеграм-канал t.me/prychal_news"),
          (statia, "Подписывайтесь на телеграм-канал t.me/pristan_news"),
          // A short title and its colon before the call.
          (statia, "Be the first to know: follow us on Telegram!"),
          (statia, "Stay informed: join our WhatsApp channel."),
      ])
func socialNetworkFollowIsCut(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).text == text)
}

@Test("a report that someone follows the news on social networks, or someone else's networks, stays",
      arguments: [
          "Следите за новостями МЧС в соцсетях ведомства, призвали в управлении.",
          "Residents follow the harbour news on social media, the board said.",
          "Слідкуйте за оновленнями у соцмережах міської ради, закликали у мерії.",
          "Також підписуйтесь на сторінку міської ради у Facebook, закликали у мерії.",
          "Підписуйтеся на сторінку міської ради у Facebook, закликали у мерії.",
          // A remark and a dash before someone else's channel.
          "Отримуйте новини про відключення – підписуйтеся на Telegram-канал обленерго.",
          "Читайте свіжі новини міськради у Facebook, радять у мерії.",
          "Want updates on road closures – follow the county's flood page on Facebook.",
          "Читайте новини громади у Facebook, радять у мерії.",
          // A title and its colon before someone else's channel.
          "Road closures: follow the county's flood page on Facebook.",
          "Stay informed: follow the fire service on Telegram, the council said.",
          // The news first, then someone else's page, or the outlet's page with no channel.
          "Новини про ремонт порту також читайте на сторінці міської ради у Facebook.",
          "Свежие новости порта смотрите на сайте администрации в Telegram.",
          "Актуальні новини порту також читайте на нашому сайті щодня.",
          // Someone else's page, named by what it is, not by a name.
          "Follow the county's flood page on Facebook for road closures.",
          "Residents can follow the fire service on Facebook for updates.",
      ])
func socialNetworkReportStays(line: String) async throws {
    try await expectLineKeptBetweenParagraphs(line, of: statia)
}

@Test("news before a call to read it is a sign-up only on the outlet's own channel")
func newsFirstReadNeedsOwnChannel() {
    let signUp = { (line: String) in AppealStripper.isChannelSignUp(TextLine.lines(of: line)[0]) }
    #expect(signUp("Новини порту також читайте на нашій сторінці у Facebook."))
    #expect(!signUp("Новини порту також читайте на сторінці міської ради у Facebook."))
    #expect(!signUp("Новини порту також читайте на нашому сайті."))
    // The call must come within the line's first words, after the news.
    #expect(!signUp("Ремонт причалу, про який писали минулого тижня, триває, а новини порту читайте на нашій сторінці у Facebook."))
}

@Test("the Ukrainian familiar sign-up is a call, a sign-up to the outlet's channel and a word of access, like the Russian one")
func ukrainianFamiliarSignUpIsReadLikeRussian() {
    for verb in ["підпишись", "підписуйся", "долучайся", "приєднуйся", "допоможи"] {
        #expect(LineEvidence.opensWithCallVerb(Array("\(verb) нам".utf8)), "\(verb)")
    }
    for line in ["Підпишись на наш канал у Viber", "Підписуйся на наш Telegram-канал", "Долучайся до нашого каналу у WhatsApp"] {
        #expect(AppealStripper.isChannelSignUp(TextLine.lines(of: line)[0]), "\(line)")
    }
    for word in ["підпишись", "підписуйся"] {
        #expect(AppealStripper.accessWords.occurs(in: TextNormalizer.normalized("\(word), щоб читати далі")), "\(word)")
    }
}

@Test("a pointer to one of the outlet's own stories, not to a channel, stays")
func pointerToOwnStoryStays() async throws {
    for line in ["Читайте наше интервью с капитаном порта.", "Читайте наш репортаж с причала."] {
        try await expectLineKeptBetweenParagraphs(line, of: statia)
    }
}
