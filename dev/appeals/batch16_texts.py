"""Sixteenth batch: written by a fifth helper after batch 15, scored once before anyone changed the
rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: an open-access reference work's friends
programme, a French news site's "three good reasons" box, exile and regional Russian-language
media, a German translation portal for independent Russian journalism), plus reader-funded,
nonprofit and membership asks written from our own knowledge, for outlet types not covered by
batches 1-15. No third-party sentence is copied.
"""

BATCH16_APPEALS = [
    ("Open-access scholarly encyclopedia (friends programme)", "en", [
        "This encyclopedia is free to read for everyone, everywhere.",
        "Its entries are written and revised by scholars and kept open access by an endowment and by individual friends. Become a friend of the encyclopedia for $5 a year and get nicely formatted PDF versions of every entry.",
        "Become a friend | Make a donation",
    ]),
    ("Volunteer-run free ebook library (donate)", "en", [
        "More than 70,000 free ebooks, made by volunteers.",
        "Every book here was scanned, proofread and formatted by someone who gave their time for free. Hosting and bandwidth are not free, though. If the library has given you something to read, please consider a small donation.",
        "Donate via card or PayPal",
    ]),
    ("Education nonprofit news network (local bureaus)", "en", [
        "Local education news can't survive without local support.",
        "Our reporters in eight cities cover what happens in classrooms and school boards, and we make every story free for families and teachers. We're a nonprofit, so gifts from readers are what keep a reporter in your city. Until December 31, every donation will be matched up to $50,000.",
        "Donate to your local bureau",
    ]),
    ("Chicago-style neighbourhood nonprofit (subscriber-supported)", "en", [
        "Neighbourhood news is only possible with your help.",
        "We're a nonprofit newsroom run by journalists who live in the neighbourhoods we cover. For $6 a month, subscribers keep our reporting free for everyone on the block.",
        "Subscribe",
        "Already a subscriber? Log in | Give a gift subscription",
    ]),
    ("Egyptian independent outlet (membership under blocking)", "en", [
        "Our website has been blocked at home for years. We keep publishing anyway.",
        "We are an independent media organisation with no government, party or business owner behind us. Become a member of our community and help pay for the journalism that can't be done anywhere else. Members receive our weekly newsletter and invitations to our events.",
        "Become a member",
    ]),
    ("Balkan investigative network (English)", "en", [
        "Support independent journalism in the Balkans",
        "Captured media and state advertising make honest reporting hard to fund in our region. Our network of investigative reporters across six countries relies on donations to follow corruption and war crimes stories to the end.",
        "Donate now",
    ]),
    ("South Caucasus independent outlet in English (membership)", "en", [
        "Dear readers,",
        "We are a small team of journalists from across the Caucasus, reporting from places international media rarely visit. Advertising barely covers our server costs. If you can, back us with a monthly contribution from as little as $2 – members also get our monthly briefing from the region.",
        "Join as a member",
    ]),
    ("Progressive nonprofit news site (deadline countdown)", "en", [
        "Only 48 hours left to raise $36,000.",
        "We're a reader-funded nonprofit with no corporate sponsors, and this fundraiser pays for our reporting through the summer. Right now we're short of our goal. Please give whatever you can before midnight on Sunday.",
        "Give now",
        "$31,412 raised of $67,000",
    ]),
    ("Fact-checking charity (support fact checking)", "en", [
        "Bad information ruins lives. Help us fight it.",
        "We're an independent fact-checking charity, and we check what politicians, newspapers and viral posts claim, then push for corrections. We don't take money from political parties. A regular donation lets us plan and respond faster.",
        "Support fact checking",
    ]),
    ("UK slow-news membership (become a member)", "en", [
        "We don't chase breaking news. We take our time to work out what's driving it.",
        "Become a member and join our editorial meetings, listen to every investigation and get our weekend long read. Membership starts at £8 a month. Students and under-30s go half price.",
        "Become a member",
    ]),
    ("German translation portal for independent Russian journalism (gemeinnützig)", "de", [
        "Wir übersetzen unabhängigen Journalismus aus Russland und Belarus ins Deutsche – und ordnen ihn ein.",
        "Dafür arbeiten wir mit Redaktionen, die im Exil weiterberichten, mit Wissenschaftlerinnen und Übersetzern zusammen. Als gemeinnütziges Projekt sind wir auf Spenden angewiesen. Jede Spende ist steuerlich absetzbar.",
        "Jetzt spenden",
    ]),
    ("German constructive-journalism magazine (Mitglied werden)", "de", [
        "Lösungen statt Schlagzeilen.",
        "Unser Magazin ist werbefrei und wird von seinen Mitgliedern getragen. Als Mitglied lesen Sie jeden Tag einen gründlich recherchierten Artikel darüber, was gegen die großen Probleme unserer Zeit hilft – und sorgen dafür, dass unsere Texte für alle offen bleiben können.",
        "Mitglied werden",
    ]),
    ("Independent French web TV (dons)", "fr", [
        "Notre chaîne n'existe que grâce à vous.",
        "Pas de milliardaire, pas de publicité, pas de subvention : nos émissions et nos enquêtes sont financées par les dons de celles et ceux qui nous regardent. Pour continuer à tourner, nous avons besoin de 3 000 nouveaux donateurs mensuels d'ici la fin de l'année.",
        "Je donne",
    ]),
    ("French tech-and-science news site (trois bonnes raisons)", "fr", [
        "Tout le monde ne peut pas payer pour s'informer.",
        "C'est pour ça que nos articles restent en accès libre. Mais si vous en avez les moyens, voici trois raisons de nous soutenir :",
        "1. Votre abonnement finance une information gratuite pour tous.",
        "2. Vous lisez sans publicité et accédez à des contenus exclusifs.",
        "3. Vous nous aidez à expliquer le monde qui vient.",
        "Je soutiens le site",
    ]),
    ("Russian exile business newsletter (рассылка)", "ru", [
        "Подпишитесь на нашу утреннюю рассылку.",
        "Каждый будний день — главное об экономике и бизнесе в России за пять минут чтения. Это бесплатно, а письма доходят даже без VPN. Если хотите, чтобы мы продолжали работать, станьте нашим донором: подписка на поддержку начинается с 5 евро в месяц.",
        "Подписаться | Поддержать",
    ]),
    ("Russian regional network of local authors (горизонтальная Россия)", "ru", [
        "Мы рассказываем о жизни в российских регионах голосами тех, кто там живёт.",
        "Наши авторы из десятков городов рискуют, чтобы писать правду о своих республиках и областях. Поддержите сеть регионального журнализма — разово или ежемесячно. Мы принимаем переводы с зарубежных карт и в криптовалюте.",
        "Поддержать",
    ]),
]

BATCH16_NEGATIVES = [
    ("licence-fee-review", "en", [
        "The government has launched a review of how the national broadcaster is funded, including whether the licence fee should be replaced by a subscription or a household levy.",
        "The fee, currently £174.50 a year, is paid by about 23 million households. Ministers said no option had been ruled out, while the broadcaster warned that a voluntary model would reduce its income by a third.",
    ]),
    ("patreon-fee-change", "en", [
        "Creators on a popular membership platform say a change to its fee structure will cost them hundreds of dollars a month.",
        "From next year, the platform will take 10 per cent of pledges instead of 8 per cent for new creators. \u201cMy patrons give $3 a month because they like the podcast, not so a tech company can take a bigger cut,\u201d one host said.",
    ]),
    ("party-membership-drive", "en", [
        "The opposition party says it signed up 14,000 new members in the fortnight after its leadership contest, taking its membership past 120,000.",
        "\u201cJoin us today and help shape what comes next,\u201d the new leader told supporters at a rally on Saturday. Membership costs \u00a35 a month, or \u00a31 for students and unemployed people.",
    ]),
    ("mutual-aid-fridge", "en", [
        "A community fridge outside a laundromat on Elm Avenue is stocked every morning by volunteers and emptied by the afternoon.",
        "Organisers said donations of fresh vegetables from two local farms had doubled since the summer, but they were struggling to find drivers. The fridge's electricity is paid for by the laundromat owner.",
    ]),
    ("newspaper-price-rise", "en", [
        "The regional daily will raise its cover price to $3 and its weekly digital subscription to $4.99 from next month, citing newsprint and postage costs.",
        "The paper has lost about a quarter of its print subscribers in five years, while digital subscriptions have grown to 41,000, according to the publisher.",
    ]),
    ("library-crowdfunding", "en", [
        "Residents of a village whose library was threatened with closure have raised \u00a358,000 through an online crowdfunding campaign to take it over as a community-run service.",
        "The parish council will provide the building rent-free, and 30 volunteers have signed up to staff it. The county council will continue to supply books.",
    ]),
    ("srg-gebuehr", "de", [
        "Die Schweizer Stimmberechtigten entscheiden im März über eine Initiative, die die Radio- und Fernsehabgabe von 335 auf 200 Franken pro Haushalt senken will.",
        "Die SRG warnt vor dem Abbau von bis zu 900 Stellen. Die Initianten argumentieren, junge Menschen nutzten das Programm kaum noch und sollten nicht dafür zahlen müssen.",
    ]),
    ("telethon-bilan", "fr", [
        "Le compteur du Téléthon affichait dimanche matin 79,4 millions d'euros de promesses de dons, un montant légèrement supérieur à celui de l'an dernier.",
        "Les organisateurs ont salué la mobilisation des bénévoles dans plus de 12 000 communes. Les fonds financent la recherche sur les maladies rares.",
    ]),
    ("foreign-agent-donations", "ru", [
        "Госдума приняла в первом чтении законопроект, запрещающий переводить деньги организациям и людям, признанным иностранными агентами.",
        "По словам авторов законопроекта, нарушителям будет грозить штраф до 500 тысяч рублей. Правозащитники считают, что цель закона — лишить независимые СМИ пожертвований читателей.",
    ]),
]

BATCH16_ARTICLES = {
    "en-tram": [
        "Tram extension opens to the airport",
        "The city's new tram extension to the airport opened on Sunday, cutting the journey from the central station to 24 minutes.",
        "Trams will run every ten minutes from 5am. Officials expect 9,000 passengers a day within the first year.",
    ],
    "en-flood": [
        "Flood defences completed along the river",
        "Work on a £32 million flood defence scheme along the river has been completed a year ahead of schedule, the Environment Agency said.",
        "The new walls and pumping station protect about 1,400 homes that were flooded in 2015. A riverside path has reopened.",
    ],
    "en-school": [
        "District to start school an hour later",
        "High schools in the district will begin classes at 8:45 a.m. instead of 7:45 a.m. from next autumn, the school board decided on Thursday.",
        "Supporters cited research on teenagers' sleep. Some parents worried about after-school jobs and sports practices running later into the evening.",
    ],
    "de-brauerei": [
        "Traditionsbrauerei wird Genossenschaft",
        "Eine 300 Jahre alte Brauerei im Landkreis wird von einer Genossenschaft mit mehr als 2.000 Mitgliedern übernommen, nachdem die Inhaberfamilie keinen Nachfolger gefunden hat.",
        "Alle 34 Arbeitsplätze bleiben erhalten. Das Bier soll weiter nach dem alten Rezept gebraut werden.",
    ],
    "fr-piscine": [
        "La piscine municipale fermée pour l'été",
        "La piscine municipale restera fermée tout l'été en raison d'une fuite dans le bassin principal, a annoncé la mairie.",
        "Les nageurs sont invités à se rendre au centre aquatique de la commune voisine, où un tarif réduit leur sera accordé.",
    ],
    "ru-snow": [
        "Город завалило снегом",
        "За сутки в городе выпала месячная норма осадков, на дорогах образовались многокилометровые пробки.",
        "Коммунальные службы вывели на улицы всю технику. Мэрия попросила жителей по возможности отказаться от поездок на личных автомобилях.",
    ],
}
