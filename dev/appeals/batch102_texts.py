"""Batch 102: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

17 documents (6 appeal, 11 negative; DE, FR): our own paraphrases of every document of the local-only
real probe 82 (17 documents). Each keeps the real page's structure line for line (headline, photo-credit
and "Liebe Leser" opening lines, a "Lesen Sie auch" link line, a photo caption repeated twice with one
extra space, a "initials - date - reading time" byline, a "date | Par author" byline, a hard-wrapped
newspaper front page of 48 short column lines with a two-line button pair in the middle and a cut
caption, a dateline-only first line, a letters-page byline, a stray image-credit handle glued to the
first word of a paragraph, a lone station-slug line, a "Crédit : capture" line, interview questions as
lines, trailing spaces and words cut mid-way at the end) and exactly what the real gold marks: a
try-our-plus-access sentence pair with its monthly-cancellation promise glued to the end of a paragraph
in a new local paper's launch column; a closing "publishing costs money, our authors must be paid
fairly" paragraph cut mid-word after a reading-recommendation note; a whole annual donation appeal of a
publishing association (the entire page, cut mid-word); a four-line "to read on, join our subscribers"
paywall block with its first-month price and a Google discount line; an end-of-article "free press"
block (heading, no-ads/no-subsidies lines, "subscribe, join the friends, buy a book or donate" and a cut
closing cry); a "learn more / subscribe" button pair between two column lines of a co-operative paper's
first page. Negatives keep what makes the real ones hard: a regional publisher's "give your paper to a
charity" drive reported with sums and totals, a reader's letter complaining about charities' donation
mailings, an inclusive newsroom seeking new members reported as news, a site offering a hand to laid-off
journalists amid figures on state advertising money, a free radio's funding emergency relayed by
another station, an animal-welfare site's report on year-end donation appeals with tax-deduction and
share figures, a commentary on a lobby group's charitable-receipt status, a radio interview on a food
bank collection with an online donation site, a second food-bank collection report with quotes from
volunteers, a blog cheering on a regional daily's crowdfunding with its goal, and a satirical account of
a magazine's scratch-card subscription offer.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). All towns,
regions, provinces and the war-torn coastal province are invented; no real town, state or country is
named (the real pages' towns, regions and federal institutions were replaced by invented ones). The
only real names kept are platform and institution names used as page furniture or common reference:
Google (in the paywall discount line), Facebook (in two screenshot-credit lines and one mention of a
shelter's post) and the UN disability rights convention. The modelled real outlet is noted in each outlet field. Like the earlier batches
`build_devset.py --batch102` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch102.jsonl. Named `unseen-` because no rule is fitted to
it (the line scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 82: appeal documents -----------------------------------------------------------------

_FRUEHPOST_PLUS = (
    "Probieren Sie FRÜHPOST Plus gleich heute aus. Das Abo lässt sich zu jedem Monatsende beenden – "
    "ein Wagnis gehen Sie damit nicht ein."
)

_WELTWARTE_COSTS = (
    "Bei dieser Gelegenheit möchten wir Sie auch wieder einmal daran erinnern, dass der Betrieb der "
    "Plattform Weltwarte.example eine Menge Geld verschlingt. Vor allem wollen wir unsere Autorinnen und "
    "Autoren anständig bezahlen – es sind erfahrene Fachleute, die bei den großen Verlagen aber keinen "
    "Platz mehr finden. Gefragt sind in fast allen Redaktionen unseres Sprachraums nur noch jene "
    "Schreibenden, die sich brav an die – politisch gewollte – Linie halten: Der Planet habe sich nach "
    "den Wünschen der Mächtigen auszuri"
)

_SW_WHOLE = "\n".join([
    "Manches bleibt zum Glück, wie es ist",
    "Wir brauchen 30.000 Euro – für Gegenöffentlichkeit, Recherche und Streit",
    "Vom Verein für Gegenöffentlichkeit, Recherche und Streit e.V.",
    "Konjunkturflaute, Konjunkturhoch, Konjunkturdelle. Mieten steigen, Mieten steigen noch mehr. Kandidatin Hallberg liegt in den Umfragen vorn, dann Kandidat Tessendorf, dann doch wieder Hallberg. Strukturwandel, Medienwandel, Sinneswandel – nichts bleibt, wie es war, wohin man auch schaut. Wie tröstlich, dass bei all dem Hin und Her manches einfach gleich bleibt. Zu diesen verlässlichen Konstanten im Leben unserer sw-Leserschaft gehört der alljährliche Bettelbrief des Vereins für Gegenöffentlichkeit, Recherche und Streit e.V., der unser kleines Monatsblatt sw herausgibt und das Auf und Ab der Welt mit kritischem Blick verfolgt.",
    "Tja, es hilft nichts: Auch dieses Mal müssen wir euch, liebe Freundinnen und Freunde, um 30.000 Euro anpumpen. Im Gegensatz zu Rüstungsdeals, Wegwerfprodukten und skrupelloser Spekulation lässt sich mit Aufklärung und Gesellschaftskritik eben kein Geld verdienen. Unser Verein hat laufende Kosten, und die liegen über dem, was hereinkommt. Damit es weitergehen kann, sind wir auf eure Spenden angewiesen: 30.000 Euro.",
    "Seit unserem letzten Aufruf ist viel passiert: Der Verein für Gegenöffentlichkeit, Recherche und Streit e.V. hat Lesekreise und Diskussionsabende veranstaltet, etwa zur Geschichte der Hausbesetzungen in Grauwalde, zum 25. Jahrestag des Streiks in den Kessler-Werken und zu den Mieterprotesten in Kesselbrunn-Ost, und er hat dafür gesorgt, dass die Zeitung sw – streit & widerspruch weiter erscheint, die ihre Leserschaft erfr",
])

_ECHO_PAYWALL = "\n".join([
    "...pour continuer votre lecture, devenez abonné à L'Écho",
    "et profitez de tous nos contenus en ligne comme sur notre appli",
    "dès 0,99 € le premier mois, résiliable à tout moment",
    "Google : 3 mois à -40 %",
])

_CONTREPAGE_FREE = "\n".join([
    "Une presse affranchie et sans attaches",
    "La Contre-Page n’accepte aucune réclame commerciale, ne touche aucune subvention publique destinée aux médias et ne dépend d’aucune formation politique.",
    "C’est ce qui garantit notre autonomie sur l’ensemble des enjeux sociaux, écologiques, économiques et culturels, d’ici comme d’ailleurs.",
    "C’est aussi ce qui nous laisse libres de défendre nos convictions souverainistes et d’applaudir, en l’occurrence, le Plan financier présenté par Maude Gervais-Rioux.",
    "Mais cette indépendance ne tient qu’à un fil, et elle a un prix. Elle dépend avant tout de vous, chères lectrices et chers lecteurs. Abonnez-vous, rejoignez le cercle des Compagnons de La Contre-Page, procurez-vous l’un de nos livres ou, plus simplement, faites un don, si modeste soit-il.",
    "Longue vie à la presse libr",
])

_HORIZONS_BUTTONS = "\n".join([
    "Je me renseigne",
    "Je m’abonne",
])


PROBE82_APPEALS = [
    _doc("b102-fruehpost-heimatblatt-plusabo-middle", "appeal", "middle",
         "Invented; modelled on MORGENBLICK (local-paper launch column, try-plus sentences glued to a paragraph)", "de", [
             "Meinung: Ein neues Heimatblatt für den Moorgau",
             "Foto: Piroska Vendel",
             "Liebe Leserinnen und Leser,",
             "heute ist ein besonderer Tag: Aus unserem Nachrichtenportal FRÜHPOST wird ab sofort ein Heimatblatt für Lindmoor, Quellstedt, Seewende und Bad Wendekamp. Es bringt Ihnen montags bis freitags Neues im Netz, einmal pro Woche ein ePaper und schon bald auch eine gedruckte Ausgabe mit Geschichten über die Menschen und Ereignisse vor Ihrer Haustür.",
             "Worauf Sie sich freuen können",
             "Zusätzlich zu den täglichen Meldungen aus Lindmoor, Quellstedt, Seewende und Bad Wendekamp porträtieren wir spannende Menschen aus Gemeinderäten, Geschäften und Sportvereinen. Wir greifen Themen aus dem Landtag auf und werfen gelegentlich einen Blick auf Wirtschaft und Politik jenseits der Region – Vorrang haben aber stets die Nachrichten von hier. Ergänzt wird das Ganze durch Gespräche vor der Kamera und unseren werktäglichen Podcast „FRÜHPOST – Kurz und klar“.",
             "Lesen Sie auch: Meinung: Warum Abonnenten ihrer Zeitung den Rücken kehren",
             "Auch beim ePaper und bei der gedruckten Ausgabe wird man merken, dass bei FRÜHPOST das Lokale zuerst kommt. Obwohl ePaper und Zeitung nur einmal pro Woche erscheinen, finden Sie darin mehr Meldungen aus Ihrem Ort als in anderen Blättern. " + _FRUEHPOST_PLUS,
             "Wozu ein weiteres Heimatblatt?",
             "Heimatzeitungen gehen zugrunde, hört man oft, und als Beleg dienen schrumpfende Auflagen. Über das Warum wird jedoch gestritten. Manche glauben, die Leute interessierten sich schlicht nicht mehr für das, was vor Ort passiert. Wir sehen die Ursachen woanders.",
             "Ein Blatt, das kaum noch über den Wohnort seiner Abonnenten schreibt, verliert seine Bedeutung. Steigt zugleich Jahr für Jahr der Abopreis, fragen sich viele Leser, wofür sie eigentlich noch bezahlen. Genau das lässt sich in Lindmoor und Quellstedt schon seit einer ganzen Weile beobac",
         ], appeals=[_FRUEHPOST_PLUS]),
    _doc("b102-weltwarte-lesetipps-kosten-end", "appeal", "end",
         "Invented; modelled on Globalbridge.ch (reading-tip note, closing costs-and-fair-pay paragraph cut mid-word)", "de", [
             "Kaum zu fassen, wie die Menschen in der Küstenprovinz Qalvira derzeit ausharren müssen – in Ruinen, unter Planen, manche sogar ganz ohne Dach über dem Kopf – und nirgendwo in Sicherheit! (Eine Aufnahme vom April 2024 aus Dar Semmun von Hadi Safrani)",
             "Bitte beachten Sie auch unsere Hinweise auf Beiträge anderer Medien!",
             "Vielen Besucherinnen und Besuchern von Weltwarte.example ist es vermutlich noch gar nicht aufgefallen: Rechts neben den Artikeln befindet sich eine Leiste, in der wir auf lesenswerte Texte anderer Portale verweisen. Zugegeben: Die Redaktion hat diese Leiste bisher viel zu selten gepflegt und kaum genutzt, um auf wichtige Veröffentlichungen aufmerksam zu machen. Das wird sich nun ändern – künftig sollen dort mehrmals pro Woche echte Lesetipps erscheinen, in der Sprache des Originals, also meist – bedauerlicherweise – auf Englisch.",
             "Der aktuell empfohlene Text handelt von Mira Okonkwo-Hale, die jahrelang für den Nachrichtensender WNX aus Kriegsgebieten berichtet und danach ein eigenes Hilfswerk ins Leben gerufen hat, das sich vor allem um Kinder kümmert, die unter dem Krieg leiden. Nun war sie selbst in Qalvira – und sagt: So etwas habe ich in meinem ganzen Berufsleben nicht erlebt!",
             _WELTWARTE_COSTS,
         ], appeals=[_WELTWARTE_COSTS]),
    _doc("b102-sw-streitwiderspruch-spendenaufruf-whole", "appeal", "whole",
         "Invented; modelled on ak – analyse & kritik (whole page is the publishing association's annual donation appeal, cut mid-word)", "de", [
             _SW_WHOLE,
         ], appeals=[_SW_WHOLE]),
    _doc("b102-echovaldorbelle-zonepietonne-paywall-end", "appeal", "end",
         "Invented; modelled on Dernières Nouvelles d'Alsace (regional story, doubled photo caption, four-line subscribers paywall)", "fr", [
             "Zone piétonne : la consultation fait grincer des dents",
             "Vingt-sept riverains dénoncent dans une lettre ouverte le projet de piétonnisation de la Grand-Rue.",
             "L.M. - 12 avril 2018 à 06:00 - Temps de lecture :",
             "Depuis lundi, les engins du syndicat des eaux du Val-d'Orbelle occupent possession de la Grand-Rue pour six semaines de remplacement de canalisations. Une seconde tranche est prévue à l’automne.  Photo ÉVO - Lucien Orbey",
             "Depuis lundi, les engins du syndicat des eaux du Val-d'Orbelle occupent possession de la Grand-Rue pour six semaines de remplacement de canalisations. Une seconde tranche est prévue à l’automne. Photo ÉVO - Lucien Orbey",
             _ECHO_PAYWALL,
         ], appeals=[_ECHO_PAYWALL]),
    _doc("b102-contrepage-dessins-pressefree-end", "appeal", "end",
         "Invented; modelled on L'aut'journal (opinion piece, end-of-article free-press support block cut mid-word)", "fr", [
             "Deux dessins de presse qui en disent long dans Le Quotidien du Fleuve et La Boussole",
             "2024/03/14 | Par Hélène Brassard",
             "Le jour même où le Parti souverainiste dévoilait son Plan financier du pays à naître, Le Quotidien du Fleuve et La Boussole ont publié des dessins tournant en dérision le projet de sa cheffe.",
             "Peu de temps avant, La Boussole se félicitait d’avoir décroché, au terme de cinq années de démarches, la qualité d’organisme donataire auprès du fisc fédéral. Cette qualité l’autorise à remettre des reçus fiscaux à toute personne qui lui fait un don.",
             "Rappelons que la loi fédérale créant cette qualité a été votée sous le gouvernement du premier ministre Conrad Lamothe, au moment où la famille Vandelac s’est défaite du Quotidien du Fleuve.",
             "Au fond, permettre aux contribuables de retrancher de leur impôt les dons faits à ces deux quotidiens revient à une subvention qui ne dit pas son nom, et donc à une forme de dépendance – pour ne pas dire une dépendance pure et simple – envers le pouvoir fédéral et, en particulier, envers le gouvernement Lamothe, d’autant que le chef de l’opposition officielle, Gérald Poitras, a promis d’abroger cette loi.",
             _CONTREPAGE_FREE,
         ], appeals=[_CONTREPAGE_FREE]),
    _doc("b102-horizonspartages-fondation-abonne-middle", "appeal", "middle",
         "Invented; modelled on Ensemble, Coopérative de journalisme indépendant (hard-wrapped co-op paper front page, learn-more/subscribe button pair between column lines)", "fr", [
             "Horizons",
             "partagés",
             "Journal coopératif et libre",
             "www.horizonspartages.example.org",
             "Vol. 03, N° 02 • 14 avril 2012",
             "Naissance de la Coopérative de presse citoyenne",
             "Parce que l’avenir se prépare dès maintenant",
             "Par Adèle Fortier, Val-Brûlé",
             "Photo : Gaspard Ouimet-Lacasse",
             "Vous souvenez-vous des 14 et 15 octobre",
             "2011 ? Ceux qui avaient pris place au",
             "Pavillon des congrès d’Anse-aux-Brumes",
             "ont sans doute feuilleté le tout premier",
             "numéro de notre journal ce jour-là.",
             "Rassemblés au départ pour produire une",
             "feuille quotidienne pendant le Forum régional",
             "« Quelle économie pour nos villages ? »,",
             "les bénévoles de la rédaction ont choisi",
             "de prolonger l’expérience en créant une",
             "coopérative chargée d’éditer le journal",
             "libre Horizons partagés.",
             "Pendant ce forum, plusieurs intervenants",
             "ont insisté sur la difficulté de faire connaître",
             "le modèle coopératif à la population en",
             "général. C’est pour répondre à ce constat",
             "que la Coopérative de presse citoyenne",
             "a vu le jour : raconter l’actualité sous",
             "l’angle de l’entraide.",
             "Une information libre et engagée",
             "Les coopérants souhaitent aider la société",
             "à se transformer vers plus de justice.",
             "Comme les choix des citoyens dépendent",
             "largement de l’information qu’ils reçoivent,",
             "l’arrivée d’un média fondé sur la",
             "coopération ne peut que renforcer le",
             "mouvement.",
             "Dans les années 50 puis 80, le bulletin",
             "Entraide ! et son successeur portaient",
             "officiellement la parole des coopératives.",
             "Le nouveau titre, qui se réclame de ces",
             "pionniers, entend surtout contrer la",
             "mainmise de quelques grands groupes sur les",
             "médias, qui limite l’accès du public à une",
             _HORIZONS_BUTTONS,
             "Adèle Fortier, Bastien Roy-Lapointe, Gaspard Ouimet-Lacasse, Noémie Tessier, Kai Lindqvist et",
             "Léa-Maude Gravel, qui ont lancé ensemble la Coopérative de presse citoyenne à la",
             "fin de l’automne, sur le quai d’Anse-aux-Brum",
         ], appeals=[_HORIZONS_BUTTONS]),
]


# --- Probe 82: negatives ------------------------------------------------------------------------

PROBE82_NEGATIVES = [
    _neg("b102-kranichmedien-zeitungverschenken-neg",
         "Invented; modelled on Boyens Medien (regional publisher's give-your-paper-to-a-charity drive reported with sums)", "de", [
             "Sandwehr",
             "Aktion „Zeitung verschenken“ legt wieder zu",
             "Seit gut zwei Jahren gibt es die Aktion „Zeitung verschenken – Gutes bewirken“ des Verlagshauses Kranich Medien. Weil immer mehr Abonnenten mitmachen, wächst der Erfolg von Jahr zu Jahr. Das Geld aus der laufenden Runde geht an den Förderverein Kinderhospiz Marschland.",
             "In der ersten Runde, von der die Jugendfeuerwehr Marschland profitierte, kamen 3850 Euro zusammen. Im zweiten Jahr ging der Erlös an die Tafel Sandwehr. Deren Kassenwartin Gesine Thordsen nannte die 5912,40 Euro, die am Ende überwiesen wurden, „ein echtes Weihnachtsgeschenk mitten im Sommer“. ",
             "Für die aktuelle Runde 2021/22 hatten die Abonnenten den Förderverein Kinderhospiz Marschland ausgewählt. Dessen Vorsitzender Jannik Ohlsen hatte zum Start betont, dass der Verein seine gesamte Arbeit aus Spenden bestreitet, etwa die Geschwistertage mit bis zu 40 Kindern im Ferienhaus Deichblick und den Klinikclown Pippo, der regelmäßig die jungen Gäste besucht.  ",
             "Die bisherige Bilanz macht Mut: 580 Spenden zwischen Anfang April und Ende Juli ergaben bislang 2745 Euro. „Das ist noch einmal etwas mehr als im vergangenen Jahr“, sagt Wiebke Carstens vom Kundenservice der Kranich Medien. „Man merkt, dass sich die Aktion herumspricht.“",
             "So funktioniert die Aktion: Wer verreist oder aus anderen Gründen eine Weile nicht zu Hause ist, muss sein Abo nicht unterbrechen, sondern nennt einfach eine gemeinnützige Einrichtung, die seine Zeitung in dieser Zeit bekommt. Für jedes auf diesem Weg verschenkte Exemplar legt Kranich Medien 40 Cent in die Spendenkasse. ",
             "Wer seine Zeitung verschenkt, hilft also gleich doppelt. Das Umbestellen ist ganz unkompli",
         ]),
    _neg("b102-alpenbote-spendenpost-leserbrief-neg",
         "Invented; modelled on Kronen Zeitung via PressReader (reader's letter on charities' donation mailings)", "de", [
             "Spendenpost – Leserforum",
             "- Hannelore Pirchner, per E-Mail",
             "Schon seit vielen Jahren gibt es vor Weihnachten die große Hilfsaktion „Sternstunde für alle“. Auch die Initiative „Warme Hände“ verdient Erwähnung, die mit dem Geld Menschen in Not, chronisch Kranke und Menschen mit Beeinträchtigung unterstützt.",
             "Daneben gibt es jedoch zahllose Vereine, die immer wieder Briefe samt Erlagscheinen und fertig ausgefüllten Dauerauftragsformularen verschicken und die Adressaten damit mehr oder weniger drängen, laufend Geld zu überweisen.",
             "In diesen Briefen, auch von manchen Tierhilfevereinen, stecken häufig kleine Beigaben wie Grußkarten, Jahresplaner, Kugelschreiber, Aufkleber und dergleichen, die heute, wo fast alles digital läuft, eigentlich niemand mehr braucht oder sich gar darüber freut. Nicht selten wandern diese Sachen unbenutzt ins Altpapier oder sogar in den Restmüll. Viele Leute geben von dem Wenigen, das sie haben, und wollen damit gewiss keine überflüssigen Beilagen bezahlen. Schickt man die Sachen zurück, erreichen sie den Absender gar nicht mehr, sondern landen in einer Sammelstelle und werden entsorgt.",
         ]),
    _neg("b102-kurzinfo-gleichauf-mitglieder-neg",
         "Invented; modelled on 5min.at (news report on an inclusive newsroom seeking new members)", "de", [
             "Ihr Ziel ist es, eine Bewegung in Gang zu setzen und sich am Ende selbst überflüssig zu machen: Die Redaktion von „gleichauf“ arbeitet inklusiv, stellt Menschen mit und ohne Behinderung ein und möchte, dass die übrige Medienlandschaft diesem Beispiel folgt. Nach gut drei Jahren, einigen viel beachteten Recherchen und mehreren Auszeichnungen wirbt „gleichauf“ nun um neue Mitglieder und bringt ein Heft in einfacher Sprache heraus.",
             "„Wer eine Behinderung hat, kommt im Journalismus schwer unter“",
             "„In den Redaktionen arbeiten viel zu wenige Menschen mit Behinderung. Und wer es hineinschafft, hat es enorm schwer. Daran wollen wir etwas ändern“, sagt Johanna Brettner, die „gleichauf“ gegründet hat und leitet, im Gespräch mit der Nachrichtenagentur NPA. Es gehe nicht darum, zu sagen, „man muss die armen Behinderten halt auch einmal mitspielen lassen“. Vielmehr wolle „gleichauf“ zeigen, welche Bedingungen nötig sind, weil „der übrige Journalismus seine Aufgabe bisher nicht erfüllt“, so die 27-Jährige.",
             "„Zuerst hätte ich am liebsten nur gebrüllt“",
             "Was es bedeutet, mit einer Behinderung in Redaktionen zu arbeiten, weiß Karin Moosbrugger aus eigener Erfahrung. Die 44-jährige Journalistin mit langer Berufserfahrung erfuhr erst mit 42 Jahren von ihrer ADHS-Diagnose. „Vieles kostet mich mehr Kraft als andere. Bei ‚gleichauf‘ wird man zum ersten Mal ernst genommen, wenn man sagt, dass einem etwas schwerfällt“, erzählt sie. Davor sei sie in den Redaktionen alle paar Monate oder Jahre „gegen die Wand gelaufen“, habe sich in „kompletter Erschöpfung“ und Burn-out wiedergefunden. Wie wenig von der UN-Behindertenrechtskonvention im Inland und anderswo tatsächlich umgesetzt sei, habe Moosbrugger erst gemerkt, als sie selbst betroffen war. „Zuerst hätte ich am liebsten nur gebrüllt“, sagt sie. „Das wa",
         ]),
    _neg("b102-klartext7-entlassungen-neg",
         "Invented; modelled on Report24 (site offering a hand to laid-off journalists, state advertising figures)", "de", [
             "Bemerkenswert ist schon, wie viele Verlage derzeit reihenweise Redakteure vor die Tür setzen. Genau diese Häuser haben sich in den letzten Jahren großzügig aus öffentlichen Kassen bedient: Medienförderung, Pandemie-Zuschüsse, Kampagnengelder, Regierungsinserate und so weiter. Die Redakteure haben sich als willige Sprachrohre der Mächtigen hergegeben – nun werden sie nicht mehr gebraucht und können gehen. Das Geld ist woanders gelandet.",
             "Klartext7 bietet allen Kolleginnen und Kollegen, die gerade von ihren Konzernmedien vor die Tür gesetzt werden, die Hand. Wer erzählen will, was dort läuft, ob anonym, schriftlich oder mit verpixeltem Gesicht, ist bei uns jederzeit willkommen. Natürlich freuen wir und unsere Leserschaft uns auch über alle, die mit Namen und Gesicht auftreten wollen, so wie in diesem Gespräch: „Man hat mich einfach aussortiert!“ Frühere Moderatorin Petra Hollweger-Danz packt aus.",
             "Bei mehreren Konzernmedien stehen jetzt Dutzende Mitarbeiter auf der Straße, die bisher folgsam jede Pandemiemaßnahme mitgetragen haben. Der Branchentarif ist durchaus ordentlich, als Auftragsschreiber ließ sich hierzulande gut leben. Jetzt aber rollt eine „Entlassungswelle“, wie das Abendecho titelte. Die Tagesstimme streicht 12 Prozent ihrer Redaktionsstellen, mit 25 Redakteuren laufen Gespräche über eine Trennung im beiderseitigen Einvernehmen. Der Rundblick Süd legte sogar der kompletten Belegschaft einen Aufhebungsvertrag nahe.",
             "Für kritische Distanz zu den Regierenden sind beide Blätter nicht gerade bekannt – im Gegenteil, beide druckten meist folgsam genau das, was die Koalition gern in der Zeitung sehen wollte.",
             "Ein Blick auf die Zahlen verschlägt einem die Sprache. Für Regierungswerbung in sämtlichen Medien flossen stolze 187 Millionen Euro – nach 204 Millionen im Jahr 2020 und 211 Millionen im Jahr 2021. Klart",
         ]),
    _neg("b102-kettwelle-wellenbrecher-existenznot-neg",
         "Invented; modelled on Radio Z Nürnberg (free radio relaying another free radio's funding emergency, slug and image-credit chrome)", "de", [
             "Ältestes freies Lokalradio kämpft ums Überleben",
             "Mit viel Engagement hat Radio Wellenbrecher jahrzehntelang für ein anspruchsvolles Programm im Raum Auenhall/Kettwinkel gesorgt, weit weg von Hitparaden und Blitzerwarnungen. Jetzt hält die Landesanstalt für Rundfunk bereits versprochene Zuschüsse zurück.",
             "rwb",
             "anna_bildwerkEigentlich ist die Geldnot für freie Radios beinahe schon Normalzustand. So ergeht es auch dem ältesten freien Sender – Radio Wellenbrecher in Auenhall.",
             "Ein andauernder Streit mit der Landesanstalt für Rundfunk, der die Richter nun auch noch recht gegeben haben, reicht aber anscheinend weit über die übliche Dauerkrise hinaus und hat unsere Kolleginnen und Kollegen in Auenhall veranlasst, auf ihrer Website und auf der gemeinsamen Plattform der freien Radios einen Notruf abzusetzen.",
             "Tobias Wendland von Radio Kettwelle in Kettwinkel sprach am Donnerstag mit Mara Eckstein aus dem Vorstand des ältesten freien Senders. Doch zuerst hören wir eine Nachrichtensprecherin des Senders am Montag im Auenhaller Äther:  ",
         ]),
    _neg("b102-entraidebetes-appelsdons-neg",
         "Invented; modelled on Solidarité-Animal (report on associations' year-end donation appeals, tax and share figures)", "fr", [
             "Article publié le 9 Décembre 2021 10:30:00",
             "par Camille DORVAL",
             "Appels aux dons : l’art délicat de solliciter le public",
             "À l’approche de la fin de l’année, les associations multiplient les sollicitations. Entraide-Bêtes se penche sur une question que connaissent bien les refuges : comment toucher le cœur des donateurs quand chacun est déjà sollicité de toutes parts ?",
             "« Grâce à vous, chaque chat retrouve une seconde chance … » lit-on dans une publication Facebook de Félins de la Combe, une association qui recueille les chats abandonnés autour de Corvelles-sur-Lise et leur offre une vie meilleure. Comme Félins de la Combe, beaucoup d’associations intensifient leurs appels en fin d’année. D’abord pour des raisons fiscales, précise Mélanie, bénévole : « Comme nous sommes reconnus d’utilité sociale, nos donateurs peuvent retrancher de leurs impôts les deux tiers de leur don, ou de leur cotisation. » Ainsi, chaque somme versée avant le 31 décembre à une association autorisée à délivrer un reçu fiscal vient diminuer l’impôt sur le revenu dû au titre de 2021.",
             "Capture d’écran page Facebook Félins de la Combe",
             "Pourtant, donner n’est pas qu’une affaire de fiscalité. Avec les fêtes, les valeurs de solidarité qu’on y associe aident à toucher un public bien plus large. D’après l’Union des collecteurs solidaires, une fédération qui regroupe associations et fondations, la générosité suit clairement le calendrier : « en 2020, 38,7 % des sommes données l’ont été en octobre, novembre et décembre, dont 21,9 % pour le seul mois de décembre. Cette même année, 48 % des dons en ligne ont été réalisés en décembre » selon le dernier baromètre publié par la fédération.*",
             "Trouver le bon dosage  ",
             "Si le public sait faire preuve de générosité - les s",
         ]),
    _neg("b102-leguetteur-cercleunite-bienfaisance-neg",
         "Invented; modelled on Vigile.Québec (commentary on a lobby group's charitable-receipt status, headline stack)", "fr", [
             "Un réseau d’influence financé par vos impôts",
             "Qui osera contester le statut du Cercle Unité ?",
             "La charité selon Brossard et Lanthier",
             "Un « Cercle » bien peu charitable",
             "Le groupe créé par le chroniqueur militant Rémi Brossard et par Hugo Vaillancourt, battu dans la circonscription de Sainte-Aveline-du-Lac, a nommé l’automne dernier l’ex-chef du parti unioniste Paul Lanthier à la présidence de son comité directeur. Y siègent aussi les anciens ministres Denise Marchetti, Owen Caldwell et Roger Pelland, de même que la sénatrice Irène Soucy et l’ancien chef du gouvernement d’une province voisine, Glen MacAulay.",
             "Sur son site Internet, le Cercle Unité se présente comme un « groupe de réflexion sur l’union fédérale » mais dit très peu de choses de ses activités et encore moins de son volet éducatif. Il mentionne surtout avoir tenu, en 2014, un débat entre les quatre aspirants à la direction du parti unioniste; financé une enquête d’opinion sur l’exploitation forestière et minière; et rassemblé des textes et des études sur l’actualité politique. Parmi ces écrits d’universitaires, choisis pour la plupart hors de la province, l’un s’en prend à l’idée de supprimer la chambre haute, un autre soutient que le fédéralisme actuel profite à la province et un troisième étudie « le modèle fédéral des îles Varnes ».",
             "C’est le gouvernement fédéral qui attribue le statut d’organisme de bienfaisance aux groupes qui le réclament, et ce statut est ensuite reconnu par le fisc provincial. Les organismes ainsi enregistrés, qu’il s’agisse de la Banque alimentaire du Haut-Rivage ou du Cercle Unité, peuvent alors remettre des « reçus fiscaux » à leurs donateurs.",
             "D’après le porte-parole de l’administration fiscale provinciale, Marc-Olivier Gendreau, un organisme qui détient ce statut ne peut affecter plus de 12 % de ses moyens à des activités politiques. S’il ne ",
         ]),
    _neg("b102-radiohautesorelle-secoursalimentaire-collecte-neg",
         "Invented; modelled on Alouette radio (food-bank collection interview, online donation site, screenshot credit)", "fr", [
             "Le Secours alimentaire lance sa grande collecte ce week-end",
             "25 novembre 2022 à 10h30 par Lucas Herbelin",
             "Les chasubles vertes seront postées à l’entrée des supermarchés les 25, 26 et 27 novembre. L’association récolte de la nourriture ainsi que des produits d’hygiène et de ménage. Comme lors de la dernière édition, il sera aussi possible de donner sur Internet.",
             "Secours Alimentaire",
             "Crédit : Capture d’écran | Facebook Secours Alimentaire",
             "La grande collecte démarre ce week-end, avec l’ambition de remplir un maximum de chariots à la sortie des caisses. Dans le département de la Haute-Sorelle, plus de 1800 bénévoles seront sur le pont. Il est aussi possible de donner en ligne sur le site monchariotpartage.example.org.",
             "Le président du Secours alimentaire de la Haute-Sorelle, Thierry Gaboriau, fait de nouveau appel à la solidarité des habitants du département.",
             "De quoi le Secours alimentaire a-t-il le plus besoin cette année ?",
             "Nous avons surtout besoin de denrées non périssables en petits formats. Par exemple : du thon ou des sardines en boîte, des plats en conserve, des légumes, des pâtes, du riz, du café, du chocolat, des compotes, du sucre, de l’huile… Il nous faut également des produits d’hygiène et de ménage : shampoing, dentifrice, lessive, ainsi que des protections hygiéniques et des couches pour les bébés et pour les personnes âgées.",
             "Comment la collecte va-t-elle se dérouler ?",
             "Certains supermarchés ont choisi de commencer dès ce jeudi, et la collecte se poursuivra jusqu’à dimanche midi dans d’autres, mais pour l’essentiel, c’est vendredi et samedi que toutes les enseignes participent et que des chasubles vertes seront présentes pour recevoir directement ce que les clients auront acheté pour nous.",
             "Avez-vous eu du mal à trouver des bénévoles cette fois-ci ?",
             "Nous pensons que l’effectif sera suffisant cette année. Avec la situation sanitaire, nous ne souhaitons pas non plus qu’il y ait trop de chasubles vertes dans les allées des supermar",
         ]),
    _neg("b102-radiolevade-secoursalimentaire-benevoles-neg",
         "Invented; modelled on Sud Radio (food-bank autumn collection report with tonnage and volunteers' quotes)", "fr", [
             "Après la Soupe Populaire, c’est au tour du Secours alimentaire de se mobiliser cet automne pour soutenir les plus fragiles. Dès vendredi et pendant tout le week-end, la collecte d’automne espère au moins égaler les 94 000 tonnes de nourriture remises l’an passé à 4800 associations partenaires. Le fonctionnement ne change pas : en faisant vos courses, vous mettez de côté quelques articles que vous confiez aux bénévoles postés à la sortie du supermarché.",
             "Pour Marie-Hélène Castagnède-Roux, présidente du Secours alimentaire de la Basse-Lévade, ce week-end compte énormément. \"Pour nous, c’est environ 12 % des produits d’épicerie de l’année. Ce sont des denrées dont on a besoin en permanence. Chaque semaine, on compose des colis différents : si on a mis des lentilles une semaine, la suivante ce sera des pâtes, puis de la polenta, et ainsi de suite, pour que les familles ne mangent pas toujours la même chose. Dans certains magasins, il y aura même des sacs déjà préparés, alors on compte vraiment sur cette collecte. Quand on voit combien de personnes dorment encore dehors, c’est indispensable\", explique-t-elle à l’antenne de Radio Lévade.",
             "\"Ici, je rends un peu de ce que j’ai reçu\"",
             "Tout au long de l’année, près de 5200 bénévoles font tourner le Secours alimentaire, et l’ambiance est joyeuse dans l’entrepôt de l’antenne locale. \"Ici, je rends un peu de ce que j’ai reçu. Toute ma vie d’infirmier, j’ai aidé les autres, alors je ne m’arrête pas. Si je viens, c’est que j’aime ça, ça me fait rencontrer du monde, ça m’occupe. C’est pour ça qu’on est là !\", raconte Gérard, 63 ans, jeune retraité.",
             "Quant à Sylvie (54 ans), qui vient quatre jours par semaine, le bénévolat l’a aidée à mettre de côté ses tracas, elle qui vit aujourd’hui avec le minimum social. \"C’est une bande qui vous redonne de l’énergie. Quand j’ai débarqué, je portais mes problèmes comme des valises. ",
         ]),
    _neg("b102-blogportseranne-criduport-cagnotte-neg",
         "Invented; modelled on Alloprod blog (slangy post cheering a regional daily's crowdfunding goal)", "fr", [
             "Le Cri du Port n’a peur de dégun face à son nouveau pari",
             "Le Cri du Port, un quotidien qui part à l’assaut du web.",
             "Le quotidien Le Cri du Port est né en 1946. Il a été créé par des dockers et des institutrices qui voulaient donner une voix au quartier. Aujourd’hui, l’histoire continue avec le même besoin de raconter honnêtement son époque.",
             "Depuis 2015, le journal a « pris cher », comme on dit du côté du Vieux-Bassin de Port-Séranne. Après une longue mauvaise passe, il est sorti de la procédure collective et repart de zéro.",
             "Certains vous le diront, faut être un brin « fada » pour s’accrocher alors que tout passe au numérique et que la publicité s’écroule.",
             "Surtout que les lecteurs lâchent petit à petit le journal papier, les jeunes en tête.",
             "Mais la rédaction n’a peur de dégun quand il s’agit de se mettre aux outils du web.",
             "Voilà pourquoi le journal demande à ses lecteurs de mettre la main à la poche en lançant une cagnotte en ligne sur Tiralire.example.",
             "L’objectif : récolter 60 000 € pour refaire de fond en comble le site lecriduport.example.com.",
             "Allez les minots, y a encore le temps de leur filer un coup de main, oh bonne mère !",
         ]),
    _neg("b102-baratineur-hebdomiroir-grattage-neg",
         "Invented; modelled on menteur.com (satirical account of a magazine's scratch-card subscription offer)", "fr", [
             "« Cher Monsieur Vérlin, L’HEBDO-MIROIR a le plaisir de venir jusqu’à vous », m’annonce pompeusement la responsable des abonnements de cet hebdomadaire en perte de vitesse. « Découvrez vite ce que cachent les pastilles ci-dessous », enchaîne-t-elle, l’air de rien. J’ai comme l’impression qu’elle veut me vendre quelque chose.",
             "Je me jette quand même sur la première pastille (j’adore les jeux) : « 180F d’économie ». Malheur ! Cette alléchante économie est rayée d’un trait rouge. Pas de chance... Je tente malgré tout, sans grand espoir, une deuxième pastille... et là, miracle : « Pour vous seul, 315F d’économie ! ». Les bras m’en tombent. 315 francs d’économie, ça ne se refuse pas ! Sans parler de la splendide montre de gousset... Car, sans fausse modestie, la responsable des abonnements tient à m’offrir en personne une « superbe » montre de gousset plaquée or, alliant « élégance intemporelle et mécanisme de précision », qui « vous accompagnera dans tous vos rendez-vous ».",
             "« Vous le comprendrez, une offre aussi généreuse ne saurait être proposée à tout le monde », continue-t-elle, caressante. Traduction : elle la garde pour les riches naïfs. « Je ne doute pas, Cher Monsieur Vérlin, que vous saurez saisir cette chance ». Je le crains, au contraire.",
             "« L’HEBDO-MIROIR », martèle encore la responsable, « est un vent de fraîcheur dans le paysage de la presse. Chaque semaine, L’HEBDO-MIROIR vous fera découvrir une manière différente de suivre l’actualité, de décrypter notre époque et l’univers qui nous entoure ». (Qui s’en serait douté ?). « J’ai hâte de vous accueillir parmi nos fidèles abonnés », termine-t-elle avec aplomb.",
             "Me voici bien ennuyé. La pauvre femme, quelle désillusion l’attend ! Non pas qu’une montre de gousset plaquée or me laisse indifférent. Je n’ai ",
         ]),
]


BATCH102_DOCUMENTS = PROBE82_APPEALS + PROBE82_NEGATIVES
