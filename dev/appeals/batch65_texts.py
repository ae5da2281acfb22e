"""Sixty-fifth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (6 appeal, 12 negative; DE, FR, RU): our own paraphrases of every document of the
local-only real probe 45 (18 documents). Each keeps the real page's structure (a support box on top
of a reader comment, a blog's "links in the morning" post with star separators, an app-webview
article with a repeated dateline and a photo-credit caption, a district-portal report with
"uploaded by" line and subheads, a paywall cut inside a founder's note followed by reader comments,
an author page of teasers cut off with "[…]", a town portal's reprint notice, a Telegram-mirror
channel description with emoji-led posts, a currency ticker above a news item, a bulleted site menu
printed twice above a statement) and exactly what the real gold marks: a "support us" box with a
bank-transfer line at the top; a blog's "throw money in the virtual hat / or transfer classically"
paragraph between star-separated items; a "want to read more? subscribe" paywall line in the middle;
a three-line newsletter sign-up at the end; a "follow our Telegram channel and Instagram" line at
the end of a town news item; a channel's "subscribe to @..." line repeated between posts (both
marked; the second worded slightly differently so each substring is unique). Negatives keep what makes the real ones hard: a private fundraiser on a donation platform
for a parents' association with sums and a donation URL, a door-to-door charity collection with
donor percentages, a blogger praising a crowdfunded magazine's membership fee, a portal reporting
an online magazine's relaunch "made possible by donations", a reader complaining that a big daily
must beg for donors, an interview with a donation-free web phenomenon, a blogger who moved his
subscription money to another paper, a "support my paper" hashtag post, a party's humanitarian
collection in tonnes, a foundation's coin collection with dates and times, a politician's call to
show solidarity, a report that a governor urged residents to subscribe to his channel.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-64 `build_devset.py --batch65` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch65.jsonl; `--runon unseen-batch65` writes the copy with line breaks turned into
spaces. Named `unseen-` because no rule is fitted to it (the line scorer does train on the
unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Appeals ------------------------------------------------------------------------------------

_LEUCHTTURM_BOX = "\n".join([
    "Unterstützen Sie den Leuchtturm",
    "Der Leuchtturm verzichtet auf Werbung und Bezahlschranken. Unabhängige Texte entstehen aber nicht umsonst: Sie brauchen Zeit, Recherche und Geld. Ihre Unterstützung hilft uns, das Magazin dauerhaft zu erhalten und mehr Leserinnen und Leser zu erreichen. Vielen Dank!",
    "Gern dürfen Sie uns auch eine Summe nach eigenem Ermessen direkt auf unser Konto überweisen. Die Bankdaten und mehr über den Leuchtturm stehen auf der Seite Impressum.",
])

_KAFFEEKANNE_HUT = (
    "Wer mag, kann hier ein paar Euro in die leider bloß digitale Kaffeekasse legen, vielen lieben Dank! "
    "Wer es lieber altmodisch mag und eine normale Überweisung vorzieht, ist ebenso willkommen, die "
    "Kontodaten stehen dort drüben. Danke sehr!"
)

_CLAIRVOIX_WALL = "\n".join([
    "Envie de poursuivre la lecture ?",
    "Abonnez-vous à clairvoix.example pour accéder à la suite de cet article réservé.",
])

_SAHEL_NEWSLETTER = "\n".join([
    "Inscrivez-vous",
    "",
    "à notre infolettre",
    "",
    "et ne manquez rien de rivages.example",
])

_PRIBREZHNY_FOLLOW = "Следите за нами в Telegram и подписывайтесь на наш Instagram - самые свежие новости города всегда у вас под рукой"

_ZARYA_SUB = "Подпишись на @ZaryaAsia"
_ZARYA_SUB2 = "Подписывайся на @ZaryaAsia"


APPEALS = [
    _doc("b65-leuchtturm-geschenke-top", "appeal", "top",
         "Invented; modelled on Publico (comment page with the magazine's support box on top)", "de", [
             _LEUCHTTURM_BOX,
             "Hanne K.",
             "19. Dezember, 2021Bei uns gab es zu Weihnachten jedes Jahr Socken für den Großvater, und er hat sich jedes Mal gefreut, als wäre es das erste Paar. Würde er – sein Leben lang treuer Wähler der Liberalen – nach gut 15 Jahren heute durch unsere Innenstadt spazieren, er käme aus dem Staunen kaum heraus und würde wahrscheinlich schnurstracks wieder umkehren. Ich hätte ihn nicht aufgehalten. 🙂",
         ], appeals=[_LEUCHTTURM_BOX]),
    _doc("b65-kaffeekanne-morgenlinks-middle", "appeal", "middle",
         "Invented; modelled on Buddenbohm & Söhne (blog post of morning links with a virtual-hat paragraph)", "de", [
             "Lesestoff zum Frühstück",
             "",
             "Eigentlich ist es heute nur ein einziger Link. Die Überschrift bleibt trotzdem, aus Gewohnheit.",
             "",
             "Mein Onkel pflegte zu sagen: „Gejammert wird erst hinterher.“ Ein Text über die Lage der freien Musikerinnen und Musiker.",
             "",
             "***",
             "",
             "Ich wünsche einen angenehmen Tag, es ist Donnerstag, falls das noch jemanden kümmert. Ein Donnerstag im April, nur damit wir uns alle zurechtfinden. Bemerkenswert daran ist, dass es sich anfühlt, als sei schon seit zwei Monaten April. Sei es drum.",
             "",
             "***",
             "",
             "Außerdem finde ich nach wie vor, dass die Verkehrssenatorin ihren Hut nehmen sollte.",
             "",
             "***",
             "",
             _KAFFEEKANNE_HUT,
             "",
             "Zu Gast bei der Tafel im Viertel",
             "",
             "Dieser Beitrag richtet sich ausnahmsweise nur an Leute aus Bremen. Alle anderen haben heute leider Pech mit ihrem Wohnort. Sonst natürlich nicht, nur eben heute.",
             "",
             "Jetzt weiß ich jedenfalls, wie merkwürdig sich ein Pressetermin derzeit anfühlt. Man sitzt mittags allein in einer Straßenbahn, steigt in einem stillen Viertel aus, läuft ein paar Ecken weiter und schaut am Ziel erst einmal genau hin, wo die kleine Gruppe steht und wer sich gerade wohin dreht, damit niemand dem anderen zu nahe kommt, wenn alle das Gleiche fotografieren wollen. Das Gleiche, das waren diesmal Kisten mit Kartoffeln und Brotlaiben, um die wir zu fünft im Kreis herumgingen. Vor einem Jahr hätten wir uns einfach vorgeschoben, Objektiv voran. Jetzt fragt man freundlich, ob der Kollege schon fertig ist, ob man vielleicht stört, und bedankt sich artig.",
             "",
             "Eine Kiste mit Brotlaiben",
             "",
             "Langjährige Leserinnen kennen vielleicht noch den Gemüsebernd, mit dem Paula und ich damals ein Gespräch geführt haben.",
         ], appeals=[_KAFFEEKANNE_HUT]),
    _doc("b65-clairvoix-pandemie-middle", "appeal", "middle",
         "Invented; modelled on L'Impertinent (founder's note cut by a subscriber wall, then reader comments)", "fr", [
             "Pour une fois, Clairvoix ouvre l’année avec un billet plus intime de sa rédactrice en chef. L’idée: vous confier une impression, un sentiment, et vous inviter à répondre dans l’espace réservé aux commentaires. Les réponses les plus parlantes figureront dans un prochain article!",
             "«La pandémie m’a fait aimer ma terre d’accueil»",
             "Modifié le : 14 avril",
             _CLAIRVOIX_WALL,
             "Chère Léonie,",
             "Tout comme vous, j'ai deux passeports (et j'ai grandi de ce côté-ci du Jura).",
             "Depuis que je suis petit, je mets donc en regard ces deux pays voisins, si semblables par la langue et les paysages mais si différents dans leur façon de se gouverner.",
             "Sur ce plan, l'écart me semble immense. D'un côté, tout se décide depuis la capitale; de l'autre, on vote sur presque tout, à la commune, au canton et à l'échelle nationale, et les petites régions pèsent autant que les grandes, comme l'a montré un scrutin serré l'an dernier (adopté par une faible majorité des votants mais rejeté par les cantons).",
             "Comme on nous demande notre avis plusieurs fois par an, chacune et chacun se sent davantage responsable de…",
             "Bravo pour l’audace de faire vivre un journal libre, cela fait du bien !!!",
             "Nos voisins ont longtemps eu un monarque... et ils ont fini par s’en débarrasser ! Reste à savoir combien de temps le monarque actuel tiendra.",
             "Les montagnards d’ici étaient des soldats redoutés... au point que des princes étrangers se les disputaient. On vantait partout leur sens de l’ordre et leur loyauté.",
             "Chez nous, la force du système, c’est le référendum et un gouvernement de sept membres qui décident ensemble!",
             "Bonne continuation,",
         ], appeals=[_CLAIRVOIX_WALL]),
    _doc("b65-rivages-auteur-infolettre-end", "appeal", "end",
         "Invented; modelled on Nawaat (author page of article teasers ending in a newsletter sign-up)", "fr", [
             "Un pays pris au piège d’un régime qui étouffe les libertés",
             "",
             "Banderoles délavées par la pluie de la nuit, célébrant la « vision éclairée et clairvoyante » du président, pour le 12e anniversaire de sa « révolution tranquille » : ce jour où le Premier ministre d’alors, Farid Belkacem, avait écarté le vieux chef de l’Etat, un matin de mars […].",
             "",
             "« L’autoritarisme, une colonisation de l’intérieur »",
             "",
             "Port-Zéphyr, la plus réputée des stations balnéaires de la côte, se trouve à une demi-heure de Bizerte. Ses quais reçoivent des voiliers de toutes les nations… » : c’est ainsi que les brochures décrivent cette élégante baie, à 90 km au nord de la capitale, où les touristes se prélassent et où les contrôles de la garde nationale, une fois encore […].",
             "",
             _SAHEL_NEWSLETTER,
         ], appeals=[_SAHEL_NEWSLETTER]),
    _doc("b65-pribrezhny-feiki-end", "appeal", "end",
         "Invented; modelled on Южный вестник (town news item ending in a follow-us-on-Telegram-and-Instagram line)", "ru", [
             "Не поддавайтесь на провокации: в мессенджерах гуляют ложные сообщения",
             "",
             "Городская хроника",
             "",
             "В нескольких местных чатах и пабликах разошлось сообщение, будто бы военные предупреждают о скорой атаке на Прибрежный. Авторы рассылки утверждают, что противник попробует высадиться в районе старого порта. В мэрии нашей редакции пояснили, что это вброс, цель которого — посеять страх среди жителей. Горожан призывают не паниковать и читать только официальные источники.",
             "",
             "Перепечатка материалов допускается только с активной ссылкой на страницу публикации на сайте www.pribrezhny.example.",
             "",
             _PRIBREZHNY_FOLLOW,
             "",
             "Читайте также по теме:",
         ], appeals=[_PRIBREZHNY_FOLLOW]),
    _doc("b65-zaryaasia-tgmirror-middle", "appeal", "middle",
         "Invented; modelled on Sputnik Таджикистан (Telegram-channel mirror with a repeated subscribe line between posts)", "ru", [
             "Главное о жизни Кыргызстана и соседних стран На кыргызском языке: @ZaryaAsia_kg VK: https://vk.example/zaryaasia Прислать новость: @ZaryaAsiaInbox_bot Номер в реестре: https://registry.example/channel/58213",
             "🏴Кыргызстан и Казахстан расширят военное сотрудничество.",
             "Министр обороны КР Талант Осмонов и его казахстанский коллега Ерлан Сагинтаев договорились о совместных учениях, обмене курсантами и взаимодействии в рамках ОДКБ против наркотрафика.",
             _ZARYA_SUB,
             "Фигуранты дела о нападении на пункт пропуска собирались уехать в Турцию, заявила защитница одного из задержанных Алина Гребнева.",
             "\"Им всё объясняли по шагам, заранее. Никто им не обещал ни паспортов, ни переезда куда-то дальше\", - сказала адвокат в интервью РИА.",
             _ZARYA_SUB2,
             "🐛 В Чуйской области усилили меры против гусеницы-шелкопряда: губернатор Бакыт Исаев объехал пострадавшие сады в Сокулуке, Кемине и Аламедине.",
             "Он потребовал вовремя опрыскивать деревья и не дать вредителю перейти на соседние районы, сообщили в пресс-службе облгосадминистрации.",
             "",
         ], appeals=[_ZARYA_SUB, _ZARYA_SUB2]),
]


# --- Negatives ----------------------------------------------------------------------------------

NEGATIVES = [
    _neg("b65-lahnbote-spendenplattform-kinderhospiz-neg",
         "Invented; modelled on Gießener Allgemeine (app webview: private fundraiser on a donation platform for a parents' association)", "de", [
             "11. März 2021, 18:42 Uhr",
             "",
             "Hilfe für betroffene Eltern",
             "",
             "11. März 2021, 18:42 Uhr",
             "Sabine Korff (r.) überreicht gemeinsam mit Jana Theis den Scheck an den Förderverein Kinderhospiz Wetzlar. FOTO: PRIVAT",
             "",
             "Sabine Korff ist dem Förderverein Kinderhospiz Wetzlar schon lange verbunden: »Als mein Neffe vor 15 Jahren schwer erkrankte, waren die Leute vom Verein für die ganze Familie da. Ich habe erlebt, wie viel diese Arbeit bedeutet, und sie wird allein aus Spenden bezahlt.« Seitdem sammelt Korff regelmäßig für den Verein, zuletzt 2019 bei einem Radmarathon rund um den Vogelsberg (4120 Euro). Im Jahr darauf gab sie zusammen mit dem Gospelchor Lahnau die Hälfte der Einnahmen aus dem Frühjahrskonzert weiter (780 Euro).",
             "",
             "Als die Pandemie begann, meldete sie sich bei Dieter Rauh, der mit Jana Theis den Verein nach außen vertritt. »Ich wollte einfach hören, wie es ihnen geht und was gerade gebraucht wird.« Masken und Geld, lautete die Antwort. Korff setzte sich an die Nähmaschine und dachte darüber nach, wie sie ohne Veranstaltung Geld zusammenbekommt. Ein Konzert oder ein Radrennen kam nicht infrage. Also startete sie eine Sammelaktion auf der Plattform spendenherz.example (www.spendenherz.example/aktionen/20417-zusammen-fuer-kinder-in-not). Dort kann man mit oder ohne Namen etwas geben. »Das Geld läuft nie über mein Konto, jeder kann sicher sein, dass es beim Verein ankommt«, sagt Korff.",
             "",
             "Die Einnahmen der Aktion fließen unmittelbar an Familien mit einem schwerkranken Kind. Der Wetzlarer Verein begleitet diese Familien während der Behandlung und hilft ihnen zusätzlich mit Beratung und Geld.",
         ]),
    _neg("b65-bezirksblick-haussammlung-neg",
         "Invented; modelled on MeinBezirk.at (district portal: door-to-door charity collection report)", "de", [
             "An der Haustür für den guten Zweck",
             "Der Verein Brückenschlag bittet um Spenden für Kinder mit Beeinträchtigung – ein Blick hinter die Kulissen.",
             "",
             "- hochgeladen von Martina Leitner",
             "Ein Schicksalsschlag kommt oft ohne Vorwarnung – ein Sturz, eine Diagnose, und plötzlich steht das Leben einer ganzen Familie Kopf. Viele gemeinnützige Vereine versuchen, Betroffenen den Alltag etwas leichter zu machen. Dazu klopfen Sammlerinnen und Sammler an Türen oder werben um regelmäßige Förderbeiträge. Jede dieser Sammlungen braucht eine Genehmigung der Behörde, und ein Gütesiegel bestätigt, dass das Geld wirklich dem Vereinszweck dient. Brückenschlag erfüllt all das, außerdem informieren die Sammler vor jedem Einsatz die örtliche Polizeiinspektion, damit es keine Missverständnisse gibt.",
             "Das Gefühl, gesehen zu werden",
             "Brückenschlag setzt sich für inklusive Spielplätze und für Familien von Kindern mit Beeinträchtigung ein. Aus den Spenden werden etwa Reittherapien oder Hilfsmittel bezahlt. Die finanziellen Sorgen verschwinden dadurch nicht, doch die Familien spüren, dass jemand an sie denkt und sie nicht allein sind.",
             "Großzügige Nachbarschaft",
             "Wer täglich Treppenhäuser hinaufsteigt und an Wohnungstüren läutet, lernt schnell, wie mühsam das Sammeln ist. Dazu kommt der seelische Druck: Man ist für etwas Gutes unterwegs und hofft entsprechend auf viel. Im Schnitt gibt aber nur etwa jede vierte angesprochene Person etwas.",
             "Diese Hilfsbereitschaft machen sich leider auch unseriöse Leute zunutze. Zunehmend gibt es Meldungen über falsche Sammler, die auf eigene Rechnung kassieren.",
             "Offenheit zählt",
             "",
         ]),
    _neg("b65-tomwallner-kiosk-mitgliedschaft-neg",
         "Invented; modelled on Gerd Stodiek (blog post praising a crowdfunded magazine's membership)", "de", [
             "Seit heute ist das Magazin Kiosk21 online, werbefrei und unerschrocken, finanziert als eines der ersten Medien hierzulande über die Beiträge seiner Leser, Hut ab! Alles, was die Vielfalt der Stimmen vergrößert und den Journalismus von Rundfunkgebühren oder PR-Abhängigkeit löst, begrüße ich ausdrücklich. In einer Zeit sinkender Anzeigenpreise, automatisierter Werbeplätze, Suchbegriff-Optimierung und verdeckter Firmenbeiträge wirkt Kiosk21 auf mich wie ein Leuchtturm in unruhiger See. Bleibt frei und beweist den Schwarzsehern im Land, was geht. Die 48 Euro für ein Jahr Mitgliedschaft sind im Moment das beste Geld, das man in unabhängigen Onlinejournalismus stecken kann.",
         ]),
    _neg("b65-kulturfenster-relaunch-spenden-neg",
         "Invented; modelled on ch-cultura.ch (culture portal reporting an online magazine's donation-funded relaunch)", "de", [
             "14. März 2022",
             "NEUES GESICHT UND «FRISCHE TECHNIK» FÜR DAS ONLINE-MAGAZIN «ZEITFENSTER.CH»",
             "Ursula Brand, Mitgründerin von «Zeitfenster.ch», teilt im Namen der Redaktionsleitung mit: «Vor rund neun Jahren haben wir unsere erste Ausgabe ins Internet gestellt. In der Informatik sind neun Jahre ein halbes Jahrhundert. Eine Generalüberholung war also fällig – vor allem unter der Haube. Unser Magazin läuft jetzt auf einer modernen Plattform. Seiten bauen sich rascher auf, Bilder sind schärfer, die Navigation ist einfacher. Gestaltung und Typografie wirken ruhiger und aufgeräumter. Texte lassen sich angenehmer lesen. Die Suchfunktion findet mehr und arbeitet flinker.» Bezahlt wurde die Erneuerung mit Spenden und Beiträgen von Gönnerinnen und Gönnern.",
             "Bild: © https://www.zeitfenster.example/",
             "Hinter «Zeitfenster.ch» stehen seit der Gründung überwiegend frühere Chefredaktorinnen, Auslandkorrespondenten, Ressortchefs und Reporterinnen von großen Zeitungen und Sendern der Schweiz. Dazu kommen Kolleginnen aus Österreich, ein paar Dozierende und, immer wieder, junge Talente.",
             "«Mit unserem Magazin hat noch nie jemand Geld verdient: Alle arbeiten ohne Lohn. Getragen werden wir seit dem ersten Tag von Spenden und Gönnerbeiträgen. Das macht uns unabhängig. Wir sind niemandem verpflichtet und müssen keinem Sponsor gefallen.», sagt Ursula Brand.",
             "Sie fügt an: «An unserer Linie ändert sich nichts. Wir bleiben bei sorgfältigem, unaufgeregtem Journalismus. Klickzahlen sind nicht unser Maßstab, und wir wollen nicht um jeden Preis auffallen. Wir möchten einbringen, was wir in Jahrzehnten gelernt haben. Gerade heute, wo Gerüchte, Hetze, Beschimpfungen, Verschwörungserzählungen und Häme überall um sich greifen, braucht es einen fairen, gründlichen Journalismus mehr denn je.»",
             "Weitere Infos / Kontakt:",
             "",
         ]),
    _neg("b65-lucbertin-quotidien-mendier-neg",
         "Invented; modelled on rehve.fr (opinion blog post on a big daily begging for donors)", "fr", [
             "Triste spectacle : Le Courrier national frôle une fois de plus la faillite et se voit encore contraint de tendre la sébile. Un jour viendra, hélas, où plus aucun mécène ne voudra remettre au pot pour ce journal pourtant excellent, qui n’a qu’un tort : trop peu de lecteurs l’achètent.",
         ]),
    _neg("b65-contrepoint-phenomene-web-neg",
         "Invented; modelled on Alter Échos (interview with an anonymous, unsubsidised web phenomenon)", "fr", [
             "Contrepointr",
             "Regard engagé · Solidarités",
             "",
             "Société",
             "",
             "Le phénomène Dame Écologie",
             "",
             "Né en 2006 comme un modeste carnet en ligne, Dame Écologie attire désormais un million et demi de visiteurs mensuels et sa page Facebook dépasse les 450.000 abonnés. Une audience qui ferait pâlir bien des rédactions. Mais qui se cache derrière ce pseudonyme, qui diffuse depuis quinze ans des pistes pour vivre autrement sur Internet?",
             "",
             "17-03-2021",
             "©Dame Écologie",
             "",
             "Né en 2006 comme un modeste carnet en ligne, Dame Écologie attire désormais un million et demi de visiteurs mensuels et sa page Facebook dépasse les 450.000 abonnés. Une audience qui ferait pâlir bien des rédactions. Mais qui se cache derrière ce pseudonyme, qui diffuse depuis quinze ans des pistes pour vivre autrement sur Internet? «Je préfère rester une silhouette», nous écrit Dame Écologie lorsque nous sollicitons un entretien. Un appel téléphonique finit par être accepté. Tard le soir, puisque Dame Écologie vit au Québec. Et en gardant l'anonymat, évidemment.",
             "",
             "Contrepoint: Qui êtes-vous?",
             "",
             "D. É.: Rien de plus que ce que je choisis de montrer. Une ancienne étudiante en géographie.",
             "",
             "C.: Qu'est-ce que Dame Écologie?",
             "",
             "D. É.: Au départ, un carnet que j'ai ouvert en 2006, toute seule. Puis j'ai posté des petits films en ligne, qui ont beaucoup circulé. Un public s'est formé autour. Sur Facebook, on a atteint 450.000 abonnés, et le site reçoit un million et demi de visites chaque mois.",
             "",
             "C.: Travaillez-vous seule?",
             "",
             "D. É.: Je fais l'essentiel, peut-être 70%. Avec l'audience, des amis m'ont aidée à construire le site, et trois ou quatre bénévoles écrivent avec moi.",
             "",
             "C.: Comment présenteriez-vous le site?",
             "",
             "D. É.: C'est un média libre, qui ne dépend de personne et ne touche aucune aide publique.",
         ]),
    _neg("b65-mariegendron-changer-de-journal-neg",
         "Invented; modelled on Hugo Soucy (personal blog: moving one's subscription money to another paper)", "fr", [
             "Quitter le Grand Quotidien",
             "Pendant trois ans, j'ai €ncouragé Le Grand Quotidien.",
             "Pas parce que je le trouve formidable, mais parce que je tenais à épauler les gens qui y travaillent, à une période où la presse écrite vacillait.",
             "Ici, les journaux se comptent sur les doigts d'une main, et je doute qu'on puisse se permettre d'en voir disparaître un, même quand sa ligne est aussi conservatrice et mondaine.",
             "Cette année toutefois, je vais verser cette somme à Boussole, un média numérique qui n'affiche pas une neutralité de façade alors que les inégalités n'ont jamais causé autant de dégâts autour de nous.",
         ]),
    _neg("b65-sylvainmorin-presselocale-hashtag-neg",
         "Invented; modelled on Yannick Lebrasseur (personal site: a 'support my paper' hashtag post)", "fr", [
             "#JaimeMaPresseLocale",
             "",
             "Nos journaux de quartier et de région comptent. Ils racontent la vie de nos villages et de nos villes. Sans information, pas de vie démocratique.",
             "",
             "«Journalism is the first rough draft of history.»",
             "",
             "Une formule souvent citée par les rédactions américaines: le journalisme, premier brouillon de l’histoire.",
             "",
             "#JaimeMaPresseLocale",
             "",
             "Réactions",
         ]),
    _neg("b65-belvesti-gumgruz-neg",
         "Invented; modelled on news.by (currency ticker, party's humanitarian shipment report)", "ru", [
             "3.52 BYN",
             "2.81 BYN",
             "3.19 BYN",
             "Союз «Отчизна» отправил первый грузовик с помощью для жителей приграничных районов",
             "Жители страны продолжают собирать вещи и продукты для семей из соседних регионов, которым пришлось уехать из своих домов из-за обстрелов. Акцию запустило общественное объединение «Отчизна», одно из самых многочисленных в республике. Первую машину с грузом отправили сегодня утром.",
             "",
             "Виктор Жданович, глава общественного объединения «Отчизна»:",
             "\"Мы постарались собрать то, что действительно нужно людям в местах временного проживания: зимние куртки, лекарства, обогреватели, крупы и консервы, бытовые приборы. Сегодня уходит около 12 тонн. А всего уже набралось примерно 45 тонн, и сбор продолжается\".",
             "К акции присоединились и крупные заводы, и министерства. В «Отчизне» пообещали, что следующая машина отправится уже в ближайшие дни.",
         ]),
    _neg("b65-revdagorod-sbor-monet-neg",
         "Invented; modelled on pervouralska.net (town portal: a foundation's coin collection with dates and times)", "ru", [
             "В Ревде добровольцы благотворительного фонда «Ладонь» проведут акцию по сбору монет. Она называется «Копейка к копейке — горячий обед» и пройдет в эти выходные. Принести можно любые монеты — на вырученные деньги волонтеры закупят продукты для бесплатных обедов и пластиковые ланч-боксы.",
             "Добровольцы будут стоять 14 и 15 октября возле главного входа в сквер Металлургов с 10.00 до 15.00.",
             "— Для нас это важно. Пока мы раздаем еду в одноразовых тарелках. Но многие приходят за обедом, чтобы забрать его домой, и несут суп и кашу в пакетах. Ланч-боксы сделают это гораздо удобнее, — пояснила руководитель фонда Марина Шестакова.",
             "Добровольцы будут стоять 14 и 15 октября возле главного входа в сквер Металлургов с 10.00 до 15.00.",
             "Ревдинцам напомнили о запрете выходить на тонкий лед",
             "Выпускники пишут экзамен по русскому языку",
             "Какие спектакли можно посмотреть по льготной карте",
             "В Челябинской области родственники погибшего военного усомнились в документах о его гибели",
             "",
         ]),
    _neg("b65-ofis-solidarnost-neg",
         "Invented; modelled on the office of Sviatlana Tsikhanouskaya (news page with doubled menu, politician's solidarity call)", "ru", [
             "• Новости",
             "  • О нас",
             "  • Программа",
             "  • Друзья",
             "  • Связь",
             "  • Русский",
             "  • Новости",
             "  • О нас",
             "  • Программа",
             "  • Друзья",
             "  • Связь",
             "  • Анна Вершинина призывает провести 14 августа как день единства",
             "",
             "    9 августа, 2023",
             "",
             "    «14 августа 2021 года арестовали моего брата Павла Вершинина. С этого же дня по всей стране прокатилась волна задержаний. Люди ответили тем, что вышли на площади десятками тысяч.",
             "",
             "    Что значит единство сегодня, спустя два года? Это поддержка политзаключённых и их семей, помощь тем, кто был вынужден уехать, вклад в фонды и низовые инициативы. Так все видят, что народ и власть — не одно и то же. Нас пытаются убедить, что исход заранее известен и бороться бесполезно. Но это неправда. Каждый день наши люди доказывают, что умеют поддерживать друг друга и беречь своё. Поэтому, дорогие соотечественники, прошу вас 14 августа, как и в любой другой день, оставаться такими, какие вы есть: внимательными, отзывчивыми и едиными».",
             "",
         ]),
    _neg("b65-gadgetpro-gubernator-kanal-neg",
         "Invented; modelled on Ferra.ru (report that a governor urged residents to subscribe to his new channel)", "ru", [
             "Губернатор Андрей Луговой написал в Telegram, что новая платформа поможет ему быстрее сообщать жителям о важных событиях. Он предложил жителям области подписаться на его страницу, чтобы не пропускать новости региона, сообщает портал 24-регион.",
             "",
             "Чуть раньше свой канал в этом мессенджере завел и мэр областного центра Игорь Ставицкий. Оба руководителя называют новый сервис удобной площадкой для общения с горожанами.",
             "",
             "Напомним, что отечественный мессенджер недавно получил разрешение на интеграцию с порталом государственных услуг.",
         ]),
]


BATCH65_DOCUMENTS = APPEALS + NEGATIVES
