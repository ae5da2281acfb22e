"""Fourteenth batch: written by the fourth helper after batch 13, scored once before anyone changed
the rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: public-radio vehicle donation, legacy giving,
German subscription premiums, Russian-language messenger newsrooms), for outlet types not covered
by batches 1-13. No third-party sentence is copied.
"""

BATCH14_APPEALS = [
    ("Public radio station (vehicle donation)", "en", [
        "Got an old car in the driveway?",
        "Donate it to public radio. We'll tow it away for free – running or not – and the proceeds from its sale support the programs you hear every day. You may qualify for a tax deduction.",
        "Donate your vehicle",
    ]),
    ("Nonprofit newsroom (legacy gift in your will)", "en", [
        "Leave a legacy of independent journalism",
        "A gift in your will or trust, of any size, helps make sure our reporting continues for the next generation of readers. It costs nothing today, and you can change your mind at any time.",
        "Learn about planned giving",
    ]),
    ("Black community weekly (support the Black press)", "en", [
        "For more than 80 years, we've told our community's stories when no one else would.",
        "Support the Black press: subscribe to our weekly for $35 a year, or make a one-time contribution to our newsroom fund.",
        "Subscribe | Contribute",
    ]),
    ("Indigenous news outlet (support Indigenous journalism)", "en", [
        "Indigenous stories, told by Indigenous journalists.",
        "We are a nonprofit newsroom serving tribal nations across the region. Your support, monthly or once, pays for reporters who cover our communities from the inside. Every gift is tax-deductible.",
        "Support our work",
    ]),
    ("Newspaper games section (puzzle subscription)", "en", [
        "Want more puzzles?",
        "Unlock the full crossword archive, daily mini puzzles and word games with a Games subscription: $1.25 a week, or included with All Access.",
        "Subscribe to Games",
    ]),
    ("Email newsletter footer (forwarded? refer a friend)", "en", [
        "Was this email forwarded to you? Sign up here to get it every weekday morning.",
        "Know someone who'd like it? Refer three friends and we'll send you a free mug.",
        "You're receiving this because you subscribed at our website. Unsubscribe | Update preferences",
    ]),
    ("Cross-border investigative consortium (donate)", "en", [
        "Organized crime and corruption cross borders. So do we.",
        "Our reporters in more than 30 countries follow the money that others would rather keep hidden. Help us keep exposing it: donate today. All contributions are processed securely.",
        "Donate",
    ]),
    ("Explainer video channel's site (Patreon + merch)", "en", [
        "Our videos are free and always will be, thanks to our Patreon supporters.",
        "Join them from $2 a month to vote on future topics and see scripts before they're filmed. Or grab a T-shirt from our shop – every purchase helps fund the next episode.",
        "Patreon | Shop",
    ]),
    ("Environmental nonprofit newsroom (employer match)", "en", [
        "Did you know your employer might double your gift?",
        "Many companies match their employees' donations to nonprofits like ours. Search for your employer below to see if your contribution can go twice as far for climate reporting.",
        "Find my company",
    ]),
    ("Online dictionary (banner, ad-free support)", "en", [
        "A note to our readers: we're a small team keeping this dictionary free and ad-free.",
        "If every reader who looks up a word today gave the price of a coffee, our server costs would be covered for a year. Thank you for keeping language free to learn.",
        "Support the dictionary",
    ]),
    ("One-person German blog-medium (PayPal, Überweisung)", "de", [
        "Hinter diesem Blog steckt keine Redaktion, sondern nur ich.",
        "Wenn Ihnen meine Texte etwas wert sind, freue ich mich über eine Unterstützung per PayPal oder Überweisung. Schon ein kleiner Betrag im Monat hilft, dass ich weiterschreiben kann. Danke!",
    ]),
    ("German regional daily (Leser werben Leser, Prämie)", "de", [
        "Leser werben Leser",
        "Empfehlen Sie uns weiter: Für jedes neue Abonnement, das Sie vermitteln, erhalten Sie eine Prämie Ihrer Wahl – zum Beispiel einen Einkaufsgutschein über 50 Euro.",
        "Zur Prämienauswahl",
    ]),
    ("Breton local news site (abonnement + lettre)", "fr", [
        "L'info locale a un coût.",
        "Abonnez-vous pour 5 € par mois et recevez chaque dimanche notre lettre d'information avec l'essentiel de la semaine en Bretagne. Sans engagement.",
        "Je m'abonne",
    ]),
    ("French mook (précommande du prochain numéro)", "fr", [
        "Précommandez notre prochain numéro !",
        "Notre revue paraît deux fois par an, sans publicité. En précommandant dès maintenant, vous nous aidez à payer l'imprimeur et les auteurs : 22 €, livraison incluse en France métropolitaine.",
        "Je précommande",
    ]),
    ("Russian-language feminist media (регулярное пожертвование)", "ru", [
        "Мы пишем о том, о чём предпочитают молчать.",
        "Наше издание существует только на деньги читательниц и читателей. Оформите регулярное пожертвование — даже 200 рублей в месяц помогают нам платить авторкам и юристам.",
        "Поддержать",
    ]),
    ("Telegram-first newsroom (boosts, Telegram Stars)", "ru", [
        "Друзья, нашему каналу нужны бусты.",
        "Если у вас есть Telegram Premium, проголосуйте за канал — это бесплатно. А поддержать редакцию деньгами можно звёздами под любым постом или через бота донатов.",
    ]),
]

BATCH14_NEGATIVES = [
    ("bequest-report", "en", [
        "A retired nurse who listened to the station for more than four decades has left it $1.2 million in her will, the largest gift in the broadcaster's history.",
        "The station's general manager said the money would go into an endowment to pay for a full-time statehouse reporter. The nurse had been a monthly member since 1981, according to station records.",
    ]),
    ("fire-family-crowdfunding", "en", [
        "A family of five lost everything when a fire tore through their rented home on Maple Street early Tuesday, fire officials said.",
        "Neighbours have set up an online fundraiser that had raised $23,000 by Wednesday evening. \u201cAnything helps right now \u2013 clothes, gift cards, a place to stay,\u201d the children's aunt said. \u201cWe're overwhelmed by how kind people have been.\u201d",
    ]),
    ("newsroom-layoffs-report", "en", [
        "The Metro Courier laid off 11 journalists on Thursday, about a fifth of its newsroom, even as its reader membership programme grew to 19,000 paying members.",
        "In a note to staff, the publisher said membership revenue of about $2.4 million a year could not make up for the loss of print advertising.",
    ]),
    ("year-end-giving-explainer", "en", [
        "If you plan to give to charity before the end of the year, a few tax rules are worth knowing.",
        "Donating appreciated stock instead of cash can avoid capital gains tax, and a donor-advised fund lets you take the deduction this year and choose the charities later. Gifts must be made by December 31 to count for this tax year.",
        "Financial planners say to keep receipts for every donation over $250.",
    ]),
    ("charity-auction", "en", [
        "A signed guitar sold for $41,000 at the hospital foundation's annual gala auction on Saturday, helping the event raise a record $1.3 million.",
        "Organisers said 420 guests attended. The proceeds will pay for a new neonatal unit.",
    ]),
    ("corporate-matching-report", "en", [
        "Employees at the software company gave $3.6 million to nonprofits last year, and the company matched every dollar, according to its annual impact report.",
        "Food banks, animal shelters and public radio stations were among the most popular recipients.",
    ]),
    ("spendenaffaere", "de", [
        "Die Staatsanwaltschaft ermittelt gegen den früheren Kreisvorsitzenden einer Partei wegen einer nicht angegebenen Spende über 80.000 Euro.",
        "Das Geld soll über mehrere Einzelspenden knapp unter der Veröffentlichungsgrenze aufgeteilt worden sein. Der Beschuldigte bestreitet die Vorwürfe.",
    ]),
    ("denier-du-culte", "fr", [
        "Le diocèse a lancé dimanche sa campagne annuelle du denier de l'Église, dont les recettes ont baissé de 8 % l'an dernier.",
        "« Sans le denier, nous ne pourrons plus payer nos prêtres et nos salariés laïcs », a averti l'évêque dans un message lu dans toutes les paroisses. Le don moyen s'élève à 190 euros.",
    ]),
    ("charity-run", "ru", [
        "В воскресенье в городском парке прошёл благотворительный забег, участники которого собрали более двух миллионов рублей для хосписа.",
        "Каждый участник платил стартовый взнос в 1000 рублей, а компании-спонсоры удваивали сумму за каждый пройденный километр, рассказали организаторы.",
    ]),
    ("streamer-charity-marathon", "en", [
        "A 48-hour video game marathon streamed by a local college student raised $64,000 for the children's hospital over the weekend.",
        "\u201cIf you've got a few bucks, drop them in the link, every dollar goes straight to the kids,\u201d he told viewers in the final hour, according to a recording of the stream.",
    ]),
]

BATCH14_ARTICLES = {
    "en-rail": [
        "Commuter line adds late-night trains",
        "The regional rail authority will run two extra trains after 11 p.m. on weekdays starting in January, responding to complaints from hospital and restaurant workers.",
        "The pilot will last six months. Officials said they would keep the trains if ridership reaches 300 passengers a night.",
    ],
    "en-museum": [
        "Natural history museum reopens dinosaur hall",
        "The natural history museum reopened its dinosaur hall on Friday after a two-year renovation that added a fully mounted skeleton found in the state in 2019.",
        "Admission will be free for residents on the first Sunday of each month.",
    ],
    "en-housing": [
        "Council approves 240 affordable homes",
        "City councillors approved plans on Tuesday for 240 affordable homes on the site of a former bus depot.",
        "A third of the flats will be reserved for key workers. Building is due to start next summer.",
    ],
    "de-wolf": [
        "Wolf im Landkreis nachgewiesen",
        "Ein Wildtierkamera-Foto hat bestätigt, dass ein Wolf durch den Landkreis gezogen ist, teilte das Umweltministerium mit.",
        "Schafhalter werden aufgefordert, ihre Herden nachts mit Elektrozäunen zu schützen. Für die Zäune gibt es Fördergeld vom Land.",
    ],
    "fr-vendanges": [
        "Des vendanges précoces dans le vignoble",
        "Les vendanges ont commencé avec dix jours d'avance dans la plupart des domaines du vignoble, en raison d'un été très chaud.",
        "Les viticulteurs s'attendent à des volumes en baisse mais à une bonne qualité, selon le syndicat des vins.",
    ],
    "ru-heating": [
        "В домах дали отопление раньше срока",
        "Из-за резкого похолодания городские власти распорядились начать отопительный сезон на неделю раньше графика.",
        "В первую очередь тепло подключат в школах, детских садах и больницах, затем — в жилых домах.",
    ],
}
