"""Seventy-fourth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; EN, FR, DE, RU): our own paraphrases of every document of the
local-only real probe 54 (23 documents). Each keeps the real page's structure (bylines, datelines, a
duplicated photo caption, "- " association bullets, a column index with "Read More" lines, a headline
list with every title doubled, a magazine's table of contents with page numbers, "➞" bullets with a
signature, two Telegram mirror headers (bot handle, channel links, "Читать полностью…", "#Дайджест" with
"🟣" bullets), an account-form message stack, a "JPEG - … ko" image line, cut-off endings mid-word) and
exactly what the real gold marks: a "you read to the end" membership plea closing a quote roundup; a
free daily newsletter box with its "sign me up" button at the top of a regional story about a parody
fundraiser; a one-line print sustaining-member link mid-letter plus the editor's cut-off request for
support at the end (the preceding paragraph urging readers to help storm victims first stays text); a
Telegram mirror's news-channel handle with its YOUTUBE label and link (the bot and contact lines stay
text); a Telegram catalog header's trailing Twitter link and its "subscribe to the channel" button (the
description and bot handle before it stay text); a two-line "we need your support" donation box with its
button, followed by a newsletter e-mail sign-up box; a weekly newsletter sign-up pair under a column
index; a lone "newsletter" line at the top and a doubled "still here" headline with its free-newsletter
blurb inside a headline list; a subscribe / shop / donate menu line above a monthly's article; a shop
teaser for calendars and hats inside an editor's letter; an anniversary note's closing "two ways to help
us" block (newsletter, tax-deductible gift, thanks, signature); six account/registration/order
confirmation messages at the top of an interview. Negatives keep what makes the real ones hard: an
exiled outlet's crowdfunding for its site reported as news with goal and costs, a newspaper charity
drive's near-record total with a bank's gift, a radio food drive's record sums, a food pantry director's
holiday letter with goal and giving link, a paper announcing its own subscription price rise, a blogger
questioning a paper's subscription rise, a fire family's online fundraiser, a news site's year-end thanks
to its research-fund supporters, a blog on a new portal's paywall and subscriptions, campaign-finance
filings, a food bank's supermarket collection interview.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch74` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch74.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 54: appeal documents -----------------------------------------------------------------

_HOLLOW_MEMBER = "\n".join([
    "You made it all the way to the bottom…",
    "Like you, we want the full picture and not just the headline. For 22 years, the Hollow Press has dug into the Millbrook valley with careful, fair-minded reporting. We think every neighbor deserves to read it. That is the main reason the paper has always been free on the rack and free online, with nothing locked away.",
    "You have probably noticed that local news is in a tough spot right now. Ads alone stopped covering the bills a while ago. Newsrooms everywhere are turning to the people who read them. The Hollow Press needs that help as well. Please think about joining as a member of the Hollow Press. Starting at $6 a month — about what you'd pay for a fancy latte — you can keep reporting in the valley going strong. Signing up is quick.",
])

_COURRIER_LETTRE = "\n".join([
    "Abonnez-vous sans frais à la newsletter du Courrier du Val.",
    "Tous les matins, les infos qui comptent arrivent directement dans votre messagerie.",
    "Je m'abonne !",
])

_LEDGER_PRINT = "Get the Ledger delivered in print: Join as a sustaining member"

_LEDGER_ASK = "Once that pressing need has been met, though, if you’re able to, we hope you will stand behind our wor"

_ZARECHYE_CHANNEL = "\n".join([
    "Канал с новостями @kvasnews_zr",
    "YOUTUBE",
    "https://www.youtube.example.com/channel/UCr8TfzQm2LwXa5Kd01bVgPq",
])

_PRAVKA_TWITTER = "Twitter: twitter.example.com/Pravka_Mag"

_PRAVKA_BUTTON = "Подписаться на канал"

_HORIZONT_SPENDE = "\n".join([
    "Ohne Sie geht es",
    "nicht",
    "Recherche ist teuer. Weil der Horizont frei von Konzernen und Parteien arbeitet und das auch künftig tun will, ist er auf seine Leserinnen und Leser angewiesen. Mit Ihrem Beitrag sorgen Sie dafür, dass wir weiter Themen aufgreifen können, die anderswo untergehen.",
    "Horizont fördern",
])

_HORIZONT_BRIEF = "\n".join([
    "Der Horizont-Brief",
    "Möchten Sie regelmäßig erfahren, was im „Horizont — Zeitschrift für den zweiten Blick“ neu erschienen ist? Dann geben Sie einfach hier Ihre E-Mail-Adresse an:",
])

_VALLEYRIDGE_NEWSLETTER = "\n".join([
    "Valley Ridge Times Newsletter",
    "Enter your email below to get our weekly newsletter, packed with the most-read stories and the talk of the town!",
])

_RIVERTON_TOP = "Get our Newsletter"

_RIVERTON_STILL = "\n".join([
    "Still on your side, Riverton",
    "Still on your side, Riverton",
    "The Riverton Courier can land in your inbox every single day – all week long – with our free newsletter. Signing up takes just a moment.",
])

_ATLAS_MENU = "S'abonner Librairie Soutenir"

_WILDWUCHS_LADEN = (
    "Du möchtest jemanden in deinem Umfeld für Feminismus begeistern? In unserem Wildwuchs-Laden liegen "
    "unsere beliebten Wandkalender mit einer Portion Mut für alle 52 Wochen von 2023 sowie kuschelige "
    "Mützen für dich bereit. Eignen sich auch wunderbar zum Verschenken!"
)

_MERIDIEN_AIDE = "\n".join([
    "Mais un journalisme de qualité a un prix, et c'est de vous, nos lecteurs, que dépend la suite de l'aventure. Vous pouvez nous soutenir de deux façons toutes simples :",
    "➞ vous inscrire à notre newsletter gratuite du vendredi, qui nous relie à vous et vous informe de nos projets et de nos nouveaux articles ;",
    "➞ nous faire un don (déductible des impôts), qui paie des reportages et leur traduction vers l'arabe et le portugais.",
    "Un grand merci.",
    "Hélène Vasseur",
])

_ALPENKURIER_KONTO = "\n".join([
    "Herzlichen Dank für Ihre Registrierung. Den Link zur Aktivierung Ihres AK-Kontos haben wir Ihnen soeben per E-Mail geschickt.",
    "Sie haben sich für die Ausgabe Schweiz entschieden. Viel Freude beim Lesen unserer Beiträge.",
    "Sie haben sich für die Ausgabe Deutschland entschieden. Viel Freude beim Lesen unserer Beiträge.",
    "Herzlichen Dank für Ihr Login.",
    "Ihr Konto ist jetzt freigeschaltet. Viel Freude beim Lesen.",
    "Herzlichen Dank für Ihren Kauf. Viel Freude beim Lesen.",
])


PROBE54_APPEALS = [
    _doc("b74-hollowpress-gratitude-member-end", "appeal", "end",
         "Invented; modelled on Mountain Xpress (quote roundup ending in a read-to-the-end membership plea)", "en", [
             "“Mostly I’m thankful for the people who kept checking on me. Without my circle of friends this year, I honestly don’t know where my head would have ended up. On the work side, I’m thankful for room to breathe. Our group finally got a rehearsal space where we could chase ideas without worrying so much about streaming numbers or tour dates, and we put that energy into writing better songs and getting to know each other again. Looking at the bigger picture, I’m thankful that so many people are finally willing to talk about real change. A lot has to shift, and I believe it’s shifting faster than at any point I can remember. If we keep showing up and keep the pressure steady, we can leave this place better than we found it.” — Dana Okonkwo, fiddler and co-writer for The Tin Roof Parade",
             _HOLLOW_MEMBER,
         ], appeals=[_HOLLOW_MEMBER]),
    _doc("b74-courrierduval-cagnotte-parodie-top", "appeal", "top",
         "Invented; modelled on Le Maine Libre (free daily newsletter box with button above a regional story)", "fr", [
             _COURRIER_LETTRE,
             "Orsange Cagnotte pour rire au profit d'un candidat : plus de 2 900 € pour cinq associations",
             "0 21.04.2017 09:48",
             "Une déclaration du candidat Gérald Morvan a inspiré la cagnotte. Photo d'archives \"Le Courrier du Val\" Paul Ménard",
             "Une déclaration du candidat Gérald Morvan a inspiré la cagnotte. Photo d'archives \"Le Courrier du Val\" Paul Ménard",
             "[Actualisé] Le site satirique La Girouette a choisi de maintenir la cagnotte ouverte après le premier tour. Les dons restent possibles jusqu'à ce lundi, 23 h 59.",
             "Mi-mars, après que Gérald Morvan eut confié ne \"jamais réussir à économiser un centime\", La Girouette avait ouvert « une collecte pour garantir au candidat des vieux jours sans soucis ».",
             "Le site humoristique avait ensuite annoncé qu'il transférerait la somme récoltée à cinq associations du département :",
             "- les Restos solidaires d'Orsange",
             "- la Maison des femmes de Bréval",
             "- l'association Goutte de Vie (don de sang)",
             "- l'Union des aidants familiaux de Bréval",
             "- l'association \"Le Costume d'un jour\" qui prête tenues et conseils aux personnes qui préparent un entretien d'embauche",
             "La collecte s'arrêtera ce lundi à 23 h 59. En tout, plus de 2 900 € ont été versés par 1 412 contributeurs, soit environ 2,05 € par personne, quelques-uns ayant offert un centime pour le symbole.",
             "Si le montant est partagé équitablement, chaque association recevra environ 580 €.",
             "Un coup de pouce « vraiment bienvenu » selon Clarisse Hamon, présidente de Goutte de Vie, citée parmi les bénéficiaires. « On est ravis. Cet argent nous arrive sans qu'on ait rien demandé, et pour une petite structure comme la nôtre, ça compte beaucoup ».",
             "L'association brévalaise prévoit d'investir dans un nouveau frig",
         ], appeals=[_COURRIER_LETTRE]),
    _doc("b74-brookfieldledger-editorletter-sustaining-middle-end", "appeal", "middle+end",
         "Invented; modelled on Montclair Local (editor's letter, print sustaining-member link mid-letter, cut-off support request at the end)", "en", [
             "Let me be blunt: the Brookfield Ledger Community News loses money. And it can’t keep doing that much longer.",
             "Readers who have been with us a while know how we began (I’ve told the tale more than once): When a national company bought another Brookfield paper and gutted its newsroom, and as the same thing was happening in towns across the country, residents Ravi and Maren Ostrowski started sitting down with reporters including Paula Renard (my predecessor, the Ledger’s founding editor), Tom Ekwueme, Gail Sorensen and Luis Abara, hoping to keep real community reporting alive in the town they cared about. The Ostrowskis offered to pay for a newspaper and website at a moment when most small papers were shrinking or shutting down.",
             "It’s easy to forget how big a bet that was, and still is. Conventional thinking says print is finished; the Ostrowskis and those reporters disagreed. Conventional thinking says careful, ambitious, lively community reporting costs too much to do right. The Ostrowskis and those reporters believed they could prove otherwise.",
             "And it does cost a lot. The Ostrowskis have put well over $900,000 into what grew into the Brookfield Ledger Community News, and we’ve been grateful for help from a handful of other donors and members. Even so, it hasn’t been enough. Not so far.",
             _LEDGER_PRINT,
             "I should be careful here — this month especially, plenty of local organizations and neighbors need a hand. The flooding from the October storm wrecked houses, shops and nonprofits that hold Brookfield together. If you can help any of them — and you’ll find ways to do so both in the Ledger’s pages and on — please put those in crisis first.",
             _LEDGER_ASK,
         ], appeals=[_LEDGER_PRINT, _LEDGER_ASK]),
    _doc("b74-zarechnayagubernia-natspolitika-channel-top", "appeal", "top",
         "Invented; modelled on Pskovskaya Guberniya (Telegram mirror header, news-channel handle with YouTube link)", "ru", [
             "Заречная губерния",
             "Независимое городское медиа из Заречья ☮️",
             "Прислать новость",
             "@zarechye_newsbot",
             _ZARECHYE_CHANNEL,
             "Связаться с редакцией: tips.zarechye@example.org или @IlyaVetrov",
             "👩🏿\u200d🦲🧕 Межнациональному согласию в Заречной области мешают попытки враждебных государств рассорить граждан — областная администрация",
             "Администрация Заречной области 19 января приняла стратегию национальной политики до 2035 года. Межнациональную обстановку в документе называют спокойной и подчёркивают, что население почти однородно: русских в области 93,4%. Особым пунктом прописана помощь вепсской общине",
             "Вместе с тем авторы документа утверждают, что обстановке угрожают «враждебные государства», которые стремятся «посеять рознь среди граждан России», а кроме того — информационное давление извне и «подрыв исконных духовных ориентиров»",
             "В утверждённом документе областные чиновники также написали, что области",
         ], appeals=[_ZARECHYE_CHANNEL]),
    _doc("b74-pravka-digest-twitter-subscribe-top", "appeal", "top",
         "Invented; modelled on Republic (Telegram catalog page, Twitter link and subscribe button in the header)", "ru", [
             "pravkamag | Общество и экономика",
             "Telegram-канал pravkamag - Правка",
             "Авторские разборы и мнения Предложить тему или связаться с редакцией: @Pravka_Mag_Bot " + _PRAVKA_TWITTER,
             _PRAVKA_BUTTON,
             "Правка",
             "В начале атомной эпохи Британия вполне могла первой построить промышленный реактор — и инженеры, и заводы для этого у неё были. Не хватало другого — политической воли вкладываться в проект. Почему так вышло? Объясняет историк техники Глеб Сорокин («Чертёж»).",
             "Читать полностью…",
             "Правка",
             "#Дайджест 23 марта",
             "🟣 О разводе балерины Веры Листовой судачил весь Петербург. Газеты окрестили её «северной мадам Бовари»",
             "🟣 «Когда власть сменится, многие дела пересмотрят, включая громкие процессы последних лет». Правозащитник Аркадий Немиров — о том, почему адвокатам сегодня приходится тяжелее, чем в позднесоветские годы",
             "🟣 Фронтовыми дорогами. Полевые госпитали союзников и разбомблённые деревни Нормандии в снимках военного фотокорреспондента",
             "🟣 Рамки. Как сдвигаются границы приемлемого в нынешней России",
             "🟣 Тяжёлое возвращение: демобилизованные с травмированной психикой приносят насилие в собственные семьи,",
         ], appeals=[_PRAVKA_TWITTER, _PRAVKA_BUTTON]),
    _doc("b74-horizont-lokaljournalismus-spende-brief-middle", "appeal", "middle",
         "Invented; modelled on Rubikon (magazine article page, donation box with button then newsletter e-mail box above a teaser list)", "de", [
             "Kann der Lokaljournalismus überleben?",
             "Medienkritik",
             "Kann der Lokaljournalismus überleben?",
             "Die Lokalzeitungen schrumpfen. Die Redaktionen merken es. Die Leser ebenfalls. Offen bleibt, welche Wege es gibt, um der Berichterstattung vor Ort eine Zukunft zu geben.",
             _HORIZONT_SPENDE,
             _HORIZONT_BRIEF,
             "Neu",
             "Neu",
             "#Stimmzettel?",
             "#Stimmzettel?",
             "Drei Streamerinnen befragten unter dem Motto #DuEntscheidest die Spitzenkandidaten beider großen Parteien – mit mageren Erkenntnissen. Woran das Format scheiterte und welche Fragen junge Menschen wirklich umtreiben.",
             "Gesellschaft",
             "Miete oder Heimat",
             "Miete oder Heimat",
             "Die Schriftstellerin Helene Marwitz erzählt in ihren Romanen, wie die großen Fehlentwicklungen der Gegenwart bis in die Küchen reichen.",
             "Landtagswahl",
             "Im Dienst der Lobby",
             "Im Dienst der Lobby",
             "Die selbsternannte Bürgerpartei würde vor allem den Einfluss großer Vermögen stärken.",
             "Video",
             "Video",
             "Vortrag: Das verschwiegene Artensterben",
             "Vortrag: Das verschwiegene Artensterben",
             "Horizont-Autor Jens K. Albrecht erlebt bei seiner Lesung in Graz plötzlich einen unerw",
         ], appeals=[_HORIZONT_SPENDE, _HORIZONT_BRIEF]),
    _doc("b74-valleyridgetimes-columns-newsletter-end", "appeal", "end",
         "Invented; modelled on Mountain Times (column index with Read More lines, weekly newsletter sign-up pair at the end)", "en", [
             "“Dry Creek” review",
             "By Harold Vinter “Dry Creek” is a polished, lavishly funded, thoroughly professional piece of work that would look at home on any streaming service. It has already screened at eight film festivals, a handsome and meticulously researched documentary that […]",
             "Read More",
             "Column, Yesteryear",
             "From ice houses to freezers!",
             "By Ruth Anne Colby Those of us who qualify for the “golden years” discount can hardly believe how much has changed in a single lifetime. My neighbor Louise told me that she and an old roommate were arguing over whether […]",
             "Read More",
             "Column, Trail Notes",
             "A bad year for hemlocks",
             "By Walt Pierson It has been a good 25 years since the woolly adelgid showed up in force around here, and what damage it did. The infestation was so widespread that it not only weakened the big stands along the […]",
             "Read More",
             "Column, Your Wallet",
             "Old market sayings",
             "By Nina Forsberg Investors love a good saying. Here are a few favorites: Sell in May and go away, because the trend is your friend. Nobody rings a bell at the top, but never fight the […]",
             "Read More",
             _VALLEYRIDGE_NEWSLETTER,
         ], appeals=[_VALLEYRIDGE_NEWSLETTER]),
    _doc("b74-rivertoncourier-headlines-newsletter-top-middle", "appeal", "top+middle",
         "Invented; modelled on Prince George Citizen (headline list with doubled titles, newsletter line at the top and a doubled 'still here' newsletter item inside)", "en", [
             _RIVERTON_TOP,
             "Local News",
             "Lane closures on Highway 9 bridge",
             "Lane closures on Highway 9 bridge",
             "Provincial crews are scheduled to repave the northbound lanes outside Riverton",
             "Riverton library unveils the city's first sensory-friendly reading room",
             "Riverton library unveils the city's first sensory-friendly reading room",
             "The quiet room gives neurodivergent visitors a calmer place to read and study",
             _RIVERTON_STILL,
             "Opinion: Council has handed the keys to city staff",
             "Opinion: Council has handed the keys to city staff",
             "Elected councillors should take back the wheel and set the direction that the people who voted for them EXPECT.",
             "Opinion: Legal notices belong in the local paper",
             "Opinion: Legal notices belong in the local paper",
             "Openness means reaching everyone, not just the people online.",
             "Marisa's journey shows how small habits rebuild health",
             "Marisa's journey shows how small habits rebuild health",
             "Few feelings compare to taking back charge of your own wellbeing one step at a time.",
             "Opinion: What makes a place a city?",
             "Opinion: What makes a place a city?",
             "We have the tools to do better, but leadership keeps stalling and residents notice.",
             "Opinion: Don't move the tourism booth out of downtown",
             "Opinion: Don't move the tourism booth out of downtown",
             "A mall kiosk could work as a seasonal extra during the busy summer months.",
             "Late folk singer Wren Talbot left a lasting mark on local First Nations artists",
             "Late folk singer Wren Talbot left a lasting mark on local First Nations artists",
             "Songwriter Caleb Moosomin plays Talbot's records to calm the room in music workshops with youth in custody",
             "Lakeside subdivision asks for zoning change to allow boat storage",
             "Lakeside subd",
         ], appeals=[_RIVERTON_TOP, _RIVERTON_STILL]),
    _doc("b74-atlascritique-hautessin-commandant-menu-top", "appeal", "top",
         "Invented; modelled on Le Monde diplomatique (subscribe/shop/donate menu line above a dated archive article with image line)", "fr", [
             _ATLAS_MENU,
             "Mardi",
             "4 mars 2025",
             "Les autorités de Valdorie ont annoncé mardi 4 mars que leurs forces spéciales avaient tué Idris Kamaran lors d'un raid conduit la veille près de Sorrah, dans l'est du pays. Le commandant du Front de libération du Haut-Tessin passait pour l'un des principaux organisateurs de l'offensive lancée contre la capitale le 12 mai 2024. Il avait pris la tête du mouvement en novembre, après la mort de Yanis Betar, tué dans une embuscade attribuée à l'armée. Dans notre numéro de juillet 2024, Clara Moussier décrivait le virage stratégique que Kamaran avait imposé dès 2019, quand il était devenu le véritable patron de la branche armée, « afin d'en faire une armée de terrain (…) et de rattacher la rébellion à la cause des régions oubliées. »",
             "L'offensive du 12 mai a surpris les cadres du mouvement réfugiés à l'étranger",
             "Le Front s'impose comme la voix principale de la contestation régionale",
             "En quelques années, le mouvement armé a changé deux fois de visage. Sa puissance militaire s'est accrue, et ses chefs de terrain ont pris le dessus sur les responsables exilés. En déclenchant son offensive meurtrière du 12 mai, il entend apparaître comme le seul protecteur des populations de l'Est et peser lourd dans toute négociation de sortie de crise.",
             "JPEG - 112.3 ko",
             "Nadia Ferhane. — « Border III » (Frontière III), de la série « Dust Walls » (Murs de poussière), 2004",
             "© Nadia Ferhane — Collection Atelier Sud",
             "Parmi les traits les plus saillants — et pourtant les moins commentés — de l'offensive lancée par le Front contre la capitale, le 12 mai 2024, figure le choix de son point de départ. Depuis plusi",
         ], appeals=[_ATLAS_MENU]),
    _doc("b74-wildwuchs-editorial-kalender-laden-middle", "appeal", "middle",
         "Invented; modelled on Missy Magazine (issue editorial with a shop teaser for calendars, then the table of contents)", "de", [
             "Liebe Mitstreiter*innen!",
             "Dass wir meist vor Leuten sprechen, die ohnehin schon überzeugt sind, hat sich diesmal wortwörtlich bewahrheitet: Unsere langjährige Kolumnistin und für den Essaypreis nominierte Autorin Jana Oduya stand am 14. November im Kieler Gewerkschaftshaus am Rednerpult und hielt eine mitreißende Festrede zur Vergabe des Preises für widerspenstige Frauen. Die Auszeichnung der gleichnamigen feministischen Stiftung ging in diesem Jahr an Wildwuchs, zusammen mit den wunderbaren Großmüttern für Demokratie, deren Einsatz angesichts der Lage in ihrem Heimatland nötiger ist als je zuvor. Wir sind sehr stolz auf den Preis und stecken das Preisgeld in noch mehr feministischen Journalismus auf Papier und im Netz. Damit wir auch die erreichen, die noch zweifeln.",
             _WILDWUCHS_LADEN,
             "Rechtzeitig zur Kuschelsaison – jenen Wochen, in denen viele sich schnell noch jemanden zum Aneinanderschmiegen suchen, damit der graue Winter nicht so einsam wird – beschäftigt sich unser Dossier mit Nähe in all ihren Formen (ab S. 48). Und die reicht selbstverständlich weit über das klassische Paar hinaus.",
             "Davon abgesehen kann Zeit allein auch herrlich sein! Falls dir die Silvesternacht mit vielen Menschen noch zu viel ist, findest du in unserer Rezeptstrecke Ideen für ein Festessen nur für dich (S. 66).",
             "Egal, ob allein oder in großer Runde: Rutsch gut rüber!",
             "Eure Wildwüchsigen",
             "Auftakt",
             "Gemeinsam stark: Die ersten Tage. Wie Menschen auf die Welt kommen, geht",
             "uns alle an. Das Leipziger Geburtshaus Nestwärme möchte jede Familie begleiten. – 10",
             "Heldin des Monats: Carla Nuñez. – 11",
             "Job-Check: Schornsteinfegerin. – 12",
             "Bitte was bedeutet eigentlich…Mental Load? – 13",
             "Kultur & Gesellschaft",
             "Zwischen den Zimmern. Nach ihrem Debütroman erscheint",
         ], appeals=[_WILDWUCHS_LADEN]),
    _doc("b74-meridiensud-cinqans-aide-end", "appeal", "end",
         "Invented; modelled on Orient XXI (anniversary note ending in a two-ways-to-help block with arrow bullets and signature)", "fr", [
             "Méridien Sud, cinq ans après",
             "Rabat, mai 2020",
             "Méridien Sud a déjà tout un parcours, qu'une radio belge a retracé dans un reportage. Cinq ans que nous essayons de montrer une autre facette du Maghreb et du Sahel, de son passé, de ses rapports de force, de ses guerres, mais aussi de ses arts et de sa vitalité. C'est le 15 mars 2015 qu'une poignée de reporters, d'universitaires et d'anciens coopérants ont lancé avec nous ce projet. Plusieurs centaines de textes plus tard, le pari semble gagné.",
             "Au nombre de nos plus belles réussites, le lancement du collectif Voix libres du Sud, monté avec des rédactions indépendantes marocaine, malienne, sénégalaise, mauritanienne, nigérienne et tchadienne. Ensemble, nous avons sorti des enquêtes croisées sur l'eau, le travail des jeunes (une nouvelle série paraîtra d'ailleurs ce mois-ci sur les langues locales), organisé des rencontres et donné aux lecteurs francophones un accès direct aux analyses de reporters et de penseurs africains.",
             "Nous avons en outre étoffé nos contenus en arabe, avec trois textes chaque semaine, et continué à publier en anglais et en portugais.",
             "Nous restons fidèles à l'accès libre, d'abord pour être lus du plus grand nombre, ensuite parce que beaucoup de nos lecteurs du Sud ne peuvent pas se permettre un abonnement payant, en particulier en Afrique de l'Ouest, d'où vient près d'un tiers de notre audience.",
             _MERIDIEN_AIDE,
         ], appeals=[_MERIDIEN_AIDE]),
    _doc("b74-alpenkurier-verdichtung-interview-konto-top", "appeal", "top",
         "Invented; modelled on Neue Zürcher Zeitung (stack of account/registration/order confirmation messages above an interview)", "de", [
             _ALPENKURIER_KONTO,
             "Interview",
             "«‹Wie in Kopenhagen› oder Wien lässt sich nicht einfach übertragen»",
             "Wo sollen in Seewil neue Quartierzentren entstehen? Wie bringt man 60 000 zusätzliche Menschen unter, und was wird beim Bau von Türmen anders? Darüber sprechen die städtische Planerin Sabine Kälin und der kantonale Planer Reto Imboden, die sich in einem wichtigen Punkt allerdings nicht einig sind.",
             "Martina Gisler",
             "Welchen Anteil des Mehrwerts sollen Eigentümer der Gemeinde abgeben, wenn ihr Land höher bebaut werden darf? Hier gehen die Meinungen von Kantonsplaner Reto Imboden und Sabine Kälin, Leiterin des Stadtplanungsamts Seewil, auseinander. (Bild: Lukas Frei / AK)",
             "Welchen Anteil des Mehrwerts sollen Eigentümer der Gemeinde abgeben, wenn ihr Land höher bebaut werden darf? Hier gehen die Meinungen von Kantonsplaner Reto Imboden und Sabine Kälin, Leiterin des Stadtplanungsamts Seewil, auseinander. (Bild: Lukas Frei / AK)",
             "Ehe wir über mehr Dichte in Seewil reden, eine persönliche Frage: Wie leben die Stadtplanerin und der Kantonsplaner eigentlich selbst? Eng oder mit viel Platz?",
             "Sabine Kälin: Ich lebe in einem Quartier mit mittlerer Dichte. Vorher wohnte ich mitten in der Altstadt und mochte das städtische Leben dort sehr. Irgendwann möchte ich gern einmal in einem Turm wohnen, einfach um das auszuprobieren. Welche Wohnform jemand bevorzugt, hat viel mit dem Lebensabschnitt zu tun. Eine Familie sucht etwas anderes als ein Paar oder jemand, der allein lebt. Deshalb brau",
         ], appeals=[_ALPENKURIER_KONTO]),
]


# --- Probe 54: negatives ------------------------------------------------------------------------

PROBE54_NEGATIVES = [
    _neg("b74-otzvuk-kupalatv-sbor-sait-neg",
         "Invented; modelled on Pozirk (news item on an exiled outlet's crowdfunding to restart its site, with goal and costs)", "ru", [
             "Редакция «Купала ТВ» собирает деньги, чтобы перезапустить сайт",
             "14 октября, Отзвук. Онлайн-издание «Купала ТВ» обратилось к читателям за финансовой поддержкой, чтобы снова запустить свой сайт. Сбор открыт на площадке инициативы взаимопомощи VolnaHelp.",
             "«Мы оказались в новой непростой ситуации: закончились деньги. Наш основной грантодатель прекратил финансирование, ничего не объяснив. Мы пробовали найти другие решения, но в эмиграции возможностей немного», — цитирует обращение редакции сайт инициативы.",
             "Цель сбора — 15 тыс. евро. По словам редакции, этих средств хватит, чтобы «оплачивать хостинг четыре месяца и платить зарплату трём журналистам». В редакции рассчитывают, что за это время удастся найти нового донора.",
             "Сайт kupala-tv.example.org не обновлялся со 2 октября. С 1 октября молчит и телеграм-канал издания. Страницы в инстаграме и на ютубе пока продолжают работать.",
             "Против главного редактора «Купала ТВ» и создателя инициативы Prostor Андрея Левковича в Беларуси возбудили уголовное дело, 9 июня его заочно осудили на три года колон",
         ]),
    _neg("b74-fraenkischerbote-lichtimadvent-spendensumme-neg",
         "Invented; modelled on Nürnberger Nachrichten (paper's reader charity drive near-record total, a bank's large gift)", "de", [
             "Spendenergebnis nahe am Rekord für Aktion \"Licht im Advent\"",
             "27.12.2016, 09:14 Uhr",
             "Spendenergebnis nahe am Rekord für Aktion",
             "© Foto: Stefanie Wolter",
             "Wochenlang lag die Aktion spürbar hinter dem Ergebnis des Vorjahres zurück, erst in den letzten Tagen vor Heiligabend holte sie den Abstand doch noch auf. Wie bei jedem Erfolg gibt es auch hier viele, die ihn möglich gemacht haben: Tausende Leserinnen und Leser steuern Jahr für Jahr kleine und große Beträge bei.",
             "Briefe mit Sätzen wie „Viel habe ich selbst nicht, aber ein bisschen möchte ich abgeben“ erreichen die Redaktion jedes Jahr. Beeindruckend sind aber auch die drei- und vierstelligen Spenden, die keineswegs nur von Unternehmen, sondern oft von Privatleuten kommen – wohl auch ein Hinweis darauf, dass es vielen in der Region recht gut geht.",
             "Den größten Einzelbetrag überwies allerdings eine Bank – was auf der einen Seite kaum überrascht, auf der anderen aber keineswegs selbstverständlich ist. Schließlich drücken die anhaltend niedrigen Zinsen auch auf die Gewinne der Geldhäuser. Die Volksbank Rednitztal unterstützt die Adventsaktion jedoch schon lange – und gemeinsam wurde beschlossen, die 15.000 Euro in diesem Jahr an die Haselbacher Tafel weiterzugeben.",
             "„Wir wollen damit auch die Leistung aller anderen Tafeln in der Gegend würdigen“, betont Vorstandschef Martin Gräbner. In Haselbach hat die Tafel allerdings mit mehreren Schwierigkeiten zu kämpfen: Die Zahl der Bedürftigen ist im vergangenen Jahr erneut gewachsen – unter anderem, weil mehr Geflüchtete in die Stadt gekommen sind. Ein sensibles Thema, denn die Helfer wollen zeigen, dass jeder Berechtigte seinen Anteil erhält, und dem Gerede von angeblicher Bevorzugung entgegentreten. Die Ausgabe folgt deshalb einer festen Ordnung: zuerst gebrechliche Ältere, danach Familien, zuletzt jüngere Singles – nicht zuletzt, um Gerangel",
         ]),
    _neg("b74-lakeportweekly-winterfooddrive-record-neg",
         "Invented; modelled on Niagara This Week (radio stations' holiday food drive breaking its donation record)", "en", [
             "HARBOURVIEW — The Big Winter Food Drive for Harbourview Family Services wrapped up another strong year, with the annual event setting a new mark for the amount of donations collected.",
             "Local radio stations 880 CKLP, 101.3 Lake FM and 94.1 The Bay teamed up again to run the drive, broadcasting live from the library parking lot Friday, gathering food and money for families in need over the holidays.",
             "“The response has been incredible so far,” said Marlene Achterberg, executive director of Family Services, on Friday, halfway through the drive that went from 6 a.m. to 7 p.m. “We’ve already filled one truck, and our van is nearly packed.”",
             "Need at the agency has grown, she said, noting more than 2,400 households have signed up for its holiday hamper program and the list keeps getting longer. The drive had to do well to keep up with that need.",
             "With $215,000 raised on Friday, they’re off to a strong start.",
             "Achterberg said the whole town pitched in to make the day work. Northshore Movers offered to stop by homes and pick up donations. Harbourview Transit lent a city bus to be filled with food. A local studio, Brightline Portraits, snapped photos with Santa for a $15 donation. A downtown bakery parked its food truck on site, handing out hot chocolate.",
             "Added this year was the Elf Dash, in which 12 teams ran through downtown over the lunch hour completing challenges from a photo scavenger hunt. Organizer Tessa Lindqvist said the turnout for the first edition exceeded expectations.",
             "“Everyone seemed to have a blast,” she said, noting the feedback has been overwhelmingly positive. “And I’ve picked up a few ideas for how to tweak it next time.”",
             "The drive ra",
         ]),
    _neg("b74-kettlevalleyherald-foodpantry-letter-neg",
         "Invented; modelled on Missoulian (food pantry director's holiday letter with goal, giving link and address)", "en", [
             "Dear Neighbors,",
             "As of this morning, thanks to this generous town, we have reached more than half of the goal for the food pantry's 27th Annual Winter Drive. It is always one of the most moving stretches of the year.",
             "On Tuesday I spent time at the welcome desk in our Market, where we sit down briefly with each family before they shop. I try to be there most weeks, pointing people toward services and simply listening. I stayed a little over an hour and talked with about thirty-five families.",
             "When I returned to the pantry three years ago as director, 110 families in a day felt like a lot. Today it's ordinary. 110 families a day is what we see early in the month. By the last week of the month we routinely pass 180 families a day.",
             "We are deeply thankful for this community's generosity. This winter, we hope you'll help us hit our $200,000 goal. It is a lot to ask, but it's what it takes to keep our shelves stocked and our neighbors fed.",
             "Thank you for thinking of us this season. Gifts can be made online at https://give.example.org/winterdrive or in person at 415 Alder Avenue. Together, we feed our neighbors.",
             "Rosalind Achebe",
             "Executive Director",
         ]),
    _neg("b74-harlansentinel-subscription-price-neg",
         "Invented; modelled on Marion County Record (paper announcing its own subscription price increase with rates)", "en", [
             "After more than a decade, higher costs push up subscription prices",
             "Staff writer",
             "Subscription prices are going up, the first increase in more than 12 years.",
             "The last time rates rose, a plate of biscuits and gravy at the diner cost half of what it does today. The same goes for a gallon of milk.",
             "The Sentinel's rates won't climb nearly that much. The paper thinks keeping news affordable matters for self-government, so that every resident can stay informed.",
             "Even so, steady increases in the cost of wages, paper, ink and above all mailing have pushed the Sentinel, like almost every newspaper nationwide, to raise what it charges subscribers.",
             "A subscription is still a good deal. It costs the paper much more to report, print and mail each copy than readers pay for it.",
             "Local advertisers who care about the community help close that gap by buying ads in the paper.",
             "But a shrinking number of businesses and sharply higher expenses mean changes have to be made.",
             "Beginning with this issue, an in-county subscription will be $46 a year. Subscribers elsewhere in the state will pay $52. Those outside the state will pay $58.",
             "Rates cover any taxes and include free access to the e-edition (worth $40).",
             "Newsstand copies will stay at $1.25 so readers can try the paper any week.",
             "Beyond ordinary inflation, newspapers have run into particular problems lately.",
             "A few years back, the Postal Service was allowed to drop long-standing discounts for mailing publications that readers pay to get.",
             "Ever since, rates for printed publications have jumped with each new postage hike while the Postal Service steers its discounts toward winning package business from private carriers.",
             "Over the past year, the paper's postage bill has gone up 108%. You read that correctly.",
         ]),
    _neg("b74-bayouparishnotebook-weekly-rateincrease-neg",
         "Invented; modelled on Red River Parish Journal (blogger questioning a local paper's subscription increase)", "en", [
             "Starting March first you will pay more for a subscription to the hometown weekly. In its most recent issue the paper says higher postage is the reason it needs to raise yearly subscription prices.",
             "An article posted last December on a national trade group's website says increases for local in-county papers are minimal. The piece states",
             "“Periodicals as a whole are expected to rise by roughly 0.9 percent. The rate categories most weekly papers rely on for in-county delivery, however, are left untouched, good news for small publishers for at least one more year.”",
             "And from another publishers' association site last autumn: “the postal plan also carried welcome news for community weeklies that mail their papers. In-county periodical rates for the coming year are expected to hold mostly steady.”",
             "The new postage rates took effect on January 21st, 2018.",
             "The paper says its annual subscription price is $24. In a separate notice it says “Beginning March 1, subscriptions will go up $9 per year.” That is an increase of nearly 38%.",
         ]),
    _neg("b74-channel7-farmhousefire-family-neg",
         "Invented; modelled on Q13 Fox (TV item on a fire family helped by an online fundraiser with totals)", "en", [
             "Neighbors rally around family of nine after fire destroys home",
             "MAPLE HOLLOW, Ore. -- A family of nine lost their home when fire tore through their Alder County farmhouse late Saturday night.",
             "Seven people were in the house when it started, and all of them escaped unhurt.  Sadly, two of their cats did not survive.",
             "The blaze broke out just before 11 p.m. when the mother noticed smoke pouring from the rear of the house. Before the family had all escaped, flames had swallowed the whole building, along with the holiday gifts.",
             "“Within a couple of minutes the front windows just burst,” said homeowner Dale Whitcomb.",
             "The family picked through the ashes Sunday afternoon, but almost nothing from the 90-year-old farmhouse could be saved.",
             "“My children are the third generation of Whitcombs raised in that house,” said Dale.",
             "Now the youngest kids are starting to wonder. Did the holidays burn up too?",
             "“All the gifts for my kids were in there, and my grandma had wrapped hers already,” said Dale’s daughter Kelsey.",
             "So the family posted a request for help online, and the response came quickly.",
             "As of the latest count, people they have never met had given more than $8,500 to help them start over – and to rescue the holidays.",
             "“This town is something special,” said Dale.",
             "“Santa’s stopping by tonight with a few gifts for the kids, and someone’s bringing us supper,” said Kelsey. “We’re just grateful to live here.”",
             "Investigators are still working to determine what started the fire.",
             "The family intends to rebuild on the same property.",
         ]),
    _neg("b74-regiodepesche-jahresbilanz-dank-neg",
         "Invented; modelled on OnlineReports (news site's year-end audience figures and thanks to its research-fund supporters)", "de", [
             "© Foto by RegioDepesche.example",
             "Gute Bilanz: RegioDepesche behauptet sich im Markt",
             "Lindenau, 29. Dezember 2020",
             "RegioDepesche ist in ihr 15. Jahr gestartet. Das zu Ende gehende Jahr fällt erfreulich aus. Nach zwei Jahren mit Einbussen zwischen 3 und 6% wuchs die Zahl der Leserinnen und Leser diesmal um 8,4% auf 210'000. Die Zahl der Seitenaufrufe stieg um 5% auf 1,1 Millionen. Für ein Angebot, das sich fast nur an die Region richtet, sind das bemerkenswerte Werte.",
             "Das Resultat belegt, dass sich RegioDepesche im regionalen Medienmarkt trotz wachsender Konkurrenz durch andere Onlineportale dauerhaft halten kann. Unser Publikum weiss offenbar die selbst recherchierten Beiträge zu schätzen, ebenso den Verzicht auf aufdringliche Werbeeinblendungen und die strikte Trennung von Redaktion und Anzeigen.",
             "Schlank und kostenbewusst",
             "Seit dem Start im Frühling 2006 arbeitet RegioDepesche kostendeckend. Dass ein solches Projekt ohne Verlag im Rücken funktioniert, liegt daran, dass die Ausgaben klein gehalten werden und die Verwaltung ohne zusätzliche Stellen auskommt.",
             "Zum Jahresende bedankt sich unser Team bei den Inserentinnen und Inserenten, bei den langjährigen Gönnerinnen und Gönnern des RegioDepesche-Recherchetopfs und selbstverständlich bei unserer Leserschaft. Ebenso danken wir unseren Quellen, die sich auf unseren konsequenten Informantenschutz verlassen und uns immer wieder auf interessante Vorgänge aufmerksam machen.",
             "Sie alle tragen entscheidend dazu bei, dass auch künftig eine unabhängige und kritische Stimme mit aktuellen Meldungen, gründlichen Hintergründen und deutlichen Kommentaren im regionalen Medienangebot zu hören sein wird.",
         ]),
    _neg("b74-urswalderblog-kompass-portal-paywall-neg",
         "Invented; modelled on Marc Bachmann's blog (report on a new regional portal behind a paywall with subscriptions)", "de", [
             "Regionales Nachrichtenportal „Kompass“ geht online",
             "Screenshot des Nachrichtenportals „Kompass“",
             "In einer Zeit, in der das Seewiler Tagblatt an einen Grossverlag geht, das Wochenmagazin Stadtpuls nur noch monatlich gedruckt wird und Beat Oberholzers Portal „seewil-live“ um eine Nachlassstundung ringt, startet mit „Kompass“ am Dienstagmorgen ein neues regionales Nachrichtenportal. Verantwortlich ist der Seewiler Journalist Urs Brändli mit einem achtköpfigen Team freier Mitarbeitender, darunter frühere Lokalradio-Moderatoren wie Remo Gut und Sandra Pfister. Die Beiträge von „Kompass“ liegen hinter einer Bezahlschranke. Wer lesen will, kann ein Abonnement lösen, für einzelne Texte bezahlen oder sich vorher einen Werbeclip ansehen. Einer der ersten Texte von „Kompass“ beleuchtet eine Krawallnacht, die vor drei Jahren als „Randalierer-Umzug“ durch die Seewiler Altstadt zog, und in einem Meinungsbeitrag lehnt Brändli staatliche Subventionen für Onlinemedien ab.",
         ]),
    _neg("b74-lakelandvoice-mayor-campaignfilings-neg",
         "Invented; modelled on New Pittsburgh Courier (campaign-finance filings with contributions and loans)", "en", [
             "Reports reveal big checks and a tight contest for Lakeland County mayor",
             "Contenders for the county's top elected office took sharply different routes to raising money in a race with no caps on campaign contributions.",
             "Update (2/2/23): A report released late Thursday showed that lawyer Grant Okafor is the second-richest candidate for Lakeland County mayor, with $276,000 banked for his campaign at the close of 2022. That puts him among three candidates with more than $100,000 on hand. Nearly all his money came in gifts of at least $250, and half — $138,000 — came from a loan Okafor made to his own campaign.",
             "A report for another candidate, county Commissioner Rita Delmonico, showed roughly $3,200 raised last year and $1,900 on hand when 2022 closed.",
             "Reported 1/31/23: Reports made public Tuesday showed candidates preparing for a closely watched and costly race for Lakeland County mayor this year. Labor unions, other PACs and individual donors have already handed out hundreds of thousands of dollars, with months to go before the primary.",
             "County Clerk Howard Brenneman, city Auditor Lisa Fairbanks and state Sen. Omar Castellano each began 2023 with six-figure balances, but their 2022 reports show they took very different paths to get there. Three other hopefuls with thinner fundraising records, meanwhile, showed no early sign of breaking out of a crowded field.",
             "Brenneman, who started 2023 with about $412,000, more than any opponent, leaned on big checks from political action committees and donors long active in county politics. Ten days before he declared, the PAC for Pipefitters Local 312 sent an eye-popping $95,000 check to Brenneman’s campaign, and a regional carpenters’ PAC gave him $40,000 around the same time.",
             "The biggest single contribution from an individual",
         ]),
    _neg("b74-radiotroisvallees-banquealimentaire-collecte-neg",
         "Invented; modelled on Radio Mélodie (radio interview about a food bank's supermarket collection with tonnage and volunteers)", "fr", [
             "Banque alimentaire : une grande collecte dans presque tous les magasins des Trois-Vallées",
             "par Julien Kessler",
             "vendredi 24 novembre 2023 à 07:42",
             "Banque alimentaire : une grande collecte dans presque tous les magasins des Trois-Vallées",
             "Ce week-end a lieu la grande collecte annuelle de la Banque alimentaire. Des bénévoles se relaieront dans les magasins aujourd'hui et demain pour recueillir vos dons.",
             "Son N°1 - Banque alimentaire : une grande collecte dans presque tous les magasins des Trois-Vallées",
             "Odile Marchetti, présidente de l'antenne locale de la Banque alimentaire des Trois-Vallées.",
             "Dans les Trois-Vallées, combien de points de collecte sont prévus ? Les enseignes suivent-elles toutes ? Combien de bénévoles seront sur le pont ?",
             "Difficile de vous donner un chiffre précis, mais nous serons dans presque toutes les moyennes et grandes surfaces du secteur, que ce soit vers Valcourt, vers Saint-Ambroise ou à Hennemont, nous couvrirons vraiment tout le territoire, donc ça représente pas mal de monde. Pas mal de bénévoles aussi, je dirais entre 150 et 180 personnes qui vont se succéder pour que ce rendez-vous soit un succès et qu'on récolte le plus de denrées possible. C'est aussi l'occasion de discuter avec les gens qui ont envie de nous interroger et de mieux comprendre ce que fait la Banque alimentaire.",
             "Que représente cette collecte pour votre antenne ? Est-ce un moment décisif ?",
             "L'an dernier, nous avions récupéré 42 tonnes de denrées dans l'ensemble des Trois-Vallées. Cette fois, nous espérons dépasser ce chiffre, car les demandes ont augmenté. Cette collecte compte énormément pour nous, elle nous permet d'aborder l'hiver avec un peu plus de sérénité et d'accueillir les familles de plus en plus nombreuses qui poussent la porte de nos points de distribution.",
             "Avec la hausse des prix et des fact",
         ]),
]


BATCH74_DOCUMENTS = PROBE54_APPEALS + PROBE54_NEGATIVES
