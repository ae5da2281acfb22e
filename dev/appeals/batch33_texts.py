"""Thirty-third batch: written by a sixteenth helper, never scored before being committed (its first
run is the honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

Section 1 (40 documents, 23 appeal / 17 negative): our own paraphrases of all 40 documents of the
local-only real probe 4. Each keeps the real page's structure (where the box sits, line layout and
blank lines, rough length, standfirst, byline, dates, teaser lists, "KEEP READING" links, "video
loading", tgchannels subscriber counts and "Subscribe to a channel" buttons, "Hide Ad", a doubled
photo caption) and exactly what the real gold marks: an in-article parenthesised newsletter promo; a
newsletter box after a "most read" heading (the heading is chrome); a paywall pitch through its
log-in line; a paywall line under an editorial teaser about journalism's money troubles (the teaser
is kept); a one-line subscribe button between newsletter items; a Substack author's own
like/subscribe/share pitch (the plea to buy another magazine's subscription stays text); top donate,
sponsor and membership buttons; a newsletter box inside a TV story; "Поддержать:" links in Telegram
channel descriptions (the mirror's subscribe button is not gold); a subscribe-to-our-YouTube line;
an Abo-package box after an article recommending another outlet's donations; a newsletter banner's
alt text inside a self-referential milestone piece; a subscription-drive teaser heading a tag list;
the outlet's own fundraising item in a blog list; only the still-asking sentences of a newsletter
whose crowdfunding target was met; crowdfunding paragraphs in a reposted newsletter; trial-offer and
day-pass boxes under articles about the newspaper business; a support paragraph after a sign-up
confirmation; a community-share "Invest in" box. Negatives: a blogger urging support for a fined
magazine, a blogger listing the outlets he pays for, a public-media podcast transcript, small-donor
campaign finance, a newsletter urging gifts to public radio, a donation service withholding another
outlet's money, blogs recommending other outlets' memberships and subscriptions, a daily on another
outlet's memberships, two reports quoting a street magazine's subscription appeal, another outlet's
crowdfunding success, a profile of a subscription-funded investigative site, city newspaper
subsidies, trade news on a new portal, a Q&A on a nonprofit newsroom's donors.
Real outlets modelled: The 74, Hebdo 39, La Broye, Uvalde Leader-News, The Texas Observer
(newsletter), Life Its Ownself, Religion News Service, TV Lux, Такие дела (twice), Südwind-Magazin,
Infosperber, Halifax Examiner, rabble.ca, The Ferret, The Big Issue, Chalkbeat, Blast, Минута в
минуту, Main-Post, Der Patriot, Tsüri.ch, Berkeleyside; negatives after tel1.info, legoktm, WNYC On
the Media, OpenSecrets, Barry Yeoman's newsletter, Лениздат, astrocohors.eu, Salzburger Nachrichten,
norberthaering.de, Pulling Together, i (inews), The Scotsman, Buzzles, Fragil, Piter.TV,
persoenlich.com, Giving Compass.

Section 2 (30 documents, 16 appeal / 14 negative), modelled on further real pages read in the pages
corpus, outlets A-M only: The Independent (support box above an editor's letter; the same box run
together with a column's first sentence), Iron Mountain Daily News and Hillsboro Tribune/Pamplin
Media (editorials asking readers to back the paper: as with probe 4's Uvalde editorial the editorial
prose is kept and only the price/subscribe button and the in-text link lines are gold), Daily
Maverick (newsletter sign-up and member box in a photo gallery; the member step of a sign-in page;
negative: the outlet's own essay on a members' book), Crikey (one-line membership pitch between
weekend-read entries), Mississippi Free Press (matched-gift image caption in a publisher's column;
negative: a thank-you note after a finished campaign), junge Welt (repeated trial-bundle banner;
the masthead's cooperative line stays), CORRECTIV (newsletter widget above teasers; negative: "In
eigener Sache" list), Grand Format (annual support-campaign box), Basta! (closing call of an
editorial on the press "we dream of"; donation gauge box above an article), Бумага (Telegram donation
link in the channel header, three layouts, and a closing "Подписывайтесь" line; VPN and news-bot
lines are chrome); negatives after davidc.ca (blogger's "subscribe today" day for other outlets),
meedia.de, journalist.de, dimbb.de, Les Autres Possibles, ActuaLitté (a satirical monthly's drive),
danactu-resistance (repost of another outlet's campaign), two Mediapart reader blogs, Meduza (a
partner outlet's crowdfunding), Кавказский узел (foreign-agent label, no appeal).

Every sentence, outlet, person, place and number is ours; no run of more than a few words is copied
from the real pages. The modelled real outlet is noted in each outlet field. Like batches 29-32
`build_devset.py --batch33` takes each text as it stands and locates every gold appeal substring in
it (asserted unique); `--runon unseen-batch33` writes the copy with line breaks turned into spaces. Named `unseen-` so it stays out
of the line scorer's training files: no rule and no scorer is fitted to it (a scorer trained with it was tried
and not shipped, see dev/appeals/README.md).
"""


from whole_documents import _doc


# --- Section 1: paraphrases of real probe 4 ---------------------------------------------------

_M = "Invented; modelled on "

_KESTREL_NL = "(The Kestrel Letter: Get the week's biggest stories about the nation's classrooms)"
_JURA_NL = ("Vos nouvelles locales chaque matin\n"
            "Inscrivez-vous à la newsletter pour recevoir gratuitement et tous les jours l'actualité de votre région par e-mail.")
_VEVEYSE_PW = ("Cet article fait partie de nos contenus réservés aux abonnés.\n"
               "Reste au courant de ce qui se passe près de chez toi grâce à notre offre découverte du moment.\n"
               "Vous avez déjà un abonnement ? Se connecter")
_PECOS_PW = "This article is available to paying subscribers only. Please log in below or Subscribe now!"
_LONESTAR_BTN = "Subscribe to The Prairie Ledger!"
_DUSTDEVIL_NL = ("Thanks for opening another issue of Dust Devil Notes. If it's worth your time, tell me so by "
                 "1) tapping the heart at the bottom, 2) signing up for this newsletter, and 3) forwarding it to a "
                 "friend. The comments are open too, and I read every one.")
_FAITH_BTN = "Give to Faithwire"
_ARDENNE_NL = "Newsletter\n\nAbonnez-vous à notre newsletter pour suivre l'actualité, le sport et nos programmes"
_BOREAL_TG = "Помочь проекту: https://bolshaya-zhizn.ru/donate/"
_OLDAGE_YT = "Смотреть выпуски шоу на нашем youtube-канале можно по этой ссылке."
_ALPENBLICK_ABO = ("Basis\nAlpenblick-Magazin Abo-Paket Basis\nab € 36 /Jahr\nAbo bestellen\nUnterstützer\n\n"
                   "Alpenblick-Magazin Abo-Paket Unterstützer\n79 /Jahr\nAbo bestellen")
_HABICHT_NL = "Newsletter Banner orange"
_LIGHTHOUSE_DRIVE = ("Each October, the Lighthouse Ledger runs its yearly subscription drive. Subscribers are the "
                     "only reason this operation exists. The scoops, the columns, the personal essays, the blunt "
                     "analysis, the Daybreak Notes — none of it happens without your subscription. We carry no "
                     "ads, no sponsored posts and no grant money. […]")
_PRAIRIEWIRE_ITEM = ("Blog -'s staff blog May 14\nMarta Okafor | If grassroots, independent, people-powered media "
                     "matters to you, now is the moment to chip in whatever you can.")
_BADGER_ASK = ("We're leaving the crowdfunder open a little longer, because every pound raised before the end of "
               "the month will be matched by the Small Press Fund. So whatever you give counts twice! Not bad, right?")
_STREETPAGE_JOIN = "Join the Street Page community\nJOIN"
_SLATE_SPONSOR = "Sponsor The Slate Report"
_ROCKLINE_DPO = "rockline community offering\n\nOwn a piece of the news:\nInvest in Rockline\n\nFind Out More"
_GUIGNOL_ASK = ("Ces deux dernières semaines ont tourné autour de notre campagne pour Les Pantins, un programme "
                "de satire avec des marionnettes pour lequel Détonation a ouvert une grande collecte sur la "
                "plateforme de financement participatif Ulule, et qui durera encore un bon mois.\n"
                "Cette campagne compte énormément : ce programme offrirait à Détonation (tout en remettant un peu "
                "d'irrévérence dans un paysage audiovisuel bien sage) un public nouveau, qui pourrait ensuite "
                "découvrir le reste de nos enquêtes et reportages.\n"
                "Si vous en avez les moyens, contribuez, faites-le savoir, relayez la campagne et nos vidéos "
                "partout. Sans ce coup de main, sous toutes ses formes, ce projet ne verra pas le jour. Eux ont "
                "l'argent, nous avons le nombre : pour Les Pantins, ça n'a jamais été aussi vrai.")
_CHRONO_TG = ("Поддержать: подписка на Boosty — boosty.to/sekunda_v_sekundu подписка на Patreon — "
              "patreon.com/sekundavsekundu другие способы — t.me/sekundavsekundu/4120")
_MAINTAL_ABO = ("Bestens informiert bleiben und\n30 TAGE KOSTENLOS lesen\n  • Alle Plus-Artikel in der App\n"
                "  • Fotostrecken aus der Region\n  • Danach nur 8,99€/Monat\n  • Monatlich kündbar")
_WERRA_PW = "Möchten Sie weiterlesen?\n\nTickets\n\n1 Tag/1 Woche/1 Monat\n\nab\n\n0,99 €"
_LIMMAT_ASK = ("Damit wir frei und unabhängig berichten können, zählen wir auf dich. Dein Geld landet nicht bei "
               "Werbekunden oder Investor:innen, sondern direkt bei unseren Journalist:innen. 👉 Mit 12 Franken "
               "im Monat ermöglichst du Recherchen aus deinem Quartier. 👉 Mit einer Jahresmitgliedschaft "
               "gibst du uns die Sicherheit für grössere Projekte.\nJeder Franken zählt. Bist du dabei? ♥️")

SECTION1 = [
    _doc("b33-kestrel-floodschool-middle", "appeal", "middle",
         _M + "The 74 (in-article parenthesised newsletter promo)", "en", [
             "The Final Semester at a River School That Will Not See Another Spring",
             "",
             "Dana Morrow",
             "Kivuk Point, Alaska",
             "In Lorraine Apok's classroom, third-graders are drawing maps of what they would carry if their "
             "families had to pack up overnight and move to higher ground. The lists come quickly and without "
             "sentiment: dried fish, warm boots, a rifle, a sled.",
             "In this small Inupiaq settlement on a bending northern river, planning for evacuation is not a "
             "thought experiment. It is a practical lesson shaped by the water that has been eating the bank "
             "beneath some 350 people who still hunt and fish for most of what they eat.",
             _KESTREL_NL,
             "The building where Apok's pupils sketch their escape routes will not last much longer. The river "
             "has widened so far that on grey days the far bank disappears, and storms push it closer every "
             "autumn as the frozen ground underneath turns to mud.",
             "Engineers now say the water will reach the first row of homes within two years and then the "
             "school, which sits on the highest ground in the village and holds its clinic room, its gym and "
             "its only laundry. At the current pace, the school may close before the next graduating class "
             "walks.",
             "This year's seniors expect to be among the last to finish their schooling on the point.",
         ], [_KESTREL_NL]),
    _doc("b33-jura-chroniques-end", "appeal", "end",
         _M + "Hebdo 39 (editorial teaser list, 'most popular' heading, newsletter box at the end)", "fr", [
             "HORS-JEU",
             "",
             "C'est en relisant l'entretien accordé par notre invitée de la semaine (voir la page suivante) à "
             "propos de l'arbitrage vidéo que je me suis demandé si...",
             "",
             "Billet",
             "",
             "Les chiffres de la veille ne l'inquiétaient plus guère. Ce matin-là, pourtant, il sentit pour la "
             "première fois que quelque chose avait changé dans...",
             "",
             "Billet",
             "",
             "Le lundi 6 février s'ouvrit comme tous les lundis, gris et sans promesse. Le givre tenait encore "
             "sur les toits, la lumière hésitait,...",
             "",
             "Rien ne va plus",
             "",
             "Rien ne va plus. Vraiment plus... Et on aurait tort de croire que cela s'arrangera tout seul... "
             "Nous passons d'une inquiétude à...",
             "",
             "Accueil",
             "",
             "À Champagnole, au bout de l'avenue qui monte vers la maternité, vous avez peut-être remarqué un "
             "panneau aux couleurs délavées qui annonce « Entrée Materniter »...",
             "",
             "Du pain et des jeux",
             "",
             "Je ne vous ai pas tout raconté, la semaine passée, sur les concerts de sifflets qui animent nos "
             "places. Après un départ où j'ai pensé...",
             "",
             "LES PLUS LUS",
             "",
             _JURA_NL,
         ], [_JURA_NL]),
    _doc("b33-veveyse-voisins-end", "appeal", "end",
         _M + "La Broye (Swiss regional weekly; paywall teaser with log-in line)", "fr", [
             "PAR ÉLODIE MARGOT",
             "3 avril 2025 à 05:30, mis à jour le 19 juin 2025 à 11:12",
             "Soleil ou averses, qu'il y ait encore des asperges ou non sur la table du maraîcher au carrefour, "
             "le village vivra ce samedi au rythme de la politique. Les comités fourbissent leurs slogans, les "
             "panneaux fleurissent devant la poste, on s'invective au café... Enfin, c'est ce qu'on aimerait "
             "vous raconter!...",
             _VEVEYSE_PW,
         ], [_VEVEYSE_PW]),
    _doc("b33-pecos-editorial-end", "appeal", "end",
         _M + "Uvalde Leader-News (editorial teaser about journalism's finances + paywall line)", "en", [
             "Editorial: Keep the lights on in your newsroom",
             "",
             "Local reporting is fighting for its life. Search engines and social feeds have drained away the "
             "readers and the advertising that once paid for reporters at every county courthouse. More than "
             "two thousand towns that had their own paper twenty years ago now have none at all, in print or "
             "online, and the list grows […]",
             "",
             _PECOS_PW,
         ], [_PECOS_PW]),
    _doc("b33-prairieledger-newsletter-middle", "appeal", "middle",
         _M + "The Texas Observer (email newsletter with KEEP READING links and a one-line subscribe button)", "en", [
             "The Roundup",
             "A photo of the state capitol dome with a stack of blacked-out records laid over it.",
             "The state once had some of the strongest open-records rules in the region, until a quiet "
             "exception for closed investigations swallowed them. Staff reporter Ines Carvallo looks at a bill "
             "from Senator Dale Whitcomb of Amarillo that would close the gap.",
             "KEEP READING",
             "Rows of pecan trees stretch toward a dry horizon outside a farm town.",
             "“A single holiday season now accounts for nearly a third of the harvest's sales,” writes "
             "contributor Ramona Fields in a piece first published by a farm-press cooperative. The pecan rush "
             "is draining aquifers and pushing growers away from cotton.",
             "KEEP READING",
             _LONESTAR_BTN,
             "Two actors share a laugh on a porch strung with paper lanterns.",
             "Critic Tuan Pham finds his own family in a streaming comedy about a Vietnamese household in "
             "Galveston.",
             "",
             "An earlier cut of this piece appeared in our spring issue.",
             "KEEP READING",
             "A heron stands in the shallows of a shrinking reservoir.",
             "Reporter Lena Ostrowski talks with hydrologist Martin Greer about the state's reservoirs and "
             "whether the water will stretch to the next drought.",
             "KEEP READING",
         ], [_LONESTAR_BTN]),
    _doc("b33-dustdevil-ledger-middle", "appeal", "middle",
         _M + "Life Its Ownself (Substack newsletter; another outlet's rescue kept, own like/subscribe/share pitch gold)", "en", [
             "The Prairie Ledger Lives! Long Live the Prairie Ledger!",
             "For six decades, the Prairie Ledger has been the sharpest reporting and commentary magazine on the "
             "plains. This spring it needed its readers.",
             "UPDATE: The foundation board that owns the Ledger has reversed its vote to shut the magazine and "
             "dismiss the staff after an online fundraiser brought in more than $250,000 over a weekend. Thank "
             "you to everyone who chipped in or spoke up for the magazine.",
             "This does not fix the Ledger's money problems for good. It does prove how much the region relies "
             "on it. If you have been meaning to buy a yearly subscription, this is the week!",
             _DUSTDEVIL_NL,
             "Wednesday, April 12, 2023",
             "Only last week a glossy monthly ran a list of fifteen beloved regional businesses we have lost, "
             "from a drive-in chain to a department store. Had the editors held it a few days, they could have "
             "added one more.",
             "On Friday, the foundation that publishes the Prairie Ledger said it would close after nearly sixty "
             "years of stubborn, independent, left-of-centre journalism — in a state that rarely rewards any of "
             "those three.",
             "The Ledger has never been a comfortable read.",
         ], [_DUSTDEVIL_NL]),
    _doc("b33-faithwire-justice-top", "appeal", "top",
         _M + "Religion News Service (top donate button, then a story list)", "en", [
             _FAITH_BTN,
             "",
             "",
             "A former inmate turned chaplain pushes to seal old records for people who served their time",
             "",
             "By Marisol Tenney — April 11, 2023",
             "(FW) — After rebuilding his life behind a pulpit, Baptist chaplain Curtis Mabry is pressing "
             "lawmakers in Illinois to pass an automatic record-sealing bill.",
             "More Stories",
             "",
             "A crackdown abroad has turned into mass detentions. Reporters should keep asking how.",
             "",
             "By Anand Kohli — April 9, 2023",
             "(FW) — When governments drift toward strongman rule, the plain questions of reporters matter more.",
             "",
             "Court finds border agents burdened a rabbi's free exercise of religion",
             "",
             "By Tess Harmon — April 8, 2023",
             "(FW) — 'They delayed, they deflected and they misled, and the judge saw through all of it,' said "
             "Rabbi Miriam Solberg.",
             "",
             "Why a criminal charge will barely move the faithful who back the former governor",
             "",
             "By Glen Whitaker — April 6, 2023",
             "(FW) — Years of scandals have barely dented his standing with churchgoing voters.",
         ], [_FAITH_BTN]),
    _doc("b33-ardennetv-gazette-middle", "appeal", "middle",
         _M + "TV Lux (Belgian regional TV; newsletter box inside a story about a village paper's end)", "fr", [
             "Ochamps : après 40 ans, « la feuille d'Ochamps » range ses crayons",
             "",
             "video loading",
             "loading video",
             " Publié le mardi 7 février 2023 à 17:20 - Mis à jour le mardi 7 février 2023 à 17:52    Libin",
             "",
             "La feuille d'Ochamps, c'est fini. Le dernier numéro est sorti en janvier, personne n'ayant voulu "
             "reprendre le flambeau. Pendant quatre décennies, ce bulletin a rythmé la vie du village. Retour "
             "sur une belle aventure de papier.",
             "",
             "",
             _ARDENNE_NL,
             "",
             "",
             "Chaque quinzaine depuis 1992, Germaine faisait sa tournée. À 89 ans, elle a glissé dans les "
             "boîtes le tout dernier numéro de « la feuille ». Un rendez-vous que tout le village guettait.",
             "",
             "“On y trouvait des recettes, des jeux, les naissances et les anniversaires... C'était notre "
             "journal à nous. Ça va manquer”, confie André Lemaire, abonné de la première heure.",
             "",
             "Qui aurait cru, à sa création en 1983, que ce modeste cahier tiendrait si longtemps ? À "
             "l'origine, il y a Jean-Marie Collard, l'ancien instituteur, et ses élèves de sixième.",
         ], [_ARDENNE_NL]),
    _doc("b33-bolshayazhizn-tgchannel-top", "appeal", "top",
         _M + "Такие дела (tgchannels mirror of a Telegram channel; 'Поддержать:' link in the description)", "ru", [
             "Telegram-канал bolshaya_zhizn - Большая жизнь",
             "",
             "11870",
             "",
             "Медиа о людях и о стране. Читать: https://bolshaya-zhizn.ru/ " + _BOREAL_TG,
             "",
             "Subscribe to a channel",
             "",
             "Большая жизнь",
             "",
             "Подростка, который принёс в школу в Кургане газовый баллончик и распылил его в классе, "
             "направили на обследование в областную больницу, сообщают местные СМИ со ссылкой на полицию.",
             "",
             "По информации регионального портала, школьник и раньше наблюдался у врачей. После инцидента он "
             "закрылся в раздевалке и отказывался выходить. Одноклассники рассказали, что он заранее "
             "предупреждал о своих планах в чате.",
             "",
             "Читать полностью…",
         ], [_BOREAL_TG]),
    _doc("b33-bolshayazhizn-starost-middle", "appeal", "middle",
         _M + "Такие дела (video-show transcript page with a subscribe-to-our-YouTube line)", "ru", [
             "Не бояться седины: как сделать старость в России достойной",
             "",
             "Почему пожилые люди оказываются в изоляции и что с этим может сделать каждый",
             "",
             "Координатор волонтёрской программы фонда «Тёплый дом» Анна Свирская рассказывает, что клубы и "
             "курсы для пожилых сегодня доступны в основном тем, кто ещё может сам выйти из дома. "
             "Остальные годами не видят никого, кроме соцработника.",
             "",
             "Геронтолог Илья Мартынов уверен, что начать можно с малого: узнавать соседей по подъезду, "
             "здороваться и иногда просто спрашивать, как дела. Такие связи нужны не только пожилым, но и "
             "всем нам.",
             "",
             "«Большая жизнь» публикует видео и расшифровку очередного выпуска шоу «Вопрос на засыпку». "
             + _OLDAGE_YT,
             "",
             "Вера Лаптева: Сегодня поговорим о том, что ждёт каждого из нас и о чём мы стараемся не думать. "
             "О старости — и о том, почему чиновники называют её так казённо.",
         ], [_OLDAGE_YT]),
]

SECTION1 += [
    _doc("b33-alpenblick-watchblog-end", "appeal", "end",
         _M + "Südwind-Magazin (article recommending another outlet's donations; own Abo-package box at the end)", "de", [
             "Unser Tipp: Faktenlupe schaut genau hin",
             "",
             "Von Martina Eggerth · · 2024/Sep-Okt",
             "",
             "Ein Blog, der von Freiwilligen betrieben wird, leistet eine Arbeit, die derzeit dringend gebraucht wird.",
             "",
             "Inseratenaffären, geleakte Nachrichten, Gefälligkeiten – die letzten Jahre haben gezeigt, wie eng "
             "Politik und manche Redaktionen hierzulande verbandelt sind. Jüngster Fall: Ein Gratisblatt musste "
             "erklären, warum es auffällig viele Ministeriumsanzeigen druckte.",
             "",
             "Umso wichtiger ist, dass jemand beiden auf die Finger schaut. Seit Jahren tut das die "
             "Faktenlupe. Der Blog spürt Falschmeldungen, schiefe Zahlen und erfundene Zitate auf.",
             "",
             "Die Beteiligten überprüfen Berichte mit Quellenarbeit und Vergleichen – zuletzt zu "
             "Impfmythen, zu Umfragen im Auftrag von Parteien und zu einer Boulevardkampagne gegen eine "
             "Klimaforscherin.",
             "",
             "Die Faktenlupe entsteht in einem Seminar an einer Fachhochschule, betreut von der Journalistin "
             "Sabine Kröll. Viele Texte stammen von Studierenden. Der Blog verzichtet auf Werbung und ist "
             "deshalb auf Spenden seiner Leserschaft angewiesen.",
             "",
             "Der Name geht auf einen Streich des Kabarettisten Ferdl Hausner zurück, der 1961 einer "
             "Lokalzeitung einen erfundenen Nobelpreisträger unterjubelte – samt Empfang am Bahnhof.",
             "",
             _ALPENBLICK_ABO,
         ], [_ALPENBLICK_ABO]),
    _doc("b33-habicht-20000-middle", "appeal", "middle",
         _M + "Infosperber (self-referential milestone piece; newsletter banner alt text gold)", "de", [
             "Habichtblick",
             "",
             "Sie lesen den 20’001. Beitrag des Habicht",
             "",
             "Karin Lüthi-Brand © zvg",
             "",
             "Karin Lüthi-Brand /  Seit zwölf Jahren greift der Habicht auf, was anderswo untergeht. Genau "
             "20'000 Texte sind es jetzt.",
             "",
             "Zufall oder nicht: Just als wir gestern über ein Gerichtsurteil zum Quellenschutz berichteten, "
             "zeigte unser Zähler die Zahl 20’000.",
             "",
             "Das Gericht hielt fest, dass das öffentliche Interesse an einer Pensionskassen-Affäre schwerer "
             "wiegt als die Frage, wie die Redaktion an die Dokumente kam.",
             "",
             "Geplant war das nicht – es passt aber zu dem, was der Habicht seit 2013 tut: Lücken füllen, die "
             "grosse Häuser offenlassen.",
             "",
             "Einer der ersten Texte hiess: «Mehr Strassen bringen mehr Stau.» Der Verkehrsplaner Rudolf "
             "Imboden schrieb bis zu seinem Tod 2022 über 500 Beiträge für uns.",
             "",
             _HABICHT_NL,
             "",
             "Mehr als 1800 Artikel stammen vom Gründer Peter A. Zollinger. Schon früh nahm er die "
             "Werbesprüche der Krankenkassen auseinander und zeigte, wie ein Kantonsparlament ein Gesetz "
             "verabschiedete, dessen Text niemand gelesen hatte.",
         ], [_HABICHT_NL]),
    _doc("b33-lighthouse-tag-top", "appeal", "top",
         _M + "Halifax Examiner (tag listing; first item is the own subscription-drive teaser)", "en", [
             _LIGHTHOUSE_DRIVE,
             "Residents near the old smelter describe a “long, long, long wait” for the cleanup money",
             "Daybreak Notes, Thursday, November 14, 2019",
             "News 1. A “long, long, long wait” Priya Nandakumar wrote this item. Around 250 people packed the "
             "legion hall in Port Ellery on Tuesday night to hear when the promised remediation of the tailings "
             "pond would finally start. The provincial plan, announced in 2016 with all-party support, […]",
             "Another blow for community papers",
             "Daybreak Notes, Friday, October 18, 2019",
             "News 1. Chain closes its free commuter dailies The owner of the Coastal Free Press is folding all "
             "of its commuter papers across the region, including the edition distributed in our own city, […]",
             "Harbour ferry contract goes to out-of-province bidder",
             "Daybreak Notes, Wednesday, October 2, 2019",
         ], [_LIGHTHOUSE_DRIVE]),
    _doc("b33-prairiewire-blogs-middle", "appeal", "middle",
         _M + "rabble.ca (blog listing with the outlet's own fundraising post as one item)", "en", [
             "Blog - Prairie Notebook May 19",
             "A grain elevator at dusk. Photo: Wikimedia Commons",
             "Colin R. Haddad | Compare the fate of two pipelines: one nobody is allowed to stop, the other "
             "nobody is allowed to start.",
             "Blog - Prairie Notebook May 18",
             "Outgoing opposition leader Ruth Kasprzak. Photo: Colin R. Haddad",
             "Colin R. Haddad | Ruth Kasprzak managed what nobody expected, briefly making the centrist party "
             "a topic at kitchen tables.",
             "Blog - Voices for Fair Housing May 16",
             "Voices for Fair Housing | The coalition asks the city why it cut the rent bank two weeks before "
             "the winter moratorium ended.",
             _PRAIRIEWIRE_ITEM,
             "Blog - Prairie Notebook May 12",
             "The legislature at night. Photo: Lorne Beaudry/Wikimedia Commons",
             "Colin R. Haddad | Everything you need to know about the premier's new referendum law fits on one "
             "page, and most of it is blank.",
             "Blog - Sounds of the North May 11",
             "Still from the documentary Nimkii. Image: Nimkii",
         ], [_PRAIRIEWIRE_ITEM]),
    _doc("b33-badger-newsletter-top", "appeal", "top",
         _M + "The Ferret (newsletter; target met is kept, the still-open crowdfunder ask is gold)", "en", [
             "Hi ,",
             "",
             "Good news for once in this week's newsletter.",
             "",
             "We have beaten our £8,000 goal to map Who Owns the Coast.",
             "",
             "Thanks to a flood of donations from members and readers, we can now dig into who holds the "
             "foreshore, the fish farms and the harbours along our shores.",
             "",
             _BADGER_ASK,
             "",
             "How did you first hear about The Badger? Tell us in our two-minute survey below",
             "Investigation of the week",
             "A closer look at one Badger story",
             "A sitting councillor has been urged to return an £8,500 donation from a salmon company facing an "
             "inquiry into mass fish deaths at its pens.",
             "",
             "The councillor, who is standing for the regional seat, received the money in 2021 from a firm "
             "that farms inside his ward.",
         ], [_BADGER_ASK]),
    _doc("b33-streetpage-vendors-top", "appeal", "top",
         _M + "The Big Issue (top membership button, then an issue's editor letter)", "en", [
             _STREETPAGE_JOIN,
             "",
             "Our sellers need a hand…",
             "",
             "Issue 642",
             "",
             "Our sellers need a hand…",
             "",
             "In this week's Street Page…",
             "",
             "Last call. In the autumn we asked readers to design a folding stall our sellers could carry from "
             "pitch to pitch. The entries have been wonderful. We print a few this week, and our guest judge, "
             "the furniture maker Imogen Vale, urges latecomers to hurry. Entries close at the end of the month.",
             "",
             "Staying with our sellers, we report from the vigil in Leeds for Danny Purcell, who died on his "
             "pitch in the cold snap last winter. His friend and fellow seller Marek writes about why he went "
             "back to work the next morning.",
             "",
             "And there's more…",
         ], [_STREETPAGE_JOIN]),
    _doc("b33-slate-backtoclass-top", "appeal", "top",
         _M + "Chalkbeat (top sponsorship button above a reading list)", "en", [
             _SLATE_SPONSOR,
             "Back to Class Reading List",
             "Heading into a new school year? As classrooms fill up again, we hope these stories and guides make "
             "the first weeks easier for students, teachers and families.",
             "Across Ohio, rural students and those from low-income families have fewer seats in apprenticeship "
             "programs",
             "Chicago high schools are trying peer courts instead of suspensions, but do students trust them? A "
             "student reporter asks around.",
             "Teacher Nadia Ferreira draws on her own arrival from Cape Verde to reach families who are new to "
             "the district",
             "How our school's lunch lady turned the cafeteria into a reading room.",
             "Budget cuts could strip bilingual students of the classes that help them most.",
         ], [_SLATE_SPONSOR]),
    _doc("b33-detonation-nl12-top", "appeal", "top",
         _M + "Blast (newsletter reposted on a third-party site; own crowdfunding paragraphs gold)", "fr", [
             "Bienvenue dans la NL12 de la saison 3 de Détonation",
             "",
             "Bonjour et bienvenue dans la NL12 de la saison 3 de Détonation",
             "",
             _GUIGNOL_ASK,
             "Un premier sketch, tourné avant l'ouverture de la collecte, est déjà en ligne, et une dizaine "
             "d'autres sont en préparation.",
             "",
             "Voici notre sélection des contenus publiés ces quinze derniers jours :",
             "",
             "L'enquête sur les marchés publics de la métropole, en trois épisodes",
             "Le grand entretien avec l'économiste Claire Vasseur",
         ], [_GUIGNOL_ASK]),
    _doc("b33-sekunda-tgchannel-top", "appeal", "top",
         _M + "Минута в минуту (tgchannels mirror; donation links in the channel description)", "ru", [
             "Telegram-канал sekundavsekundu - Секунда в секунду",
             "",
             "98450",
             "",
             "Хроника исторических событий, восстановленная по секундам. " + _CHRONO_TG,
             "",
             "Подписаться на канал",
             "",
             "Секунда в секунду",
             "",
             "Плохие новости. Мы долго молчали, надеясь разобраться сами, но время ушло.",
             "",
             "За последние недели у нас фактически украли имя. Теперь «настоящей» «Секундой» считается "
             "совсем другой канал.",
             "",
             "Вы помните нашу реконструкцию последних часов ледокола «Седов». Мы сидели над ней всё лето.",
             "",
             "Закончив, мы выдохнули и на пару дней пропали. А вернувшись, увидели, что в телеграме "
             "стремительно растёт ещё одна «Секунда в секунду» — по несколько сотен подписчиков в час.",
         ], [_CHRONO_TG]),
    _doc("b33-maintal-zeitung-end", "appeal", "end",
         _M + "Main-Post (feature about news deserts; trial-offer box at the end)", "de", [
             "zurück",
             "Wendler, Kassel",
             "Wenn der Briefkasten leer bleibt",
             "In Teilen Thüringens erscheint keine gedruckte Lokalzeitung mehr. Was das für Vereine, Geschäfte "
             "und das Miteinander bedeutet – eine Erkundung.",
             "Redaktion",
             " |  aktualisiert: 04.06.2024 07:12 Uhr",
             "",
             "Die grüne Zeitungsrolle am Gartenzaun ist an diesem kühlen Morgen leer, wie seit Wochen. Hilde "
             "Sauer, 84 Jahre alt und hellwach, greift trotzdem hinein. „Fünfzig Jahre lang lag da jeden "
             "Morgen das Blatt drin, ausser sonntags“, sagt sie und zuckt mit den Schultern.",
             "",
             _MAINTAL_ABO,
         ], [_MAINTAL_ABO]),
    _doc("b33-werra-streik-end", "appeal", "end",
         _M + "Der Patriot (Lippstadt; column on a newsroom strike, day-pass paywall)", "de", [
             "Zwischen Herzblut und Kostendruck",
             "",
             "von Jana Oberdiek am 3. März 2025 09:41 Uhr Eschwege -  Lesezeit 4 min",
             "",
             " ",
             "",
             "Wer in diesen Tagen die Werra-Rundschau aufschlägt, sieht sofort: Es fehlt etwas. Kaum "
             "Lokales, viele Agenturtexte, dünne Ausgaben. Der Grund: Die Redaktion ist im Ausstand – und "
             "die, die jetzt vor dem Verlagshaus stehen, sind genau die, die sonst jeden Abend...",
             "",
             " ",
             "",
             _WERRA_PW,
         ], [_WERRA_PW]),
    _doc("b33-limmat-signup-top", "appeal", "top",
         _M + "Tsüri.ch (newsletter sign-up confirmation, support paragraph, teasers)", "de", [
             "Super, dass du da bist!",
             "Unser erster Newsletter ist schon unterwegs zu dir. Viel Spass beim Lesen!",
             _LIMMAT_ASK,
             "Diese Woche bei Limmatpost",
             "Aylin Demir (Grüne): «Politik fängt im Treppenhaus an»",
             "Die Gemeinderätin kam als Jugendliche aus der Türkei nach Zürich. Heute kämpft sie für günstige "
             "Wohnungen – geprägt auch durch ihre Jahre als Pflegefachfrau.",
             "Velowege: Streit um die Hardbrücke",
             "Zwei Unfälle in einem Monat, und die Stadt wartet auf den Kanton. Im Gemeinderat fliegen die Fetzen.",
         ], [_LIMMAT_ASK]),
    _doc("b33-rockline-council-top", "appeal", "top",
         _M + "Berkeleyside (direct-public-offering box above recent stories)", "en", [
             _ROCKLINE_DPO,
             "",
             "Recent Stories",
             "",
             "  • Update: Okonkwo widens lead in Ward 4, final count due Thursday",
             "",
             "    Update, Tuesday, Nov. 12, 4:10 p.m. Adaeze Okonkwo has stretched her lead in the Ward 4 "
             "council race to 51.2%. About 80 votes now separate her from incumbent Phil Garrity after the "
             "third-place candidate's ballots were redistributed under ranked-choice rules.",
             "",
             "  • Op-ed: Why I'm backing Phil Garrity — the library branch that almost closed",
             "",
             "    When I take my kids to the Elm Street branch on Saturdays, it's hard to remember how close we "
             "came to losing it. That's one reason I will vote for Phil Garrity again.",
         ], [_ROCKLINE_DPO]),
]

_N = "Invented negative; modelled on "

SECTION1 += [
    _doc("b33-neg-blogrepost-fine", "negative", "real", _N + "tel1.info (blog repost urging support for another outlet)", "ru", [
        "Журнал «Новый курьер» объявил сбор денег в свою защиту — после того как суд назначил изданию "
        "штраф в 18 млн рублей, фактически рассчитанный на его закрытие.",
        "Сумма неподъёмная. Времени мало. Помогать нужно сейчас.",
        "Я уже участвую: перевёл «Курьеру» 1500 рублей.",
        "Присоединяйтесь.",
        "Даже если вы давно не открывали «Новый курьер». Даже если вам не близки взгляды его редактора. "
        "Даже если вы спорите с каждой второй их колонкой.",
        "Речь не о колонках.",
        "Речь о праве говорить.",
        "Речь о том, чтобы в стране остался хоть кто-то, кто пишет не под диктовку.",
        "Помогая «Курьеру», вы помогаете себе — и показываете, что не всё можно задушить штрафами.",
        "Поддержать «Новый курьер» — вопрос самоуважения.",
        "Не откладывайте. Поддержите «Новый курьер» сегодня.",
    ]),
    _doc("b33-neg-blog-whereipay", "negative", "real", _N + "legoktm blog (author lists the outlets he pays for)", "en", [
        "Paying for independent news",
        "By Priyanka DesaiI usually cheer on consumer boycotts when a company misbehaves, and I've joined "
        "plenty. Lately I've watched friends cancel their subscriptions to two big national dailies after "
        "their owners leaned on the newsroom.",
        "But with news, cancelling just deepens the hole reporters are already in. When readers leave, the "
        "papers lean even harder on the owner's goodwill.",
        "There's a simple fix: take the money you were paying those papers and send it to outlets that no "
        "billionaire owns. If you want to make a point, send twice as much. Think of it as an investment in "
        "the kind of press you want, not just one more subscription.",
        "We need newsrooms that answer to their readers, not to holding companies. More town papers, fewer "
        "counties with nobody at the council meetings.",
        "Here's where my own money goes:",
        "A nonprofit newsroom covering my state capitol",
        "A worker-owned sports site",
        "Our neighbourhood's volunteer-run weekly",
    ]),
    _doc("b33-neg-podcast-publicmedia", "negative", "real", _N + "WNYC On the Media (transcript on public-media funding)", "en", [
        "Local Stations on the Chopping Block",
        "Title: Local Stations on the Chopping Block.",
        "Senator Ruth Calloway: They want the money gone, and we'd better be ready for a long fight.",
        "Host Daniel Reyes: Once again, Washington is talking about ending federal support for public radio "
        "and television. From our studios in Chicago, this is Signal Check. I'm Daniel Reyes.",
        "Co-host Amira Saleh: And I'm Amira Saleh. This week, what small stations do for their towns, from "
        "flood warnings in eastern Kentucky,",
        "Station manager Bev Holt: People drove to the fire hall just to hear our broadcast on a battery radio.",
        "Co-host Amira Saleh: to the far north of Minnesota.",
        "Reporter Tom Kettering: When the lake ice breaks up early, we are how people find out which roads "
        "are closed. Nobody else covers it.",
        "Host Daniel Reyes: That's all coming up after the break.",
    ]),
    _doc("b33-neg-campaignfinance-smalldonors", "negative", "real", _N + "OpenSecrets News (small campaign donors)", "en", [
        "Small Checks Power Late Surges in Several Senate Races",
        "",
        "coin_jar_small.jpgOver the last few cycles, candidates in both parties have learned how much can be "
        "raised online, five and ten dollars at a time.",
        "",
        "This quarter, donors giving small amounts are again shaping some closely watched contests.",
        "",
        "Insurgents on the right and progressives on the left have both cashed in. Some of the biggest "
        "small-dollar hauls went to first-time candidates; others went to long-serving incumbents.",
        "",
        "Donors who give even a few dollars tend to stay engaged and give again. Researchers say the surest "
        "way to build that base is a national profile, usually earned on cable news.",
        "",
        "Consider these cases:",
        "",
        "Republican Dale Sorensen, a former sheriff, took in nearly 60 percent of his quarterly receipts from "
        "donors giving under $200.",
    ]),
    _doc("b33-neg-newsletter-publicradio", "negative", "real", _N + "Barry Yeoman's newsletter (urging gifts to public radio stations)", "en", [
        "Producer Lena Ortiz talked about her station's early years in an interview last spring (link below). Photo via a listener archive.",
        "Hello friends,",
        "This letter started as a long social-media post. Enough of you said it helped that I'm sharing it more widely.",
        "You have probably heard that the federal grant program for public broadcasting is being wound down "
        "after lawmakers pulled its funding. Many local radio stations will feel it, and a few may not survive.",
        "Public radio has always run on listener gifts. It needs them more than ever. But which stations, and why? A few thoughts:",
        "The cuts don't land evenly. Big-city stations lose a sliver of their budgets and have wealthy listeners to fill the gap.",
        "Small rural and tribal stations are another story. One station on the Navajo Nation loses 90% of its "
        "budget; a station in the Aleutians loses nearly all of it.",
    ]),
    _doc("b33-neg-tgservice-withheld", "negative", "real", _N + "Лениздат (Telegram; a donation service withholding another outlet's money)", "ru", [
        "Платёжный сервис в Telegram заблокировал выплату пожертвований независимому изданию",
        "Читатели ежемесячно поддерживают через Telegram издание «Прибой», которое ведёт новостные каналы "
        "для русскоязычных жителей Эстонии, Польши и Грузии. Однако в октябре сервис Donata не перевёл "
        "редакции собранные деньги.",
        "Сервис потребовал удалить несколько публикаций с изображениями, запрещёнными в России. В «Прибое» "
        "отказались, заявив, что правила площадки ничего подобного не запрещают. Donata сослалась на "
        "«внутренние политики».",
        "📌 Donata зарегистрирована в ОАЭ и работает через ботов мессенджера, но самому Telegram не принадлежит.",
    ]),
    _doc("b33-neg-blog-recommends-watchdog", "negative", "real", _N + "astrocohors.eu (blog urging memberships for another outlet)", "de", [
        "Die Landesregierung hat ihre Anzeigenbudgets gekürzt, was vor allem die Pendlerblätter trifft. Die "
        "Medienstaatssekretärin steht deshalb unter Beschuss und will Förderungen künftig an Qualitätskriterien knüpfen.",
        "Zeitungsente? Was ist die Zeitungsente?",
        "Ein seltsamer Name: Zeitungsente. Dahinter steckt ein kleines Projekt, das schiefe Schlagzeilen, "
        "erfundene Zahlen und verdrehte Zitate aus Boulevard und seriöser Presse sammelt und richtigstellt. "
        "Gerade jetzt verdient das Anerkennung. Wir wollen deshalb hier auf die Zeitungsente hinweisen und "
        "künftig öfter auf ihre Funde verlinken.",
        "Die Zeitungsente sucht derzeit Fördermitglieder, damit ihre Arbeit weitergehen kann. Wer mag, "
        "findet auf ihrer Seite alle Infos.",
        "Und wer nach diesen Zeilen schon überzeugt ist, kann die Zeitungsente direkt dort unterstützen.",
    ]),
    _doc("b33-neg-daily-onlineforum", "negative", "real", _N + "Salzburger Nachrichten (news on another outlet's memberships)", "de", [
        "Die Onlineplattform \"Klartext\" macht trotz der seit dem Winter bekannten Geldsorgen weiter.",
        "",
        "\"Wir mussten feststellen, dass die Einnahmen nicht reichen. Also hiess es: schlanker weitermachen "
        "oder aufhören. Wir machen weiter\", schrieb Gründerin und Ex-Abgeordnete Renate Staudinger am "
        "Samstag. Ab Herbst erscheine \"Klartext\" nicht mehr täglich, sondern als Debattenplattform. Neu "
        "schreiben sollen unter anderen der Politologe Martin Gruber und die Juristin Eva Maierhofer. Derzeit "
        "zählt \"Klartext\" 2.100 Mitglieder. Bei 4.000 soll wieder eine Rechercheredaktion aufgebaut werden.",
    ]),
    _doc("b33-neg-blog-newmagazine", "negative", "real", _N + "norberthaering.de (blogger recommends supporting a new magazine)", "de", [
        "Neues Online-Magazin GEGENLICHT startet",
        "",
        "Drei erfahrene Journalistinnen wollen mit einem Online-Magazin Themen aufgreifen, die in den großen "
        "Redaktionen liegen bleiben. Hinter GEGENLICHT stehen Miriam Kessler, Tobias Rauh und Helga Stein. "
        "Derzeit sammeln sie Zusagen für Abos zu 6 Euro im Monat. Ich finde das Vorhaben vielversprechend "
        "und lege es meinen Leserinnen und Lesern ans Herz.",
    ]),
    _doc("b33-neg-blog-notsubscribed", "negative", "real", _N + "Pulling Together (kjpetrie blog: why the author has not subscribed to a magazine)", "en", [
        "Thinking Aloud",
        "",
        "",
        "Why I still haven't paid for Contrarian Weekly",
        "",
        "If you haven't seen it, Contrarian Weekly is a web magazine that runs mostly opinion and essays. It "
        "takes no party line and prints pieces from all sides. Some make me cross; plenty I agree with, up to "
        "a point. What matters is that they push back against whatever everyone is supposed to think.",
        "",
        "Many of its writers worry, as I do, about people being shouted down for asking awkward questions. "
        "They like to build an argument slowly, one paragraph at a time. That is rare enough these days.",
        "",
        "You can probably tell there is a 'but' coming. There is.",
    ]),
    _doc("b33-neg-daily-streetmag-subs", "negative", "real", _N + "i (inews; reports another outlet's subscription drive and quotes its appeal)", "en", [
        "Lockdown latest: Readers urged to back The Pavement as street magazine launches home delivery",
        "",
        "The magazine has also opened a hardship fund for its sellers",
        "",
        "Readers have been urged to support The Pavement after its street sales collapsed during the lockdown.",
        "",
        "The magazine, sold by people who are homeless or badly housed, pulled its sellers off the streets "
        "before the lockdown began to protect them.",
        "",
        "Its publisher, Marian Clough, said weekly sales had fallen from 40,000 to almost nothing, leaving "
        "about 900 sellers with no income.",
        "",
        "To keep money flowing to them, The Pavement will now post copies directly to subscribers.",
        "",
        "Home delivery",
        "",
        "“Our sellers depend on every copy,” the magazine said on its website.",
        "",
        "“We need your help right now so that our sellers keep getting the support they rely on.”",
        "",
        "The Pavement is now also stocked in some supermarkets (Photo: Alan Ritchie/PA)",
    ]),
    _doc("b33-neg-daily-helpseller", "negative", "real", _N + "The Scotsman (how to help street-magazine sellers; doubled caption, 'Hide Ad')", "en", [
        "How you can still help your local Pavement seller during lockdown",
        "",
        "With the country shut down, sellers can't work their pitches, but there is another way to help.",
        "The Pavement has started a subscription and an online shop to support its sellers. Picture: StockPicThe "
        "Pavement has started a subscription and an online shop to support its sellers. Picture: StockPic",
        "The Pavement has started a subscription and an online shop to support its sellers. Picture: StockPic",
        "",
        "Since the first minister's announcement on Tuesday, people may leave home only for essential reasons.",
        "",
        "That means sellers can no longer stand on the street, but the magazine has found a way to keep income coming in.",
        "",
        "Hide Ad",
        "Hide Ad",
        "",
        "On its website the magazine said: “For our sellers, the magazine is their only income. Empty streets "
        "mean no customers and no way to earn.”",
    ]),
    _doc("b33-neg-blog-crowdfunding-success", "negative", "real", _N + "Buzzles (news on another outlet's crowdfunding)", "fr", [
        "Carton plein pour le financement participatif d'Onde de choc, le média qui n'est pas encore lancé",
        "",
        "Dans sa première vidéo, mise en ligne le 12 mars, Onde de choc affiche en majuscules : « L'INFO NE "
        "DOIT PLUS APPARTENIR À CEUX QUI LA POSSÈDENT ». Face à des médias détenus par quelques fortunes, le "
        "projet, financé uniquement par ses lecteurs, promet de secouer le paysage. ",
        "",
        "Crédit : image tirée du clip de lancement d'Onde de choc, youtube.com",
        "",
        "Il reste 15 jours pour contribuer, selon la page de la collecte ouverte sur Ulule début février. En "
        "un mois, l'objectif de 80 000 € a été pulvérisé : la barre affiche 412 %, soit près de 330 000 € "
        "versés par plus de 4 000 contributeurs.",
    ]),
    _doc("b33-neg-mag-investigation-model", "negative", "real", _N + "Fragil (profile of another outlet's subscription model)", "fr", [
        "Enquêtes du Grand Ouest, un média qui prend son temps",
        "",
        "14 Fév 2025",
        "",
        "Lucie Ferrand, journaliste depuis six ans aux Enquêtes du Grand Ouest, explique comment travaille ce "
        "journal d'investigation régional. Son rédacteur en chef, Yann Le Goff, a complété ses réponses par téléphone.",
        "",
        "Après un premier article sur les difficultés financières du titre, nous revenons sur sa méthode. Le "
        "journal vit uniquement des abonnements de ses lecteurs, sans publicité ni aide des collectivités, et "
        "revendique son indépendance.",
        "",
        "Une rédaction tournée vers l'enquête locale",
        "",
        "« Le journal est né en 2019, à Rennes. L'idée, c'est d'enquêter sur tout ce qui touche l'intérêt "
        "public dans une ville et ses alentours », résume Lucie Ferrand.",
    ]),
    _doc("b33-neg-city-newspaper-subsidies", "negative", "real", _N + "Piter.TV (city subsidies for newspapers)", "ru", [
        "Екатеринбург выделит субсидии на выпуск и доставку общественно-политических газет. Постановление "
        "подписал глава города, сообщили 20 марта в мэрии.",
        "Деньги выделят по программе «Информационная открытость», всего в бюджете заложено 40 млн рублей.",
        "В мэрии объясняют, что газеты остаются важным источником новостей для жителей, в том числе для "
        "тех, кто не может сам оформить подписку на городские издания.",
        "Пресс-служба администрации Екатеринбурга",
    ]),
    _doc("b33-neg-trade-newportal", "negative", "real", _N + "persoenlich.com (trade news on a new local portal's crowdfunding)", "de", [
        "Vor gut einem Jahr kündigte der Verlag an, die beiden Luzerner Titel zusammenzulegen (wir "
        "berichteten). Nun ist es so weit, teilt das neue Medienprojekt «Seeblick» mit: Seit Wochen "
        "erscheinen dieselben Texte in beiden Blättern, Ende Monat folgt die Fusion.\n\nDie Ankündigung sei "
        "der Auslöser für «Seeblick» gewesen, heisst es weiter. Rund ein Dutzend Luzerner Journalistinnen und "
        "Journalisten hätten beschlossen, ein unabhängiges Onlinemagazin für Stadt und Agglomeration "
        "aufzubauen. Drei von ihnen haben gekündigt und tragen das Risiko selbst; im Team sind auch "
        "Fachleute für Technik, Fundraising und Finanzen.",
    ]),
    _doc("b33-neg-foundation-qa-newsroom", "negative", "real", _N + "Giving Compass (Q&A on a nonprofit newsroom's donors)", "en", [
        "For years, the river towns of Dayton and Springfield, Ohio, had little local news that reflected "
        "their neighbourhoods. That changed in 2015, when two former reporters launched the Miami Valley "
        "Register. A sister site followed in 2021 under the nonprofit Valley News Collaborative.",
        "",
        "Valley News Collaborative",
        "Courtesy of the Local News Alliance",
        "",
        "The collaborative runs both sites as nonpartisan, nonprofit newsrooms. Its development director, "
        "Renee Whitfield, spoke with the Local News Alliance about where individual donors fit in. This "
        "conversation was condensed for length.",
        "",
        "",
        "Q. What is the collaborative trying to do for the communities it covers?",
        "",
        "Our goal is to help neighbours understand and shape the decisions made in their name.",
    ]),
]

# --- Section 2: layouts of further real pages (outlets A-M) ---------------------------------

_LANTERN_BOX1 = "\n".join([
    "Your backing keeps us reporting",
    "From housing to heat waves to the tech giants, The Lantern is there while the story is still unfolding. "
    "Whether we are tracing the money behind a billionaire's super PAC or filming our new documentary on "
    "rural hospitals, we work to separate the facts from the spin.",
    "At a moment like this, we need reporters in the field. Your gift lets us keep sending them to hear every side.",
    "Readers across the political spectrum trust The Lantern. And unlike many serious outlets, we keep our "
    "reporting free of paywalls. We think good journalism belongs to everyone, funded by those who are able to pay.",
    "Every contribution counts.",
])
_LANTERN_BOX2 = "\n".join([
    "Your backing keeps us reporting",
    "From housing to heat waves to the tech giants, The Lantern is there while the story is still unfolding. "
    "At a moment like this, we need reporters in the field. Your gift lets us keep sending them to hear every side.",
    "We keep our reporting free of paywalls, funded by those who are able to pay.",
    "Every contribution counts.",
])
_IRONWOOD_BTN = "From just $3.49/week.\n\nSubscribe Now"
_HILLCREST_L1 = "Find out how you can back community reporting."
_HILLCREST_L2 = "Tap here for details"
_KOPPIE_NL = ("Sign up for Sunrise, our morning briefing.\nFree, in your inbox before breakfast.\n"
              "*Named best regional newsletter by a press association.")
_KOPPIE_BOX = "\n".join([
    "The quiet few: you",
    "Odds are this message isn't meant for you. Only about one reader in three hundred has answered it.",
    "Those few readers are the ones paying for our reporting so that it stays open to everyone else, you included.",
    "We need many more to join them. It's simple arithmetic: more members means more investigations and more "
    "impact. Tips arrive every day; what we lack is the means to chase them all.",
    "Be one of the few. Become a Koppie Member.",
    "",
    "Join the Members",
])
_KOPPIE_SIGNIN = "\n".join([
    "Step 3 of 3",
    "",
    "Become a Koppie Member",
    "",
    "Members keep The Koppie open to everyone",
    "",
    "We are funded by our readers rather than a paywall. Member contributions pay for the investigations "
    "that hold power to account and keep every article free to read.",
    "",
    "*Pause or stop whenever you like.",
    "",
    "What members get",
    "",
    "  • A monthly letter from the newsroom",
    "  • No ads, plus the right to comment",
    "  • Invitations to members-only briefings",
])
_BILLABONG_PITCH = "Know who really runs the country.\n\nJournalism without fear. Join today for just $89."
_MAGNOLIA_CAPTION = ("For our autumn drive, every gift is DOUBLED. A $40 donation becomes $80 for reporting "
                     "across the Delta. Tap the image to give.")
_JW_BANNER = "60 Ausgaben junge Stimme für 60 €"
_JW_FIRST = _JW_BANNER + " – jetzt bestellen"
_JW_REPEAT = _JW_BANNER + " " + _JW_BANNER + "\n" + _JW_BANNER
_JW_TOP = "\n".join([_JW_FIRST, "Gegründet 1951 Donnerstag, 12. September 2024, Nr. 213",
                     "Die junge Stimme gehört 3120 Genossenschaftsmitgliedern", _JW_REPEAT])
_KOMPASS_NL = "KOMPASS Abendpost\n\nUnsere wichtigsten Recherchen, Hintergründe und Ideen.\nMontag bis Freitag um 18 Uhr, samstags als Wochenausgabe."
_GF_BOX = ("Notre campagne annuelle de dons démarre et nous comptons sur vous. Premier palier : 12 000 euros, "
           "soit à peu près un septième de notre budget, pour financer des reportages au long cours et des "
           "enquêtes de terrain, loin du flux de l'info en continu. Merci d'avance pour votre coup de pouce !")
_BASTION_CALL = ("Faire grandir ce média, c'est possible avec vous. Pas d'abonnement imposé, pas de publicité : "
                 "tout repose sur les dons de celles et ceux qui peuvent donner. Si nos articles comptent pour "
                 "vous, soutenez Bastion ! dès aujourd'hui, même avec quelques euros.")
_BASTION_GAUGE = "\n".join([
    "Aidez un média qui fait entendre d'autres voix",
    "",
    "0 €",
    "18 940 €",
    "Objectif 60 000 €",
    "60 000 €",
    "",
    "Notre projet un peu fou : un kiosque en ligne de la presse indépendante. Pour la première étape, il nous "
    "faut 60 000 euros, et rien ne se fera sans vous. Faites un don, même modeste. 👇",
])
_BUMAZHKA_SUB = "💚 Подписывайтесь на «Бумажку» и присылайте новости"
_BUMAZHKA_DON = "Помогите редакции донатами: https://bumazhka-help.ru/"

_S = "Invented; modelled on "

SECTION2 = [
    _doc("b33-lantern-editorsletter-top", "appeal", "top",
         _S + "The Independent (support box above an editor's letter)", "en", [
             _LANTERN_BOX1,
             "Our 2,000th print edition lands on Saturday, 14 March. Nobody has invited us to a palace yet. But to "
             "mark the occasion, we would like to hand part of the paper over to you.",
             "Why do you read The Lantern? What should we do better? We will print the best replies in the "
             "anniversary edition. Answer either question, or both. Is there a columnist you never miss, a front "
             "page you kept, a subject we keep ducking?",
             "Please keep it under 60 words and email letters@lantern-news.example as soon as you can. A name is "
             "required; your age, town and job are welcome.",
             "****",
             "“You asked how we should cover the coming election,” writes Moira Quinlan from Whitstable. “Start "
             "with the councils, not the leaders.”",
         ], [_LANTERN_BOX1]),
    _doc("b33-lantern-column-top", "appeal", "top",
         _S + "The Independent (support box run together with the first sentence of a column)", "en", [
             "Editor's diary: Some mornings are just like that",
             _LANTERN_BOX2 + "The morning began about as badly as a morning can. Shortly before eight I was flat "
             "on my back in a hygienist's chair.",
             "She is a kind woman who knows how to distract the nervous, and as she switched on the polisher she "
             "asked whether I followed the cricket. I said I did. “I'm a Yorkshire supporter,” she said, hovering.",
             "Being a Lancashire man and in no position to argue, I closed my eyes and said I had no real loyalties.",
             "Things did not improve when I reached the office. The finance director was waiting by my desk.",
         ], [_LANTERN_BOX2]),
    _doc("b33-neg-blog-subscribeday", "negative", "real",
         "Invented negative; modelled on davidc.ca (author's blog urging readers to pay for other outlets)", "en", [
             "Today is Pay for Your News Day. Is that official? Not really. I just proclaimed it, so now it is.",
             "Jokes aside, the decline of serious independent reporting is a real worry, and the growth of "
             "reader-funded journalism is a real comfort. So to mark my new holiday I want to steer you toward "
             "two strong pieces from outlets I pay for, a national weekly and a climate newsletter. I've quoted "
             "them at length, and I hope they'll forgive me given that I'm telling you to GO AND SUBSCRIBE.",
             "Some years ago I realised that I depend on honest, brave, fact-based media, and that I couldn't "
             "just assume it would always be around. So I started paying. My list now: a national weekly, a "
             "climate newsletter, a provincial investigative site and a nature magazine.",
             "Do I read every word? Of course not. But I skim, dig into a few, and pass some along. Mostly I like "
             "knowing they're there. For now. So once more, before I go: GO AND SUBSCRIBE!",
             "Peter Lindqvist",
             "Author, Cold Water",
             "Notes on energy and community",
         ]),
    _doc("b33-ironwood-holiday-end", "appeal", "end",
         _S + "Iron Mountain Daily News (editorial urging support for the local paper; price line and button gold)", "en", [
             "",
             "Give your hometown paper a gift this holiday",
             "",
             "A town with a newspaper is a healthier town.",
             "",
             "Study after study finds that places with a local paper do better than places without one.",
             "",
             "Where papers close, fewer people vote, public spending and corruption climb, shops shut and fewer "
             "neighbours show up to anything.",
             "",
             "Where papers survive, turnout holds, officials are watched, small businesses do better and people stay involved.",
             "",
             "So this season we are asking every reader to think about the Ironwood Courier.",
             "",
             "Take out a subscription if you don't have one. Place a birthday notice. If you run a shop, buy an ad in print or online.",
             "",
             "A local paper is a public service. By telling this town's stories, in the news columns and in the "
             "ads, we help make it a better place to live.",
             "",
             "So this holiday, remember your local paper.",
             "",
             _IRONWOOD_BTN,
         ], [_IRONWOOD_BTN]),
    _doc("b33-hillcrest-editorial-middle", "appeal", "middle",
         _S + "Hillsboro Tribune / Pamplin Media (editorial with in-text support link lines)", "en", [
             "We have done better than most, but staying afloat now means leaning on our readers.",
             "",
             "Help us keep local news alive.",
             "",
             "Reporting, editing and delivering news about your street and your school board costs money.",
             "",
             "As a new decade begins, we have to admit that advertising will no longer pay for all of it.",
             "",
             "We have reached a turning point, and we are asking for help." + _HILLCREST_L1,
             "",
             "Public television asks its viewers to pitch in every spring. We are now asking our readers to pay "
             "a little more of what it costs — under $2 a week — to make up for the ads we have lost.",
             "",
             _HILLCREST_L2,
             "",
             "As the only paper that shows up week after week, our 14 titles carry the stories of our towns. Who "
             "else would cover the graduations, the Friday games, the obituaries of neighbours?",
         ], [_HILLCREST_L1, _HILLCREST_L2]),
    _doc("b33-koppie-gallery-middle", "appeal", "middle",
         _S + "Daily Maverick (photo-gallery page; newsletter sign-up and member box between captions)", "en", [
             "Our week in photos: week 38",
             "",
             "Morning Edition, The Koppie's flagship newsletter",
             "",
             _KOPPIE_NL,
             "",
             _KOPPIE_BOX,
             "",
             "Fishermen haul in their nets at dawn near Paternoster as a cold front moves up the coast.",
             "",
             "Students march through Makhanda demanding the reopening of the university's residences.",
             "",
             "A child waits with water containers at a standpipe in Mangaung during the third week of outages.",
         ], [_KOPPIE_NL, _KOPPIE_BOX]),
    _doc("b33-koppie-signin-middle", "appeal", "middle",
         _S + "Daily Maverick (sign-in page: account steps, member step, cookie notice)", "en", [
             "The Koppie logo",
             "  • Log in",
             "  • Register",
             "",
             "Log in to your account",
             "",
             "or",
             "Continue with Google",
             "",
             "Forgot your password?",
             "",
             "Create a free account",
             "",
             "Step 2 of 3",
             "",
             "Choose your free newsletters",
             "",
             _KOPPIE_SIGNIN,
             "Find Out More Return to Article",
             "",
             "The Koppie © All rights reserved",
             "",
             "This site uses cookies to remember your settings. By choosing “Accept”, you agree to all cookies. "
             "You can change this under “Preferences”.",
             "PreferencesAccept",
         ], [_KOPPIE_SIGNIN]),
    _doc("b33-neg-koppie-bookproject", "negative", "real",
         "Invented negative; modelled on Daily Maverick (outlet's own essay on a members' book project)", "en", [
             "The Book Nobody Asked For",
             "",
             "‘Just tell them what happened,’ my grandfather said, when I asked how to write my first school report.",
             "",
             "It is still the best advice I have had.",
             "",
             "As the person who looks after our members, I think about that advice a lot. People who join us are "
             "not buying a product; they want to belong to something. As the community has grown, keeping it "
             "personal has been the hard part.",
             "",
             "Usually we describe members in numbers: how many, how much, what share of the salaries. The numbers "
             "matter. But the best thing members ever gave us was an idea.",
             "",
             "When we sent them our annual report last year, many wrote back that their favourite pages were the "
             "reporters explaining why they stay. That grew, alarmingly fast, into a 90,000-word book about the "
             "newsroom's first decade.",
         ]),
    _doc("b33-billabong-weekendreads-middle", "appeal", "middle",
         _S + "Crikey (weekend recommendations with a one-line membership pitch between entries)", "en", [
             "Billabong weekend reads",
             "",
             "Harriet Cole, editor",
             "",
             "“Vanishing Point” on community radio",
             "",
             "“March 1987, outer Adelaide: a teenage courier leaves the depot on his bicycle and never arrives. "
             "The case has never been solved.”",
             "",
             _BILLABONG_PITCH,
             "",
             "",
             "Sam Okoro, reporter",
             "",
             "“The Meme Lord Who Wanted Out” by Dana Whitlock, a tech magazine",
             "",
             "“He is not an extremist, he says, just a man who drew funny frogs. But the forums that adopted his "
             "cartoons turned them into something he no longer recognises.”",
         ], [_BILLABONG_PITCH]),
    _doc("b33-magnolia-21years-middle", "appeal", "middle",
         _S + "Mississippi Free Press (publisher's column with a matched-gift image caption)", "en", [
             "Close this search box.",
             "Eighteen Years of Independent Journalism in the Delta",
             "\"We are grateful for readers who know we are not going anywhere,\" Magnolia Ledger publisher Renée Dubose writes.",
             "",
             "Eighteen Years of Independent Journalism in the Delta",
             "",
             "Everyone in media wants to talk about scale these days. Growth, reach, bigness. Big wins; small "
             "loses. Frankly, it worries me. Large companies rarely serve a town the way a small newsroom can.",
             "",
             "Some of you will remember the years when chains swept through the South buying every paper in "
             "sight. Most of those papers are now closed, hollowed out or beside the point.",
             "",
             _MAGNOLIA_CAPTION,
             "",
             "We spent those years at the old Delta Weekly, covering city hall and telling the stories the chains "
             "would not, because you cannot cover a place you do not understand.",
         ], [_MAGNOLIA_CAPTION]),
    _doc("b33-neg-magnolia-thankyou", "negative", "real",
         "Invented negative; modelled on Mississippi Free Press (publisher's thank-you after a finished campaign)", "en", [
             "Search",
             "Close this search box.",
             "The staff of the Magnolia Ledger on a graphic that reads Thank you",
             "",
             "Publisher's Note | Thank You for Backing Reporting on Solutions",
             "",
             "Thank you, from all of us. We beat our year-end goal of $150,000 and raised $153,870, which is "
             "remarkable in a year when so many households are stretched.",
             "",
             "We did not start with deep pockets. We opened in 2021 with a $40,000 gift from a retired teacher "
             "who believed the Delta deserved a newsroom of its own.",
             "",
             "Here is a snapshot of what your support made possible this year.",
         ]),
    _doc("b33-jungestimme-thesen-top", "appeal", "top",
         _S + "junge Welt (repeated trial-bundle banner and masthead lines above an article)", "de", [
             _JW_TOP,
             "Aus: Ausgabe vom 07.09.2024, Seite 4 / Wochenendbeilage",
             "",
             "Was der Gewerkschaftsbewegung fehlt",
             "",
             "Vier Thesen für einen Neuanfang",
             "Von Martina Hollweg",
             "Streikposten vor einem Logistikzentrum in Bad Hersfeld (14.3.2024)",
             "",
             "Wir dokumentieren Thesen, die die Autorin auf einer Tagung von Betriebsräten im Mai in Kassel vorgestellt hat. (jS)",
             "",
             "1. Die Gewerkschaftsbewegung der 70er Jahre gibt es nicht mehr. Große Teile ihres früheren "
             "Umfelds sind in Berufen gelandet, in denen Tarifverträge die Ausnahme sind.",
         ], [_JW_FIRST, _JW_REPEAT]),
    _doc("b33-kompass-home-top", "appeal", "top",
         _S + "CORRECTIV (home page: newsletter widget above research teasers)", "de", [
             _KOMPASS_NL,
             "",
             "Recherchen",
             "",
             "Hochschulgeld",
             "",
             "Die Dienstwagen-Professoren aus Kaiserslautern",
             "",
             "Leasingautos, Beraterverträge, Reisen: Mitarbeitende berichten von einem System der Gefälligkeiten. "
             "Ein Teil des Geldes stammt aus der Industrie.",
             "",
             "Pflege",
             "",
             "Übersehen: Demenz bei Menschen unter 60",
             "",
             "Die Diagnose kommt oft Jahre zu spät. Warum es so wenige spezialisierte Ambulanzen gibt.",
             "",
             "Stadionneubau",
             "",
             "Die Kosten für das neue Stadion steigen und steigen – bezahlen muss die Stadt.",
         ], [_KOMPASS_NL]),
    _doc("b33-neg-kompass-ineigenersache", "negative", "real",
         "Invented negative; modelled on CORRECTIV ('In eigener Sache' listing: prizes, staff, book news)", "de", [
             "In eigener Sache",
             "",
             "Was sich bei KOMPASS tut: wie unsere Recherchen gewirkt haben und welche Projekte wir anstossen.",
             "",
             "In eigener Sache",
             "",
             "KOMPASS erhält Regionalpreis für Wirtschaftsjournalismus",
             "",
             "Ausgezeichnet wird die Recherche „Die Dienstwagen-Professoren aus Kaiserslautern“.",
             "",
             "In eigener Sache",
             "",
             "Geschäftsführerin verlässt KOMPASS",
             "",
             "Nach sechs Jahren wechselt Co-Geschäftsführerin Ines Thalberg zu einer Stiftung.",
             "",
             "In eigener Sache",
             "",
             "Unser Buch „Die Brandbeschleuniger“ erscheint in zweiter Auflage – mit einer korrigierten Grafik.",
         ]),
    _doc("b33-neg-trade-foundation-start", "negative", "real",
         "Invented negative; modelled on meedia.de (tag page: a research desk launched with foundation money)", "de", [
             "1. „Mehr Aufklärung“: Recherchebüro Lotse will Missstände sichtbar machen",
             "",
             "    Mit 2,5 Millionen Euro einer Ruhrgebietsstiftung soll im Westen ein gemeinnütziges Recherchebüro "
             "entstehen. „Wir wollen aufwendige Recherchen möglich machen, die sich kein Lokalblatt allein leisten "
             "kann“, sagt Gründer Bernd Vossberg, der zuvor ein Investigativressort leitete.",
         ]),
    _doc("b33-neg-column-pioneers", "negative", "real",
         "Invented negative; modelled on journalist.de (column series on the future of journalism)", "de", [
             "Aktuelles",
             "",
             "Journalismus braucht Mut zum Experiment",
             "",
             "Medienforscherin Carla Zimmermann sagt: Redaktionen müssen wieder lernen, Neues auszuprobieren. (Foto: privat)",
             "",
             "In unserer Reihe „Was den Journalismus besser macht“ fragen wir kluge Köpfe der Branche. In Teil 4 "
             "sagt Carla Zimmermann: Ohne ein tragfähiges Geschäftsmodell bleibt jede gute Idee ein Hobby – aber "
             "ohne Ideen hilft auch das beste Modell nicht.",
             "",
             "Von Carla Zimmermann",
             "",
             "03.05.2021",
             "",
             "Es ist das Jahr 2003, und ein junger Reporter gilt in seiner Redaktion als Ausnahmetalent – bis "
             "herauskommt, dass seine schönsten Zitate erfunden sind.",
         ]),
    _doc("b33-neg-blog-regionalpaper", "negative", "real",
         "Invented negative; modelled on dimbb.de (blog teaser quoting a broadcaster on regional papers)", "de", [
             "Ich bin nicht glücklich darüber, dass wir in manchen ländlichen Gegenden inzwischen das einzige "
             "Angebot mit Lokalnachrichten sind. Ich kenne die Sorgen der Verlage und halte die Zeitung für "
             "unverzichtbar für eine funktionierende Demokratie. Auch deshalb… Weiterlesen",
         ]),
    _doc("b33-grandlarge-residences-top", "appeal", "top",
         _S + "Grand Format (annual support-campaign box above a teaser)", "fr", [
             _GF_BOX,
             "Lors des Assises de la presse libre, des collégiens de Lannion ont interrogé des reporters poursuivis "
             "pour leurs enquêtes. Sept épisodes audio pour comprendre pourquoi informer est devenu un combat.",
         ], [_GF_BOX]),
    _doc("b33-neg-mag-indiepress-issue", "negative", "real",
         "Invented negative; modelled on Les Autres Possibles (issue intro on the independent local press)", "fr", [
             "Presse libre, mode d'emploi.",
             "Vous pensiez que tout était joué ? Que le débat se résumait désormais aux plateaux des chaînes "
             "d'info en continu ? Il y a de quoi s'inquiéter, c'est vrai. Mais d'autres journaux existent, "
             "souvent petits, souvent locaux : une centaine en France, du mensuel de quartier au bimestriel "
             "d'enquête. Leur point commun : ils fouillent là où les puissants préfèrent qu'on ne regarde pas. "
             "Ils tiennent avec peu, parfois sans salaire. Dans ce numéro, nous leur donnons la parole. Et un aveu "
             ": c'est notre dernier numéro dans ce format, mais pas notre dernier mot.",
         ]),
    _doc("b33-neg-trade-satire-drive", "negative", "real",
         "Invented negative; modelled on ActuaLitté (news on a satirical monthly's donation drive)", "fr", [
             "« On boucle un dossier sur la désobéissance civile, avec des témoignages de nos dessinateurs », "
             "explique le mensuel satirique Le Vitriol, qui ne manque jamais une occasion de grincer.",
             "",
             "Sauf que la hausse du papier et de l'impression a vidé les caisses : « la trésorerie sera à sec "
             "avant la rentrée », préviennent ses fondateurs.",
             "",
             "Appel au secours",
             "",
             "Le journal lance donc une collecte d'urgence sur une plateforme de dons. « On aurait préféré "
             "s'en passer, mais disparaître des kiosques, non merci », ajoute la rédaction, qui espère réunir "
             "50 000 euros d'ici juillet.",
         ]),
    _doc("b33-neg-blog-repost-otherdrive", "negative", "real",
         "Invented negative; modelled on danactu-resistance (blog reposting another outlet's donation campaign)", "fr", [
             "Campagne de dons",
             "",
             "Soutenir Le Fanal : pour des médias au service de tous",
             "",
             "par",
             "",
             "",
             "Le site d'information Le Fanal lance sa campagne annuelle. Pas d'abonnement obligatoire, pas de "
             "publicité : le journal vit des dons de ses lecteurs, selon leurs moyens, et laisse tous ses articles "
             "en accès libre.",
             "",
             "Je relaie volontiers leur appel : 400 000 personnes les lisent chaque mois, mais moins d'un millier "
             "les soutiennent. Si vous le pouvez, allez voir leur page.",
         ]),
    _doc("b33-neg-readerblog-subscriptioncampaign", "negative", "real",
         "Invented negative; modelled on a Mediapart reader blog (subscriber musing on the outlet's campaign)", "fr", [
             "J'ai lu que les comptes du journal étaient enfin à l'équilibre. Tant mieux pour nous tous : la "
             "rigueur a fini par trouver son public.",
             "J'ai vu aussi que la campagne d'abonnements continue, avec un tote bag à la clé, et qu'elle met en "
             "avant les procès en cours, qui pourraient coûter cher.",
             "Alors, que pouvons-nous faire, nous qui sommes déjà abonnés ? Prendre un deuxième abonnement ? Créer "
             "une formule « de soutien » ? Ou ouvrir une caisse dédiée aux frais de justice ?",
             "Ce billet s'adresse d'abord à la rédaction. J'espère qu'il fera réagir les autres lecteurs.",
             "Tenons bon !",
         ]),
    _doc("b33-neg-readerblog-unite", "negative", "real",
         "Invented negative; modelled on a Mediapart reader blog (urging independent outlets to pool their fundraising)", "fr", [
             "",
             "Agrandissement : Illustration 1",
             "",
             "Face aux grands médias, une foule de petits titres alternatifs est apparue, chacun avec son appel aux dons.",
             "Ces médias sont faits par des gens qui doivent vivre. Mais comme la gauche, ils avancent en ordre dispersé.",
             "La donatrice compulsive que je suis commence à trouver que vous êtes nombreux à frapper à la même porte.",
             "Le vivier des donateurs n'est pas infini. Regroupez-vous, inventez un modèle commun, sinon certains disparaîtront.",
             "Nous avons besoin de vous, mais ensemble.",
         ]),
    _doc("b33-bastion-dream-end", "appeal", "end",
         _S + "Basta! (editorial on the press 'we dream of'; closing call gold, the rest kept)", "fr", [
             "480 000. Vous avez été 480 000 à nous lire en octobre. Presque deux fois plus qu'il y a un an.",
             "Ça nous touche, parce que nos enquêtes et nos reportages semblent compter pour vous. Et parce que "
             "nous restons des rêveurs obstinés.",
             "Nous rêvons d'une information qui éclaire plutôt qu'elle n'affole, qui explique comment le monde "
             "fonctionne et comment il pourrait changer.",
             "Nous rêvons de journaux qui appartiennent à leurs lecteurs, pas à des industriels de l'armement ou du luxe.",
             "Ce journal-là, nous le fabriquons chaque jour.",
             _BASTION_CALL,
         ], [_BASTION_CALL]),
    _doc("b33-bastion-gauge-top", "appeal", "top",
         _S + "Basta! (donation gauge box above an article)", "fr", [
             _BASTION_GAUGE,
             "",
             "Agriculture",
             "",
             "Dans la Drôme, des éleveurs de chèvres face à la sécheresse",
             "",
             "par Aurélie Maton",
             "",
             "Trois étés sans pluie ont vidé les retenues. Les éleveurs réduisent leurs troupeaux et se "
             "demandent combien de temps ils tiendront.",
         ], [_BASTION_GAUGE]),
    _doc("b33-bumazhka-tg-morning-top", "appeal", "top",
         _S + "Бумага (Telegram web mirror: channel header with donation link, then posts)", "ru", [
             "Бумажка: всё о Нижнем",
             "64.2K subscribers",
             "21.3K photos",
             "1.8K videos",
             "29K links",
             _BUMAZHKA_DON,
             "",
             "Наш VPN для читателей: https://bumazhkavpn.site/",
             "",
             "Присылайте новости: @BumazhkaNewsBot",
             "Download Telegram",
             "Доброе утро!",
             "",
             "⛅️ В Нижнем сегодня облачно, без осадков. Утром около +3, днём до +9.",
             "",
             "Что почитать в «Бумажке»",
             "",
             "▫️История речного вокзала: как здание пережило три реконструкции и почему его снова закрыли.",
         ], [_BUMAZHKA_DON]),
    _doc("b33-bumazhka-tg-digest-end", "appeal", "end",
         _S + "Бумага (tgchannels mirror: description, daily digest, closing subscribe line)", "ru", [
             "71530",
             _BUMAZHKA_DON + " Наш VPN для читателей: https://bumazhkavpn.site/ Присылайте новости: @BumazhkaNewsBot",
             "Главное за день",
             "▫️Суд арестовал двух обвиняемых по делу о пожаре на складе на Бору: /channel/bumazhka/40211",
             "▫️Бывший вице-мэр получил условный срок за превышение полномочий: /channel/bumazhka/40214",
             "▫️Жильцы аварийного дома на Ильинке требуют расселения: /channel/bumazhka/40219",
             "Фото: «Бумажка»",
             _BUMAZHKA_SUB,
         ], [_BUMAZHKA_DON, _BUMAZHKA_SUB]),
    _doc("b33-bumazhka-tg-projects-top", "appeal", "top",
         _S + "Бумага (Telegram post about the outlet's own projects under the channel header)", "ru", [
             "Бумажка: всё о Нижнем",
             "58.9K subscribers",
             "Канал издания «Бумажка»",
             "",
             _BUMAZHKA_DON,
             "",
             "Присылайте новости: @BumazhkaNewsBot",
             "Download Telegram",
             "За год мы запустили несколько новых проектов — и всё это благодаря читателям",
             "",
             "Работать стало сложнее, но мы не забывали о вас. Вот что появилось за последние двенадцать месяцев.",
             "",
             "«Минута тишины» — вечерняя рассылка с главными новостями и одной доброй историей.",
             "",
             "Городские прогулки — каждое воскресенье лета мы водили читателей по старому центру.",
         ], [_BUMAZHKA_DON]),
    _doc("b33-neg-exile-other-drive", "negative", "real",
         "Invented negative; modelled on Meduza (news on a partner outlet's crowdfunding campaign)", "ru", [
             "Наши коллеги из издания «Протокол» объявили новую кампанию по сбору пожертвований.",
             "",
             "В этом году «Протокол», которому исполнилось девять лет, оказался на грани закрытия. После 2022 года "
             "издание потеряло почти все регулярные пожертвования из России, сократило видеоотдел и отказалось от офиса.",
             "",
             "Сейчас «Протокол» ежемесячно поддерживают около четырёх тысяч человек. Чтобы сохранить редакцию, "
             "нужно шесть тысяч регулярных подписок.",
             "",
             "Почему стоит помочь «Протоколу»? Все эти годы издание ведёт подробную хронику политических процессов в регионах.",
         ]),
    _doc("b33-neg-regional-agent-label", "negative", "real",
         "Invented negative; modelled on Кавказский узел (rubric page with a foreign-agent label, no appeal)", "ru", [
             "02:14, 22 апреля 2003",
             "",
             "Сохранение пойменных лесов Нижнего Терека",
             "",
             "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ, ЛИБО КАСАЕТСЯ "
             "ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА.",
             "",
             "Пойменные леса Нижнего Терека — один из самых пострадавших природных комплексов региона. За "
             "последние полвека вырубки, распашка и зарегулирование реки сократили их площадь почти вдвое. "
             "«Речные долины Предгорья» ведут хронику изменений и рассказывают, что ещё можно спасти.",
         ]),
]


BATCH33_DOCUMENTS = SECTION1 + SECTION2
