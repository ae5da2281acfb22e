"""Twenty-fifth batch: written by a tenth helper, never scored before being committed (its first run
is the honest estimate). Our own paraphrases of reader-funded, nonprofit, exile, wiki-style,
public-media, podcast, magazine and newsletter/channel asks (structure and vocabulary as read in
stored public pages: supporter programmes with tiers, fund-the-next-season pleas, Ramadan giving,
members' streaming benefits, survival appeals, "people's" fund drives), for outlet types not
covered by batches 1-24. No third-party sentence is copied.
"""

BATCH25_APPEALS = [
    ("Sudanese newsroom in exile (English edition, reporting from Nairobi and Kampala)", "en", [
        "Sudan's war is not over. Neither is our reporting.",
        "Our correspondents fled Khartoum in 2023 and now file from Nairobi, Kampala and Cairo, relying on sources inside the country who take great risks to talk to us. No party, army or foreign government stands behind this newsroom. A monthly gift of $7 pays for a week of mobile data for a reporter in Darfur.",
        "Donate monthly",
        "Donate once",
        "Thank you for standing with Sudanese journalists.",
    ]),
    ("Independent video-games journalism site (subscriber tiers, ad-free reading)", "en", [
        "No ads. No sponsored reviews. Just games writing.",
        "We're a small team of critics owned by nobody but ourselves, and our readers pay our wages. Subscribers get the site without ads, a weekly letter from the editors and a coloured badge in the comments. Plans start at £3.50 a month, or save a third with a yearly plan.",
        "Subscribe",
        "Already a subscriber? Log in",
    ]),
    ("British Muslim community news site (Ramadan appeal for the newsroom)", "en", [
        "Ramadan Mubarak from all of us",
        "This month many of you will give generously to good causes. Please remember your community's own newsroom too: we report on hate crime, mosque funding rows and local elections that others ignore, and we are funded by readers, not advertisers. Even £5 of your Ramadan giving keeps our reporters working through Eid.",
        "Give this Ramadan",
        "Set up a monthly standing order",
        "JazakAllah khair.",
    ]),
    ("State public-television network (membership with an on-demand streaming benefit)", "en", [
        "Members watch more",
        "When you give $60 a year or $5 a month to Cedar Valley Public Television, you unlock our members' streaming library: hundreds of documentaries, dramas and local specials on any screen. Your membership also keeps our statewide newscast and high-school championships on the air.",
        "Become a member",
        "Activate your streaming benefit",
    ]),
    ("Volunteer public-domain audiobook project (annual banner)", "en", [
        "Our narrators read for free. Our servers don't.",
        "Every one of our 20,000 audiobooks was recorded by a volunteer, and every one is free to download. Once a year we ask listeners to cover the cost of hosting and bandwidth. If each person who listened this week gave $3, we would be funded until next spring.",
        "Give $3",
        "Give another amount",
        "Remind me later",
    ]),
    ("Tech-accountability nonprofit newsroom (no trackers, reader donations)", "en", [
        "You just read this story without being tracked.",
        "We don't run ad tech, sell your data or put our investigations into how algorithms treat people behind a paywall. That makes us unusual, and it makes us dependent on you. Make a tax-deductible donation today and help us test the next system nobody is checking.",
        "Donate",
        "Read our privacy pledge",
    ]),
    ("Independent investigative podcast series (fund the next season)", "en", [
        "Season three depends on you",
        "This podcast has no network and no studio behind it: two reporters, a producer and thousands of listeners. The last season took eleven months of records requests and travel. If you want another one, pledge $8 an episode or give once. We'll only make it if we reach 2,500 backers by June.",
        "Back season three",
        "Backers hear every episode a week early.",
    ]),
    ("Urban transport and street-safety nonprofit news network (city editions)", "en", [
        "Safer streets start with better reporting",
        "Our city editions cover bus lanes, bike paths, crashes and the budgets behind them, with a reporter at every council meeting that matters. No car-industry advertisers fund us. Readers do. Chip in $10 a month and become a street-level supporter.",
        "Chip in",
        "— The editors",
    ]),
    ("Regional daily's WhatsApp channel box (follow for breaking news)", "en", [
        "Get breaking news on WhatsApp",
        "Follow our channel for the day's top local stories, severe weather warnings and road closures, sent straight to your phone. It's free, and your number stays private.",
        "Follow us on WhatsApp",
    ]),
    ("Independent news outlet from Northeast India (English, reader-funded)", "en", [
        "Dear reader,",
        "National papers come to the Northeast when there is violence and leave when it is over. We stay. From Imphal to Shillong, our reporters cover land, ethnic conflict, floods and the people caught in between. We are independent and funded by readers. Contribute ₹200 a month, or whatever you can.",
        "Contribute now",
        "UPI, cards and net banking accepted.",
    ]),
    ("Deutschsprachiges Portal türkischer Journalistinnen und Journalisten im Exil (Spendenaufruf)", "de", [
        "Journalismus ist kein Verbrechen",
        "Viele von uns saßen in der Türkei im Gefängnis oder mussten das Land verlassen. Von Köln und Berlin aus berichten wir auf Deutsch über Justiz, Wahlen und die Lage der Presse am Bosporus. Wir nehmen kein Geld von Parteien oder Regierungen. Mit einer Spende ab 3 Euro im Monat halten Sie unsere Arbeit am Leben.",
        "Jetzt spenden",
        "Spendenquittung auf Wunsch.",
    ]),
    ("Regionale Nachrichtenseite in Ostbelgien (Förderabo)", "de", [
        "Nachrichten aus Eupen, St. Vith und den Dörfern dazwischen",
        "Wir sind die einzige unabhängige Redaktion, die täglich auf Deutsch aus Ostbelgien berichtet. Damit das so bleibt, brauchen wir Sie: Mit einem Förderabo für 9 Euro im Monat lesen Sie alles und finanzieren eine Lokalredaktion, die niemandem gehört außer sich selbst.",
        "Förderabo abschließen",
        "Jederzeit kündbar.",
    ]),
    ("Média indépendant libanais francophone (dons, crise économique)", "fr", [
        "Chers lecteurs, chères lectrices,",
        "depuis l'effondrement des banques, nous avons perdu nos annonceurs, mais pas notre liberté. Notre petite équipe à Beyrouth continue d'enquêter sur la corruption, l'explosion du port et les coupures d'électricité. Un don de 5 dollars par mois nous permet de rester gratuits pour tous, au Liban comme dans la diaspora.",
        "Je fais un don",
        "Don ponctuel ou mensuel, par carte ou virement.",
        "Merci.",
    ]),
    ("Hebdomadaire satirique français (abonnement, sans pub ni actionnaire)", "fr", [
        "Ni pub, ni actionnaire, ni subvention : rien que vous !",
        "Notre journal ne vit que de ses lecteurs depuis plus de cinquante ans. Pour continuer à se moquer des puissants en toute liberté, nous avons besoin d'abonnés : 52 numéros livrés chez vous et l'accès à toutes nos archives en ligne.",
        "Je m'abonne pour un an",
        "Offrir un abonnement",
    ]),
    ("Студенческое независимое издание в эмиграции (ежемесячные пожертвования)", "ru", [
        "Нас делают студенты. Нас читают студенты. Нас поддерживаете вы.",
        "Наша редакция — молодые журналисты, которых отчислили или преследовали за антивоенную позицию. Мы пишем об университетах, цензуре и о тех, кто не боится говорить. У нас нет спонсоров и рекламы. Оформите регулярное пожертвование от 2 евро в месяц — так мы сможем платить авторам.",
        "Поддержать нас",
        "Донат из России? Вот безопасный способ.",
    ]),
    ("Русскоязычный проект фактчекинга в эмиграции (разовый или регулярный донат)", "ru", [
        "Проверка фактов стоит денег",
        "Каждый разбор пропаганды — это часы работы с источниками, архивами и экспертами. Мы проверяем заявления чиновников и телеведущих и делаем это бесплатно для читателей. Если вам важно отличать правду от лжи, помогите нам — разово или каждый месяц.",
        "Помочь разово",
        "Помогать ежемесячно",
    ]),
]

BATCH25_NEGATIVES = [
    ("quoted-mayor-flood-appeal", "en", [
        "The mayor on Sunday urged residents who could afford it to give to the city's flood relief fund, which has raised $2.3 million since the river broke its banks last week.",
        "\"If you can give, please give today. Every dollar goes straight to families who have lost everything,\" she told reporters outside the emergency shelter. \"We will publish every cent we spend.\"",
        "About 1,400 homes were damaged. The fund's board said the first grants of $1,500 per household would be paid on Friday.",
    ]),
    ("rowing-club-membership-drive", "en", [
        "The town's rowing club has launched a membership drive after losing a third of its members during the two years its boathouse was closed for repairs.",
        "\"We need 40 new members by spring or we cannot renew the lease,\" the club secretary said. \"Come down on a Saturday, have a go, and if you like it, join us.\"",
        "Adult membership costs £180 a year and juniors row free. The club will hold an open day on March 8.",
    ]),
    ("podcast-listener-funding-report", "en", [
        "Independent podcasters are increasingly turning to their own listeners for money as advertising rates fall, according to an industry survey published on Wednesday.",
        "Many shows now end each episode with a direct ask. \"If you like what we do, become a member for $5 a month and you'll never hear an ad again,\" the host of one history podcast tells listeners.",
        "The survey found that about one in ten listeners who hear such appeals pays at least once, but that many cancel within a year.",
    ]),
    ("ramadan-giving-record", "en", [
        "Muslim charities in Britain reported record donations during Ramadan this year, with several large organisations raising more than £20 million each in the holy month.",
        "\"We are asking everyone who has given so generously to keep giving after Eid, because the need does not end with the month,\" the chief executive of one relief charity said.",
        "Researchers estimate that British Muslims give more per head to charity than any other faith group.",
    ]),
    ("campaign-text-messages", "en", [
        "A watchdog group filed a complaint on Monday over fundraising text messages sent by a congressional campaign that warned recipients their \"membership\" would lapse unless they gave.",
        "One message read: \"Chip in $15 before midnight and we'll triple your impact.\" The campaign said the matching claim referred to a pledge from a group of donors.",
        "The campaign raised $3.1 million in the last quarter, two thirds of it online.",
    ]),
    ("newspaper-sold-to-readers", "en", [
        "The county's 140-year-old weekly newspaper has been bought by a cooperative of 2,200 readers, who each paid at least $100 for a share.",
        "\"We belong to our readers now, and we will answer to them,\" the editor wrote in a letter on Thursday's front page. The previous owner had planned to close the paper in January.",
        "The cooperative says it will keep all six staff and restore the print edition's second section.",
    ]),
    ("spendenaufruf-nach-sturm", "de", [
        "Nach dem schweren Sturm vom Wochenende hat der Bürgermeister die Bevölkerung um Spenden für die betroffenen Familien gebeten. Mehrere Dächer wurden abgedeckt, zwei Häuser sind unbewohnbar.",
        "\"Wir bitten alle, die helfen können, um eine Spende auf das Konto der Gemeinde. Jeder Euro kommt an\", sagte er am Montag. Bis zum Abend waren bereits rund 38.000 Euro eingegangen.",
        "Die Versicherungen prüfen die Schäden noch.",
    ]),
    ("appel-association-inondations", "fr", [
        "Après les inondations qui ont touché la vallée, une association d'entraide locale a lancé un appel aux dons pour aider une trentaine de familles sinistrées.",
        "« Nous avons besoin de vous : meubles, vêtements, et si vous le pouvez, un petit don », a déclaré sa présidente lors d'une réunion publique. Près de 12 000 euros ont été collectés en une semaine.",
        "La préfecture a demandé la reconnaissance de l'état de catastrophe naturelle.",
    ]),
    ("sbor-priyut-zhivotnykh", "ru", [
        "Частный приют для бездомных собак на окраине города объявил сбор средств на новую крышу после того, как старую повредил снегопад.",
        "«Мы просим помочь любой суммой: без крыши зиму не переживут сорок собак», — сказала основательница приюта. За три дня удалось собрать около 180 тысяч рублей из необходимых 400 тысяч.",
        "Городские власти пообещали выделить стройматериалы.",
    ]),
]

BATCH25_ARTICLES = {
    "en-harbour-dredging": [
        "Dredging of the harbour entrance will begin next month after two fishing boats ran aground on a sandbar that has grown steadily since the winter storms.",
        "The port authority said the work would cost $4.6 million and take about ten weeks. Larger vessels will be allowed in only at high tide until it is finished.",
        "Fishermen said the delay had already cost them weeks of catches.",
        "The sand will be used to rebuild the eroded beach north of the pier.",
    ],
    "en-school-meals": [
        "All primary school pupils in the district will receive free lunches from September, the education board decided on Tuesday night.",
        "The scheme will cost about $3 million a year and replaces a means-tested programme that many eligible families never signed up for. Kitchens at four schools will need new equipment.",
        "Board members voted seven to two in favour after a long debate over the budget.",
    ],
    "en-bridge-reopening": [
        "The old swing bridge over the canal reopened to pedestrians and cyclists on Saturday after a two-year restoration.",
        "Engineers replaced the rusted turning mechanism and repainted the ironwork in its original green. Hundreds of people crossed in the first hour.",
        "Cars will remain banned from the bridge.",
    ],
    "de-freibad": [
        "Das Freibad im Stadtteil Nord bleibt in dieser Saison geschlossen. Bei einer Prüfung im Frühjahr waren Schäden an den Becken und an der Filteranlage festgestellt worden.",
        "Die Sanierung soll rund 2,8 Millionen Euro kosten. Der Stadtrat will im Herbst über die Finanzierung entscheiden.",
        "Schwimmkurse für Kinder werden ins Hallenbad verlegt.",
    ],
    "fr-marche-couvert": [
        "Le marché couvert du centre-ville rouvrira ses portes au printemps après dix-huit mois de travaux, a annoncé la mairie mardi.",
        "Une quarantaine de commerçants retrouveront leurs étals. La toiture a été entièrement refaite et des panneaux solaires ont été installés.",
        "Les horaires d'ouverture seront élargis le samedi.",
    ],
    "ru-tramvai": [
        "Городские власти объявили о закрытии старой трамвайной линии на левом берегу с первого марта.",
        "Вместо трамвая по маршруту пустят автобусы. Жители нескольких районов выступили против решения и собрали более пяти тысяч подписей.",
        "В мэрии пообещали рассмотреть обращение на ближайшем заседании.",
    ],
}
