"""Twenty-third batch: written by a ninth helper, scored once before anyone changed the rules for it
(the "first run, never tuned on" rows in README.md). Our own paraphrases of reader-funded,
nonprofit, exile, encyclopedia/wiki, public-media and newsletter asks (structure and vocabulary as
read in stored public pages: fund drives, monthly gifts, goals, payment methods), for outlet types
not covered by batches 1-22. No third-party sentence is copied.
"""

BATCH23_APPEALS = [
    ("New York radical monthly newspaper (winter fund drive)", "en", [
        "Winter fund drive: $41,870 of $60,000",
        "We print 50,000 copies a month and hand them out free on street corners and in libraries. No billionaire signs our cheques and no advertiser edits our pages. If our coverage of tenants and strikers matters to you, chip in before 31 January.",
        "Give $10",
        "Give $25",
        "Give monthly",
    ]),
    ("Reader-funded Sri Lankan English news site", "en", [
        "Dear readers,",
        "Our reporters in Colombo and Jaffna have been threatened for asking questions others will not. We stay free to read because a few thousand of you back us. Support us monthly starting from just $3 — it takes a minute.",
        "Support us",
    ]),
    ("Nonprofit education newsroom (story sponsorship ask)", "en", [
        "This story is free to read because readers like you pay for it.",
        "Our reporters spent four months in classrooms for this series. If it helped you understand your child's school, help us do the next one.",
        "Donate now",
        "We are a 501(c)(3) nonprofit; gifts are tax-deductible.",
    ]),
    ("Open-source medical reference wiki (annual banner)", "en", [
        "To all our readers in the UK: we have a small favour to ask.",
        "This medical reference is written by volunteer doctors and read by nurses, students and patients in 190 countries. It carries no drug ads. Most people never give. If you can spare £2, the site stays free for another year.",
        "Donate £2",
        "Maybe later",
    ]),
    ("Canadian campus-community radio station (funding drive, tax receipts)", "en", [
        "It's funding drive week on 101.9 FM",
        "We are run by 140 volunteers and a staff of four, with no commercials between the songs. Pledge $10 a month and get our drive T-shirt; every gift over $20 gets an official tax receipt.",
        "Pledge now",
        "Call 555-0190 during the live show to pledge by phone.",
    ]),
    ("Venezuelan newsroom in exile (English edition)", "en", [
        "Reporting on Venezuela from outside Venezuela costs money",
        "Our sources take risks to reach us; our editors work from Bogotá, Madrid and Miami because they cannot go home. We take no money from any government. A gift of any size keeps this work going.",
        "Donate",
        "Card, PayPal or crypto accepted.",
    ]),
    ("Independent hyperlocal newsletter (sign-up box mid-article)", "en", [
        "Get the Eastside Brief",
        "Zoning fights, new cafés and what the school board actually decided, in your inbox every Tuesday and Friday. Free, no spam.",
        "Email address",
        "Sign up",
    ]),
    ("Nonprofit Great Lakes water news service (year-end match)", "en", [
        "Double your impact this December",
        "Every gift made before December 31 will be matched, up to $75,000. Tracking lead pipes, algae blooms and shoreline erosion across eight states is slow work, and we depend on readers like you.",
        "Give now and double it",
    ]),
    ("Podcast network of a reader-funded magazine (listener ask)", "en", [
        "Enjoying this episode?",
        "Our podcast is made by a staff of three and funded by listeners. Become a supporter for $5 a month and get the ad-free feed and bonus episodes.",
        "Become a supporter",
    ]),
    ("Pacific Islands reader-funded regional news site", "en", [
        "Our islands, our stories",
        "From Suva to Apia, we cover rising seas, elections and sport for readers scattered across the ocean. Our newsroom is reader-supported and free for everyone. Give once or become a monthly supporter from $5.",
        "Give once",
        "Give monthly",
    ]),
    ("Ostdeutsches unabhängiges Lokalportal (Unterstützerkreis)", "de", [
        "Liebe Leserinnen und Leser,",
        "unsere Redaktion berichtet aus dem Stadtrat, von Gerichtsverhandlungen und aus den Dörfern, die sonst niemand besucht. Ohne Verlag und ohne Werbung finanzieren wir uns über unseren Unterstützerkreis. Schon ab 5 Euro im Monat sind Sie dabei.",
        "Jetzt unterstützen",
        "Per Lastschrift, Überweisung oder PayPal.",
    ]),
    ("Deutschsprachige Ausgabe eines russischen Exilmediums (Mitglied werden)", "de", [
        "Werden Sie Mitglied!",
        "Unsere Redaktion wurde aus Moskau vertrieben und arbeitet heute in Riga und Berlin. Auf Deutsch erklären wir, was in Russland wirklich passiert. Mit Ihrer Mitgliedschaft ab 8 Euro im Monat bleiben wir unabhängig.",
        "Mitglied werden",
    ]),
    ("Radio publique francophone belge (soutien des auditeurs, podcast)", "fr", [
        "Vous aimez nos émissions ?",
        "Soutenez la radio qui vous accompagne chaque matin. Votre don, même de 5 €, nous aide à produire des reportages et des podcasts accessibles à tous.",
        "Je fais un don",
        "Pas maintenant",
    ]),
    ("Média indépendant malgache en français (dons des lecteurs)", "fr", [
        "Chers lecteurs,",
        "notre rédaction enquête sur les trafics de bois de rose et la corruption, sans actionnaire ni publicité d'État. Nous avons besoin de vous : soutenez-nous à partir de 2 € par mois.",
        "Je soutiens",
        "Paiement par carte ou mobile money.",
    ]),
    ("Независимое издание из Таджикистана в эмиграции (ежемесячная подписка)", "ru", [
        "Дорогие читатели!",
        "Мы пишем о Таджикистане то, о чём молчат местные СМИ. Наша редакция работает за границей, а сайт заблокирован на родине. Поддержите нас ежемесячно — от 3 евро.",
        "Поддержать",
        "Через карту, PayPal или криптовалюту.",
    ]),
    ("Русскоязычная свободная энциклопедия (баннер сбора пожертвований)", "ru", [
        "Пожалуйста, не пролистывайте это сообщение.",
        "Нашу энциклопедию пишут волонтёры, она без рекламы и открыта для всех. Если каждый, кто читает это, пожертвует 200 рублей, сбор будет закрыт за один день.",
        "Пожертвовать",
        "Я уже пожертвовал",
    ]),
]

BATCH23_NEGATIVES = [
    ("donor-advised-funds", "en", [
        "Donor-advised funds held a record $250 billion last year, according to a report released on Tuesday, prompting renewed calls for rules that would force faster payouts to charities.",
        "Critics say wealthy donors take an immediate tax deduction but can leave the money parked for years. Industry groups reply that most accounts make grants every year.",
        "Lawmakers have proposed a 15-year limit, but the bill has not left committee.",
    ]),
    ("newsroom-fund-drive-results", "en", [
        "The city's nonprofit newsroom said on Monday that its year-end fund drive had raised $1.2 million from 9,400 donors, its best result since it was founded in 2015.",
        "The executive director said small monthly gifts now cover about a third of the budget, with foundations and events paying for the rest.",
        "The newsroom plans to hire two reporters to cover the county courts.",
    ]),
    ("quoted-wiki-banner", "en", [
        "Visitors to the online encyclopedia this week saw a banner reading \"Please don't scroll past this,\" part of the site's annual fundraising campaign.",
        "Some editors have criticised the messages as alarmist, arguing the foundation has large reserves. The foundation said the banners are tested and that most donations average about $11.",
    ]),
    ("campaign-small-dollar", "en", [
        "The senator's re-election campaign reported raising $8.4 million in the third quarter, with nearly half coming from donations of $200 or less.",
        "Her opponent raised $5.1 million but had more cash on hand, filings with the Federal Election Commission show.",
        "Both campaigns have spent heavily on fundraising emails and text messages.",
    ]),
    ("crowdfunded-documentary", "en", [
        "A documentary about the closure of the town's steel mill reached its crowdfunding goal of £40,000 in nine days, its directors said.",
        "More than 1,100 backers pledged money on the platform, many of them former workers. Rewards range from a thank-you in the credits to a ticket for the premiere.",
    ]),
    ("charity-gala-report", "en", [
        "The hospital foundation's annual gala raised $3 million for a new children's cancer ward on Saturday night.",
        "Guests bid on paintings, a week at a lakeside cabin and dinner with the team's head coach. Organisers said donations were up despite the economy.",
    ]),
    ("rundfunkbeitrag-streit", "de", [
        "Die Länder konnten sich am Donnerstag nicht auf eine Erhöhung des Rundfunkbeitrags einigen. Die unabhängige Kommission hatte 58 Cent mehr pro Monat empfohlen.",
        "Mehrere Ministerpräsidenten verlangen zuerst Reformen bei den Sendern. Die Anstalten kündigten an, notfalls vor das Bundesverfassungsgericht zu ziehen.",
    ]),
    ("cagnotte-solidaire", "fr", [
        "Une cagnotte en ligne lancée par les voisins d'une famille sinistrée après l'incendie de leur immeuble a dépassé 60 000 euros en trois jours.",
        "La mairie a relogé provisoirement les six familles. L'enquête sur l'origine du feu est toujours en cours, selon le parquet.",
    ]),
    ("granty-dlya-smi", "ru", [
        "Независимые русскоязычные издания в эмиграции лишились значительной части грантов после сокращения программ иностранной помощи, говорится в исследовании медиааналитиков.",
        "По данным авторов, около трети редакций сократили штат, а некоторые перешли на модель подписки читателей. Эксперты ожидают дальнейших закрытий в следующем году.",
    ]),
]

BATCH23_ARTICLES = {
    "en-ferry": [
        "Ferry service to the outer islands will be cut to three days a week from March, the regional transport authority said on Wednesday, citing a shortage of engineers.",
        "Residents of the two islands rely on the ferry for groceries, school and hospital appointments. \"We were told about it on social media,\" said one councillor.",
        "The authority said it was recruiting abroad and hoped to restore the full timetable by summer.",
        "A public meeting will be held in the island hall next Thursday.",
    ],
    "en-orchard": [
        "A late frost destroyed most of the apple blossom in the valley last week, and growers say this year's harvest could be the smallest in two decades.",
        "Temperatures fell to minus four on two consecutive nights. Some farmers lit fires between the rows, but many orchards lost more than 80 percent of their flowers.",
        "The state agriculture department said it would assess whether growers qualify for disaster aid.",
        "Cider makers warned that prices are likely to rise.",
    ],
    "en-library": [
        "The central library will reopen on Monday after an 18-month renovation that added a makerspace, study rooms and a children's reading garden.",
        "The project cost $14 million, most of it from a bond approved by voters in 2022. The old card catalogue cabinets were restored and placed in the lobby.",
        "Opening hours will be extended to 9 p.m. on weekdays.",
    ],
    "de-bruecke": [
        "Die marode Talbrücke an der Bundesstraße bleibt mindestens bis zum Herbst für Lastwagen gesperrt. Das teilte das Landesamt für Straßenbau am Dienstag mit.",
        "Bei einer Prüfung waren Risse in mehreren Spannbetonträgern gefunden worden. Der Schwerverkehr wird über die Dörfer umgeleitet, was dort für Ärger sorgt.",
        "Ein Neubau soll frühestens 2029 fertig sein.",
    ],
    "fr-vendanges": [
        "Les vendanges ont commencé avec dix jours d'avance dans le vignoble cette année, en raison d'un été particulièrement chaud et sec.",
        "Les viticulteurs se disent satisfaits de la qualité du raisin, mais les volumes sont en baisse d'environ 15 %. Plusieurs domaines peinent à recruter des saisonniers.",
        "La coopérative prévoit de publier une première estimation de la récolte à la fin du mois.",
    ],
    "ru-teplo": [
        "В нескольких районах города в среду отключили отопление из-за аварии на теплотрассе, сообщили в мэрии.",
        "Без тепла остались около 120 жилых домов и две школы. Ремонтные бригады работают круглосуточно, подачу тепла обещают восстановить к вечеру четверга.",
        "Жителям рекомендуют не пользоваться мощными обогревателями, чтобы избежать перегрузки сетей.",
    ],
}
