"""Twelfth batch: written by a fourth helper, scored once before anyone changed the rules for it
(the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal types read in
stored public pages (`search`, pages: nonprofit newsroom emails, reader-funded French and German
sites, exile media, press co-operatives), for outlet types not covered by batches 1-11. No
third-party sentence is copied.
"""

BATCH12_APPEALS = [
    ("Hyperlocal paid newsletter (upgrade to paid tier)", "en", [
        "You're reading the free edition of The Ridgeline Letter.",
        "Paid subscribers get the Thursday council breakdown, the full police log and the comments section. It's $6 a month or $60 a year, and it's the only way this newsletter pays for itself.",
        "Upgrade to paid",
    ]),
    ("US public television station (pledge, thank-you gift)", "en", [
        "Programs like this one come to you because viewers like you pledge.",
        "Give $60 or more today and we'll send you our station tote bag as a thank-you. Become a sustaining member at $5 a month and you'll unlock the on-demand library of past seasons.",
        "Pledge now",
    ]),
    ("Australian community radio (radiothon, subscriber drive)", "en", [
        "It's Radiothon week!",
        "Community radio runs on subscribers, not advertisers. Subscribe from $45 (concession $30) and go in the draw to win a signed record collection. Every subscription keeps our volunteer presenters on air for another year.",
    ]),
    ("UK community-owned news co-op (community shares)", "en", [
        "Own a piece of your local news.",
        "We're a co-operative owned by more than 2,000 readers. Buy community shares from £25 and you get a vote on how we're run, an invitation to our annual meeting and a printed copy of every quarterly edition.",
        "Become an owner →",
    ]),
    ("Sports news site (annual plan discount)", "en", [
        "Don't miss the trade deadline.",
        "Get every scoop, every stat and every post-game breakdown from our beat writers. Annual plan: 40% off for your first year.",
        "Start your subscription",
        "Offer for new subscribers only. Renews at the standard rate unless cancelled.",
    ]),
    ("Caribbean online daily (support box)", "en", [
        "Independent Caribbean journalism needs you.",
        "From hurricane season to parliament, our small team covers the islands without government money or party backing. A contribution of any size, in TT$, US$ or any other currency, helps us keep reporting.",
        "Contribute",
    ]),
    ("Tech news site (ad-free membership)", "en", [
        "Tired of ads and trackers?",
        "Members read every story ad-free, get the full-text RSS feed and join the monthly Q&A with our editors. Plans start at $4.99 a month, billed annually.",
        "Join now | Log in",
    ]),
    ("Appalachian nonprofit newsroom (Giving Tuesday)", "en", [
        "TODAY IS GIVING TUESDAY",
        "For the next 24 hours, every gift to our newsroom will be doubled by a group of local donors, up to $15,000. Your donation is tax-deductible to the full extent allowed by law.",
        "Double my gift",
        "— The staff of the Hollow Creek Ledger",
    ]),
    ("Literary review (print subscription, issue pitch)", "en", [
        "Subscribe to the print edition",
        "Four issues a year of essays, fiction and criticism, delivered to your door. Subscribers also get full access to our fifty-year digital archive. US $39, international $59.",
    ]),
    ("Independent documentary-photo site ('why this piece is free')", "en", [
        "Why is this story free to read?",
        "Because 1,400 readers chip in every month so that nobody hits a paywall here. If you can afford to, join them. If you can't, read on and share it with a friend – that helps too.",
    ]),
    ("German community radio (Fördermitgliedschaft)", "de", [
        "Freies Radio braucht freie Hörerinnen und Hörer.",
        "Wir senden ohne Werbung und ohne Gebührengeld. Werden Sie Fördermitglied ab 3 Euro im Monat – Ihr Beitrag ist als Spende an einen gemeinnützigen Verein steuerlich absetzbar.",
        "Jetzt Fördermitglied werden",
    ]),
    ("Austrian investigative platform (Recherche-Crowdfunding, IBAN)", "de", [
        "Diese Recherche hat vier Monate gedauert.",
        "Damit wir die nächste finanzieren können, brauchen wir bis Ende des Monats noch 18.000 Euro. Sie können per Überweisung helfen: Verein für unabhängige Recherche, IBAN AT12 3456 7890 1234 5678, Verwendungszweck „Recherche“.",
        "Danke, dass Sie uns unterstützen!",
    ]),
    ("French community radio (adhésion à l'association)", "fr", [
        "Cette émission vous a plu ?",
        "Notre radio associative vit grâce à ses adhérents. Adhérez à partir de 15 € par an (5 € tarif réduit) et participez à la vie de l'antenne.",
        "J'adhère",
    ]),
    ("French quarterly print review (abonnement, kiosque)", "fr", [
        "Vous avez lu cet article en accès libre.",
        "Pour lire la suite de notre dossier, procurez-vous le numéro 27 en librairie ou abonnez-vous : quatre numéros par an pour 48 €, frais de port offerts.",
        "S'abonner à la revue",
    ]),
    ("Russian exile outlet (USDT and foreign bank transfer)", "ru", [
        "Мы работаем в эмиграции и не можем получать деньги из России обычным способом.",
        "Поддержать редакцию можно переводом на наш счёт в европейском банке или в криптовалюте: USDT (сеть TRC-20) и биткоин. Адреса кошельков — на странице «Помочь».",
        "Спасибо, что вы с нами.",
    ]),
    ("Russian-language diaspora weekly in Germany (подписка)", "ru", [
        "Оформите подписку на наш еженедельник.",
        "Печатная версия приходит по почте в любой город Германии, электронная — в день выхода. Годовая подписка стоит 49 евро, для пенсионеров действует скидка.",
        "Подписаться",
    ]),
]

BATCH12_NEGATIVES = [
    ("giving-tuesday-report", "en", [
        "Local nonprofits raised a record $2.3 million on Giving Tuesday this year, according to the regional community foundation, which tracked gifts to 340 organisations.",
        "The animal shelter topped the list with $118,000, much of it unlocked by a matching pledge from a family foundation that doubled every gift up to $50,000.",
        "Foundation staff said average gifts were smaller than last year but came from more donors.",
    ]),
    ("quoted-candidate-appeal", "en", [
        "Speaking to about 200 supporters in a school gym, the candidate made an unusually direct request for money.",
        "\u201cIf every one of you chips in $25 before midnight on Friday, we can stay on the air through election day,\u201d she said. \u201cPlease, give what you can.\u201d",
        "Her campaign reported $412,000 in cash on hand at the end of the last quarter, less than half of her opponent's total.",
    ]),
    ("charity-vetting-advice", "en", [
        "Before you give this holiday season, a few checks can make sure your money goes where you intend.",
        "Look up the charity's registration and its most recent annual return, and see how much it spends on programmes compared with fundraising. Be wary of anyone who pressures you to donate on the spot or asks for payment in gift cards.",
        "If your employer matches donations, ask HR how to file the request: it can double your gift at no cost to you.",
    ]),
    ("newsroom-funding-news", "en", [
        "The Harbor Post, a nonprofit newsroom founded four years ago, said on Monday that reader donations now cover 41 percent of its $3.2 million budget.",
        "The outlet's year-end campaign brought in $610,000 from about 5,800 donors, its executive director said, and a national foundation has pledged $500,000 over two years.",
        "The Post plans to hire two reporters to cover the county courts.",
    ]),
    ("campaign-finance-filing", "en", [
        "Filings released on Wednesday show the Senate hopeful raised $3.1 million in the third quarter, 62 percent of it in contributions of $200 or less.",
        "Her largest expenses were digital advertising and text-message fundraising, which together cost the campaign about $900,000.",
    ]),
    ("spendenbilanz", "de", [
        "Die Weihnachtsspendenaktion unserer Zeitung hat in diesem Jahr 284.000 Euro erbracht, so viel wie nie zuvor.",
        "Mehr als 3.100 Leserinnen und Leser haben gespendet, teilte der Trägerverein mit. Das Geld geht an die Tafeln und an zwei Frauenhäuser im Landkreis.",
        "„Jeder Euro kommt an“, sagte die Vorsitzende bei der Scheckübergabe.",
    ]),
    ("collecte-alimentaire", "fr", [
        "Lors de leur collecte nationale du week-end, les bénévoles de la banque alimentaire ont récolté l'équivalent de 11 millions de repas, selon l'association.",
        "« Même un paquet de pâtes ou un don de 5 euros fait la différence », a insisté le président de l'antenne départementale, qui s'inquiète d'une hausse de 20 % des bénéficiaires.",
    ]),
    ("donation-ban-law", "ru", [
        "Госдума приняла в первом чтении законопроект, запрещающий переводить деньги организациям, признанным «нежелательными».",
        "По данным авторов, за пожертвования таким организациям будет грозить штраф до 500 тысяч рублей. Правозащитники считают, что закон направлен против независимых СМИ, которые живут на донаты читателей.",
    ]),
    ("school-trip-crowdfunding", "en", [
        "Parents at Westfield Primary have raised \u00a34,800 through an online crowdfunding page to pay for a residential trip that the school could no longer afford.",
        "The page, set up by the parent-teacher association, asked for \u00a310 donations and was shared more than 600 times.",
    ]),
]

BATCH12_ARTICLES = {
    "en-ferry": [
        "Island ferry timetable cut for winter",
        "The ferry operator will run four crossings a day instead of seven from next month, citing a shortage of licensed crew.",
        "Island businesses said the reduced schedule would make it harder for workers and deliveries to arrive on time.",
        "The operator said full service would resume in April if recruitment goes to plan.",
    ],
    "en-orchard": [
        "Frost hits apple growers",
        "Two nights of hard frost last week damaged up to a third of the blossom in the valley's orchards, growers said.",
        "The agriculture department will survey the losses before deciding whether to open a relief programme.",
    ],
    "en-court": [
        "Judge delays ruling on warehouse zoning",
        "A county judge postponed her decision on a disputed warehouse project until January, asking both sides for more traffic data.",
        "Neighbours say the site would bring hundreds of lorries a day onto a two-lane road.",
    ],
    "de-bruecke": [
        "Brücke über die Lahn bleibt gesperrt",
        "Die marode Brücke über die Lahn bleibt bis mindestens zum Sommer gesperrt, teilte das Straßenbauamt mit.",
        "Prüfer hatten Risse in zwei Pfeilern gefunden. Pendler müssen einen Umweg von zwölf Kilometern in Kauf nehmen.",
    ],
    "fr-marche": [
        "Le marché couvert rouvre après travaux",
        "Après dix-huit mois de chantier, le marché couvert a rouvert ses portes samedi avec une quarantaine de commerçants.",
        "La mairie a consacré 4,2 millions d'euros à la rénovation de la charpente et à l'isolation.",
    ],
    "ru-tram": [
        "В городе запустят новый трамвайный маршрут",
        "С первого декабря трамваи начнут ходить от вокзала до нового микрорайона, сообщили в мэрии.",
        "Интервал движения в часы пик составит семь минут. Стоимость проезда не изменится.",
    ],
}
