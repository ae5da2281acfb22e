"""Sixth batch: outlets not covered before (regional US nonprofits, UK/Irish/Australian/Canadian,
Indian and African English-language outlets, Swiss/Austrian German, Belgian/Canadian French,
Belarusian/Baltic/Ukrainian media in Russian, podcasts), ad-blocker and "free because" notices,
appeals split into many short button lines; new articles and new hard negatives.

Our own paraphrases: structure and vocabulary of appeals read in stored public pages (outlet
type noted), no sentence copied. Written before looking at the stripper's output and scored once
before any change for them.
"""

BATCH6_APPEALS = [
    ("US regional nonprofit weekly (monthly donation page)", "en", [
        "Back Independent Local Reporting",
        "With A Gift Every Month.",
        "At a time when politicians brush off uncomfortable reporting as fake news, a free and independent press matters more than ever to a working democracy.",
        "Nowhere is that truer than in local news, where papers that live on advertising are always tempted to go easy on the businesses that pay their bills.",
        "We dig into stories that would otherwise go untold, and we try to show how national events land here at home.",
        "Please think about giving what you can, and if you are able, make it monthly. We will stay a non-profit paper, but your gifts let us hire and cover more.",
        "Thank you.",
    ]),
    ("US community weekly (supporter page, soft ask)", "en", [
        "Thanks for considering us!",
        "We hope you will decide to become a supporter one day. And if you don't, we will still be here for you: community journalism matters too much to be kept for those who can pay for it.",
        "If you want to think again about a contribution, head back to the support page. To follow what we are up to, sign up for one of our newsletters.",
    ]),
    ("US suburban daily (crowdfunded climate reporter)", "en", [
        "Help Fund Our Climate Coverage",
        "Two years ago, thanks to you, we teamed up with a national reporting fellowship to put another reporter on local beats while other newsrooms were cutting back. Now we want to do it again, this time on climate change and what it means for our towns.",
        "We are asking everyone who values this work to help pay for it. Any donation brings us closer to the goal, and every dollar we raise will be matched.",
        "We are proud to be part of the effort to save local news, but we can't do it without you.",
    ]),
    ("Indian digital outlet (Independence Day editor's note)", "en", [
        "Editor's note: Support a free press this Independence Day",
        "Running an independent outlet takes effort and money. We are asking our readers to help us keep producing the careful, responsible journalism you know us for.",
        "As an Independence Day offer, our yearly subscription is 30% off. For less than ₹60 a month, you can help keep this work going.",
        "If you believe the press should be a watchdog and not a lapdog, subscribe here.",
    ]),
    ("Indian magazine (patron letter)", "en", [
        "An Important Message To Our Readers",
        "Dear friends,",
        "Building a publication that tells the stories others leave out costs money, and in this digital world that money no longer comes from advertising.",
        "We need subscribers and patrons. We believe a lasting model can be built if readers who have been with us for years are willing to pay regularly.",
        "That is why I am inviting you to join us on Patreon, for as little as $4.99.",
        "Get our stories in your inbox.",
    ]),
    ("South African weekly (lockdown appeal, long)", "en", [
        "Our newspaper needs your help",
        "Most of our staff have been working from home for two weeks now. Only a handful of us still come into the office.",
        "What has not changed is the cost of putting out the paper every week. Advertisers, who bring in about two thirds of our revenue, have cancelled their campaigns, and our events have stopped.",
        "As things stand, our income will not cover our costs, and we may not be able to pay salaries next month.",
        "We have been here before. When we started in 1985 we faced bans and smear campaigns, and loyal readers carried us through.",
        "We need your support to make sure independent journalism survives. Taking out a subscription is the best way to help.",
        "Subscribe to the paper",
    ]),
    ("Nigerian investigative outlet (support box)", "en", [
        "Support journalism of integrity and credibility",
        "Good journalism is expensive, yet only good journalism can hold a society to account. Help us keep our reporting free and available to everyone.",
        "For a small gift of any amount, you can help us keep going.",
        "Make a donation",
    ]),
    ("Irish news site (readers keep stories free)", "en", [
        "Readers like you are keeping these stories free for everyone.",
        "Contributions fund the work of our investigations unit, which has spent the past year looking into nursing home care, housing and lobbying.",
        "Become a supporter from €5 a month, or make a once-off contribution.",
    ]),
    ("Australian independent (metered paywall)", "en", [
        "You've read 3 of your 4 free articles this month.",
        "We're independently owned and we don't answer to billionaires. That's why our readers pay for what we do.",
        "Subscribe today and get your first 12 weeks for $12.",
        "Already a subscriber? Log in",
    ]),
    ("Canadian online magazine (builders programme)", "en", [
        "Help us build what comes next",
        "We are a reader-funded independent outlet in British Columbia. More than 3,000 of our readers chip in each month so that our reporting stays free for everyone to read.",
        "Will you join them? Pick any amount, cancel whenever you like.",
    ]),
    ("UK news site (turn off your ad blocker)", "en", [
        "It looks like you're using an ad blocker.",
        "We get it: ads can be annoying. But they pay for the reporters who bring you the news from your area.",
        "Please switch off your ad blocker for our site, or go ad-free by becoming a member for £3 a month.",
        "I've turned it off",
    ]),
    ("Explainer site (why this article is free)", "en", [
        "Why is this article free?",
        "Because thousands of members pay so that everyone can read it, whatever their budget. We don't put our explainers behind a paywall.",
        "If our work helped you understand the news today, join them.",
        "Yes, I'll give",
        "Maybe later",
    ]),
    ("Podcast network (ad-free tier)", "en", [
        "This show is made possible by listeners.",
        "Head to our Patreon page: for $3 a month you get every episode without ads, and from $8 a bonus episode each week.",
        "Thanks for listening, and see you next week.",
    ]),
    ("Morning newsletter box (many short lines)", "en", [
        "Get the Morning Edition",
        "Five stories.",
        "Five minutes.",
        "Every weekday.",
        "Your email",
        "Sign me up",
        "No spam. Unsubscribe at any time.",
    ]),
    ("Public radio membership drive (buttons)", "en", [
        "MEMBERSHIP DRIVE",
        "We are 412 members away from our spring goal.",
        "Stations like ours are funded by listeners, not shareholders.",
        "Yes, I'll join",
        "Give $10/month",
        "Give once",
    ]),
    ("Swiss reader-owned magazine (German)", "de", [
        "Dieses Magazin gehört seinen Leserinnen und Lesern. Es kommt ohne Werbung aus und ist niemandem verpflichtet ausser seinem Publikum.",
        "Lösen Sie jetzt ein Jahresabo oder werden Sie Verlegerin oder Verleger – ab 240 Franken im Jahr.",
    ]),
    ("Austrian weekly (lieber Leser, Abo)", "de", [
        "Lieber Leser, liebe Leserin,",
        "guter Journalismus kostet Geld. Recherchen wie diese dauern oft Wochen, und wir finanzieren sie zum grössten Teil über unsere Abonnentinnen und Abonnenten.",
        "Mit einem Digitalabo um 9 Euro im Monat sichern Sie unsere Unabhängigkeit. Danke!",
        "Zum Abo",
    ]),
    ("German local daily (Registrierungswand)", "de", [
        "Lesen Sie weiter mit einem kostenlosen Konto",
        "Registrieren Sie sich in wenigen Sekunden und lesen Sie diesen Artikel kostenlos zu Ende.",
        "Jetzt registrieren",
        "Sie haben bereits ein Konto? Anmelden",
    ]),
    ("Quebec daily (annual donation campaign)", "fr", [
        "Notre quotidien lance aujourd'hui sa campagne annuelle de dons.",
        "Depuis plus d'un siècle, vous, lectrices, lecteurs et donateurs, nous permettez de rester libres et d'informer sans compromis.",
        "Sans votre appui, nous n'en serions pas là. Donnez dès aujourd'hui : chaque don donne droit à un reçu fiscal.",
    ]),
    ("Belgian press cooperative (French)", "fr", [
        "Nous sommes une coopérative de journalistes, sans pub et sans patron.",
        "Pour continuer à enquêter en Belgique, nous comptons sur vous : devenez coopérateur ou abonnez-vous pour 5 € par mois.",
    ]),
    ("Belarusian exile media (Russian)", "ru", [
        "Поддержать команду",
        "Мы работаем из-за границы: в Беларуси наше издание признано «экстремистским», а читать нас можно только через VPN.",
        "Если вы находитесь за пределами Беларуси, поддержите редакцию — даже 3 евро в месяц помогают нам платить журналистам.",
    ]),
    ("Baltic Russian-language public media (Russian)", "ru", [
        "Дорогие читатели!",
        "Мы рассказываем новости на русском языке для всех, кто живёт в Латвии, бесплатно и без платной подписки.",
        "Если наша работа для вас важна, поддержите нас разовым переводом или ежемесячно. Спасибо, что вы с нами.",
    ]),
    ("Ukrainian weekly in Russian (wartime)", "ru", [
        "Мы продолжаем работать во время войны.",
        "Наши корреспонденты ездят на фронт и в освобождённые сёла, чтобы вы знали правду.",
        "Станьте нашим патроном или сделайте разовый взнос — каждая гривна идёт на зарплаты и бронежилеты для журналистов.",
    ]),
]

# Hard negatives: news about money, giving, subscriptions and appeals by others.
BATCH6_NEGATIVES = [
    ("campaign-finance", "en", [
        "The senator's re-election committee reported raising $3.1 million in the first quarter, more than double what her challenger took in.",
        "About 40% of the money came in donations of $200 or less, the filing shows. The campaign said it had 52,000 individual donors, most of them giving online.",
        "Her opponent has lent his own campaign $1.5 million and relies heavily on a super PAC funded by two real-estate developers.",
    ]),
    ("crowdfunding", "en", [
        "Neighbours of the family whose house burned down on Elm Street have started an online fundraiser that had collected $18,400 by Sunday night.",
        "\"Every little bit helps, even five dollars,\" said organiser Dana Price, who lives two doors away. The money will pay for rent and school clothes for the three children.",
        "The fire department said the blaze started in a faulty heater.",
    ]),
    ("charity-gala", "en", [
        "The children's hospital foundation's winter gala raised €640,000 on Saturday, a record for the event, which drew 400 guests to the old customs house.",
        "The money will pay for a second paediatric MRI scanner. The evening's auction included a week in a villa in Kerry and a signed rugby jersey.",
    ]),
    ("quoted-ngo-appeal", "en", [
        "Aid agencies appealed for help on Thursday as floodwaters cut off dozens of villages in the delta.",
        "\"We urgently need your support. Every donation buys clean water for a family,\" the agency's country director said, asking the public to give to its emergency fund.",
        "The government said it had sent 40 tonnes of food by boat.",
    ]),
    ("politician-appeal", "en", [
        "The mayor asked residents to give to the city's food bank after shelves ran empty ahead of the holidays.",
        "\"If you can spare anything at all, please give. Our neighbours need us,\" she told reporters at City Hall on Monday.",
        "The food bank says demand has risen by a third since the spring.",
    ]),
    ("media-business", "en", [
        "The regional newspaper group reported a 12% rise in digital subscriptions last year, to 96,000, while print circulation fell again.",
        "Its chief executive said memberships and donations now make up a fifth of revenue. The company plans to close two printing plants and invest in newsletters and podcasts.",
        "Analysts said reader revenue alone would not replace lost advertising.",
    ]),
    ("school-fundraiser", "en", [
        "Parents at Hillcrest Primary are raising money for a new playground after the old climbing frame was declared unsafe.",
        "You can donate at the school office or through the PTA's page, the association said in a letter to families. It hopes to reach £25,000 by the summer.",
    ]),
    ("broadcast-fee", "de", [
        "Der Rundfunkbeitrag soll im kommenden Jahr auf 18,94 Euro im Monat steigen, empfiehlt die zuständige Kommission.",
        "Mehrere Länder lehnen die Erhöhung ab. Die Sender verweisen auf gestiegene Kosten; Kritiker fordern, zuerst bei Gehältern und Sportrechten zu sparen.",
    ]),
    ("telethon", "fr", [
        "Le Téléthon a récolté 80 millions d'euros de promesses de dons ce week-end, un montant proche de celui de l'an dernier, a annoncé l'association.",
        "Les fonds financent la recherche sur les maladies rares. Des milliers de bénévoles ont organisé des lotos, des courses et des ventes de gâteaux dans toute la France.",
    ]),
    ("medical-fundraiser", "ru", [
        "Сбор на лечение семилетней девочки из Гомеля за три дня собрал 2 млн рублей, сообщили в благотворительном фонде.",
        "Ребёнку нужна операция в Германии. В фонде добавили, что оставшуюся сумму надеются собрать до конца месяца.",
    ]),
    ("podcast-business", "en", [
        "The true-crime podcast, which is funded by listeners through Patreon, now has 21,000 paying supporters and makes more than $1 million a year, its host told an industry conference.",
        "Supporters pay from $5 a month for ad-free episodes. The show turned down an exclusive deal with a streaming platform last year.",
    ]),
    ("opinion-give", "en", [
        "This winter, give to your local shelter",
        "Temperatures are falling and the shelters in our city are full every night. If you have a coat you no longer wear, drop it off; if you can spare money, give it to the people who run the beds.",
        "You don't need to give much. Ten dollars buys a hot meal and a night indoors for someone who would otherwise sleep on a bench.",
    ]),
]

# New articles used with the batch-6 appeals (the dev articles are not reused).
BATCH6_ARTICLES = {
    "en-bridge": [
        "Engineers close river bridge after finding cracked bearings",
        "The county closed the Mill Road bridge to all traffic on Friday after an inspection found cracks in two of its steel bearings.",
        "Drivers face a detour of about eight miles through Ashford. The county's highways manager said repairs could take until the end of the summer and would cost about $2.4 million.",
        "Businesses on the east bank said they had already seen fewer customers. \"Half my trade crosses that bridge every morning,\" said bakery owner Tom Reyes.",
        "A temporary footbridge for pedestrians and cyclists is due to open next month.",
    ],
    "en-mine": [
        "Miners end sit-in after wage deal",
        "About 300 workers who had stayed underground for four days at a platinum mine in the north-west came back to the surface on Tuesday after the company agreed to raise wages by 7%.",
        "The union had demanded 12%. Its regional secretary said the deal was a compromise but that members had voted to accept it.",
        "The company said production would resume on Thursday. Police said the protest had been peaceful throughout.",
    ],
    "en-monsoon": [
        "Early monsoon floods streets in the state capital",
        "Heavy rain flooded low-lying neighbourhoods of the city on Sunday, a week before the monsoon was officially due, and disrupted train services for several hours.",
        "The weather office recorded 180 millimetres of rain in 12 hours. Schools were told to stay closed on Monday.",
        "Residents complained that drains cleared in May were already blocked. The municipal commissioner promised an inquiry into the contracts.",
    ],
    "de-bahn": [
        "Gemeinderat stimmt für neue Bahnhaltestelle",
        "Der Gemeinderat hat am Dienstagabend mit grosser Mehrheit beschlossen, eine neue Haltestelle an der S-Bahn-Linie zu bauen.",
        "Die Kosten von rund 14 Millionen Franken teilen sich Kanton und Gemeinde. Der Bau soll im Frühjahr beginnen und zwei Jahre dauern.",
        "Anwohner im Quartier begrüssten den Entscheid, befürchten aber Lärm während der Bauzeit.",
    ],
    "fr-port": [
        "Grève au port d'Anvers : des centaines de conteneurs bloqués",
        "Les dockers ont cessé le travail lundi pour protester contre un projet de réforme de leur statut, bloquant des centaines de conteneurs sur les quais.",
        "Le gouvernement assure vouloir négocier. Les syndicats annoncent une nouvelle journée d'action la semaine prochaine si le texte n'est pas retiré.",
    ],
    "ru-border": [
        "На границе с Литвой выросли очереди грузовиков",
        "Очередь грузовиков на пункте пропуска выросла до 900 машин после того, как пограничники ужесточили проверки.",
        "Водители жалуются, что ждут по трое суток без воды и туалетов. Власти обещают открыть дополнительную полосу до конца недели.",
    ],
}
