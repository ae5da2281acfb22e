"""Twenty-sixth batch: written by a tenth helper after batch 25, never scored before being committed
(its first run is the honest estimate). Our own paraphrases of reader-funded, nonprofit, exile,
wiki-style, magazine, podcast, newsletter and event/membership asks (structure and vocabulary as
read in stored public pages), for outlet types not covered by batches 1-25. No third-party
sentence is copied.
"""

BATCH26_APPEALS = [
    ("Chinese independent outlet in exile (English edition)", "en", [
        "What the censors delete, we publish",
        "Our editors left mainland China and Hong Kong so they could keep writing freely. We translate censored posts, verify leaked documents and report on the people the state wants forgotten. We accept no money from any government. Support us with a monthly gift of $6 and help keep this window open.",
        "Support us",
        "Your name will never be published.",
    ]),
    ("Labour and workplace nonprofit newsroom", "en", [
        "News for people who work for a living",
        "Business pages are written for shareholders. We write for warehouse pickers, nurses, teachers and delivery drivers, and we are paid for by them, not by their bosses. If our reporting on wages, safety and strikes has helped you, give what you can, from $3.",
        "Give $3",
        "Give $12",
        "Give monthly",
        "In solidarity, and thank you.",
    ]),
    ("Independent feminist magazine (subscribe or donate)", "en", [
        "Hey, before you close this tab",
        "This magazine has been run by women since it first came off a photocopier in 1996, and we still take no beauty or diet ads. Subscribe for $4 a month to read every issue, or make a one-time donation if a subscription isn't for you.",
        "Subscribe",
        "Donate",
    ]),
    ("Independent football fanzine's website (print subscription)", "en", [
        "Love this? Get it on paper.",
        "We've been writing about the game from the terraces for thirty years, with no club, league or betting firm paying for a word of it. Subscribe to the print mag: eight issues a year through your letterbox for £30, postage included.",
        "Subscribe to the mag",
        "Buy back issues",
    ]),
    ("Volunteer-written wildlife species encyclopedia (donation banner)", "en", [
        "A quick note before you read about the barn owl",
        "Our species pages are written and checked by volunteer naturalists and used by schools, birdwatchers and rangers. We carry no ads. Running the site costs about $4 a day. If you learned something today, please give the price of a coffee.",
        "Give $4",
        "I already gave",
        "Not this time",
    ]),
    ("Scottish island weekly newspaper (digital subscription)", "en", [
        "Read the whole paper online",
        "Our reporters cover the ferries, the council, the crofts and the shinty every week, as the island's paper has done since 1885. A digital subscription is £1.50 a week and brings you the full edition every Thursday morning, wherever in the world you are.",
        "Subscribe now",
        "Moved away? Gift a subscription to family back home.",
    ]),
    ("Nonprofit city newsroom's live-journalism event (member tickets)", "en", [
        "Join us live: Who runs this city?",
        "Our reporters and three former mayors on stage for an evening of questions, October 14 at the Central Library. Members get in free; for everyone else, tickets are $15. Not a member yet? Join tonight from $8 a month and bring a friend.",
        "Get tickets",
        "Become a member",
    ]),
    ("Nonprofit science magazine (editorially independent, tax-deductible gifts)", "en", [
        "Science journalism that answers to readers",
        "We are a nonprofit magazine: no drug company, university or industry group decides what we cover. Our reporting on vaccines, climate and the replication crisis is free because readers give. A gift of $25 pays for an hour of fact-checking.",
        "Make a gift",
        "Gifts are tax-deductible to the extent allowed by law.",
    ]),
    ("Solo reporter's newsletter (founding-member tier)", "en", [
        "A note from me",
        "I left my newspaper job last spring to cover the state's prisons full-time, on my own. About 400 of you now pay for this newsletter, and that is the only reason it exists. If you can, upgrade to paid for $7 a month, or become a founding member and your name goes in the acknowledgements of my book.",
        "Upgrade to paid",
        "Become a founding member",
        "— Dana",
    ]),
    ("Malaysian reader-funded news site (pay what you can)", "en", [
        "Pay what you can, read what matters",
        "We broke the stories on the state investment fund and the flood-wall contracts, and we did it without a tycoon or a political party owning us. Our news is free to read. If you can, pay RM10 a month; if you can't, pay what you can, or share our stories. Every ringgit keeps us independent.",
        "Pay what you can",
        "Share this story",
    ]),
    ("Online-Gedenkdatenbank eines Vereins zu verfolgten Nachbarn (Spendenbanner)", "de", [
        "Erinnerung braucht Menschen – und ein wenig Geld",
        "Ehrenamtliche haben in unserer Datenbank die Lebensgeschichten von über 9.000 verfolgten Menschen aus der Region zusammengetragen. Sie ist für alle frei zugänglich, für Schulen, Familien und Forschende. Bitte helfen Sie mit einer Spende von 10 Euro, damit sie online bleibt.",
        "10 € spenden",
        "Anderer Betrag",
        "Später erinnern",
    ]),
    ("Deutschsprachiger Außenpolitik-Podcast (Unterstützer werden)", "de", [
        "Ihnen gefällt diese Folge?",
        "Wir produzieren unseren Podcast über Außen- und Sicherheitspolitik zu zweit und ohne Sender im Rücken. Werden Sie Unterstützerin oder Unterstützer ab 4 Euro im Monat, dann hören Sie jede Folge werbefrei und bekommen eine Bonusfolge im Monat.",
        "Unterstützer werden",
        "Danke, dass Sie zuhören!",
    ]),
    ("Quotidien en ligne haïtien francophone (dons de la diaspora)", "fr", [
        "Informer Haïti, même dans la tourmente",
        "Nos journalistes travaillent à Port-au-Prince malgré les gangs, les pénuries et les coupures. Nous restons indépendants des partis et des grandes familles d'affaires. Depuis Montréal, Miami ou Paris, vous pouvez nous aider : chaque don, même de 10 dollars, paie un reportage sur le terrain.",
        "Soutenir la rédaction",
        "Don sécurisé par carte ou PayPal",
    ]),
    ("Média indépendant corse en français (abonnement solidaire)", "fr", [
        "Abonnement solidaire",
        "Vous lisez nos enquêtes sur le foncier, les déchets et la vie des villages ? Pour que l'information locale reste accessible à tous, ceux qui le peuvent paient un peu plus : 8 € par mois pour vous, et un abonnement offert à un étudiant ou à un lecteur aux revenus modestes.",
        "Je prends un abonnement solidaire",
        "Voir les autres formules",
    ]),
    ("Деколониальное медиа о национальных республиках (на русском, донаты)", "ru", [
        "Голоса, которых не слышно из Москвы",
        "Мы рассказываем о Бурятии, Якутии, Туве, Башкортостане и других регионах, чьи жители непропорционально часто гибнут на войне, а в федеральных СМИ их истории не звучат. Наши авторы — выходцы из этих регионов. Поддержите нас: даже 5 долларов в месяц помогают платить гонорары.",
        "Задонатить",
        "Спасибо, что читаете нас.",
    ]),
    ("Медиа о правах трудовых мигрантов из Центральной Азии (на русском, пожертвования)", "ru", [
        "Помогите нам рассказывать о тех, кого не замечают",
        "Мы пишем о трудовых мигрантах: о рейдах, задержанных зарплатах, пытках в отделах полиции и о том, как выжить в чужом городе. Наша редакция живёт на пожертвования читателей. Переведите любую сумму — картой или через криптокошелёк.",
        "Сделать пожертвование",
        "Как мы тратим деньги",
    ]),
]

BATCH26_NEGATIVES = [
    ("funeral-fundraiser-family-statement", "en", [
        "The family of a firefighter who died battling a warehouse blaze last week has set up an online fundraiser to cover funeral costs and support his three children.",
        "\"We are asking anyone who can to donate, even a few dollars. He gave everything for this town,\" his sister said in a statement. The page had raised more than $310,000 by Sunday evening.",
        "The fire department said a memorial service would be held on Friday.",
    ]),
    ("union-hardship-fund", "en", [
        "As the nurses' strike entered its fourth week, the union asked members who are still working to contribute to a hardship fund for those on the picket line.",
        "\"We're asking every member to give an hour's pay a week. Stand with us and we will win this together,\" the union's president told a rally on Tuesday.",
        "The hospital said it had made its final offer of a 9 percent raise over three years.",
    ]),
    ("friends-of-library-book-sale", "en", [
        "The Friends of the Library will hold their annual book sale this weekend, with more than 20,000 donated books on offer at $1 each.",
        "The volunteer group, which has 600 members paying $25 a year, raised $48,000 last year for the children's reading programme. \"Join us, bring a bag and fill it,\" its chair said.",
        "The sale opens at 9 a.m. on Saturday in the library basement.",
    ]),
    ("blood-shortage-appeal", "en", [
        "The regional blood service warned on Monday that its supplies of O-negative blood had fallen to less than two days' worth after a holiday slump in donations.",
        "\"Please, if you are eligible, book an appointment and donate this week,\" the service's medical director said. \"One donation can help save three lives.\"",
        "Extra sessions have been added in six towns, and first-time donors are particularly needed.",
    ]),
    ("newsletter-industry-analysis", "en", [
        "Newsletters have become the front door for many news outlets, a report by media researchers published on Thursday found.",
        "The sign-up boxes studied rarely differ: a headline such as \"Don't miss a thing\", a promise that the newsletter is free, and a button reading \"Sign up\". The researchers found that boxes placed halfway down an article attracted three times as many sign-ups as those at the end.",
        "Only a small share of newsletter readers later pay for a subscription, the report said.",
    ]),
    ("dark-money-group-spending", "en", [
        "A political nonprofit that does not disclose its donors spent more than $30 million on advertising in the Senate race, new filings show.",
        "The group's fundraising emails promised supporters that \"your gift today will be matched five times\" and urged them to \"give before the deadline\". Campaign-finance experts said the match claims were impossible to verify.",
        "The group said it complies with all disclosure laws.",
    ]),
    ("sportverein-mitgliederwerbung", "de", [
        "Der Turnverein sucht dringend neue Mitglieder und Übungsleiter. Seit der Pandemie ist die Zahl der Mitglieder von 900 auf gut 600 gesunken.",
        "\"Kommen Sie vorbei, machen Sie mit und unterstützen Sie uns als Mitglied\", sagte die Vorsitzende bei der Jahreshauptversammlung. Der Beitrag liegt bei 8 Euro im Monat, Kinder zahlen die Hälfte.",
        "Am Sonntag lädt der Verein zu einem Tag der offenen Tür in die Sporthalle ein.",
    ]),
    ("librairie-financement-participatif", "fr", [
        "La dernière librairie indépendante du quartier a lancé une campagne de financement participatif pour racheter les murs de sa boutique, mis en vente par le propriétaire.",
        "« Sans vous, nous fermons. Chaque contribution compte, même 10 euros », écrivent les libraires sur la page de la collecte. Près de 35 000 euros ont déjà été réunis sur les 80 000 nécessaires.",
        "La mairie étudie la possibilité d'un prêt à taux zéro.",
    ]),
    ("poiskoviki-volontery", "ru", [
        "Добровольческий поисковый отряд, который ищет пропавших людей в лесах области, рассказал о нехватке денег на топливо и связь.",
        "«Мы существуем только на пожертвования. Помогите нам, если можете: каждый рубль — это километры поиска», — сказал координатор отряда. За год добровольцы нашли живыми более двухсот человек.",
        "Областные власти пообещали рассмотреть возможность выделения гранта.",
    ]),
]

BATCH26_ARTICLES = {
    "en-hospital-parking": [
        "Parking charges at the county hospital will be scrapped for patients and visitors from April, the health board announced on Monday.",
        "The board said the fees raised about $1.2 million a year but had become a burden for families visiting relatives on long stays. Staff will continue to pay a reduced rate.",
        "A new multi-storey car park is due to open next year.",
    ],
    "en-snowfall": [
        "Heavy snow closed dozens of schools and stranded drivers on the mountain pass on Wednesday, the earliest major snowfall in the region in a decade.",
        "Ploughs worked through the night, and the highway department said the pass would reopen once avalanche control was complete. Several villages lost power for hours.",
        "Forecasters expect milder weather by the weekend.",
        "Residents were asked to check on elderly neighbours.",
    ],
    "en-museum-roof": [
        "The city museum will close for six months from January so that its leaking glass roof can be replaced.",
        "Curators have begun moving paintings and fossils into storage. Some of the collection will go on tour to other museums while the work is under way.",
        "The project will cost $7.5 million, shared between the city and the state.",
    ],
    "de-radweg": [
        "Der neue Radweg entlang der Bundesstraße ist am Freitag freigegeben worden. Er verbindet zwei Nachbargemeinden auf einer Länge von sieben Kilometern.",
        "Jahrelang hatten Anwohner eine sichere Verbindung gefordert, nachdem es mehrere schwere Unfälle gegeben hatte. Der Bau kostete rund 3,4 Millionen Euro.",
        "Ein zweiter Abschnitt soll im nächsten Jahr folgen.",
    ],
    "fr-ligne-bus": [
        "Une nouvelle ligne de bus reliera la gare au quartier de l'hôpital à partir de lundi, a annoncé la communauté d'agglomération.",
        "Les bus passeront toutes les quinze minutes en semaine. Les habitants réclamaient cette liaison depuis la fermeture de l'ancienne ligne il y a trois ans.",
        "Le trajet sera gratuit pendant le premier mois.",
    ],
    "ru-park": [
        "Реконструкция центрального парка завершится к лету, сообщили в городской администрации.",
        "В парке обновят дорожки, освещение и детские площадки, а у пруда появится новая набережная. Работы начались прошлой осенью и идут по графику.",
        "На время ремонта часть парка закрыта для посетителей.",
    ],
}
