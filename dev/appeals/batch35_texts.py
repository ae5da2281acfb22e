"""Thirty-fifth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

Section 1 (21 documents): our own paraphrases of the 21 documents of the even half of the local-only
real probe 6 (probe6-even). Each keeps the real page's structure (headline, dateline, photo credit,
digest headings, Telegram channel header, paywall box, mirror chrome such as "Source:" and
"– Published by ...", numbered headline lists) and what the real gold marks: e.g. only "Please
donate." inside a self-promoting anniversary column; only the two bullet links inside a thank-you
post that reports the outlet's own donations; the whole paywall box including its paragraph about
reinstating the paywall; a supporters'-circle text between unrelated teasers (the benefit concert's
"donations requested" line stays text). Negatives keep the real page's kind: an editorial thanking
readers, a report on falling charity donations, a metered-paywall announcement, a food-bank
Christmas story, a critique of another site's donation pleas, a report on the outlet's own open
letter, a year-end "Dear readers" letter, a riding school's money troubles, residents asking help
for boiler-house workers, an outlet's first-anniversary thanks to donors.

Section 2 (25 documents): invented hard negatives of the newsroom-talks-about-its-own-funding kind
(EN 10, DE 5, FR 5, RU 5): year-in-review letters, thank-yous, paywall and membership explanations,
nonprofit-model editorials, anniversary posts, calls for tips and corrections, a digest note. No
request to give, join, subscribe or sign up anywhere.

Section 3 (10 documents): invented contrast appeals: a similar newsroom letter or report (kept
text) with a real ask box or ask paragraph (gold).

Every sentence, outlet, person, place and number is ours; no run of more than a few words is copied
from the real pages. The modelled real outlet is noted in each outlet field. Like batches 29-34
`build_devset.py --batch35` takes each text as it stands and locates every gold appeal substring in
it (asserted unique); `--runon batch35` writes the copy with line breaks turned into spaces.
"""


def _doc(id, kind, position, outlet, language, lines, appeals=()):
    return {"id": id, "kind": kind, "position": position, "outlet": outlet, "language": language,
            "text": "\n".join(lines), "appeals": list(appeals)}


def _neg(id, outlet, language, lines):
    return _doc(id, "negative", "real", outlet, language, lines)


# --- Section 1: paraphrases of the probe's even half ------------------------------------------

_BASIN_ASK = "Please donate."

_LEDGER_TG = "\n".join([
    "О телеграм-канале «Курьер». Лента",
    "Подписывайтесь на наш новостной телеграм-канал «Курьер. Лента».",
    "Каждый день там выходят короткие срочные сообщения о событиях в стране и за ее пределами.",
])

_LORN_BOX = "\n".join([
    "Want to keep reading?",
    "",
    "When the pandemic began in spring we chose to lift our paywall so every reader could reach our news without charge. While reliable health information mattered so much to the glens and islands, that felt right – even though our revenue fell. To protect the future of our reporting, we are now bringing the paywall back, However, every story about Covid will stay free to read.",
    "",
    "Everything else will need a subscription, just as before the pandemic. The good news: throughout December we are offering three months of access for the cost of one. Thank you for standing by us in this very hard year.",
    "",
    "Our journalism has value and the full site is open only to  subscribers. A subscription gives you access to the website every day of the week, plus a complete digital edition of each week's paper for your computer or phone.  It also unlocks our digital archive going back to 2007.",
    "",
    "Only after a single issue? Easy – you can subscribe for a week (or longer if you like).",
    "",
    "Already subscribed?",
    "",
    "",
    "Subscribe Now",
])

_KORU_LINKS = "\n".join([
    "- Back Kōrero Daily with a TipJar contribution here",
    "- Get our free Morning Digest email here",
])

_GASSE_ABO = "Falls du noch kein Abo hast und dir das nächste Heft gern direkt in den Briefkasten liefern lassen willst, dann ergreif doch die Chance und werde Teil der Gassenläufer-Gemeinschaft, die uns trägt."

_RIVER_NL = "Sign up for Te Awa Daily, a morning newsletter put together by our editors and sent straight to your inbox on weekdays."

_BERGBLICK_BOX = "\n".join([
    "Dies ist ein ABO-Artikel",
    "Jetzt für CHF 7.- im ersten Monat abonnieren",
    "Nur für Neukunden, danach CHF 27.-/Monat und monatlich kündbar.",
    "Oder einfach einloggen…",
    "Wenn Sie als Nicht-Abonnent noch kein Konto haben,",
    "registrieren Sie sich jetzt und lesen Sie 4 Abo-Artikel gratis.",
    "Wenn Sie als Abonnent noch kein Konto haben,",
    "registrieren Sie sich jetzt und lesen Sie alle Artikel.",
])

_ZORKO_TAX = "Вы можете перечислить нам 1,5% своего налога в Польше"

_ECLATS_BOX = "\n".join([
    "Aidez nous a franchir une passe décisive de notre histoire",
    "Aidez-nous à tenir les huit mois qui viennent : Éclats traverse la période la plus fragile de son histoire. Sans vous, nous ne tiendrons pas. Depuis trois ans nous cherchons d'autres manières de faire vivre le site. Cela nous a obligés à dépenser. Et ces dépenses mettront du temps à rapporter.",
    "Une enquête sérieuse coûte cher. Depuis le premier jour, Éclats.info a écarté l'argent suspect, la publicité envahissante, les astuces de marketing et les arrangements avec la ligne éditoriale.",
    "Aujourd'hui, les comptes sont dans le rouge. Nous puisons dans une trésorerie déjà maigre et le nombre d'abonnés recule encore.",
])

_HALDE_KREIS = "\n".join([
    "Der Haldenblick-Förderkreis hält das Blog am Leben. Er bezahlt Server, Anwaltsrat und Illustrationen und sorgt dafür, dass wir das Blog laufend verbessern können.",
    "Wir freuen uns über alle, die uns unter die Arme greifen wollen, und das ist ganz leicht:",
])
_HALDE_PLEA = "Wir sind immer auf Hilfe angewiesen. Ideell – aber eben auch ganz handfest und finanziell. Wir brauchen euren Rückhalt, denn wir machen das alles hier ja für euch."

_OTTISK_SUPPORT = "Поддержать: https://ottisk-help.media/"

SECTION1 = [
    _doc("b35-basinledger-3years-middle", "appeal", "middle",
         "Invented; modelled on Oregon Capital Chronicle (anniversary column, one-line ask between paragraphs)", "en", [
             "Basin Statehouse Ledger turns 3 and has never been steadier",
             "",
             "September 14, 2024 6:10 am",
             "",
             "The Basin Statehouse Ledger marks three years of covering the capitol. (Photo illustration by Lena Ocampo)",
             "",
             "It's true: We have reached our third birthday and are walking into year four of tracking Nevada lawmakers, agencies and the way your tax money gets spent.",
             "",
             "When we opened in September 2021, schools were still half-remote and the state was juggling a pile of crises. The worst of them are still with us, and a few have deepened. Water allocations. Rent. Flat test scores. Longer fire seasons. And a shortage of psychiatric beds that leaves Nevada near the bottom of every national table.",
             "",
             "We report on all of it, and as a nonprofit we run no paywall and sell no ads. We refuse corporate sponsorships and do not print op-eds from sitting officials. Our stories are free for readers and for any newsroom that wants to republish them. Most months, other outlets reprint our work about 80 times. ",
             "",
             _BASIN_ASK,
             "",
             "When our site went live, the need was obvious. The Carson City press corps had been thinning for years, and it keeps thinning. Just this summer, two longtime reporters left the beat. Dana Whitcomb of the Sierra Courier moved to a university job, and Ray Okafor of a national wire retired after three decades. ",
             "",
             "Now only a handful of outlets keep even one reporter at the legislature full time, and plenty keep none. We have two – reporter Marisol Teague and deputy editor Owen Brandt, who leads our politics coverage. A third Ledger reporter, Priya Lakhani, follows higher education and public lands.",
             "",
             "The past year kept everyone busy. In November, voters sent a wave of first-term legislators to Carson City, two new members to Congress and a new attorney general.",
         ], appeals=[_BASIN_ASK]),
    _doc("b35-kurier-digest-middle", "appeal", "middle",
         "Invented; modelled on Ukrainska Pravda RU (news digest with a Telegram-channel plug block)", "ru", [
             "Главное за четверг и ночь: новые правила на границе, «оранжевая зона» в трех областях",
             "Пограничники ужесточили досмотр на западных переходах, ГАИ усиливает патрули; минздрав предупредил, что три области могут перейти в «оранжевую» зону уже на следующей неделе - главные новости 12 октября и ночи.",
             "О границе",
             "После задержания крупной партии контрабанды пограничная служба ввела двойной досмотр грузовиков - очереди на переходах выросли до шести часов.",
             "Тем временем ГАИ с 13 октября переводит экипажи на ночные смены.",
             "О карантине",
             "Волынская, Ровенская и Черкасская области в ближайшие десять дней могут перейти в «оранжевый» уровень - об этом сообщил заместитель министра здравоохранения.",
             _LEDGER_TG,
             "О других важных новостях",
             "Над Черным морем снова заметили чужие беспилотники у района, закрытого для учений флота.",
         ], appeals=[_LEDGER_TG]),
    _doc("b35-lornherald-mspcolumn-top", "appeal", "top",
         "Invented; modelled on The Oban Times (paywall box before an MSP's op-ed)", "en", [
             "Local papers belong at the heart of the recovery",
             "",
             _LORN_BOX,
             "",
             "I have always believed that a free and unafraid press is how we keep people in power honest. Reporters and elected members will always rub against each other a little.",
             "",
             "That friction is good for us, and it can lead somewhere useful. Journalists ask the questions voters want answered – and we in public office owe them straight, fair answers.",
             "",
             "Papers certainly do not go easy on people like me: and I fully accept that going easy on us is no part of their job.",
         ], appeals=[_LORN_BOX]),
    _doc("b35-korerodaily-tipjar-middle", "appeal", "middle",
         "Invented; modelled on Newsroom NZ (thank-you post reporting donations, two ask links)", "en", [
             "Thank you to everyone backing us",
             "",
             "Kōrero Daily has now been live for four months - and we are delighted to acknowledge 412 readers who have chipped in through TipJar to support the reporting we do.",
             "",
             "TipJar is a simple, secure way of paying for independent journalism. You will find it on the green strip across the top of our front page - and at the foot of each article as a button marked 'Back this story'.",
             "",
             _KORU_LINKS,
             "",
             "The TipJar tool, built in Dunedin, is also used by a Christchurch arts blog and by a Pasifika youth magazine, among a few others.",
             "",
             "It lets readers give, say, $4 or more once to back a single story or topic - or $4 or more each month.",
             "",
             "Kōrero Daily aims to be a lasting, independent source of serious New Zealand reporting, a steady place for the stories that count.",
             "",
             "So far 412 people have given a combined total of a little over $14,500. Around 55 percent of them give monthly, which would more than double that sum over a year.",
             "",
             "Every dollar that reaches us, after a small fee to TipJar, goes into reporters, stories, short documentaries and commissioned freelance work.",
             "",
             "Setting up bureaus in Hamilton and Wellington and building a circle of expert contributors costs real money. Good work is never cheap.",
             "",
             "Reader contributions through TipJar are one part of a funding mix that includes: ",
             "",
             "- Founding partners such as a regional power company, two polytechnics and a law school",
         ], appeals=[_KORU_LINKS]),
    _doc("b35-gassenlaeufer-erstausgabe-end", "appeal", "end",
         "Invented; modelled on Wiener Flaneur (Steady post ending with a subscription pitch)", "de", [
             "Es wird ernst",
             "Nicht nur, weil die erste Ausgabe des Grazer Gassenläufers in zwei Stunden an die Druckerei geht. Ernst wird es auch, weil es immer dringender ist, zu zeigen, was in unserer Stadt gut läuft und was nicht. Nur wer das weiß, kann in einer Demokratie überlegt entscheiden.",
             "Lokale Berichterstattung ist dafür das Fundament. Genau hinzuschauen, was Stadtpolitik und Verwaltung tun, und an Fällen aus der Nachbarschaft zu erklären, wie sich etwas bewegen lässt, schärft den Blick für unser Zusammenleben.",
             "Umso mehr freut es mich, dass wir mit dem Gassenläufer versuchen, als kleines Lokalmedium etwas dazu beizutragen.",
             "Das erste Heft ist ein Auftakt: Dich erwarten Streifzüge durch das Graz von gestern, heute und morgen und durch die Menschen, die es prägen.",
             "Wir gehen durch Kultur und Stadtplanung: von vergessenen Jugendstilfassaden über neue Ideen für Schulhöfe bis zu einem schrägen Nachmittag am Steinfeldfriedhof. Unsere erste große Reportage beantwortet eine Leserumfrage und dreht sich um das Parken in der Innenstadt, das die Befragten als ärgerlichste Alltagsfrage nannten. Lustig, aber mit ernstem Unterton ist unser Foto-Roman. Schauplatz: ein Maronistand.",
             _GASSE_ABO,
         ], appeals=[_GASSE_ABO]),
    _doc("b35-teawa-ruapehu-end", "appeal", "end",
         "Invented; modelled on RNZ via MIL OSI mirror (news item, newsletter line, republisher line)", "en", [
             "Crews begin 'mop-up slog' near Ruapehu",
             "",
             "Source: Te Awa News",
             "",
             "Calmer weather on Sunday meant the blaze looked to be out. Supplied / Rural Fire",
             "",
             "Fire crews near Mount Ruapehu will return to the burn area on Monday, hoping showers keep remaining hotspots wet.",
             "",
             "Calmer weather on Sunday meant the blaze looked to be out.",
             "",
             "Drones fitted with heat cameras were due to fly overnight after fires that blackened more than 1900 hectares of scrub.",
             "",
             "Forecasters expect the rain to ease by Monday morning, with mostly dry weather and the odd shower after that.",
             "",
             "Incident controller Hemi Walters told the evening bulletin the weather had helped knock the fire down, but plenty of work remained.",
             "",
             "\u201cFrom the air it looks finished, but we are flying heat cameras tonight to find anything still smouldering that we can't see.\u201d",
             "",
             "He said crews would have to walk the whole edge and dig out hot ground to be sure nothing was still burning.",
             "",
             "\u201cIt's slow, heavy going,\u201d he said.",
             "",
             "The next job was planning how to handle the site over the coming week, he said.",
             "",
             _RIVER_NL,
             "",
             "– Republished by CoastWire.nz and PacificDesk.nz, see: NZ Newsfeed in partnership with Te Awa News",
         ], appeals=[_RIVER_NL]),
    _doc("b35-bergblick-leserbrief-end", "appeal", "end",
         "Invented; modelled on Die Weltwoche (truncated teaser + ABO paywall box)", "de", [
             "Schon Lichtenberg wusste: «Wer eine Meinung vertreten will, muss zuerst eine haben.» Am Bergblick mangelt es daran nicht. Das Blatt pflegt die unbequeme Gegenposition. Einfach ist es nicht, mit fester Haltung der Gegenwart einen Schritt voraus zu sein. Man spürt den Eifer des unermüdlichen Verlegers: «Ich habe keine Zeit, geduldig zu sein.» Ich lese den Bergblick seit über zwanzig Jahren. Seine Linie hat sich bewegt. Ein gutes Stück nach rechts. Für einen Sozialdemokraten kein Grund, das Heft wegzulegen. Wer nur liest, was ihm passt, langweilt sich bald. Der Bergblick hat jedenfalls einen Vorzug: Er verrät seinen Lesern ...",
             _BERGBLICK_BOX,
         ], appeals=[_BERGBLICK_BOX]),
    _doc("b35-zorko-taxes-top", "appeal", "top",
         "Invented; modelled on Zerkalo (mirror domain: promo line, 1.5% tax line, numbered headlines)", "ru", [
             "НОВЫЙ КВИЗ ОТ ЗОРКО!",
             _ZORKO_TAX,
             "Беларусы в эмиграции",
             "  1. «Думали, здесь нас ждут». Переселенцы из России жалуются на холодный прием в Гродно",
             "  2. Вильнюс смягчает визовые правила, Минск выпускает 40 заключенных. Эксперты — о том, что стоит за сделкой",
             "  3. «Он в безопасности и работает». Брат пропавшего музыканта впервые рассказал о нем",
             "  4. Пять лет в колонии. Как изменились освобожденные журналисты",
             "  5. «Утром нельзя было встать с кровати». Учительница из Бреста — о долгой болезни и возвращении в класс",
             "  6. Из Москвы пришли новые цены на газ. Объясняем, что это значит для вашей квартплаты",
             "  7. Европейский посредник прибыл в Минск для закрытой встречи",
             "  8. «Мне не нужны парады». Лукашенко — о тех, кто остался после помилования",
             "  9. Двадцать лет назад на площади. Вспоминаем зимний лагерь вместе с его участником",
         ], appeals=[_ZORKO_TAX]),
    _doc("b35-eclats-ateliers-top", "appeal", "top",
         "Invented; modelled on Reflets.info (four-line survival box above an article, first paragraph doubled)", "fr", [
             _ECLATS_BOX,
             "La démocratie ne se joue plus seulement au bureau de vote, elle se joue à l'établi #Ateliers",
             "On s'interroge beaucoup sur la santé de la vie publique en France. Chaque scrutin inquiète, mais on répond comme il y a trente ans : cortèges, campagnes contre l'abstention, cordon sanitaire autour de l'extrême droite. Curieux, alors que ce courant ne fait que progresser d'un vote à l'autre.",
             "On s'interroge beaucoup sur la santé de la vie publique en France. Chaque scrutin inquiète, mais on répond comme il y a trente ans : cortèges, campagnes contre l'abstention, cordon sanitaire autour de l'extrême droite. Curieux, alors que ce courant ne fait que progresser d'un vote à l'autre.",
         ], appeals=[_ECLATS_BOX]),
    _doc("b35-haldenblick-foerderkreis-middle", "appeal", "middle",
         "Invented; modelled on Ruhrbarone (blog teasers, supporters'-circle text, second plea at the end)", "de", [
             "Am 3. März 2024 ist Klaus Tewes gestorben. Klaus kam vor acht Jahren zum Haldenblick.",
             "Sein erster Text bei uns war auf seine Art typisch für ihn. Mit Geduld und Genauigkeit hatte er rekonstruiert, wie eine von einem heutigen Landtagsabgeordneten in die Welt gesetzte Falschmeldung über einen Bochumer Stadtplaner die Runde machte und sich in vielen Redaktionen festsetzte.",
             "Am Samstag, dem 18.03.23 um 19:30 Uhr lädt die Zeche Helene in Gelsenkirchen gemeinsam mit einem Nachbarschaftsverein und einer Bürgerstiftung zu einem Solidaritätskonzert. Eintritt frei, die Bands verzichten auf ihr Honorar, am Ausgang wird um Spenden für die Tafel gebeten.",
             "Bands und Solokünstler aus dem Revier stehen an diesem Abend gemeinsam auf der Bühne.",
             "Angekündigt sind:",
             "Selin Aydın (Cello), Tobias Wernecke (Klavier), Hakan Öz (Saz/Gesang), Mira Lenz (Gesang), Piotr Nowak (Kontrabass), Jule Hartmann (Klarinette) u.v.m.",
             _HALDE_KREIS,
             "Silvester. Und wir vom Haldenblick haben angestoßen. Ein wildes Gespräch haben wir als Podcast aufgenommen. Ja, der Klang ist mies, und einen roten Faden gibt es nicht. So sind wir eben. Wir wünschen euch einen guten Rutsch!",
             _HALDE_PLEA,
         ], appeals=[_HALDE_KREIS, _HALDE_PLEA]),
    _doc("b35-ottisk-voronezh-top", "appeal", "top",
         "Invented; modelled on Vyorstka (Telegram mirror: channel header with support link, then a post)", "ru", [
             "Оттиск",
             "88K subscribers",
             "2.91K photos",
             "212 videos",
             "3.70K links",
             "Независимое медиа о том, как живут люди в российских регионах",
             "📍https://ottisk.media/",
             "📍https://instagram.com/ottisk.media",
             "Связь @ottisk_contact",
             "и ottisk.media@protonmail.com",
             _OTTISK_SUPPORT,
             "Download Telegram",
             "«Вернулись в девяностые». Воронежцы неделю живут без мобильной связи — без такси, без оплаты картой, с пустыми банкоматами",
             "",
             "Областные власти предупредили, что с 10 июля связь будут отключать «по необходимости». В выходные она почти не работала, а с понедельника пропадает днем и полностью глохнет ночью. Жители рассказали нашему корреспонденту",
             "",
             "🔹Даже хлеб не купить. По словам горожан, во время отключений не проходят платежи картой, а кассы в небольших магазинах просто закрываются.",
         ], appeals=[_OTTISK_SUPPORT]),
    _neg("b35-vazhnoe-oneyear-neg",
         "Invented; modelled on Vazhnye istorii (first-anniversary post thanking donors, no ask)", "ru", [
             "Друзья, сегодня «Глубине» исполняется год! Мы догадывались, что первый год выйдет непростым и безумным, но реальность обогнала даже наши смелые прогнозы. Мы начали работу 12 мая прошлого года.",
             "",
             "За этот год мы:",
             "",
             "Наши авторы получили четыре профессиональные премии, награду за трансграничное расследование и попали в шорт-лист крупной европейской премии.",
             "",
             "Мы делали не только тексты, но и открытые занятия, где показывали журналистам новые инструменты. По нашим видеокурсам студенты в Томске, Перми и Иркутске учатся работать с данными.",
             "",
             "Но главное — у нас появились читатели, которые верят в честную журналистику вместе с нами, поддерживают нас донатами и часто предлагают помощь как волонтеры. Мы вам бесконечно за это благодарны.",
         ]),
    _neg("b35-prairieledger-readers-neg",
         "Invented; modelled on Stillwater News Press (editorial thanking readers)", "en", [
             "There will always be a need for reporting people can trust.",
             "Whatever happens next, there will be a story worth telling, something that deserves more than a quick glance, or simply an event worth putting on the record.",
             "So lately we have been trying some new ideas alongside some old habits. Either way, the best part of this paper is, and always will be, you, the reader. We ought to say that more often.",
             "Newspapers of every size have value, and so does the habit of reading one.",
             "People who read the paper know more, sure, but it goes further than that. They show up more in town life. They give more, volunteer for the band boosters and the food pantry. They turn out for parades and council meetings. They are likelier to vote.",
             "We count ourselves lucky. Sure, the letters page gets heated now and then, but look at how many thank-you notes land there. How many kind words for neighbors. Not every town has that. Our readers care, and the people writing for them know it. That changes everything.",
             "So thank you once more, to the readers who keep pushing us. Who make us want to be sharper reporters. Who call us out whether we deserve it or not. Who expect more from us.",
             "Thanks.",
         ]),
    _neg("b35-statewire-idahononprofits-neg",
         "Invented; modelled on Public News Service (report on charities' falling donations)", "en", [
             "Falling Gifts Put Idaho Charities at Risk of Cutbacks",
             "",
             "",
             "Thursday, March 11, 2021   ",
             "",
             "BOISE, Idaho -- Through the pandemic, thousands of Idahoans have leaned on nonprofit groups to get through the hardest months.",
             "",
             "But what happens when the helpers need help themselves?",
             "",
             "Idaho counts roughly 6,000 charitable groups, and with giving down, many are scrambling to keep their doors open.",
             "",
             "Lorena Vasquez, director of the Idaho Charities Council, said nonprofits feed families, house people, treat the sick and mentor kids regardless of who they are.",
             "",
             "\"We are what catches people,\" Vasquez said. \"When everything else falls apart, this is where people end up.\"",
             "",
             "Vasquez said the state's charities brought in close to $4 billion in 2019, but the losses this year will be steep. That means many vulnerable Idahoans will have to look for help somewhere else.",
         ]),
    _neg("b35-mediaslate-valleytimes-neg",
         "Invented; modelled on World Media Trend blog quoting the Gazette-Times (metered paywall announcement)", "en", [
             "Meter Watch: Valley Times Starts Charging for Local Stories",
             "",
             "Posted on March 4, 2013",
             "",
             "",
             "Starting this morning, the Valley Times website is switching to a \u201cmetered\u201d model, which means some online stories will now require a paid subscription.",
             "",
             "Here is how it works: the meter lets any visitor read 12 local stories in a 30-day window at no cost. Once a reader passes 12, they will see options for a monthly or yearly digital plan at a modest price. Anyone reading fewer than 12 local stories a month will notice nothing at all.",
             "",
             "Casual visitors will most likely never hit the meter.",
             "",
             "Giving news away online dates back to the first newspaper websites in the late 1990s. Nobody knew then how big online readership might become, and most papers, ours included, simply copied the free, open model.",
             "",
             "Fifteen years on, our online audience has grown far beyond anything we imagined. The Valley Times site now draws about 180,000 different visitors each month.",
             "",
             "The site keeps getting better, and more improvements are coming.",
             "",
             "Some things will stay free no matter what. The front page and section pages never count against the meter. Obituaries, classifieds, wire stories and wire photos will remain open to everyone, and so will breaking news and weather alerts.",
         ]),
    _neg("b35-ruahinepost-foodbank-neg",
         "Invented; modelled on Wairarapa Times-Age (food bank's Christmas call, reported)", "en", [
             "Food bank braces for busy Christmas",
             "",
             "With the holidays only weeks away, volunteers at the district's food banks expect demand to keep climbing.",
             "",
             "This time last year, Dannevirke Foodbank was handing out about 45 parcels a month.",
             "",
             "This year it is averaging 58, an increase of close to 30 per cent.",
             "",
             "Coordinator Shirley Rangi said the jump is the biggest she has seen.",
             "",
             "\u201cWe're meeting lots of faces we've never seen before,\u201d Rangi said.",
             "",
             "\u201cIt's everyone, from pensioners living alone to big whānau. Plenty of them are working.\u201d",
             "",
             "Pointing to local rents – up from $320 a week in 2021 to $410 now – Rangi said parcels have become a weekly staple rather than an extra.",
             "",
             "\u201cFilling the car costs a fortune now,\u201d Rangi said.",
             "",
             "\u201cAfter rent, power and petrol, a lot of families simply have nothing left by Thursday.\u201d",
             "",
             "Christmas adds pressure, she said, as parents weigh groceries against gifts.",
             "",
             "The food bank relies on 22 volunteers working in shifts.",
             "",
             "Rangi said the team has begun planning festive parcels with ham, vegetables and a pudding.",
             "",
             "She expects to need about 40 Christmas boxes ready by the 20th.",
         ]),
    _neg("b35-querblick-spendenkritik-neg",
         "Invented; modelled on Zeitsprung News (critique of another site's donation pleas)", "de", [
             "Der sogenannte Alternativjournalismus steckt in einer Sinnkrise, die er vor allem selbst verschuldet hat. Kaum jemand mag Bettelbanner lesen, und trotzdem hängen sie inzwischen unter jedem Beitrag von Klartext24. Das Portal brüstet sich, frei von Werbung, Konzernen und Staat zu sein – eine Behauptung, die allein vom Glauben seiner Leser lebt. Nach eigenen Angaben zahlen gerade einmal 3 % der Besucher, während der Rest gratis mitliest. Daraus machen die Betreiber eine moralische Anklage gegen das eigene Publikum.",
             "Die Masche ist durchschaubar. Wer Informationen will, soll zahlen – so der Tenor, ohne dass offengelegt wird, wofür das Geld eigentlich verwendet wird. Die ständigen Aufrufe sind weniger Bitte als Drohkulisse; sie sagen mehr über das Geschäftsmodell aus als über die Lage der Pressefreiheit.",
             "Die angebotenen Zahlungswege – von PayPal bis Bitcoin – wirken eher wie ein Katalog als wie eine Notlage. Gleichzeitig wettert das Portal gegen öffentliche Medienförderung, die es insgeheim gern hätte. Die Frage, wie Recherche seriös finanziert werden kann, bleibt unbeantwortet.",
             "Aufklärung hat ihren Preis, aber sie taugt nicht als Ware für Empörungskunden. Ein Medium, das nur über Spendendruck funktioniert, hat sich von seinen Lesern längst entfernt.",
         ]),
    _neg("b35-tidewater-weekend-openletter-neg",
         "Invented; modelled on The Spinoff Weekend newsletter (report on the outlet's own open letter)", "en", [
             "Hello and welcome to Saturday Edition with Tessa Moana",
             "This week Harbourline published an open letter about the money situation we are in. If you missed it, you can find it on our site (short version: sobering, but not hopeless). The letter's point that people love our work while the business behind it struggles was proven by everything else we ran this week. On Tuesday we published a long, painful first-person piece by a nurse who spent four years fighting her employer over unpaid overtime. It became one of our most-read stories of the year. And on Thursday we wrapped up a two-part investigation into the harbour board's land deals. Two big, well-read projects on either side of a letter about how we pay for them.",
             "The reaction to the letter has been warm and, honestly, a bit overwhelming. Many readers wrote that they had read Harbourline for years and had now started a regular contribution, and just as many said they had only seen the odd story and would take a proper look around.",
             "If you get Saturday Edition, you already know us well, but I sometimes forget not everyone follows every piece we publish the way I do. So for newcomers, and for daily readers who aren't sure what to expect, here is a quick tour of Harbourline.",
             "Six days a week and a Saturday magazine. We publish on harbourline.co.nz Monday to Saturday. On weekdays, two lead stories go up at 6am, usually news or politics. From 8am a new piece appears roughly every two hours until mid-afternoon.",
         ]),
    _neg("b35-grenzbote-reiterhof-neg",
         "Invented; modelled on Schwarzwälder Bote (riding school's money troubles, sponsors)", "de", [
             "Der Verein wolle die Pächterin auf keinen Fall verlieren, weil er auf die Pacht angewiesen sei, sagt die Vorsitzende. Außerdem stünde die Versorgung der Tiere auf dem Spiel, sollte die Reitschule schließen. \"Wir ziehen an einem Strang, der Verein kommt der Pächterin entgegen, wo er kann.\" Das habe aber Grenzen. Immerhin habe man neue Sponsoren gefunden. \"Irgendwie geht es immer weiter\", sagt Marquardt.",
             "",
             "\"Ohne verlässliche Hilfen gehen viele Reitbetriebe ein\", warnt dagegen Pächterin Sabine Eckle. Die rund 6000 Euro aus dem Frühjahr hätten kaum für sechs Wochen Futter gereicht. Allein Heu, Stroh und Kraftfutter kosteten sie 5500 Euro im Monat. \"Für mich selbst blieb nichts.\" Schwierig beim Antrag auf Winterhilfen sei, dass sie Einstellgebühren bekomme, das aber sei \"ein Geschäft, bei dem unterm Strich null bleibt\".",
             "",
             "Laut Eckle fehlt das Geld derzeit überall, denn jedes Pferd koste jeden Tag: Futter, Einstreu, Hufschmied, Tierarzt. Seit der Unterricht ausfällt, könnten die Schulpferde \"ihr Heu nicht mehr selbst verdienen\".",
             "",
             "Rücklagen aufzubauen sei in der Branche ohnehin kaum möglich, obwohl die Reitschule vor der Pandemie so gut lief wie nie. In den vergangenen drei Jahren habe sie jedoch drei Schulpferde durch Krankheit verloren. \"Das hat uns schon schwer getroffen\", sagt Eckle. Neben Klinikrechnungen von mehr als 14 000 Euro habe sie neue Pferde kaufen müssen, damit der Unterricht weiterlaufen konnte.",
         ]),
    _neg("b35-commonground-yearend-neg",
         "Invented; modelled on YES! Magazine (year-end 'Dear Readers' letter mentioning donations, no ask)", "en", [
             "Dear Readers,",
             "",
             "What a year it has been for Common Ground! We published more than 260 stories online, three print issues\u2014\u201cRoots,\u201d \u201cFlood,\u201d and \u201cRepair\u201d\u2014and, with the launch of our podcast Common Ground Live, took our solutions reporting to radio stations in eleven states. We partnered with a statewide radio network to reach hundreds of thousands of listeners and produced two grant-funded series: \u201cThe Housing Fix,\u201d supported by a regional housing foundation, and \u201cWater Rights,\u201d supported by a river conservancy. We also welcomed a new group of fellows who now write our monthly \u201cGroundwork\u201d column.",
             "",
             "And, like many of you, we had a hard year. Beyond the turmoil in the news, the media business grew even less friendly to independent outlets, and rising prices squeezed what readers could give to the causes and publications they love. Common Ground still takes no money from advertisers, governments or corporations. So we made the painful decision to restructure, and several colleagues left us. We are still finding our footing, but our commitment to you and to our mission has not moved.",
             "",
             "One of our core values is care for one another\u2014inside our team as well, as our managing editor Rosa Delgado likes to remind us. That is why the editorial staff will log off for the last two weeks of December.",
         ]),
    _neg("b35-yakutnews-boiler-neg",
         "Invented; modelled on Sakha Day (Telegram post: residents ask help for boiler-house workers)", "ru", [
             "Жители Верхоянска сообщают, что в домах по-прежнему холодно, ничего не поменялось. В магазинах разобрали все тепловентиляторы и пледы. \"Никто ничего не объясняет, тишина\", - рассказывает наш читатель. \"Если бы починили, сразу бы сказали. Сидим, ждем, вся надежда на ребят в котельной\", - пишут местные.",
             "По неподтвержденным сведениям, рабочим котельной, которые трудятся без смены, не хватает лекарств: мази от ожогов, жаропонижающих, увлажняющих кремов (от жара трескается кожа). Понятно, что людям в таких условиях (см. видео) пригодится любая помощь.",
             "Видео снято позавчера, 8 января, но, судя по всему, ничего не изменилось. @yakutnews",
         ]),
]


BATCH35_DOCUMENTS = SECTION1
