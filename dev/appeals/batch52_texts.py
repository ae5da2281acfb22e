"""Fifty-second batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

40 documents (23 appeal, 17 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 4 (40 documents). Each keeps the real page's structure (headline, dateline,
byline, photo-credit and image-description lines, "KEEP READING" teaser lists, a Telegram channel
header with subscriber count, an editorial list of truncated teasers, blog-roll entries, a numbered
newsletter, a paywall stub cut off mid-sentence, subscription-package boxes, a bulleted trial box)
and exactly what the real gold marks: a parenthesised newsletter line inside a story; a newsletter
sign-up box at the end of a teaser list; paywall boxes (with a "Déjà abonné(e)" line, with a
subscribe-today line, with day passes and prices); a one-line subscribe link between teasers; a
Substack author's like-subscribe-share welcome inside a post about a third party's rescue; a top
donate link; a newsletter box between video-page paragraphs; a support link glued to a Telegram
channel description (twice, once with several payment platforms); a "subscribe to our channel"
sentence glued to a paragraph; two subscription-package offers; an image-alt newsletter bar; a
subscription-drive paragraph above a tag archive; a staff-blog entry asking for gifts in a blog
roll; a crowdfunder match paragraph in a newsletter; join/sponsor/invest buttons at the top; a
crowdfunding campaign plea at the top of a newsletter; a sign-up thank-you page with a support plea.
Negatives keep what makes the real ones hard: a blogger's plea to back a fined magazine (a third
party's, quoted in the first person), a reader's list of outlets he pays for, a radio show on public
media funding, campaign-finance reporting on small donors, a newsletter on where to give to public
radio, a donation service withholding an outlet's payouts, a blog pointing to a watchblog's member
drive, reports on other outlets' member counts, crowdfunding goals, subscription launches, emergency
funds and subsidies, and a Q&A with a nonprofit newsroom's fundraiser.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-51 `build_devset.py --batch52` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch52.jsonl; `--runon unseen-batch52` writes the copy with line breaks turned into
spaces. Named `unseen-` because no rule is fitted to it (the line scorer does train on the
unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 4: appeal pages -----------------------------------------------------------------------

_SCHOOLYARD_NL = "(The Schoolyard Newsletter: Get the stories shaping classrooms across the country)"

_JOURNAL_AIN_NL = "\n".join([
    "Votre actualité locale, chaque matin dans votre boîte",
    "Inscrivez-vous à notre newsletter pour recevoir tous les jours, sans frais, les nouvelles de votre région par courriel.",
])

_VEVEYSE_WALL = "\n".join([
    "Cet article est réservé à nos abonnées et abonnés.",
    "Reste au courant de tout ce qui se passe près de chez toi grâce à notre offre de bienvenue, valable dès aujourd’hui.",
    "Déjà abonné(e) ? Se connecter",
])

_MESQUITE_WALL = "Only paying subscribers can read this story. Log in below or Subscribe today!"

_PRAIRIE_SUB = "Subscribe to The Prairie Ledger!"

_PORCHLIGHT_WELCOME = (
    "Hello again and welcome to Porch Light Notes. If this letter is worth your time, tell me so by "
    "1) tapping the Like heart down below, 2) signing up for the newsletter, and 3) passing it along "
    "to a friend. And leave a comment underneath, too. I read every one of them."
)

_FNW_DONATE = "Donate to FNW"

_TVARDENNE_NL = "\n".join([
    "Newsletter",
    "",
    "Abonnez-vous à notre newsletter et gardez le fil de l'actualité, du sport et de nos programmes",
])

_INYE_PAY = "Поддержать: https://inye-lyudi.example/give/"

_INYE_YT = "Подписывайтесь на youtube-канал нашего шоу вот по этой ссылке."

_WELTBLICK_ABO = "\n".join([
    "Standard",
    "Weltblick-Magazin Abo-Paket Standard",
    "ab € 42 /Jahr",
    "Abo bestellen",
    "Solidar",
    "",
    "Weltblick-Magazin Abo-Paket Solidar",
    "90 /Jahr",
    "Abo bestellen",
])

_FALKE_BAR = "Newsletter Streifen gelb"


PROBE4_A = [
    _doc("b52-schoolyard-bayou-middle", "appeal", "middle",
         "Invented; modelled on The 74 (feature story, parenthesised newsletter line between paragraphs)", "en", [
             "A Louisiana Island Is Losing Its Only School to the Gulf, and Its Children Are Taking Notes",
             "",
             "Marisol Broussard",
             "Pelican Point, Louisiana",
             "In Renée Thibodeaux's third-grade room, the children are drawing maps of where they would go if the water came over the levee one night and everyone had to leave by boat. They list what belongs in the boat without much fuss: water jugs, rain boots, a cast net, the family's papers, the dog.",
             "On this thin strip of marsh at the bottom of the parish, where about 350 people still make a living from shrimp and oysters, such planning is not a classroom game. It is a practical lesson drawn from tides, storms and sinking ground that have already taken the road out twice in ten years.",
             _SCHOOLYARD_NL,
             "The building where Thibodeaux's students sketch their escape routes is expected to close within a few years, its back field now soggy at every high tide. Each spring the marsh edge creeps nearer, pushed along by stronger storms, warmer water and land that settles a little more each season.",
             "Engineers told the parish last fall that the water could reach the gym by the end of next year. The school is the island's tallest structure, its storm shelter and its polling place. If the loss of land continues at the present pace, it may be among the first public schools anywhere in the state to be given up to the sea.",
             "This year's eighth-graders may be the final class to finish at Pelican Point.",
         ], appeals=[_SCHOOLYARD_NL]),
    _doc("b52-journalain-editos-end", "appeal", "end",
         "Invented; modelled on Hebdo 39 (editorial teaser list ending in a newsletter sign-up box)", "fr", [
             "Hors-jeu",
             "",
             "En relisant l'entretien accordé par notre invitée de la semaine, l'arbitre Sandrine Jolivet (à découvrir en page trois), je me suis demandé...",
             "",
             "Éditorial",
             "",
             "Les chiffres de la grippe affichés la veille au soir ne le troublaient guère. Ce matin-là, pour la toute première fois, il sentit monter en lui...",
             "",
             "Éditorial",
             "",
             "Le 3 mars 2022 commença comme n'importe quel autre jour, sur nos petites vies compliquées. Le ciel était pâle, le vent tiède,...",
             "",
             "Rien ne va plus",
             "",
             "Rien ne va plus. Vraiment plus du tout... Et encore, le mot est faible ! Il suffit d'ouvrir le journal... Nous passons d'une inquiétude à...",
             "",
             "Signalétique",
             "",
             "À Bourg, sur le chemin qui monte vers la maternité, vous avez peut-être souri devant une pancarte annonçant « Materniti » en lettres...",
             "",
             "Du pain et des jeux",
             "",
             "Il y a huit jours je ne vous ai livré qu'une partie de l'histoire des sifflets qui résonnent ces temps-ci sur nos places. Au début, j'ai pensé...",
             "",
             "LES PLUS LUS",
             "",
             _JOURNAL_AIN_NL,
         ], appeals=[_JOURNAL_AIN_NL]),
    _doc("b52-veveyse-chronique-end", "appeal", "end",
         "Invented; modelled on La Broye (local column cut off by a paywall box)", "fr", [
             "PAR ANNE-LISE ROCHAT",
             "22 mars 2025 à 06:00, mis à jour le 4 avril 2025 à 11:20",
             "Qu’il pleuve ou qu’il neige, que le boulanger ait encore des tresses au beurre ou non à l’heure de la messe, ce dimanche restera dans le village celui du grand vote. Les deux clans fourbissent leurs slogans, les panneaux se multiplient le long de la route cantonale, la discussion s’invite au café, l’ambiance s’échauffe. Enfin… pas du tout, à vrai dire!...",
             _VEVEYSE_WALL,
         ], appeals=[_VEVEYSE_WALL]),
    _doc("b52-mesquite-editorial-end", "appeal", "end",
         "Invented; modelled on Uvalde Leader-News (editorial stub above a paywall line)", "en", [
             "Editorial: Keep your hometown paper in print",
             "",
             "Local newspapers are fighting for their lives. Search engines and social networks have drained away the readers and the ad budgets that used to pay for reporters, and what remains is a thin shell of what newsrooms once were. More than 2,100 counties that had a weekly or daily paper in 2005 had lost it entirely (on paper or online) by the start of […]",
             "",
             _MESQUITE_WALL,
         ], appeals=[_MESQUITE_WALL]),
    _doc("b52-prairieledger-newsletter-middle", "appeal", "middle",
         "Invented; modelled on The Texas Observer (newsletter teaser list with a one-line subscribe link)", "en", [
             "The Roundup",
             "A photo of the Oklahoma statehouse dome with a blacked-out police report layered behind it.",
             "Oklahoma once led the region on open records, until a quiet exemption for closed investigations let agencies withhold almost anything. Staff reporter Dana Whitcomb looks at a bill from state Senator Ray Ortega of Lawton that would close the gap.",
             "KEEP READING",
             "Ripe pecans split open on a branch in an orchard near Chickasha.",
             "“Holiday baking alone, by one industry tally, uses up nearly a fifth of what the country buys in a year,” writes freelancer Ana Ríos in a story first published by the Plains Farm Report. The pecan rush is draining aquifers and pushing growers off wheat and cotton.",
             "KEEP READING",
             _PRAIRIE_SUB,
             "Two actors laugh at a kitchen table under a string of lights, a screen door open to the yard behind them.",
             "Contributor Tuan Pham recognizes his own family in Porchlight, a streaming drama about refugee households in Tulsa.",
             "",
             "This review first appeared in our March / April 2023 print edition.",
             "KEEP READING",
             "A flock of white pelicans floats over a shallow, weedy reservoir.",
             "Reporter Kaya Brightwater talks with hydrologist Lena Marsh, a researcher at the Red River Basin Institute and editor of Plains Water Quarterly, about the state's reservoirs and whether they can keep up with demand.",
             "KEEP READING",
         ], appeals=[_PRAIRIE_SUB]),
    _doc("b52-porchlight-gulfcurrent-middle", "appeal", "middle",
         "Invented; modelled on Life Its Ownself (Substack newsletter: author's welcome between a rescue update and the post)", "en", [
             "Rescue The Gulf Current! Rescue the Coast!",
             "For 55 years, the Gulf Current has been the sharpest watchdog and opinion journal in Louisiana. Today it is the one asking for help.",
             "UPDATE: The trustees who run The Gulf Current have reversed their vote to shut the magazine and let its reporters go, after an online fundraiser brought in more than $240,000 over one weekend. My gratitude to everyone who chipped in or spread the word for the Current.",
             "Let's not kid ourselves: the magazine's money problems are far from over. Still, the response proves how much the state's press needs it. So go ahead and buy a yearly subscription to the Current!",
             _PORCHLIGHT_WELCOME,
             "Wednesday, April 12, 2023",
             "A few days ago, Gulf Coast Living ran a list called “Goodbye to Eight Beloved Louisiana Names,” with K&B Drugstores, Maison Blanche and a regional airline on it. Had the editors held the piece until Monday, they could have added one more.",
             "That morning, the board of the Bayou Press Trust, which publishes The Gulf Current, said it would close the magazine after 55 years of the boldest progressive reporting in the South. And doing that in Louisiana, of all places.",
             "Granted, the Current has always lived close to the edge, and talk of its collapse has come and gone before. This time feels different, unless the state's liberals show up with real commitment and a good deal of cash.",
             "That's a loss for reporting. A loss for Louisiana. And a loss for all of us.",
         ], appeals=[_PORCHLIGHT_WELCOME]),
    _doc("b52-fnw-religion-top", "appeal", "top",
         "Invented; modelled on Religion News Service (politics section with a top donate link)", "en", [
             _FNW_DONATE,
             "",
             "",
             "A former inmate turned preacher wants second chances written into state law",
             "",
             "By Lucia Marchetti — April 4, 2023",
             "(FNW) — After clearing his own conviction record, Methodist minister Darnell Price is pressing Pennsylvania lawmakers to pass a bill that would seal old offenses automatically.",
             "More Stories",
             "",
             "A crackdown on a preacher's followers is growing, and reporters should keep asking questions.",
             "",
             "By Harpreet Kaur Sandhu — April 2, 2023",
             "(FNW) — When governments drift toward strongman rule, the press has to ask the hard questions sooner, not later.",
             "",
             "Court finds border agents trampled on minister's faith rights",
             "",
             "By Nathan Boyle — April 2, 2023",
             "(FNW) — 'They delayed, they denied, they misled, and the judge saw straight through it, which is all I ever asked for,' said the Rev. Miriam Asante.",
             "",
             "Why a criminal charge won't change many churchgoers' minds about the former president",
             "",
             "By Evelyn Park — March 30, 2023",
             "(FNW) — Look back at what has come out about him since 2016 and how little any of it moved his most faithful voters.",
         ], appeals=[_FNW_DONATE]),
    _doc("b52-tvardenne-gazette-middle", "appeal", "middle",
         "Invented; modelled on TV Lux (regional TV video page, newsletter box between paragraphs)", "fr", [
             "Ochamps : après 41 ans, « L'écho du clocher » publie son ultime numéro",
             "",
             "video loading",
             "loading video",
             " Diffusé le mardi 15 février 2022 à 17:25 - Actualisé le mardi 15 février 2022 à 17:52    Libin",
             "",
             "L'écho du clocher, c'est terminé. Personne ne s'est proposé pour reprendre la plume, alors l'édition de janvier aura été la dernière. Pendant quatre décennies, ce bulletin a raconté les petits et grands moments d'Ochamps. Coup d'œil dans le rétroviseur.",
             "",
             "",
             _TVARDENNE_NL,
             "",
             "",
             "Chaque premier samedi du mois, pendant plus de 25 ans, Germaine a fait sa tournée. À 89 ans, elle glisse encore dans les boîtes aux lettres le tout dernier « Écho ». Les habitants l'attendaient avec impatience.",
             "",
             "“On y trouvait des recettes, des devinettes, les anniversaires… et des souvenirs du village d'autrefois. Je le lisais toujours en entier… Ça me fera un vide”, confie Lucien Gérardy, fidèle abonné.",
             "",
             "Lorsqu'il a vu le jour en 1981, nul ne pensait que ces quelques pages photocopiées tiendraient si longtemps. L'idée venait de Marcel Gérardy, alors curé de la paroisse, qui l'avait lancé avec la chorale.",
         ], appeals=[_TVARDENNE_NL]),
    _doc("b52-inye-tgchannel-top", "appeal", "top",
         "Invented; modelled on Такие дела (Telegram channel page, support link glued to the description)", "ru", [
             "Telegram-канал inye_lyudi - Иные люди",
             "",
             "9872",
             "",
             "Издание о стране и её жителях. Сайт: https://inye-lyudi.example/ " + _INYE_PAY,
             "",
             "Subscribe to a channel",
             "",
             "Иные люди",
             "",
             "Подростка, который устроил поджог в раздевалке школы в Кургане, направили на психиатрическую экспертизу, передает «Интерфакс» со слов источника в полиции.",
             "",
             "Как выяснил портал 45.ru, школьник и раньше наблюдался у врачей. После поджога он заперся в кабинете труда и отказывался выходить. По информации сайта, подросток заранее выложил в соцсеть пост с угрозами.",
             "",
             "«Зауралье сегодня» пишет, что он учится в девятом классе и ему 15 лет. Соседи по парте описывают его как тихого и обидчивого. Одна из учениц рассказала корреспондентам:",
             "",
             "«Он почти ни с кем не разговаривал. С ним никто не дружил, над ним часто смеялись. На переменах сидел один в наушниках».",
             "",
             "Читать полностью…",
         ], appeals=[_INYE_PAY]),
    _doc("b52-inye-odinochestvo-middle", "appeal", "middle",
         "Invented; modelled on Такие дела (video-show transcript, subscribe sentence glued to a paragraph)", "ru", [
             "Никто не одинок: как в России заботиться о людях с инвалидностью после 18",
             "",
             "Почему взрослые с особенностями развития оказываются в интернатах и что можно изменить",
             "",
             "Координатор программ фонда «Рядом» Вера Осокина рассказывает, что большинство дневных центров рассчитаны на детей. Когда ребенку исполняется восемнадцать, семья внезапно остается одна и часто видит единственный выход — в закрытом учреждении.",
             "",
             "Психолог, заведующий лабораторией социальной адаптации Андрей Луговой уверен, что многое решают простые вещи: соседям стоит знакомиться с такими семьями, звать их на общие праздники и предлагать помощь хотя бы раз в неделю. Тогда появится круг общения, нужный не только самим людям с инвалидностью, но и всем, кто живет рядом.",
             "",
             "«Иные люди» выкладывают запись и расшифровку свежего эпизода программы «Кто, если не мы». " + _INYE_YT,
             "",
             "Соня Гаврилова: Сегодня поговорим о том, что случается, когда особенный ребенок становится взрослым, почему этого момента так боятся родители и что с этим делать. Речь о так называемом «переходном возрасте» — правда, совсем не в том смысле, в каком его обычно понимают.",
         ], appeals=[_INYE_YT]),
    _doc("b52-weltblick-watchblog-end", "appeal", "end",
         "Invented; modelled on Südwind-Magazin (recommendation column ending in subscription-package boxes)", "de", [
             "Die Redaktion empfiehlt: Faktenlupe schaut genau hin",
             "",
             "Von Miriam Hollerer · · 2023/Sep-Okt",
             "",
             "Ein von Freiwilligen betriebener Watchblog leistet Arbeit, die gerade in Österreich dringend gebraucht wird.",
             "",
             "Postenschacher, Umfragen, gekaufte Jubelberichte – und immer wieder Redaktionen mittendrin: Kaum ein Jahr vergeht ohne neuen Beleg dafür, wie eng manche Parteien und manche Blätter hierzulande verbandelt sind. Zuletzt betraf es bezahlte Umfragen: Nach Chatprotokollen eines früheren Kabinettschefs musste ein Boulevardportal so einiges erklären.",
             "",
             "Gerade deshalb braucht es Leute, die Politik und Presse laufend kontrollieren. Seit einigen Jahren tut das mit viel Einsatz Faktenlupe.at. Die Seite spürt Fehler, schiefe Zahlen und erfundene Zitate auf.",
             "",
             "Das Team prüft Behauptungen und Artikel mit eigener Recherche und systematischer Auswertung – etwa zu bezahlten Umfragen, zu Impfmythen oder zur Kampagne eines Boulevardblatts gegen eine grüne Ministerin in Deutschland.",
             "",
             "Ein Augenzwinkern inklusive. Faktenlupe wird ehrenamtlich getragen und ist an ein Seminar der Journalistin Petra Wallner an einer Wiener Fachhochschule gebunden. Viele Texte stammen von Studierenden. Die Seite verzichtet auf Werbung, gehört niemandem – und lebt daher von Unterstützung, zum Beispiel von Spenden.",
             "",
             "Der Name spielt übrigens auf einen berühmten Streich an: Ein Kabarettist schickte einst eine erfundene Pressemeldung über einen Lupenschleifer aus Tirol, der angeblich das größte Vergrößerungsglas der Welt gebaut hatte. Mehrere Zeitungen druckten die Meldung ungeprüft, eine schickte sogar einen Fotografen nach Innsbruck. Dort wartete nur der Kabarettist mit einer Lupe.",
             "",
             _WELTBLICK_ABO,
         ], appeals=[_WELTBLICK_ABO]),
    _doc("b52-falke-jubilaeum-middle", "appeal", "middle",
         "Invented; modelled on Infosperber (anniversary item, image-alt newsletter bar between paragraphs)", "de", [
             "Falkenblick",
             "",
             "Sie lesen gerade den 12’001. Beitrag von Falkenpost",
             "",
             "Beat Wyssbrod-Kuhn © zvg",
             "",
             "Beat Wyssbrod-Kuhn /  Seit elf Jahren greift Falkenpost auf, was anderswo liegen bleibt. Genau 12'000 Texte sind bis heute erschienen.",
             "",
             "Es war nicht so geplant: Just an dem Tag, an dem Falkenpost über ein Urteil zum Quellenschutz im Kanton Bern berichtete, zeigte der Artikelzähler 12’000 an.",
             "",
             "Das Gericht hielt fest: Dass die Bevölkerung von den Vorgängen bei der Kantonalbank erfährt, wiegt schwerer als die Frage, ob eine Reporterin dabei interne Unterlagen verwendet hat.",
             "",
             "Dass ausgerechnet dieser Fall zum 12’000. Text wurde, war Zufall – passt aber gut zu dem, wofür Falkenpost steht:",
             "",
             "Seit 2013 liefert Falkenpost Recherchen, die in den grossen Häusern zu kurz kommen, und schaut dorthin, wo sonst niemand hinschaut.",
             "",
             "Einer der frühesten Beiträge hiess: «Mehr Strassen bringen nur mehr Stau.» Sein Verfasser, der Verkehrsplaner Ruedi Brändli, schrieb bis zu seinem Tod 2022 über 450 Beiträge für Falkenpost, die kaum etwas von ihrer Aktualität verloren haben.",
             "",
             _FALKE_BAR,
             "",
             "Mehr als 1800 Texte stammen vom Falkenpost-Gründer Hans-Ulrich Gerber. Er nahm schon vor elf Jahren die Werbesprüche der Versicherungsbranche auseinander, die verkündete «Höhere Prämien sichern die Qualität». Und er zeigte, wie aufmerksam im Bundeshaus zugehört wird: Eine Nationalrätin trug volle fünf Minuten das Votum ihres Sitznachbarn vor, ohne es zu bemerken. Sie hatte die Blätter vertauscht.",
         ], appeals=[_FALKE_BAR]),
]


_HARBOUR_DRIVE = (
    "Each March, the Harbour Ledger runs its yearly subscription campaign. Subscribers are the only "
    "thing that keeps this newsroom afloat. The investigations, the columns, the personal essays, the "
    "blunt analysis, the Daybreak briefings: all of it depends on the money you pay us. We carry no "
    "advertising, we publish no sponsored posts, we take no foundation money. […]"
)

_COMMONS_STAFF = "\n".join([
    "Blog -'s staff blog May 14",
    "Marta Kowalczyk | If grassroots, independent, progressive journalism matters in your life, now's the moment to chip in, whether that's a few dollars or many.",
])

_BURROW_MATCH = (
    "We're going to leave the crowdfunder running a bit longer, because every pound that comes in "
    "before the end of July will be matched by the Small Press Fund. So whatever you chip in now counts "
    "twice over! Not a bad bargain, is it?"
)

_STREETSHEET_JOIN = "\n".join([
    "Become a member of the Street Sheet family",
    "JOIN",
])

_CLASSNOTES_SPONSOR = "Become a Classnotes sponsor"

_ONDE_CAMPAGNE = "\n".join([
    "Ces deux dernières semaines ont été entièrement consacrées à notre campagne pour Les Guignols d’en bas, un programme satirique avec des poupées en latex pour lequel Onde a ouvert une grosse collecte sur la plateforme de dons Ulule, collecte qui se poursuit encore pendant plus d’un mois.",
    "Une campagne décisive, parce que cette émission donnerait à Onde l’occasion (outre de rendre enfin à la satire et à l’insolence la place qu’elles ont perdue à la télévision) d’atteindre des spectateurs nouveaux, qui pourraient ensuite découvrir tout le reste de notre travail journalistique.",
    "Alors si c’est possible pour vous, contribuez, faites-en parler, relayez la campagne et nos vidéos partout sur les réseaux. Sans vous, sous toutes ces formes, ce projet ne verra pas le jour. Eux ont les chèques, nous avons le nombre : pour Les Guignols d’en bas, la formule n’a jamais été aussi juste.",
])

_CHAS_PAY = ("Поддержать нас: подпиской на Boosty — boosty.example/chasvchas подпиской на Patreon — "
             "patreon.example/chasvchas другими способами — t.me/chas_v_chas/4127")

_FRANKEN_BOX = "\n".join([
    "Bestens informiert bleiben und",
    "21 TAGE GRATIS lesen",
    "  • Sämtliche Artikel in der App",
    "  • Fotoserien aus Oberfranken",
    "  • Danach 10,49€/Monat",
    "  • Monatlich jederzeit kündbar",
])

_BOTE_WALL = "\n".join([
    "Möchten Sie weiterlesen?",
    "",
    "Zugänge",
    "",
    "1 Tag/1 Woche/1 Monat",
    "",
    "ab",
    "",
    "1,49 €",
])

_STADTLUPE_PLEA = "\n".join([
    "Damit wir frei berichten können, sind wir auf dich angewiesen. Dein Geld landet nicht bei Werbekunden oder Investoren, sondern bei unseren Journalist*innen. 👉 Schon mit 12 Franken pro Monat ermöglichst du Recherchen aus deinem Quartier. 👉 Mit einem Jahresbeitrag hilfst du uns, langfristig zu planen und aufwendige Geschichten anzugehen.",
    "Jeder Franken zählt. Hilfst du mit? ♥️",
])

_EASTBAYER_INVEST = "\n".join([
    "eastbayer community investment round",
    "",
    "Own a piece of local news:",
    "Invest in The Eastbayer",
    "",
    "Learn More",
])


PROBE4_B = [
    _doc("b52-harbourledger-tag-top", "appeal", "top",
         "Invented; modelled on Halifax Examiner (tag archive with the subscription-drive paragraph on top)", "en", [
             _HARBOUR_DRIVE,
             "The mill closure is a “hard, hard, hard season” for the people of Merigomish Cove",
             "Daybreak, Thursday, April 16, 2020",
             "News 1. A “hard, hard, hard season” Leah MacIsaac reported this item. Roughly 250 residents packed the community hall in Merigomish Cove on Wednesday night to back a plan for cleaning up the old tailings pond. That plan, approved in 2016 by the provincial cabinet with votes from all three parties in the legislature, […]",
             "A rough week for community radio",
             "Daybreak, Monday, March 16, 2020",
             "News 1. Coastline Media closes its weekly papers The Coastline Media group is folding all of its free weeklies in the region, including The Harbour Weekly. Papers in Truro, Antigonish and Yarmouth are also going. Forty-one staff, from reporters to the people who ran the delivery routes, are being let go. Here in the city, Harbour […]",
             "Rent, Renovict, Repeat",
             "Daybreak, Wednesday, February 12, 2020",
             "News 1. Nurses walk out The province's licensed practical nurses have walked off the job. The health authority calls the strike unlawful and has gone to court to order them back. In a piece for The Harbour Weekly, Colin Ferris reports: Nearly 85 per cent of the Licensed Practical Nurses Union (LPNU) membership backed the strike […]",
         ], appeals=[_HARBOUR_DRIVE]),
    _doc("b52-commonsca-blogs-middle", "appeal", "middle",
         "Invented; modelled on rabble.ca (blog roll with the outlet's staff-blog ask among the entries)", "en", [
             "Blog - Prairie Notebook May 19",
             "Two premiers at a podium. Photo: Wikimedia Commons",
             "Ellen R. Vandermeer | Think about how differently we treat a visiting oil executive and a visiting climate scientist. One gets a dinner, the other gets a border search.",
             "Blog - Prairie Notebook May 18",
             "Outgoing Saskatchewan Liberal leader Gordon Pike. Photo: Ellen R. Vandermeer",
             "Ellen R. Vandermeer | Gordon Pike managed something his predecessors never did, putting his small party in the headlines for a few weeks.",
             "Blog - Labour Forward May 17",
             "Labour Forward | The union federation criticizes the provincial government for cutting arbitration rights from a new public-sector bargaining bill.",
             "Blog - Prairie Notebook May 16",
             "The Saskatchewan legislative building. Photo: Kestrel/Wikimedia Commons",
             "Ellen R. Vandermeer | Here is everything worth knowing about the premier's symbolic bill to elect senators, a law with no legal force that was tabled in the legislature on Tuesday.",
             "Blog - Stories from the land May 16",
             "Still from documentary Nibi Giizhigad. Image: Nibi Giizhigad/NFB",
             "Colleen Wabasse | A new collection of documentaries about water protectors and language keepers helps newcomers see how much Indigenous communities are rebuilding on their own terms.",
             _COMMONS_STAFF,
             "Blog - Green Horizons May 13",
             "Green Horizons | As shoppers around the world ask where their goods come from, firms that clean up their supply chains can win customers and stay out of court.",
         ], appeals=[_COMMONS_STAFF]),
    _doc("b52-burrow-newsletter-top", "appeal", "top",
         "Invented; modelled on The Ferret (member newsletter, crowdfunder match paragraph near the top)", "en", [
             "Hi ,",
             "",
             "This week's newsletter comes with some unusually good news.",
             "",
             "We've blown past our £8,000 goal for the project we're calling Who Owns the Highlands.",
             "",
             "Hundreds of you, members and readers alike, gave to it, and now we can dig into who really holds the land and the influence north of the Central Belt.",
             "",
             _BURROW_MATCH,
             "",
             "How did you first hear about The Burrow? Tell us in our two-minute survey below",
             "Investigation of the week",
             "A closer look at one of our investigations",
             "A Scottish Liberal Democrat candidate is facing calls to return a £7,500 donation from a salmon farming firm that regulators are investigating over fish deaths.",
             "",
             "Fiona Strachan, who hopes to win back her old Argyll and Bute seat, accepted £7,450 from Lochside Aquaculture in 2021, which runs several sites in the area.",
             "",
             "But in April, drone footage released by campaign group Wild Waters showed thousands of dead salmon floating in pens at one of Lochside's farms.",
         ], appeals=[_BURROW_MATCH]),
    _doc("b52-streetsheet-vendor-top", "appeal", "top",
         "Invented; modelled on The Big Issue (issue page with a join button at the top)", "en", [
             _STREETSHEET_JOIN,
             "",
             "Your seller is counting on you…",
             "",
             "Issue 912",
             "",
             "Your seller is counting on you…",
             "",
             "Inside this week's Street Sheet…",
             "",
             "Last call. Back in the autumn we asked readers to dream up a weatherproof pitch kiosk for our sellers. The entries have been brilliant and wildly creative. We print a few of them this week, and one of our judging panel, the much-loved garden designer Hattie Marsh, urges anyone still sketching to hurry up. Entries close at the end of March.",
             "",
             "Staying with our sellers, we report on the vigil held in Leeds for Danny Croft and Mick Ellery, the two sellers killed on the city's streets a year ago this month. Paul Nye, who sells in Leeds, remembers his friends and tells us why he keeps going back to his pitch.",
             "",
             "Plus plenty more…",
             "",
             "This week's Letter To My Younger Self comes from folk great Maddy Prior. Really. She looks back on her first gigs, the song that changed everything, and what an old fiddler taught her about sleeping on tour buses. A treat.",
         ], appeals=[_STREETSHEET_JOIN]),
    _doc("b52-classnotes-reading-top", "appeal", "top",
         "Invented; modelled on Chalkbeat (reading-list page with a sponsor link at the top)", "en", [
             _CLASSNOTES_SPONSOR,
             "Summer Learning Reading List",
             "Planning for the summer break? With classes winding down, we put together these stories, guides and essays to help families, educators and students make the most of the months off.",
             "Across Ohio, rural students and those learning English are far less likely to find a summer program near home",
             "Chicago schools are adding peer mediation programs, but do teenagers trust them? A student reporter finds out.",
             "Lourdes Antúnez draws on her years as a refugee from El Salvador to reach newcomer families. Her work stretches well past the classroom and into the whole neighborhood",
             "How a bus driver turned our morning route into a traveling book club.",
             "Shifting rules and shrinking budgets could leave English learners without the steady, welcoming classrooms they need.",
         ], appeals=[_CLASSNOTES_SPONSOR]),
    _doc("b52-onde-nl12-top", "appeal", "top",
         "Invented; modelled on Blast (reposted newsletter opening with a crowdfunding campaign plea)", "fr", [
             "Voici la NL12 de la saison 3 d’Onde",
             "",
             "Salut à toutes et à tous, voici la NL12 de la saison 3 d’Onde",
             "",
             _ONDE_CAMPAGNE,
             "Une première saynète, tournée avant l’ouverture de la collecte, est déjà en ligne, et plusieurs autres sont en cours d’écriture : vous les verrez sous peu.",
             "",
             "🚀 Pour autant, Onde ne s’est pas mis en pause pendant la campagne, et toute l’équipe continue de travailler. Voici quelques-uns de nos contenus des derniers jours que je vous recommande.",
             "",
             "Le dernier numéro de Hors la loi ?, notre rendez-vous juridique avec l’avocate Claire Mornet, qui revient cette fois sur le droit de manifester, ses origines, les grandes affaires qui l’ont façonné et, surtout, ce que les textes actuels permettent vraiment à chacun.",
             "Un numéro dense et vraiment captivant.",
         ], appeals=[_ONDE_CAMPAGNE]),
    _doc("b52-chas-tgchannel-top", "appeal", "top",
         "Invented; modelled on Минута в минуту (Telegram channel page, payment options glued to the description)", "ru", [
             "Telegram-канал chas_v_chas - Час в час",
             "",
             "94518",
             "",
             "Хроники событий прошлого, восстановленные по часам. " + _CHAS_PAY,
             "",
             "Подписаться на канал",
             "",
             "Час в час",
             "",
             "Новости у нас невеселые. Мы долго молчали об этом, надеясь уладить все тихо, но это было ошибкой.",
             "",
             "За последние недели у нас фактически увели имя. Теперь выходит, что мы — «поддельный» «Час в час». А «оригинал» — совсем другой. Без шуток.",
             "",
             "Многие из вас читали наш разбор блокады Ленинграда по дням. Мы работали над ним все праздники без выходных, чтобы ничего не упустить.",
             "",
             "Закончив, мы буквально отключились на сутки. А когда пришли в себя, нас ждала новость.",
             "",
             "В телеграме стремительно рос канал с точно таким же названием «Час в час». Каждый час к нему прибавлялись сотни подписчиков.",
             "",
             "Потом стало ясно, что его раскручивали через рекламу на федеральном радио и у известного блогера, близкого к людям во власти.",
         ], appeals=[_CHAS_PAY]),
    _doc("b52-frankenbote-zeitung-end", "appeal", "end",
         "Invented; modelled on Main-Post (regional feature ending in a trial-subscription box with bullets)", "de", [
             "zurück",
             "Kellermann, Bamberg",
             "Wenn der Briefkasten leer bleibt",
             "In manchen Landkreisen im Norden gibt es inzwischen kein gedrucktes Lokalblatt mehr. Das hat Folgen – für Vereine und Handel, für das Miteinander im Ort und letztlich für die Demokratie. Ein Besuch.",
             "Redaktion",
             " |  aktualisiert: 18.04.2024 07:12 Uhr",
             "",
             "Die grüne Zeitungsrolle am Gartenzaun des Fachwerkhauses bleibt auch an diesem verregneten Dienstag leer, so wie seit Wochen. Erna Vogt, 84 Jahre alt und noch erstaunlich flink, greift dennoch hinein, und das ist mehr als bloße Routine. Sie will einfach nicht glauben, dass die Rolle nicht mehr das enthält, wofür sie da ist: ihr Tagblatt. „Fünfzig Jahre lang hab’ ich jeden Morgen als Erstes die Zeitung geholt, noch vor dem Kaffee“, erzählt die frühere Schneiderin.",
             "",
             _FRANKEN_BOX,
         ], appeals=[_FRANKEN_BOX]),
    _doc("b52-bote-warnstreik-end", "appeal", "end",
         "Invented; modelled on Der Patriot (strike report cut off by a day-pass paywall)", "de", [
             "Zwischen Leserbindung und Sparkurs",
             "",
             "von Katrin Oberwelland am 9. Oktober 2025 17:46 Uhr Soest -  Lesezeit 4 min",
             "",
             " ",
             "",
             "Wer in diesen Tagen den Soester Boten aufschlägt, bemerkt es sofort: Seiten sind leerer. Kaum Berichte aus den Ortsteilen, dafür Pressemitteilungen und Agenturmeldungen, wo sonst eigene Reportagen stehen. Die Ursache: Die Lokalredaktion ist im Warnstreik, fast alle haben die Arbeit niedergelegt – und zwar nicht aus Jux. Wer jetzt vor dem Verlagshaus steht, ist genau derjenige, der sonst Abend für Abend darüber schreibt, was die...",
             "",
             " ",
             "",
             _BOTE_WALL,
         ], appeals=[_BOTE_WALL]),
    _doc("b52-stadtlupe-signup-top", "appeal", "top",
         "Invented; modelled on Tsüri.ch (newsletter sign-up confirmation page with a support plea)", "de", [
             "Toll, dass du da bist!",
             "Unser erster Newsletter ist schon unterwegs zu dir. Viel Spass damit!",
             _STADTLUPE_PLEA,
             "Neu diese Woche auf Stadtlupe",
             "Amira Haddad (Grüne): «Politik fängt im Treppenhaus an»",
             "Die grüne Stadträtin Amira Haddad kam als Jugendliche aus Syrien nach Winterthur. Heute kämpft sie für bezahlbare Wohnungen. Politisiert haben sie aber nicht nur die Flucht, sondern auch die Jahre als Pflegefachfrau.",
             "Nachtleben unter Druck: Winterthur streitet über Sperrstunden",
             "Lärmklagen, eine Schlägerei am Bahnhof: Das Nachtleben beschäftigt das Stadtparlament. Bürgerliche fordern längere Ruhezeiten – die Vorsteherin des Sicherheitsdepartements setzt dagegen auf mehr Nachtlotsen.",
             "Streit um die Kehrmaschine? Jetzt redet der Besen",
             "Die anstehende Abstimmung über leisere Strassenreinigung wurde zur Grundsatzfrage zwischen Lärmschutz und Bevormundung aufgebauscht. Anstatt nur über Betroffene zu berichten, hat Stadtlupe einen Besen interviewt. Eine Satire.",
             "Fachhochschule streicht Master – Studierende protestieren",
             "Die Fachhochschule will den Master in Szenografie einstellen. Die Studierenden wehren sich mit einer Unterschriftensammlung. Inzwischen klingt die Schulleitung schon vorsichtiger.",
         ], appeals=[_STADTLUPE_PLEA]),
    _doc("b52-eastbayer-ward4-top", "appeal", "top",
         "Invented; modelled on Berkeleyside (recent-stories page under a community investment button)", "en", [
             _EASTBAYER_INVEST,
             "",
             "Latest Stories",
             "",
             "  • Update: Okafor widens margin in Ward 4, final count due Thursday",
             "",
             "    Update, Tuesday, Nov. 15, 4:10 p.m. Grace Okafor has stretched her lead in the Ward 4 council race, from 51.02% on Saturday to 51.19% Tuesday. About 140 votes now stand between her and incumbent Lionel Barr after the third-place candidate's ballots were redistributed. The county elections office kept accepting mail ballots postmarked by Election Day until this afternoon, and Okafor has gained ground in every update as the instant-runoff tally is rerun.",
             "",
             "  • Op-ed: Why I'm backing Lionel Barr — the library branch that nearly closed",
             "",
             "    Whenever I take my kids to story hour at the Elmhurst branch, I remember how many meetings it took to keep its doors open, and how close we came to losing it. Hard to believe now. It's one of many reasons I'm voting once more for Lionel Barr in Ward 4.",
             "",
             "  • Op-ed: Why I'm backing Grace Okafor for Ward 4",
             "",
             "    On any walk through Ward 4 you'll spot the orange Grace Okafor yard signs on porches and fences from the flats to the hills. I'm glad Grace stepped up when so many neighbors asked for a fresh voice, and I'm proud to be on her team.",
         ], appeals=[_EASTBAYER_INVEST]),
]


# --- Probe 4: negatives ----------------------------------------------------------------------------

PROBE4_NEG = [
    _neg("b52-perekrestok-blog-neg",
         "Invented; modelled on tel1.info (blog repost urging readers to back a fined magazine)", "ru", [
             "Еженедельник «Вестник недели» начал сбор денег на собственное спасение — после того как суд назначил редакции штраф в 18 млн 400 тысяч рублей, рассчитанный, по сути, на то, чтобы издание закрылось.",
             "Деньги огромные. Времени мало. Медлить нельзя. Ни дня.",
             "Я тоже участвую в сборе «Вестника недели», отправил редакции 1500 руб.",
             "Подключайтесь и помогайте.",
             "Даже если вы его никогда не открывали. Даже если вас раздражает его главный редактор Марина Светлова. Даже если вам не близки политики, которых журнал годами защищает.",
             "Сейчас речь совсем о другом.",
             "Речь о праве говорить.",
             "Речь о том, чтобы в стране не задушили остатки свободной прессы.",
             "Речь о том, что, помогая «Вестнику недели», вы помогаете самим себе. Даете понять чиновникам, что у их власти есть пределы, что им позволено не все. С таких поступков и начинается другая страна.",
             "Помощь «Вестнику недели» — дело простой человеческой чести.",
             "Не ждите. Сегодня. Прямо сейчас. Помогите «Вестнику недели».",
         ]),
    _neg("b52-fieldnotes-independent-neg",
         "Invented; modelled on legoktm blog (personal post listing the independent outlets the author pays for)", "en", [
             "Paying for independent journalism",
             "By Priya RaghunathanI'm generally in favor of boycotting companies that behave badly, and I join quite a few. Lately I've watched lots of people drop their subscriptions to big national papers after the owners started meddling with the opinion pages.",
             "But with news outlets in particular, walking away only deepens the money problem reporters already have. Every reader who leaves makes a paper lean harder on the wealthy owner who caused the trouble in the first place.",
             "There's a simple fix: take the money you used to spend on those papers and send it to newsrooms that no tycoon owns. If you want to make a point, give twice or three times as much. And paying for independent reporting is a real investment, not one more monthly bill.",
             "We need newsrooms that answer to the towns and neighborhoods they cover, not to holding companies and boards. More local outlets, fewer places with no news at all.",
             "I try to practice what I preach, so here's my incomplete, alphabetical list of the outlets I pay for:",
             "- Bay Current: Oakland and East Bay civic news",
             "- Circuit Breaker: tech accountability reporting",
             "- Dry Creek Dispatch: water and drought coverage in the West",
             "- Fault Lines: investigations and national politics",
             "- Harbor Notes: Seattle news, sharp and unafraid",
             "- New Arrivals Wire: immigration reporting from people who immigrated",
             "- Sac Watch: Sacramento and state capitol coverage",
             "- full disclosure: two friends of mine work there",
             "- The Tally: polling, data and sports analytics",
             "Feel free to back the same ones I do, but what we really need is lots of different independent newsrooms rather than a handful of big ones, so please also look for outlets that aren't on my list.",
         ]),
    _neg("b52-signalnoise-radio-neg",
         "Invented; modelled on WNYC Studios / On the Media (show transcript about public media funding)", "en", [
             "Community Radio Is On The Brink (Once More)",
             "Title: Community Radio Is On The Brink (Once More).",
             "Rita Colón: The people who want this money gone are organized and patient, and anyone who cares about these stations had better be ready for a long fight.",
             "Dana Whitfield: Congress is again threatening the money that keeps local public radio running. From KWRP in Portland, this is Signal and Noise. I'm Dana Whitfield.",
             "Omar Haddad: I'm Omar Haddad. This week we look at how small public stations hold city halls and county boards to account, and how they kept people alive when wildfires swept through eastern Oregon.",
             "Jen Aldana: Folks told us they sat in their trucks at the edge of town with the engine running just to hear our evacuation updates.",
             "Omar Haddad: And up to the far north of Alaska.",
             "Caleb Ivanoff: When the ice is breaking up, snowmachines go through, hunters don't come home, and the station is how we tell everyone where to search and which trails are closed. Nobody else is putting that out.",
             "Dana Whitfield: That's all ahead after the break.",
         ]),
    _neg("b52-moneytrail-smalldonors-neg",
         "Invented; modelled on OpenSecrets News (campaign-finance report on small donors)", "en", [
             "Small-Dollar Givers Power Fall Fundraising Spikes for a Handful of Candidates",
             "",
             "coins_in_a_jar small change.jpgOver the last decade, a string of insurgent candidates in both parties won praise for turning online followings into big piles of money raised a few dollars at a time.",
             "",
             "This cycle, voters who give spare change to politicians are again shaping several closely watched contests.",
             "",
             "Conservatives and progressives alike are reaping the rewards. Some of the biggest small-dollar earners are darlings of the populist right. Some are insurgents on the left. Others sit closer to the middle.",
             "",
             "Small contributors can lift any of them, because someone who sends even $10 tends to feel a stake in whether that candidate wins. Whatever the party, the surest route to a flood of small checks is to be well known far beyond one's own state.",
             "",
             "Consider a few cases:",
             "",
             "Republican Dale Whitaker, a former state treasurer riding a surge of grassroots anger in his challenge to longtime Senator Margaret Hale (D-Ore.), took in $5.9 million from donors contributing $200 or less in the July-September period — 48 percent of his total receipts, according to a Money Trail Project analysis of the latest federal filings.",
         ]),
    _neg("b52-longhand-radio-dollars-neg",
         "Invented; modelled on Barry Yeoman: Unabridged (writer's newsletter on where to give to public radio)", "en", [
             "Turn It Up: Where your public radio money can do the most",
             "Plus, news about my new book project, Homeplace. And a podcast worth subscribing to.",
             "",
             "Two teenage sisters from Gary, Indiana, recorded an audio diary about their block in 1996. Years later, producer Lena Ortiz revisited their story on her show Tape Rolling (link below). Photo courtesy of Tape Rolling.",
             "Hello, everyone,",
             "This letter started life as a long social media post. Enough of you said it helped that I'm sharing it more widely here.",
             "You've probably heard that the federal corporation that funnels money to public stations is winding down, after lawmakers rescinded roughly half a billion dollars a year. Local stations are now exposed, some of them badly.",
             "Listeners have always carried public radio. Now they need to carry more. But which stations, and on what basis? A few ideas:",
             "Stations aren't all hurting the same way. Some lose only a sliver of their budget and have well-off listeners who will fill the hole.",
             "Others will be gutted. A tribal station in northern Arizona is losing 93% of its budget. A village station on the Bering Sea coast is losing 95%.",
         ]),
    _neg("b52-nevskiy-donaty-neg",
         "Invented; modelled on Лениздат (Telegram news about a donation service withholding an outlet's payouts)", "ru", [
             "Платформа для пожертвований в Telegram задержала выплаты эмигрантскому изданию",
             "Читатели годами поддерживают через Telegram проект «Прибой», у которого есть новостные каналы для русскоязычных жителей Эстонии, Грузии, Армении, Польши и других стран. Но в этом месяце сервис Donata так и не перечислил редакции собранные деньги.",
             "Сервис поставил условие: убрать или отредактировать посты с изображениями, которые в России считаются запрещенными, — радужным флагом и нацистской символикой в историческом материале. В «Прибое» отказались, указав, что пользовательское соглашение Donata ничего подобного не запрещает. Платформа ответила, что руководствуется своими внутренними правилами.",
             "📌 Donata — компания, зарегистрированная в ОАЭ. Она использует возможности мессенджера, однако к самой компании Telegram отношения не имеет.",
             "UPD: 22 октября журналисты выяснили, что владельцем Donata является Артем Крылов, давний партнер Павла Дурова по первым проектам. Крылову также принадлежит часть встроенного в Telegram платежного бота.",
         ]),
    _neg("b52-sternwarte-faktenlupe-neg",
         "Invented; modelled on astrocohors.eu (blog post pointing readers to a watchblog's member drive)", "de", [
             "Die Regierung streicht die öffentlichen Inserate zusammen, was vor allem die großen Gratisblätter trifft. Der zuständige Staatssekretär muss dafür Kritik einstecken und will künftig Förderungen an Qualitätsvorgaben knüpfen. Die Branche ist nervös, weil gerade die Gratisblätter stark von öffentlichem Geld abhängen – das sorgt für Streit.",
             "Faktenlupe? Was ist das?",
             "Ein seltsamer Name: Faktenlupe. Gemeint ist ein österreichisches Medienprojekt, ein kleines Team, das sich die Verdrehungen und Falschbehauptungen aus dem Boulevard vorknöpft, aber auch aus Blättern, die gerne seriös wirken. Gerade jetzt ist diese Arbeit viel wert. Darum weisen wir hier auf das Projekt hin und wollen auch künftig darauf aufmerksam machen, wenn es etwas aufgedeckt hat.",
             "Faktenlupe wirbt derzeit um Mitglieder, damit seine Medienkritik weiterlaufen kann. Wer Lust hat, kann sich auf deren Seite umsehen.",
             "Wen interessiert, woher der Name „Faktenlupe“ stammt, der findet die Anekdote hier.",
             "Und wer schon nach diesen paar Sätzen überzeugt ist, kann Faktenlupe direkt dort unterstützen.",
         ]),
    _neg("b52-alpenblatt-klartext-neg",
         "Invented; modelled on Salzburger Nachrichten (agency report on another outlet's member count)", "de", [
             "Die Onlineplattform \"Klartext\" macht weiter, obwohl sie schon im Frühjahr Geldprobleme eingeräumt hatte.",
             "",
             "\"Wir haben im Vorjahr festgestellt, dass die Einnahmen nicht ausreichen. Es gab zwei Möglichkeiten: schlanker und billiger weiterarbeiten - oder aufhören. Wir haben uns fürs Weiterarbeiten entschieden\", erklärte Herausgeberin und frühere Abgeordnete Helga Brandauer am Samstag. Aufgeben würde bedeuten, den Lauten das Feld zu überlassen, wenn ein Blatt nach dem anderen verschwinde, argumentierte sie. Ab 1. September soll \"Klartext\" nicht mehr täglich Nachrichten bringen, \"sondern als Debattenplattform, als Gegengewicht zur Vereinnahmung der Presse\" erscheinen, so Brandauer. Neben Lukas Reiter, Sabine Gruber und Martin Auer sollen künftig auch die frühere Presseclub-Präsidentin Ingrid Lenz und der Politologe Werner Haidacher regelmäßig Beiträge liefern. Aktuell zählt \"Klartext\" 2.100 Mitglieder. Sobald es 3.500 sind, will man wieder eine Rechercheabteilung aufbauen.",
         ]),
    _neg("b52-geldbrief-weitwinkel-neg",
         "Invented; modelled on norberthaering.de (blogger recommending another outlet's launch funding)", "de", [
             "Online-Magazin WEITWINKEL will unbequeme Fragen stellen",
             "",
             "Drei mutige und ausgezeichnete Publizisten starten ein Online-Magazin, das sich vor allem außenpolitischen Themen widmen will, über die sonst kaum jemand spricht. Hinter WEITWINKEL stehen Jana Moeller, Tobias Brenner und Kai Lindqvist. Im Moment sammeln sie Startkapital und Zusagen für Abos, die später 6 Euro im Monat kosten sollen. Ich finde das Vorhaben äußerst wertvoll und aussichtsreich und lege es allen, die hier mitlesen, ans Herz.",
         ]),
    _neg("b52-commonground-unherd-neg",
         "Invented; modelled on Pulling Together (blog post explaining why the author has not subscribed)", "en", [
             "Common Ground",
             "",
             "",
             "Why I still haven't paid for The Contrarian",
             "",
             "In case you haven't read it, The Contrarian is a web magazine built mostly on columns and essays. It doesn't belong to any party and runs provocative pieces from writers on the left and the right. Some of them make me furious because I reject their starting points. Plenty I nod along to, up to a point. What matters is that they push against whatever the accepted wisdom happens to be. They stand up for open debate and free expression.",
             "",
             "A lot of its writers worry about identity politics, and so do I, since it tends to shut people up and punish dissenters, and its core ideas are often thin and half-examined. The Contrarian's contributors usually want to go deep, building a case step by step. At the very least they are trying to reason things through and get readers to do likewise. Most weeks it is somewhere to think seriously.",
             "",
             "By now you can tell I have an objection, even though I think the magazine is needed as a counterweight to the other supposedly clever views that set the tone these days. You would be correct.",
         ]),
    _neg("b52-dailyedition-streetsheet-neg",
         "Invented; modelled on i (news report on a street paper's subscription launch and emergency fund)", "en", [
             "Flu outbreak latest: Readers asked to back Street Sheet as magazine starts home delivery",
             "",
             "The title has also opened an emergency hardship fund",
             "",
             "Readers are being asked to support Street Sheet after its sales collapsed during the flu outbreak.",
             "",
             "The magazine, which gives homeless people a way to earn, pulled its sellers off the streets early to protect them, as many have long-term health conditions.",
             "",
             "Founder and publisher Dame Helen Carver said weekly sales had fallen from 55,000 to almost nothing, leaving about 1,200 sellers with no earnings.",
             "",
             "To help them, Street Sheet has started a home delivery scheme so readers can get the magazine through their letterbox.",
             "",
             "It follows a move to put the title on sale in several supermarket and newsagent chains, among them Tesco, Morrisons, Spar and Ryman.",
             "",
             "Home delivery",
             "",
             "Street Sheet said the outbreak had hit its sellers hard, “in their pockets and in their spirits”.",
             "",
             "“A lot of our sellers have no home and are in a very fragile position,” it said in a statement online.",
             "",
             "“We have had to change fast and come up with fresh ways to raise money for the people who need it most.",
             "",
             "Street Sheet is also stocked in some supermarkets (Photo: Tom Barrow/PA)",
             "",
             "“Please help us make sure sellers keep getting support from Street Sheet today and in the months ahead, which is why half of the net income from these schemes will go straight to them.”",
             "",
             "Dame Helen said readers could help by signing up for a three-month delivery, picking up the magazine with their groceries or giving to the hardship fund.",
         ]),
    _neg("b52-northerntimes-streetsheet-neg",
         "Invented; modelled on The Scotsman (explainer on helping street-paper sellers during a lockdown)", "en", [
             "How you can still support your Street Sheet seller during the flu lockdown",
             "",
             "With everyone told to stay home, Street Sheet sellers have lost their pitches, but readers can still help.",
             "Street Sheet has started home delivery and an online shop to keep sellers going during the outbreak. Picture: AlamyStreet Sheet has started home delivery and an online shop to keep sellers going during the outbreak. Picture: Alamy",
             "Street Sheet has started home delivery and an online shop to keep sellers going during the outbreak. Picture: Alamy",
             "",
             "Since the first minister's statement on Tuesday 17 March, which in effect shut the country down, people may only leave home for essential shopping, exercise or work that cannot be done remotely.",
             "",
             "That means homeless sellers can no longer stand on their pitches, so the magazine has set up home delivery to keep money flowing to the people who depend on it.",
             "",
             "Hide Ad",
             "Hide Ad",
             "",
             "In a statement online, the magazine said: “Ministers say restrictions will last at least three months. For our sellers, who earn only what they make from selling Street Sheet, that is a disaster. Empty pavements. Nobody passing. Nothing coming in.",
             "",
             "“A lot of our sellers have no home and are in a very fragile position. Please help us make sure they can keep getting support from Street Sheet through these very hard weeks.”",
             "",
             "Read More",
             "Schools across Scotland to close from Friday as first minister tightens rules...",
             "",
             "How to sign up",
             "",
             "Street Sheet has opened an online shop where you can buy the current issue for £3, take out a three-month delivery for £36 or give a single donation.",
             "",
             "You can do all of that on the magazine's website.",
         ]),
    _neg("b52-ecran-onde-crowdfunding-neg",
         "Invented; modelled on Buzzles (report on another outlet's crowdfunding success)", "fr", [
             "Carton plein pour la collecte d’Onde, le média vidéo tout juste né qui fait déjà du bruit",
             "",
             "Sous la toute première vidéo d’Onde, mise en ligne le 9 mars, le titre sonne comme un avertissement, en majuscules : « SI PERSONNE NE BOUGE, DEMAIN SERA PIRE QU’HIER ». Face à un paysage où « une poignée d’industriels possède l’essentiel de la presse », Onde – financé uniquement par son public et tourné vers lui –, dit vouloir faire l’effet d’une vague. ",
             "",
             "Image : extrait de la vidéo « Claire Mornet présente le projet Onde », youtube.com",
             "",
             "Plus que 17 jours pour soutenir le lancement d’Onde. C’est en tout cas ce qu’affiche la page de la collecte ouverte sur Ulule à la mi-février. En à peine six semaines, le seuil de départ de 80 000€ a été pulvérisé : au 24 mars, le compteur indique 512% de l’objectif, soit 409 600€ réunis. Autrement dit, chacun des 5120 « Ondins » et « Ondines » a versé en moyenne 80€ pour qu’Onde (le mot désigne aussi, en physique, la propagation d’une vibration) puisse exister.",
         ]),
    _neg("b52-estuaire-lenqueteur-neg",
         "Invented; modelled on Fragil (student magazine profile of a subscription-funded investigative outlet)", "fr", [
             "L’Enquêteur, un titre qui prend le temps de creuser",
             "",
             "14 Fév 2025",
             "",
             "Solène Marchal, reporter depuis 6 ans à L’Enquêteur Rennes, explique comment fonctionne ce site d’enquêtes régionales et ce qui le distingue. Joint par téléphone, son rédacteur en chef, Yannick Le Goff, a accepté de compléter le tableau.",
             "",
             "Après un premier volet sur les finances fragiles de L’Enquêteur, Estuaire s’intéresse à son organisation. Ce second article porte sur la ligne éditoriale et sur la fabrication des enquêtes, qui demandent souvent des mois. Petit rappel : L’Enquêteur est un site d’investigation régionale lancé par d’anciens reporters de Ouest Matin. Il vit des abonnements de ses lecteurs, sans publicité ni argent public, et revendique son indépendance.",
             "",
             "L’Enquêteur mise sur les enquêtes de proximité",
             "",
             "« L’Enquêteur a été créé en 2019. Le premier dossier est sorti à Rennes au printemps 2019. Ce qui fait notre singularité, c’est qu’on ne fait que de l’enquête, au niveau d’une métropole et de son département, sur tout ce qui concerne l’intérêt général » détaille Solène Marchal, présente dans l’équipe rennaise depuis le début.",
         ]),
    _neg("b52-nevatv-subsidii-neg",
         "Invented; modelled on Piter.TV (city news item on newspaper subsidies)", "ru", [
             "Власти Казани выделят деньги на печать и доставку городских газет. Распоряжение об этом подписал мэр Ильдар Хасанов, сообщили 3 марта в пресс-службе мэрии.",
             "Субсидии предусмотрены муниципальной программой \"Информационная открытость и развитие местного самоуправления\". Всего на эти цели в бюджете города заложено 48 млн рублей.",
             "В мэрии объясняют решение тем, что газеты остаются важным источником сведений о жизни города, особенно для пожилых горожан и тех, кому не по карману самостоятельно оформить подписку на местную прессу.",
             "Пресс-служба мэрии Казани",
         ]),
    _neg("b52-medienwoche-stadtblatt-neg",
         "Invented; modelled on persoenlich.com (media-industry report on a new outlet's crowdfunding origins)", "de", [
             "Vor gut einem Jahr, am 12. November 2020, verkündete der Verlag Rheinmedien, dass die beiden Basler Titel künftig eine gemeinsame Redaktion haben würden (Medienwoche berichtete). Auch die Stadtressorts, in denen die zwei Blätter noch gegeneinander antraten, sollten verschmolzen werden. Das sei inzwischen passiert, teilt das neue Basler Onlineprojekt «Stadtblatt» mit: Schon seit einiger Zeit würden Artikel der einen Redaktion im anderen Blatt erscheinen, nun sei die vollständige Zusammenlegung vollzogen.",
             "",
             "Der Entscheid vom November 2020 habe das «Stadtblatt» erst angestossen, so die Mitteilung. Rund ein Dutzend Basler Journalistinnen und Journalisten hätten dem «Schwund an Vielfalt mit Gründergeist geantwortet» und unter dem Projektnamen «Basel schreibt» damit begonnen, ein eigenständiges Newsportal für die Region zu entwerfen. Lea Brunner, Tobias Frey und Nadine Suter gaben ihre Jobs auf und setzen nun auf eigene Rechnung auf das «Stadtblatt» (Medienwoche berichtete). Das Trio bildet die Projektleitung, die eine Gruppe koordiniert, in der es neben Redaktionserfahrung auch Fachleute für Technik, soziale Medien, Geldbeschaffung und Unternehmensführung gibt.",
         ]),
    _neg("b52-philanthropyweekly-bayside-neg",
         "Invented; modelled on Giving Compass (donor-education Q&A with a nonprofit newsroom's fundraiser)", "en", [
             "Although more than 700,000 people live there, Tacoma and Olympia, Wash. long went without local news that brought neighborhoods together and reflected who actually lives in them. That began to change in 2011 when three reporters – Hannah Lindqvist, Marcus Odom, and Ruth Abernathy – started the Tacoma Tideline, a neighborhood news site. Building on the model that worked in Tacoma, the Sound Local News Collaborative, a nonprofit newsroom, grew with a fourth co-founder, Kenji Watanabe, who also became the founding editor of The Olympian Wire, in March 2021.",
             "",
             "Sound Local News Collaborative",
             "Courtesy of the Local Newsroom Accelerator",
             "",
             "Sound Local News Collaborative, which publishes both sites, works to bring people together through nonprofit, nonpartisan reporting. Denise Alvarado, chief revenue officer at Sound Local News Collaborative, spoke with the Local Newsroom Accelerator about why nonprofit journalism matters and how individual givers fit in. The conversation has been condensed and lightly edited.",
             "",
             "",
             "Q. What does Sound Local want its journalism to achieve? What are you trying to accomplish for the places you cover and answer to? ",
             "",
             "Our overarching aim is to strengthen community through local reporting. We exist to “bring trustworthy news to neighborhoods that have gone without it, so that residents take part in civic life, live fuller lives, and help keep democracy healthy.”",
         ]),
]


BATCH52_DOCUMENTS = PROBE4_A + PROBE4_B + PROBE4_NEG
