"""Twenty-first batch: written by an eighth helper after batch 20, scored once before anyone changed
the rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: independent newsrooms' year-end asks with a
goal and a date, suggested monthly and one-time amounts, PayPal or a cheque by post, donor
benefits), plus reader-funded, nonprofit, exile, encyclopedia/wiki, public-media and newsletter
asks written from our own knowledge, for outlet types not covered by batches 1-20. No third-party
sentence is copied.
"""

BATCH21_APPEALS = [
    ("State-capitol nonprofit newsroom (year-end goal, PayPal or cheque by mail)", "en", [
        "We're $23,000 short of our year-end goal",
        "Our four reporters are the only full-time press corps left at the state capitol. Readership has never been higher, but gifts have slowed since the summer. If you count on us to watch the legislature, chip in whatever you can before January 1 so we start the session at full strength.",
        "Give monthly: $10",
        "Give once: $95",
        "Prefer PayPal or a cheque by mail? See all the ways to give.",
    ]),
    ("Independent student newspaper (alumni asked to fund the print edition)", "en", [
        "Alumni: keep the presses running",
        "The university stopped funding our paper two years ago. Student editors now raise every dollar for printing, travel to away games and the legal help we need when officials stonewall us. A gift of $25 prints 500 copies of one issue.",
        "Support student journalism",
    ]),
    ("UK community radio charity (Gift Aid, Friends of the station)", "en", [
        "Become a Friend of the station",
        "We're a registered charity run by 120 volunteers, on air 24 hours a day with local music, news and the only Saturday sports phone-in in the county. From £3 a month you help pay for the transmitter and the studio rent.",
        "If you're a UK taxpayer, tick the Gift Aid box and we can claim an extra 25p for every £1 you give.",
        "Join the Friends",
    ]),
    ("Armenian diaspora English-language news site (reader-funded)", "en", [
        "Dear readers,",
        "We report from Yerevan, Gyumri and the border villages in English so the world can follow what happens here. We have no oligarch, no party and no government behind us — only you. Support us monthly starting from just $3, or make a one-time gift.",
        "Stand with independent Armenian media",
    ]),
    ("Volunteer-edited open street map project (annual donation drive)", "en", [
        "The map you just used was drawn by volunteers.",
        "Millions of apps, aid agencies and hikers rely on our free map data every day. The foundation that keeps the servers running has a tiny budget and no advertising. Please give £5, £10 or whatever you can this week.",
        "Donate to the map",
        "Close",
    ]),
    ("Volunteer travel-guide wiki (site banner)", "en", [
        "Free travel guides, written by travellers",
        "No sponsored hotels, no paid rankings — every guide on this site is written and kept up to date by volunteers. If a page helped you plan a trip, consider giving the price of a coffee so it stays free for the next traveller.",
        "Give now",
        "Remind me later",
    ]),
    ("Nonprofit science news magazine (\"a small favour to ask\", ad-free)", "en", [
        "Before you go, we have a small favour to ask.",
        "Our science reporting is free for everyone, with no paywall and no advertisers deciding what we cover. That's possible only because readers who can afford it give a little. It takes a minute, and every gift, however small, keeps evidence in the public conversation.",
        "Support science journalism",
        "Visa · Mastercard · PayPal · Apple Pay",
    ]),
    ("Haitian independent newsroom (English edition, diaspora readers)", "en", [
        "Haiti's story, told by Haitian journalists",
        "Our reporters work in Port-au-Prince, Cap-Haïtien and Les Cayes under constant threat, yet we keep publishing in English, French and Kreyòl. Readers in the diaspora fund most of what we do. A monthly gift of $7 covers a reporter's transport for a week.",
        "Donate",
        "Donations are tax-deductible in the US through our fiscal sponsor.",
    ]),
    ("Nonprofit farm and rural-affairs newsroom newsletter box", "en", [
        "Get the Field Notes newsletter",
        "Crop prices, water rights and rural health, explained every Tuesday by reporters who grew up on farms. It's free.",
        "Email address",
        "Sign me up",
        "No spam. One click to unsubscribe.",
    ]),
    ("Independent fact-checking organisation (reader donations, transparency)", "en", [
        "This fact-check is free to read because readers like you support us.",
        "We don't take money from political parties or platforms for our verdicts, and we publish every donation above £500. If you think checking claims matters, please help us check more of them.",
        "Back our fact-checkers",
    ]),
    ("Gemeinnütziges Faktencheck-Portal (Spenden, Transparenz)", "de", [
        "Liebe Leserinnen und Leser,",
        "wir prüfen Behauptungen aus Politik und sozialen Netzwerken – unabhängig, gemeinnützig und ohne Paywall. Damit das so bleibt, brauchen wir Ihre Unterstützung. Schon mit 5 Euro im Monat helfen Sie uns, Falschmeldungen schneller zu entlarven.",
        "Jetzt spenden",
        "Ihre Spende ist steuerlich absetzbar.",
    ]),
    ("Online-Lexikon zur Regionalgeschichte (Spendenaufruf eines Vereins)", "de", [
        "Dieses Lexikon lebt von Ehrenamt und Spenden",
        "Mehr als 9.000 Artikel über Orte, Personen und Ereignisse unserer Region – verfasst von Heimatforschern, kostenlos für alle. Server, Bildrechte und Digitalisierung kosten unseren Verein jedes Jahr rund 18.000 Euro.",
        "Unterstützen Sie uns mit einer Spende",
        "Spendenkonto: IBAN DE12 3456 7890 1234 5678 90",
    ]),
    ("Radio associative locale (don défiscalisé à 66 %)", "fr", [
        "Soutenez votre radio associative",
        "Sans publicité et animée par des bénévoles, notre radio donne la parole aux habitants, aux associations et aux musiciens du coin depuis 1982. Un don de 30 € ne vous coûte que 10,20 € après réduction d'impôt.",
        "Je fais un don",
    ]),
    ("Média d'investigation régional indépendant en Bretagne (abonnés et dons)", "fr", [
        "Ce média n'appartient à personne d'autre qu'à ses lecteurs.",
        "Pas d'actionnaire, pas de publicité : nos enquêtes sur l'agro-industrie et le littoral ne sont financées que par vous. Pour continuer, nous devons réunir 800 nouveaux soutiens d'ici la fin de l'année.",
        "Je m'abonne dès 5 € par mois",
        "Faire un don ponctuel",
    ]),
    ("Независимое издание из Кыргызстана (на русском, донаты читателей)", "ru", [
        "Дорогие читатели!",
        "Мы одно из последних независимых изданий в стране: наших коллег задерживают, сайты блокируют, рекламодатели боятся с нами работать. Поддержите нас ежемесячным платежом — от 200 сомов или от 3 долларов.",
        "Поддержать редакцию",
        "Оплата картой любого банка",
    ]),
    ("Русскоязычное медиа в эмиграции в Грузии (подписка и разовый донат)", "ru", [
        "Эта статья бесплатна, потому что нас поддерживают читатели",
        "Мы работаем из Тбилиси и рассказываем о тех, кто уехал, и о тех, кто остался. Без вашей помощи редакция не продержится и полугода. Оформите регулярное пожертвование или отправьте разовый донат.",
        "Помочь нам",
    ]),
]

BATCH21_NEGATIVES = [
    ("giving-tuesday-report", "en", [
        "Americans gave an estimated $3.6 billion on Giving Tuesday this year, a record, according to the organisation that tracks the day of online donations.",
        "Smaller charities said most of their gifts came from first-time donors who responded to social media posts. Analysts cautioned that overall giving has not kept pace with inflation.",
    ]),
    ("public-broadcaster-licence-fee", "en", [
        "The government will review how the public broadcaster is funded after the licence fee, currently £174.50 a year, comes up for renewal.",
        "Options include a household levy, subscriptions for some services and advertising. The broadcaster said any change must protect its independence and local news.",
    ]),
    ("campaign-finance-small-donors", "en", [
        "The senator's re-election campaign raised $4.1 million in the last quarter, with more than half coming from donors giving less than $200, filings show.",
        "Her challenger reported $2.7 million, including a $1 million loan from his own savings. Both campaigns have spent heavily on television advertising in recent weeks.",
    ]),
    ("crowdfunded-bridge-repair", "en", [
        "Villagers have raised £48,000 through a crowdfunding page to repair a footbridge washed away in last winter's floods.",
        "\u201cWe couldn't wait any longer for the council,\u201d said one organiser. The council said it would contribute the remaining £20,000 once engineers approve the design.",
    ]),
    ("quoted-station-pledge-drive", "en", [
        "During the station's spring pledge drive, hosts repeated the line \u201cif you listen, please give\u201d so often that some listeners complained on social media.",
        "The station's manager said the eight-day drive brought in $610,000 from about 5,000 listeners, slightly more than last year, and that shorter drives were being considered.",
    ]),
    ("food-bank-demand", "en", [
        "The regional food bank handed out 30 per cent more parcels this winter than last, and warned that donations of tinned food had fallen.",
        "Volunteers said many of the families asking for help were in work. The charity is calling on supermarkets to donate surplus stock rather than throw it away.",
    ]),
    ("medienfoerderung-debatte", "de", [
        "Der Bundestag debattiert über eine staatliche Zustellförderung für Zeitungen. Verlage fordern jährlich mehrere hundert Millionen Euro, um die Zustellung auf dem Land zu sichern.",
        "Kritiker warnen, staatliches Geld könne die Unabhängigkeit der Presse gefährden. Gemeinnützige Onlinemedien verlangen, bei einer Förderung ebenfalls berücksichtigt zu werden.",
    ]),
    ("telethon-bilan", "fr", [
        "Le Téléthon a récolté 78 millions d'euros de promesses de dons ce week-end, un montant proche de celui de l'an dernier, selon les organisateurs.",
        "Plusieurs milliers d'animations ont eu lieu dans les communes. L'association rappelle que les dons servent à financer la recherche sur les maladies rares.",
    ]),
    ("sbor-na-lechenie", "ru", [
        "Жители района за неделю собрали больше двух миллионов рублей на лечение шестилетней девочки, которой нужна операция за границей.",
        "Сбор организовали родители через благотворительный фонд. В фонде рассказали, что недостающую сумму пообещала перечислить местная компания.",
    ]),
]

BATCH21_ARTICLES = {
    "en-ferry": [
        "Island ferry cancelled for third day",
        "Ferry services to the island were cancelled for a third day on Wednesday as gales battered the coast, leaving islanders short of fresh food.",
        "The operator said sailings would resume once winds dropped below 40 mph. A relief boat carrying medicines crossed on Tuesday evening.",
    ],
    "en-school": [
        "New primary school to open in September",
        "A new 420-place primary school on the edge of town will open in September, the education authority confirmed on Monday.",
        "It will take children from two new housing estates. Parents have until the end of March to apply, and a free bus will run from the station.",
    ],
    "en-hospital": [
        "Hospital waiting times fall for first time in a year",
        "The average wait for planned surgery at the county hospital fell to 14 weeks last month, the first fall in a year.",
        "Managers credited extra weekend operating lists. Nurses' representatives said staff were exhausted and the gains might not last through the winter.",
    ],
    "de-hallenbad": [
        "Hallenbad bleibt bis Sommer geschlossen",
        "Das städtische Hallenbad bleibt wegen eines Schadens an der Lüftungsanlage voraussichtlich bis Juni geschlossen.",
        "Schulen und Vereine weichen in das Bad der Nachbargemeinde aus. Die Reparatur kostet nach ersten Schätzungen rund 400.000 Euro.",
    ],
    "fr-tramway": [
        "La deuxième ligne de tramway mise en service",
        "La deuxième ligne de tramway de l'agglomération a été inaugurée dimanche, après trois ans de travaux.",
        "Longue de neuf kilomètres, elle relie la gare à l'hôpital en vingt minutes. Les trajets sont gratuits pendant la première semaine.",
    ],
    "ru-most": [
        "Мост через реку откроют к осени",
        "Ремонт моста через реку в центре города завершат к сентябрю, сообщили в городской администрации.",
        "Сейчас движение по мосту ограничено одной полосой. Стоимость работ составляет около 300 миллионов рублей.",
    ],
}
