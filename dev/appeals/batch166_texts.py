"""Batch 166: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

13 documents (3 appeal, 10 negative; DE, FR, RU): our own paraphrases of every document of the
local-only real probe 146 (13 documents). Each keeps the real page's structure (a podcast-directory
episode page whose title line sits above one long glued paragraph ending in "... hier weiterlesen:"
and a link, a Telegram channel web mirror with anchor-emoji site lines and emoji-led headlines, a
newsletter digest of unlabelled paragraphs, a regional news story with a kicker, a "Veröffentlicht:"
dateline, an agency tag and "•" bullets, a concert item with two "&copy" photo-credit lines and a
"--> Mehr" link, a trade-press item with a photo caption glued to its credit and a duplicated
paragraph, a village-blog thank-you with an upper-case heading and signatures, a PressReader
clipping with its edition chrome line, a foundation press item, an investigative piece with a
sub-heading, an aggregator teaser with an asterisk footnote mark, a single-paragraph TV transcript)
and exactly what the real gold marks: a "+++"-framed Bitcoin support plea with two support links,
glued without spaces to the end of the episode text's read-more link and to itself; in the Telegram
mirror, the top "our site:" line with its domain, and further down the bare "our site" line together
with the channel's motto line; a one-line "follow us on our social platforms" line closing a
newsletter. Negatives keep what makes the real ones hard: a charity club's benefit cabaret with
pay-what-you-like entry and a registration phone and e-mail, a youth club's "buy one more" goods
drive with its running total, two benefit concerts with an art auction and its URL, a benefit
concert's cheque total split among aid groups, a village collection's thank-you with its tonnage, a
food-bank collection with opening hours and phone, a foundation's donation total, an investigation
into pressured donations from public-sector staff, a teaser relaying another outlet's plea for
reader donations, a charity spokeswoman interviewed on TV.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it
stands and every gold appeal substring is located in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 146: appeal documents ----------------------------------------------------------------

_GEGENLICHT_BITCOIN = (
    "+++Gefällt Ihnen, was wir senden? Werden wir zusammen vom Geldsystem der Banken unabhängig – "
    "ganz im Sinne einer „finanziellen Notwehr im Netz“ – und helfen Sie uns bitte per Bitcoin: "
    "https://gegenlicht-radio.example.org/foerdern#btc"
    "Alle anderen Wege, unsere Arbeit zu fördern, stehen hier: "
    "https://gegenlicht-radio.example.org/foerdern/+++"
)

_NORDBEREG_SITE_TOP = "⚓️Сайт канала: nordbereg-news.example"

_NORDBEREG_SITE_MID = "\n".join([
    "⚓️ Сайт канала",
    "⚓️ Северный Берег — правда по ветру и против ветра.",
])

_SAVANE_SOCIAL = "Suivez Savane Éco sur l’ensemble de nos réseaux sociaux"


PROBE146_APPEALS = [
    _doc("b166-gegenlichtradio-radsport-end", "appeal", "end",
         "Invented; modelled on apolut (podcast-directory episode page, glued +++ Bitcoin support plea at the end)", "de", [
             "Treten ohne Träume | Von Henrike M. Vasconcelos",
             "Eine Betrachtung von Henrike M. Vasconcelos.Nie zuvor sind Radprofis so präzise vermessen und so perfekt trainiert über die Pässe gefahren. Und nie zuvor war eine Rundfahrt so vorhersehbar und eintönig.Jede Attacke ist längst am Computer geplant. Gerade das nimmt dem Radsport jenen Zauber, der ihn in den Jahrzehnten vor der Jahrtausendwende ausgemacht hat. Der Mut zum spontanen Ausreißversuch geht unter in Wattwerten, die bis zum letzten Kilometer vorausberechnet sind. Die Fahrer wirken inzwischen wie Versuchspersonen aus einem Labor für Ausdauer. Die Nachwuchsteams gleichen Leistungsfabriken, in denen jeder zu langsame Junior früh aussortiert und jeder „brauchbare“ zum Sprintautomaten geformt wird. Und die Datenflut aus Helmkameras und Sensoren lässt kaum noch Raum für hitzige Debatten am Straßenrand über Windschatten und verbotene Hilfe. Alles rund um das Rennen ist messbar und damit erledigt. So soll es auch sein, denn sonst wäre der Radsport nicht, was er heute ist: Ein Renditeobjekt, das Sponsoren und Rechtehändlern glänzende Bilanzen liefern soll. Verlierer sind die treuen Anhänger, die an den Berghängen, in den Kneipen und vor den Bildschirmen eine wachsende Fremdheit spüren. Ein Beitrag zur #Rundfahrt-Sommerserie <3>.... weiter geht es hier: https://gegenlicht-radio.example.org/treten-ohne-traeume-von-henrike-m-vasconcelos" + _GEGENLICHT_BITCOIN,
         ], appeals=[_GEGENLICHT_BITCOIN]),
    _doc("b166-nordbereg-mobilnet-top-middle", "appeal", "top+middle",
         "Invented; modelled on Nastoyashchiy Severo-Zapad (Telegram channel web mirror, anchor-emoji site and motto lines)", "ru", [
             _NORDBEREG_SITE_TOP,
             "🤬Мобильный интернет в Поморье будут отключать всё лето",
             "Об этом заявил депутат областного собрания Геннадий Мохов. По его словам, ограничения введут из соображений безопасности и продлят как минимум до осени.",
             _NORDBEREG_SITE_MID,
             "⚰️«Из села вернулись единицы»",
             "Житель Вологодской области поделился, что из его посёлка почти не осталось мужчин, подписавших контракт. Большинство из тех, кого он знал, погибли, и их привезли обратно в закрытых гробах.",
             "Он упомянул и своего соседа, о котором уже полгода нет вестей. Дома у того остались жена и двое сыновей, однако никаких компенсаций они не видят. В военкомате и в соцзащите слышат одно и то же: пока человек не найден, платить не положено. Жене даже дают понять, что муж мог «сбежать сам».",
         ], appeals=[_NORDBEREG_SITE_TOP, _NORDBEREG_SITE_MID]),
    _doc("b166-savaneeco-hebdo-agri-end", "appeal", "end",
         "Invented; modelled on Agence Ecofin (newsletter digest via a collector site, social follow line at the end)", "fr", [
             "Le dispositif ciblera d’abord les petits producteurs de cacao, qui assurent l’essentiel de la récolte du pays tout en restant les plus exposés aux aléas climatiques.",
             "Face au redécoupage des flux commerciaux internationaux, le contrôle des grands axes logistiques devient une question de souveraineté. Tandis que l’Inde finance la modernisation du port de Berbera, l’Union européenne mise sur la route du Nord-Sud pour sécuriser l’accès aux métaux de la transition énergétique.",
             "Tous les samedis, l’équipe de Savane Éco passe en revue pour vous les faits marquants des sept derniers jours dans l’énergie sur le continent, et ce qu’ils changent.",
             "L’agence Fitch a amélioré la perspective du Bénin de stable à positive, citant des recettes fiscales en hausse, une dette mieux maîtrisée et un accès élargi aux marchés. Cotonou compte sur l’extension de sa zone industrielle, l’agro-transformation et des projets d’infrastructures pour tenir un rythme proche de 7%.",
             _SAVANE_SOCIAL,
         ], appeals=[_SAVANE_SOCIAL]),
]


# --- Probe 146: negative documents --------------------------------------------------------------

PROBE146_NEGATIVES = [
    _neg("b166-alpenkurier-kabarett-benefiz-neg",
         "Invented; modelled on Tiroler Tageszeitung (regional story about a charity club's benefit evening)", "de", [
             "Bregenz, Hard – Seit seiner Gründung im März 2016 hat der Hilfsverein „Herz für Hard“ schon gut dreißig Hilfsaktionen auf die Beine gestellt: „Wir haben Schultaschen für Kinder gepackt, 40 Wintersäcke an die Notschlafstelle der Stadt gebracht und Familien mit Einkaufsgutscheinen unter die Arme gegriffen“, erzählt Vereinsobfrau Brigitte Feurstein aus Hard. Sie kenne also die „vielen stillen Notlagen“, die es in Vorarlberg gebe.",
             "Ganz besonders nahe gegangen sei ihr jedoch die Geschichte eines verwitweten Vaters von drei kleinen Kindern aus Bregenz, dessen Bitte um Hilfe den Verein im Herbst erreichte. Zwei der Kinder seien auf ständige Betreuung angewiesen, der Vater arbeite „bis an die Grenze“, komme aber finanziell nicht mehr über die Runden. „Wir konnten mit Heizkostenzuschuss und Lebensmitteln den Winter etwas leichter machen“, sagt Feurstein, „doch das reicht nicht.“ Wichtigstes Vorhaben sei jetzt, für den achtjährigen Sohn, der an Muskeldystrophie erkrankt ist, ein Stehgerät, ein Pflegebett und einen elektrischen Rollstuhl zu finanzieren. Es gehe vor allem um jenen Anteil, den die Kasse nicht übernimmt.",
             "Deshalb lädt der Verein am Samstag, den 14. März, um 20 Uhr zu einem Lachabend mit Kabarettistin Lisa Gmeiner in den Kultursaal am See (Studiobühne). Gmeiner habe ohne zu zögern zugesagt, auf ihre Gage zu verzichten, freut sich Feurstein, und auch der Saal werde kostenfrei überlassen. Das Besondere: Wie viel der Eintritt kostet, bestimmt jeder Gast selbst – der gesamte Erlös geht ohne Abzug an die Familie. Reservierung unter Tel. 05574/410-220 oder karten@herzfuerhard.example.org.",
         ]),
    _neg("b166-linzaktuell-packeinsdazu-neg",
         "Invented; modelled on SALZBURG24 (regional news story with kicker, dateline, agency tag and bullet list about a goods drive)", "de", [
             "Sammelaktion",
             "\"Pack eins dazu\" macht wieder Station in Linz",
             "Aktualisiert: 4. Oktober 2024 09:12 Uhr",
             "Die Sammelaktion \"Pack eins dazu\" des Jugendforums Linz kommt nach dem erfolgreichen Auftakt im Frühling zurück ins Einkaufszentrum Traunpark. Was am Samstag abgegeben wird, geht an Familien, die auf die Lebensmittelhilfe angewiesen sind.",
             "LINZAKTUELL (mk)",
             "Die Aktion \"Pack eins dazu\" für den Verein Vollkorb Linz findet am Samstag erneut statt – diesmal im Traunpark in Leonding. Gesammelt werden dabei verpackte, lange haltbare Nahrungsmittel sowie Drogerieartikel – zugunsten armutsbetroffener Haushalte im Großraum Linz.",
             "Wie \"Pack eins dazu\" abläuft",
             "\"Vor dem Winter möchten wir Familien mit wenig Geld ein bisschen Last abnehmen\", erklärt Valentina Pichler vom Verein Donaubrücke Linz am Donnerstag gegenüber LINZAKTUELL. Geplant und umgesetzt werde alles von den Jugendlichen des Jugendforums ganz in Eigenregie. Los geht es am Samstag um 10 Uhr.",
             "So einfach läuft \"Pack eins dazu\" ab:",
             "• Wer einkauft, nimmt ein oder zwei Produkte zusätzlich mit.",
             "• Die zusätzlichen Produkte landen in Sammelkörben beim Ausgang.",
             "• Sämtliche Spenden gehen ohne Umweg an Vollkorb und werden dort an Familien verteilt.",
             "Beim Auftakt im Frühling hatten die Jugendlichen des Jugendforums Produkte im Wert von rund 2.300 Euro zusammengetragen und dem Verein überreicht.",
             "Wer steckt dahinter?",
             "Nach dem Motto \"Essen retten, Menschen helfen\" sammelt der Verein Vollkorb übrig gebliebene Lebensmittel aus Handel und Produktion und gibt sie zu symbolischen Preisen an Menschen mit geringem Einkommen weiter. Die Kundinnen und Kunden brauchen dafür lediglich einen Nachweis ihres Einkommens und können danach wöchentlich in einer der Ausgabestellen einkaufen. Zusätzlich beraten ehrenamtliche Helferinnen und Helfer bei Fragen zu Sozialleistungen.",
         ]),
    _neg("b166-wienerleben-erdbeben-benefizkonzert-neg",
         "Invented; modelled on VIENNA.AT (concert item with photo-credit lines and a more-concerts link)", "de", [
             "Hilfskonzert für die Erdbebenopfer",
             "&copy NPA",
             "&copy NPA",
             "Am 9. März steigt in der Halle Donaustadt ein großes Hilfskonzert für die Menschen im Erdbebengebiet - Amberger, Seiler und Rosenthal stehen auf der Bühne. --> Weitere Events",
             "Nach dem Solidaritätsabend am 24. Februar mit Popmusikern wie etwa Julia Lindner, Pauline und den Fernweh Brothers sowie Kabarettist Thomas Maurer folgt am 9. März in der Wiener Halle Donaustadt ein zweites Hilfskonzert, für das Auftritte unter anderem von Ludwig Seiler, Marianne Amberger, Felix Rosenthal, Die Kranzler und Ottokar Pfeil angesagt sind. Das gaben die Veranstalter am Mittwoch bekannt. Was der Abend „Gemeinsam stark“, ein Mitschnitt auf Vinyl und eine Versteigerung von Kunstwerken im Internet einbringen, geht an die Betroffenen in der Bergregion.",
             "Die Auktion, für die etwa Eva Brandl, Kurt Haberl und Nora Zeman Arbeiten gespendet haben, beginnt am 9. 3. unter http://www.kunst-hilft.example.at und dauert bis Anfang April. Am Konzertabend selbst kommt eine Grafik von Haberl unter den Hammer. Organisiert wird das Konzert am 9. März von Sabine Kreuzer.",
             "Schon vorher, am 28. Februar, findet im Kulturspeicher Hernals ein weiterer Hilfsabend namens „Lights for the Valley“ statt, zu dem etwa 1.500 Gäste kommen sollen und dessen Einnahmen an „Licht ins Tal“ gehen. Über „Lights for the Valley“ sagen die Veranstalter Jonas Mairhofer und Petra Lind, es gehe einfach darum, „das Einzige zu tun, was Musiker wirklich können – spielen und damit ein wenig Wärme geben.“ Mairhofers Formation „Lindwurm Collective“ war nach einer Tournee durch Südeuropa noch für eine Woche Wandern in den betroffenen Bergdörfern geblieben. Gerade zwei Tage nach ihrer Heimreise bebte dort die Erde. Die Musiker hatten während ihres Aufenthalts zahlreiche Bekanntschaften geschlossen: „Einige davon haben das Beben nicht überlebt“, erzählt Mairhofer.",
         ]),
    _neg("b166-tonspuraktuell-lawinen-benefiz-neg",
         "Invented; modelled on MusikWoche (trade-press item with glued photo credit and a duplicated paragraph)", "de", [
             "Am Tag der Arbeit, dem 1. Mai, organisierte Gipfelklang Events das \"Lawinen Solidaritätskonzert\" in der Stadthalle Graz. Zusammengekommen sind insgesamt 180.000 Euro. Der gesamte Überschuss geht an die Initiative Bergregion hilft.",
             "Bei der Scheckübergabe über die 180.000 Euro auf der Bühne (von links): Nina Pirker (Moderation), Harald Ulm, Stefan Kogler (Veranstalter), Monika Rath (Bergrettung Steiermark) und Lukas Fink (Moderation).Foto: Jana Wiesinger",
             "Mit dem gesammelten Geld will Bergregion hilft jene Familien unterstützen, die von den Lawinenabgängen in den Hochtälern getroffen wurden. Die Initiative verteilt den Überschuss auf die Bergrettung, die Caritas, den Samariterbund, die Feuerwehrjugend und die Volkshilfe. So soll rasch Soforthilfe und Hilfe beim Wiederaufbau geleistet werden.",
             "Mit dem gesammelten Geld will Bergregion hilft jene Familien unterstützen, die von den Lawinenabgängen in den Hochtälern getroffen wurden. Die Initiative verteilt den Überschuss auf die Bergrettung, die Caritas, den Samariterbund, die Feuerwehrjugend und die Volkshilfe. So soll rasch Soforthilfe und Hilfe beim Wiederaufbau geleistet werden.",
         ]),
    _neg("b166-echosduhautval-collecte-merci-neg",
         "Invented; modelled on Info Haute Tarentaise (village blog thank-you after a collection, with signatures)", "fr", [
             "MILLE MERCIS",
             "Toute notre gratitude aux donateurs, si nombreux et si généreux, ainsi qu’à chacun de ceux qui ont pris part à la récolte. Un remerciement particulier aux personnes qui ont mis à disposition camions et chariots pour que vos dons puissent être triés.",
             "Bravo aux bénévoles, dont l’engagement a été tout simplement exemplaire.",
             "La Présidente - Odile MARCHAND",
             "BILAN DE LA RÉCOLTE :",
             "6 TONNES 240 kg, soit environ 300 kg de plus qu’en 2022, un résultat remarquable compte tenu des difficultés que traversent bien des foyers.",
             "Par ailleurs, les dons reçus étaient de grande qualité. Les habitants ont fait preuve d’une solidarité admirable envers les familles qui traversent une période difficile.",
             "Gérard BOUVIER",
         ]),
    _neg("b166-reveildubocage-banquealimentaire-neg",
         "Invented; modelled on L'Orne Combattante via PressReader (local clipping about a food-bank collection, with edition chrome line)", "fr", [
             "La Banque alimentaire a mobilisé ses bénévoles devant les supermarchés",
             "Tous les ans, la Banque alimentaire récupère des milliers de tonnes de produits qui permettent de fournir des repas à des dizaines de milliers de foyers en difficulté. Samedi et dimanche derniers, une collecte s’est tenue dans les grandes surfaces.",
             "Le Réveil du Bocage (SN) - - Vire Et Ses Environs - Permanences de l’antenne locale pendant l’hiver : 8, impasse des Tisserands les mardis de 9 h à 11 h 30 et de 14 h à 16 h. Contact : 02.31.77.40.18.",
             "Du jeudi 23 au samedi 25 novembre, la Banque alimentaire du Calvados menait sa grande collecte d’automne pour préparer les distributions de l’hiver. À Vire, près de 120 volontaires se sont relayés pendant 3 jours, d’abord chez Super U et Netto, puis jusqu’au samedi soir avec des équipes supplémentaires postées chez Aldi, Carrefour Market de Vire et Leader Price de Condé.",
             "Comme le soulignent Annick Lepeltier et Bruno Chauvin, coordinatrice et adjoint de l’antenne, « parmi les volontaires, on trouve des habitués de l’association, des habitants venus spontanément après notre appel, et cette année, pour la toute première fois, des lycéens du lycée agricole voisin. En tout, 120 personnes se sont relayées sur ces trois jours ».",
         ]),
    _neg("b166-echoriverain-fondation-sciences-neg",
         "Invented; modelled on Mononews (Quebec foundation press item with donation total)", "fr", [
             "La Fondation Riverain appuie l’initiation aux sciences et au numérique chez les ados",
             "La Fondation Riverain pour l’avenir des régions et son Comité des dons locaux appuient fidèlement l’organisme Curieux de nature, basé à Rimouski, qui propose des activités scientifiques aux élèves. Concrètement, la contribution a servi à lancer des ateliers pratiques sur la robotique, l’astronomie et la programmation, qui permettent aux jeunes de découvrir les sciences en manipulant, construisant et expérimentant dans les écoles des MRC de La Mitis, de La Matapédia, de Témiscouata et des Basques.",
             "Jusqu’ici, l’appui global de la Fondation Riverain pour l’avenir des régions et de son Comité des dons locaux totalise 24 300 $ et a touché 2 140 élèves, éveillant leur curiosité pour la recherche, l’innovation et les métiers qui en découlent.",
         ]),
    _neg("b166-gubernskiyvzglyad-bolnitsa-pozhertvovaniya-neg",
         "Invented; modelled on Novaya Versiya Saratov (investigation into pressured donations for a hospital build)", "ru", [
             "Добровольно-принудительно: кто оплачивает новый перинатальный центр в Пензе",
             "На северной окраине Пензы, рядом с бывшим авиазаводом, вовсю возводят новый перинатальный центр. Деньги на него идут из двух источников: часть выделил областной бюджет, остальное собирают в виде пожертвований. Именно со вторым источником возникают вопросы. Сотрудники школ, поликлиник и других бюджетных учреждений рассказывают, что сдавать деньги их вынуждает начальство. И, судя по всему, жалобы эти вполне обоснованны.",
             "Откуда идея?",
             "Официально мысль построить в Пензе перинатальный центр выдвинул областной союз работодателей. Однако, если посмотреть, с каким энтузиазмом её подхватили губернатор и профильное министерство, становится ясно: проект, скорее всего, задумывался вовсе не в кабинетах местных бизнесменов.",
             "Уже 12 марта 2021 года председатель союза работодателей Виктор Щеглов объявил о создании благотворительного фонда для сбора средств на стройку.",
         ]),
    _neg("b166-ekspressnedeli-polosa-sbor-neg",
         "Invented; modelled on Sobesednik teaser via an aggregator (report relaying another outlet's plea for reader donations)", "ru", [
             "\"Полоса\"* обратилась к подписчикам: \"Мы остались без рекламы почти за неделю\"",
             "Интернет-издание «Полоса» запустило сбор денег у читателей после того, как его внесли в реестр «нежелательных» организаций. Рекламные партнёры один за другим разорвали контракты, и даже после урезания расходов редакции не хватает средств.",
             "Сотрудники издания попросили аудиторию поддержать их. «Нас пытаются задушить. (...) денег осталось на несколько недель, — сказано в обращении, размещённом на сайте и в соцсетях «Полосы». —  Мы долго считали, что сможем жить за счёт рекламы и оставаться бесплатными для всех, кто нас читает (...) И у нас это получалось.",
             "Мы шли к этому восемь лет. Решение чиновников перечеркнуло всё за неделю».",
         ]),
    _neg("b166-tvregion-blagotvoritelnost-interview-neg",
         "Invented; modelled on OTR (single-paragraph TV interview transcript with a charity spokeswoman)", "ru", [
             "Денис Харитонов: Продолжается программа «Своими руками». Сегодня у нас в студии – Марина Лескова, руководитель по связям с общественностью фонда «Тёплый дом», Новосибирск. Как обстоят дела с благотворительностью в Новосибирске? Марина Лескова: Люди стали активнее помогать – заметно активнее, чем десять лет назад, когда мы только запускали фонд. Но крупных фондов в регионе, честно говоря, по пальцам пересчитать. Есть коллеги, которые помогают бездомным животным. Наша задача – поддержка пожилых одиноких людей и помощь домам престарелых. Работают и небольшие инициативы, которые занимаются реабилитацией, поддержкой семей в кризисе. Но в целом, повторю, ситуация меняется. И мы равняемся на крупные столичные фонды, прежде всего на самый известный и уважаемый – «Серебряный возраст». Перенимаем опыт, стараемся работать честно, прозрачно, с полной отчётностью. Мне кажется, пройдёт ещё лет 10–12, и тогда… Каким я вижу идеальный вариант?",
         ]),
]


BATCH166_DOCUMENTS = PROBE146_APPEALS + PROBE146_NEGATIVES
