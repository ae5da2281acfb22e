"""Forty-second batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

51 documents (21 appeal, 30 negative; EN, DE, FR, RU): our own paraphrases of every document of the
two local-only real probes 3 (25 documents) and 8 (26 documents). Each keeps the real page's
structure (headline, teaser, byline, dateline, photo-credit and caption lines, an author archive, a
run-together teaser strip, hard-wrapped lines of a forum post, a radio transcript, Telegram posts with
emoji lines, paywall boxes cut off mid-sentence) and exactly what the real gold marks: a weekly's
free-trial box glued to the next headline; a shop-and-subscribe pair ending in a cut-off link under a
chart post; a publisher's monthly-donor letter with sign-off above a cartoonist's bio; a two-line
"support local journalism" header; a one-line ads-support notice; an ad-blocker plea run into a
teaser strip; a member-drive blurb with its "read more" line; a reader-funded paragraph with "buy,
subscribe" calls above a partner's text; an app-and-merch header of a radio archive; a subscribe line
and a support-and-subscribe pair ending Telegram posts; log-in-or-subscribe walls after truncated
articles and in the middle of a column; a help-us line with a donate / buy / subscribe menu; a
sign-up box with its dismiss buttons; a digital-subscription price line and a doubled sale line; a
"lives only from its readers" call; a register-and-try box; a newsletter sign-up box. Negatives keep
what makes the real ones hard: other outlets' rescue campaigns, crowdfunding and membership drives
reported or quoted, a blogger urging readers to back someone else's channel or site, campaign
finance reports, flood and telethon donation tallies, a paper's solidarity fund, editorials that
praise local news and thank readers for their support without asking, a gift-subscription drive,
charity collections, a prize draw for subscribers, paywall reports.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-41 `build_devset.py --batch42` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch42.jsonl; `--runon unseen-batch42` writes the copy with line breaks turned into
spaces. Named `unseen-` so it stays out of the line scorer's training files: no rule and no scorer
is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 3 ------------------------------------------------------------------------------------

_KONTRA_BOX = "\n".join([
    "Streiten Sie mit besseren Gründen für eine andere Welt. Probieren Sie die Kontra so, wie Sie am liebsten lesen — gratis.",
    "",
    "Das Wochengeschehen gründlich gedruckt: Lassen Sie sich die Kontra jeden Donnerstag in den Briefkasten stecken.",
    "Jetzt gratis ausprobierenDigital",
    "Unbegrenzt auf Handy, Tablet oder Laptop: Lesen Sie Kontra+ auf unserer Seite und bekommen Sie jedes Heft als E-Paper.",
    "Jetzt gratis ausprobieren",
])

_KARTENBLATT_END = "\n".join([
    "Aktion im Shop ► https://laden.kartenblatt.example/",
    "Gleich abonnieren und sämtliche alten Hefte nachlesen ► kartenbl.",
])

_COMMONWEAL_LETTER = "\n".join([
    "Stand with us",
    "",
    "This fall, much more than one election hangs in the balance. But Review readers understand that the work for fairness, dignity and peace goes on long after the votes are counted. Real change is slow. It takes steady, unflinching reporting to push big ideas, uncover graft, guard our civil liberties, protect the right to choose, argue for diplomacy and defend the planet.",
    "",
    "So this month we are asking you to pledge a monthly gift to keep the Commonweal Review independent. If you have made it to this point, you already know we report on power in ways that media owned by conglomerates simply will not. Becoming a monthly donor is the single best way to back the Review, because it gives us income we can plan around.",
    "",
    "Over the next few months our contributors will bring you what matters—Dana Whitfield covering the campaign trail, Marcus Obi on the courts, Priya Sandoval reporting from Capitol Hill, Leo Farrant with sharp political commentary, Ruth Kessel's biting humor, and Tomás Reyes reporting on reproductive rights. A gift of just $12 each month lets our writers, editors and fact-checkers dig into the stories that count most right now.",
    "",
    "Start your recurring gift today and become one of the loyal readers who keep this magazine going year after year. For more than 140 years the Review has spoken up for truth and fairness—will you help us keep doing it for the next 140?",
    "",
    "Onward,",
    "Helen Marchetti",
    "Publisher and Editor-at-Large, The Commonweal Review",
])

_FORKLOCAL_TOP = "\n".join([
    "Back community reporting.",
    "",
    "Local news has never mattered more.",
])

_KERSHAW_ADS = "When you let ads load on this website, you help the hometown merchants who in turn help pay for strong reporting."

_CANOPY_ADBLOCK = "Canopy is grateful to its sponsors. Join them. Canopy is grateful to its sponsors. Join them. To keep our nonprofit climate reporting going, please think about switching off your ad-blocker so ads can load on Canopy. Show Me How"

_CANOPY_DRIVE = "\n".join([
    "Keep our reader-powered reporting going",
    "",
    "Maribel Osei",
    "",
    "We're still well short of our target of 3,000 donors! Notice the grin in my photo up there? Please don't turn it into one of those strained, worried grins. Give now -- even $7 makes a difference. So why back a newsroom like Canopy? You get fresh climate coverage every morning -- and you help us bring those stories to millions of other people too. When fossil-fuel money pays for so much spin, you're helping the facts fight back. Nice! And if a warm glow isn't reason enough, we have merch too: Picture yourself in a …",
    "",
    "Read more: General",
])

_CONTRECHAMP_TOP = "Cet article est en libre accès. Contrechamp n’existe que grâce à ses lecteurs, au kiosque, par abonnement papier ou numérique : c’est ce qui garantit une information réellement libre. Pour garder sa ligne, votre hebdomadaire a décidé de se passer de toute publicité en ligne. Cette décision se paie , alors, pour nous aider et défendre notre liberté, achetez Contrechamp , abonnez-vous ."

_VOLNA_TOP = "\n".join([
    "Установите приложение и слушайте «Волну»",
    "Мерч «Волны» здесь:",
])

_ANGARA_SUB = "🩵 Подписывайтесь на «Ангарский край»."

_LETOPIS_END = "\n".join([
    "❤️ Помогите «Летописи.Медиа» работать дальше",
    "",
    "👉🏻Подписывайтесь на «Летопись.Медиа» — вместе с нами разбирайтесь, кто и как ворует на северо-западе. Историй у нас ещё много",
])


PROBE3 = [
    _doc("b42-kontra-home-middle", "appeal", "middle",
         "Invented; modelled on der Freitag (home page, free-trial box glued to the next headline)", "de", [
             "Skandal um Stadionkonzerte: Der Sänger und die Besserwisser",
             "Kolumne Seit über Übergriffe bei den Auftritten einer Metalband gestritten wird, fühlen sich einige Herren ihrem Idol plötzlich verwandt. Andere fürchten um das Ansehen der Männer überhaupt. Am schlimmsten findet unsere Kolumnistin jedoch eine dritte Sorte: die berufsmäßigen Besserwisser",
             _KONTRA_BOX + "Profitflation",
             "Warum der Wocheneinkauf teurer bleibt, obwohl die Kosten längst sinken",
             "Krisenprofiteure Wieso sinken die Preise nicht? Die Antwort ist schlicht: Die Multis hinter Limonade, Windeln, Schokoriegeln und Speiseeis schrauben ihre Margen hoch. Zahlen müssen wir, die Angestellten. Wie die Teuerung zum Geschäftsmodell geworden ist",
         ], appeals=[_KONTRA_BOX]),
    _doc("b42-kartenblatt-fb-wahl-end", "appeal", "end",
         "Invented; modelled on KATAPULT (Facebook mirror of a chart post ending in shop and subscribe links)", "de", [
             "Junge Frauen stimmten mehrheitlich für die Amtsinhaberin. Diagramme zu anderen Wählergruppen haben wir unten in die Kommentare gestellt. Befragt wurde direkt nach der Stimmabgabe vor den Wahllokalen. Was bis 100 % fehlt, entfällt auf übrige Bewerber.",
             _KARTENBLATT_END,
         ], appeals=[_KARTENBLATT_END]),
    _neg("b42-gemeindeblatt-hinterhof-neg",
         "Invented; modelled on Jüdische Allgemeine (portrait of another left weekly's anniversary and subscription finances)", "de", [
             "Genossen mit Kompass",
             "",
             "Seit fünfzehn Jahren jeden Donnerstag: der »Hinterhof«",
             "",
             "von Miriam Eschenbach",
             "",
             "Jonas Wendel sitzt in einem Kapuzenpulli mit hebräischen Buchstaben im Café und tippt mit dem Finger auf einen Schlüsselanhänger in Form eines Chanukka-Leuchters. Dass er eine linke Wochenzeitung mitherausgibt, würde man so nicht vermuten – denn die linken Blätter hierzulande stehen im Ruf, Israel eher kühl zu begegnen. Der Hinterhof aber passt in keine Schublade und hält bewusst Abstand zu den alten Dogmen. »Mit Israelhass, Judenfeindschaft und reflexhaftem Antiamerikanismus haben wir nichts am Hut«, sagt Wendel.",
             "Nun wird der Hinterhof fünfzehn. Am Anfang hätte niemand im Team gewettet, dass das Projekt so lange lebt. Gegründet wurde es 2003, nachdem sich mehrere Redakteure vom Traditionsblatt Rote Fahne am Morgen getrennt hatten. Dort war monatelang über die Linie gestritten worden: Auf der einen Seite standen Nostalgiker, die dem Ostblock nachtrauerten, auf der anderen offene, streitlustige Linke ohne Parteibuch. Die zweite Gruppe druckte aus Protest zunächst ein Notblatt, dem sie spöttisch den Namen Hinterhof gab. Aus der Notlösung wurde eine feste Wochenzeitung, die das Team bis heute in eigener Regie verlegt. Gestartet mit 11.500 Exemplaren, liegt die Auflage noch immer ungefähr dort. Dabei, erzählt Wendel, hagelte es jedes Mal Kündigungen, sobald das Blatt eine linke Gewissheit infrage stellte. Die 17 Beschäftigten in Redaktion und Vertrieb verdienen eher wenig, weil die Zeitung fast nur von ihren Abonnenten lebt. Anzeigenkunden gibt es kaum.",
         ]),
    _neg("b42-weitblick-kartenblatt-region-neg",
         "Invented; modelled on Freilich Magazin (report on another magazine's past donation appeal and new regional edition)", "de", [
             "Vor knapp einem Jahr drohte dem Kartenblatt-Magazin die Pleite, und es bat seine Leser um Spenden; das angepeilte Ziel war laut dem Heft schon nach gut zwei Wochen erreicht. Jetzt plant die Redaktion einen eigenen Ableger in Thüringen. Ihr Motiv: die Umfragewerte der Rechtsaußenpartei.",
             "",
             "Rostock/Erfurt. – Im Herbst 2023 schreckte das Kartenblatt-Magazin, das viele von seinen Schaubildern und Landkarten kennen, seine Leserschaft mit der Warnung vor dem Aus auf, „falls in den kommenden zwei Wochen kein Wunder geschieht“. Gut vierzehn Tage danach meldete das Heft, man habe die angestrebten 380.000 Euro beisammen, wie damals mehrere Zeitungen schrieben. Jetzt macht das Kartenblatt-Magazin erneut Schlagzeilen. Am Dienstag verkündete es in den sozialen Medien: „Wir starten Kartenblatt-Thüringen“. Begründet wird der Schritt damit, dass die Rechtsaußenpartei bei der anstehenden Landtagswahl in Thüringen auf Platz eins landen könnte. „Noch vor dem Wahltag bringen wir eine demokratische Zeitung in jeden Briefkasten des Landes – damit möglichst viele Unentschiedene und Nichtwähler sie lesen“, schreibt das Magazin dort weiter.",
         ]),
    _doc("b42-commonweal-cartoon-end", "appeal", "end",
         "Invented; modelled on The Nation (cartoon page, monthly-donor letter with sign-off above the artist's bio)", "en", [
             "This Week",
             "",
             "Worst Debate Yet!",
             "",
             "“Nobody's listening!”",
             "",
             _COMMONWEAL_LETTER,
             "",
             "Nina Farrow",
             "",
             "Nina Farrow is a prize-winning illustrator and visual reporter who received the 2023 Thornton Medal for political cartooning.",
         ], appeals=[_COMMONWEAL_LETTER]),
    _doc("b42-forklocal-author-top", "appeal", "top",
         "Invented; modelled on RiverheadLOCAL (author archive page under a support-local-journalism header)", "en", [
             _FORKLOCAL_TOP,
             "",
             "Avatar photo",
             "",
             "All those donations pouring in: whose interests do the sitting trustees actually serve?",
             "",
             "by Sep 22, 2019",
             "Opinion: Reading the filings, it hardly shocks me that the majority slate raised four times what the newcomers did. It only deepens my suspicion that they answer to their donors, not to the voters who put them there.",
             "",
             "Remembering Dottie Varga",
             "",
             "by Aug 3, 2015",
             "I did not notice it at first, but Dottie showed me the kind of woman I hoped to become: sure of her views and of herself, willing to say what she thought and never ashamed to own it.",
         ], appeals=[_FORKLOCAL_TOP]),
    _doc("b42-kershaw-column-top", "appeal", "top",
         "Invented; modelled on Chronicle-Independent (column page under a one-line ads-support notice)", "en", [
             _KERSHAW_ADS,
             "Small-town papers are doing fine, thank you",
             "Placeholder Image",
             "It began when I shared a commentary from a journalism think tank headlined “Why do big national outlets prosper while local newsrooms scrape by?” This is what I wrote above the link on my social media feed: “Radical thought: what if people who live here wrote good stories about the place we all live, for neighbors to read? Nah, probably too far-fetched.”",
         ], appeals=[_KERSHAW_ADS]),
    _doc("b42-canopy-adblock-middle", "appeal", "middle",
         "Invented; modelled on Grist (run-together teaser strip with an ad-blocker plea)", "en", [
             "Next Article Heat Dome Canopy staff Climate " + _CANOPY_ADBLOCK,
             "Sea-level rise is pushing saltwater into drinking wells along the coast Marta Ilves, Dev Anand, & Sophie Brandt",
             "Wealthy suburbs ship their e-waste to Ghana. Activists call it ‘toxic outsourcing.’ Owen Castellanos",
             "Police clear a blockade of Indigenous land defenders at a new mine site in the north Kiri Tamaki",
         ], appeals=[_CANOPY_ADBLOCK]),
    _doc("b42-canopy-featured-top", "appeal", "top",
         "Invented; modelled on Grist (archive page with a member-drive blurb above an advice column)", "en", [
             "Skip to main content Jump to navigation",
             "",
             "More Stories",
             "",
             "",
             _CANOPY_DRIVE,
             "",
             "",
             "Dear Fern: Is compostable cutlery actually compostable?",
             "",
             "fork in the road",
             "",
             "Write to Fern!",
             "",
             "Q. I try hard to skip disposable stuff, but at office lunches and takeout counters I keep ending up with forks and spoons stamped “compostable.” I toss them in my green bin at home. Do they really break down there, or am I just fooling myself? If they don't, I'd better start carrying my own set everywhere.",
             "",
             "Hannah W.",
             "Eugene, Ore.",
             "",
             "A. Dear Hannah,",
             "",
             "I feel your pain. More than once I've ducked into a food truck line “just for a quick bite” and walked off clutching a fistful of plant-plastic utensils and a paper boat of fries. Your compost bin may be happy to receive them, but your backyard pile may not be up to the job.",
             "",
             "Read more: Waste, Living",
         ], appeals=[_CANOPY_DRIVE]),
    _neg("b42-linksunten-hinterhof-not-neg",
         "Invented; modelled on nadir.org (hard-wrapped activist post urging readers to subscribe to another paper)", "de", [
             "Leipzig: Der Hinterhof wackelt!",
             "Am Donnerstag stand im Hinterhof auf der Rückseite eine bittere",
             "Meldung: Die linke Wochenzeitung steht finanziell so schlecht da,",
             "dass sie erwägt, aus dem Bahnhofsbuchhandel zu verschwinden und zum",
             "Jahreswechsel ganz dichtzumachen. In einer letzten großen Aktion",
             "sucht die Redaktion nun 650 zusätzliche Abonnentinnen, damit es",
             "weitergehen kann. Wer diese eigensinnige, freie und streitbare",
             "linke Zeitung nicht missen will, muss jetzt etwas tun, sonst ist",
             "es womöglich bald vorbei. Was tun?",
             "Am wirksamsten ist selbstverständlich, selbst ein Abo zu bestellen,",
             "weil allein die Abos den Hinterhof am Leben halten; Anzeigen oder",
             "Fördergelder hat das Blatt praktisch keine. Freundinnen und Freunde",
             "zum Abo zu überreden, hilft ebenso.",
         ]),
    _doc("b42-contrechamp-partenaire-top", "appeal", "top",
         "Invented; modelled on Politis (partner text under a reader-funded paragraph with buy and subscribe calls)", "fr", [
             _CONTRECHAMP_TOP,
             "",
             "Pendant que nous passions l’été sur notre 12e numéro, en bonne partie consacré à l’école publique, la suppression des emplois subventionnés nous a assommés, au point de menacer l’existence de notre publication. Nous avons lancé ce magazine il y a bientôt quatre ans, par amour du reportage et pour pouvoir écrire librement sur les questions qui nous tiennent à cœur. Paraître tous les trois mois nous met à l’abri de la course à l’actualité : nous prenons le temps qu’il faut pour chaque dossier et vous offrons des enquêtes fouillées et du terrain.",
             "",
             "Dès nos débuts, nous avons refusé la fable d’un journalisme neutre, pour lui préférer une partialité assumée et loyale. Ce que nous choisissons de couvrir, et la manière de le faire, traduit nos convictions : entraide, écologie, justice sociale. Mais nous tenons aussi à quitter de temps en temps nos certitudes et à donner la parole à des avis qui ne sont pas les nôtres. Notre but reste le même : nourrir la réflexion de nos lecteurs et les aider à construire leur propre jugement.",
         ], appeals=[_CONTRECHAMP_TOP]),
    _doc("b42-volna-archive-top", "appeal", "top",
         "Invented; modelled on Эхо (radio archive transcript under an app-and-merch header)", "ru", [
             _VOLNA_TOP,
             "",
             "Турнир претендентов по шахматам - Олег Самарин - Утренний эфир - 2013-03-14",
             "",
             "14.03.2013",
             "Турнир претендентов по шахматам - Олег Самарин - Утренний эфир - 2013-03-14 Скачать",
             "",
             "В. БОРИСОВ – 9.20. Едем дальше. У нас в студии гость.",
             "",
             "Е. ЛАРИНА - Олег Самарин, советник председателя правительства. Здравствуйте.",
             "",
             "О. САМАРИН - Здравствуйте.",
             "",
             "Е. ЛАРИНА - Перед вашим приходом мы со слушателями как раз разбирали свежее сообщение, оно появилось минут двадцать назад. Речь о том, что премьер не полетит на форум в Сингапур, а вместо него отправится первый вице-премьер. В аппарате правительства пояснили, что премьер попросту не успевает к этой дате завершить перестановки в кабинете министров. Скажите, вы ведь и сами ездили на прошлые форумы и готовили там позицию страны, насколько, по-вашему, заметна такая замена для самого форума? Для репутации страны, я имею в виду.",
         ], appeals=[_VOLNA_TOP]),
    _neg("b42-inkwell-fundraiser-neg",
         "Invented; modelled on This Modern World (cartoonist's blog urging readers to give to another outlet)", "en", [
             "Harbor Ledger fundraiser",
             "",
             "Miriam Osgood’s Harbor Ledger has just kicked off a $40,000 fund drive. Osgood is among the finest muckrakers working anywhere in the country, and I’d urge you to read her site and think about chipping in.",
             "",
             "She lays out why the drive matters, and what the Ledger does, over here. These days there are so many ways for us to pay for and build better journalism on our own that griping about the big networks has become a lazy indulgence. (I admit nobody is more at fault here than I am. If whining about cable news were illegal, I’d be serving a life sentence. Starting now, though, I plan to change.)",
         ]),
    _neg("b42-valdegaronne-souscription-neg",
         "Invented; modelled on Moissac au cœur (republished report on readers rallying to save their daily)", "fr", [
             "Ils n’ont pas le portefeuille bien garni, les lecteurs de La Voix ouvrière. Ce sont bien souvent des gens modestes, de ceux que les puissants regardent de haut et malmènent volontiers ces derniers mois. Voilà sans doute pourquoi ils répondent toujours présent lorsqu’il s’agit de tirer d’affaire La Voix ouvrière et son supplément du week-end. Lorsqu’il s’agit de défendre ce qu’ils pensent. Quitte à se priver un peu. Et ils refusent de voir « mourir à petit feu leur quotidien », selon la formule que Bernard Castaing avait employée dans un éditorial du 3 décembre 2019. Dès qu’ils ont appris que leur directeur tirait « la sonnette d’alarme », ils ont réagi. Tout de suite. Puis ils ont remis ça, à la mi-février, quand on a su que le journal serait placé en redressement judiciaire. Ces lecteurs-là ne lâchent rien.",
             "« Ouvrir ma Voix avec le café, c’est ce qui me fait tenir dans cette époque étouffante » Monique (47)",
         ]),
    _neg("b42-wienerblick-mitgliederportal-neg",
         "Invented; modelled on Der Standard (report on a crowdfunded portal's membership renewals)", "de", [
             "Wien – „Der Journalismus im Netz ist am Ende. Wir bauen ihn neu“ – mit solchen kernigen Parolen trat das Portal tiefgang.example im letzten November an. Den ersten Triumph hatte das ehrgeizige Vorhaben schon im Sommer zuvor: Über eine viel beachtete Schwarmfinanzierung kamen die angepeilten 750.000 Euro Startgeld zusammen. Angeboten wurde und wird eine Mitgliedschaft für 48 Euro, mit der man in den Foren von tiefgang.example mitdiskutieren darf – fällig ist der Betrag jährlich. Jetzt im Juli enden die ersten Mitgliedschaften – in der Startphase hatten sich insgesamt 12.500 Menschen angeschlossen.",
             "",
             "Wie viele nun verlängern, wird zeigen, wie das erste Jahr bei den Lesern angekommen ist – wer unzufrieden oder enttäuscht ist, wird dem Tiefgang-Team den Rücken kehren. Nach Angaben von Gründer Matthias Lohberger braucht das Portal 5.000 Mitglieder, um weitermachen zu können. Immerhin kamen im Lauf des Jahres 2.400 neue Mitglieder hinzu – das nimmt in der aktuellen Phase einiges an Druck heraus.",
             "",
             "Vorbild aus dem Norden",
             "",
             "Das Modell für Tiefgang lieferte das dänische Portal „Fokus“. Es soll werbefreien, unabhängigen Journalismus sichern. Anders als beim Vorbild aus Kopenhagen sind die Texte bei Tiefgang für alle frei lesbar – wer Mitglied wird, tut das also vor allem aus Idealismus, denn außer Forum und ein paar Veranstaltungen gibt es wenig dafür. „Fokus“ dagegen hat die ersten Klippen schon umschifft: Im inzwischen vierten Jahr stieg die Zahl der Mitglieder auf mehr als 28.000 – eine Messlatte für den österreichischen Ableger.",
         ]),
    _neg("b42-sproutwatch-quoted-neg",
         "Invented; modelled on Beanstocks World (blog quoting another outlet's fund-drive plea and linking to it)", "en", [
             "We Pour Money Into Candidates, and Meanwhile Our Independent News Sites Are Starving",
             "",
             "Clearwire Report, which has been delivering reliable and sharp reporting for years, unlike the big corporate networks — the same Clearwire Report whose jaw-dropping scoops I have passed along here many times — has just sent out a last, anxious call for money. Clearwire has always lived on gifts from its readers (as I wish I could, too). In their present drive they have narrowed the shortfall to roughly $8,000. But after everything we gave to progressive primary challengers and grassroots causes this year, we may be running on empty. Clearwire says:",
             "",
             "We are in real trouble. This is our last email of the drive and we still have to raise $8,415. That means about 850 readers giving around ten dollars each. Will you be one of them? Gifts have come in slower than normal and we need to get moving. Click here … to pitch in.”",
             "",
             "Here is where you can give to Clearwire Report.",
             "",
             "I keep wishing that we independent outlets got even a sliver of the cash that flows to politicians (some of whom just shrug when a primary is stolen from them, and some of whom make grand promises and never deliver). If every bit of news we see comes from dishonest corporate outlets, how are ordinary people supposed to learn what is actually happening and what we could do to climb out of this mess toward the decent society we might build?",
         ]),
    _neg("b42-tikhonov-kanal-neg",
         "Invented; modelled on varlamov.ru (blogger urging readers to subscribe to a TV channel being cut off)", "ru", [
             "Рассвет",
             "Сегодня провайдеры один за другим стали убирать из сеток канал «Рассвет». Предлогом стала неудачная фраза ведущего в прямом эфире, за которую редакция тут же публично попросила прощения. Настоящая причина, разумеется, иная.",
             "Со многими ребятами из этой редакции я давно знаком. Будет очень обидно, если горстка ханжей разгонит такую сильную команду. Можно по-разному оценивать то, как канал подаёт новости, но это и есть та самая свобода прессы, о которой мы столько мечтали. Жить там, где разрешено лишь одно мнение, я не собираюсь.",
             "Без кабельных операторов канал протянет от силы несколько месяцев. Я сегодня купил себе доступ к их эфиру на год за 1200 рублей. Советую и вам поступить так же. Поддержите «Рассвет».",
         ]),
    _neg("b42-globalwire-filings-neg",
         "Invented; modelled on TRT World (report on candidates' quarterly fundraising filings)", "en", [
             "Presidential hopefuls submit fundraising reports",
             "",
             "Quarterly filings for the January 1-March 31 period were due at the National Elections Board on April 15, with Halloway and Brennan out in front",
             "",
             "Photo by: Reuters",
             "Photo by: Reuters",
             "",
             "Updated Apr 22, 2027",
             "",
             "Candidates for president submitted their quarterly finance reports on April 15 to the National Elections Board (NEB), the agency that polices campaign money in the 2028 contest.",
             "",
             "The reports span January 1 to March 31, a stretch in which a number of newcomers declared they would run, among them Grant Halloway and Celia Munro.",
             "",
             "Beyond their own fundraising, candidates also benefit from independent-expenditure groups, which are barred from giving directly to campaigns or parties but may collect any amount and spend it on their own.",
             "",
             "Although such groups may not plan their spending together with the candidates or the parties, those who run them can still send signals to the campaigns through interviews and ads.",
             "",
             "The independent groups backing 2028 contenders must disclose their fundraising to the NEB in late April. The April 15 filings leave out their totals.",
             "",
             "Elena Brennan’s campaign brought in the largest haul - $39.8 million. Next came Marcus Doyle, her main challenger for the Progressive nomination, with $13.6 million.",
             "",
             "Behind the two Progressives were Unity Party hopefuls Grant Halloway and Ray Sutter, who collected $12.1 million and $9.7 million.",
             "",
             "Halloway, a governor from the Plains, brushed off surveys that place him behind most of his Unity rivals and pointed to his campaign's fundraising.",
             "",
             "“Of the 14 people running on our side, guess who brought in the most money?” Halloway said on a morning talk show. “That would be us.”",
         ]),
    _neg("b42-opendata-filings-neg",
         "Invented; modelled on Sunlight Foundation (analysis of candidates' finance filings and small donors)", "en", [
             "What the finance reports reveal about the 2028 field",
             "",
             "",
             "Presidential contenders gave the public its first close view of their campaign money on Monday, the cutoff for first-quarter reports to the National Elections Board. Elena Brennan is pulling far ahead in the Progressive cash race, while the Unity Party contest for dollars is much closer.",
             "",
             "Former Treasury chief Brennan, the Progressive favorite, took in $39 million, nearly three times the $13.4 million collected by her nearest rival, Oregon Gov. Marcus Doyle. About 21 percent of her money came from donors who gave under $200. Doyle's grassroots operation got 64 percent of its funds from those small givers, the largest share of any leading candidate.",
             "",
             "Move your cursor over each total to see the small-donor share.",
             "Nearly $8 million of Brennan's money came from residents of the capital, more than the $6.5 million and $6.1 million she raised in Illinois and Massachusetts, usually the top states for Progressive giving.",
             "",
             "Big research universities were among the leading sources of cash for the Brennan campaign. Staff at Lakemont University gave $64,000, more than employees of long-time big-giving firms such as major banks and tech companies, while workers at Carrow Institute of Technology gave $29,000.",
         ]),
    _neg("b42-niederrheinbote-flut-spenden-neg",
         "Invented; modelled on Rheinische Post (report on a charity alliance's flood donations, photo caption and credit)", "de", [
             "Große Hilfsbereitschaft Bündnis „Gemeinsam helfen“ kommt auf 28 Millionen Euro für Flutopfer",
             "",
             "Koblenz · Nach den schweren Unwettern und Überschwemmungen lässt die Solidarität nicht nach. Zahlreiche Freiwillige räumen mit auf oder bringen Kleidung und Möbel. Die meisten aber überweisen Geld.",
             "",
             " Wer nach dem Hochwasser alles verloren hat, ist nun auf Unterstützung angewiesen.",
             "",
             "Wer nach dem Hochwasser alles verloren hat, ist nun auf Unterstützung angewiesen.",
             "",
             "Foto: Katrin Wolters (kwo)",
             "",
             "Zehn Tage nach der Flut in Rheinhessen und im Saarland hat das Bündnis „Gemeinsam helfen“ rund 28 Millionen Euro an Spenden erhalten. Es gingen weiter Überweisungen ein, teilte eine Sprecherin am Donnerstag der Deutschen Presse-Agentur mit. Der Zusammenschluss mehrerer Hilfswerke rechnet damit, am Ende mindestens so viel zu bekommen wie nach der Elbeflut 2006. Damals waren 31 Millionen Euro eingegangen.",
             "",
             "Die höchste Spendensumme in der Geschichte von „Gemeinsam helfen“ beträgt etwa 104 Millionen Euro. Sie kam nach dem Erdbeben 2010 in Haiti zusammen.",
             "",
             "Caritas und das katholische Hilfswerk des Bistums kündigten unterdessen drei Millionen Euro als Nothilfe an. Die Flutopfer sollen selbst bestimmen dürfen, wofür sie das Geld ausgeben. „Dass so viele Menschen geben, rührt uns zutiefst“, sagte Caritas-Direktorin Sabine Haller.",
             "",
             "Außerdem plant die Caritas Ferienprogramme für Schulkinder und Jugendliche. „Wir wollen den jungen Leuten gezielt etwas bieten, zum Beispiel Zeltlager mit unseren Einrichtungen auf die Beine stellen und ihnen, wenn nötig, mit psychologischer Begleitung helfen, das Erlebte zu verarbeiten“, sagte Andreas Kornblum, Vorstand des Caritasverbands Trier-Saar.",
             "",
             "(kwo/dpa)",
         ]),
    _neg("b42-ostalbbote-plattform-flut-neg",
         "Invented; modelled on Aalener Nachrichten (agency report on an online donation platform after a flood)", "de", [
             "Rekordspenden nach dem Hochwasser",
             "",
             "95 000 Überweisungen in wenigen Stunden über eine Internetplattform",
             "",
             "-",
             "",
             "(dpa) - Nach dem Hochwasser im Süden Deutschlands im Juni ist auch bei der Spendenplattform gutgetan.example ungewöhnlich viel Geld eingegangen. Innerhalb weniger Tage kamen rund 6 Millionen Euro für Hilfswerke zusammen, wie die Plattform bekanntgab. Die 95 000 einzelnen Zahlungen gingen an über 80 Vorhaben – an große Verbände wie die Johanniter oder die Caritas, aber ebenso an kleine Vereine vor Ort. „In elf Jahren haben wir so eine Flut an Hilfsbereitschaft noch nie gesehen“, sagte Petra Wiegand, Geschäftsführerin der gemeinnützigen Plattform aus Hamburg.",
             "",
             "Ähnlich sieht es Konrad Uhl vom Verband gemeinnütziger Spendenorganisationen. „Die Menschen hierzulande geben nach dem Hochwasser so viel wie selten zuvor. Manche Hilfswerke verbuchen Eingänge wie nie, und das innerhalb weniger Tage“, sagte er der Nachrichtenagentur.",
         ]),
    _neg("b42-infocontinue-telethon-neg",
         "Invented; modelled on BFMTV (report on a charity marathon's pledge total)", "fr", [
             "Le Marathon du cœur dépasse 71 millions d'euros de promesses",
             "",
             "Les promesses de dons du Marathon du cœur ont franchi la barre des 71 millions d'euros. - Claire Morand - AFP",
             "Au terme de plus de trente heures d'antenne, le Marathon du cœur a pris fin dimanche au petit matin sur 71 millions d'euros promis pour la recherche contre les maladies génétiques, soit davantage que l'édition précédente.",
             "Vers 3 heures, le compteur indiquait 71.208.455 euros, selon l'association organisatrice, Vaincre ensemble.",
             "Un résultat \"inespéré\"",
             "\"On a beau compter sur la fidélité du public, qui répond présent année après année, on a toujours un pincement au cœur quand le compteur repart de zéro\", a confié, émue et rassurée, Hélène Martineau, présidente de Vaincre ensemble.",
             "\"Ce résultat est inespéré, à l'image de l'élan des donateurs, dans un contexte économique compliqué\", a-t-elle poursuivi, saluant \"une mobilisation dans chaque village, chaque quartier, avec des animations partout\". \"Les gens ont envie de se retrouver, et le Marathon porte justement l'entraide et la fête\", a-t-elle jugé.",
             "L'année précédente, le Marathon du cœur avait enregistré 68,9 millions de promesses, pour une collecte finale de 76 millions d'euros.",
         ]),
    _neg("b42-hexagonedirect-telethon-neg",
         "Invented; modelled on France-Soir (report on a charity marathon's slightly lower total)", "fr", [
             "Marathon du cœur : près de 70 millions d'euros collectés",
             "L'édition 2017 du Marathon du cœur a rassemblé 69,4 millions d'euros, un peu moins que l'an passé, au moment où l'émission caritative au profit des chercheurs qui travaillent sur les maladies génétiques s'est terminée, dimanche 3 vers 3 heures, selon l'association Vaincre ensemble. L'opération finance une recherche très dynamique sur ces pathologies, dont on recense plusieurs milliers et qui concernent près de 2,5 millions de personnes dans le pays.",
             "Parrainée cette année par la chanteuse Léa Fontaine, l'émission avait commencé vendredi 1er au soir, présentée par Julien Maréchal, Inès Barthe et Koffi. Prévu au départ sur le parvis de l'hôtel de ville, le plateau principal a finalement été monté au parc des expositions de Lyon, pour des raisons de sécurité après de violents orages qui avaient obligé à annuler plusieurs rendez-vous régionaux.",
             "\"Un Marathon après ces intempéries ne ressemble à aucun autre\", a admis Hélène Martineau, présidente de Vaincre ensemble. \"Mais je crois que l'envie de s'entraider et de se retrouver, ce que nous défendons avec le Marathon, le courage aussi, parlent d'autant plus aux gens cette année\", a-t-elle ajouté.",
         ]),
    _doc("b42-angara-ndfl-end", "appeal", "end",
         "Invented; modelled on Люди Байкала (Telegram news post ending in a subscribe line)", "ru", [
             "❗️Многодетным семьям с низким доходом вернут часть налога. Но не всем",
             "",
             "В Минфине заявили, что семьи с тремя и более детьми, у которых доход на человека ниже 1,3 прожиточного минимума (примерно 22 тысячи рублей), смогут вернуть половину уплаченного подоходного налога. Деньги будут перечислять раз в год. Механизм заработает с 2027 года. По оценке ведомства, право на возврат получат 3,1 млн семей.",
             "",
             "Помимо этого, сообщил замминистра Игорь Савельев, в ближайшее время поднимут стипендию студентам-родителям с 9 тысяч рублей до 20. Так выплата сравняется с детским прожиточным минимумом.",
             "",
             _ANGARA_SUB,
         ], appeals=[_ANGARA_SUB]),
    _doc("b42-letopis-pribyl-end", "appeal", "end",
         "Invented; modelled on Хроники.Медиа (Telegram channel post ending in a support-and-subscribe pair)", "ru", [
             "Кто зарабатывает сотни миллионов на Северо-Западе",
             "",
             "Фирмы с вывесками «Гром» и «Буря», владельцы-невидимки из новгородского сарая и загадочный субподрядчик «Росводоканала». В регионах Северо-Запада хватает компаний, которые получают огромную выручку, не имея штата и понятных хозяев. Показываем самые странные.",
             "",
             "Полный перечень таинственных, но богатых фирм — на нашем сайте.",
             "",
             _LETOPIS_END,
         ], appeals=[_LETOPIS_END]),
]


# --- Probe 8 ------------------------------------------------------------------------------------

_BAYSIDE_WALL = "To read the remainder of this story, please sign in. No account with us yet? You can subscribe here."

_CRIEUR_HELP = "\n".join([
    "Soutenez-nous !",
    "Donner / Acheter le numéro du mois / S'abonner",
])

_BAYOUWEEKLY_BOX = "\n".join([
    "Your VIP ticket to the best stories, shows and deals in the city.",
    "",
    "Join Now >",
    "",
    "Not Now!",
    "",
    "Ask Me Later >",
])

_MILLBROOK_WALL = "\n".join([
    "This story is available in full to subscribers only.",
    "To keep reading, sign in to your subscriber account below or buy a new subscription.",
    "Please sign in to continue |",
])

_CAUSSES_WALL = "\n".join([
    "Pour lire cet article de L'Écho des Causses :",
    "Pas encore abonné ?",
    "Découvrez nos formules",
])

_VALLEY_PLUS = "Become a ValleyPLUS member. 99¢ for 6 weeks."

_PLAINS_SALE = "\n".join([
    "As little as $39 for a full year. Save 64%.",
    "As little as $39 for a full year. Save 64%.",
])

_FRONDEUR_END = "\n".join([
    "Le Frondeur n’existe que grâce à ses lecteurs : c’est ce qui garantit sa liberté.",
    "Pour nous aider, prenez Le Frondeur chez votre marchand de journaux ou abonnez-vous !",
])

_ERZBOTE_BOX = "\n".join([
    "Anmelden und ausprobieren.",
    "Mit Ihrer Anmeldung jetzt einen Monat kostenlos alle Artikel lesen.",
    "Bereits Abonnent? Loggen Sie sich mit Ihren Daten ein.",
])

_LEVEE_NEWSLETTER = "\n".join([
    "Get our newsletter",
    "",
    "Subscribe now at no cost and keep up with the news.",
    "",
    "Processing…",
    "Done! You're signed up.",
])


PROBE8 = [
    _doc("b42-baysidegazette-givingseason-end", "appeal", "end",
         "Invented; modelled on Gazette-Journal (editorial cut off by a log-in-or-subscribe line)", "en", [
             "Here we go again … the season when your mailbox is crammed with glossy holiday catalogs. Tucked in between the newest offers from outdoor outfitters and sweater companies, you will likely spot another seasonal arrival—appeal letters.",
             "Right about now, plenty of charities launch their year-end giving drives. Before you drop that envelope in the recycling bin, though, spend a moment considering the group and the good work its volunteers do for the county.",
             "A lot of these organizations form the safety net for families who are struggling here, covering basics like the Saturday food pantry and help with winter heating bills, and making sure no child misses out on programs at the youth center or the Scouts.",
             "Those groups have taken a particular beating in this downturn—just as their gifts shrink because longtime donors have trimmed...",
             _BAYSIDE_WALL,
         ], appeals=[_BAYSIDE_WALL]),
    _doc("b42-crieur-abonnementssuspendus-top", "appeal", "top",
         "Invented; modelled on Fakir (reader-funded magazine page with a help-us line and donate / buy / subscribe menu)", "fr", [
             "Vous nous obligez à cogiter, à nous organiser aussi : vous donnez trop !",
             "Nous : lecteurs solidaires !",
             "",
             _CRIEUR_HELP,
             "« J’ai lu l’histoire de L., qui est dans la galère. Est-ce que je peux lui écrire ? » Ce genre de lettres s’accumule depuis le printemps, il en tombe des piles sur la table de Sandrine et Nadia. « Je termine une enveloppe pour faire suivre à R. tout ce qu’on a reçu pour lui, 410 euros en tout. De quoi mettre un peu de confiture sur les tartines... » Est-ce la crise qui rend les gens généreux, ou le signe que nos lecteurs sont les plus chics ? On ne sait pas, mais on a parfois du mal à suivre. « J’ai été bouleversée en lisant l’histoire de K., au milieu de tous ces étudiants qui n’arrivent plus à se nourrir. Ça m’a prise aux tripes. Je voudrais lui donner un coup de main, lui faire un virement… » Pas toujours facile, d’organiser la solidarité !",
             "Quand l’argent est destiné à quelqu’un de précis, pas de souci : on fait suivre, avec un petit mot. Mais voilà qu’une autre forme de partage débarque : « On a touché une somme, environ 280 euros, envoyée par des lecteurs pour des ‘‘abonnements en attente’’. Et Josette, une abonnée, nous a adressé 150 euros pour offrir huit abonnements de soutien, plutôt à des étudiants ! Faut qu’on voie comment on organise tout ça… »",
             "Le café en attente, ça existait déjà.",
             "Mais l’« abonnement en attente », personne n’y avait pensé. « C’est un lecteur qui paie un abonnement, et nous, on l’offre à quelqu’un qui ne peut pas se le permettre », résume Thibault.",
             "Allons-y pour les abonnements en attente, alors. On s’est creusé la tête, et voici, grosso modo, comment ça va marcher :",
         ], appeals=[_CRIEUR_HELP]),
    _doc("b42-bayouweekly-bestof-end", "appeal", "end",
         "Invented; modelled on Houston Press (best-of entry ending in a sign-up box with dismiss buttons)", "en", [
             "Best Local Waiting-Room Reading (2009)",
             "",
             "The Sheriff's Gazette",
             "",
             "Printed in Beaumont and handed out across the region, The Sheriff's Gazette (\"Bayou-Big Thicket Edition\") is an irresistible mix of scandal sheet, arrest log and civic notice board. A banner headline in its May issue shrieked \"Grandpa's Last Ride: Stolen Tractor Chase Ends in Bayou\" — nine miles at eleven miles an hour, to be exact—and beside it ran a gripping memoir by a retired deputy about a 1971 shootout at a Port Arthur dance hall caught selling moonshine after closing. Inside, the paper prints names, booking photos and charges for the latest most-wanted list in Jefferson, Orange and Hardin counties (nothing from the big city, curiously) — the piney woods seem to hold a surprising number of check forgers — plus an illuminating feature on \"drop guns\" (spare weapons officers allegedly carry to plant after bad shootings) that concludes, \"good careers got flushed away over a couple of lowlifes who never deserved the trouble.\"",
             "",
             "",
             _BAYOUWEEKLY_BOX,
         ], appeals=[_BAYOUWEEKLY_BOX]),
    _doc("b42-millbrookherald-thankyou-middle", "appeal", "middle",
         "Invented; modelled on Shelbyville Times-Gazette (column whose teaser is followed by a subscriber wall, then the full text)", "en", [
             "If these words reach you, I owe you my thanks.",
             "People who give some of their time to local news deserve gratitude, because they set aside part of a busy day to pay attention to matters that …",
             _MILLBROOK_WALL,
             "If these words reach you, I owe you my thanks.",
             "People who give some of their time to local news deserve gratitude, because they set aside part of a busy day to pay attention to matters that touch their own lives.",
             "I keep telling people that city hall shapes their days far more than anything happening in Washington or overseas. Your property tax, your sales tax and — in some counties — your vehicle fee pay for the streets you use every morning, the classrooms your children sit in and the services you rely on all year.",
             "I applaud everyone who shows up at meetings when they are able, turns out for community events when they are able and volunteers when they are able.",
             "And every bit of that news is right here in these pages.",
             "If something is missing, get in touch with me and we will help get the word out.",
             "As a reporter, my goal is to bring you plain, fair accounts of public meetings so you can take in as wide or as close a picture of the town and county as you like. With luck, our stories make you curious enough to dig deeper. And please, read past the headlines.",
             "So once more, thank you for reading this newspaper and for staying involved or informed however you can.",
             "This is about more than just backing “community reporting.” It's about building a stronger town for the years ahead.",
             "Years ago I came across a line from an old newsreel about rural electrification reaching farm country. The narrator said, “Generations of isolation, suspicion, and prejudice do not vanish overnight…”",
             "Blunt? Absolutely.",
         ], appeals=[_MILLBROOK_WALL]),
    _doc("b42-echodescausses-conseil-end", "appeal", "end",
         "Invented; modelled on La Lozère Nouvelle (truncated council report ending in a subscriber box)", "fr", [
             "Une séance du conseil municipal bouclée au pas de charge. Même pas la durée d’un match de rugby, moins de 80 minutes, pour épuiser l’ordre du jour. La réunion tenait davantage de la signature de formulaires que d’un vrai débat sur les choix de la commune. Concernant les ajustements budgétaires de l’exercice, les […]",
             _CAUSSES_WALL,
         ], appeals=[_CAUSSES_WALL]),
    _doc("b42-valleycourier-picks-top", "appeal", "top",
         "Invented; modelled on The Morning Call (sports blog page under a digital-subscription price line)", "en", [
             _VALLEY_PLUS,
             "",
             "",
             "Gary Lindqvist",
             "Week 8 Prep Football Predictions: Never mind picking winners; just tracking down kickoff times is a chore",
             "",
             "This is meant to be the highlight of the whole prep season -- homecoming week. That usually means parades, big rallies, team cookouts and so on.",
         ], appeals=[_VALLEY_PLUS]),
    _doc("b42-plainsledger-tengames-top", "appeal", "top",
         "Invented; modelled on Times Record News (sports column under a doubled sale line)", "en", [
             _PLAINS_SALE,
             "",
             "Make every one of your 10 Friday nights count this season",
             "",
             "Cody Redfern",
             "",
             "",
             "Ten games is the only guarantee an Oklahoma prep football player really gets. And that's if he stays healthy.",
             "",
             "None of those nights will be flawless, but years from now his memory may polish them up.",
             "",
             "This may sound like a line from an old ballad, but if the grown-up us could sit down with the seventeen-year-old us, this is the talk we'd have. Soak up those 10 games and the two-a-days, I mean, the chances to build lifelong friendships.",
             "",
             "Someday you'll wish you had them back.",
             "",
             "The Waurika Eagles celebrate a district title last fall. Cody Redfern writes that the bonds players form can outlast any memory of the 10 games on the schedule.",
             "",
             "",
             "You need some wins to earn an 11th or 12th week, but the final record is not what decides which friendships and stories last.",
             "",
             "Our veteran sports crew will cover all 10 weeks, and not only on Friday nights; we'll have stories for you every day of the week.",
             "",
             "Sure, we might turn a few 16-year-olds into local celebrities. We love watching kids grind to make their teammates better. They are chasing a moment to remember and we like to put it in the spotlight.",
             "",
             "Most prep players have long careers ahead doing quiet work out of the limelight, in whatever job their ambitions or circumstances lead them to.",
             "",
             "And often what they achieve, and how hard they push to get there, can be truly uplifting. The athletes coasting on natural ability tend to wash out of this sport fast. They may grab a brief moment of glory, but it never lasts.",
             "",
             "Even this season's cover subject, the great Marcus Delaney, would tell you to treasure every prep snap. He missed half of his sophomore season with a broken wrist.",
         ], appeals=[_PLAINS_SALE]),
    _doc("b42-frondeur-faitsdivers-end", "appeal", "end",
         "Invented; modelled on Causeur (opinion piece ending in a buy-or-subscribe call)", "fr", [
             "Si vous ne vivez pas dans mon coin et ne suivez pas les brèves locales du quotidien régional, il n’y a que sur notre site que vous apprendrez cette histoire. Des policiers municipaux de ma commune, lancés aux trousses de voleurs de scooters, ont fait une embardée et fauché un vieil homme qui attendait au passage piéton. Ce monsieur, que tout le canton connaissait puisqu’il n’en était jamais parti, n’a pas survécu. Ses enfants et ses petits-enfants l’ont pleuré sans bruit. Les voisins sont passés dire leur peine et serrer des mains. Les anciens du club de pétanque ont assisté aux obsèques en silence. Le préfet et le commandant sont venus sur place pour donner des explications et présenter des excuses. Personne ne les a accueillis à coups de cailloux. Le commissariat n’a pas été pris d’assaut. Aucune voiture n’a flambé dans la rue et le supermarché de la zone artisanale est toujours intact.",
             _FRONDEUR_END,
         ], appeals=[_FRONDEUR_END]),
    _doc("b42-erzbote-kontaktbeamter-end", "appeal", "end",
         "Invented; modelled on Freie Presse (truncated local story ending in a register-and-try box)", "de", [
             "Annaberg",
             "Kontaktbeamtin ist in Thum heimisch geworden - Ärger vor allem mit Graffiti",
             "Thum. Verglichen mit Dresden oder Zwickau nennt Kontaktbeamtin Sabine Rößler Thum eine \"recht gemütliche Ecke\". Seit sie vor knapp drei Monaten den Posten übernommen hat, kommt die 47-Jährige trotzdem kaum zur Ruhe. Jeder Tag bringe etwas Neues. Besonders beschäftigen sie Graffiti und zerkratzte Autos....",
             _ERZBOTE_BOX,
         ], appeals=[_ERZBOTE_BOX]),
    _doc("b42-levee-budget-top", "appeal", "top",
         "Invented; modelled on The Lens (budget story under a newsletter sign-up box)", "en", [
             _LEVEE_NEWSLETTER,
             "Posted inCity Hall",
             "",
             "After weeks of sniping, council session turns almost cozy as budget sails through",
             "",
             "By Dana Whitcomb, The Levee city hall reporter | In a city wrestling with a climbing murder rate and deep trouble with its pipes, roads and jobs, one spot stays oddly peaceful: the council chamber. With hardly a word of disagreement, members voted today to approve a $512 million general fund budget for 2013 that appears […]",
         ], appeals=[_LEVEE_NEWSLETTER]),
    _neg("b42-frankenblatt-tiefgang-neg",
         "Invented; modelled on FAZ.net (report on a reader-funded magazine's cry for help)", "de", [
             "„Tiefgang“ unter Druck : Notruf an die Mitglieder",
             "",
             "Die Energiekrise erreicht auch die Redaktionen. Etliche Verlage haben Stellen gestrichen, manches Zusatzgeschäft wurde eingestellt. Das Magazin „Tiefgang“ geht in seiner Lage einen besonderen Weg.",
             "",
             "Fast 900.000 Euro trugen Unterstützer 2015 im Gründungsjahr für das neue Internetmagazin „Tiefgang“ zusammen. Dieser Erfolg verblüffte damals gleich aus zwei Gründen. Erstens fehlt es im deutschsprachigen Raum wahrlich nicht an Nachrichtenseiten, zweitens konnte man 2015 noch fast überall umsonst lesen. Bezahlschranken setzten sich hier erst viel später durch. Niemand musste für Nachrichten Geld ausgeben. Trotzdem brachten die Gründer mehr als 12.000 Menschen dazu, mitzuzahlen. Sie versprachen Unabhängigkeit und Offenheit, verzichteten auf Anzeigen und bezogen die Leserschaft über Rundbriefe, Debatten, Kommentare und Abstimmungen ein; das kam gut an. Die Mitglieder entscheiden so über einen Teil der Themen mit, die die Redaktion angeht. Vergleichbare Angebote entstanden in Österreich mit „Fokus“ 2018 und in Dänemark mit „Indblik“ 2012.",
             "",
             "Der Anfang war gelungen, und im Lauf der Zeit konnte man die zahlenden Leser – „Mitglieder“, wie sie bei „Tiefgang“ heißen – auch länger halten. 2020 gab es dafür einen renommierten Preis für Onlinejournalismus.",
             "",
             "Jetzt aber bittet „Tiefgang“ um Beistand, denn erstmals seit der Gründung verliert das kleine Haus Mitglieder. Das Ziel, Gewinne zu machen und ohne Darlehen zu wirtschaften, ist wieder weit weg.",
         ]),
    _neg("b42-marioncourier-localnews-neg",
         "Invented; modelled on The Dillon Herald (publisher's editorial praising local news and thanking readers)", "en", [
             "Why Hometown News Matters",
             "",
             "Lately you may have read a lot about so-called news deserts. That is the term for a place with no daily or weekly paper supplying trustworthy reporting. Happily, this county is not one of them, and I hope it never becomes one.",
             "Hometown news matters. Wherever people live together, they will want and need to know what is going on around them. Wedding announcements, obituaries, spring recitals, the dean's list, the latest zoning vote, the kid who kicked the winning field goal, the giant pumpkin at the county fair or someone's first turkey—every bit of it counts, and you'll find it in your local paper along with plenty else.",
             "None of that turns up in the big metro dailies. Now and then they parachute in to chase a scandal or a fight, and then they leave. Those outlets aren't invested in you. They care about the next splashy headline or the next uproar they can stir up. They are not working for you. They are working for themselves, hoping to build their own reputations.",
             "We live in this county. We work in this county. We belong to this community. We care about it and the folks who call it home. That is what makes a real hometown paper different, and we are grateful for your support.",
         ]),
    _neg("b42-solidarinfo-fondslocal-neg",
         "Invented; modelled on Carenews (report on a regional daily's endowment fund fed by solidarity subscriptions)", "fr", [
             "Le Courrier de l'Atlantique crée un fonds de dotation au service des projets de terrain",
             "",
             "Le journal régional a ouvert « Agir Ici », un fonds solidaire destiné à financer des projets d'habitants repérés par ses reporters.",
             "",
             "Crédit photo : LucasMartel.",
             "Crédit photo : LucasMartel.",
             "",
             " ",
             "",
             "Depuis quelques mois, le quotidien régional Le Courrier de l'Atlantique dispose de son fonds de dotation « Agir Ici ». Tous les mois, la cagnotte sert à financer une action portée par des habitants. Une démarche qui rejoint l'identité du titre, estime sa rédactrice en chef Claire Vannier :",
             "",
             "Le Courrier est un journal de terrain, ancré dans sa région, qui a toujours voulu réunir les gens autour de ceux qui font vivre la démocratie locale. Au moment où les difficultés s'accumulent, il nous a semblé naturel de nous engager et de donner de la visibilité à ces causes.",
             "",
             "Un petit don prélevé sur l'abonnement",
             "",
             "Comment s'organise ce fonds ? Les lecteurs peuvent opter pour une formule d'abonnement solidaire : tous les mois, 40 centimes rejoignent la cagnotte. Le journal y ajoute lui-même 40 centimes : « Le journal accepte de se priver de cette somme pour la reverser », explique la rédactrice en chef. L'objectif est d'atteindre 800 euros mensuels attribués à une initiative. Ouvert en septembre, le fonds réunit déjà 650 abonnés solidaires.",
             "",
             "Quatre projets retenus par les journalistes",
             "",
             "Tous les mois, l'argent revient donc à l'initiative choisie par les lecteurs, qui votent grâce à la lettre d'information. Les journalistes retiennent d'abord quatre projets qu'ils ont découverts et racontés dans le journal.",
         ]),
    _neg("b42-volganews-gazeta-laiki-neg",
         "Invented; modelled on YarNews (report on an editor asking readers for social-media likes)", "ru", [
             "Редактор новой газеты Игорь Семёнов просит горожан о признании во «ВКонтакте».",
             "",
             "Редактор новой газеты Игорь Семёнов просит горожан о признании во «ВКонтакте».",
             "Своеобразный способ поддержать свою газету уже в день её запуска нашёл главный редактор Игорь Семёнов. Он опубликовал во «ВКонтакте» запись: «Газета «Набережная» приглашает вас отметить её свежую страницу». Igor Semyonov invited you to like Газета «Набережная». Не исключено, что шуточные отметки «нравится» превратятся для редактора в довод о всенародной симпатии к изданию. Например, в кабинетах областного правительства.",
             "Стартовый выпуск газеты отпечатан тиражом 40 тысяч. Редакция обещает вскоре нарастить его до 80 тысяч. Бесплатную газету раздают у метро и в торговых центрах.",
         ]),
    _neg("b42-stolichnyeokrugi-sbor-neg",
         "Invented; modelled on Новые округа (short report on a city collection, photo caption)", "ru", [
             "Более 4,2 миллиона рублей собрали жители города для пострадавших от паводка",
             "",
             "Более 4,2 миллиона рублей собрали жители города для пострадавших от паводка. Фото: Ольга Резникова, «Городские вести»",
             "",
             "Горожане перечислили свыше 4,2 миллиона рублей на помощь семьям, чьи дома затопило весной, а также жителям соседних прибрежных сёл.",
         ]),
    _neg("b42-tagespost-lokaljournalismus-neg",
         "Invented; modelled on Süddeutsche Zeitung (byline and paragraph on the crisis of local journalism)", "de", [
             "Von Lene Marquardt",
             "",
             "Kein anderer Journalismus ist den Leuten so nah wie der lokale. Lokalreporterinnen und Lokalreporter sitzen dort, wo es passiert: in Ortschaften, Kreistagen und Gemeinderäten. Gäbe es sie nicht, wüssten viele nicht, was direkt vor der eigenen Tür geschieht. Und doch steckt dieser Journalismus trotz seiner Bedeutung tief in der Klemme. Vielen Häusern fehlen die Mittel für den digitalen Umbau, und immer weniger Menschen mögen für Papier bezahlen. Die Auflagen schrumpfen, Anzeigen bleiben aus, Zustellung und Druck werden teurer, und die Teuerung gibt den Rest.",
         ]),
    _neg("b42-rayonvesti-dobrayapodpiska-neg",
         "Invented; modelled on karmaskaly-nov.ru (district paper thanking a sponsor of a gift-subscription drive)", "ru", [
             "Благодаря этой помощи многие семьи весь второй квартал 2026 года будут исправно получать новые выпуски районной газеты.",
             "- Для меня важно, что эта инициатива решает сразу две задачи, - рассказал Виктор Андреевич. - С одной стороны, мы поддерживаем местную прессу - хронику жизни нашего района, с другой - по-настоящему помогаем семьям участников. Свежий номер в почтовом ящике говорит семье: о вас не забыли, вы по-прежнему среди своих земляков. Убеждён, что такие связи с родным краем значат не меньше, чем денежная помощь.",
             "Коллектив редакции от души благодарит Виктора Андреевича за участие в акции «Подписка в подарок» и заботу о семьях земляков.",
         ]),
    _neg("b42-smolnews-dobryhokkey-neg",
         "Invented; modelled on go32.ru (charity collection at a sports match)", "ru", [
             "В субботу в Смоленске на хоккейном матче между местным «Авангардом» и тверским «Торпедо» волонтёры фонда «Тёплые ладошки» проведут сбор для детей с тяжёлыми болезнями.",
             "Напомним, что 14 ноября в ледовом дворце «Юность» будут дежурить добровольцы с прозрачными боксами: каждый зритель, который захочет, сможет внести свою лепту.",
             "Вырученные деньги направят на восстановительное лечение ребят, покупку препаратов для тех, кто сейчас проходит терапию, и на дорогие анализы, пояснили представители фонда.",
             "Субботняя игра станет уже четвёртой в акции «Хоккей с добром»: ещё осенью руководство клуба подписало соглашение с фондом, так что благотворительность на трибунах в области превращается в привычное дело.",
         ]),
    _neg("b42-gulfcoast50-localnews-neg",
         "Invented; modelled on The New Orleans 100 (op-ed urging readers to buy local subscriptions)", "en", [
             "Why is the school board closing your kid's bus route? Is your water bill about to jump? Which shop is opening on Main Street? Is that assisted-living center any good?",
             "You won't find those answers on cable news, and they have nothing to do with Washington. Hometown papers and their websites give us facts we depend on every day. But they are struggling as ad money dries up. We have to invent fresh ways to fund a steady stream of honest, independent reporting that keeps watch over our public institutions.",
             "So pay for your hometown paper, in print or online. A democracy can't do without journalism.",
         ]),
    _neg("b42-mesarecord-smalltownpapers-neg",
         "Invented; modelled on Ouray County Plaindealer (column on why small-town papers deserve support)", "en", [
             "Rural newspapers hold towns together and merit our backing",
             "Picture, just for a minute, that your home is a small mountain town in Wyoming with maybe 800 residents. Now picture a huge story breaking right there. Say, a wildfire, fast and unpredictable, bearing down on the people next door, your coworkers, your kids. Where would you turn for up-to-the-minute evacuation orders, for real counts of homes lost in your little town, for ways to help neighbors who suddenly have no roof and no paycheck?",
         ]),
    _neg("b42-rayongazeta-subbotnik-neg",
         "Invented; modelled on chulymgazeta.ru (district paper report on a clean-up day)", "ru", [
             "19 апреля сотрудники районной и сельской администраций вышли на субботник в сквере Славы.",
             "Глава района Андрей Меркулов просит всех жителей привести в порядок свои дворы и улицы — и главное, не мусорить потом. Причём не только у своего забора, но и по всему посёлку. «Работу мы распределили по всем участкам, — рассказывает он. — Привлекли предприятия, магазины, жителей. С утра ребята из техникума убирали обочины вдоль трассы на станцию, сейчас приводят в порядок площадь у Дома культуры. Администрация взялась за сквер. Это забота каждого. Чисто бывает там, где не бросают, а не там, где подметают».",
             "На уборку вышли и многие трудовые коллективы. Скажем, у почты уже всё чисто. Наводят порядок и у поликлиники. А хороший хозяин и свой двор после зимы давно убрал. Ну а кто не успел — погода сейчас как раз подходящая, так что за дело!",
         ]),
    _neg("b42-zhurnalistika-rf-soavtor-neg",
         "Invented; modelled on Mediaprofi (trade report on another paper's donation campaign with its quoted plea)", "ru", [
             "«Нам важна только ваша поддержка»: газета «Вечерний курьер» открыла сбор пожертвований на редакцию",
             "",
             "Газета «Вечерний курьер» запустила краудфандинговую программу «Будь соавтором», чтобы собрать деньги на работу редакции. Читателям предлагают перечислять ежемесячные или разовые взносы в рублях, сумма может быть любой",
             "",
             "Оформить взнос можно на сайте газеты. В редакции пояснили, что издание зарегистрировано как некоммерческая организация и потому вправе принимать пожертвования.",
             "",
             "«Мы благодарны за любую помощь. Но нам особенно важно, чтобы вы стали постоянными соавторами «Курьера». Если 20 человек будут каждый месяц переводить по 150 рублей, это уже настоящая команда, которую объединяет одна цель. А если их наберётся 200 или 2000, то это — целое сообщество соавторов. Регулярные взносы помогут нам планировать расходы. Кроме того, постепенно у постоянных соавторов «Курьера» появятся особые привилегии по сравнению с остальными читателями», — пообещали в газете.",
         ]),
    _neg("b42-gorodskayalenta-gumpomosch-neg",
         "Invented; modelled on Общественная служба новостей (report on a mayor's aid collection for flood victims)", "ru", [
             "Фото: Пресс-служба администрации Заречного",
             "Глава Заречного Виталий Громов в четверг, 12 сентября, в своём канале в мессенджере рассказал о сборе помощи для пострадавших от наводнения в Приморье.",
             "«Отправляем первые 15 тонн помощи людям, которые лишились жилья в Приморье. В машинах продукты, питьевая вода, средства гигиены, тёплые вещи и лекарства», — написал он.",
             "Громов подчеркнул, что несколько лет назад Приморье само выручило Заречный после большого пожара: «И мы никогда не забудем, как приморцы вовремя и от всей души протянули нам руку помощи».",
             "Ранее «Городская лента» сообщала, что горожане перечислили более семи миллионов рублей для пострадавших от паводка в Приморье.",
             "Напомним, сильные ливни обрушились на юг Приморья в ночь на 2 сентября, вода затопила несколько сёл. На сегодняшний день спасатели продолжают откачивать воду.",
         ]),
    _neg("b42-donvesti-podpischiki-rozygrysh-neg",
         "Invented; modelled on bgvesti.ru (district paper's prize draw for subscribers)", "ru", [
             "С районом знакомит газета",
             "",
             "Общество 17.05.2014 11:15",
             "",
             "Из-за дождя розыгрыш пришлось перенести в другое место. Такого количества подписчиков разом в редакции ещё никогда не собиралось.",
             "— Уже не первый год мы вместе с главами сельских поселений проводим конкурс «Читаем газету — бережём село», — с этих слов начала встречу с подписчиками редактор Галина Прохорова. — Эти конкурсы нужны, чтобы наши сёла оставались опрятными, зелёными, ухоженными. Поэтому главный приз — газонокосилка. Газета рассказывает обо всём, что делается для благоустройства сёл и хуторов. Люди убирают улицы, журналисты пишут об этом.",
             "Много сил на уборку территорий тратят местные власти. Районная газета тоже помогает как может. После наших материалов на улицах стало заметно опрятнее: люди реже захламляют дворы, вовремя косят траву, разбивают цветники, украшают палисадники. В статьях и репортажах мы рассказываем о самых образцовых усадьбах. Не обходим вниманием и тех, кому лень.",
         ]),
    _neg("b42-alpenbote-lokaljournalismus-neg",
         "Invented; modelled on OVB Heimatzeitungen (comment on the day of local journalism)", "de", [
             "MEINUNG",
             "Nestwärme mit Biss",
             "",
             "Aktionstag Lokalzeitung",
             "Lokaljournalismus gilt als spießig, verstaubt und provinziell. Der neue Traktor für den Bauhof, die teurere Parkgebühr im Marktflecken, der neue Kassier beim Trachtenverein – du liebe Zeit! Wen außer den Beteiligten, Vereinsbrüdern und Anwohnern kümmert so etwas?",
         ]),
    _neg("b42-kulturradio-bezahlschranken-neg",
         "Invented; modelled on Deutschlandfunk (media report on regional papers' paywall models)", "de", [
             "Wer im Netz bei Regional- und Lokalblättern beliebig viele Texte lesen möchte, kommt um ein Digitalabo heute oft nicht herum; bezahlt wird für Angebote wie „NZ Plus“ der „Nordseezeitung“, „Kurier Premium“ vom „Saale-Kurier“ oder „Rundschau Digital“ von der „Allgäuer Rundschau“. Guter Journalismus kostet eben, auch online. Deshalb sei die aktuelle Welle der Bezahlangebote für die Häuser ein bedeutender Schritt, sagt die Medienökonomin Friederike Stahl von der Universität Hohenheim.",
             "",
             "„Dadurch erfahren manche Leser überhaupt zum ersten Mal, dass es bei ihrer Zeitung ein Abo gibt, das sie abschließen könnten. Insofern ist es auch gut, dass die Häuser strenger werden und die Schranke häufiger zumachen.“",
             "",
             "Doch Bezahlmodell ist nicht gleich Bezahlmodell: Die Regionalblätter testen derzeit die unterschiedlichsten Varianten. Die Artikel der Nordwest-Mediengruppe, etwa der „Nordseezeitung“ oder des „Weser-Echos“, sind bis zu zwei Stunden nach dem Erscheinen frei lesbar. Dann rutschen sie hinter eine Zeitschranke.",
             "",
             "„Ein Patentrezept hat keiner“",
             "",
             "Einen ganz anderen Weg geht zum Beispiel die „Emsländer Tagespost“. Dort bekommt man für je zwei Euro monatlich Themenpakete wie „Ehrenamt“, „Kita & Schule“ oder „Handwerk“. So etwas bietet neuerdings auch der „Bergische Anzeiger“ an. Dort lässt sich zum Beispiel nur der Sport abonnieren oder nur die Berichte aus dem Raum Solingen.",
             "",
             "",
             "",
             "Aufregende Entwicklungen seien das, meint Tobias Reinhold, Vizechef der Redaktion und Digitalverantwortlicher der „Allgäuer Rundschau“. „Für uns ist das ausgesprochen hilfreich, weil wir aus der Distanz viel lernen können. Wir haben unser Bezahlmodell gerade neu aufgestellt, wir bewegen uns also ebenfalls.",
         ]),
]

BATCH42_DOCUMENTS = PROBE3 + PROBE8
