"""Fifteenth batch: written by a fifth helper, scored once before anyone changed the rules for it
(the "first run, never tuned on" rows in README.md). Our own paraphrases of appeal types read in
stored public pages (`search`, pages: a digital library's once-a-year founder letter, a French
encyclopedia banner, a German ad-free media-critique magazine, a Russian human-rights media
project cut off from rouble payments, a French nonprofit investigative site's tax-deductible
gift), plus reader-funded, exile and public-media asks written from our own knowledge, for outlet
types not covered by batches 1-14. No third-party sentence is copied.
"""

BATCH15_APPEALS = [
    ("Digital library / web archive (founder's once-a-year letter)", "en", [
        "To everyone who uses the archive:",
        "We only ask once a year, so here it is. We are an independent nonprofit library that millions of people rely on, and we never run ads or sell your reading history. Servers and staff still cost money. Most visitors can't give, and that's fine – but if you can, $20 keeps a web page preserved for good.",
        "If the archive has ever rescued a link for you, please chip in today. Thank you.",
        "— The founder and the library team",
        "Give once | Give monthly",
    ]),
    ("Gender-and-politics nonprofit newsroom (free because readers support us)", "en", [
        "You just read this story for free – and that's on purpose.",
        "We're an independent, nonprofit newsroom reporting on gender, politics and policy, and we don't put our journalism behind a paywall. That only works because thousands of readers give what they can. Will you join them with a gift of any amount today?",
        "Yes, I'll give",
    ]),
    ("Conservation news nonprofit (no paywall, reporters worldwide)", "en", [
        "Our reporting on forests, oceans and wildlife is read in more than 200 countries, and none of it sits behind a paywall.",
        "As a nonprofit, we depend on readers to keep local reporters in the field where the biodiversity crisis is unfolding. A donation of $10 a month helps cover a story from a place few outlets ever reach.",
        "Support conservation news",
    ]),
    ("Open-source investigation collective (keep guides and research free)", "en", [
        "Help us keep investigating.",
        "Our researchers verify footage, trace weapons and geolocate attacks using open sources – and we publish our methods so that anyone can learn them. We accept no government money for our investigations. Contributions from readers keep our guides free and our work independent.",
        "Donate",
    ]),
    ("Myanmar exile newsroom (English edition, from across the border)", "en", [
        "Our newsroom was forced out of the country after the coup. We still report from inside it.",
        "Our correspondents take serious risks to document what is happening, and with foreign grants drying up, readers are now our lifeline. If you value independent news about Myanmar, please support us with a monthly or one-off gift.",
        "Stand with independent Myanmar media",
    ]),
    ("Afghan women journalists in exile (English)", "en", [
        "Since 2021, women in Afghanistan have been barred from most work – including journalism.",
        "Our reporters, many of them inside the country and writing under pseudonyms, tell the stories the authorities want silenced. We are run by women, for everyone. Your donation pays for secure communication and fair fees for our writers.",
        "Support our reporters",
    ]),
    ("UK nonprofit investigative bureau (supporters' circle)", "en", [
        "Join our supporters' circle",
        "We are a not-for-profit newsroom investigating power in Britain and beyond. No shareholders, no owner, no advertisers to keep happy. From £5 a month, supporters get an inside look at how our investigations come together, and our eternal thanks.",
        "Become a supporter",
    ]),
    ("Public broadcaster newsletter sign-up (morning briefing)", "en", [
        "Start your day with the news that matters",
        "Our newsroom's morning briefing lands in your inbox at 7am: the top stories, what to watch for and one thing to make you smile. It's free.",
        "Enter your email address",
        "Sign me up",
        "By signing up you agree to our privacy notice. You can unsubscribe at any time.",
    ]),
    ("Socialist print quarterly (subscribe, print + digital)", "en", [
        "Like what you read? We're funded by our readers, not by billionaires.",
        "Subscribe today and get our next four print issues delivered to your door, plus full digital access, for just $25 a year. Every subscription helps keep our website free for everyone else.",
        "Subscribe now",
    ]),
    ("Criminal-justice nonprofit newsroom (did you find this valuable?)", "en", [
        "Did this story help you understand the justice system a little better?",
        "Our nonprofit newsroom covers prisons, policing and the courts with the depth these subjects deserve, and every story is free to read and free to republish. We rely on readers like you. Make a tax-deductible gift today – even $5 makes a difference.",
        "Make a gift",
    ]),
    ("German media-critique magazine (werbefrei, nur von Abonnenten finanziert)", "de", [
        "Medienkritik braucht Unabhängigkeit.",
        "Wir zeigen auf, was in Fernsehen, Zeitungen und Netz schiefläuft – ohne Werbung, ohne Geld von Plattformkonzernen, Stiftungen oder dem Staat. Möglich machen das allein unsere Abonnentinnen und Abonnenten. Werden Sie eine von ihnen: schon ab 5 Euro im Monat, monatlich kündbar.",
        "Jetzt abonnieren",
    ]),
    ("Free regional weekly financed by solidarity subscriptions (Soli-Abo)", "de", [
        "Diese Zeitung ist kostenlos. Machen kostet sie trotzdem etwas.",
        "Wir verzichten auf Bezahlschranke und Anzeigenkunden, damit alle unsere Recherchen lesen können. Getragen wird das von Menschen, die freiwillig zahlen: Mit einem Soli-Beitrag ab 10 Euro im Monat sichern Sie unabhängigen Journalismus in der Region.",
        "Soli-Abo abschließen",
    ]),
    ("French-language encyclopedia banner (à tous nos lecteurs en France)", "fr", [
        "À tous nos lecteurs en France,",
        "Nous ne vous interrompons qu'une fois par an. L'encyclopédie est gratuite, sans publicité, et vit grâce aux dons de ses lecteurs, de 12 € en moyenne. Si chaque personne qui lit ces lignes donnait ne serait-ce que 3 €, notre collecte serait bouclée en quelques heures.",
        "Merci de nous aider à garder le savoir libre et accessible à tous.",
        "Je fais un don",
    ]),
    ("French nonprofit investigative site (don défiscalisé à 66 %)", "fr", [
        "Nos enquêtes ne doivent rien aux annonceurs ni aux actionnaires.",
        "Média à but non lucratif, nous sommes financés par les dons de nos lecteurs et lectrices. Votre don est déductible de vos impôts à hauteur de 66 % : un don de 60 € ne vous revient qu'à 20,40 €.",
        "Soutenir nos enquêtes",
    ]),
    ("Russian human-rights media project (rouble payments cut off)", "ru", [
        "Срочный сбор.",
        "Российские платёжные сервисы отключили нас от приёма пожертвований в рублях. Тысячи людей, которые помогали нам каждый месяц, больше не могут этого делать. Если у вас есть карта иностранного банка, оформите регулярное пожертвование — на эти деньги работают наши юристы, горячая линия и бот для задержанных.",
        "Помочь сейчас",
    ]),
    ("St Petersburg city media in exile (Russian)", "ru", [
        "Мы продолжаем писать о Петербурге, хотя редакции пришлось уехать.",
        "Нас заблокировали, но читатели остались с нами. Если вам важны новости родного города без цензуры, поддержите нас любой суммой или подпишитесь на нашу вечернюю рассылку — так нас не смогут отрезать от вас.",
        "Поддержать редакцию",
        "Подписаться на рассылку",
    ]),
]

BATCH15_NEGATIVES = [
    ("banner-research", "en", [
        "Researchers who studied ten years of online encyclopedia fundraising banners say the messages that raise the most money are also the ones readers complain about most.",
        "The most effective wording, they found, began with a direct address to the reader and ended with a specific small sum, such as \u201cif everyone reading this gave $3\u201d. Banners that mentioned the founder by name did better in English than in German.",
        "The foundation behind the encyclopedia said it tests every banner and stops any that generate a high share of complaints.",
    ]),
    ("university-naming-gift", "en", [
        "The university will remove a donor's name from its business school after the philanthropist was charged with securities fraud, trustees announced Monday.",
        "The $40 million gift, pledged in 2017, had been paid in instalments. A spokesperson said the university had received about $28 million and was \u201creviewing its options\u201d on the remaining sum.",
    ]),
    ("campaign-finance-filing", "en", [
        "The mayor's re-election campaign raised $812,000 in the last quarter, more than three times as much as her nearest challenger, according to filings released Friday.",
        "Nearly 70 per cent of the money came from donors who gave $200 or less. The challenger's campaign said it would ask supporters for small contributions in a final push before the deadline.",
    ]),
    ("public-media-funding-cut", "en", [
        "Rural public radio stations are bracing for budget shortfalls after Congress cancelled federal funding for public broadcasting.",
        "At one station in the northern plains, federal money made up 40 per cent of the budget. \u201cWe are going to ask our listeners to step up, but there are only so many of them out here,\u201d the station's director said. The station has already cut its overnight news service.",
    ]),
    ("telethon-result", "en", [
        "The children's hospital telethon raised $6.2 million over the weekend, its best result since it began in 1987.",
        "Phone lines stayed open until midnight on Sunday, and volunteers answered more than 30,000 calls. Organisers credited a local businessman who promised to match every pledge made in the final hour.",
    ]),
    ("nonprofit-conversion", "en", [
        "The owners of the city's 150-year-old daily newspaper have donated it to a newly formed nonprofit, making it one of the largest papers in the country to give up commercial ownership.",
        "The nonprofit will seek money from foundations and readers. Staff were told at a meeting on Wednesday that there would be no job cuts, and the print edition will continue six days a week.",
    ]),
    ("rundfunkbeitrag", "de", [
        "Die Länder haben sich nicht auf eine Erhöhung des Rundfunkbeitrags einigen können. Die zuständige Kommission hatte empfohlen, den Beitrag um 58 Cent auf 18,94 Euro im Monat anzuheben.",
        "Mehrere Ministerpräsidenten lehnen das ab und verlangen, dass die Sender zuerst sparen. Die Anstalten erwägen nun erneut eine Verfassungsbeschwerde.",
    ]),
    ("cagnotte-agriculteur", "fr", [
        "Une cagnotte en ligne lancée pour un éleveur dont la grange a été détruite par un incendie a dépassé 45 000 euros en trois jours.",
        "« Je n'aurais jamais imaginé une telle solidarité », a confié l'agriculteur, qui a perdu une partie de son fourrage. Les voisins se relaient depuis pour l'aider à nourrir ses bêtes.",
    ]),
    ("charity-fund-treatment", "ru", [
        "Благотворительный фонд за неделю собрал 18 миллионов рублей на лечение шестилетней девочки со спинальной мышечной атрофией.",
        "По словам представителей фонда, в сборе участвовали более 40 тысяч человек, средний перевод составил около 450 рублей. Препарат уже заказан.",
    ]),
]

BATCH15_ARTICLES = {
    "en-ferry": [
        "Island ferry service cut to three sailings a day",
        "The ferry operator serving the northern islands will reduce crossings from five to three a day from next month, citing a shortage of qualified crew.",
        "Island councillors said the cut would make it harder for pupils to reach the mainland secondary school. The operator promised to review the timetable in spring.",
    ],
    "en-drought": [
        "Hosepipe ban extended as reservoirs fall",
        "The water company has extended its hosepipe ban to another two counties after reservoir levels fell to 52 per cent of capacity, the lowest for the time of year since 1976.",
        "Customers who break the ban face fines of up to £1,000. The company said leak repairs had saved 20 million litres a day since June.",
    ],
    "en-library": [
        "Central library to open on Sundays",
        "The central library will open from noon to five on Sundays from January, the first time in more than a decade, after the council found savings elsewhere in its culture budget.",
        "Library staff said Sunday opening would be especially welcome for students and families who work during the week.",
    ],
    "de-radweg": [
        "Neuer Radschnellweg zwischen zwei Städten freigegeben",
        "Nach vier Jahren Bauzeit ist der erste Abschnitt des Radschnellwegs zwischen den beiden Nachbarstädten am Samstag für den Verkehr freigegeben worden.",
        "Die elf Kilometer lange Strecke ist vier Meter breit und nachts beleuchtet. Bis 2028 soll der Weg bis zum Hauptbahnhof verlängert werden.",
    ],
    "fr-marche": [
        "Le marché couvert rouvre après travaux",
        "Le marché couvert du centre-ville a rouvert ses portes samedi après dix-huit mois de rénovation, en présence de plusieurs centaines d'habitants.",
        "Vingt-quatre commerçants y sont installés, dont six nouveaux. La mairie a annoncé une ouverture en nocturne le vendredi pendant l'été.",
    ],
    "ru-bridge": [
        "На реке закрыли старый мост",
        "Городские власти закрыли для транспорта старый мост через реку после того, как специалисты обнаружили трещины в опорах.",
        "Пешеходы пока могут пользоваться мостом. Ремонт оценивается в 300 миллионов рублей и должен начаться весной.",
    ],
}
