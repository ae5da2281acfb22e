"""Twenty-seventh batch: written by an eleventh helper, never scored before being committed (its
first run is the honest estimate). Our own paraphrases of nonprofit, street-paper, public-media,
wiki-style, podcast, newsletter, magazine and exile/diaspora asks (structure and vocabulary as read
in stored public pages: prison-journalism matches, street papers' vendor funds and digital
editions, fiscal-year deadlines with progress bars, dismiss lines), for outlet types not covered by
batches 1-26. Outlet names are invented. No third-party sentence is copied.
"""

BATCH27_APPEALS = [
    ("Nonprofit journalism project training incarcerated writers (year-end match)", "en", [
        "Stories from inside, told by the people living them",
        "Our writers are incarcerated in more than 30 states. They report on parole hearings, prison food, lockdowns and the tablets that replaced the mail, often by hand and often at real risk. We edit their work, pay them for every published piece and make it free for anyone to read or republish.",
        "Until December 31, every gift you make will be matched dollar for dollar.",
        "Double my gift",
        "Give once",
    ]),
    ("US street newspaper sold by homeless vendors (digital edition and vendor fund)", "en", [
        "Can't find a vendor near you?",
        "Most of our readers buy the paper from someone on a street corner, and vendors keep most of the cover price. When the weather turns or a vendor is sick, sales stop. Buy the digital edition for $3, and half goes straight into the Vendor Hardship Fund.",
        "Buy this week's edition",
        "Give to the Vendor Hardship Fund",
        "Thank you for having our vendors' backs.",
    ]),
    ("Hyperlocal island news blog run by two volunteers (tip jar, no header)", "en", [
        "This blog is written by two neighbours who moved here in 2009 and got tired of hearing about ferry cancellations after the fact. We don't sell ads and we never will. If the ferry updates, the school board notes and the lost-dog posts make your week a little easier, you can leave something in the tip jar. Any amount helps with the hosting bill.",
        "Leave a tip",
    ]),
    ("University-licensed public radio station (fiscal-year deadline, progress bar)", "en", [
        "Our fiscal year ends June 30",
        "$187,400 of $250,000",
        "We're still $62,600 short of the goal that keeps local news, classical overnight and the farm report on the air next year. Your gift before midnight on June 30 counts toward this year's budget.",
        "Give now",
        "Maybe later",
    ]),
    ("Volunteer-run genealogy wiki (annual donation banner with dismiss)", "en", [
        "Please don't scroll past this.",
        "Every family tree, parish record transcription and cemetery photo on this site was added by a volunteer. We have no subscription and no paid tier, and we never sell your family's data. Once a year we ask for help with the servers that hold 41 million records. If everyone reading this gave the price of a postage stamp, we would be covered for the year.",
        "Donate",
        "I already gave",
    ]),
    ("Family science podcast for kids (parents asked to become supporters)", "en", [
        "A quick word from the grown-ups who make this show:",
        "We answer your kids' questions about volcanoes, bats and black holes every week, and we'll never put ads in an episode made for children. That means we rely on families. Supporters get a bonus episode every month and their child's question read out on the show.",
        "Become a family supporter",
        "From $4 a month",
    ]),
    ("Local food and restaurant newsletter box (sign-up with dismiss)", "en", [
        "Hungry for more?",
        "Openings, closings and the best cheap lunch within ten blocks, every Thursday in your inbox.",
        "Your email address",
        "Sign me up",
        "No thanks, I'll cook",
    ]),
    ("Kyiv-based English-language newsroom (wartime membership, long)", "en", [
        "We are staying in Kyiv.",
        "When the full-scale invasion began, most foreign bureaus packed up. We didn't. Our reporters have covered the front, the blackouts and the courts from inside Ukraine ever since, and our advertising income all but disappeared in the first month. Today more than half our budget comes from members abroad. Join them for $9 a month and keep independent reporting from Ukraine coming to you in English.",
        "Become a member",
        "Pay by card, PayPal or bank transfer",
    ]),
    ("Nonprofit newsroom on the immigration beat (plain paragraph, middle of article)", "en", [
        "Reporting like this, on the courts, detention centres and the families waiting on both sides of the border, takes months and is free for you to read because readers chip in. If this story helped you understand what is happening, please consider a donation of any size to our newsroom today.",
        "Donate",
    ]),
    ("Birdwatching and nature magazine (print subscription with a free field guide)", "en", [
        "Subscribe and get a free pocket field guide",
        "Six beautiful issues a year of migration maps, expert identification tips and reports from the best reserves, delivered to your door for just £29.99. Every subscription supports our independent conservation journalism.",
        "Subscribe today",
        "Offer ends Sunday. UK addresses only.",
    ]),
    ("Deutschsprachiges Straßenmagazin (verkauft von Obdachlosen, Online-Ausgabe und Spende)", "de", [
        "Unsere Verkäuferinnen und Verkäufer brauchen Sie",
        "Unser Magazin wird von Menschen ohne Wohnung auf der Straße verkauft, die Hälfte des Preises bleibt bei ihnen. Im Winter gehen die Verkäufe stark zurück. Mit dem Online-Abo für 2,80 Euro pro Ausgabe oder einer Spende an unseren Verkäuferfonds helfen Sie direkt.",
        "Online-Abo abschließen",
        "Jetzt spenden",
        "Danke, dass Sie nicht wegschauen.",
    ]),
    ("Online-Mundartwörterbuch eines Vereins (Spendenbanner mit Erinnerung)", "de", [
        "Liebe Besucherinnen und Besucher,",
        "unser Wörterbuch mit mehr als 60.000 Mundartwörtern wird von Ehrenamtlichen gepflegt und ist für alle kostenlos. Werbung gibt es bei uns nicht. Für Server und Software brauchen wir in diesem Jahr noch 4.200 Euro. Schon 5 Euro helfen.",
        "Jetzt spenden",
        "Später erinnern",
    ]),
    ("Média associatif de quartier à Marseille (adhésion à prix libre)", "fr", [
        "Ce journal appartient à ses lecteurs",
        "Nous racontons les quartiers nord comme personne ne les raconte : les écoles, les loyers, les associations et les fêtes de rue. Pas de pub, pas de milliardaire. Adhérez à l'association à prix libre, à partir de 1 euro, et recevez notre journal papier chaque trimestre.",
        "J'adhère",
        "Paiement sécurisé par carte ou chèque",
    ]),
    ("Lettre d'information d'un média alpin indépendant (inscription, montagne)", "fr", [
        "La montagne dans votre boîte mail",
        "Chaque vendredi, nos enquêtes sur l'eau, la neige artificielle, le logement saisonnier et les vallées qui changent.",
        "Votre adresse e-mail",
        "Je m'inscris",
        "Gratuit, sans publicité, désinscription en un clic.",
    ]),
    ("Русскоязычное новостное издание в Израиле (поддержка читателей во время войны)", "ru", [
        "Дорогие читатели!",
        "С начала войны наша маленькая редакция работает без выходных: сирены, эвакуации, новости с севера и юга, разъяснения для новых репатриантов. Реклама почти исчезла, а мы не хотим закрывать сайт платным доступом. Поддержите нас разово или ежемесячно — от 20 шекелей.",
        "Поддержать редакцию",
        "Спасибо, что вы с нами.",
    ]),
    ("Русскоязычный научно-популярный подкаст (поддержка слушателей, бонусные выпуски)", "ru", [
        "Этот выпуск вышел благодаря слушателям",
        "Мы делаем подкаст о науке вдвоём, без студии и без рекламы. Запись, монтаж и гонорары учёным оплачивают те, кто нас поддерживает. Подпишитесь на ежемесячную поддержку от 3 долларов, и вы будете получать дополнительные выпуски раньше всех.",
        "Поддержать подкаст",
        "Уже поддерживаю",
    ]),
]

BATCH27_NEGATIVES = [
    ("food-bank-quoted-appeal", "en", [
        "The regional food bank said on Tuesday that it had distributed more food in the past three months than in any quarter since it opened in 1988, and warned that its shelves could be empty by Thanksgiving.",
        "\"We are asking anyone who can to donate now. Twenty dollars feeds a family of four for a week,\" the food bank's director told a news conference. \"If you can't give money, give an hour of your time.\"",
        "Donations fell by about 15 percent this year, while the number of families it serves rose by a third.",
    ]),
    ("paper-changes-hands", "en", [
        "The Harbor Ledger, the city's oldest daily, has been sold to a local family foundation, ending twelve years of ownership by an out-of-state investment fund.",
        "In a note to readers on Sunday, the editor said the newsroom would grow by six reporters and that subscription prices would be frozen for a year. \"Our independence now rests with this community, and we intend to earn your trust every day,\" she wrote.",
        "The foundation did not disclose the price. Staff were told of the sale at a meeting on Friday afternoon.",
    ]),
    ("subscription-price-rise", "en", [
        "Readers of the state's two largest newspapers will pay more from next month, with digital subscriptions rising from $12 to $17.99 a month and print home delivery topping $60.",
        "The publisher said the increase reflected the cost of paper and delivery drivers. \"We know this is a lot to ask, and we don't ask it lightly,\" a spokesman said. Subscribers on annual plans will keep their current rate until renewal.",
        "Media analysts said other regional chains were likely to follow.",
    ]),
    ("press-freedom-editor", "en", [
        "The editor of an independent weekly in the capital said on Thursday that her newspaper would keep publishing despite a new law that bars media outlets from receiving money from abroad.",
        "\"We depend on our readers, not on foreign donors, and we always have,\" she told a press-freedom conference by video link. \"But the law is written so that anyone can be accused.\" Two other outlets have already closed.",
        "Journalists' groups have called on the government to repeal the law.",
    ]),
    ("crowdfunded-surgery", "en", [
        "An online fundraiser for a nine-year-old girl who needs heart surgery abroad passed its $400,000 target on Wednesday, three weeks after her parents launched it.",
        "\"Please share, please give whatever you can, even five dollars,\" her mother wrote in the appeal, which was shared tens of thousands of times. \"You have given our daughter a chance.\"",
        "The operation is scheduled for next month in Boston.",
    ]),
    ("super-pac-filing", "en", [
        "A super PAC backing the governor's re-election raised $14.2 million in the first half of the year, according to filings released on Monday, more than any state-level committee on record.",
        "Its fundraising emails urged supporters to \"chip in $25 right now\" and promised that \"every dollar you give will be matched.\" The group's largest donor gave $3 million.",
        "The challenger's campaign reported $2.9 million in contributions, most of it in gifts under $200.",
    ]),
    ("mitgliederwerbung-sportverein", "de", [
        "Der Turnverein hat eine Mitgliederkampagne gestartet, nachdem er in den vergangenen fünf Jahren fast 400 Mitglieder verloren hat.",
        "\"Wir brauchen Sie, sonst müssen wir Abteilungen schließen\", sagte die Vorsitzende bei der Jahresversammlung. Wer bis Ende März eintritt, zahlt im ersten Jahr nur die Hälfte des Beitrags von 120 Euro.",
        "Auch die Hallenzeiten sollen künftig online buchbar sein.",
    ]),
    ("appel-aux-dons-cathedrale", "fr", [
        "Le diocèse a lancé lundi une souscription publique pour restaurer les vitraux de la cathédrale, endommagés par la grêle au printemps.",
        "« Chaque don, même modeste, nous rapproche du but. Donnez maintenant, et votre nom figurera sur le livre d'or », a déclaré l'évêque. Les travaux sont estimés à 1,2 million d'euros, dont 300 000 euros déjà promis par la région.",
        "Les dons ouvrent droit à une réduction d'impôt de 66 %.",
    ]),
    ("narodnyi-sbor-na-skoruyu", "ru", [
        "Жители горного села за месяц собрали почти два миллиона рублей на машину скорой помощи после того, как районная больница перестала отправлять бригады в их долину зимой.",
        "«Мы просили всех: кто сто рублей даст, кто тысячу. Помогите, сказали мы, иначе зимой никто не доедет», — рассказала организатор сбора, учительница местной школы.",
        "Машину обещают передать фельдшерскому пункту к декабрю.",
    ]),
]

BATCH27_ARTICLES = {
    "en-library-hours": [
        "The central library will open on Sundays again from next month, reversing a cut made during the budget crisis eight years ago.",
        "The city council approved $640,000 to hire eleven staff and extend opening hours at three branches. Librarians said Sunday was the day families with working parents asked for most.",
        "The children's room will also stay open until eight on weekdays.",
        "A new study area with power sockets is planned for the second floor.",
    ],
    "en-wildfire-smoke": [
        "Schools across the valley kept pupils indoors on Monday as smoke from wildfires two hundred miles away pushed air quality to its worst level this year.",
        "Health officials advised older residents and people with asthma to avoid exercise outside. Several outdoor events, including the county fair's opening parade, were postponed.",
        "Firefighters said the largest blaze was about forty percent contained.",
    ],
    "en-rail-timetable": [
        "Trains between the coast and the capital will run every half hour from December, the rail operator said, after the line's signalling upgrade was completed ahead of schedule.",
        "Journey times will fall by about twelve minutes. Commuters' groups welcomed the change but said evening services were still too crowded.",
        "Fares will rise by 2.5 percent in January.",
    ],
    "de-kita-plaetze": [
        "Die Stadt will bis zum Herbst 300 zusätzliche Kita-Plätze schaffen. Dafür werden zwei leerstehende Bürogebäude umgebaut.",
        "Der Umbau kostet nach Angaben der Verwaltung rund 5,4 Millionen Euro. Eltern hatten sich über lange Wartelisten beschwert.",
        "Gesucht werden nun vor allem Erzieherinnen und Erzieher.",
    ],
    "fr-piste-cyclable": [
        "Une nouvelle piste cyclable reliera la gare au campus universitaire d'ici l'été, a annoncé la métropole jeudi.",
        "Le tracé de quatre kilomètres supprimera environ deux cents places de stationnement. Les commerçants de l'avenue principale ont exprimé leur inquiétude.",
        "Les travaux commenceront pendant les vacances de février.",
    ],
    "ru-most": [
        "Ремонт главного моста через реку начнётся в апреле и продлится около полутора лет, сообщили в городской администрации.",
        "На время работ движение сократят до одной полосы в каждую сторону. Для автобусов выделят отдельный объезд через северный район.",
        "Жителей просят заранее планировать поездки.",
    ],
}
