"""Seventy-fifth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 55 (24 documents). Each keeps the real page's structure (a collected weekend
newsletter with an editor's letter, signature lines, blank-space spacer lines and a cut "stories in
brief" list; a mirrored evening newsletter with date, photo caption and credit, byline, trivia line and
spacer lines; a climate newsletter with a sign-up line on top and a cut item list; a politics
newsletter with repeated headline, "today's read" and reader-mail sections; a three-paragraph local
crime story with a print teaser; paywall cuts after one paragraph; a Telegram web-mirror page with its
channel header, counters, bot and ads handles, a "join channel" line, emoji headlines, a mirror
handle line and "open Telegram" chrome; a rights group's interview page under a Patreon line; a
subscriber letter with dateline; account-form confirmation messages over a column of short items) and
exactly what the real gold marks: a "ready for more" digital-subscription trial box between the
editor's signature and the story list; the price-and-subscribe half of a pipe-joined promo line
(the "| ..." teaser after it stays text); a newsletter sign-up line at the top; a subscriber-supported
newsletter's forwarded-email pitch with its subscribe button; an ellipsis-led "read the rest in this
week's print issue" line at the end; a subscribe box with offer bullets and a "support us" paragraph
after a cut editorial; a two-line premium-subscription notice; a four-line subscribers-only box with
log-in line; a Telegram channel header block (name, counters, description, tip-bot, ads handle,
social link, join line) plus the lone channel-handle line further down; a one-line Patreon link on
top; a one-line subscribers-only notice after a cut letter; four account/order confirmation
messages on top. Negatives keep what makes the real ones hard: an alt-weekly's jokey note on being
bought by a new owner, a food bank's holiday drive with goals and pounds (with a hard-wrapped
duplicate lede), a pantry's radio item quoting a "give back" plea, a fireworks-fire crowdfunding
with goal and sums, a volunteer firefighter robbed during his calendar collection, a campaign
finance report with donor lists and sums, a town paper's report on a child's medical fundraiser, a
journalist launching a new media venture, a blogger's campaign-finance explainer with a table, a
band's crowdfunding with rewards and platform URL, a foundation closing its funded outlet, a
reader's letter on subscription prices and postal delivery.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch75` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch75.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 55: appeal documents -----------------------------------------------------------------

_MITTELLAND_ABO = "\n".join([
    "Lust auf mehr?",
    "Mit dem Digitalabo haben Sie Zugriff auf sämtliche plus-Artikel unserer Website.",
    "Den ersten Monat gibt es für CHF 1.-.",
    "Jetzt ausprobieren!",
])

_DISPATCH_PROMO = "£39 for the full year – subscribe today"

_COURIER_SIGNUP = "Like to receive Heat Check in your inbox each Tuesday? Subscribe here."

_CROSSCURRENT_PITCH = "\n".join([
    "Crosscurrent is an independent, ad-free politics newsletter paid for by its readers and built to mend how this country argues. If a friend forwarded you this email, they’re inviting you to back even-handed political reporting and a calmer, more careful national conversation.",
    "",
    "Subscribe today",
])

_KETTLE_PRINT = "…For the rest of the story and a photo, pick up this week’s Kettle Creek Ledger!"

_EVEIL_BOX = "\n".join([
    "Pour lire la suite, abonnez-vous",
    "Je m'abonnele mois d'essai offert puis 6,90€/mois",
    "- Résiliable à tout moment",
    "- Tous les articles de leveil.example en illimité sur ordinateur, tablette et téléphone",
    "- Le magazine en version numérique dès le mercredi soir, sur tous vos écrans",
    "- Abonnement valable depuis tous les pays",
    "Je soutiens L'Éveil",
    "L'Éveil met une partie de ses articles en accès libre, mais un journalisme sérieux a un prix. Votre contribution nous aide à rester exigeants et à garantir l'indépendance de nos journalistes.",
])

_VEILLEUR_WALL = "\n".join([
    "La lecture de cet article nécessite un abonnement premium.",
    "Offre sans engagement",
])

_GLEBE_WALL = "\n".join([
    "Contenu réservé aux abonnés",
    "Profitez de tout le site et recevez La Glèbe chaque semaine dans votre boîte",
    "Vous êtes déjà abonné ?",
    "Connectez-vous ou activez votre accès en ligne",
])

_ZARNITSA_HEADER = "\n".join([
    "Зарница",
    "87.6K subscribers",
    "15.9K photos",
    "5.31K videos",
    "9.8K links",
    "Честные новости про войну, мобилизацию и то, что происходит в стране",
    "",
    "Прислать новость: @zarnitsa_tips_bot",
    "",
    "Реклама и сотрудничество: @zarnitsa_ads",
    "",
    "Мы в твиттере",
    "https://twitter.example.com/zarnitsa_news",
    "加入频道",
])

_ZARNITSA_HANDLE = "@zarnitsa_news"

_RASSVET_PATREON = "rassvet on patreon"

_LINDENTAL_WALL = "Der vollständige Artikel steht nur Abonnenten zur Verfügung."

_SAENTIS_MESSAGES = "\n".join([
    "Danke für Ihre Registrierung. Wir haben Ihnen soeben einen Link zur Aktivierung Ihres Kontos per E-Mail geschickt.",
    "",
    "Schön, dass Sie sich angemeldet haben.",
    "",
    "Ab sofort ist Ihr Konto freigeschaltet. Viel Freude bei der Lektüre.",
    "",
    "Herzlichen Dank für Ihren Kauf. Viel Freude bei der Lektüre.",
])


PROBE55_APPEALS = [
    _doc("b75-mittellandsonntag-auslandsideen-digitalabo-middle", "appeal", "middle",
         "Invented; modelled on Schweiz am Wochenende (weekend newsletter via a collector site, digital-subscription trial box between the editor's letter and the story list)", "de", [
             "Was wir uns im Ausland abschauen sollten",
             "Liebe Leserin, lieber Leser",
             "Der Herbst steht vor der Tür, die letzten Ferienkoffer sind ausgepackt. Reisen erholt, aber es öffnet auch die Augen: Wer über die Grenze fährt, merkt schnell, was anderswo einfach besser klappt.",
             "Auch Kolleginnen und Kollegen aus unserer Redaktion haben die Augen offen gehalten und für die Regierung in Bern ein paar Ideen im Gepäck, mit denen unser Land noch etwas besser würde.",
             "Wie wäre es etwa, wenn unsere Schnellzüge so flott unterwegs wären wie in Spanien – dann sässe man von Basel nach Genf keine anderthalb Stunden im Wagen?",
             "Und der Offenheit wäre gedient, wenn umstrittene Konzernlenker wie die früheren Chefs der Alpina Handelsbank, Reto Ambühl und Kurt Fässler, vor einer Parlamentskommission öffentlich Rede und Antwort stehen müssten.",
             "Und wäre es nicht angenehm, wenn man auch bei uns wie in Kopenhagen am Sonntag noch rasch einkaufen gehen könnte?",
             "Ob Sie schon wieder zu Hause sind oder noch am Strand liegen – ich wünsche Ihnen ein erholsames Wochenende mit anregendem Lesestoff",
             "Corinne Wälti, Stv. Chefredaktorin",
             "Zusammengestellt für Sie von Matthias Egli, Online-Tagesleiter.",
             " ",
             _MITTELLAND_ABO,
             " ",
             " ",
             "Sieben Themen der Woche im Überblick",
             "Handball",
             "«Vor dem Anpfiff summe ich die Hymne meistens falsch»: Warum die Spielerinnen der Nati beim Landeslied kräftig mitsingen",
             "Im Handball-Nationalteam der Frauen stimmen alle in die Hymne ein – anders als manche Kollegen bei den Männern. Kritik an ihnen wollen die Spielerinnen aber nicht gelten lassen.",
             " ",
             "Pensionskassen",
             "«Rechnet man alle Klimaziele der Konzernchefs zusammen, wären wir übermorgen klimaneutral»",
             " ",
             "Betrug im Labor",
             "Gefälschte Daten, Eifersucht und ein gestürzter Star: Ein Fall aus der Chemie erschüttert die Forschungswelt",
             " ",
             "Filmkritik",
             "Ein Western ohne «Cowb",
         ], appeals=[_MITTELLAND_ABO]),
    _doc("b75-morningdispatch-dispatchevening-fullyear-middle", "appeal", "middle",
         "Invented; modelled on The Telegraph (evening newsletter via a blog mirror, price-and-subscribe half of a pipe-joined promo line)", "en", [
             "Thursday March 14 2024",
             "",
             "Dispatch Evening",
             " ",
             "Helena Ward at a bus depot in Leeds this afternoon",
             "Owen Pritchard",
             "",
             "By Lucy Arkwright",
             "",
             "Good evening. Helena Ward spoke for the first time with the Norwegian prime minister, Lars Eide, and the pair discussed a joint plan for North Sea power cables. But on her first trip outside London since taking office, she spent much of the day fending off questions about her Chancellor.",
             "",
             "Trivia: Margot Lane celebrates her 52nd birthday today. Which other actress shares her record of three Baftas for playing the same Dickens character? You will find the answer and the puzzle solutions at the bottom. See how closely you followed the week with our quiz.",
             "",
             " ",
             " ",
             "",
             _DISPATCH_PROMO + " | Ward's opening days",
             "",
             " ",
             " ",
             "",
             "Tonight's briefing: the stories that matter",
             "",
             " ",
             " ",
             " ",
             "",
             "Ward and Eide agree to speed up North Sea cable link",
             "",
             "Helena Ward has agreed with Lars Eide to have a subsea interconnector \"running at full capacity\" by 2029. In a call this morning, the two leaders promised \"a closer energy partnership\" that would \"keep the lights on and the bills down on both sides of the water\". A Downing Street spokeswoman said: \"Mrs Ward underlined that secure, home-grown power is a matter of national security for both countries.\" Oslo is weighing a new agreement with Britain that would extend a 2022 arrangement under which the UK put £61 million towards grid upgrades, converter stations and undersea monitoring. Mark Doherty, the Energy Secretary, thinks the share of the link's capacity reserved for British buyers must climb from 35pc to 70 or 75pc for the project to pay for itself.",
             "",
             "Still, Ms Ward was forced to state that she has \"every faith\" in her Chancellor while touring the depot in West Yorkshire. She said he had learned lessons from the row over his leaked spending memo last week a",
         ], appeals=[_DISPATCH_PROMO]),
    _doc("b75-nationalcourier-heatcheck-newsletter-top", "appeal", "top",
         "Invented; modelled on USA Today (Climate Point newsletter, sign-up line at the top, cut item list)", "en", [
             _COURIER_SIGNUP,
             "",
             "Welcome to Heat Check, your Tuesday roundup of warming, power and the natural world. If you're new here, I'm Dana Feld, a reporter working out of Portland, Oregon. It's been damp and chilly here (even by Northwest standards), but the Southeast is another story: temperatures have run so high that azaleas are blooming weeks early in the North Carolina foothills, as Marcus Webb reports for the Asheville Ledger. And Vermont just logged its first-ever 75-degree day in March, one of a string of warm records this week, according to Priya Raman at the Capital Post.",
             "",
             "Take it as a nudge that a chilly day outside your window says nothing about the planet as a whole. Average global temperatures keep creeping upward, year after year.",
             "",
             "A few more things worth your time:",
             "",
             "",
             "Say goodbye to the beach you grew up on: I came home from a long weekend in the mountains on Monday to the news that coastal erosion along the Gulf is speeding up. That's not a forecast for some distant decade — it's underway now, and the pace is picking up, as Tomas Greer reports for The National Courier. Tomas also noted that February 2019 was the 410th month in a row (!!!) in which the global average beat the long-term norm. (Once more: a chilly day outside your window says nothing...)",
             "",
             "What it took for five ranchers to rethink climate change: The most encouraging piece I read this week was a Denver Standard profile by Hannah Ruiz of five ranchers who used to shrug off the science of human-driven warming, or simply didn't lose sleep over it, but who now see it as something that has to be fixed. What ties them together is that each one watched drought and wildfire reshape their own land and towns. It's proof that honest, specific stories can still move people.",
             "",
             "",
             "Coal plants keep closing anyway: The utility sector is also a ",
         ], appeals=[_COURIER_SIGNUP]),
    _doc("b75-crosscurrent-senate-longnight-subscribe-top", "appeal", "top",
         "Invented; modelled on Tangle (politics newsletter, subscriber-supported forwarded-email pitch with subscribe button under the headline)", "en", [
             "Sep 3, 2021",
             "",
             "The Senate's long night.",
             "",
             "The Senate's long night.",
             "",
             "Plus, a question about political ads on streaming services.",
             "",
             _CROSSCURRENT_PITCH,
             "",
             "Today’s read: 9 minutes",
             "",
             "A rundown of last night’s Senate vote-a-rama, an encouraging jobs report and a question about political ads on streaming services.",
             "",
             "Photo: Dana Whitlock / Wikimedia Commons",
             "",
             "A quick housekeeping note.",
             "",
             "For the past two issues, Crosscurrent has been landing in some readers’ “updates” or “spam” tabs in Outlook and other email apps. It’s maddening for all of us — fingers crossed this one arrives where it should — but if you haven’t heard from Crosscurrent in a while, try typing “Crosscurrent” into your search bar to dig up what you missed.",
             "",
             "You can also drag this email into your main inbox, flag it, or save Crosscurrent as a contact so future editions don’t get diverted. The big email providers tweak their filters all the time, so I’m forever chasing them to work out what trips the alarm. If an edition ever fails to show up, drop me a line and tell me!",
             "",
             "Reader mail.",
             "",
             "A reminder: replying to this email reaches me directly. I enjoy the back-and-forth with readers, and I’ll often publish a note when it makes a sharp point about my coverage or echoes what lots of other people are telling me.",
             "",
             "Marisol from Tucson, Arizona, wrote in this week to object to my quoting a single progressive podcaster as if he spoke for “the whole left” on the filibuster. Marisol argued that my coverage ignored “how many Democrats were quietly relieved when the rules stayed put, while publicly complaining that the mino",
         ], appeals=[_CROSSCURRENT_PITCH]),
    _doc("b75-kettlecreekledger-pursuit-drone-printteaser-end", "appeal", "end",
         "Invented; modelled on Sanborn Weekly Journal (local crime story, ellipsis-led print-issue teaser at the end)", "en", [
             "Folks around the county woke up Sunday to word of a pursuit that had begun in the small hours before dawn. The Millard Police Department had been chasing a stolen pickup, and the chase led officers east to the stretch of gravel roads along the Prairie and Coyle County line. According to the Coyle County Sheriff’s Office, “The pickup finally left the road and stalled in a soybean field, where deputies set up a perimeter. Officers then got ready to send up the department’s thermal drone to find the occupants.” As soon as deputies called out that the drone was going up, a man in the passenger seat climbed out with his hands raised before it ever left the ground. The pickup was then searched and hauled away.",
             "",
             "Later on Sunday, deputies were sent to a farmhouse east of Coyle where the owners said a stranger had been spotted walking near their machine shed. Since it was only a couple of miles from where the pickup had stopped, deputies reached the place quickly and took a woman into custody. Investigators then learned that a third person was still unaccounted for. Coyle County Deputy Marquez said, “Because the owners had no idea how long she had been on the property, we went through every outbuilding looking for the last suspect. The drone made two passes over the shelterbelt and the creek bed. Nobody else turned up at that point.”",
             "",
             _KETTLE_PRINT,
         ], appeals=[_KETTLE_PRINT]),
    _doc("b75-leveil-edito-institutions-abonnement-end", "appeal", "end",
         "Invented; modelled on La Vie (cut editorial, subscribe box with offer bullets and a support-us paragraph)", "fr", [
             "Lorsque tout autour de nous paraît se dérégler, lorsque les conflits se rapprochent de nos frontières, lorsque les cyniques prétendent nous voler jusqu'à l'envie d'espérer, quelque chose en nous se met à trembler. Aucune communauté humaine n'est à l'abri de ce danger, qu'elle soit croyante ou non. Toutes finissent par vouloir d'abord se préserver elles-mêmes, au risque d'oublier la raison pour laquelle elles avaient été fondées. C'est précisément là que nous en sommes.",
             _EVEIL_BOX,
         ], appeals=[_EVEIL_BOX]),
    _doc("b75-leveilleur-brigade-gendarmerie-premium-end", "appeal", "end",
         "Invented; modelled on Le Semeur hebdo (regional weekly, cut paragraph then a two-line premium-subscription notice)", "fr", [
             "« Ici, on se sent parfois oubliés », reconnaît Sylvie Granet, maire de Saint-Alyre-les-Monts, dès les premiers mots de son allocution. Dans bien des hameaux, la brigade de gendarmerie reste le dernier visage de l'État, et ses effectifs peinent à couvrir un secteur immense, de jour comme de nuit. Voilà pourquoi Hervé Delmas, sous-préfet d'Ambert, Nadine Rouchon, vice-présidente du département...",
             _VEILLEUR_WALL,
         ], appeals=[_VEILLEUR_WALL]),
    _doc("b75-laglebe-foire-moral-agriculteurs-abonnes-end", "appeal", "end",
         "Invented; modelled on Le Sillon Belge (farm weekly, cut paragraph then a subscribers-only box with log-in line)", "fr", [
             "À dix jours à peine de la 64e Foire agricole du Haut-Condroz, rendez-vous incontournable des campagnes où éleveurs, cultivateurs et citadins curieux se côtoient durant trois jours au cœur de la province, l'humeur des premiers concernés n'a rien de radieux. On nous dira que ce n'est pas nouveau : chez les paysans, il se trouve toujours une bonne raison de ronchonner, et comme on dit par chez nous, « i gn'a jamais rin qui va comme i faut ». Sauf que cette fois, il faut vraiment chercher longtemps pour dénicher...",
             _GLEBE_WALL,
         ], appeals=[_GLEBE_WALL]),
    _doc("b75-zarnitsa-teplosety-channel-top-middle", "appeal", "top+middle",
         "Invented; modelled on Sirena (Telegram channel web mirror: channel header block on top, lone channel handle line mid-page)", "ru", [
             _ZARNITSA_HEADER,
             "🌑 Аварии на теплотрассах и пустые бюджеты. Почему в российских городах гаснут котельные",
             "",
             "Только с начала февраля в российских регионах случилось не меньше 31 аварии на сетях теплоснабжения. В десятках городов жители сидят в холодных квартирах при минус тридцати, на улицах из-под асфальта бьют фонтаны горячей воды, а дворы превращаются в каток. Чиновники ссылаются на «небывалые холода», хотя морозы в стране случаются каждый год.",
             "",
             "Откуда берутся эти аварии и почему дальше будет только хуже, объясняем в карточках вместе с экономистом Аркадием Веселовым.",
             "",
             _ZARNITSA_HANDLE,
             "Open Telegram to see this post",
             "VIEW IN TELEGRAM",
             "Open Telegram to see this post",
             "VIEW IN TELEGRAM",
             "🏊 Двое российских пловцов попросили спортивное гражданство Канады",
             "",
             "Как сообщает канадская газета Maple Ledger, речь идёт о брате и сестре Артёме и Ксении Ларионовых. Артём, выступавший за «Локомотив», числился сотрудником ведомственной охраны, а Ксения, представлявшая ЦСКА, — военнослужащей. Оба покинули Россию осенью 2023 года, и теперь против них возбуждено дело о самовольном оставлении",
         ], appeals=[_ZARNITSA_HEADER, _ZARNITSA_HANDLE]),
    _doc("b75-rassvet-dashkevich-interview-patreon-top", "appeal", "top",
         "Invented; modelled on Viasna (rights group's interview page under a one-line Patreon link)", "ru", [
             _RASSVET_PATREON,
             "",
             "Микола Дашкевич: «Нас проверяли на прочность. Мы выстояли»",
             "",
             "Правозащитный центр «Рассвет»",
             "Микола Дашкевич, член правления Европейской правозащитной сети, председатель ПЦ «Світанак»",
             "",
             "Микола Дашкевич, член правления Европейской правозащитной сети, председатель ПЦ «Світанак»",
             "",
             "Этот разговор с Миколой Дашкевичем был записан в апреле 2012 года. Мы готовили его для сборника к 20-летию правозащитного центра «Світанак» — одной из старейших и, вероятно, самой заметной правозащитной организации страны. Спустя четыре месяца после нашей беседы Микола был задержан. Теперь он, его семья, коллеги и друзья ждут приговора. Поэтому всё, что правозащитник говорил тогда, весной, сегодня звучит иначе. Признаюсь, как  интервьюер я теперь жалею, что не задала ему тогда ещё несколько вопросов. Зато некоторые его ответы сегодня выглядят почти как предсказание…",
         ], appeals=[_RASSVET_PATREON]),
    _doc("b75-lindentalerblatt-abonnentenbrief-paywall-end", "appeal", "end",
         "Invented; modelled on Wynentaler Blatt (letter to subscribers with dateline, cut with an ellipsis, one-line subscribers-only notice)", "de", [
             "Liebe Abonnentin, lieber Abonnent",
             "",
             "Di, 14. Jan. 2020",
             "",
             "Vorab möchten wir Ihnen von Herzen danken – für Ihre Treue und das Vertrauen, das Sie uns Woche für Woche schenken. Wir wissen, dass viele von Ihnen am Mittwoch und Samstag schon früh am Briefkasten stehen, um «öises Blättli» herauszuholen. Bei der heutigen Flut an Meldungen, die rund um die Uhr auf uns einprasselt, gilt es, Wesentliches von Belanglosem zu trennen. Mit gezielten Falschmeldungen hat man es bei uns zum Glück selten zu tun, dafür staunt man gelegentlich über allerlei «Füllstoff-News». Doch in unserem Land findet jede und jeder die Zeitung, die zu ihm passt.",
             "",
             "Unsere Redaktion mit vier festen Journalistinnen und Journalisten und gut 40 freien Korrespondentinnen und Korrespondenten bemüht sich jeden Tag, aus der Fülle an Meldungen, Gerüchten und…",
             "",
             _LINDENTAL_WALL,
         ], appeals=[_LINDENTAL_WALL]),
    _doc("b75-saentiszeitung-randnotiz-kontomeldungen-top", "appeal", "top",
         "Invented; modelled on St. Galler Tagblatt (account and order confirmation messages on top of a short-items column)", "de", [
             _SAENTIS_MESSAGES,
             "",
             "Landpartei wirbt mit Larissa Brunner",
             "",
             "Randnotiz",
             "",
             "Vorgestern steckte in unzähligen Briefkästen im Kanton die neuste Wahlzeitung der Landpartei. Sie enthielt unter anderem ein kniffliges Rätsel: Wer sitzt derzeit für die Partei im Regierungsrat? Zur Auswahl stand unter anderem: Larissa Brunner und Jasmin Keller. Die Landpartei bekämpft ihren Frauenmangel offenbar mit einem Griff in die Kartei der einstigen Miss-Wahlen. (rö)",
             "",
             "Der Chefredaktor des «Wirtschaftskuriers», Beat Zollinger, hat sich mit einem Kommentar gegen die Radiogebühren bei den Freunden des Service public unbeliebt gemacht. Im Videoformat «Zollinger direkt», einer Art hauseigener Tagesschau seines Blattes, hat er nun verraten, dass er die Initiative zur Halbierung der Gebühren an der Urne ablehnen werde. Zu spät für die Abo-Abteilung: Zahlreiche Leser haben ihr Abonnement bereits gekündigt. (mz)",
         ], appeals=[_SAENTIS_MESSAGES]),
]


# --- Probe 55: negatives ------------------------------------------------------------------------

PROBE55_NEGATIVES = [
    _neg("b75-drizzle-heronpoint-acquisition-neg",
         "Invented; modelled on The Stranger (alt-weekly's jokey note on being bought by a new owner)", "en", [
             "Well, crap. We had planned to share this ✨on Monday✨, but apparently the cat has escaped the bag. The Drizzle has been bought by Heron Point Media, a brand-new company started by Camille Okafor.",
             "Heron Point also picked up our sibling paper, the Spokane Clatter, our listings site NightOwl, and our box-office arm, Fair Seat Tickets.",
             "What does that mean for us?",
             "We’re doomed! Kidding, kidding. We honestly think this is good news!",
             "Okafor, our new kindly corporate parent, spent a couple of terms as a Democratic city councilmember in Tacoma before running Tidewater, a nonprofit newsroom that does solid work on the climate beat. She promises she won’t cut a single job, and she says she’ll bring in plenty of money to grow our reporting.",
             "The first thing we asked Okafor was, “Listen, if you so much as walk past the damn Drizzle Endorsement Committee, we will stuff you in a recycling bin so fast your head will spin.” Her answer: “Totally fair! Honestly, I want zero involvement in editorial! I left politics eight years ago and I’ve moved on.”",
             "We accept that, but we have parked a brand-new, extra-large recycling bin outside the room where we interview candidates, just in case she gets ideas.",
             "She did bring in a new editor, Jonah Pierce-Adebayo. But he’s the real deal. He came from the Harbor Review and Cascade Investigates, he runs a fellowship for young reporters, he wrote a book about dive bars, he’s got great glasses, and he seems genuinely kind! While we get to know him, Tess Lindqvist will go back to her old job as news editor, where she and the news desk will keep making local officials nervous.",
             "Still, we’re reporters. Doubt is our default. We were trained to be wary of power and money. The Drizzle Guild, for its part, says, \"Our members still have plenty of questions, since most Rainfall Media staff have not yet been able to me",
         ]),
    _neg("b75-foothillsgazette-pantrynetwork-winterdrive-neg",
         "Invented; modelled on SanBenito.com (food bank holiday drive with goals and pounds, hard-wrapped duplicate lede)", "en", [
             "The Foothill Pantry Network's winter food drive kicked off this week, with shops across the county putting out bins for canned goods, including Grass Valley Market on Main Street.",
             "",
             "More than 40 collection sites in Nevada County aim to cover a 27",
             "percent rise in demand",
             "With winter settling in, the Foothill Pantry Network of Placer and",
             "Nevada Counties is counting on a healthy dose of local",
             "goodwill to fill its shelves.",
             "More than 40 collection sites in Nevada County aim to cover a 27 percent rise in demand",
             "",
             "With winter settling in, the Foothill Pantry Network of Placer and Nevada Counties is counting on a healthy dose of local goodwill to fill its shelves.",
             "",
             "The Foothill Pantry Network acts as a clearinghouse for food from many sources. Supermarkets, growers and individuals give to its central warehouse in Auburn. The network then passes the food along to groups such as the Kitchen Door pantry in Grass Valley, which hands it out to families who need it.",
             "",
             "This year the network has set an ambitious target for its winter drive – 900,000 pounds of food – which would be enough for about 750,000 meals for families in the two counties. The food goes to the Kitchen Door and other groups that serve low-income households.",
             "",
             "In 2006-2007, the Foothill Pantry Network handed out 4.3 million pounds of food to partner agencies in Placer and Nevada counties.",
             "",
             "Even with millions of pounds given or gathered last year, hunger keeps growing in the region. The number of people relying on the network’s partners for meals has climbed 27 percent over four years, according to a 2007 regional survey commissioned by the network. Most of those helped are children, seniors and families in which someone works.",
             "",
             "Giving is falling behind the need.",
             "",
             "Hunger does not take a break after New Year’s, but winter is a good moment to give food or cash or to sign up for a volunteer shift. Drop-off barrels hav",
         ]),
    _neg("b75-plattevalleypost-givingjar-thanksgiving-neg",
         "Invented; modelled on St. Joseph Post (radio-news item on a pantry's food drive quoting a give-back plea)", "en", [
             "Nov 21, 2022 11:12 AM",
             "",
             "Pantry asks families to fill a \"giving jar\" for Thanksgiving neighbors",
             "",
             "Posted Nov 21, 2022 11:12 AM",
             "",
             "",
             "Platte Valley Post",
             "",
             "Heartland Harvest Pantry is running a food drive so that every household in the area can sit down to a Thanksgiving meal.",
             "",
             "Heartland Harvest outreach manager Dana Corliss says the \"giving jar\" challenge posted on the pantry's website lets families gather groceries for neighbors a little at a time.",
             "",
             "\"Say you've got kids at home — every evening one of you drops a can or a box into the jar, and you can actually watch it fill up and think, okay, this is going to be somebody's dinner on Thanksgiving, and it's going to a family or an older neighbor or somebody who just hit a rough patch and can't cover it right now,” Corliss says.",
             "",
             "Corliss says there is no telling who might need help this season, because hunger can happen to anyone, in any neighborhood, at any age.",
             "",
             "“Picture losing your paycheck next week, through no fault of your own. How would Thanksgiving look then? Could you still put a good meal on the table for your kids, or your parents, or yourself? Think about where you stand today, and maybe pick up a few extra items for the folks who are struggling right now,\" Corliss says.",
             "",
             "The Giving Jar shopping list is posted on Heartland Harvest's website, Jars should be dropped off at the pantry by November 30th.",
         ]),
    _neg("b75-stadt36-silvesterbrand-spendenaktion-neg",
         "Invented; modelled on TAG24 (news on a fireworks house fire and a crowdfunding with goal and sums)", "de", [
             "Böller löst Wohnungsbrand aus: Chemnitzer sammeln für Familien, die alles verloren haben",
             "Chemnitz - In der Silvesternacht hat eine Rakete in Markersdorf ein Mehrfamilienhaus in Brand gesetzt. Zwei Wohnungen unter dem Dach sind vollständig ausgebrannt. Mit einer Spendenaktion sollen die betroffenen Familien jetzt unterstützt werden.",
             "",
             "Kurz nach Mitternacht war im Lindenhofweg eine Rakete auf dem Balkon eines Mehrfamilienhauses gelandet und hatte dort Feuer gefangen.",
             "Die Flammen fraßen sich rasch bis in den Dachstuhl, beide Dachgeschosswohnungen brannten vollständig aus, schildert Jana Kühnel, die den Spendenaufruf auf \"GoFundMe\" gestartet hat.",
             "Zwei Familien, darunter drei kleine Kinder, haben in jener Nacht nicht nur ihre Wohnung, sondern ihr ganzes Hab und Gut verloren.",
             "\"Wir möchten den Familien unbürokratisch und schnell beim Neuanfang unter die Arme greifen und sammeln deshalb auf mehreren Wegen\", schreibt Kühnel.",
             "Der gesammelte Betrag soll am Ende gerecht zwischen beiden Familien geteilt werden. Als Ziel sind auf \"GoFundMe.com\" 3000 Euro angegeben.",
             "Seit dem Start der Aktion am Dienstag sind bereits rund 2100 Euro eingegangen. Wer ebenfalls etwas geben möchte, kann seine Spende über \"GoFundMe.cm\" leisten.",
             "Titelfoto: blaulicht-sachsen.example | Tom Reuter",
         ]),
    _neg("b75-relaisbocage-pompier-calendriers-vol-neg",
         "Invented; modelled on Le Singulier (news on a volunteer firefighter robbed during his calendar collection)", "fr", [
             "Un sapeur-pompier volontaire dépouillé pendant la tournée des calendriers en Mayenne",
             "_**Un pompier d’une vingtaine d’années a été volé par deux hommes alors qu’il faisait du porte-à-porte pour les calendriers. Les habitants du bourg sont sous le choc.**_",
             "Un sapeur-pompier volontaire a été victime d’un vol avec violence jeudi soir à Saint-Aubin-du-Bocage. Le jeune homme faisait sa tournée de fin d’année, comme chaque hiver, pour proposer le calendrier des pompiers aux habitants. Deux hommes l’ont abordé au coin d’une rue, l’un d’eux le menaçant avec un cutter. Ils se sont emparés de la sacoche contenant la recette de la soirée, environ 150 euros, avant de disparaître à pied.",
             "Le pompier a été pris en charge aux urgences de l’hôpital le plus proche. Il ne souffre que de contusions. Ses proches craignent pourtant que le choc moral soit plus long à digérer que les coups. Le maire, lui-même ancien pompier volontaire, a dit sa colère et parlé d’un geste « indigne ».",
             "La gendarmerie a ouvert une enquête pour retrouver les deux agresseurs. Le SDIS de la Mayenne a apporté tout son soutien à son volontaire et demandé que les auteurs soient sévèrement punis. Dans cette commune où l’on est fier de ses pompiers, l’affaire a profondément choqué.",
         ]),
    _neg("b75-bridgetownweekly-treasurer-race-donors-neg",
         "Invented; modelled on Willamette Week (campaign-finance report with indented donor lists and sums)", "en", [
             "Until last year, anyone running for statewide office was barred from hitting up donors while the Legislature was in session (a time when lawmakers were, in theory, most exposed to the dark arts of the lobby). A lawsuit knocked that rule down, though, and this spring candidates were free to work the phones throughout Olympia's annual budget brawl. Lawmakers answered by requiring anyone raising money mid-session to disclose it. A handful of sitting legislators and hopefuls did take checks during the session, but the big money flowed into the 2006 race for state treasurer.",
             "The filings leave out anything raised before early May, but they still offer a peek at each campaign's backers that voters usually don't get until fall. Here is where the leading contenders stood on July 31, when the reporting window closed:",
             "Gary Thornquist",
             "  $612,440",
             "  (214 contributions) ",
             "Thornquist rocketed to first place in the money race, though his lead is thinner than it looks. Take away the $450,000 he has lent his own campaign, and the Republican former county assessor from Yakima sits only a little ahead of the field.",
             "Notable donors:",
             "  Cascade Timber Partners $5,000",
             "  Dale Hurst, RV dealer $2,500 ",
             "  State Grocers Assoc. $1,850",
             "  Northfork Paving Inc. $1,200",
             "  Pacific Agri-Chem $1,000",
             "  Columbia Gravel & Rock $1,000",
             "  Rattlesnake Ridge Cellars $450",
             "  Lou Bettencourt, Spokane party gadfly $250",
             "  Waffle Barn diner $75",
             "  Yakima Chiropractic Group $30 ",
             "Rita Calloway",
             "  $148,902",
             "  (500-plus contributions) ",
             "Plenty of candidates brag about a broad base. Calloway can prove hers-in checks and head counts. Apart from a $15,000 in-kind gift from the Democratic Party (for polling) and an $8,000 check from her campaign chair Louis Ferrante, Calloway collected just four donations larger than $1,000-and one came from her",
         ]),
    _neg("b75-severnayavecherka-matvey-sbor-neg",
         "Invented; modelled on Vecherny Kotlas (town paper's report on a child's medical fundraiser with sums)", "ru", [
             "На лечение Матвея собрали 2,3 млн рублей",
             "",
             "Автор:",
             "Анна СЕРГЕЕВА",
             "",
             "Сбор денег на лечение четырёхлетнего Матвея не прекращается. Как рассказала мама мальчика Ольга Рябинина, на счету уже больше 2,3 млн рублей из трёх, которые нужны на операцию, после которой ребёнок сможет нормально ходить. Родители уже ведут переговоры с клиниками Москвы и Казани, где делают такие операции, о сроках и месте госпитализации.",
             "",
             "Только за последние дни в редакцию «Северной вечёрки» горожане, сотрудники водоканала и воспитанники детской школы искусств принесли 38 200 рублей, их уже перевели на специальный счёт. Чтобы поддержать ставшую по-настоящему общегородской акцию помощи Матвею Рябинину, проходят благотворительные ярмарки и концерты. Деньги собирают в магазинах, школах, на заводах и в учреждениях Лесогорска. Спасибо всем, кто откликнулся на чужую беду, и скорейшего выздоровления Матвею. Держись, Матвейка! Лесогорск с тобой!",
         ]),
    _neg("b75-coastalherald-quraishi-quaero-launch-neg",
         "Invented; modelled on Vartha Bharati (news on a journalist launching a new media venture)", "en", [
             "Broadcaster Farah Quraishi, known for her years at Meridian World and the Capitol News Channel, has unveiled her new media start-up, Quaero. The announcement comes weeks after she left Capitol News Channel, where her program was dropped in a schedule overhaul in September 2024. Her last weeknight broadcast went out on October 18, when Quraishi thanked viewers for her years on the network and said she was ready for something new.",
             "",
             "“I can’t wait to share this new media company I’ve been building, Quaero,” Quraishi wrote in a post announcing the project.",
             "",
             "Quaero, a Latin word meaning 'I seek,' sets out to push back against the flood of \"spin,\" \"misinformation,\" and \"manufactured outrage\" in today's news ecosystem. Quraishi stressed that searching for the truth and passing it on matters more than ever in a time of organized confusion.",
             "",
             "“In an era of spin, misinformation and manufactured outrage, the search for truth, and the duty to share it, has never mattered more. That is the whole point of this new venture,” Quraishi said in her statement.",
             "",
             "Arguing that big newsrooms too often shy away from uncomfortable stories, Quraishi described Quaero's purpose as putting honesty ahead of cozy relationships with the powerful. In a time of pervasive dishonesty, she said, simply telling the truth becomes a radical act.",
             "",
             "“My hope is that Quaero can be radical in exactly that way, the front edge of a new kind of journalism. One that cares more about holding power to account than about being invited into its rooms.",
             "",
             "“Don’t misunderstand me. I have spent almost twenty years inside some of the largest news organisations in the world - Meridian World, the Capitol News Channel and Continental Radio, among others - and I am deeply thankful for the chances and the audiences they gave me. Many brilliant reporters still work at those companies.",
             "",
             "“But corporate journalism itself is in trouble. Its revenue streams are drying u",
         ]),
    _neg("b75-harborheightsnotes-council-campaignfinance-neg",
         "Invented; modelled on Westlake Revelations (blogger's campaign-finance explainer ending in a flattened table)", "en", [
             "Several of you have written in about campaign money — who gave, how many gave, how much came in, how much went out, and so on… With luck, this post covers most of it. Jump to the table at the bottom if you only want the numbers.",
             "",
             "To start, it helps to know that every candidate sets up a “committee”, e.g. “Friends of Jane Doe”. It is a legal entity registered with the state and treated as its own entity, much like a corporation or LLC. So each one begins with a zero balance, and the candidate usually lends it money right away to get going. For some committees, that loan is the only money they ever see.",
             "",
             "Besides loans, contributions come as cash or as in-kind items. Costs are either paid straight out of the committee account or paid back to whoever covered them.",
             "",
             "Candidates have to file regular reports with the Washington Public Disclosure Commission. The latest report covers the year through October 26, 2009. The following one is due in January 2010.",
             "",
             "Apart from what candidates lent their own campaigns, nobody got a single big check (above $400), except that a few candidates had house parties held in their honor. Most gifts were between $40 and $200, with a few as small as $20 and a top of $400.",
             "",
             "Gail Alvarez, Roy Hammond, and Emi Nakashima all drew donors beyond themselves and their spouses. Walt Pruitt didn’t accept any contributions.",
             "",
             "In-kind contributions are mostly things connected to a gathering or fundraiser, either covering the cost of the event or donating goods for it.",
             "",
             "The roughly 65 pages of reports, through October 26 2009, add up to this (sorted by total contributions):",
             "",
             "Pruitt Alvarez Hammond Nakashima  ",
             "",
             "$3,910 $6,240 $4,485 Contributions Taken In",
             "$2,200 $1,500 $2,750 $12,000 Loans from candidate/spouse",
             "$390 $525 $610 In-kind Contrib",
         ]),
    _neg("b75-ennstalaktuell-trachtenmusik-instrumente-crowdfunding-neg",
         "Invented; modelled on Tips (regional news on a band's crowdfunding with rewards and platform URL)", "de", [
             "Crowdfunding der Trachtenmusikkapelle Hinterberg erfolgreich angelaufen",
             "HINTERBERG. Mit einem Frühschoppen vor dem Gemeindeamt hat die Trachtenmusikkapelle Hinterberg ihre Crowdfunding-Kampagne eröffnet. Schon fast ein Fünftel der benötigten Summe ist beisammen.",
             "„Das war ein herrlicher Vormittag mit vollem Platz, schwungvoller Blasmusik – und ganz viel Rückenwind für unser Projekt“, sagt Kapellmeisterin Theresa Aigner. „Viele unserer Instrumente haben Jahrzehnte auf dem Buckel – Ventile klemmen, Trommelfelle sind gerissen, manche Stücke sind kaum noch stimmbar. Und weil wir mittlerweile mehr als 60 aktive Mitglieder haben, fehlen uns schlicht Instrumente für den Nachwuchs.“",
             "Am dringendsten gebraucht werden eine Tuba, zwei Flügelhörner und ein neues Schlagwerk. Insgesamt kostet die Anschaffung etwa 34.000 Euro – knapp 12.000 Euro übernehmen Land und Gemeinde. Die restlichen 22.000 Euro will die Kapelle über Crowdfunding und Sponsoren hereinbringen. „Jeder Euro zählt, und gemeinsam schaffen wir das“ – so lautet das Motto der Kampagne.",
             "Bereits beim Frühschoppen wurden die ersten Spenden gesammelt und Dankeschöns ausgegeben – darunter ein eigens abgefüllter Kapellen-Most, spendiert von der Familie Pichler. Auch Angebote wie „Ständchen zum Geburtstag“ oder eine Probe zum Mitspielen sind schon sehr gefragt.",
             "Außerdem hält die Kampagne zahlreiche weitere Dankeschöns bereit: von Live-Aufnahmen auf USB-Stick über Instrumenten-Patenschaften bis zu einem Privatkonzert der ganzen Kapelle im eigenen Garten.",
             "Die Aktion läuft noch bis 30. November auf der Plattform Wirkraum. Unterstützen kann man unter: www.wirkraum.example/tmk-hinterberg",
         ]),
    _neg("b75-wochenbruecke-einstellung-stiftung-neg",
         "Invented; modelled on TagesWoche (a foundation announcing the closure of the outlet it funds)", "de", [
             "Die Wochenbrücke wird eingestellt",
             "",
             "Der Stiftungsrat der Stiftung Lokalpublizistik hat beschlossen, die Wochenbrücke nicht weiterzuführen. Der Entscheid fiel ihm nicht leicht, und er würdigt ausdrücklich den Einsatz aller Mitarbeitenden. Ein herzliches Dankeschön gilt zudem unserem Publikum. Die Stiftung bleibt in Winterthur weiterhin engagiert.",
             "",
             "Nach gründlicher Abwägung und intensiven Gesprächen mit dem Verwaltungsrat der Brückenmedien AG und der Verlagsleitung der Wochenbrücke ist der Stiftungsrat zum Schluss gekommen, das Medienprojekt nach sechs Jahren zu beenden.",
             "",
             "Alle Anstellungen werden gekündigt. Ein grosszügiger Sozialplan soll die Folgen für die Betroffenen abfedern. Die Herausgeberin der Wochenbrücke, die Brückenmedien AG, wird aufgelöst.",
             "",
             "Der Stiftungsrat hat sich diesen Schritt nicht leicht gemacht, er tut weh. Über 25 Stellen und ebenso viele persönliche Geschichten hängen daran, und in dieses besondere Projekt ist enorm viel Leidenschaft geflossen. Es waren anspruchsvolle, bisweilen harte und oft erfüllende Jahre, in denen der Stiftungsrat den Zweck der Stiftung verwirklicht sah. Allen Beteiligten gebührt unser Dank.",
             "",
             "Die Stiftung kann die Verluste nicht dauerhaft tragen",
             "",
             "Seit dem Start 2013 hat die Wochenbrücke mehrere unruhige Zeiten erlebt. Die Chefredaktion wechselte mehrmals, und auch im Team kam es wiederholt zu Umbesetzungen. 2017 senkte die Stiftung ihren Beitrag auf 800 000 Franken jährlich, weil sie die ursprüngliche Finanzierung nicht unbegrenzt weiterführen kann. Mit einer grosszügigen Übergangslösung erhielt die Wochenbrücke zwei Jahre, um zusätzliche Einnahmen zu erschliessen. Die Redaktion antwortete Anfang 2018 mit Stellenkürzungen und einem überarbeiteten Geschäftsmodell, um den Ausfall zu kompensieren.",
             "",
             "2019 organisierten sich Verlag und Redaktion von Grund auf ",
         ]),
    _neg("b75-blueridgesentinel-letter-maildelivery-neg",
         "Invented; modelled on The Winchester Star (reader's letter on postal delivery and subscription prices, signed with name and town)", "en", [
             "Say hello to the \"new\" old-fashioned way of getting the paper. Years ago, when the National Courier first launched, it reached many readers by mail. These days more and more printed dailies are going back to that approach. After Pinnacle Media bought the Riverton Gazette a while back, it moved home delivery over to the Postal Service. Even papers that keep their own carriers increasingly share one driver among several titles. Every morning a single carrier drops four printed papers on my porch, among them the Denver Standard, the High Desert Times, the Inland Valley Register and The Financial Journal.",
             "Rising wages and fuel costs have made the \"old-fashioned\" delivery routes a money-loser unless publishers hike subscription rates sharply, which drives readers to cancel all over the country.",
             "Harold Vickery",
             "Juniper Flats, Ca.",
         ]),
]


BATCH75_DOCUMENTS = PROBE55_APPEALS + PROBE55_NEGATIVES
