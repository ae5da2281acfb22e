"""Appeals for the development set: our own paraphrases of the structure and vocabulary of
real appeals seen in stored public web pages (outlet noted). No sentence is copied.

Each appeal is (outlet, language, lines).
"""

APPEALS = [
    ("The Moscow Times (exile media)", "en", [
        "A message from our newsroom:",
        "Dear readers,",
        "Our newsroom has been branded an \"undesirable\" organisation by Russian prosecutors, which makes our work a crime and puts our reporters in danger.",
        "We will not stop reporting. But to carry on, we need your help.",
        "Any support, however small, matters. If you are able, please back us monthly from as little as $2. It takes a minute to set up.",
        "By supporting us you defend independent journalism under repression. Thank you for standing with us.",
    ]),
    ("The Guardian (reader-funded)", "en", [
        "Before you go, we have a small favour to ask.",
        "More people are reading our journalism than ever, but unlike many news organisations we have no billionaire owner and no paywall. We want to keep our reporting open to everyone, wherever they live and whatever they can afford.",
        "This means we rely on readers like you. If you can, support us with a one-off gift from just £1, or better, set up a monthly contribution from £2.",
        "It only takes a minute. Thank you.",
    ]),
    ("ProPublica (nonprofit newsroom)", "en", [
        "Hi reader,",
        "Investigative reporting is slow and expensive, and it is often the first thing cut when budgets get tight. We think it is one of the best tools we have to hold powerful people accountable.",
        "Most of our funding comes from readers just like you. We have dozens of investigations under way, but we need your help to keep going.",
        "Join us today by making a donation in any amount.",
        "Thanks so much,",
        "The team",
    ]),
    ("The Nation (magazine)", "en", [
        "Journalism powered by you.",
        "Readers have kept us going for generations. Support bold, independent coverage of the stories that matter and donate today.",
    ]),
    ("Vox (explanatory journalism)", "en", [
        "We need your support today",
        "Independent journalism matters more than ever in an election year. We will explain where the candidates stand and what is at stake, but this work is costly to produce.",
        "We rely on readers like you to fund our journalism. Will you support our work and become a member today?",
        "Support us",
    ]),
    ("NPR (public media)", "en", [
        "You count on public media for stories that help you make sense of your world.",
        "Listeners like you power this station and make it possible to share our journalism with millions, regardless of their ability to pay.",
        "Can we count on you to support this public resource today?",
        "Donate",
    ]),
    ("Wikipedia (encyclopedia)", "en", [
        "To all our readers:",
        "Please don't scroll past this. This week we ask you to help keep the encyclopedia independent. We are a small non-profit; we never run ads and we take no government money.",
        "Most people who give do so because they find the site useful. The average gift is about $15. If everyone reading this gave $3, our fundraiser would be over in an hour.",
        "If the encyclopedia has been useful to you this year, please take one minute to keep it online. Thank you.",
    ]),
    ("The Conversation (nonprofit)", "en", [
        "From the editor:",
        "I'm writing to ask you to make a donation. We need to raise a quarter of our annual budget over the next two weeks.",
        "We publish the work of researchers for everyone, without advertising and without paywalls. Please help keep facts free with a tax-deductible donation today.",
        "Thanks for your help,",
        "The editor",
    ]),
    ("Hong Kong Free Press (independent non-profit)", "en", [
        "Support our independent newsroom",
        "We are backed by readers, run by journalists and immune to political and commercial pressure. No owner or shareholder can tell us to bury a story.",
        "Supporting us is quick: become a monthly supporter by card, PayPal or bank transfer and help safeguard press freedom. Cancel at any time.",
    ]),
    ("Kyiv Independent (reader-funded)", "en", [
        "Three years of reporting funded by our readers.",
        "Become a member now and help us prepare for the year ahead. You can also gift a membership to a friend.",
        "Become a member | Gift a membership",
    ]),
    ("The Lever (reader-supported)", "en", [
        "Thank you for reading, and thank you for sharing our work with your friends.",
        "If you haven't already, please consider becoming a supporting subscriber. Corporate-funded media will never consistently scrutinise the powerful, and your subscription helps us build something different.",
    ]),
    ("Regional nonprofit newsroom (year-end drive)", "en", [
        "Our year-end campaign ends at midnight.",
        "We need to raise $50,000 by December 31 to fund our local reporting next year, and we are not on pace yet.",
        "We know it has been a hard year for many of you. Please chip in whatever you can so we can keep covering the stories no one else will.",
    ]),
    ("Newsletter pitch (generic outlet)", "en", [
        "Sign up for our free morning newsletter",
        "Get the day's essential stories delivered to your inbox every weekday. You can unsubscribe at any time.",
        "Subscribe",
    ]),
    ("Grassroots-funded outlet (membership)", "en", [
        "This story was free to read because members pay for it.",
        "If you value reporting that holds power to account, join the thousands of readers who keep us independent. Membership starts at $5 a month.",
    ]),
    ("taz (German cooperative daily)", "de", [
        "In eigener Sache",
        "Unsere Artikel sind für alle frei zugänglich, ohne Bezahlschranke. Das geht nur, weil viele Leserinnen und Leser freiwillig einen Beitrag zahlen.",
        "Unterstützen Sie unabhängigen Journalismus mit einem regelmäßigen Beitrag – schon ab 5 Euro im Monat. Jeder Beitrag hilft.",
        "Jetzt unterstützen",
    ]),
    ("netzpolitik.org (donation-funded)", "de", [
        "Liebe Leser:innen,",
        "uns fehlen in diesem Jahr noch rund 250.000 Euro. Das schaffen wir nur mit eurer Unterstützung.",
        "Niemand muss zahlen, um unsere Texte zu lesen, und das soll so bleiben. Dafür sind wir darauf angewiesen, dass viele Einzelne ein paar Euro geben. Eure Spende ist steuerlich absetzbar.",
        "Jetzt spenden",
    ]),
    ("Manova / alternative outlet", "de", [
        "Sie sind wichtig!",
        "Freie Medien können nur so viel bewirken, wie ihre Leser sie unterstützen – durch Lesen, Teilen und auch finanziell, sei der Beitrag noch so klein.",
        "Wer kein Geld hat, kann uns helfen, indem er Artikel weiterleitet. Vielen Dank!",
    ]),
    ("Public broadcaster newsletter (German)", "de", [
        "Abonnieren Sie unseren Newsletter",
        "Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach. Kostenlos und jederzeit kündbar.",
    ]),
    ("Mediapart (French, reader-owned)", "fr", [
        "Seuls nos lecteurs peuvent nous acheter.",
        "Un journal sans publicité, sans actionnaire milliardaire et sans aides publiques : notre indépendance repose sur vous.",
        "Le combat pour une information libre ne se fera pas sans votre soutien. Abonnez-vous ou faites un don.",
    ]),
    ("Reporterre (French, donation-funded)", "fr", [
        "Nous sommes un média à but non lucratif, sans actionnaire ni propriétaire. Personne ne modifie ce que vous lisez.",
        "Mais ce travail a un coût : les salaires de nos journalistes, les reportages sur le terrain, les lettres d'information envoyées chaque semaine.",
        "Quels que soient vos moyens, nous travaillons pour vous. Si vous le pouvez, soutenez-nous chaque mois, dès 1 €. Cela prend moins de deux minutes. Merci.",
        "Je soutiens",
    ]),
    ("Le Média (French)", "fr", [
        "Cette indépendance a un prix.",
        "Nous sommes en campagne pour réunir les fonds nécessaires à notre survie l'an prochain. Si vous voulez des journalistes libres, sans milliardaires ni pressions politiques, soutenez-nous.",
        "Les dons sont défiscalisables à 66 % : un don de 50 € ne vous coûte que 17 € après impôt.",
        "Très fraternellement, l'équipe",
    ]),
    ("Novaya Gazeta (Russian, exile)", "ru", [
        "Нам нужна ваша помощь!",
        "Государство отняло у нас лицензию, заблокировало сайт и отпугнуло рекламодателей. Но мы продолжаем работать.",
        "Чтобы продолжать, нам очень нужны читатели, которые поддерживают редакцию донатами. Это просто и безопасно. Поддержать редакцию!",
    ]),
    ("Mediazona (Russian, exile)", "ru", [
        "Без помощи читателей мы не справимся.",
        "Все эти годы нашей главной опорой были ваши ежемесячные пожертвования. После отключения карт мы потеряли почти всех, кто нас поддерживал.",
        "Если мы не восстановим число подписчиков, нам, возможно, придется закрыться. Помогите нам выжить — оформите регулярное пожертвование.",
    ]),
    ("Meduza (Russian, exile)", "ru", [
        "Дорогие читатели!",
        "Нас признали «нежелательной организацией», и мы лишились рекламы. Теперь нас могут спасти только читатели.",
        "Если вы не в России, поддержите нас ежемесячным пожертвованием. Спасибо, что вы с нами.",
    ]),
    ("Regional Russian outlet (people's rouble)", "ru", [
        "Редакция просит читателей о помощи.",
        "Штрафы и давление сделали работу независимого издания почти невозможной. Любая сумма — даже 100 рублей — поможет нам оплатить работу корреспондентов и хостинг.",
        "Перевести пожертвование можно банковской картой. Спасибо!",
    ]),
    ("Public radio (pledge drive)", "en", [
        "Please. Thank you.",
        "This is our spring fund drive. We don't put our broadcasts behind a subscription; we trust you to contribute something to keep the station on the air.",
        "Become a sustaining member today and keep the programs you love coming.",
    ]),
]

# Per-outlet taglines used to test the `patterns` option: not found by the built-in lexicon alone.
OUTLET_TAGLINES = [
    ("Outlet tagline (Daily Lantern)", "en", ["Daily Lantern Plus: the whole archive for one price."]),
]
