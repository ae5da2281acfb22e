"""Nineteenth batch: written by a seventh helper, scored once before anyone changed the rules for it
(the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal types read in
stored public pages (`search`, pages: college radio pledge drives paid in "watts" with premiums, a
public-radio holiday ribbon, a magazine's "powered by readers" box with e-mail consent, small
independent sites' notes to readers), plus reader-funded, nonprofit, exile, encyclopedia/wiki,
public-media and newsletter asks written from our own knowledge, for outlet types not covered by
batches 1-18. No third-party sentence is copied.
"""

BATCH19_APPEALS = [
    ("Zimbabwean independent newsroom working from Johannesburg (exile, English)", "en", [
        "Dear readers,",
        "Our reporters left Harare after years of arrests and raids, but we never stopped covering Zimbabwe. We have no owner, no state money and no advertisers who could pull out. What we have is you.",
        "Support us monthly starting from just $2 — it takes less than a minute.",
        "Support independent Zimbabwean journalism",
        "Card, PayPal or mobile money",
    ]),
    ("Hungarian independent outlet's English edition (reader-funded, 1% tax designation)", "en", [
        "Independent journalism in Hungary is now funded by readers, not the government.",
        "Most of the country's media has been bought up by friends of the ruling party. We are one of the few newsrooms left standing, and more than 20,000 supporters keep us going. If you pay tax in Hungary, you can also give us your 1% — it costs you nothing.",
        "Become a supporter",
        "One-off | Monthly | Yearly",
    ]),
    ("Veterans-affairs nonprofit newsroom (free because readers support it)", "en", [
        "This story is free to read because readers like you chip in.",
        "We are the only nonprofit newsroom that covers the military and veterans full time — VA hospitals, burn pits, benefits backlogs and the people they affect. Our reporting reaches lawmakers and service members alike. A gift today keeps it free for the families who need it most.",
        "Make a gift",
        "Thank you for standing with us.",
    ]),
    ("LGBTQ nonprofit news outlet (Pride month drive, matched gifts)", "en", [
        "Queer news, made by queer journalists. Keep it that way.",
        "This Pride month, every new monthly donation is matched for its first year by a group of longtime readers, up to $25,000. We've raised $14,870 so far.",
        "$5/month",
        "$10/month",
        "$25/month",
        "Donate and double it",
    ]),
    ("Student-run college radio station (spring fund drive, pledges in watts)", "en", [
        "It's fund drive week at 89.1!",
        "We're a student-run, non-commercial station and half of what we spend comes from listeners. Pledge in watts — one watt is $10 — and help us replace the transmitter that keeps knocking us off the air. Pledge 5 watts or more and we'll send you a station tote.",
        "Pledge now",
        "Prefer to give by phone? Call the studio during any show.",
    ]),
    ("Volunteer-edited open map project (annual fundraising banner)", "en", [
        "Our map is made by volunteers — and run on donations.",
        "Millions of apps, aid groups and cyclists rely on the free map that you and 10 million other contributors build. The servers, the software and the small staff that keep it working cost money every year. If the map has ever got you somewhere, please help us reach this year's goal.",
        "Donate to the map",
        "Dismiss",
    ]),
    ("Local nonprofit newsroom's text-message alerts (SMS sign-up box)", "en", [
        "Get local news by text",
        "Breaking news, school closures and election results from our newsroom, sent straight to your phone. Two or three texts a week, never spam.",
        "Mobile number",
        "Text me",
        "Message and data rates may apply. Reply STOP to cancel.",
    ]),
    ("Canadian local nonprofit newsroom with charitable status (tax receipts)", "en", [
        "Local news is worth keeping.",
        "We are a registered journalism charity covering the north shore and its small towns. Because of our charitable status, every donation over $20 gets an official tax receipt from the Canada Revenue Agency. We can't do this without readers who believe their community deserves a newsroom.",
        "Donate now",
        "Prefer to give by cheque or e-transfer? Find out how.",
    ]),
    ("Housing and eviction nonprofit newsroom ('before you keep reading' mid-article box)", "en", [
        "Before you keep reading:",
        "Renters rarely have anyone on their side when a landlord files for eviction. We track every filing in the county and explain tenants' rights in plain language, in English and Spanish. None of it is behind a paywall, and we'd like to keep it that way. Will you give $10 to help?",
        "Yes, I'll give $10",
    ]),
    ("Brazilian Amazon investigative nonprofit's English edition (international donors)", "en", [
        "The Amazon needs reporters on the ground.",
        "Our journalists travel by boat and on foot to document illegal mining, land grabbing and attacks on Indigenous communities, often at great personal risk. We are a nonprofit and accept no money from governments or companies that operate in the region. Readers abroad make up a growing share of our budget.",
        "Support our reporting",
        "Obrigado — thank you.",
    ]),
    ("Online encyclopedia of regional history run by a nonprofit association (Spendenbanner)", "de", [
        "Liebe Leserinnen und Leser,",
        "dieses Online-Lexikon zur Geschichte unserer Region wird von einem gemeinnützigen Verein und vielen Ehrenamtlichen geschrieben. Es ist werbefrei und für Schulen, Archive und Heimatforscher kostenlos. Damit das so bleibt, brauchen wir in diesem Jahr noch 8.000 Euro. Schon 10 Euro helfen.",
        "Jetzt spenden",
        "Spendenquittung auf Wunsch",
    ]),
    ("East German local news start-up (Mitgliedschaft, Journalismus für die Region)", "de", [
        "Guter Lokaljournalismus kostet Geld.",
        "Seit die Tageszeitung ihre Lokalredaktion geschlossen hat, berichten wir als einzige aus dem Landkreis – unabhängig, ohne Verlag und ohne Paywall. Über 1.200 Mitglieder tragen uns bereits. Werden Sie eines davon, ab 6 Euro im Monat.",
        "Mitglied werden",
        "Jederzeit kündbar",
    ]),
    ("Réunion Island independent news site (dons, outre-mer)", "fr", [
        "Chers lecteurs, chères lectrices,",
        "Notre petite rédaction est la seule à enquêter sans relâche sur la vie chère, le foncier et la gestion de l'eau à La Réunion. Nous ne dépendons d'aucun groupe de presse de la métropole ni d'aucune collectivité. Si nos articles vous sont utiles, aidez-nous : chaque don, même de 3 euros, compte.",
        "Faire un don",
        "Mèsi !",
    ]),
    ("West African francophone journalists' site run from exile (soutien)", "fr", [
        "Informer depuis l'exil a un coût.",
        "Menacés, plusieurs d'entre nous ont dû quitter le pays. Nous continuons pourtant à publier chaque jour, grâce à nos correspondants restés sur place. Votre soutien nous permet de les payer et de les protéger.",
        "Je soutiens la rédaction",
        "Paiement par carte, virement ou mobile money",
    ]),
    ("Russian-language culture and books magazine in emigration (подписка на журнал)", "ru", [
        "Подпишитесь на журнал",
        "Мы пишем о книгах, театре и кино, которые больше нельзя обсуждать дома, и публикуем авторов, уехавших из России. Журнал не получает грантов и существует на подписку читателей. Электронная версия — 5 евро в месяц, бумажная с доставкой по Европе — 12 евро.",
        "Оформить подписку",
        "Уже подписаны? Войти",
    ]),
    ("Independent North Caucasus news outlet in Russian (просьба о помощи)", "ru", [
        "Нам очень нужна ваша помощь",
        "Мы рассказываем о том, что происходит в Чечне, Дагестане и Ингушетии, — о похищениях, пытках и давлении на родственников. Почти все наши авторы работают анонимно. Каждое пожертвование, даже 300 рублей или 3 евро, помогает нам оставаться на связи с людьми, которым больше некому рассказать.",
        "Поддержать",
    ]),
]

BATCH19_NEGATIVES = [
    ("bookshop-community-shares", "en", [
        "An independent bookshop that faced closure after its landlord raised the rent has sold more than \u00a3180,000 of community shares to customers in three weeks.",
        "Under the scheme, each investor becomes a member of the co-operative with one vote, regardless of how much they put in. The shop's manager said the response \u201cshowed how much people care about having a bookshop on the high street\u201d.",
    ]),
    ("super-pac-spending", "en", [
        "Outside groups have spent more than $41 million on the Senate race so far, most of it on television ads, according to filings with the Federal Election Commission.",
        "The largest single donor, a hedge fund manager, gave $5 million to a super PAC backing the challenger. Campaign finance watchdogs said the figures made it the most expensive contest in the state's history.",
    ]),
    ("quoted-charity-letter", "en", [
        "Regulators have criticised a charity whose fundraising letter to elderly donors warned that \u201cwithout your gift today, a child will go hungry tonight\u201d.",
        "The letter asked recipients to \u201cplease give \u00a310, \u00a325 or whatever you can\u201d and included a pre-filled direct debit form. The Fundraising Regulator said the wording put undue pressure on vulnerable people, and the charity has apologised.",
    ]),
    ("animal-shelter-overcrowded", "en", [
        "The city's animal shelter says it is at twice its capacity after a surge in owners surrendering pets they can no longer afford to keep.",
        "Staff have waived adoption fees for the rest of the month. Volunteers said donations of food and blankets had helped, but the shelter needs more foster families.",
    ]),
    ("encyclopedia-fundraising-debate", "en", [
        "The foundation behind the online encyclopedia raised a record amount last year through its banner campaigns, its annual report shows, and now holds reserves of more than $250 million.",
        "Some volunteer editors argue that the banners, which tell readers the site is in financial need, overstate the urgency. The foundation says the reserves protect the project against a sudden fall in donations.",
    ]),
    ("donor-advised-funds", "en", [
        "Donor-advised funds now hold more than $250 billion in the United States, and critics say too little of it reaches working charities.",
        "Donors get a tax deduction as soon as they put money into such a fund, but there is no deadline for passing it on. Some lawmakers have proposed requiring payouts within 15 years.",
    ]),
    ("spendensiegel", "de", [
        "Immer mehr Hilfsorganisationen bewerben sich um das Spendensiegel des Zentralinstituts für soziale Fragen, das einen sparsamen Umgang mit Spendengeldern bescheinigt.",
        "Um es zu erhalten, dürfen Werbe- und Verwaltungskosten höchstens 30 Prozent der Ausgaben ausmachen. Verbraucherschützer raten, vor einer Spende auf das Siegel zu achten.",
    ]),
    ("comptes-de-campagne", "fr", [
        "La Commission nationale des comptes de campagne a rejeté les comptes d'un candidat aux élections législatives, qui avait dépassé le plafond des dépenses autorisées.",
        "Le candidat avait également reçu des dons de plusieurs entreprises, ce que la loi interdit depuis 1995. Il ne sera pas remboursé de ses frais par l'État et pourrait être déclaré inéligible.",
    ]),
    ("kino-kraudfanding", "ru", [
        "Независимый режиссёр собрал на краудфандинговой платформе более двух миллионов рублей на съёмки фильма о малых городах Русского Севера.",
        "В сборе участвовали около четырёх тысяч человек. Съёмки начнутся весной, премьеру авторы планируют показать на фестивале в следующем году.",
    ]),
]

BATCH19_ARTICLES = {
    "en-bridge": [
        "Historic bridge to reopen after two-year repair",
        "The stone bridge over the river at the edge of the old town will reopen to traffic next week after a two-year restoration, the council said.",
        "Engineers replaced crumbling mortar and strengthened the arches. Lorries over 7.5 tonnes will still be banned from crossing.",
    ],
    "en-measles": [
        "Measles cases rise in three districts",
        "Health officials have confirmed 23 measles cases in three districts since the start of the month, most of them in unvaccinated children.",
        "Clinics will offer walk-in vaccinations on Saturdays until the end of the year. Parents are asked to check their children's records.",
    ],
    "en-harbour": [
        "Harbour dredging to start in spring",
        "Work to deepen the harbour entrance will begin in March so that larger cargo ships can dock, the port authority announced.",
        "The project is expected to take eight months. Local fishermen have been promised a temporary berth on the north quay.",
    ],
    "de-schwimmbad": [
        "Hallenbad öffnet nach Sanierung wieder",
        "Das Hallenbad der Stadt öffnet nach zweijähriger Sanierung am Montag wieder. Die Kosten lagen bei rund 9 Millionen Euro.",
        "Neu sind ein Lehrschwimmbecken und eine Solaranlage auf dem Dach. Die Eintrittspreise steigen um einen Euro.",
    ],
    "fr-tramway": [
        "Le tramway prolongé jusqu'à l'hôpital",
        "La ligne de tramway sera prolongée de trois kilomètres jusqu'au centre hospitalier, a annoncé la métropole jeudi.",
        "Les travaux débuteront à l'automne et dureront deux ans. Quatre nouvelles stations sont prévues le long du boulevard.",
    ],
    "ru-school": [
        "В посёлке открылась новая школа",
        "В посёлке открылась новая школа на 550 мест, строительство которой заняло почти три года.",
        "В здании есть бассейн и спортивный зал. Старое здание школы, построенное в 1960-х годах, планируют отдать под дом культуры.",
    ],
}
