"""Twenty-fourth batch: written by a ninth helper after batch 23, scored once before anyone changed
the rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of
reader-funded, nonprofit, exile, encyclopedia/wiki, public-media and newsletter asks, for outlet
types not covered by batches 1-23. No third-party sentence is copied.
"""

BATCH24_APPEALS = [
    ("Nepali independent investigative newsroom (English)", "en", [
        "Stand with independent journalism in Nepal",
        "Our reporters have been sued and followed for exposing land grabs and contract fraud. We keep going because members keep us going. Become a member for Rs 500 a month.",
        "Become a member",
    ]),
    ("Nonprofit health-policy newsroom (end-of-article box)", "en", [
        "Before you go...",
        "Nobody pays to read our reporting on drug prices and hospital bills, and nobody should have to. That only works if readers who can afford it give something. Would you chip in $15 today?",
        "Yes, I'll give",
        "No thanks",
    ]),
    ("Cambodian exile English-language news outlet", "en", [
        "Press freedom in Cambodia has collapsed. We have not.",
        "After the newsrooms we used to work for were shut, we rebuilt ours overseas. We are funded entirely by readers: no ads, no government grants. Support us from $5 a month.",
        "Support us",
        "Or make a one-off donation",
    ]),
    ("Nonprofit open-access math and science encyclopedia (donation banner)", "en", [
        "Hi reader, this is a quick one.",
        "Our encyclopedia of mathematics has 30,000 free articles written by volunteers and used by students everywhere. Servers and a part-time editor cost us $90,000 a year. If you found what you needed today, please give $5.",
        "Give $5",
        "Close",
    ]),
    ("UK public-interest court reporting charity", "en", [
        "Open justice needs reporters in the room",
        "Fewer journalists sit in our courts every year. We are a registered charity that pays trainee reporters to cover hearings nobody else attends. A donation of £10 pays for a day in court.",
        "Donate",
        "If you are a UK taxpayer, tick Gift Aid and we receive 25% more at no cost to you.",
    ]),
    ("Statewide nonprofit politics newsletter (sign-up box)", "en", [
        "Don't miss a vote",
        "Our free morning newsletter tells you what happened at the statehouse yesterday and what to watch today. Join 40,000 readers.",
        "Enter your email",
        "Subscribe",
        "By signing up you agree to our privacy policy.",
    ]),
    ("Reader-funded South Asian diaspora magazine (member drive)", "en", [
        "We're 600 members away from our goal",
        "For eight years we've published stories from and for our community without a paywall. This month we need 600 new members to keep our editors paid. Membership starts at $4 a month and includes our print annual.",
        "Join us",
    ]),
    ("US public radio news station (pledge drive, end of story)", "en", [
        "Thanks for reading. Now it's your turn.",
        "This reporting was made possible by listeners who donate. It's our fall pledge drive: give $10 a month and we'll send you a station mug.",
        "Donate now",
        "Prefer to give by mail? Find the address here.",
    ]),
    ("Nonprofit rural-health newsroom (supporter circle)", "en", [
        "The nearest hospital is now 90 miles away.",
        "We report on what happens when clinics close in small towns. Support our work: give any amount or join our supporter circle and receive a handwritten thank-you each year.",
        "Give any amount",
        "Join the circle",
    ]),
    ("Reader-owned Cornish news site (top-of-page banner)", "en", [
        "Cornwall's news, owned by its readers",
        "We answer to no proprietor. Join 3,000 members from £3 a month.",
        "Join",
    ]),
    ("Schweizer Online-Lexikon für Geschichte (Förderverein, Spendenaufruf)", "de", [
        "Helfen Sie uns, Wissen frei zu halten",
        "Unser Lexikon ist kostenlos und werbefrei. Es wird von Historikerinnen und Historikern geschrieben und von einem gemeinnützigen Förderverein getragen. Mit einer Spende von 20 Franken sichern Sie einen Artikel für ein Jahr.",
        "Jetzt spenden",
        "TWINT, Kreditkarte oder Einzahlungsschein",
    ]),
    ("Deutsches Recherchebüro für Klimajournalismus (Newsletter und Spenden)", "de", [
        "Gefällt Ihnen dieser Artikel?",
        "Dann abonnieren Sie unseren kostenlosen Newsletter und unterstützen Sie unabhängigen Klimajournalismus mit einer Spende. Jeder Beitrag hilft.",
        "Newsletter abonnieren",
        "Spenden",
    ]),
    ("Média d'investigation indépendant en Afrique centrale (appel aux dons)", "fr", [
        "Aidez-nous à enquêter",
        "Nos journalistes travaillent à Kinshasa et à Brazzaville, souvent sous pression. Nous ne dépendons d'aucun pouvoir politique. Un don de 10 € finance une journée de terrain.",
        "Faire un don",
        "Don mensuel",
    ]),
    ("Lettre d'information d'un quotidien régional indépendant (inscription)", "fr", [
        "Recevez l'essentiel de l'actu locale",
        "Chaque soir à 18 h, notre newsletter gratuite résume ce qu'il faut savoir sur votre ville.",
        "Votre adresse e-mail",
        "Je m'inscris",
    ]),
    ("Независимое издание о Туркменистане в эмиграции (донаты)", "ru", [
        "Мы работаем для вас из изгнания",
        "В Туркменистане нас читают через VPN, а за связь с редакцией людей вызывают на допросы. Но мы продолжаем рассказывать правду. Поддержите нас любой суммой — это безопасно.",
        "Поддержать редакцию",
    ]),
    ("Русскоязычный исторический подкаст (донаты слушателей, без рекламы)", "ru", [
        "История не должна продаваться рекламодателям",
        "Мы делаем выпуски о прошлом без рекламы и платного доступа. Подкаст существует только благодаря слушателям. Оформите ежемесячное пожертвование от 300 рублей или 5 долларов.",
        "Помочь проекту",
        "Не сейчас",
    ]),
]

BATCH24_NEGATIVES = [
    ("public-media-cuts", "en", [
        "Public radio stations across rural America are cutting programmes and staff after Congress rescinded federal funding for public broadcasting.",
        "Station managers said listener donations rose sharply in the weeks after the vote, but not enough to make up the loss. Several small stations expect to close within a year.",
    ]),
    ("memoir-crowdfunding-scam", "en", [
        "A woman who raised more than $200,000 on a crowdfunding site for cancer treatment she never needed was sentenced to four years in prison on Friday.",
        "Prosecutors said she shaved her head and posted photos from hospital rooms. The platform said it had refunded all donors.",
    ]),
    ("philanthropy-for-local-news", "en", [
        "A coalition of foundations pledged $500 million over five years to rebuild local news, the largest such commitment to date.",
        "The money will go to nonprofit newsrooms, public broadcasters and training programmes. Some editors welcomed the move but warned that grants can dry up when priorities change.",
    ]),
    ("school-fundraiser-bake-sale", "en", [
        "Parents at the primary school raised £3,400 at a weekend fair to replace the playground equipment, which was condemned last spring.",
        "The head teacher thanked families and said the council had promised to cover the remaining cost.",
    ]),
    ("quoted-newsletter-pitch", "en", [
        "In a note to readers, the paper's editor wrote that its new evening newsletter would \"tell you what mattered today in five minutes.\"",
        "Media analysts said the move reflects a broader shift: newsletters have become the main way many outlets find paying subscribers.",
    ]),
    ("charity-ratings", "en", [
        "A charity watchdog downgraded three animal-welfare groups this week, saying they spent more than 40 percent of donations on fundraising.",
        "The groups disputed the ratings, saying their mail campaigns bring in new donors who give for years.",
    ]),
    ("vereinsspenden-bilanz", "de", [
        "Der Tierschutzverein hat im vergangenen Jahr so viele Spenden erhalten wie nie zuvor. Insgesamt kamen rund 180.000 Euro zusammen, teilte die Vorsitzende bei der Mitgliederversammlung mit.",
        "Das Geld soll in den Umbau des Tierheims fließen. Die Stadt beteiligt sich mit einem Zuschuss.",
    ]),
    ("fondation-presse", "fr", [
        "Une fondation créée par un industriel a annoncé qu'elle financerait trois médias locaux pendant cinq ans, suscitant des interrogations sur leur indépendance.",
        "Les rédactions concernées assurent qu'une charte garantit l'absence d'ingérence. Les syndicats de journalistes demandent des garanties écrites.",
    ]),
    ("donaty-blogeram", "ru", [
        "Популярные видеоблогеры в эмиграции всё чаще зарабатывают на донатах зрителей, а не на рекламе, показало исследование аналитической компании.",
        "По оценке авторов, средний пожертвовавший зритель переводит около 500 рублей в месяц. При этом переводы из России осложнены санкциями и блокировками платёжных систем.",
    ]),
]

BATCH24_ARTICLES = {
    "en-wildfire-smoke": [
        "Smoke from wildfires burning 300 miles to the north blanketed the city on Thursday, pushing air quality to levels officials described as hazardous.",
        "Schools cancelled outdoor recess and the health department urged older residents to stay indoors. Hospitals reported a rise in asthma cases.",
        "Forecasters expect a shift in the wind to clear the air by Saturday.",
    ],
    "en-tram": [
        "The new tram line opened to passengers on Sunday, two years late and 30 percent over budget.",
        "Thousands of residents queued for the first rides, and the mayor called it the most important transport project in a generation.",
        "Shop owners along the route, who endured years of roadworks, said they hoped customers would now return.",
        "Trams will run every seven minutes at peak times.",
    ],
    "en-water-rates": [
        "Water bills in the county will rise by an average of 11 percent next year after regulators approved the utility's plan to replace ageing pipes.",
        "The utility said thousands of leaks a year waste nearly a fifth of treated water. Consumer groups argued the increase should be phased in.",
        "Low-income households can apply for a discount scheme.",
    ],
    "de-hochwasser": [
        "Nach tagelangem Regen sind am Wochenende mehrere Flüsse im Süden über die Ufer getreten. In zwei Gemeinden mussten Keller und Straßen geräumt werden.",
        "Die Feuerwehr war mit Hunderten Kräften im Einsatz. Verletzt wurde nach Angaben der Polizei niemand.",
        "Die Pegel sollen ab Dienstag wieder sinken.",
    ],
    "fr-greve-trains": [
        "La grève des contrôleurs a perturbé le trafic ferroviaire ce week-end, avec un train sur deux supprimé sur les grandes lignes.",
        "Les syndicats réclament des hausses de salaire et de meilleures conditions de travail. La direction a proposé une prime que les grévistes jugent insuffisante.",
        "De nouvelles négociations sont prévues mardi.",
    ],
    "ru-aeroport": [
        "Новый терминал городского аэропорта начнёт принимать пассажиров в декабре, сообщили в администрации области.",
        "Строительство шло почти четыре года и обошлось дороже, чем планировалось. Пропускная способность аэропорта вырастет вдвое.",
        "Старый терминал после реконструкции будет обслуживать грузовые рейсы.",
    ],
}
