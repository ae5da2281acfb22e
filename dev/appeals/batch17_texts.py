"""Seventeenth batch: written by a sixth helper, scored once before anyone changed the rules for it
(the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal types read in
stored public pages (`search`, pages: a gun-violence nonprofit newsroom's support line, a state-history
online encyclopedia run by a nonprofit, a Central American newsroom run from exile, a German daily's
voluntary-payment model, the readers' association of a French monthly), plus reader-funded, public
media, exile and newsletter asks written from our own knowledge, for outlet types not covered by
batches 1-16. No third-party sentence is copied.
"""

BATCH17_APPEALS = [
    ("Gun-violence nonprofit newsroom (readers sustain our work)", "en", [
        "Support reporting on gun violence",
        "Few newsrooms cover shootings as a public-health crisis every day. We do, and we can because readers chip in. Our nonprofit takes no money from gun makers or advocacy groups. A gift of $15 a month pays for a day of records requests.",
        "Donate",
        "Thank you for standing with our reporters.",
    ]),
    ("Salvadoran newsroom run from exile (English edition)", "en", [
        "A message from our newsroom",
        "Our legal home is now in another country, because at home we were audited, spied on and called criminals on state television. Our reporters are still on the ground. Keeping them there costs more every month, and advertisers are afraid to be seen with us.",
        "Stand with independent journalism in Central America: give once or every month.",
        "Support us",
    ]),
    ("State-history online encyclopedia (nonprofit, free for classrooms)", "en", [
        "Thousands of sourced essays on the history of our state, free for students, teachers and you.",
        "This encyclopedia is produced by a small nonprofit of historians and editors. We sell no ads and charge no subscription. If an essay helped you today, a tax-deductible gift of $25 keeps it online for the next class.",
        "Give to the encyclopedia",
    ]),
    ("Immigration nonprofit newsroom (multilingual, newsletter + donation)", "en", [
        "We report for and with immigrant New Yorkers — in English, Spanish and Chinese.",
        "Get our free weekly guide to visas, courts and rights at work, sent to your inbox or your phone. And if you can, become a supporter: donations from readers make up a growing part of our budget.",
        "Your email address",
        "Sign up",
        "Donate",
    ]),
    ("Western US regional nonprofit magazine (subscribe or give)", "en", [
        "Reporting on the rural West since the 1970s",
        "We are an independent, reader-supported nonprofit magazine. Subscriptions cover less than half of what it costs to report from ranch country, tribal nations and small towns. Donors cover the rest.",
        "Subscribe  ·  Donate  ·  Give a gift",
    ]),
    ("Tribal public radio station (membership drive, thank-you gift)", "en", [
        "Your station. Your voice. Your support.",
        "This public radio station broadcasts news, elders' stories and weather in English and in our language to villages spread over an area the size of Oregon. Become a member today for $10 a month and we'll send you our station mug as a thank-you.",
        "Become a member",
        "Prefer to give by phone? Call the station during office hours.",
    ]),
    ("Iranian diaspora news site in English (exile)", "en", [
        "Dear readers,",
        "Our journalists were forced to leave Iran, and some of their families are still questioned about their work. We publish from abroad so that what happens inside the country does not disappear. We refuse money from any government. Give monthly from as little as $3 and help keep these stories free to read in English and Persian.",
        "Support us monthly",
        "— The editors",
    ]),
    ("Religion news nonprofit (free to read because readers support it)", "en", [
        "You can read this article for free because readers like you chip in.",
        "Our independent nonprofit covers faith and belief without taking sides, and without a paywall. Help us keep it that way.",
        "Make a one-time gift  |  Give monthly",
    ]),
    ("City-hall newsletter box (nonprofit local newsroom)", "en", [
        "Don't miss another council vote.",
        "Every Monday our city hall reporter sends a short rundown of what the council, the school board and the zoning commission will decide this week. Free, and written by a human.",
        "Enter your email",
        "Subscribe",
        "We'll never sell your address. Unsubscribe any time.",
    ]),
    ("UK reader-funded independent video and news channel (monthly supporters)", "en", [
        "We're funded by our audience, not by billionaires.",
        "No press baron owns us and no advertiser tells us what to cover. Everything we make — videos, podcasts, articles — is paid for by around 7,000 people who give a few pounds a month. Could you become one of them? Support us from £3 a month.",
        "Become a supporter",
    ]),
    ("German daily's voluntary-payment model (freiwillig zahlen)", "de", [
        "Alle Artikel auf unserer Seite sind frei zugänglich – ohne Bezahlschranke.",
        "Damit das so bleibt, zahlen mehr als 30.000 Leserinnen und Leser freiwillig einen regelmäßigen Beitrag, so viel sie können. Niemand muss, aber jede Zahlung hilft uns, unabhängig zu bleiben. Schon ab 5 Euro im Monat sind Sie dabei.",
        "Ja, ich zahle freiwillig",
    ]),
    ("German cooperative of freelance science journalists (unterstützen)", "de", [
        "Unabhängiger Wissenschaftsjournalismus braucht Sie.",
        "Auf unserer Plattform veröffentlichen freie Journalistinnen und Journalisten Recherchen zu Klima, Artenvielfalt und Medizin. Ein großer Teil des Geldes, das Sie geben, geht direkt an die Autorin oder den Autor des Textes, den Sie gerade gelesen haben.",
        "Diesen Text unterstützen",
        "Zahlung per PayPal, Kreditkarte oder Lastschrift",
    ]),
    ("French monthly's readers' association (adhérer aux Amis)", "fr", [
        "Chères lectrices, chers lecteurs,",
        "Notre association de lecteurs détient une part du capital du journal : c'est l'une des garanties de son indépendance face aux actionnaires. Plus nous sommes nombreux, plus cette garantie est solide. Rejoignez-nous pour 30 euros par an (15 euros pour les étudiants et les chômeurs).",
        "J'adhère à l'association",
    ]),
    ("French free-access journal on the Arab world (dons)", "fr", [
        "Un journal gratuit, sans publicité, qui ne vit que de vos dons",
        "Depuis plus de dix ans, nos articles sur le Proche-Orient et le Maghreb sont écrits par des chercheurs et des journalistes de la région, et restent accessibles à tous. Pour continuer, nous avons besoin de lecteurs qui donnent, même un peu. Chaque don ouvre droit à une réduction d'impôt.",
        "Faire un don",
    ]),
    ("Russian-language LGBT+ media in exile (регулярная поддержка)", "ru", [
        "Нас признали «экстремистами» — а мы продолжаем писать.",
        "Мы единственное русскоязычное издание, которое каждый день рассказывает о жизни ЛГБТК+ людей в России и рядом с ней. Мы работаем за границей, а наши герои остаются дома. Оформите регулярную поддержку от 3 евро в месяц — это безопасно, мы не передаём ваши данные третьим лицам.",
        "Поддержать редакцию",
    ]),
    ("Russian-language analytical platform in exile (поддержите аналитику)", "ru", [
        "Независимая экспертиза о России",
        "Наши авторы — экономисты, социологи и политологи, которым больше нельзя публиковаться дома. Мы не берём денег у государств и политических партий. Если наши доклады помогают вам понимать происходящее, поддержите платформу разовым или ежемесячным платежом.",
        "Поддержать",
        "Спасибо, что читаете нас.",
    ]),
]

BATCH17_NEGATIVES = [
    ("gun-buyback-funding", "en", [
        "A gun buyback event funded by a local church and two businesses collected 212 firearms on Saturday, police said.",
        "Participants received grocery gift cards worth $100 to $200 depending on the weapon. Organisers said they had raised $40,000 for the event and hoped to hold another in the spring.",
    ]),
    ("public-radio-merger", "en", [
        "Two public radio stations in neighbouring cities will merge next year after pledge revenue at the smaller station fell by 18 per cent.",
        "The combined station will keep both frequencies and its 31 staff. Listeners who already give monthly will not need to change their donations, the stations said.",
    ]),
    ("university-campaign", "en", [
        "The state university has launched a $1.2 billion fundraising campaign, the largest in its history, with gifts already pledged from 40,000 alumni.",
        "\u201cEvery graduate can be part of this, whether they give $10 or $10 million,\u201d the university president told a crowd at the launch. Most of the money will go to scholarships and a new medical school building.",
    ]),
    ("satellite-crowdfunding", "en", [
        "A group of high school students has raised $68,000 on a crowdfunding site to build a small satellite that will measure air pollution from orbit.",
        "The satellite is due to launch next year on a commercial rocket. The students said backers who gave more than $50 would have their names engraved on a plate inside it.",
    ]),
    ("bake-sale", "en", [
        "Parents at the primary school on Hill Road raised \u00a31,460 at a bake sale on Friday to pay for a Year 6 trip to the coast.",
        "Posters around the village had urged people to \u201ccome along, buy a cake and support our pupils\u201d. The head teacher thanked the families who had baked more than 300 items.",
    ]),
    ("mayoral-small-donors", "en", [
        "The leading candidate for mayor raised $1.9 million in the last quarter, two-thirds of it in donations of under $200, according to filings released on Monday.",
        "Her campaign's emails, which ask supporters to \u201cchip in $5 before midnight\u201d, went out up to three times a day in the final week of the quarter. Her main rival raised $1.1 million, mostly from larger donors.",
    ]),
    ("spendenbilanz", "de", [
        "Die Hilfswerke in Deutschland haben im vergangenen Jahr weniger Spenden erhalten als im Jahr davor. Insgesamt gaben Privatleute rund 5 Milliarden Euro, teilte der Spendenrat mit.",
        "Vor allem jüngere Menschen spendeten seltener. Die durchschnittliche Spende stieg dagegen auf 41 Euro. Am häufigsten wurde für Not- und Katastrophenhilfe gegeben.",
    ]),
    ("financement-film", "fr", [
        "Un réalisateur lyonnais a réuni 52 000 euros en financement participatif pour terminer son premier long métrage, tourné avec des acteurs non professionnels.",
        "Plus de 900 contributeurs ont participé à la campagne. Le film doit être présenté au printemps dans plusieurs festivals, a indiqué la production.",
    ]),
    ("sbor-biblioteka", "ru", [
        "Жители посёлка собрали более 600 тысяч рублей на восстановление сельской библиотеки, пострадавшей от пожара в марте.",
        "Деньги перечисляли и бывшие жители, разъехавшиеся по другим городам. Администрация района пообещала добавить недостающую сумму и закупить новые книжные стеллажи.",
    ]),
]

BATCH17_ARTICLES = {
    "en-bridge": [
        "Swing bridge to close for six weeks of repairs",
        "The 120-year-old swing bridge across the harbour will close to traffic from March 4 while engineers replace its turning mechanism, the council said.",
        "Pedestrians will be able to use a temporary ferry. Drivers face a diversion of about three miles via the ring road.",
    ],
    "en-orchard": [
        "Frost hits apple growers in the valley",
        "Two nights of hard frost in late April have destroyed up to half of the apple blossom in the valley's orchards, growers say.",
        "Some farmers ran fans and lit candles between the rows overnight. The final damage will not be clear until the fruit sets in June.",
    ],
    "en-museum": [
        "Maritime museum reopens after renovation",
        "The maritime museum reopened on Saturday after a two-year renovation that added a new gallery for the city's whaling history.",
        "More than 4,000 visitors came on the first day. Entry remains free for residents under 18.",
    ],
    "de-radweg": [
        "Neuer Radweg entlang der Bundesstraße freigegeben",
        "Der sieben Kilometer lange Radweg zwischen den beiden Nachbargemeinden ist am Freitag offiziell freigegeben worden.",
        "Bisher mussten Radfahrer auf der viel befahrenen Bundesstraße fahren. Der Bau hat 3,2 Millionen Euro gekostet und wurde zum großen Teil vom Land bezahlt.",
    ],
    "fr-marche": [
        "Le marché couvert rouvre ses portes",
        "Après dix-huit mois de travaux, le marché couvert du centre-ville a rouvert samedi avec une trentaine de commerçants.",
        "La toiture a été entièrement refaite et des panneaux solaires installés. Le marché sera désormais ouvert aussi le dimanche matin.",
    ],
    "ru-metro": [
        "В городе открыли новую станцию метро",
        "В понедельник утром открылась новая станция метро на окраине города, её строительство продолжалось шесть лет.",
        "По оценкам мэрии, станцией будут пользоваться около 40 тысяч человек в день. Рядом с выходом обустроят перехватывающую парковку.",
    ],
}
