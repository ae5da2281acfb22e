import Testing
import PipelineKit
import PipelineKitTesting
@testable import AppealStripping

// One-line plugs for the outlet in messenger posts and newsletters: a Russian call to subscribe to
// a name, a pointer to the channel's handle, a boost link, a sponsor credit, a call to download the
// outlet's app, a newsletter widget's title. Our own lines; a report in lower case, a photo credit, someone else's sponsors and a
// named or reported app stay.

@Test("a plug for the outlet on a line of its own between paragraphs is cut",
      arguments: [
          (Article.parom, "❤ Подписывайся на Вестник Пристани"),
          (Article.parom, "Подпишитесь на «Пристань»!"),
          (Article.parom, "Новости Пристани тут 👉 @pristan_news"),
          (Article.parom, "Boost канала: https://t.me/pristan_news?boost"),
          (Article.ferryStory, "The Harbour Tribune thanks its sponsors. Join them."),
          // A call to download the outlet's app, with a store button under it.
          (Article.parom, "Скачайте приложение — работает без VPN!\nСкачать Скачать"),
          (Article.parom, "Мы пишем о порте каждый день. Скачайте приложение."),
          (Article.ferryStory, "Download our app for the morning ferry times"),
          (Article.faehrterminal, "Laden Sie unsere App herunter und lesen Sie unterwegs.\nApp Store Google Play"),
          (Article.ferryStory, "Get the harbour news on the go. Download our News App for your phone."),
          // A newsletter widget's title.
          (Article.ferryStory, "Email newsletter signup"),
          (Article.parom, "Подписка на рассылку"),
          // The news subscribed to, beside a subscription word, and the Ukrainian titles.
          (Article.parom, "Подписка на новости"),
          (Article.parom, "Підписка на розсилку"),
          (Article.parom, "Підписка на новини"),
          // Receiving it, and a subscription box's title pointing to its offers.
          (Article.ferryStory, "Receive our newsletter"),
          (Article.faehrterminal, "Unseren Newsletter erhalten"),
          (Article.parom, "Получать нашу рассылку"),
          (Article.ferryStory, "See our subscription options"),
          (Article.faehrterminal, "Unsere Abo-Angebote entdecken"),
          // A named app is the outlet's when store buttons follow it.
          (Article.ferryStory, "For a better listening experience, download the Harbour Tribune app\n\nApp Store\nPlay Store"),
          // ... and when it is for the news.
          (Article.ferryStory, "Download the HARBOUR 5 app for breaking news and weather alerts."),
          // ... wherever the line says the app is for the news.
          (Article.ferryStory, "For the latest breaking news and ferry alerts, download the HARBOUR 5 mobile app."),
          (Article.ferryStory, "DOWNLOAD: Free HARBOURTV News & Weather Apps"),
          // A station's alerts by e-mail.
          (Article.ferryStory, "Sign up for HARBOUR 5 email alerts"),
      ])
func outletPlugIsCut(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).text == text)
}

@Test("a newsletter widget's title under a short dateline the units merge it with is cut; the page's section word on the first line stays")
func widgetTitleUnderDatelineIsCut() async throws {
    let text = "FERRY WEEK\nThe old ferry terminal will close by the end of next year, the council said.\nFEB. 13-14"
        + "\nThe harbour museum opens its doors for two days of free tours."
    let document = try await strip(text.replacingOccurrences(of: "FEB. 13-14", with: "FEB. 13-14\nEmail newsletter signup"), rulesOnly)
    #expect(document.text == text)
    #expect(try await strip("newsletter\nHarbour Wire\n\n" + Article.ferryStory, rulesOnly).removed.isEmpty)
}

@Test("a report in lower case, a photo credit and someone else's sponsors stay",
      arguments: [
          (Article.parom, "Подпишитесь на рассылку мэрии, призвал мэр"),
          (Article.parom, "Фото: @ivanov_photo"),
          (Article.ferryStory, "Download the Harbour Ferries app to buy tickets before boarding."),
          (Article.ferryStory, "The regatta thanks its sponsors, the organisers said on Monday, after a record year."),
          // A named app, a report of an app, an app call inside a sentence.
          (Article.parom, "Скачайте приложение Госуслуг, чтобы записаться к врачу."),
          (Article.parom, "Мэр призвал жителей: скачайте приложение, сообщили в мэрии."),
          (Article.ferryStory, "Passengers who download the app can buy tickets before boarding."),
          (Article.ferryStory, "Download the app FerryNow to see the new timetable."),
          (Article.ferryStory, "Download the FerryNow app to see the new timetable."),
          (Article.ferryStory, "Download the county's app for flood alerts."),
          (Article.ferryStory, "Sign up for flood alerts from the county."),
          // A heading about newsletters names more than the widget's words.
          (Article.ferryStory, "Newsletter readers respond"),
          // A menu's subscription section points to no offer.
          (Article.ferryStory, "Subscriptions"),
          (Article.ferryStory, "Subscription options"),
          // The news without a subscription word is a menu's or a heading's.
          (Article.parom, "Новости"),
      ])
func otherLinesStay(text: String, line: String) async throws {
    #expect(try await strip(Article.inserting(line, into: text), rulesOnly).removed.isEmpty)
}

@Test("a line's first letter is found past emoji, bullets and digits")
func letterStartSkipsMarks() {
    #expect(TextNormalizer.letterStart(in: Array("❤ подписывайся".utf8)) == 4)
    #expect(TextNormalizer.letterStart(in: Array("13.04.2021читайте".utf8)) == 10)
    #expect(TextNormalizer.letterStart(in: Array("• donate".utf8)) == 4)
    #expect(TextNormalizer.letterStart(in: Array("12 3".utf8)) == 4)
}


/// A short French report: headline and two lines.
private let budget = """
Le conseil municipal adopte le budget
Le conseil municipal a adopté mardi le budget de l'année prochaine.
La maire a salué un vote serré.
"""

@Test("a French app named after its noun is the outlet's for the news or with a store button (an arrow beside it); a service's app stays",
      arguments: [("Téléchargez l'application Le Quai Libre pour suivre l'actualité en temps réel.", true),
                  ("Téléchargez l'application Le Quai Libre sur votre smartphone.\nTélécharger →", true),
                  ("Téléchargez l'application Ameli pour suivre vos remboursements.", false),
                  // No name after the noun: the town's app, for news of its roadworks.
                  ("Téléchargez l'application de la ville pour suivre l'actualité des travaux.", false)])
func frenchNamedAppPlug(line: String, isCut: Bool) async throws {
    let text = Article.inserting(line, into: budget)
    #expect(try await strip(text, rulesOnly).text == (isCut ? budget : text))
}

@Test("an app plug inside a block the ask check keeps comes back on its own, with its store button")
func appPlugInKeptBlockIsCut() async throws {
    let story = """
    Accueil » «Curieux», «exigeant»… dix lecteurs décrivent Le Quai Libre

    «Curieux», «exigeant»… dix lecteurs décrivent Le Quai Libre. Pour nos dix ans, nous avons demandé à nos lecteurs ce que notre journal représente pour eux.
    Une lectrice de Genève nous lit depuis le premier numéro. Elle dit apprécier nos enquêtes et nos débats.
    """
    let box = """
    Vous êtes sur smartphone ?

    Téléchargez l'application Le Quai Libre depuis le PlayStore ou l'AppStore et bénéficiez de notre application sur votre smartphone ou tablette.

    Télécharger →
    Non merci

    """
    let document = try await strip(box + story)
    #expect(!document.text.contains("Téléchargez"))
    #expect(document.text.hasSuffix(story))
}
