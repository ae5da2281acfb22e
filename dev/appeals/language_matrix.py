#!/usr/bin/env python3
"""A five-language matrix of appeal kinds and of article sentences about giving (twentieth session).

Each kind of appeal (a donation call, a "readers like you" plea, a favour box, a newsletter sign-up,
a channel follow, a paywall, a membership call, a subscription offer, a plea that the work stops
without gifts, an app plug, a donation link, a crowdfunding platform, a fundraising goal, a gift
subscription, an ad-blocker plea, a messenger channel, a podcast, a log-in wall, a metered paywall,
reader funding, a tip, thanks to members, monthly support, "made possible by readers like you", an
inbox promise, members' benefits, a year-end drive, "no paywall", share-and-subscribe, crypto and
bank details, a patron call, a bare support title, a reminder before the call, a sale on access,
"we're on <networks>" labels, a follow in the familiar form, the news before the call to read it on
our page) is written in English, German, French,
Russian and Ukrainian, and put at the end and between the paragraphs of a short article in the
same language; so is each kind of article sentence about giving (a food bank's call, a foundation's
total, a subscription price, someone else's podcast, app and portal, a quoted plea, volunteers'
drive, a paper's subscribers, a quoted letter of another paper, a membership report, a charity's
newsletter, campaign finance, a telethon, a reminder to follow someone else, a report of a sale, a city's
channels, the news read on someone else's page). A kind cut in one language and missed in another is a gap of the
lexicon or of a rule's word list, not a wording of one outlet. Every sentence is ours.

Usage: python3 dev/appeals/language_matrix.py [--flat] [PIPE]   (default: .build/release/pipe)
  --flat   every line break becomes one space, as in the run-on fixture copies (a scraper that
           loses the breaks); offsets stay the same
Prints, per kind and position, "OK" (>= 95% of the appeal removed) or the share removed, and
"+N" for article characters removed, every article sentence that was cut, and a last line counting
the cells missed per language and the article sentences cut.
"""
import json
import os
import subprocess
import sys
import tempfile

ARTICLES = {
'en':"Council approves new bus routes\nThe city council voted on Tuesday to add three bus routes to the eastern districts.\nThe routes will start in March, a spokesperson for the transport department said.\nResidents had asked for better connections for years.\n",
'de':"Stadtrat beschließt neue Buslinien\nDer Stadtrat hat am Dienstag drei neue Buslinien für die östlichen Stadtteile beschlossen.\nDie Linien sollen im März starten, sagte ein Sprecher der Verkehrsbetriebe.\nAnwohner hatten seit Jahren bessere Verbindungen gefordert.\n",
'fr':"Le conseil municipal approuve de nouvelles lignes de bus\nLe conseil municipal a voté mardi la création de trois lignes de bus dans les quartiers est.\nLes lignes seront mises en service en mars, a indiqué un porte-parole des transports.\nLes habitants réclamaient de meilleures liaisons depuis des années.\n",
'ru':"Горсовет утвердил новые автобусные маршруты\nГородской совет во вторник утвердил три новых автобусных маршрута в восточные районы.\nМаршруты запустят в марте, сообщил представитель транспортного департамента.\nЖители годами просили улучшить сообщение.\n",
'uk':"Міськрада затвердила нові автобусні маршрути\nМіська рада у вівторок затвердила три нові автобусні маршрути до східних районів.\nМаршрути запрацюють у березні, повідомив речник транспортного департаменту.\nМешканці роками просили покращити сполучення.\n",
}

KINDS = {
'donate_call':{'en':"Support our independent journalism: donate today.",'de':"Unterstützen Sie unseren unabhängigen Journalismus: Spenden Sie noch heute.",'fr':"Soutenez notre journalisme indépendant : faites un don dès aujourd'hui.",'ru':"Поддержите нашу независимую журналистику: сделайте пожертвование сегодня.",'uk':"Підтримайте нашу незалежну журналістику: зробіть внесок сьогодні."},
'readers_like_you':{'en':"This article is free to read because readers like you support our newsroom. Please consider a monthly gift from just $3.",'de':"Dieser Artikel ist frei lesbar, weil Leserinnen und Leser wie Sie unsere Redaktion unterstützen. Bitte unterstützen Sie uns monatlich ab 3 Euro.",'fr':"Cet article est en accès libre parce que des lecteurs comme vous soutiennent notre rédaction. Pensez à un don mensuel à partir de 3 euros.",'ru':"Этот материал доступен бесплатно, потому что такие читатели, как вы, поддерживают нашу редакцию. Поддержите нас ежемесячным взносом от 300 рублей.",'uk':"Цей матеріал доступний безкоштовно, бо такі читачі, як ви, підтримують нашу редакцію. Підтримайте нас щомісячним внеском від 100 гривень."},
'favour_box':{'en':"Dear readers,\nwe have a small favour to ask. Our reporting depends on your support.\nBecome a member\nThank you!",'de':"Liebe Leserinnen und Leser,\nwir haben eine kleine Bitte. Unsere Berichterstattung hängt von Ihrer Unterstützung ab.\nJetzt Mitglied werden\nVielen Dank!",'fr':"Chers lecteurs,\nnous avons une petite faveur à vous demander. Notre travail dépend de votre soutien.\nDevenir membre\nMerci !",'ru':"Дорогие читатели,\nу нас к вам небольшая просьба. Наша работа зависит от вашей поддержки.\nСтать участником\nСпасибо!",'uk':"Дорогі читачі,\nу нас до вас невелике прохання. Наша робота залежить від вашої підтримки.\nСтати учасником\nДякуємо!"},
'newsletter':{'en':"Sign up for our free morning newsletter.",'de':"Melden Sie sich für unseren kostenlosen Morgen-Newsletter an.",'fr':"Inscrivez-vous à notre newsletter gratuite du matin.",'ru':"Подпишитесь на нашу бесплатную утреннюю рассылку.",'uk':"Підпишіться на нашу безкоштовну ранкову розсилку."},
'follow':{'en':"Follow us on Telegram and Facebook.",'de':"Folgen Sie uns auf Telegram und Facebook.",'fr':"Suivez-nous sur Telegram et Facebook.",'ru':"Подписывайтесь на наш канал в Telegram.",'uk':"Підписуйтесь на наш канал у Telegram."},
'paywall':{'en':"This article is for subscribers only.\nAlready a subscriber? Log in\nSubscribe now",'de':"Dieser Artikel ist nur für Abonnenten.\nSchon Abonnent? Anmelden\nJetzt abonnieren",'fr':"Cet article est réservé aux abonnés.\nDéjà abonné ? Connectez-vous\nJe m'abonne",'ru':"Этот материал доступен только подписчикам.\nУже подписаны? Войти\nОформить подписку",'uk':"Цей матеріал доступний лише передплатникам.\nВже маєте передплату? Увійти\nОформити передплату"},
'membership':{'en':"Become a member and help us keep local news alive.",'de':"Werden Sie Mitglied und helfen Sie uns, Lokaljournalismus zu erhalten.",'fr':"Devenez membre et aidez-nous à faire vivre l'information locale.",'ru':"Станьте участником клуба и помогите нам сохранить местные новости.",'uk':"Станьте членом клубу і допоможіть нам зберегти місцеві новини."},
'subscribe_offer':{'en':"Subscribe now: unlimited access for $1 a week.",'de':"Jetzt abonnieren: unbegrenzter Zugang für 1 Euro pro Woche.",'fr':"Abonnez-vous : accès illimité pour 1 euro par semaine.",'ru':"Оформите подписку: неограниченный доступ за 99 рублей в месяц.",'uk':"Оформіть передплату: необмежений доступ за 49 гривень на місяць."},
'need_you':{'en':"We need your help. Without your donations we cannot continue our work.",'de':"Wir brauchen Ihre Hilfe. Ohne Ihre Spenden können wir unsere Arbeit nicht fortsetzen.",'fr':"Nous avons besoin de vous. Sans vos dons, nous ne pouvons pas poursuivre notre travail.",'ru':"Нам нужна ваша помощь. Без ваших пожертвований мы не сможем продолжать работу.",'uk':"Нам потрібна ваша допомога. Без ваших пожертв ми не зможемо продовжувати роботу."},
'app':{'en':"Download our app for the latest news.",'de':"Laden Sie unsere App für die neuesten Nachrichten herunter.",'fr':"Téléchargez notre application pour suivre l'actualité.",'ru':"Скачайте наше приложение, чтобы быть в курсе новостей.",'uk':"Завантажте наш застосунок, щоб бути в курсі новин."},
}
KINDS.update({
'donation_link':{'en':"Donate to our newsroom: https://harbourpost.example/donate",'de':"Spenden Sie für unsere Redaktion: https://hafenpost.example/spenden",'fr':"Faites un don à notre rédaction : https://leport.example/don",'ru':"Поддержать редакцию: https://pristan.example/donate",'uk':"Підтримати редакцію: https://prychal.example/donate"},
'patreon':{'en':"Support us on Patreon and get early access to our stories.",'de':"Unterstützen Sie uns auf Patreon und lesen Sie unsere Texte früher.",'fr':"Soutenez-nous sur Tipeee et lisez nos articles en avant-première.",'ru':"Поддержите нас на Boosty и читайте наши тексты раньше всех.",'uk':"Підтримайте нас на Patreon і читайте наші тексти першими."},
'goal':{'en':"We have raised $3,400 of our $10,000 goal. Help us get there!",'de':"Wir haben 3.400 € von unserem Ziel von 10.000 € gesammelt. Helfen Sie uns, es zu erreichen!",'fr':"Nous avons collecté 3 400 € sur notre objectif de 10 000 €. Aidez-nous à l'atteindre !",'ru':"Мы собрали 340 000 рублей из 1 000 000. Помогите нам собрать остальное!",'uk':"Ми зібрали 34 000 гривень зі 100 000. Допоможіть нам зібрати решту!"},
'gift_sub':{'en':"Give a gift subscription to someone who loves local news.",'de':"Verschenken Sie ein Abo an alle, die Lokalnachrichten lieben.",'fr':"Offrez un abonnement à un proche qui aime l'information locale.",'ru':"Подарите подписку на наше издание тому, кто любит местные новости.",'uk':"Подаруйте передплату на наше видання тому, хто любить місцеві новини."},
'adblock':{'en':"Please disable your ad blocker to support our journalism.",'de':"Bitte deaktivieren Sie Ihren Werbeblocker, um unseren Journalismus zu unterstützen.",'fr':"Merci de désactiver votre bloqueur de publicité pour soutenir notre journalisme.",'ru':"Пожалуйста, отключите блокировщик рекламы, чтобы поддержать нашу журналистику.",'uk':"Будь ласка, вимкніть блокувальник реклами, щоб підтримати нашу журналістику."},
'whatsapp':{'en':"Join our WhatsApp channel for breaking news.",'de':"Folgen Sie unserem WhatsApp-Kanal für aktuelle Nachrichten.",'fr':"Rejoignez notre chaîne WhatsApp pour les dernières infos.",'ru':"Присоединяйтесь к нашему каналу в WhatsApp, чтобы узнавать новости первыми.",'uk':"Долучайтеся до нашого каналу у WhatsApp, щоб дізнаватися новини першими."},
'podcast':{'en':"Listen to our podcast on Spotify and Apple Podcasts.",'de':"Hören Sie unseren Podcast auf Spotify und Apple Podcasts.",'fr':"Écoutez notre podcast sur Spotify et Apple Podcasts.",'ru':"Слушайте наш подкаст на Spotify и Apple Podcasts.",'uk':"Слухайте наш подкаст на Spotify та Apple Podcasts."},
'login_wall':{'en':"Log in or register for free to continue reading.",'de':"Melden Sie sich an oder registrieren Sie sich kostenlos, um weiterzulesen.",'fr':"Connectez-vous ou inscrivez-vous gratuitement pour lire la suite.",'ru':"Войдите или зарегистрируйтесь бесплатно, чтобы читать дальше.",'uk':"Увійдіть або зареєструйтеся безкоштовно, щоб читати далі."},
'metered':{'en':"You have read 3 of 5 free articles this month. Subscribe for unlimited access.",'de':"Sie haben 3 von 5 kostenlosen Artikeln in diesem Monat gelesen. Jetzt abonnieren für unbegrenzten Zugang.",'fr':"Vous avez lu 3 articles gratuits sur 5 ce mois-ci. Abonnez-vous pour un accès illimité.",'ru':"Вы прочитали 3 из 5 бесплатных материалов в этом месяце. Оформите подписку для полного доступа.",'uk':"Ви прочитали 3 з 5 безкоштовних матеріалів цього місяця. Оформіть передплату для повного доступу."},
'readers_fund':{'en':"Our reporting is funded by readers, not billionaires. Join them today.",'de':"Unsere Recherchen werden von Leserinnen und Lesern finanziert, nicht von Milliardären. Machen Sie mit.",'fr':"Notre journalisme est financé par nos lecteurs, pas par des milliardaires. Rejoignez-les.",'ru':"Нашу журналистику оплачивают читатели, а не олигархи. Присоединяйтесь к ним.",'uk':"Нашу журналістику оплачують читачі, а не олігархи. Приєднуйтеся до них."},
'tip':{'en':"Enjoyed this article? Leave a tip for our reporters.",'de':"Hat Ihnen dieser Artikel gefallen? Geben Sie unseren Reportern ein Trinkgeld.",'fr':"Cet article vous a plu ? Laissez un pourboire à nos journalistes.",'ru':"Понравился материал? Оставьте чаевые нашим журналистам.",'uk':"Сподобався матеріал? Залиште чайові нашим журналістам."},
'member_thanks':{'en':"Thank you to the 2,300 members who make our journalism possible. Become one of them.",'de':"Danke an die 2.300 Mitglieder, die unseren Journalismus möglich machen. Werden Sie eines davon.",'fr':"Merci aux 2 300 membres qui rendent notre journalisme possible. Devenez l'un d'eux.",'ru':"Спасибо 2300 участникам клуба, благодаря которым существует наша редакция. Станьте одним из них.",'uk':"Дякуємо 2300 учасникам клубу, завдяки яким існує наша редакція. Станьте одним із них."},
'monthly':{'en':"Support us monthly with $5 and keep our stories free for everyone.",'de':"Unterstützen Sie uns monatlich mit 5 € und halten Sie unsere Texte frei für alle.",'fr':"Soutenez-nous chaque mois avec 5 € et gardez nos articles gratuits pour tous.",'ru':"Поддерживайте нас ежемесячно от 300 рублей, чтобы наши тексты оставались бесплатными для всех.",'uk':"Підтримуйте нас щомісяця від 100 гривень, щоб наші тексти залишалися безкоштовними для всіх."},
})

KINDS.update({
'made_possible':{'en':"This story was made possible by readers like you. Support our newsroom today.",'de':"Dieser Artikel wurde durch Leserinnen und Leser wie Sie möglich gemacht. Unterstützen Sie unsere Redaktion.",'fr':"Cet article a été rendu possible par des lecteurs comme vous. Soutenez notre rédaction.",'ru':"Этот материал стал возможен благодаря таким читателям, как вы. Поддержите нашу редакцию.",'uk':"Цей матеріал став можливим завдяки таким читачам, як ви. Підтримайте нашу редакцію."},
'inbox':{'en':"Get our best stories in your inbox every Friday.",'de':"Erhalten Sie unsere besten Geschichten jeden Freitag in Ihr Postfach.",'fr':"Recevez nos meilleurs articles chaque vendredi dans votre boîte mail.",'ru':"Получайте наши лучшие материалы каждую пятницу на почту.",'uk':"Отримуйте наші найкращі матеріали щоп’ятниці на пошту."},
'member_benefits':{'en':"Members read without ads and are invited to our events. Join now.",'de':"Mitglieder lesen ohne Werbung und sind zu unseren Veranstaltungen eingeladen. Jetzt Mitglied werden.",'fr':"Les membres lisent sans publicité et sont invités à nos événements. Adhérez maintenant.",'ru':"Участники клуба читают без рекламы и приглашаются на наши встречи. Вступайте в клуб.",'uk':"Учасники клубу читають без реклами та отримують запрошення на наші зустрічі. Вступайте до клубу."},
'year_end':{'en':"Our year-end fundraiser ends on December 31. Every gift to our newsroom will be doubled.",'de':"Unsere Spendenaktion zum Jahresende läuft bis zum 31. Dezember. Jede Spende an unsere Redaktion wird verdoppelt.",'fr':"Notre campagne de dons de fin d'année se termine le 31 décembre. Chaque don à notre rédaction sera doublé.",'ru':"Наш новогодний сбор для редакции продлится до 31 декабря. Каждое пожертвование будет удвоено.",'uk':"Наш новорічний збір для редакції триватиме до 31 грудня. Кожен внесок буде подвоєно."},
'no_paywall':{'en':"We don't put our journalism behind a paywall. We rely on you instead.",'de':"Wir stellen unseren Journalismus nicht hinter eine Bezahlschranke. Stattdessen zählen wir auf Sie.",'fr':"Nous ne mettons pas notre journalisme derrière un paywall. Nous comptons sur vous.",'ru':"Мы не закрываем нашу журналистику платным доступом. Вместо этого мы рассчитываем на вас.",'uk':"Ми не закриваємо нашу журналістику платним доступом. Натомість ми розраховуємо на вас."},
'share_subscribe':{'en':"Liked this article? Share it and subscribe to our newsletter.",'de':"Hat Ihnen der Artikel gefallen? Teilen Sie ihn und abonnieren Sie unseren Newsletter.",'fr':"Cet article vous a plu ? Partagez-le et abonnez-vous à notre newsletter.",'ru':"Понравилась статья? Поделитесь ею и подпишитесь на нашу рассылку.",'uk':"Сподобалася стаття? Поділіться нею і підпишіться на нашу розсилку."},
'crypto':{'en':"You can also support our newsroom in cryptocurrency: BTC bc1qexamplewallet",'de':"Sie können unsere Redaktion auch mit Kryptowährung unterstützen: BTC bc1qexamplewallet",'fr':"Vous pouvez aussi soutenir notre rédaction en cryptomonnaie : BTC bc1qexamplewallet",'ru':"Поддержать редакцию можно и криптовалютой: BTC bc1qexamplewallet",'uk':"Підтримати редакцію можна і криптовалютою: BTC bc1qexamplewallet"},
'bank':{'en':"Donations to our newsroom by bank transfer: IBAN GB00 EXMP 0000 0000 0000 00, reference \"Donation\".",'de':"Spenden an unsere Redaktion per Überweisung: IBAN DE00 0000 0000 0000 0000 00, Verwendungszweck „Spende“.",'fr':"Dons à notre rédaction par virement : IBAN FR00 0000 0000 0000 0000 0000 000, motif « Don ».",'ru':"Пожертвования редакции банковским переводом: IBAN LV00 EXMP 0000 0000 0000 0, назначение «Пожертвование».",'uk':"Внески на редакцію банківським переказом: IBAN UA00 0000 0000 0000 0000 0000 000, призначення «Благодійний внесок»."},
'patron':{'en':"Become a patron of our newsroom from $3 a month.",'de':"Werden Sie Förderer unserer Redaktion ab 3 € im Monat.",'fr':"Devenez mécène de notre rédaction à partir de 3 € par mois.",'ru':"Станьте меценатом нашей редакции от 300 рублей в месяц.",'uk':"Станьте меценатом нашої редакції від 100 гривень на місяць."},
'reminder':{'en':"Don't forget to follow the Harbour Post on Telegram and Facebook.",'de':"Vergessen Sie nicht, uns auf Telegram und Facebook zu folgen.",'fr':"N'oubliez pas de nous suivre sur Telegram et Facebook.",'ru':"Не забывайте подписываться на наш канал в Telegram.",'uk':"Не забувайте підписуватися на наш канал у Telegram."},
'sale':{'en':"This week only: save 90% on digital access.",'de':"Nur diese Woche: 90 % Rabatt auf den Digitalzugang.",'fr':"Cette semaine seulement : -90 % sur l'accès numérique.",'ru':"Только на этой неделе: скидка 90% на цифровую подписку.",'uk':"Лише цього тижня: знижка 90% на цифрову передплату."},
'support_title':{'en':"Support independent journalism",'de':"Unabhängigen Journalismus unterstützen",'fr':"Soutenez le journalisme indépendant",'ru':"Поддержите независимую журналистику",'uk':"Підтримайте незалежну журналістику"},
})

KINDS.update({
'we_are_on':{'en':"We're on Telegram, Viber and Facebook",'de':"Wir sind auf Telegram, Viber und Facebook",'fr':"Nous sommes sur Telegram, Viber et Facebook",'ru':"Мы в Telegram, мы в Viber, мы на Facebook",'uk':"Ми в Telegram, ми у Viber, ми на Facebook"},
'follow_familiar':{'en':"Be the first to know: follow us on Telegram!",'de':"Folge uns auf Telegram und verpasse keine Nachricht!",'fr':"Abonne-toi à notre chaîne Telegram pour ne rien rater !",'ru':"Хочешь узнавать новости первым? Подписывайся на наш Telegram-канал!",'uk':"Хочеш дізнаватися новини першим? Підписуйся на наш Telegram-канал!"},
'news_first_read':{'en':"All the latest city news, also on our Facebook page and Telegram channel.",'de':"Aktuelle Nachrichten aus der Stadt lesen Sie auch auf unserer Facebook-Seite und in unserem Telegram-Kanal.",'fr':"Toute l'actualité de la ville, retrouvez-la aussi sur notre page Facebook et notre chaîne Telegram.",'ru':"Актуальные новости города также читайте на нашей странице в Facebook и в Telegram-канале.",'uk':"Актуальні новини міста також читайте на нашій Facebook-сторінці і в Telegram-каналі."},
})

NEGATIVES = {
'foodbank':{'en':"The food bank asks residents to donate canned goods at the town hall until Friday.",'de':"Die Tafel bittet die Bürger, bis Freitag Konserven im Rathaus zu spenden.",'fr':"La banque alimentaire invite les habitants à donner des conserves à la mairie jusqu'à vendredi.",'ru':"Продовольственный банк просит жителей до пятницы приносить консервы в мэрию.",'uk':"Продовольчий банк просить мешканців до п'ятниці приносити консерви до мерії."},
'raised':{'en':"The foundation raised $2 million from 4,000 donors last year, its director said.",'de':"Die Stiftung sammelte im vergangenen Jahr 2 Millionen Euro von 4.000 Spendern, sagte ihr Direktor.",'fr':"La fondation a collecté 2 millions d'euros auprès de 4 000 donateurs l'an dernier, a indiqué son directeur.",'ru':"Фонд собрал в прошлом году 2 миллиона рублей от 4000 жертвователей, сообщил его директор.",'uk':"Фонд торік зібрав 2 мільйони гривень від 4000 благодійників, повідомив його директор."},
'price':{'en':"The newspaper will raise its monthly subscription to $12 in July, the publisher announced.",'de':"Die Zeitung erhöht den Preis ihres Monatsabos im Juli auf 12 Euro, teilte der Verlag mit.",'fr':"Le quotidien portera son abonnement mensuel à 12 euros en juillet, a annoncé l'éditeur.",'ru':"Газета с июля поднимет цену ежемесячной подписки до 500 рублей, сообщил издатель.",'uk':"Газета з липня підніме ціну щомісячної передплати до 150 гривень, повідомив видавець."},
'reminder_other':{'en':"Don't forget to follow the transport department on Twitter for route changes, the spokesperson added.",'de':"Vergessen Sie nicht, den Verkehrsbetrieben auf Twitter zu folgen, fügte der Sprecher hinzu.",'fr':"N'oubliez pas de suivre les transports de la ville sur Twitter, a ajouté le porte-parole.",'ru':"Не забудьте подписаться на рассылку транспортного департамента, призвал представитель.",'uk':"Не забудьте підписатися на розсилку транспортного департаменту, закликав речник."},
'sale_report':{'en':"The newspaper offered readers 90% off digital access this week, the publisher said.",'de':"Die Zeitung bot ihren Lesern diese Woche 90 % Rabatt auf den Digitalzugang an, teilte der Verlag mit.",'fr':"Le quotidien a proposé cette semaine -90 % sur l'accès numérique, a indiqué l'éditeur.",'ru':"Газета на этой неделе предложила читателям скидку 90% на цифровую подписку, сообщил издатель.",'uk':"Газета цього тижня запропонувала читачам знижку 90% на цифрову передплату, повідомив видавець."},
'podcast':{'en':"The mayor launched a podcast on Spotify where she answers residents' questions.",'de':"Die Bürgermeisterin startete einen Podcast auf Spotify, in dem sie Fragen der Bürger beantwortet.",'fr':"La maire a lancé un podcast sur Spotify où elle répond aux questions des habitants.",'ru':"Мэр запустила подкаст на Spotify, в котором отвечает на вопросы жителей.",'uk':"Міська голова запустила подкаст на Spotify, де відповідає на запитання мешканців."},
'quote':{'en':"\"Every gift helps us reach our goal,\" the shelter's director said.",'de':"„Jede Spende hilft uns, unser Ziel zu erreichen“, sagte die Leiterin des Tierheims.",'fr':"« Chaque don nous aide à atteindre notre objectif », a déclaré la directrice du refuge.",'ru':"«Каждое пожертвование помогает нам достичь цели», — сказала директор приюта.",'uk':"«Кожна пожертва допомагає нам досягти мети», — сказала директорка притулку."},
'cityapp':{'en':"Residents can download the city's new parking app from Monday.",'de':"Ab Montag können die Bürger die neue Park-App der Stadt herunterladen.",'fr':"Les habitants pourront télécharger la nouvelle application de stationnement de la ville dès lundi.",'ru':"С понедельника жители смогут скачать новое приложение мэрии для оплаты парковки.",'uk':"З понеділка мешканці зможуть завантажити новий застосунок міськради для оплати паркування."},
'volunteers':{'en':"Volunteers are collecting money for a field hospital; donations can be made through the link in their post.",'de':"Freiwillige sammeln Geld für ein Feldlazarett; gespendet werden kann über den Link in ihrem Beitrag.",'fr':"Des bénévoles collectent des fonds pour un hôpital de campagne ; on peut donner via le lien de leur publication.",'ru':"Волонтеры собирают деньги на полевой госпиталь; пожертвовать можно по ссылке в их посте.",'uk':"Волонтери збирають кошти на польовий шпиталь; задонатити можна за посиланням у їхньому дописі."},
'portal':{'en':"To apply, residents must log in to the state portal and register their vehicle.",'de':"Für den Antrag müssen sich die Bürger im Landesportal anmelden und ihr Fahrzeug registrieren.",'fr':"Pour faire la demande, les habitants doivent se connecter au portail de l'État et enregistrer leur véhicule.",'ru':"Чтобы подать заявку, жителям нужно войти на портал госуслуг и зарегистрировать автомобиль.",'uk':"Щоб подати заявку, мешканцям потрібно увійти на портал Дія та зареєструвати автомобіль."},
'paper':{'en':"The weekly paper, which has 3,000 subscribers, will stop printing in June, its owner said.",'de':"Das Wochenblatt mit 3.000 Abonnenten stellt im Juni den Druck ein, sagte der Verleger.",'fr':"L'hebdomadaire, qui compte 3 000 abonnés, cessera de paraître en juin, a indiqué son propriétaire.",'ru':"Еженедельная газета, у которой 3000 подписчиков, перестанет выходить в июне, сообщил владелец.",'uk':"Тижневик, який має 3000 передплатників, припинить виходити в червні, повідомив власник."},
}

NEGATIVES.update({
'quoted_outlet':{'en':"In a front-page letter, the Tribune asked its readers to \"support local journalism\" with a monthly gift, its editor said.",'de':"In einem Brief auf der Titelseite bat das Tageblatt seine Leser, „den Lokaljournalismus“ mit einer monatlichen Spende zu unterstützen, sagte die Chefredakteurin.",'fr':"Dans une lettre en une, La Gazette a demandé à ses lecteurs de « soutenir le journalisme local » par un don mensuel, a indiqué sa rédactrice en chef.",'ru':"В письме на первой полосе «Вестник» попросил читателей «поддержать местную журналистику» ежемесячным взносом, сообщила главный редактор.",'uk':"У листі на першій шпальті «Вісник» попросив читачів «підтримати місцеву журналістику» щомісячним внеском, повідомила головна редакторка."},
'membership_report':{'en':"The Tribune's membership program now has 4,000 members who pay $10 a month, the publisher said.",'de':"Das Mitgliederprogramm des Tageblatts hat inzwischen 4.000 Mitglieder, die 10 Euro im Monat zahlen, sagte der Verleger.",'fr':"Le programme d'adhésion de La Gazette compte désormais 4 000 membres qui paient 10 euros par mois, a indiqué l'éditeur.",'ru':"В клубе друзей «Вестника» уже 4000 участников, которые платят по 500 рублей в месяц, сообщил издатель.",'uk':"У клубі друзів «Вісника» вже 4000 учасників, які платять по 150 гривень на місяць, повідомив видавець."},
'charity_signup':{'en':"Residents can sign up for the food bank's newsletter to hear about volunteer shifts.",'de':"Anwohner können den Newsletter der Tafel abonnieren, um von Helferschichten zu erfahren.",'fr':"Les habitants peuvent s'abonner à la lettre d'information de la banque alimentaire pour connaître les créneaux de bénévolat.",'ru':"Жители могут подписаться на рассылку продовольственного банка, чтобы узнавать о сменах волонтеров.",'uk':"Мешканці можуть підписатися на розсилку продовольчого банку, щоб дізнаватися про зміни волонтерів."},
'campaign':{'en':"The senator's campaign raised $2.1 million in the quarter, mostly from donors giving $25 on average.",'de':"Die Kampagne der Senatorin sammelte im Quartal 2,1 Millionen Dollar, vor allem von Spendern mit durchschnittlich 25 Dollar.",'fr':"La campagne de la sénatrice a levé 2,1 millions de dollars au trimestre, surtout auprès de donateurs versant 25 dollars en moyenne.",'ru':"Предвыборный штаб сенатора собрал за квартал 2,1 миллиона долларов, в основном от жертвователей, дававших в среднем по 25 долларов.",'uk':"Передвиборчий штаб сенаторки зібрав за квартал 2,1 мільйона доларів, переважно від донорів, які давали в середньому по 25 доларів."},
'tv_telethon':{'en':"The station's telethon on Saturday asks viewers to call in and donate to the children's hospital.",'de':"Die Spendengala des Senders am Samstag ruft die Zuschauer auf, für das Kinderkrankenhaus anzurufen und zu spenden.",'fr':"Le téléthon de la chaîne samedi invite les téléspectateurs à appeler et à faire un don pour l'hôpital des enfants.",'ru':"Благотворительный марафон телеканала в субботу призывает зрителей звонить и жертвовать на детскую больницу.",'uk':"Благодійний марафон телеканалу в суботу закликає глядачів телефонувати і жертвувати на дитячу лікарню."},
'city_on_channels':{'en':"The city council is now on Telegram and Viber, where it posts route changes, the spokesperson said.",'de':"Die Stadt ist jetzt auf Telegram und Viber, wo sie Fahrplanänderungen veröffentlicht, sagte der Sprecher.",'fr':"La mairie est désormais sur Telegram et Viber, où elle publie les changements d'horaires, a indiqué le porte-parole.",'ru':"Мэрия теперь в Telegram и Viber, где публикует изменения маршрутов, сообщил представитель.",'uk':"Міськрада тепер у Telegram і Viber, де публікує зміни маршрутів, повідомив речник."},
'news_read_other':{'en':"News about the routes can also be found on the transport department's Facebook page, the spokesperson said.",'de':"Neuigkeiten zu den Linien lesen Sie auch auf der Facebook-Seite der Verkehrsbetriebe, sagte der Sprecher.",'fr':"Les nouvelles des lignes sont aussi publiées sur la page Facebook des transports, a indiqué le porte-parole.",'ru':"Новости о маршрутах также читайте на странице транспортного департамента в Facebook, сообщил представитель.",'uk':"Новини про маршрути також читайте на сторінці транспортного департаменту у Facebook, повідомив речник."},
})


def _place(article, text, position):
    if position == "end":
        return article + text
    lines = article.rstrip("\n").split("\n")
    return "\n".join(lines[:2]) + "\n" + text + "\n" + "\n".join(lines[2:])


def _flat(text, flat):
    """`text` with every line break turned into one space when `flat` (offsets stay the same)."""
    return text.replace("\n", " ") if flat else text


def _run(pipe, docs):
    with tempfile.TemporaryDirectory() as tmp:
        src, out, config = (os.path.join(tmp, name) for name in ("in.jsonl", "out.jsonl", "pipeline.yaml"))
        with open(config, "w") as f:
            f.write("pipeline:\n  - stage: appeal-stripper\n")
        with open(src, "w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps({"id": doc["id"], "text": doc["text"]}, ensure_ascii=False) + "\n")
        subprocess.run([pipe, "run", config, src, "-o", out, "--quiet"], check=True)
        with open(out, encoding="utf-8") as f:
            return {o["id"]: o.get("removed", []) for o in map(json.loads, f)}


def main():
    arguments = [a for a in sys.argv[1:] if a != "--flat"]
    flat = "--flat" in sys.argv[1:]
    pipe = arguments[0] if arguments else os.path.join(".build", "release", "pipe")
    languages = ["en", "de", "fr", "ru", "uk"]
    docs = []
    for kind, texts in KINDS.items():
        for language, appeal in texts.items():
            for position in ("end", "middle"):
                docs.append({"id": f"{kind}|{language}|{position}", "text": _flat(_place(ARTICLES[language], appeal, position), flat),
                             "appeal": _flat(appeal, flat)})
    for kind, texts in NEGATIVES.items():
        for language, sentence in texts.items():
            for position in ("end", "middle"):
                docs.append({"id": f"neg:{kind}|{language}|{position}", "text": _flat(_place(ARTICLES[language], sentence, position), flat)})
    removed = _run(pipe, docs)
    table = {}
    for doc in docs:
        text, cuts = doc["text"], removed[doc["id"]]
        cut = {k for r in cuts for k in range(r["start"], r["end"]) if not text[k].isspace()}
        if doc["id"].startswith("neg:"):
            if cut:
                print("article sentence cut:", doc["id"][4:], "|", " / ".join(r["text"].strip() for r in cuts))
            continue
        start = text.find(doc["appeal"])
        gold = {k for k in range(start, start + len(doc["appeal"])) if not text[k].isspace()}
        share = len(gold & cut) / len(gold)
        extra = len(cut - gold)
        kind, language, position = doc["id"].split("|")
        table.setdefault((kind, position), {})[language] = ("OK" if share >= 0.95 else f"{share:.1f}") + (f"+{extra}" if extra else "")
    print(f"{'':26}" + " ".join(f"{l:8}" for l in languages))
    for (kind, position), row in table.items():
        print(f"{kind + '/' + position:26}" + " ".join(f"{row.get(l, ''):8}" for l in languages))
    missed = {l: sum(not row.get(l, "").startswith("OK") for row in table.values()) for l in languages}
    negatives = [doc for doc in docs if doc["id"].startswith("neg:")]
    cut = sum(1 for doc in negatives if removed[doc["id"]])
    print(f"cells missed of {len(table)} per language: " + ", ".join(f"{l} {n}" for l, n in missed.items())
          + f"; article sentences cut: {cut} of {len(negatives)}")


if __name__ == "__main__":
    main()
