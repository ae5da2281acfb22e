"""Twentieth batch: written by a seventh helper after batch 19, scored once before anyone changed the
rules for it (the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal
types read in stored public pages (`search`, pages: public radio stations' asks after the loss of
federal funding, with new-donor goals and matches for first-time givers; street newspapers'
circles of friends and donation pleas), plus reader-funded, nonprofit, exile, encyclopedia/wiki,
public-media and newsletter asks written from our own knowledge, for outlet types not covered by
batches 1-19. No third-party sentence is copied.
"""

BATCH20_APPEALS = [
    ("Rural public radio network after losing federal funding (new-donor match)", "en", [
        "Our federal funding is gone. Your station doesn't have to be.",
        "Congress has cut the money that paid for nearly a fifth of our budget — the transmitters that reach the valley towns, the emergency alerts, the only local newsroom for 200 miles. We need 800 first-time donors before the end of the month, and a listener family will match every new gift up to $40,000.",
        "Give now",
        "Already a member? Increase your monthly gift",
    ]),
    ("Uyghur exile news service (English edition)", "en", [
        "Reporting what Beijing wants hidden",
        "Our journalists are Uyghurs living in exile. Many of us have relatives in camps or prisons, and some have been punished for our work. We rely on readers, not governments, to fund independent reporting from the region. Please give what you can.",
        "Donate securely",
        "Your name will never be published.",
    ]),
    ("Children's news site (parents asked to support, ad-free)", "en", [
        "A note for grown-ups",
        "We write the news for readers aged 8 to 14 — clearly, calmly and without ads, tracking or scary headlines. Teachers in 3,000 classrooms use us every week for free. If your child reads us, please consider supporting the site with $4 a month.",
        "Support kids' news",
        "Grown-ups only: this link opens a payment page.",
    ]),
    ("Nonprofit free online learning platform (annual banner: learning free forever)", "en", [
        "Free courses for anyone, anywhere — for as long as you help.",
        "Tens of millions of students use our lessons in maths, science and history without paying a cent. We're a nonprofit, and less than 2% of learners donate. If you're one of the lucky ones who can, give $10 today and a student somewhere keeps learning tomorrow.",
        "Give $10",
        "Give another amount",
        "Not now",
    ]),
    ("Volunteer-run free sheet-music library wiki (donation banner)", "en", [
        "Keep 700,000 scores free",
        "This library of public-domain sheet music is catalogued by volunteers and used by students, choirs and orchestras all over the world. Our hosting bill has doubled in two years. Musicians who download a score: a small donation keeps the library online and without ads.",
        "Donate",
        "Hide for 30 days",
    ]),
    ("Nonprofit literary magazine (year-end annual fund, donors listed)", "en", [
        "Literature needs patrons.",
        "For 40 years this magazine has published poets and storytellers before anyone else did, and paid them fairly. Subscriptions cover barely half of what an issue costs. Gifts to our annual fund before December 31 are tax-deductible, and donors of $100 or more are thanked by name in the spring issue.",
        "Give to the annual fund",
    ]),
    ("Nonprofit newsroom's weekend long-read newsletter box", "en", [
        "Slow down this weekend",
        "Every Saturday, one deeply reported story from our newsroom, the best of the week's reporting, and nothing you have to rush. Free, and easy to cancel.",
        "Your email",
        "Subscribe",
        "By signing up you agree to our privacy policy. You can unsubscribe at any time.",
    ]),
    ("Northern Ireland independent news site (readers own the story)", "en", [
        "We don't belong to a party, a church or a media group.",
        "We are a small independent newsroom reporting on Stormont, the border and the communities in between, and we are paid for by the people who read us. £4 a month is enough to keep one more story coming.",
        "Support our journalism",
        "Cancel anytime. Direct Debit or card.",
    ]),
    ("Jewish community nonprofit newspaper (gifts in multiples of 18)", "en", [
        "Help us keep our community's story in print and online",
        "For more than a century our paper has recorded the births, weddings, debates and losses of this community. Today we are an independent nonprofit, free to read online. Please consider a gift of $18, $36 or $180 in honour of the tradition of chai.",
        "$18",
        "$36",
        "$180",
        "Give today",
    ]),
    ("Bilingual US–Mexico border nonprofit newsroom (English/Spanish)", "en", [
        "Border news, from the border — in two languages.",
        "Our reporters live in the communities that national outlets only visit. We publish every story in English and Spanish, for free, because that's how our readers live. Your monthly donation pays for translation, reporters and the next investigation.",
        "Donate monthly",
        "Dona ahora",
    ]),
    ("Hamburg-style street magazine's website (Freundeskreis, Spenden für Verkäufer)", "de", [
        "Unser Straßenmagazin wird von Menschen ohne Wohnung verkauft – und lebt auch von Ihnen.",
        "Die Hälfte des Verkaufspreises bleibt bei unseren Verkäuferinnen und Verkäufern. Beratung, Sprechstunde und warme Mahlzeiten im Vertrieb finanzieren wir über Spenden. Werden Sie Teil unseres Freundeskreises, schon ab 5 Euro im Monat.",
        "Freundin oder Freund werden",
        "Einmalig spenden",
    ]),
    ("German-language satire magazine (Unterstützer-Abo, werbefrei)", "de", [
        "Satire gibt es nicht umsonst. Na gut, hier schon.",
        "Unsere Texte stehen frei im Netz, ohne Bezahlschranke und ohne Werbung für Abnehmtee. Damit die Autorinnen und Autoren trotzdem ihre Miete zahlen können, gibt es das Unterstützer-Abo: 4 Euro im Monat, dafür Dank, Ruhm und ein Heft im Jahr per Post.",
        "Unterstützer-Abo abschließen",
    ]),
    ("Occitan-language collaborative online encyclopedia (bandeau de dons)", "fr", [
        "Une encyclopédie en occitan, écrite par ses lecteurs",
        "Nos 60 000 articles sont rédigés bénévolement pour que la langue vive aussi sur Internet. Nous n'avons ni publicité ni salarié, mais l'hébergement et les outils ont un coût. Si chaque lecteur de cette page donnait 2 euros, notre budget de l'année serait bouclé en une journée.",
        "Donner",
        "Plus tard",
    ]),
    ("Acadian francophone news site outside Quebec (dons avec reçu fiscal)", "fr", [
        "L'information en français, ici, ne va pas de soi.",
        "Nous sommes l'un des derniers médias francophones indépendants des provinces de l'Atlantique. Notre salle de nouvelles est un organisme de bienfaisance enregistré : tout don de 20 dollars ou plus donne droit à un reçu aux fins de l'impôt. Aidez-nous à continuer de couvrir nos communautés.",
        "Faire un don",
        "Don mensuel ou unique",
    ]),
    ("Russian Far East independent outlet in exile (подписка на рассылку)", "ru", [
        "Дальний Восток в вашей почте",
        "Каждую пятницу мы присылаем главное о Приморье, Хабаровском крае, Сахалине и Камчатке — то, о чём молчат местные власти и федеральные каналы. Рассылка бесплатная. Отписаться можно в один клик.",
        "Ваш e-mail",
        "Подписаться",
    ]),
    ("Volunteer online database of political prisoners (вики-проект, пожертвования)", "ru", [
        "Этот проект делают волонтёры",
        "Мы собираем и проверяем сведения о каждом политическом заключённом: приговор, колония, адрес для писем. Базой пользуются адвокаты, журналисты и родственники. Серверы, юридические консультации и безопасность стоят денег, а грантов у нас нет. Пожалуйста, поддержите проект — хотя бы 5 евро в месяц.",
        "Поддержать проект",
        "Как ещё можно помочь",
    ]),
]

BATCH20_NEGATIVES = [
    ("marathon-charity-places", "en", [
        "More than half of the runners in Sunday's city marathon ran for charity, raising an estimated \u00a338 million, organisers said.",
        "Charities buy guaranteed places and ask runners to pledge a minimum sum, often \u00a32,000. Some participants said the targets had become too high as living costs rose.",
    ]),
    ("billionaire-buys-paper", "en", [
        "A tech billionaire has agreed to buy the city's century-old daily newspaper for an undisclosed sum, ending months of uncertainty over its future.",
        "The new owner said he would keep the newsroom independent and invest in digital subscriptions. Staff, who had feared closure, said they wanted guarantees in writing.",
    ]),
    ("creator-income-survey", "en", [
        "Most people who earn money from fans through membership platforms make less than $500 a month, a new survey of 4,000 creators has found.",
        "Podcasters and writers with paid newsletters reported the highest incomes. Many said they relied on a small group of loyal supporters who pay every month.",
    ]),
    ("quoted-newsroom-appeal", "en", [
        "Media column: When a local newsroom's year-end email told readers that \u201cwithout 1,000 new donors by Friday, we will have to cut our statehouse coverage\u201d, more than 1,400 people gave within three days.",
        "Fundraising consultants say such deadline appeals work, but warn that readers grow tired of them. \u201cYou can only cry wolf so often,\u201d one said.",
    ]),
    ("lottery-good-causes", "en", [
        "The national lottery distributed \u00a31.8 billion to good causes last year, including sports clubs, heritage sites and community groups, its annual figures show.",
        "Critics note that the share of ticket sales going to good causes has fallen while the operator's profits rose. The regulator said it was reviewing the licence terms.",
    ]),
    ("alumni-giving-day", "en", [
        "The university raised $6.2 million from 11,000 donors during its annual 24-hour giving day, beating last year's total by almost a million dollars.",
        "Alumni could direct their gifts to scholarships, athletics or individual departments. The largest single gift, $500,000, came from a former student who now runs a software company.",
    ]),
    ("stiftung-lokaljournalismus", "de", [
        "Eine Stiftung will in den nächsten fünf Jahren 10 Millionen Euro in gemeinnützigen Lokaljournalismus investieren, vor allem in Regionen ohne eigene Lokalzeitung.",
        "Geförderte Redaktionen müssen nachweisen, dass sie sich langfristig auch über Mitglieder und Spenden finanzieren können. Verlegerverbände sehen das Programm skeptisch.",
    ]),
    ("spa-abandons", "fr", [
        "Comme chaque été, la SPA fait face à une vague d'abandons et lance un appel aux dons et aux familles d'accueil.",
        "\u00ab Nos refuges sont pleins, nous avons besoin de vous \u00bb, a déclaré sa présidente, qui estime à plus de 16 000 le nombre d'animaux recueillis depuis le début de l'été.",
    ]),
    ("blagotvoritelnyi-zabeg", "ru", [
        "В субботу в городском парке прошёл благотворительный забег, участники которого собрали больше миллиона рублей для хосписа.",
        "Стартовый взнос составлял тысячу рублей, ещё часть денег пожертвовали зрители и местные компании. Организаторы хотят сделать забег ежегодным.",
    ]),
]

BATCH20_ARTICLES = {
    "en-library": [
        "Library extends opening hours",
        "The central library will open until 9pm on weekdays from next month, after the council found money to hire four more staff.",
        "Sunday opening will also return for the first time since 2019. Usage has risen by a third since free wifi and study rooms were added.",
    ],
    "en-wildfire": [
        "Crews contain grass fire near highway",
        "Firefighters contained a grass fire that burned about 300 acres near the highway on Thursday afternoon, officials said.",
        "No homes were damaged. The cause is under investigation, and a burn ban remains in effect across the county until further notice.",
    ],
    "en-budget": [
        "Council approves property tax rise",
        "The city council voted 7-2 on Tuesday to raise property taxes by 3 per cent to close a gap in next year's budget.",
        "The money will go mainly to road repairs and the fire service. Two members said residents were already struggling with higher bills.",
    ],
    "de-radweg": [
        "Neuer Radweg entlang der Bundesstraße",
        "Zwischen den beiden Nachbarorten entsteht ein 4,5 Kilometer langer Radweg entlang der Bundesstraße. Die Bauarbeiten beginnen im April.",
        "Der Bund übernimmt den Großteil der Kosten von 2,3 Millionen Euro. Für Anwohner wird es zeitweise Umleitungen geben.",
    ],
    "fr-marche": [
        "Le marché couvert rouvre ses portes",
        "Après dix-huit mois de travaux, le marché couvert du centre-ville a rouvert samedi avec une trentaine de commerçants.",
        "La halle a été isolée et équipée de panneaux solaires. La mairie prévoit une nocturne le premier vendredi de chaque mois.",
    ],
    "ru-airport": [
        "В аэропорту открыли новый терминал",
        "В областном аэропорту открылся новый пассажирский терминал, рассчитанный на миллион пассажиров в год.",
        "Старое здание закроют на реконструкцию. Летом из аэропорта планируют запустить прямые рейсы ещё в четыре города.",
    ],
}
