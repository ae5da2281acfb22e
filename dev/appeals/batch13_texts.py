"""Thirteenth batch: written by the fourth helper after batch 12, scored once before anyone changed
the rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: faith-based and francophone African outlets,
podcast crowdfunding, Russian-language podcast and exile sites), for outlet types not covered by
batches 1-12. No third-party sentence is copied.
"""

BATCH13_APPEALS = [
    ("Daily news podcast (follow in your app)", "en", [
        "Prefer to listen?",
        "Our morning podcast walks you through the day's biggest story in 20 minutes. Follow it free on Apple Podcasts, Spotify or wherever you get your podcasts, and turn on notifications so you never miss an episode.",
    ]),
    ("Weather site (premium radar, ad-free)", "en", [
        "Go Premium",
        "Get minute-by-minute rain alerts, 15-day forecasts and our high-resolution radar with no ads. Try it free for 7 days, then $2.99 a month.",
        "Try Premium free",
    ]),
    ("Singapore independent news site (subscription)", "en", [
        "Independent journalism in Singapore survives on reader subscriptions.",
        "We don't take money from the government or from big advertisers. Subscribe from S$10 a month to read our long-form reporting and keep it free of outside influence.",
        "Subscribe",
    ]),
    ("Hawaii nonprofit newsroom (mahalo, membership)", "en", [
        "Mahalo for reading.",
        "Our reporting on the islands is free for everyone because members pay for it. Join today with a tax-deductible gift of $10 a month or more and help us keep watch over state government.",
        "Become a member",
    ]),
    ("Diocesan Catholic newspaper (gift keeps it free)", "en", [
        "Faith-based news, free for all.",
        "Our paper no longer charges a subscription, so that every parishioner can read it. Your gift, however small, keeps it that way. Please consider supporting our ministry of the press today.",
        "Give now",
    ]),
    ("Culture magazine (Black Friday subscription sale)", "en", [
        "BLACK FRIDAY SALE: 12 issues for $12",
        "Print and digital, delivered monthly, plus unlimited access to our archive. Ends Monday at midnight.",
        "Claim the offer",
    ]),
    ("Markets newsletter (free trial of premium)", "en", [
        "This is a preview of Market Brief Premium.",
        "Start a 14-day free trial to read the full analysis, download our model portfolio and get trade alerts by email. No commitment: cancel before the trial ends and you won't be charged.",
        "Start free trial",
    ]),
    ("Legal trade publication (team licence)", "en", [
        "Need access for your whole firm?",
        "Our group subscriptions give every lawyer in your practice unlimited access to rulings, analysis and the daily docket alert, at a discounted per-seat rate.",
        "Request a quote for your team",
    ]),
    ("Photojournalism collective (print sale fundraiser)", "en", [
        "Support our photographers: buy a print.",
        "For two weeks only, signed 8x10 prints from this series are available for \u20ac60 each. Every euro goes to funding our next assignment in the field.",
        "Shop the print sale",
    ]),
    ("Health news nonprofit (goal meter, December 31)", "en", [
        "We're 82% of the way to our $250,000 year-end goal.",
        "Only 4 days left. If you value independent health reporting that no drug company pays for, please make a gift before December 31. A board member will match it, dollar for dollar.",
        "Give before midnight Dec. 31",
    ]),
    ("Swiss German regional daily (Digital-Abo, 1 Franken)", "de", [
        "Lesen Sie weiter mit unserem Digital-Abo.",
        "Der erste Monat kostet nur 1 Franken, danach 19 Franken monatlich. Jederzeit kündbar.",
        "Jetzt für 1 Franken testen",
        "Bereits Abonnentin oder Abonnent? Hier einloggen.",
    ]),
    ("German church weekly (Bistumszeitung, Probeabo)", "de", [
        "Gefällt Ihnen unsere Kirchenzeitung?",
        "Lernen Sie uns vier Wochen lang kostenlos kennen: Das Probeabo endet automatisch. Wer uns darüber hinaus helfen möchte, kann unsere Arbeit mit einer Spende unterstützen.",
    ]),
    ("Senegalese news site (abonnement via Wave / Orange Money)", "fr", [
        "Soutenez une information libre au Sénégal.",
        "Abonnez-vous pour 2 000 FCFA par mois et payez simplement par Wave, Orange Money ou carte bancaire. Votre abonnement finance nos reporters dans les régions.",
        "Je m'abonne",
    ]),
    ("French podcast (campagne Ulule pour la saison 2)", "fr", [
        "La saison 2 ne se fera pas sans vous !",
        "Nous avons lancé une campagne sur Ulule pour financer huit nouveaux épisodes. Il reste 12 jours pour atteindre 25 000 €. Dès 10 €, votre nom au générique ; dès 50 €, une rencontre avec l'équipe.",
        "Je participe à la campagne",
    ]),
    ("Russian-language interview podcast (Patreon)", "ru", [
        "Этот выпуск вышел благодаря нашим патронам.",
        "Подпишитесь на нас на Patreon: от 5 долларов в месяц вы получаете выпуски на день раньше и без рекламы, а от 15 — закрытый чат с ведущими.",
        "Поддержать на Patreon",
    ]),
    ("Russian-language science site (monthly gift, spending report)", "ru", [
        "Наука не должна быть платной.",
        "Все наши материалы открыты, и мы каждый квартал публикуем отчёт о том, на что потрачены пожертвования. Оформите ежемесячный платёж от 300 рублей — это лучший способ помочь нам планировать работу.",
        "Помогать ежемесячно",
    ]),
]

BATCH13_NEGATIVES = [
    ("obituary-in-lieu", "en", [
        "Margaret Ellen Doyle, 87, a retired schoolteacher who taught third grade in Millford for 34 years, died peacefully on Sunday surrounded by her family.",
        "She is survived by two daughters, five grandchildren and her beloved cat, Pepper. A memorial service will be held at St. Anne's Church on Saturday at 11 a.m.",
        "In lieu of flowers, the family asks that donations be made to the Millford Public Library Foundation.",
    ]),
    ("fan-fundraiser", "en", [
        "Supporters of the non-league club have raised \u00a3186,000 in ten days to pay off a tax bill that threatened to wind it up.",
        "\u201cEvery pound counts, and every fan who chipped in has saved this club,\u201d the supporters' trust chairman said outside the ground on Saturday. The trust still needs \u00a340,000 to meet the court deadline.",
    ]),
    ("hospital-gift", "en", [
        "A local couple has given $20 million to the county hospital's foundation, the largest gift in its history, to build a new cancer treatment wing.",
        "The foundation said the gift would be matched by $5 million from the state. Construction is expected to begin next spring.",
    ]),
    ("crypto-donations-report", "en", [
        "Charities received an estimated $2 billion in cryptocurrency donations last year, according to a report by a giving platform, up from $1.1 billion the year before.",
        "Most gifts arrived in bitcoin and stablecoins such as USDT, the report said, and many donors gave around the end of the tax year to reduce their capital gains.",
    ]),
    ("subscription-results", "en", [
        "The Valley Gazette said on Tuesday that its digital subscribers rose to 48,000 in the quarter after it introduced a $1-for-three-months introductory offer.",
        "The publisher said about 60 percent of those who took the offer kept paying the full $12 monthly rate, and that the paper would add two reporters in the spring.",
    ]),
    ("tafel-spenden", "de", [
        "Die Tafel in der Südstadt versorgt inzwischen mehr als 900 Haushalte pro Woche, fast doppelt so viele wie vor zwei Jahren.",
        "„Wir sind auf jede Spende angewiesen“, sagte die Leiterin am Freitag. Vor allem haltbare Lebensmittel und Hygieneartikel würden gebraucht. Wer helfen möchte, kann Waren dienstags und donnerstags in der Ausgabestelle abgeben.",
    ]),
    ("sidaction-bilan", "fr", [
        "Le Sidaction a recueilli 4,1 millions d'euros de promesses de dons au terme de son week-end de mobilisation, un montant stable par rapport à l'an dernier, a annoncé l'association.",
        "« Chaque don compte pour la recherche et pour les malades », a rappelé sa présidente, en soulignant la baisse du nombre de jeunes donateurs.",
    ]),
    ("souscription-patrimoine", "fr", [
        "La commune a lancé une souscription avec une fondation du patrimoine pour restaurer le clocher de son église, fissuré depuis les orages de juin.",
        "Les dons ouvrent droit à une réduction d'impôt, précise la mairie, qui espère réunir 150 000 euros d'ici l'été. Une centaine d'habitants ont déjà participé.",
    ]),
    ("school-repair-collection", "ru", [
        "Родители учеников школы № 14 собрали около 600 тысяч рублей на ремонт спортзала, крыша которого протекает уже третий год.",
        "«Мы не можем больше ждать денег из бюджета», — сказала председатель родительского комитета. В администрации района пообещали выделить оставшуюся сумму в следующем году.",
    ]),
    ("politician-fundraising-email-report", "en", [
        "The governor's re-election campaign sent supporters more than 40 fundraising emails in the final week of the quarter, according to a tally by a watchdog group.",
        "One message, titled \u201cWe're falling short,\u201d told recipients that \u201conly you can close the gap\u201d and asked for $5. The campaign declined to comment on its email strategy.",
    ]),
]

BATCH13_ARTICLES = {
    "en-clinic": [
        "Rural clinic to add weekend hours",
        "The only health clinic in Pine County will open on Saturdays from next month, after the state approved funding for a second nurse practitioner.",
        "Patients currently drive up to an hour to reach an urgent care centre when the clinic is closed.",
    ],
    "en-wildfire": [
        "Crews contain hillside fire near reservoir",
        "Firefighters contained a 300-acre brush fire near the reservoir on Thursday evening after a day-long effort involving two helicopters.",
        "No homes were damaged. Investigators believe the fire was started by sparks from a mower.",
        "A section of the lakeside trail will stay closed through the weekend.",
    ],
    "en-port": [
        "Port workers approve new contract",
        "Dockworkers voted by a wide margin to accept a four-year contract that raises wages by 14 percent, their union said.",
        "The agreement ends months of slowdowns that had left container ships waiting offshore.",
    ],
    "de-schule": [
        "Grundschule bekommt einen Anbau",
        "Der Gemeinderat hat am Dienstag einstimmig den Anbau an die Grundschule beschlossen. Vier neue Klassenzimmer und eine Mensa sollen bis 2028 entstehen.",
        "Die Kosten werden auf 6,8 Millionen Euro geschätzt, ein Teil davon kommt aus einem Förderprogramm des Landes.",
    ],
    "fr-crue": [
        "La Loire en crue, plusieurs routes coupées",
        "Après quatre jours de fortes pluies, la Loire a dépassé la cote d'alerte dans la nuit de dimanche à lundi, selon la préfecture.",
        "Une dizaine de routes départementales sont fermées et les écoles de deux communes riveraines resteront fermées mardi.",
    ],
    "ru-airport": [
        "Аэропорт закрыли из-за тумана",
        "Утром в аэропорту задержали больше двадцати рейсов из-за густого тумана, сообщила пресс-служба авиагавани.",
        "Часть самолётов ушла на запасные аэродромы. К обеду видимость улучшилась, и расписание начали восстанавливать.",
    ],
}
