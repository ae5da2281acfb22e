"""Eighteenth batch: written by a sixth helper after batch 17, scored once before anyone changed the
rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: exile newsrooms' support pages, a free online
health reference, a public-access TV station's membership page, a Berlin morning newsletter, a French
weekly's survival appeal), plus reader-funded, nonprofit, exile, encyclopedia and newsletter asks
written from our own knowledge, for outlet types not covered by batches 1-17. No third-party sentence
is copied.
"""

BATCH18_APPEALS = [
    ("Nicaraguan newsroom in exile (English edition, from Costa Rica)", "en", [
        "Independent journalism from Nicaragua — reported from exile",
        "Our offices were raided and seized, our printing press was confiscated and our staff were stripped of their citizenship. We kept reporting from across the border. Readers in more than 40 countries now fund a third of our work. Join them with a contribution of any size.",
        "Contribute",
    ]),
    ("Tibetan exile news site (English)", "en", [
        "Help keep the news from Tibet alive.",
        "Foreign reporters are barred from Tibet. Our small team, based in exile, verifies reports smuggled out by phone and publishes them in English, Tibetan and Chinese. We are a registered nonprofit and every donation, however small, goes to our reporting.",
        "Donate via PayPal or bank transfer",
        "Thank you — tashi delek.",
    ]),
    ("Free online health encyclopedia (nonprofit, ad-free)", "en", [
        "We don't run ads for drugs, supplements or clinics.",
        "That's why you can trust the 9,000 articles in this health encyclopedia: they are written by doctors and reviewed every two years, and no one pays us to say anything. We're a charity funded by readers. If you looked something up today, please give $5 so the next person can too.",
        "Give $5",
        "Other amount",
    ]),
    ("Public-access community TV station (membership)", "en", [
        "Community television is made by the community — and paid for by it.",
        "Our studio trains residents to film, edit and broadcast their own shows, from city council meetings to high school football. Cable fees no longer cover the lights. Members keep the studio open: $60 a year, $30 for students and seniors.",
        "Become a member",
        "Members get free studio time and workshop discounts.",
    ]),
    ("Food and agriculture nonprofit newsroom (member drive)", "en", [
        "Can we ask you for a small favour?",
        "We report on farmworkers, school lunches, pesticides and the corporations that control what ends up on your plate — and we keep every story free. That only works if enough readers pitch in. We need 500 new members by the end of the month.",
        "Join for $8 a month",
        "Give once",
    ]),
    ("UK disability news charity (support our reporting)", "en", [
        "Disabled people's stories, told by disabled journalists",
        "We are the only independent news service in the UK run by and for disabled people. We hold councils, benefit assessors and ministers to account. We are a small charity and rely on readers' donations. A regular gift of £5 a month makes a real difference.",
        "Donate now",
    ]),
    ("Youth-reporter nonprofit newsroom (invest in young journalists)", "en", [
        "Every story on this page was reported by a teenager.",
        "Our nonprofit trains high school students to report on the issues that shape their lives — and pays them for it. Your donation funds stipends, editors and the next class of young reporters.",
        "Support student journalism",
        "Donations are tax-deductible to the extent allowed by law.",
    ]),
    ("Independent arts-criticism site (membership, ad-free)", "en", [
        "Love art? Become a member.",
        "We are an independent, artist-focused publication. Members read without ads, get our weekend newsletter of exhibition picks and keep our critics independent of galleries and auction houses.",
        "Join today from $5 a month",
        "Already a member? Sign in",
    ]),
    ("Foreign-affairs nonprofit newsroom's daily briefing (newsletter box)", "en", [
        "The world, in five minutes",
        "Our daily briefing brings you the most important international stories each morning, with context from our correspondents in 30 countries.",
        "Get it free in your inbox",
        "Email address",
        "Sign me up",
    ]),
    ("Australian nonprofit investigative newsroom (tax-deductible donation)", "en", [
        "Public interest journalism is in trouble in Australia.",
        "Two companies own most of the country's newspapers. We are one of the few newsrooms owned by nobody: an independent not-for-profit that chases corruption, lobbying and political donations. Donations of $2 or more are tax-deductible.",
        "Donate",
        "We accept Visa, Mastercard, Amex and PayPal.",
    ]),
    ("Berlin daily's morning newsletter (Newsletter-Anmeldung)", "de", [
        "Der Morgen in Berlin, jeden Werktag ab 6 Uhr in Ihrem Postfach",
        "Was in den Bezirken los ist, was der Senat plant und wo es heute Abend Konzerte gibt – unser Hauptstadt-Newsletter fasst es zusammen. Kostenlos und jederzeit abbestellbar.",
        "E-Mail-Adresse",
        "Kostenlos anmelden",
    ]),
    ("Ukrainian newsroom's German-language edition (Spendenaufruf)", "de", [
        "Unterstützen Sie unabhängigen Journalismus aus der Ukraine",
        "Wir berichten aus einem Land im Krieg, oft unter Luftalarm, und übersetzen unsere wichtigsten Recherchen ins Deutsche. Werbung können wir kaum noch verkaufen. Mit einer monatlichen Spende ab 5 Euro helfen Sie uns, weiterzuarbeiten. Vielen Dank!",
        "Jetzt unterstützen",
    ]),
    ("French left weekly's survival appeal (appel au secours)", "fr", [
        "Appel urgent à nos lecteurs",
        "Notre journal traverse la plus grave crise financière de son histoire. Sans 400 000 euros d'ici la fin du trimestre, nous ne pourrons plus paraître en kiosque. Nous n'appartenons à aucun milliardaire : il n'y a que vous. Abonnez-vous, offrez un abonnement, ou faites un don.",
        "Je sauve le journal",
        "Merci. La rédaction.",
    ]),
    ("French young investigative site (don mensuel, sans pub)", "fr", [
        "Ce média n'appartient ni à un milliardaire, ni à un annonceur.",
        "Nos enquêtes sur la police, le logement et l'extrême droite sont gratuites et le resteront. Pour les financer, nous comptons sur nos lecteurs. Un don mensuel de 5 euros ne vous revient qu'à 1,70 euro après réduction d'impôt.",
        "Je fais un don mensuel",
    ]),
    ("Russian-language environmental media in exile (помочь изданию)", "ru", [
        "Дорогие читатели!",
        "Мы пишем об экологии там, где об этом запрещено говорить: о свалках, вырубках, разливах нефти и экоактивистах, которых преследуют власти. Наша редакция работает из эмиграции. Помогите нам продолжать — поддержите издание ежемесячно от 2 долларов.",
        "Помочь изданию",
        "Оплата картой любой страны или криптовалютой",
    ]),
    ("Russian-language volunteer online encyclopedia (баннер, просьба о пожертвовании)", "ru", [
        "Пожалуйста, дочитайте это сообщение до конца.",
        "Нашу энциклопедию пишут и проверяют добровольцы, в ней нет рекламы, и мы живём только на пожертвования читателей. Если бы каждый, кто читает это сегодня, дал столько, сколько стоит чашка чая, сбор закончился бы за несколько часов.",
        "Пожертвовать",
        "Может быть, позже",
    ]),
]

BATCH18_NEGATIVES = [
    ("food-bank-record", "en", [
        "The county food bank handed out a record 1.4 million meals last year, and its director says donations have not kept up with demand.",
        "\u201cIf you can give a can of beans or an hour of your time, we need it,\u201d she told reporters at the warehouse on Tuesday. Cash donations fell by 12 per cent compared with the previous year.",
    ]),
    ("museum-membership-price", "en", [
        "The city's art museum will raise the price of an individual membership from $75 to $95 a year from January, its first increase in a decade.",
        "Members get free entry and early access to exhibitions. The museum said membership numbers had reached 38,000, a record, after a popular retrospective last summer.",
    ]),
    ("foundation-grant-newsroom", "en", [
        "A national foundation has awarded $3 million to 12 nonprofit local newsrooms to hire reporters covering state legislatures.",
        "Each newsroom must raise a matching amount from readers and local donors within two years. Newsroom leaders said the money would fill gaps left by the closure of statehouse bureaus at daily papers.",
    ]),
    ("cyclist-gofundme", "en", [
        "Friends of a cyclist seriously injured in a hit-and-run on Route 9 have raised more than $90,000 online to pay for his medical care.",
        "Police are still looking for the driver of a silver pickup truck. The man's sister said the family was \u201coverwhelmed by the kindness of strangers\u201d.",
    ]),
    ("donor-dinner", "en", [
        "Tickets for the governing party's annual fundraising dinner cost up to \u00a325,000 a table, according to an invitation seen by this newspaper.",
        "Opposition MPs said the event offered wealthy donors access to ministers. The party said all donations were declared to the Electoral Commission as the law requires.",
    ]),
    ("street-fundraisers-advice", "en", [
        "Q: Every time I walk through the town centre, charity fundraisers with clipboards try to sign me up for a monthly direct debit. How do I say no politely?",
        "A: A simple \u201cnot today, thanks\u201d is enough, and you don't owe anyone an explanation. If you do want to give, it is often better to choose a charity at home and donate to it directly.",
    ]),
    ("freibad-crowdfunding", "de", [
        "Ein Förderverein hat per Crowdfunding 120.000 Euro gesammelt, um das von der Schließung bedrohte Freibad der Gemeinde zu retten.",
        "Mit dem Geld soll die Filteranlage erneuert werden. Der Gemeinderat hatte zuvor erklärt, die Sanierung nicht allein bezahlen zu können.",
    ]),
    ("restos-appel", "fr", [
        "Les Restos du cœur ont lancé mardi leur 40e campagne d'hiver, avec plus de 1,3 million de personnes accueillies attendues.",
        "Le président de l'association a de nouveau appelé les particuliers et les entreprises à donner, rappelant que les dons permettent de servir plus de 160 millions de repas par an.",
    ]),
    ("granty-smi", "ru", [
        "После сокращения американских программ поддержки независимых СМИ несколько русскоязычных редакций в эмиграции объявили об увольнениях.",
        "По оценкам отраслевых экспертов, гранты составляли до половины бюджета таких изданий. Часть редакций рассчитывает компенсировать потери за счёт пожертвований читателей.",
    ]),
]

BATCH18_ARTICLES = {
    "en-windfarm": [
        "Offshore wind farm delivers first power",
        "The first turbines of an offshore wind farm 20 miles off the coast began supplying electricity to the grid on Wednesday, the operator said.",
        "When complete next year, the 95 turbines are expected to power about 600,000 homes. Fishing groups have asked for compensation for lost grounds.",
    ],
    "en-rail": [
        "Train drivers announce two-day strike",
        "Train drivers on the regional network will strike on the 14th and 15th of next month in a dispute over rosters, their union said.",
        "The operator said it would run a reduced timetable on the main lines. Talks are due to resume on Monday.",
    ],
    "en-heat": [
        "Heat warning issued as temperatures near record",
        "Forecasters have issued a heat warning for the weekend, with temperatures expected to reach 38C in parts of the region.",
        "Cooling centres will open in libraries and community halls. Officials urged people to check on elderly neighbours and avoid outdoor work in the afternoon.",
    ],
    "de-bahnhof": [
        "Bahnhof wird barrierefrei umgebaut",
        "Der Bahnhof der Kreisstadt wird ab Herbst für 14 Millionen Euro barrierefrei umgebaut. Alle drei Bahnsteige bekommen Aufzüge.",
        "Während der Bauzeit fallen einzelne Regionalzüge aus. Die Bahn will Ersatzbusse einsetzen.",
    ],
    "fr-vendanges": [
        "Des vendanges précoces dans le vignoble",
        "Les vendanges ont commencé avec près de deux semaines d'avance dans le vignoble, en raison de la chaleur de l'été.",
        "Les viticulteurs annoncent une récolte réduite mais de bonne qualité. Le manque de saisonniers inquiète toutefois plusieurs domaines.",
    ],
    "ru-ferry": [
        "Паромная переправа возобновила работу",
        "После ледохода на реке возобновила работу паромная переправа, связывающая райцентр с деревнями на другом берегу.",
        "Паром совершает шесть рейсов в день. Жители давно просят построить мост, но в региональном бюджете денег на него пока нет.",
    ],
}
