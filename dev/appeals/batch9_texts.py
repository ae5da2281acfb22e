"""Ninth batch: written after the batch-8 changes and scored once before any change for it.
Large newspapers' paywall and subscription prompts (US, German, French), big-magazine
subscription asks, exile and Ukrainian media, a US public-radio station, a nonprofit statehouse
outlet's "republish" note with a donation line; new articles and hard negatives. Our own texts.
"""

BATCH9_APPEALS = [
    ("US national daily (metered prompt)", "en", [
        "You have reached your limit of free articles.",
        "Subscribe for unlimited access to our reporting, games and recipes. Cancel anytime.",
        "See subscription options",
        "Already a subscriber? Log in.",
    ]),
    ("US national daily (access check)", "en", [
        "Thank you for your patience while we verify access.",
        "Want all of our journalism? Subscribe.",
    ]),
    ("German news magazine (Plus article)", "de", [
        "Diesen Artikel weiterlesen mit Plus",
        "Zugang zu allen Artikeln, Podcasts und der digitalen Ausgabe. Im ersten Monat für 1 €, danach 19,99 € monatlich. Jederzeit kündbar.",
        "Jetzt für 1 € lesen",
        "Sie sind bereits Abonnent? Hier anmelden",
    ]),
    ("German weekly (Z+)", "de", [
        "Dieser Artikel ist Abonnentinnen und Abonnenten vorbehalten.",
        "Lesen Sie diesen und viele weitere Artikel mit einem Digitalabo. Die ersten vier Wochen sind kostenlos.",
    ]),
    ("French national daily (reste à lire)", "fr", [
        "Il vous reste 78 % de cet article à lire. La suite est réservée aux abonnés.",
        "Profitez d'un accès illimité à tous nos contenus dès 1,99 € par mois pendant un an.",
        "S'abonner",
        "Déjà abonné ? Se connecter",
    ]),
    ("French left daily (article réservé)", "fr", [
        "Cet article est réservé aux abonnés.",
        "Pour lire la suite, abonnez-vous. Sans engagement, résiliable à tout moment.",
    ]),
    ("US magazine (support our work)", "en", [
        "Support our work",
        "This article is one of many our writers publish every week. To keep reading, and to support independent ideas, become a subscriber.",
        "Subscribe to the magazine",
    ]),
    ("Russian exile newspaper (Europe edition)", "ru", [
        "Мы не получаем денег от государств и корпораций. Всё, что мы делаем, возможно только благодаря вам.",
        "Нам нужно собрать 25 000 евро в месяц, чтобы редакция продолжала работать. Помогите нам — сделайте пожертвование прямо сейчас.",
        "Помочь редакции",
    ]),
    ("Ukrainian outlet in Russian (club)", "ru", [
        "Присоединяйтесь к клубу читателей.",
        "Члены клуба получают статьи без рекламы и помогают нам оставаться независимыми во время войны.",
        "Вступить в клуб",
    ]),
    ("US public radio station (sustainer)", "en", [
        "Become a sustaining member",
        "Sustainers give a little every month so this station can keep news, music and community voices on the air.",
        "Start your monthly gift",
    ]),
    ("Statehouse nonprofit (republish note + ask)", "en", [
        "This story is published under a Creative Commons license, so other outlets may republish it for free.",
        "If you appreciate that, please chip in to keep our statehouse reporting free for everyone.",
    ]),
    ("UK regional group (registration + newsletter)", "en", [
        "Sign up to our daily newsletter",
        "The latest news from your town, delivered to your inbox every morning.",
        "Sign up",
        "We use your sign-up to provide content in the ways you've consented to. Read our privacy notice.",
    ]),
]

BATCH9_NEGATIVES = [
    ("paywall-business", "en", [
        "The newspaper said it now has 10 million digital subscribers and will raise the price of its basic plan to $25 a month.",
        "Executives told investors that games and cooking apps bring in a growing share of new subscriptions.",
    ]),
    ("abo-consumer", "de", [
        "Verbraucherschützer warnen vor Abofallen bei Gratis-Testangeboten im Internet.",
        "Wer einen Testzeitraum nicht rechtzeitig kündigt, zahlt oft monatlich weiter, sagte eine Sprecherin der Verbraucherzentrale.",
    ]),
    ("presse-aides", "fr", [
        "Le gouvernement va augmenter les aides à la presse de 20 millions d'euros l'an prochain, a annoncé la ministre de la Culture.",
        "Les quotidiens à faibles ressources publicitaires seront les premiers bénéficiaires.",
    ]),
    ("exile-media-report", "ru", [
        "Российские независимые СМИ в эмиграции теряют доходы: по данным исследования, пожертвования читателей сократились на треть.",
        "Редакции сокращают штат и переходят на платную подписку, рассказали авторы доклада.",
    ]),
    ("pledge-drive-report", "en", [
        "The public radio station's spring pledge drive raised $1.2 million from about 9,000 listeners, its general manager said.",
        "The station had cut two programmes last year after federal funding was reduced.",
    ]),
    ("quoted-editor", "en", [
        "At the hearing, the editor of the local weekly pleaded with lawmakers to protect small newsrooms.",
        "\"Our readers keep us alive. Without them we would have closed years ago,\" she said.",
    ]),
]

BATCH9_ARTICLES = {
    "en-wildfire": [
        "Wildfire forces evacuation of hillside neighbourhoods",
        "Firefighters were battling a fast-moving wildfire on Sunday that forced about 2,000 residents to leave their homes on the city's northern edge.",
        "Strong winds pushed the flames across a highway in the afternoon. No injuries were reported, but officials said at least a dozen houses had been damaged.",
    ],
    "en-budget": [
        "County approves budget with cuts to parks",
        "The county board approved a $410 million budget on Tuesday that trims park maintenance and delays two road projects.",
        "Supporters of the parks packed the meeting, but the board said falling sales tax revenue left it little choice.",
    ],
    "de-streik": [
        "Warnstreik legt Nahverkehr lahm",
        "Ein Warnstreik hat am Montag den Nahverkehr in mehreren Städten weitgehend lahmgelegt.",
        "Die Gewerkschaft fordert höhere Löhne und kürzere Arbeitszeiten. Die Arbeitgeber nannten den Streik unverhältnismäßig.",
    ],
    "fr-canicule": [
        "Canicule : des écoles ferment plus tôt",
        "Plusieurs communes ont décidé de fermer les écoles à midi en raison de la canicule, qui devrait durer jusqu'à la fin de la semaine.",
        "Les services de santé recommandent de boire régulièrement et d'éviter de sortir aux heures les plus chaudes.",
    ],
    "ru-flood": [
        "Паводок затопил десятки домов",
        "Из-за резкого подъёма воды в реке затоплены десятки домов в пригороде, сообщили спасатели.",
        "Жителей эвакуируют на лодках. Уровень воды, по прогнозам, начнёт снижаться через два дня.",
    ],
}
