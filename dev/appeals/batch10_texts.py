"""Tenth batch: written by the third helper BEFORE looking at the learned scorer's output on it
and scored once before any change for it. Appeals modelled on real appeals of outlets not yet
covered, read in stored public pages with the `search` tool (pages) and rewritten as our own
paraphrases (structure and vocabulary kept, no sentence copied); our own articles and hard
negatives about donations, fundraising and campaign finance.
"""

BATCH10_APPEALS = [
    ("Global opinion site (survival appeal, matched gifts)", "en", [
        "Keep this site open",
        "We have to raise £20,000 by the end of the month or we will have to close our doors.",
        "We are not asking you to pay for articles. We are asking you to make sure we are still here next year.",
        "Thanks to a group of pledgers, every £1 you give is worth £5 to us. A monthly gift of £10 becomes £600 over the year.",
        "Give now",
    ]),
    ("Canadian reader-built magazine (builders)", "en", [
        "The story you just read was paid for by a few thousand readers. Will you be one of them?",
        "No junk, no paywall, no clickbait: just careful reporting from our small independent team.",
        "Fewer than one in a hundred of our monthly readers chip in. If one in fifty did, we could hire two more reporters.",
        "Pick your amount, cancel whenever you like. Become a builder today.",
    ]),
    ("German weekly (trial subscription)", "de", [
        "Jetzt drei Wochen gratis testen!",
        "Lesen Sie die gedruckte Ausgabe drei Wochen lang kostenlos und unverbindlich.",
        "Oder lesen Sie uns digital auf Computer, Smartphone und Tablet.",
        "Gratis-Ausgaben sichern",
    ]),
    ("Austrian city weekly (morning newsletter)", "de", [
        "Sie lesen gerade den Morgen-Newsletter unserer Stadtredaktion – jeden Werktag um sechs Uhr früh in Ihrem Postfach.",
        "Hier kostenlos anmelden:",
    ]),
    ("French media-watch site (tout don compte)", "fr", [
        "N'oubliez pas : notre observatoire est entièrement indépendant et ne vit que de vos dons.",
        "Aidez-nous à continuer notre travail de critique des médias. Chaque don, même modeste, nous est précieux.",
    ]),
    ("Californian policy newsroom (gift checklist)", "en", [
        "Support trustworthy state reporting",
        "Your tax-deductible gift will:",
        "Keep every story free to read for everyone in the state.",
        "Pay the reporters who follow the Capitol every day.",
        "Help us hold officials to account.",
        "Choose a monthly amount",
    ]),
    ("Californian policy newsroom (triple match + newsletter)", "en", [
        "Our nonpartisan journalism reaches millions across the state. Until Dec. 31, your gift is tripled.",
        "Get our weekday guide to state politics in your inbox. Sign up for the newsletter.",
    ]),
    ("Russian social-issues media (Russian)", "ru", [
        "Мы пишем о людях, о которых больше никто не напишет.",
        "Наше издание существует только на пожертвования читателей. Оформите ежемесячный платёж — даже 200 рублей помогут нам продолжать работу.",
        "Поддержать редакцию",
    ]),
    ("Siberian regional site (Russian)", "ru", [
        "Дорогие читатели!",
        "Независимой региональной журналистики почти не осталось. Мы продолжаем работать благодаря вам.",
        "Станьте нашим подписчиком на платформе поддержки или переведите любую сумму на карту редакции.",
        "Спасибо, что вы с нами.",
    ]),
    ("Exile investigative outlet (Russian, safe payment)", "ru", [
        "«Важные» расследования требуют времени и денег.",
        "Если вы находитесь в России, помогите нам безопасно: через криптовалюту или иностранную карту. Мы не храним данные жертвователей.",
        "Помочь",
    ]),
    ("Belgian French daily (essai gratuit)", "fr", [
        "Envie de lire la suite ?",
        "Essayez notre offre numérique : le premier mois est offert, puis 9,90 € par mois, sans engagement.",
        "J'en profite",
        "Vous êtes déjà abonné ? Connectez-vous",
    ]),
    ("US investigative nonprofit (year-end, one line glued)", "en", [
        "Reporting like this takes months and lawyers. It's paid for by readers, not advertisers — chip in before midnight and a donor will double it.",
    ]),
    ("UK science magazine (subscribe, benefits)", "en", [
        "Enjoying our coverage? Subscribe and get unlimited access to every article, the weekly print edition and our full archive back to 1950.",
        "Subscribers save 40% in the first year.",
        "Subscribe today",
    ]),
    ("German cooperative daily (Genossenschaft)", "de", [
        "Unsere Zeitung gehört ihren Leserinnen und Lesern: mehr als 20.000 Genossinnen und Genossen tragen sie.",
        "Werden auch Sie Teil der Genossenschaft – schon ab einem Anteil von 500 Euro, zahlbar in Raten.",
        "Mehr erfahren",
    ]),
]

BATCH10_NEGATIVES = [
    ("media-appeal-report", "en", [
        "The website, which publishes commentary from contributors around the world, said it had raised £215,000 of the £250,000 it needs by the end of March.",
        "Its editor told The Herald that without the money the site would have to close, and that donations from readers had covered most of the gap.",
    ]),
    ("campaign-email", "en", [
        "The senator's campaign sent supporters an email on Monday asking them to \"chip in $5 before midnight\" after a weak fundraising quarter.",
        "Filings with the Federal Election Commission show the campaign spent more than it raised in the last three months.",
    ]),
    ("parteispenden", "de", [
        "Die Partei hat im vergangenen Jahr Großspenden von insgesamt 1,2 Millionen Euro erhalten, wie aus den Unterlagen des Bundestages hervorgeht.",
        "Transparenz-Initiativen fordern, dass Spenden schon ab 10.000 Euro sofort veröffentlicht werden.",
    ]),
    ("cagnotte", "fr", [
        "Une cagnotte en ligne lancée par les voisins de la famille sinistrée a déjà récolté plus de 30 000 euros.",
        "« Nous n'imaginions pas un tel élan de solidarité », a confié la mère de famille au journal local.",
    ]),
    ("charity-fund-report", "ru", [
        "Благотворительный фонд помощи хосписам собрал за год 140 миллионов рублей, сообщила его директор.",
        "По её словам, больше половины пожертвований поступает от регулярных небольших платежей частных лиц.",
    ]),
    ("newspaper-coop-report", "de", [
        "Die Genossenschaft der Tageszeitung hat nach eigenen Angaben erstmals mehr als 20.000 Mitglieder.",
        "Der Vorstand kündigte an, das Geld in den Ausbau des Digitalangebots zu stecken, teilte eine Sprecherin mit.",
    ]),
    ("public-media-funding", "en", [
        "Congress voted to cut funding for public broadcasting, and local stations warned that listeners would be asked to give more.",
        "\"We will have to lean on our members like never before,\" the station's director said in an interview.",
    ]),
    ("church-appeal-report", "fr", [
        "La paroisse a lancé un appel aux dons pour restaurer le clocher, endommagé par la tempête de janvier.",
        "Le maire a indiqué que la commune participerait à hauteur de 50 000 euros.",
    ]),
]

BATCH10_ARTICLES = {
    "en-ferry": [
        "Ferry service cut as fuel costs climb",
        "The island's only ferry operator will drop its late-evening sailing from next month, blaming a sharp rise in fuel prices.",
        "Residents said the change would make it harder to work shifts on the mainland. The council said it would ask the region for a subsidy.",
    ],
    "en-school": [
        "District delays school start to fix heating",
        "Classes at four primary schools will begin a week later than planned after inspectors found faults in the heating systems.",
        "Parents were told on Friday. The district said repairs would cost about $800,000 and be finished by the end of the month.",
    ],
    "de-bruecke": [
        "Brücke bleibt monatelang gesperrt",
        "Die marode Brücke über den Kanal bleibt nach einem Gutachten bis mindestens Herbst für den Autoverkehr gesperrt.",
        "Pendler müssen einen Umweg von zwölf Kilometern fahren. Die Stadt prüft einen Ersatzbau.",
    ],
    "fr-vendanges": [
        "Vendanges précoces dans le Sud",
        "Les vignerons ont commencé à récolter le raisin avec deux semaines d'avance, en raison de la chaleur de l'été.",
        "Les volumes devraient être en baisse, mais la qualité s'annonce bonne, selon la chambre d'agriculture.",
    ],
    "ru-tram": [
        "В городе закроют старую трамвайную линию",
        "Мэрия объявила, что трамвайная линия через центр будет закрыта с июля на реконструкцию.",
        "Вместо трамваев пустят автобусы. Работы продлятся около года, сообщили в департаменте транспорта.",
    ],
}
