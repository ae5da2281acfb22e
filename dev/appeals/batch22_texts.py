"""Twenty-second batch: written by an eighth helper after batch 21, scored once before anyone
changed the rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases
of reader-funded, nonprofit, exile, encyclopedia/wiki, public-media and newsletter asks (structure
and vocabulary as read in stored public pages for batch 21: goals, suggested amounts, payment
methods, benefits), for outlet types not covered by batches 1-21. No third-party sentence is copied.
"""

BATCH22_APPEALS = [
    ("Moldovan independent news site (English edition)", "en", [
        "Independent news from Moldova needs independent money",
        "Every election season, disinformation floods our country and our small team works around the clock to check it. We accept no money from parties or from Moscow. Become a member from €4 a month and keep our English edition online.",
        "Become a member",
        "Or give once",
    ]),
    ("Appalachian nonprofit rural newsroom (spring member drive)", "en", [
        "Spring member drive: 312 of 500 new members",
        "Coal towns, flood recovery, broadband that never arrived: we cover the stories of these hollows because nobody else does. Join as a member this month for $8 and a local family foundation will double your first year.",
        "Join now",
        "Not ready to join? Sign up for our free Friday email instead.",
    ]),
    ("News service for blind and partially sighted readers (audio editions)", "en", [
        "Help us read the news aloud",
        "Each week our volunteers record 40 hours of local newspapers and magazines for listeners who cannot read print. Recording equipment and postage for memory sticks cost us £21 per listener a year. Could you sponsor one listener?",
        "Sponsor a listener",
    ]),
    ("Open-access legal encyclopedia (wiki donation banner)", "en", [
        "Please don't scroll past this.",
        "Our free legal encyclopedia explains the law in plain language to tenants, workers and students who cannot pay a lawyer. It is written by volunteer lawyers and used 2 million times a month. If everyone reading this gave $3, our fundraiser would be done in an hour.",
        "Give $3",
        "Other amount",
        "I already donated",
    ]),
    ("Welsh community-owned news co-operative (share offer)", "en", [
        "Own a piece of your local news",
        "We are a co-operative owned by more than 900 people in the valleys. Buy a community share from £50, get one vote at our AGM, and help us hire a second reporter for the council and the courts.",
        "Buy shares",
        "Shares are withdrawable after three years. Capital at risk.",
    ]),
    ("Balkan cross-border investigative network (English)", "en", [
        "Our investigations cross borders. Our funding shouldn't depend on governments.",
        "Reporters in Belgrade, Sarajevo, Skopje and Tirana follow the money that politicians try to hide. Grants pay for much of it, but only readers can make us truly independent. Become a supporter today.",
        "Monthly · €5 · €10 · €20",
        "Support",
    ]),
    ("Classical music public radio station (sustaining membership)", "en", [
        "Keep the music playing",
        "We're listener-supported classical radio, commercial-free for 45 years. Sustaining members give a little every month and never have to hear a pledge break again. Become a sustainer at $12 a month and get our concert guide in the mail.",
        "Become a sustainer",
    ]),
    ("Civic newsletter covering city council meetings (sign-up box)", "en", [
        "Never miss a council vote",
        "We sit through every city council and zoning meeting so you don't have to, and send you what was decided in five minutes on Thursday morning.",
        "Enter your email",
        "Subscribe free",
        "Already a subscriber? Log in",
    ]),
    ("Caribbean reader-funded digital newsroom", "en", [
        "A word from our editor",
        "We started this newsroom with three laptops after the island's last independent paper closed. Today more than 1,100 readers give monthly to keep us going, from EC$10. If you value local reporting, join them.",
        "Support us",
        "Read our annual report",
    ]),
    ("Nonprofit disability-rights news outlet (accessible donation page)", "en", [
        "This journalism is made by disabled reporters.",
        "We cover benefits, care and access with the people who live them, and we are funded mostly by our readers. A donation of any size helps us pay contributors fairly.",
        "Donate (opens an accessible form)",
    ]),
    ("Unabhängiges Onlinemagazin aus Südtirol (Mitgliedschaft)", "de", [
        "Unabhängiger Journalismus in Südtirol kostet Geld.",
        "Wir gehören keinem Verlag und keiner Partei. Damit wir weiter kritisch über Landesregierung, Tourismus und Bauwesen berichten können, brauchen wir 300 neue Mitglieder. Werden Sie Mitglied – ab 6 Euro im Monat.",
        "Mitglied werden",
        "Einmalig unterstützen",
    ]),
    ("Schweizer werbefreies Lokalmagazin (Crowdfunding-Aufruf in Franken)", "de", [
        "Noch 9 Tage: Hilf uns, 2500 Abos zu erreichen",
        "Wir berichten werbefrei und unabhängig über unsere Stadt. Bis Ende Monat brauchen wir 2500 zahlende Leserinnen und Leser, sonst müssen wir aufhören. Ein Jahresabo kostet 120 Franken, ein Gönner-Abo 300.",
        "Jetzt Abo lösen",
        "Twint · Karte · Rechnung",
    ]),
    ("Média indépendant de Suisse romande (membres)", "fr", [
        "Chère lectrice, cher lecteur,",
        "notre rédaction ne dépend ni d'un grand groupe ni de la publicité. Ce sont nos membres qui financent chaque enquête. Rejoignez-les dès 9 francs par mois et recevez notre lettre du vendredi.",
        "Devenir membre",
    ]),
    ("Média indépendant d'Afrique de l'Ouest francophone (dons des lecteurs et de la diaspora)", "fr", [
        "Votre soutien, notre indépendance",
        "Nos journalistes couvrent la sécurité, l'économie et la vie politique malgré les pressions. Pour rester libres, nous comptons sur nos lecteurs au pays et dans la diaspora. Faites un don par carte ou par mobile money.",
        "Soutenir la rédaction",
        "Orange Money · Wave · Carte bancaire",
    ]),
    ("Азербайджанское независимое медиа в эмиграции (на русском)", "ru", [
        "Нас заблокировали на родине. Но мы продолжаем работать.",
        "Наши журналисты в тюрьме или в эмиграции, а редакция существует только благодаря читателям. Если вы читаете нас через VPN, поддержите нас — даже 5 евро в месяц имеют значение.",
        "Поддержать",
        "Мы не храним данные ваших карт.",
    ]),
    ("Независимое русскоязычное медиа Молдовы (рассылка и донат)", "ru", [
        "Подпишитесь на нашу вечернюю рассылку",
        "Главное за день о Молдове и Приднестровье — коротко и без пропаганды. Бесплатно, каждый будний вечер.",
        "Ваш email",
        "Подписаться",
        "А если хотите помочь редакции — оформите донат.",
    ]),
]

BATCH22_NEGATIVES = [
    ("newsroom-layoffs-funding", "en", [
        "A nonprofit newsroom that relied heavily on foundation grants has laid off a third of its staff after two major funders shifted their priorities.",
        "The outlet's chief executive said reader donations had grown but covered only a fifth of costs. Media analysts said many nonprofit sites faced the same squeeze.",
    ]),
    ("crowdfunding-platform-fees", "en", [
        "A consumer group has criticised crowdfunding platforms for nudging donors to add a 'tip' of up to 15 per cent on top of their donation.",
        "The platforms said tips were optional and paid for free services. Regulators said they would look at whether the default amounts were clearly shown.",
    ]),
    ("museum-capital-campaign", "en", [
        "The city museum has raised $42 million of the $60 million it needs for a new wing, its director said, with the rest expected from private donors.",
        "Naming rights for the main gallery were sold to a local bank. Some residents questioned whether public money should fund the project at all.",
    ]),
    ("charity-scam-warning", "en", [
        "Police have warned residents about fraudsters going door to door and asking for donations for a fake flood appeal.",
        "Genuine charities carry identification and never ask for cash in unmarked envelopes, officers said. Anyone approached should call the police non-emergency number.",
    ]),
    ("interview-podcaster-patreon", "en", [
        "Interview: The host of a popular history podcast explains how 18,000 listeners on a membership platform let her quit her job.",
        "\u201cI never thought people would pay for something they could hear for free,\u201d she said. Members get episodes a week early and an extra monthly show.",
    ]),
    ("parish-roof-appeal-report", "en", [
        "A village church has reached its £250,000 target to repair its medieval roof after a three-year appeal that included cake sales and a sponsored abseil.",
        "The vicar thanked everyone who had given. Work will start in the spring and the church will stay open for services throughout.",
    ]),
    ("spendenbilanz-weihnachten", "de", [
        "Die Deutschen haben im vergangenen Jahr weniger Menschen, aber mehr Geld gespendet: Die Gesamtsumme stieg auf 5,7 Milliarden Euro, wie ein Forschungsinstitut mitteilte.",
        "Besonders ältere Menschen spenden regelmäßig. Hilfsorganisationen sorgen sich, dass jüngere Spender kaum nachkommen.",
    ]),
    ("presse-aides-publiques", "fr", [
        "Le rapport de la Cour des comptes pointe l'efficacité limitée des aides publiques à la presse, qui dépassent 100 millions d'euros par an.",
        "Les titres indépendants financés par leurs lecteurs dénoncent une répartition qui favorise les grands groupes. Le ministère promet une réforme en 2027.",
    ]),
    ("inostrannyi-agent-media", "ru", [
        "Минюст внёс в реестр иностранных агентов ещё три независимых издания, работающих из-за рубежа.",
        "Юристы отмечают, что после этого российским читателям становится рискованно переводить редакциям деньги. Сами издания заявили, что продолжат работу.",
    ]),
]

BATCH22_ARTICLES = {
    "en-storm": [
        "Thousands without power after storm",
        "About 18,000 homes were without electricity on Sunday morning after overnight storms brought down trees and power lines across the region.",
        "The utility said most customers would be reconnected by Monday evening. Schools in three districts will open two hours late.",
    ],
    "en-housing": [
        "Plans for 600 homes approved on former factory site",
        "Councillors have approved plans for 600 homes on the site of a former biscuit factory, a quarter of them at below-market rents.",
        "Construction is due to start next year. Residents' groups had asked for a new doctors' surgery to be included; the developer agreed to fund one.",
    ],
    "en-orchestra": [
        "Youth orchestra wins national prize",
        "The county youth orchestra has won first prize at the national festival in its category, beating 22 other ensembles.",
        "Its 70 players, aged 12 to 19, rehearse every Saturday. The conductor said the win was reward for a year of early mornings.",
    ],
    "de-baustelle": [
        "Vollsperrung der Ortsdurchfahrt ab Montag",
        "Die Ortsdurchfahrt wird ab Montag für drei Wochen voll gesperrt, weil neue Wasserleitungen verlegt werden.",
        "Eine Umleitung ist ausgeschildert. Die Buslinien fahren geänderte Haltestellen an; der Schulbus hält an der Turnhalle.",
    ],
    "fr-vendanges": [
        "Des vendanges précoces dans le vignoble",
        "Les vendanges ont commencé avec dix jours d'avance dans le vignoble, en raison d'un été particulièrement chaud.",
        "Les viticulteurs annoncent une récolte peu abondante mais de bonne qualité. Le manque de saisonniers complique toutefois la cueillette.",
    ],
    "ru-park": [
        "В городском парке высадят тысячу деревьев",
        "Этой осенью в центральном парке высадят около тысячи деревьев и кустарников, сообщили в управлении благоустройства.",
        "Горожане могут присоединиться к посадке в субботу. Саженцы и инструменты выдадут на месте.",
    ],
}
