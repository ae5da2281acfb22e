"""Seventh batch: written after the batch-6 changes and scored once before any change for it,
as the honest estimate for unseen outlets. Outlet types not used before: a Scottish and a
Welsh site, a New Zealand public-interest outlet, a Kenyan and a Ghanaian outlet, a Pakistani
English daily, a Philippine investigative centre, a US state-politics nonprofit, a climate desk,
a student paper, a Dutch-funded Russian-language station, a Kazakh Russian-language site, an
Alsatian regional in French, a Luxembourg German site, a trivia newsletter, a fact-checker and a
local TV station; new articles and hard negatives. Our own paraphrases.
"""

BATCH7_APPEALS = [
    ("Scottish independent site (crowdfunder)", "en", [
        "We're a small team covering Scotland without a billionaire owner.",
        "Our crowdfunder closes on Friday and we are still short of the target. If every reader who visited this week put in a fiver, we'd be funded for the year.",
        "Back us on our crowdfunder page",
    ]),
    ("Welsh news site (membership)", "en", [
        "Wales needs a strong, independent voice.",
        "We're a not-for-profit, and our members fund the reporters who cover the Senedd, our councils and our communities.",
        "Become a member for less than the price of a coffee each month.",
    ]),
    ("New Zealand public-interest outlet (koha)", "en", [
        "Kia ora, you've reached the bottom of this story.",
        "We don't lock our journalism away. If you can, please give a koha of any size so it stays open for every New Zealander.",
        "Give a koha",
    ]),
    ("Kenyan digital outlet (premium)", "en", [
        "Unlock unlimited stories",
        "Get full access to our premium analysis and investigations for KSh 300 a month. Pay with M-Pesa or card.",
        "Subscribe now",
    ]),
    ("Ghanaian news site (support box)", "en", [
        "Help us keep telling Ghana's stories.",
        "Advertising no longer pays for serious reporting. A small monthly contribution from readers like you keeps our correspondents in the regions.",
    ]),
    ("Pakistani English daily (e-paper subscription)", "en", [
        "Read today's e-paper and our full archive with a digital subscription.",
        "Plans start at Rs 250 per month. Subscribe now and support journalism that has stood for truth for 75 years.",
    ]),
    ("Philippine investigative centre (donation)", "en", [
        "Our investigations are free for everyone, but they are not free to produce.",
        "Each story takes weeks of document searches, interviews and legal review. Donate to our centre and help us keep holding the powerful to account.",
        "Donate to the Center",
    ]),
    ("US state-politics nonprofit (end-of-story)", "en", [
        "We're nonprofit, nonpartisan and free for everyone.",
        "Our reporters are the only full-time press corps covering the statehouse for many of the counties we serve. Gifts from readers make that possible.",
        "Make your gift today. It takes less than a minute.",
    ]),
    ("Climate desk (newsletter + donation)", "en", [
        "Stay on top of the climate story.",
        "Our free weekly newsletter brings you the biggest climate news and what it means, every Thursday.",
        "Enter your email",
        "Subscribe",
    ]),
    ("Student newspaper (donate)", "en", [
        "Support student journalism!",
        "Your donation covers printing costs and sends our student reporters to cover stories across campus and the city.",
        "Donate",
    ]),
    ("Local TV station (app download)", "en", [
        "Download our free news app to get breaking news alerts and watch our newscasts live.",
        "Sign up for our daily newsletter and get the top local headlines every morning.",
    ]),
    ("Russian-language station in exile (Russian)", "ru", [
        "Наша редакция работает в эмиграции, а в России сайт заблокирован.",
        "Мы остаёмся независимыми только благодаря зрителям. Поддержите нас ежемесячным платежом — это можно сделать из любой страны.",
        "Поддержать",
    ]),
    ("Kazakh Russian-language site (Russian)", "ru", [
        "Мы не получаем денег от государства и не берём заказные материалы.",
        "Если вам важна честная журналистика в Казахстане, поддержите нас любой суммой через Kaspi или банковской картой.",
    ]),
    ("Alsatian regional daily (French)", "fr", [
        "Vous avez atteint la limite d'articles gratuits ce mois-ci.",
        "Pour continuer à suivre l'actualité de votre commune, abonnez-vous à notre offre numérique : 1 € le premier mois, sans engagement.",
        "Je m'abonne",
        "Déjà abonné ? Se connecter",
    ]),
    ("Luxembourg German site (Abo)", "de", [
        "Dieser Artikel ist nur für Abonnenten zugänglich.",
        "Sichern Sie sich jetzt unser Digitalangebot für 1 Euro im ersten Monat und lesen Sie alle Beiträge aus Luxemburg und der Grossregion.",
        "Jetzt abonnieren",
    ]),
    ("Fact-checker (German, Spenden)", "de", [
        "Faktenchecks kosten Zeit.",
        "Wir prüfen jede Woche Dutzende Behauptungen aus Politik und sozialen Netzwerken – unabhängig und ohne Werbung. Damit das so bleibt, brauchen wir Ihre Spende.",
        "Jetzt spenden",
    ]),
]

BATCH7_NEGATIVES = [
    ("campaign-finance", "en", [
        "The governor's campaign took in $820,000 in the last reporting period, including $150,000 from a political action committee tied to the state's largest utility.",
        "Ethics groups have asked the election commission to examine whether the committee exceeded contribution limits. The campaign said every donation had been properly disclosed.",
    ]),
    ("crowdfunding", "en", [
        "A crowdfunding page for the town's flooded rugby club has raised £23,000 in four days, enough to replace the clubhouse floor and kit.",
        "Club secretary Owen Pryce thanked donors and said volunteers would start repairs this weekend. \"We couldn't have done it without the community,\" he said.",
    ]),
    ("quoted-appeal", "en", [
        "The broadcaster's chairman used his speech at the awards to urge the audience to pay for news.",
        "\"If you value what we do, subscribe. Journalism isn't free, and it never was,\" he told the room, to applause.",
        "The company reported a fall in advertising income for the third year running.",
    ]),
    ("newsroom-business", "en", [
        "The nonprofit newsroom said it had reached 30,000 paying members, two years ahead of plan, and would hire six more reporters.",
        "Membership fees and small donations now cover 60% of its budget; the rest comes from foundations. Its editor said the model had proved more stable than advertising.",
    ]),
    ("charity-run", "de", [
        "Beim Benefizlauf am Sonntag kamen rund 45.000 Euro für die Kinderkrebshilfe zusammen.",
        "Mehr als 1.200 Läuferinnen und Läufer gingen an den Start. Die Organisatoren dankten den Sponsoren und kündigten an, den Lauf im nächsten Jahr zu wiederholen.",
    ]),
    ("don-du-sang", "fr", [
        "L'Établissement français du sang lance un appel urgent aux donneurs : les réserves sont au plus bas depuis dix ans.",
        "« Chaque don compte, n'attendez pas », a déclaré sa directrice lors d'une conférence de presse. Des collectes sont organisées tout l'été dans les mairies.",
    ]),
    ("media-law", "ru", [
        "Власти внесли ещё три независимых издания в список «нежелательных организаций».",
        "Теперь за донаты этим СМИ гражданам грозит уголовное дело, отмечают юристы. Редакции призвали читателей не переводить деньги с российских карт.",
    ]),
    ("advice-column", "en", [
        "How to give to charity wisely this year",
        "Before you donate, check that the organisation is registered and read its latest accounts. Small local groups often stretch each pound further than large national charities.",
        "Set up a regular gift rather than a one-off if you can: it helps charities plan ahead.",
    ]),
]

BATCH7_ARTICLES = {
    "en-ferry2": [
        "Island ferry fares to rise by 9% from April",
        "Fares on the island ferry will rise by 9% from April, the operator announced on Wednesday, blaming fuel and crew costs.",
        "Residents' groups said the increase would hit families and small businesses hardest and called on the regional council to extend its fare subsidy.",
        "The operator said season tickets for islanders would rise by only 4%.",
    ],
    "en-court": [
        "Former mayor jailed for taking bribes",
        "A former mayor was sentenced to six years in prison on Thursday for taking bribes worth 14 million shillings from contractors building the town's market.",
        "The judge said the case had damaged public trust. Defence lawyers said they would appeal.",
        "Two contractors were fined and barred from public tenders for five years.",
    ],
    "de-wahl": [
        "Gemeinderatswahl: Grüne legen deutlich zu",
        "Bei der Gemeinderatswahl haben die Grünen ihren Stimmenanteil fast verdoppelt und sind nun zweitstärkste Kraft.",
        "Die Wahlbeteiligung lag bei 61 Prozent und damit leicht über dem letzten Mal. Die Koalitionsgespräche sollen nächste Woche beginnen.",
    ],
    "fr-tram": [
        "Le tramway prolongé jusqu'à la gare",
        "Les travaux de prolongement du tramway jusqu'à la gare commenceront en mars et dureront deux ans, a annoncé la métropole.",
        "Le chantier coûtera 85 millions d'euros. Des déviations de bus seront mises en place dans le centre pendant toute la durée des travaux.",
    ],
    "ru-snow": [
        "Снегопад парализовал движение в городе",
        "Из-за сильного снегопада в городе образовались многокилометровые пробки, несколько рейсов в аэропорту задержаны.",
        "Коммунальные службы вывели на улицы всю технику. Синоптики обещают, что снег прекратится к утру четверга.",
    ],
}
