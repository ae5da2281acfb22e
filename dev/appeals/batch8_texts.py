"""Eighth batch: written after the batch-7 changes and scored once before any change for it
(the latest honest estimate). Support platforms (Ko-fi, Steady, Tipeee, Boosty), benefit lists,
gift subscriptions, messenger-channel pitches, appeals with link brackets, a German encyclopedia
banner, a Canadian French co-op, a Scandinavian English-language site; new articles and hard
negatives (subscription prices, transfer fees, legal-fee crowdfunding, quoted charity calls).
Our own texts.
"""

BATCH8_APPEALS = [
    ("Independent blog-newsroom (Ko-fi)", "en", [
        "Enjoyed this piece?",
        "I write this newsletter on my own, with no publisher behind me. If it helped you, you can buy me a coffee on Ko-fi. It keeps the lights on.",
        "[Buy me a coffee]",
    ]),
    ("German independent magazine (Steady)", "de", [
        "Gefällt Ihnen unsere Arbeit?",
        "Wir finanzieren uns ausschließlich über unsere Leserinnen und Leser. Mit einem Steady-Abo ab 3 Euro im Monat sorgen Sie dafür, dass alle Texte frei lesbar bleiben.",
        "[Jetzt unterstützen]",
    ]),
    ("French independent site (Tipeee)", "fr", [
        "Ce site vit uniquement grâce à ses lectrices et lecteurs.",
        "Pas de pub, pas de mécène : si vous appréciez nos articles, soutenez-nous sur Tipeee, à partir de 1 € par mois.",
    ]),
    ("Russian-language blog media (Boosty)", "ru", [
        "Нас читают бесплатно, но работа журналистов стоит денег.",
        "Подпишитесь на нас на Boosty — от 200 рублей в месяц — и получайте материалы на день раньше.",
    ]),
    ("Membership with benefit list", "en", [
        "Members get more.",
        "- An ad-free site and app",
        "- Our weekly members-only newsletter",
        "- Invitations to live events with our reporters",
        "Join for $6 a month",
    ]),
    ("Gift subscription promotion", "en", [
        "Give the gift of great journalism this holiday season.",
        "Gift subscriptions start at $29 for a full year and arrive with a personal note from you.",
        "Give a gift",
    ]),
    ("Messenger channel pitch (Russian)", "ru", [
        "Подписывайтесь на наш телеграм-канал, чтобы первыми узнавать главные новости.",
        "Если у вас заблокирован сайт, читайте нас через зеркало или VPN.",
    ]),
    ("German encyclopedia banner", "de", [
        "An alle, die Wikipedia in Deutschland nutzen:",
        "Heute bitten wir Sie um Unterstützung. Die meisten spenden, weil sie Wikipedia nützlich finden. Wenn alle, die das gerade lesen, 5 € geben würden, wäre unser Spendenziel in einer Stunde erreicht.",
        "Jetzt spenden",
    ]),
    ("Quebec regional co-op daily (French)", "fr", [
        "Votre journal régional est une coopérative.",
        "Devenez membre de la coopérative pour 100 $ une seule fois et aidez-nous à garder une information locale forte dans votre région.",
    ]),
    ("Nordic English-language site (supporter)", "en", [
        "Local news in English for people living in Sweden.",
        "We're independent and funded by our supporters. Become one from 49 kronor a month and get our morning briefing by email.",
    ]),
    ("Link-bracket appeal at end", "en", [
        "Reporting like this is only possible with your help. [Donate today] or [become a sustaining member] — it takes two minutes.",
    ]),
    ("Nonprofit local site (matching gift deadline)", "en", [
        "DEADLINE MIDNIGHT",
        "Every gift made before the end of the year will be doubled by a local foundation, up to $25,000.",
        "Double my gift",
    ]),
]

BATCH8_NEGATIVES = [
    ("subscription-price", "en", [
        "The streaming service will raise its standard monthly subscription from $15.49 to $17.99 in January, the company said in a letter to customers.",
        "Subscribers who pay annually will see the increase when their plan renews. Analysts expect other services to follow.",
    ]),
    ("transfer-fee", "en", [
        "The club confirmed the signing of the 21-year-old striker for a fee of €42 million on a five-year contract.",
        "Supporters had started an online petition asking the owners to spend more in the summer window.",
    ]),
    ("legal-fees-crowdfund", "en", [
        "Supporters of the jailed activist have raised more than $90,000 for her legal fees through a crowdfunding page, her lawyer said.",
        "\"We are overwhelmed. Every contribution helps us fight this case,\" the page says. Prosecutors have asked for a ten-year sentence.",
    ]),
    ("caritas-appeal", "de", [
        "Die Caritas ruft angesichts der Kälte zu Spenden für Obdachlose auf.",
        "„Jeder Euro hilft, eine warme Mahlzeit und einen Schlafsack zu finanzieren“, sagte der Direktor am Montag. Spenden sind über das Spendenkonto der Caritas möglich.",
    ]),
    ("church-collection", "en", [
        "Parishes across the diocese held a second collection on Sunday for families affected by the mine closure.",
        "The bishop said the money would go to a hardship fund run by the local credit union.",
    ]),
    ("union-strike-fund", "fr", [
        "Les syndicats ont lancé une caisse de grève en ligne qui a déjà recueilli 300 000 euros, selon l'intersyndicale.",
        "Les dons permettront d'indemniser les grévistes les plus précaires.",
    ]),
    ("media-bankruptcy", "ru", [
        "Независимое издание объявило о закрытии после того, как у него закончились деньги, сообщил главный редактор.",
        "По его словам, пожертвования читателей покрывали лишь треть расходов после блокировки карт.",
    ]),
]

BATCH8_ARTICLES = {
    "en-harbour": [
        "Harbour dredging to start in spring",
        "Work to deepen the main shipping channel will begin in April and last about nine months, the port authority said on Monday.",
        "The project is meant to let larger container ships dock without waiting for high tide. Fishermen worry that the dredging will disturb spawning grounds near the breakwater.",
        "The authority said it would pause work during the spawning season in May.",
    ],
    "en-library": [
        "Branch library reopens after flood repairs",
        "The Northside branch library reopened on Saturday after eight months of repairs following last summer's flooding.",
        "Staff said about 4,000 books had to be replaced. The children's section now sits on the upper floor.",
    ],
    "de-radweg": [
        "Neuer Radweg entlang des Kanals eröffnet",
        "Der drei Kilometer lange Radweg am Kanal ist am Samstag offiziell eröffnet worden.",
        "Die Stadt investierte rund 2,1 Millionen Euro. Radverbände lobten die Strecke, kritisieren aber fehlende Anschlüsse an die Innenstadt.",
    ],
    "fr-ecole": [
        "Une école fermée après des infiltrations d'eau",
        "L'école primaire du quartier des Tilleuls restera fermée jusqu'à la fin de la semaine après la découverte d'infiltrations dans le toit.",
        "Les élèves seront accueillis dans deux écoles voisines. La mairie promet des travaux pendant les vacances.",
    ],
    "ru-metro": [
        "В городе открыли новую станцию метро",
        "В субботу в городе открылась новая станция метро, первая за последние пять лет.",
        "По данным мэрии, станцией будут пользоваться около 40 тысяч пассажиров в день.",
    ],
}
