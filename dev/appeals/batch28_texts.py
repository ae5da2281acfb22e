"""Twenty-eighth batch: written by an eleventh helper after batch 27, never scored before being
committed (its first run is the honest estimate). Our own paraphrases of labour-press, local
nonprofit, reference-site, public-media, podcast, newsletter, magazine and exile asks (structure and
vocabulary as read in stored public pages: an editor-publisher's letter asking for "personal
support", sponsor-a-word offers, member counts as progress bars, storm-season asks, dismiss lines),
for outlet types not covered by batches 1-27. Outlet names are invented. No third-party sentence is
copied.
"""

BATCH28_APPEALS = [
    ("Regional online labour newspaper (editor-publisher's letter, annual supporter)", "en", [
        "A message from our editor-publisher",
        "Since we went online in 2011, we have become the only outlet in the region that reports every contract fight, strike vote and plant closing from the workers' side. Our readership has grown every year, and we want to put a second reporter and a video crew on the road. So today we're asking you, personally, to stand with us. Just $5 a year makes you a Supporter of this labour newspaper and keeps it free for every union member who reads it.",
        "Become a Supporter",
        "In solidarity, the editor-publisher",
    ]),
    ("Gulf Coast nonprofit local newsroom (storm season, member count as progress bar)", "en", [
        "Hurricane season is here. So are we.",
        "When the power goes out, our live updates on shelters, boil-water notices and road closures are free for everyone, with no paywall. To keep a reporter on every parish line this season we need 500 new members by August 1.",
        "312 of 500 members",
        "Join for $8 a month",
        "Give once",
    ]),
    ("Independent online etymology dictionary (sponsor a word, ad-free upgrade, dismiss)", "en", [
        "Love words? Keep this dictionary free.",
        "For more than twenty years, one editor and a handful of helpers have written every entry on this site. Sponsor a word you love for $10 and your dedication appears beside it for six months, or go ad-free with a premium account.",
        "Sponsor a word",
        "Go ad-free",
        "Not now",
    ]),
    ("Deaf community news site (news in sign language, reader support)", "en", [
        "News in sign language, made by Deaf journalists",
        "Every story on our site comes as a signed video with captions and a written version. Broadcasters rarely sign the news, and no big company pays for ours. Our viewers do. If our videos help you or your family stay informed, please support us with a monthly gift of any size.",
        "Support our newsroom",
        "Watch how your gift is used",
    ]),
    ("Kashmiri independent English-language news magazine (plain paragraph, no header)", "en", [
        "Through internet shutdowns, curfews and the arrest of our own colleagues, this magazine has kept reporting from the valley for fifteen years. We have no government advertising, because we refuse the conditions that come with it, so our subscribers are what keeps us alive. If you value reporting from Kashmir that is not written from Delhi or Islamabad, please subscribe for ₹1,200 a year or send a contribution of any amount.",
        "Subscribe or contribute",
    ]),
    ("Local-history podcast (ratings ask, then listeners' club)", "en", [
        "Before you go: if you enjoyed this episode, rate and review the show wherever you listen. It really does help other people find us.",
        "And if you'd like to keep us digging through the county archives, join the Listeners' Club. For $5 a month you'll get ad-free episodes, a monthly bonus story and our eternal gratitude.",
        "Join the Listeners' Club",
    ]),
    ("Alt-weekly that ended its print edition (membership with event discounts)", "en", [
        "We stopped printing. We didn't stop.",
        "After 38 years in the red boxes on every corner, our paper lives online now, and it's still free, still weird and still owned by nobody you'd want to owe a favour. Members keep it that way. For $6 a month you get a tote bag, early tickets to our live events and 20% off at the bar on music nights.",
        "Become a member",
        "Thanks for reading, and see you on the dance floor.",
    ]),
    ("Public-television station's children's programming (year-end ask, dismiss)", "en", [
        "Give a child a good start this year",
        "Every morning, thousands of children in our region learn letters, numbers and kindness from the programmes on our station, free and without commercials. A year-end gift of $40 helps keep children's shows on the air and supports our reading workshops in rural libraries.",
        "Give before December 31",
        "I've already donated this year",
    ]),
    ("Community newspaper's weekly obituaries and events digest (newsletter box)", "en", [
        "Never miss a notice",
        "Obituaries, church suppers,",
        "school concerts and town meetings,",
        "every Friday morning.",
        "Enter your email",
        "Subscribe",
        "We'll never share your address.",
    ]),
    ("Space and astronomy news site (ad-free membership with benefit list)", "en", [
        "Become a member and get:",
        "No ads, ever",
        "Launch alerts before every rocket goes up",
        "Our monthly sky chart for your location",
        "A members-only livestream with our editors",
        "Independent space journalism needs your support. Membership is $4.99 a month or $49 a year.",
        "Join now",
    ]),
    ("Zweisprachiges Nachrichtenportal in der Lausitz (sorbisch/deutsch, Förderkreis)", "de", [
        "Wir berichten aus der Lausitz, auf Deutsch und auf Sorbisch",
        "Zwischen Tagebau, Strukturwandel und Dorffest ist unsere Redaktion die einzige, die in beiden Sprachen der Region arbeitet. Wir bekommen kein Geld vom Staat für unsere Berichterstattung und wollen keine Bezahlschranke. Werden Sie Teil unseres Förderkreises: Schon ab 4 Euro im Monat sichern Sie unabhängigen Lokaljournalismus.",
        "Förderkreis beitreten",
        "Überweisung oder Lastschrift möglich",
    ]),
    ("Online-Archiv einer Stadtteil-Geschichtswerkstatt (Spendenbanner mit Fortschrittsbalken)", "de", [
        "3.150 von 8.000 Euro",
        "Über 12.000 Fotos, Briefe und Zeitzeugen-Interviews aus unserem Viertel sind hier frei zugänglich, gesammelt und digitalisiert von Ehrenamtlichen. Damit das Archiv online bleibt und weiter wächst, bitten wir einmal im Jahr um Ihre Unterstützung. Jede Spende ist steuerlich absetzbar.",
        "Spenden",
        "Ich habe schon gespendet",
    ]),
    ("Site d'information indépendant en Guyane (dons, paragraphe sans titre)", "fr", [
        "De Saint-Laurent-du-Maroni à Cayenne, nous sommes la seule rédaction indépendante qui enquête sur l'orpaillage illégal, la santé et la vie chère en Guyane, et nous restons en accès libre pour tous. Cela n'est possible que grâce à vos dons. Si cet article vous a été utile, soutenez-nous avec un don, même de quelques euros : il est déductible de vos impôts à 66 %.",
        "Je soutiens",
    ]),
    ("Magazine écologiste imprimé (abonnement papier, lecteurs déjà abonnés)", "fr", [
        "Vous avez aimé cet article ? Il est extrait de notre dernier numéro.",
        "Abonnez-vous pour recevoir le magazine chez vous tous les deux mois : 6 numéros pour 39 euros, sans publicité et imprimés sur papier recyclé. Votre abonnement finance directement nos reportages.",
        "Je m'abonne",
        "Déjà abonné ? Se connecter",
    ]),
    ("Независимое издание о Северном Кавказе в эмиграции (безопасное пожертвование, длинное)", "ru", [
        "Кавказ — это не только то, что показывают по телевизору",
        "Мы пишем о похищениях, пытках и судах, о которых молчат региональные СМИ, и о людях, которые всё равно живут, работают и женятся. Нашу редакцию вынудили уехать, а некоторых из наших авторов до сих пор преследуют. Мы не получаем денег ни от одного государства. Каждое пожертвование — это ещё один материал, который нельзя удалить по звонку сверху. Поддержите нас, если можете.",
        "Поддержать",
        "Как безопасно помочь из России",
    ]),
    ("Ежедневная рассылка новостей на русском для эмигрантов в Европе (форма подписки)", "ru", [
        "Главное за день — в одном письме",
        "Каждый вечер: новости, документы и визы, законы стран ЕС, которые касаются приехавших из России, Беларуси и Украины.",
        "Ваш e-mail",
        "Подписаться",
        "Нет, спасибо",
    ]),
]

BATCH28_NEGATIVES = [
    ("public-radio-funding-cut", "en", [
        "The region's public radio station will cut its local news staff by a third after losing $1.1 million in federal funding, its general manager said on Wednesday.",
        "\"We are going to our listeners and asking them directly: if you value this station, now is the time to give,\" she said. \"Members already pay for half of what we do. We will need them to pay for more.\"",
        "The station's evening call-in programme will end in September. Its news director and two reporters will stay.",
    ]),
    ("weekly-goes-nonprofit", "en", [
        "The Millbrook Courier, a weekly newspaper founded in 1894, will become a nonprofit next month, its owners announced, so that it can accept tax-deductible donations and grants.",
        "\"Advertising will never again pay for a newsroom our size,\" the publisher told a meeting of readers at the town library on Tuesday. \"From now on we will depend on our readers and on people who believe a town needs a newspaper.\"",
        "The paper will keep its $45 annual print subscription and its staff of five.",
    ]),
    ("jailed-reporter-statement", "en", [
        "A court on Monday sentenced a reporter for an independent news site to four years in prison on charges of spreading false information, in a case condemned by press-freedom groups.",
        "In a statement, the site's editors said they would keep publishing. \"We have no owners and no sponsors. Our readers are the only people we answer to, and we will not stop,\" they wrote.",
        "The reporter's lawyers said they would appeal.",
    ]),
    ("pta-fun-run", "en", [
        "Pupils at the elementary school ran a combined 2,300 laps on Friday in the parent-teacher association's annual fun run, which raised $18,600 for new playground equipment.",
        "\"We set a goal of $15,000 and the families blew right past it. Thank you, thank you, thank you,\" the PTA president said over the loudspeaker as the last runners finished. Donations can still be made at the school office until next Friday.",
        "The new climbing frame should be installed over the summer.",
    ]),
    ("newsletter-platform-earnings", "en", [
        "Writers on paid newsletter platforms earned more than $400 million from subscribers last year, according to a report published on Thursday, though most of the money went to a small number of authors.",
        "Many newsletters end with a standard line such as \"Upgrade to paid to get every post and support my work,\" and the report found that between 5 and 10 percent of free readers eventually pay.",
        "The typical paying subscription costs $6 to $8 a month.",
    ]),
    ("restaurant-fire-crowdfunding", "en", [
        "An online fundraiser for the family-run diner destroyed by fire on Main Street has raised more than $92,000 in four days, far beyond its $50,000 goal.",
        "\"We fed this town for thirty years. Now the town is feeding us,\" the owner wrote on the fundraising page, asking people to \"give what you can and come see us when we reopen.\" Staff will receive two months' wages from the money.",
        "Investigators believe the fire started in a fryer.",
    ]),
    ("spendenlauf-schule", "de", [
        "Beim Spendenlauf der Gesamtschule sind am Samstag mehr als 24.000 Euro zusammengekommen. Das Geld geht an ein Schulprojekt in Tansania und an den Förderverein.",
        "\"Wir bitten alle Sponsoren, ihre Zusagen bis Ende des Monats zu überweisen\", sagte die Schulleiterin. \"Jeder Euro zählt, und jedes Kind hat mitgemacht.\"",
        "Der schnellste Läufer schaffte 31 Runden.",
    ]),
    ("telethon-record", "fr", [
        "La nouvelle édition du Téléthon a permis de récolter 84 millions d'euros de promesses de dons, un montant proche de celui de l'an dernier, ont annoncé les organisateurs dimanche matin.",
        "« Merci à tous les donateurs. Il est encore temps de donner : chaque euro compte pour la recherche », a lancé la présidente de l'association à la fin de l'émission. Les dons restent ouverts par téléphone et en ligne jusqu'à la fin du mois.",
        "Les fonds financent la recherche sur les maladies rares.",
    ]),
    ("kraudfanding-teatr", "ru", [
        "Независимый театр из областного центра собрал через краудфандинг полтора миллиона рублей на новый спектакль после того, как ему отказали в субсидии.",
        "«Мы обратились к зрителям с простой просьбой: поддержите нас, если хотите, чтобы театр жил. Нам помогли более двух тысяч человек», — рассказал художественный руководитель.",
        "Премьера назначена на март.",
    ]),
]

BATCH28_ARTICLES = {
    "en-water-main": [
        "A burst water main flooded three streets in the old town early on Thursday, leaving about 600 homes without water for most of the day.",
        "The utility said the pipe was more than a century old and was already on its list for replacement next year. Crews restored supply by early evening.",
        "Residents were told to run their taps for a few minutes before drinking.",
        "The council will review the replacement schedule for the whole district.",
    ],
    "en-hospital-wing": [
        "A new maternity wing opened at the county hospital on Monday, two years late and $9 million over budget.",
        "The wing has 24 private rooms and a neonatal unit that will allow premature babies to be treated locally instead of being flown to the city.",
        "The first baby was born there shortly after midnight.",
    ],
    "en-zoning-vote": [
        "The planning commission voted on Tuesday to allow apartment buildings of up to four storeys along the main bus corridor.",
        "Supporters said the change would bring more affordable homes; opponents warned of traffic and parking problems. The decision goes to the city council next month.",
        "About 200 people attended the four-hour meeting.",
    ],
    "de-buslinie": [
        "Ab Dezember fährt die neue Schnellbuslinie zwischen dem Hauptbahnhof und dem Gewerbegebiet im Zehn-Minuten-Takt.",
        "Die Verkehrsbetriebe setzen dafür sechs Elektrobusse ein. Pendler hatten seit Jahren eine bessere Verbindung gefordert.",
        "Die Fahrpreise bleiben unverändert.",
    ],
    "fr-college": [
        "Le nouveau collège de la commune accueillera ses premiers élèves à la rentrée de septembre, a confirmé le département vendredi.",
        "Le bâtiment, construit en bois, pourra accueillir six cents élèves. Il soulagera deux établissements voisins surchargés.",
        "Une ligne de bus scolaire sera créée.",
    ],
    "ru-poliklinika": [
        "В северном районе города открылась новая поликлиника, строительство которой длилось почти четыре года.",
        "В ней будут принимать около ста пятидесяти тысяч жителей. Часть врачей перейдёт из старого здания, которое закроют на ремонт.",
        "Записаться на приём можно по телефону или на сайте.",
    ],
}
