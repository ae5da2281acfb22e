"""Batch 95: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all DE): our own paraphrases of every document of the
local-only real probe 75 (23 documents, German media-trade and local pages). Each keeps the real
page's structure (a media-trade item whose newsletter order prompt breaks before its last word
"Newsletter." above a personnel-news mail line, a dated local teaser cut before a paywall lead-in, a
one-paragraph link-out teaser, a journalists' association blog and two association news pages opening
with their join buttons and a "Login Logout ..." menu line, a page cut off mid-word, a glued run-on
paragraph, a member campaign ending in a trial button, a portal's teaser list with podcast lines, a
single-paragraph self-portrait, a newsletter with pipe-separated "further topics", a morning briefing
with "[...](" link fragments and garbled "â"/"Ã" characters) and exactly what the real gold marks: a
free weekly newsletter order prompt split over two lines; a one-line "read on like this" paywall
lead-in; a one-line free-newsletter prompt; a lone "become a member" button at the top; a join button
plus a second join entry in the login menu line (worded with a capital letter so the two strings
differ, as the checker needs each gold string once); an own member campaign with deadline, link and a
"test free for 30 days" button; a "donate / support us" block whose last sentence is cut; the closing
support sentences with a support URL at the end of a one-paragraph self-portrait; a "we welcome every
new subscriber" sentence inside an editor's letter; a paid-tier teaser with bracketed link fragments in
the middle of a garbled briefing paragraph. Negatives keep what makes the real ones hard: a regional
charity's Christmas donation drive, a savings bank's donation marathon for clubs, a report on another
online magazine's member drive with sums, a page pleading another portal's funding at length, a
blogger recommending another magazine's crowdfunding and subscription, a documented legal-costs appeal
of another blog, a local portal's closure, a history of local journalism, a party paper's history with
its old subscription price, and two media columns on paid and free morning newsletters ("free to
subscribe here" about someone else's product), plus a blog post on an online newsroom's troubles.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch95` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch95.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files). The real negatives carry position "none"; `_neg` writes "real", as in
every earlier batch.
"""


from whole_documents import _doc, _neg


# --- Probe 75: appeal documents -----------------------------------------------------------------

_MEDIENBOTE_NEWSLETTER = "\n".join([
    "Sie wollen Hintergründe aus der Branche, lebhafte Diskussionen und Neues zu Stellenangeboten, Seminaren, Personalwechseln und Preisverleihungen in Österreich erfahren? Dann abonnieren Sie doch unseren gratis erscheinenden, jeden Freitag verschickten",
    "Newsletter.",
])

_KREISBOTE_WALL = "Lesen Sie weiter mit einem dieser Angebote:"

_PRESSEPULT_NEWSLETTER = "Holen Sie sich unseren Gratis-Newsletter!"

_JBF_JOIN = "Mitglied werden"

_NORDMARK_JOIN_1 = "Jetzt beitreten"

_NORDMARK_JOIN_2 = "Jetzt Beitreten"

_BVR_JOIN_1 = "Mitglied werden"

_BVR_JOIN_2 = "Mitglied Werden"

_WEGWEISER_CAMPAIGN = "\n".join([
    "Denn ohne euch gibt es Wegweiser so, wie ihr ihn kennt, bald nicht mehr. Bis zum 15. November müssen 900 zusätzliche Mitglieder an Bord sein, damit unsere Redaktion auch nächstes Jahr weiterarbeiten kann. Schließ dich uns an: wegweiser-magazin.example/mitmachen/",
    "Erst durch deinen Beitrag, Monat für Monat, bleiben wir frei in unseren Recherchen und können gründlich und in Ruhe berichten.",
    "Einen Monat gratis ausprobieren",
])

_GEGENSTIMME_DONATE = "\n".join([
    "Spenden",
    "Hilf der Gegenstimme",
    "Klar friedenspolitisch, sozial & gegen jede Ausgrenzung",
    "Von Monat zu Monat lesen mehr Leute unsere Hintergrundtexte, Kommentare, Reportagen, Interviews und Meldungen und diskutieren darüber mit uns. Damit das so bleiben kann, möchten wir",
])

_RANDNOTIZ_SUPPORT = (
    "Als kleines Projekt ohne Verlag im Rücken können wir eine kritische Gegenstimme aber nur in dem "
    "Umfang bieten, den unser knappes Budget zulässt. Wie Sie uns dabei helfen können, erfahren Sie "
    "unter randnotiz.example/helfen"
)

_FEDERKIEL_SUBSCRIBE = (
    "Falls Ihnen gefällt, was wir machen, oder Sie noch ein Präsent für sich selbst oder für Freunde "
    "brauchen – jede zusätzliche Abonnentin und jeder zusätzliche Abonnent macht uns glücklich."
)

_FRUEHLAGE_CLUB = (
    "[Salon Link 12.10.23]( Im [Salon Plus]( zeigen wir am Beispiel von [vier EU-Staaten](, wie die "
    "Zustimmung zur Hilfe zwar noch hält, aber zunehmend offen angezweifelt wird. Unser Urteil: "
    "[Lesenswert!]( [Salon Link 12.10.23]("
)


PROBE75_APPEALS = [
    _doc("b95-medienbote-querlicht-mitglieder-newsletter-end", "appeal", "end",
         "Invented; modelled on Der Österreichische Journalist (media-trade item on another magazine's member crisis, weekly newsletter prompt broken before its last word)", "de", [
             "Das Digitalmagazin braucht 800 zusätzliche Unterstützer und stellt sein Abo auf frei wählbare Beträge um.",
             "Graz - Das Digitalmagazin „Querlicht“ muss bis Ende April 800 neue Mitglieder oder 6.000 Euro an regelmäßigen Monatsbeiträgen auftreiben, andernfalls steht das Aus bevor. Das gab Mitgründerin Helene Brandauer-Kössl bekannt. Schwer getroffen habe „Querlicht“ das Ende einer Kooperation mit einem Landesverlag. „Aufgeben ist keine Option. Es braucht Redaktionen, die nachfragen, erklären und einordnen – genau diese Arbeit ist manchen Leuten ein Ärgernis“, sagt Brandauer-Kössl.",
             "Ab sofort ändert das Magazin einiges: Die Bezahlschranke fällt, damit die aufwendigen Recherchen für alle frei lesbar sind, und bezahlt wird künftig, was man für angemessen hält. Außerdem soll „Querlicht“ 2025 aus der GmbH in einen gemeinnützigen Verein überführt werden.",
             "Seit 2021 veröffentlicht „Querlicht“ mit schmalem Etat ausführliche Hintergrundstücke, seit 2023 vor allem zu Justiz und Bildung. Der Newsletter „Querlicht am Morgen“ gewinnt Monat für Monat Leserinnen und Leser dazu (aktuell rund 1.900).",
             _MEDIENBOTE_NEWSLETTER,
             "Gibt es Neuigkeiten zu Ihrer Person oder aus Ihrer Redaktion? Schicken Sie uns die Details gern per Mail an",
             "redaktion@medienbote.example",
         ], appeals=[_MEDIENBOTE_NEWSLETTER]),
    _doc("b95-altlaenderkreisbote-ampeln-paywall-end", "appeal", "end",
         "Invented; modelled on Stader Tageblatt (dated local teaser cut before a paywall lead-in line)", "de", [
             "19.08.2021",
             "In Hollenbrück geht es nur noch um Ampeln",
             "Die neue Ampelanlage an der Hafenbrücke muss noch vor dem Winter stehen. Andernfalls verfallen die zugesagten Landesmittel. Außer dieser Warnung brachte Bauamtsleiterin Karin Osterloh eine weitere Botschaft mit: den Hinweis auf ein kommendes Ärgernis.",
             _KREISBOTE_WALL,
         ], appeals=[_KREISBOTE_WALL]),
    _doc("b95-pressepult-verlage-ausblick-newsletter-end", "appeal", "end",
         "Invented; modelled on Journal21 (one-paragraph link-out teaser, free-newsletter prompt line)", "de", [
             "Was gestern schon klemmte, klemmt auch morgen. Auch ohne Kristallkugel lassen sich für die kommenden Monate mehrere Felder benennen, auf denen die Verlage der Deutschschweiz – je nach Blickwinkel – Boden gutmachen oder Boden verlieren dürften. - Den vollständigen Beitrag finden Sie, wenn Sie HIER auf Presseblick klicken",
             _PRESSEPULT_NEWSLETTER,
         ], appeals=[_PRESSEPULT_NEWSLETTER]),
    _doc("b95-jbf-ammertalerbote-portrait-join-top", "appeal", "top",
         "Invented; modelled on BJV – Bayerischer Journalisten-Verband blog (association blog post cut mid-word, lone join button at the top)", "de", [
             _JBF_JOIN,
             "Lieber unbequem als bequem",
             "14.03.2023",
             "Logo des Ammertaler Boten",
             "Seit 2012 existiert das Nachrichtenportal Ammertaler Bote",
             "Aus dem Ammertaler Boten ist ein selbstbewusstes kleines Medienhaus geworden",
             "„Geht das nicht auch anders?“ Der Ärger über die Lokalberichte der einzigen Tageszeitung im Tal reichte 2012 dem in Oberkirchen wohnenden Unternehmensberater Florian Matzke, um es mit einer zweiten, unabhängigen Stimme vor Ort zu versuchen.",
             "So entstand das Portal Ammertaler Bote. Zunächst blieb alles klein, kaum 150 Menschen klickten die Seite täglich an. Drei Jahre darauf kannte man das Angebot unter den 25.000 Einwohnern rund um den Fluss, und 2500 lasen es jeden Tag. Inzwischen kämen täglich 12.000 bis 18.000 verschiedene Besucher, sagt Redaktionsleiterin Carola Wendlinger.",
             "Gründer Florian Matzke hat in seiner Firma Talmedien GmbH inzwischen 28 Stellen geschaffen; beim Ammertaler Boten selbst arbeiten fünf Redakteurinnen und Redakteure, „und zwar anständig bezahlt“, betont Matzke. 2015 startete der heute 47-Jährige zusätzlich zum Nachrichtenportal die Plattform Talberufe.example, eine regionale Stellenbörse, die es mittlerweile in mehreren Ablegern bis nach Franken gibt. Das Angebot werde laufend erweitert und habe schon 1200 Firmenkunden.",
             "Zum Erfolg trage neben dem professionellen Anspruch vor allem die Verwurzelung bei: „Uns ist wirklich wichtig, was vor der Haustür geschieht, und wir wohnen selbst hier.“ Die Stellenbörse finanziert die Redaktion. Allein mit Bannern, bezahlten Beiträgen und Suchmaschinenwerbung käme das Portal nur knapp auf eine „schwarze Null“, rechnet Matzke vor.",
             "2013 versuchte man es außerdem mit einem kostenlosen Heft namens Ammertaler Bote – Leute. Orte. Neuigkeiten. Das Monatsblatt fürs Tal. Zwar ließen sich für die in 15.000 Stück gedruck",
         ], appeals=[_JBF_JOIN]),
    _doc("b95-nordmarkjv-jahrestreffen-werbekonzept-join-top", "appeal", "top",
         "Invented; modelled on DJV Schleswig-Holstein blog (association report with join button and a join entry in the login menu line, one glued run-on paragraph cut mid-word)", "de", [
             _NORDMARK_JOIN_1,
             "Anmelden Abmelden " + _NORDMARK_JOIN_2,
             "Jahrestreffen 2016",
             "Ein Pflichtenheft für den „betagten Verband“",
             "Jahrestreffen 2016 des Landesverbands Nordmark; Fotos: Jörn Albers",
             "Zusammenhalt, Eigeninteresse oder was sonst? Mitglieder stritten über den künftigen Kurs des Verbands",
             "Wie überzeugen wir junge Kolleginnen und Kollegen, wie machen wir Redakteuren klar, dass der Verband ihnen etwas bringt? Für einen überschaubaren Landesverband wie Nordmark mit derzeit gut 450 Mitgliedern hängt daran die Zukunft. Um sich von außen spiegeln zu lassen, gab der Vorstand um die Landesvorsitzende Ilka Brodersen einer Gruppe Studierender der Hochschule Flensburg den Auftrag, eine Werbestrategie für den Verband zu entwickeln. Beim Jahrestreffen Ende März im Flensburger Technologiezentrum trugen Lene Petersen und Malte Iversen, zwei der fünf Studierenden, ihre Befunde vor – und gaben dem „betagten Verband“ ein paar Aufgaben mit auf den Weg.Kaum Präsenz auf Instagram und Co., ein altbackenes Erscheinungsbild gegenüber der Konkurrenz, so lauteten zwei Befunde. Auch das bisherige Leitmotiv des Verbands passe nicht mehr in die Zeit, erklärte Lene Petersen: „Mit dem Wort Zusammenhalt holt man meine Jahrgänge nicht mehr ab.“ Was denn an die Stelle von Zusammenhalt treten solle, wollte Rundfunkredakteurin Dr. Gesa Thormählen in der folgenden munteren Debatte wissen: „Etwa Eigeninteresse?“ Keineswegs, hielt Vorstandsmitglied Knut Jessen dagegen: „Es geht um Kontakte und um das, was wir konkret anbieten.“ Gerade für die stetig wachsende Zahl der Selbstständigen zähle das, sagte Jessen, der selbst freiberuflich tätig ist.Dass der Verband insgesamt eine Menge anbietet, zeigten sowohl die Auswertung der Studierenden als auch eine Umfrage unter den Mitgliedern: Die meisten Teilnehmenden lobten die Beratung im Landesbüro, die Fortbildungen und Leistungen wie den Rechtsbeistand und nehmen sie auch in Anspruch.„Nur stellen wir immer wieder fest, dass die meisten unse",
         ], appeals=[_NORDMARK_JOIN_1, _NORDMARK_JOIN_2]),
    _doc("b95-bvr-lokalausgaben-verbandstag-join-top", "appeal", "top",
         "Invented; modelled on Deutscher Journalisten-Verband news page (press release with join button and a join entry in the login menu line)", "de", [
             _BVR_JOIN_1,
             "Einloggen Ausloggen " + _BVR_JOIN_2,
             "Lokalausgaben",
             "BVR verlangt Fortbestand",
             "17.11.2024",
             "Die Delegiertenversammlung des BVR appelliert an die Verlagshäuser, ihre Lokalredaktionen nicht weiter auszudünnen und die Berichterstattung aus den Kreisen wieder auszubauen.",
             "Einen solchen Antrag des Landesverbands Hessen nahmen die 180 Delegierten des Bundesverbands der Redakteure mit großer Mehrheit an. Hintergrund ist die Ankündigung der Rheinischen Abendpost, mehrere Kreisausgaben aus Spargründen zusammenzulegen. In der Aussprache wurde deutlich, dass die Abendpost nur der jüngste Fall eines Rückzugs aus der Fläche ist, der seit gut fünfzehn Jahren anhält. Die BVR-Bundesvorsitzende Katrin Wohlleben verwies dabei auf Studien, nach denen dort, wo Lokalzeitungen verschwinden, radikale Parteien bei Wahlen zulegen: „Diesen Preis darf eine Demokratie nicht zahlen. Hier sind die Verlage gefordert.“",
             "Hinweise für Redaktionen:",
             "Das Hashtag der Delegiertenversammlung ist #BVR24.",
             "Die BVR-Pressestelle ist während der Delegiertenversammlung in Würzburg am 16. und 17. November 2024  nur im Kongresszentrum Würzburg, Mainkai 12 zu erreichen: (0171) 482 55 90.",
             "Referat Presse und Kommunikation: Jana Overbeck",
         ], appeals=[_BVR_JOIN_1, _BVR_JOIN_2]),
    _doc("b95-wegweiser-einjahr-mitgliederkampagne-end", "appeal", "end",
         "Invented; modelled on tag eins (own anniversary text, member campaign with deadline and link, trial button)", "de", [
             "Vor zwölf Monaten sind wir gestartet, um in Österreich einen anderen Journalismus auszuprobieren. Wir suchen nach Lösungen und erklären Zusammenhänge. Wir kommen ohne Anzeigen aus und hängen von niemandem ab. Seit Februar erscheint bei uns jede Woche eine ausführliche Recherche, dazu Kommentare. Inzwischen sind auch ein paar neue Formate dazugekommen, und wir lernen laufend dazu.",
             "Wir zahlen Redaktion und freien Mitarbeiter*innen so anständige Honorare, wie es ein kleines Digitalmagazin mit begrenzten Mitteln eben zulässt. Nachwuchsjournalist*innen können bei uns ein Praktikum machen (entlohnt nach Kollektivvertrag) und den Redaktionsbetrieb kennenlernen. Unsere Webseite funktioniert auf jedem Gerät und ist barrierearm, und jede Woche geht ein Newsletter an unsere Mitglieder. Nichts davon passiert von selbst – und alles davon braucht Zeit und Geld.",
             "Von der Medienförderung des Bundes bekommen wir dagegen nichts. Als kleines Digitalmedium fallen wir durch die Kriterien. Das Land Oberösterreich hat unseren Start mit einer Anschubförderung unterstützt. Auch diese endet in Kürze.",
             "Solche Kampagnen um neue Mitglieder gehören bei werbefreien Magazinen wie Querlicht, Tiefgang oder Ausblick zum Alltag. Trotzdem ist die Lage diesmal besonders ernst: Ob es Wegweiser weiter gibt, ist offen – und nicht nur bei uns, auch anderswo geraten kleine unabhängige Redaktionen ins Wanken (Seitenblick, Kompass, Lauffeuer, …). Das Geld geht schlicht aus.",
             _WEGWEISER_CAMPAIGN,
         ], appeals=[_WEGWEISER_CAMPAIGN]),
    _doc("b95-gegenstimme-portal-teaserliste-spenden-end", "appeal", "end",
         "Invented; modelled on Die Freiheitsliebe (portal teaser list with podcast lines, donate/support block cut mid-sentence at the end)", "de", [
             "Politik und Gesellschaft",
             "Wer jede Debatte zur Gewissensfrage erklärt, nimmt Widerspruch und Opposition den Raum. „Wir stehen vor einer Bewährungsprobe wie seit Jahrzehnten nicht. Gemeinsam mit unseren Partnern haben wir gestern Abend beschlossen, entschlossen zu handeln.“ So sprach ein europäischer Regierungschef vor laufenden Kameras. Gemeint war allerdings nicht ein Konflikt zwischen Staaten, sondern die Hitzewelle des Sommers 2019 und die Notmaßnahmen, mit denen das Land darauf antwortete. Das Bild vom Kampf zieht sich seither durch unzählige Reden. Statt auf Vorsorge, Pflege und eine gerechte Verteilung der Lasten zu setzen, rief man die Bevölkerung zum Schulterschluss gegen eine äußere Bedrohung auf. „Wir stehen vor einer Bewährungsprobe, und zwar einer, die niemand...",
             "Zwischen Hafenstreik und Rüstungsdebatte ist eine wichtige Nachricht fast verloren gegangen: Der Naturschutzring...",
             "Die Theorie der Benachteiligung geht davon aus, dass Ungleichheit über eine Kette kleiner, unbemerkter Vorteile entsteht,...",
             "Als die neue Landesregierung vor gut einem Jahr antrat, hatten viele Gewerkschafter*innen für einen Moment...",
             "Am kommenden Donnerstag legen in ganz Belgien erneut Beschäftigte gegen die geplante Lohnbremse der...",
             "Neulich zerriss der norwegische Provokateur Sverre Lindholm, Chef der Kleinstpartei \"Nordlicht\", auf offener Bühne das...",
             "Wohnen ist ein Grundrecht! – im Gespräch mit Mirela Kovačević GS #021",
             "GS im Gespräch #018: Lasst die Häfen offen! – Jonas Ebert",
             "GS #019 Kein Profit mit Pflege – im Gespräch mit Ayşe Demirtaş",
             _GEGENSTIMME_DONATE,
         ], appeals=[_GEGENSTIMME_DONATE]),
    _doc("b95-randnotiz-selbstportraet-support-end", "appeal", "end",
         "Invented; modelled on woxx (one-paragraph self-portrait ending in support sentences with a support URL)", "de", [
             "Von Anfang an hat sich die Randnotiz als linkes, aufklärerisches Wochenblatt verstanden. Inhaltlich verfolgen wir zwei Linien: Zum einen untersuchen wir politische, gesellschaftliche und ökonomische Entwicklungen, die Ausgrenzung fördern und die Demokratie aushöhlen, zum anderen rücken wir Menschen in den Mittelpunkt, die sonst kaum gehört werden. Solche Texte sind nicht immer bequem, und das ist Absicht. Gelesen werden wir darum vor allem von Leuten, die sich in den übrigen Blättern des Landes nicht wiederfinden. Zugleich wollen wir möglichst niemanden ausschließen: Alle Artikel sind frei online, wir erscheinen in mehreren Sprachen, die Abopreise richten sich nach dem Einkommen, wir sind in sozialen Netzwerken unterwegs und vertonen viele Texte als Podcast – nur ein paar der Wege, die wir dafür gehen. " + _RANDNOTIZ_SUPPORT,
         ], appeals=[_RANDNOTIZ_SUPPORT]),
    _doc("b95-federkiel-nachwuchsliste-abo-middle", "appeal", "middle",
         "Invented; modelled on medium magazin newsletter (editor's letter with a we-welcome-new-subscribers sentence, pipe-separated further topics)", "de", [
             "25 unter 25, von denen wir noch viel hören werden.",
             "Liebe Leserin, lieber Leser, wir machen uns nichts vor: Junge Leute allein retten die Branche nicht. Begabung braucht Geduld, Förderung und vor allem Aufmerksamkeit. Seit 2009 geben wir mit unserer Reihe „25 bis 25“ dem journalistischen Nachwuchs eine eigene Plattform. Jedes Jahr sichten wir dafür Hunderte Vorschläge. Diesmal waren es gut 360.",
             "Wonach wir auswählen? Natürlich nach Können. Doch die „25“ waren nie bloß eine Liste der Begabtesten. Sie sind eher ein Mosaik, das über alle Ressorts und Berufe hinweg junge Leute zeigt, die für das Morgen unseres Metiers stehen. Bei manchen muss man kein Hellseher sein, um zu merken: Diese Person ist bereit für alles, was der Beruf verlangt. Vielleicht ist sie außergewöhnlich gründlich, erstaunlich witzig, besonders einfühlsam, unbeirrbar neugierig, eine Stilistin, ein Zahlengenie – oder sogar alles gleichzeitig.",
             "Wer uns diesmal besonders beeindruckt hat, steht im neuen Heft.",
             _FEDERKIEL_SUBSCRIBE + " Ebenso freuen wir uns, wenn Sie uns sagen, was Ihnen gefällt und was nicht – schreiben Sie uns einfach (post@federkiel-magazin.example).",
             "Außerdem im neuen Heft: | | Ruth Abendroth: Vom Leitartikel ins Ministerium. Foto: Presseamt/Tobias Lenz | | „Ich lerne noch jeden Tag, und das ist gut so“ Mit Ruth Abendroth verliert die Nordwestpost eine ihrer prägnantesten Kommentatorinnen. Warum sie nach 25 Jahren Hauptstadtberichterstattung die Seiten wechselt, begründet die langjährige Europakorrespondentin im Interview mit dem „Federkiel“ damit, dass sie schon immer das skandinavische Modell bewundert habe, in dem man zwischen Redaktion und Verwaltung hin- und herwechseln kann. Die Möglichkeit, so nah am Zentrum der Entscheidungen",
         ], appeals=[_FEDERKIEL_SUBSCRIBE]),
    _doc("b95-fruehlage-briefing-kanzlerin-salonplus-middle", "appeal", "middle",
         "Invented; modelled on The Pioneer morning briefing via a newsletter archive (repeated intro, garbled characters, paid-tier teaser with bracketed link fragments mid-paragraph)", "de", [
             "Guten Morgen {NAME}, die moldauische Präsidentin hat sich mit ihrem unermüdlich in allen Hauptstädten und auf allen Kanälen geführten Werben um Europa längst einen Platz in den Geschichtsbüchern gesichert. Ihre Beharrlichkeit und ihr Gespür für Bilder haben die Regierungen der EU hinter ihr kleines Land gebracht. Ihre Sache wurde unsere Sache. Doch wie die Geschichte ausgeht, ist offen. Die Reformen stecken im Dickicht der Verwaltung fest. Die Gegner in Moskau zeigen keine Geduld und keine Rücksicht. [Vollbild](",
             "12.10.2023",
             "[20231012-teaser-fl-mp-chisinau-bruessel 1] Guten Morgen {NAME}, die moldauische Präsidentin hat sich mit ihrem unermüdlich in allen Hauptstädten und auf allen Kanälen geführten Werben um Europa längst einen Platz in den Geschichtsbüchern gesichert. Ihre Beharrlichkeit und ihr Gespür für Bilder haben die Regierungen der EU hinter ihr kleines Land gebracht. Ihre Sache wurde unsere Sache. Doch wie die Geschichte ausgeht, ist offen. Die Reformen stecken im Dickicht der Verwaltung fest. Die Gegner in Moskau zeigen keine Geduld und keine Rücksicht. [20231012-image-agentur-fl-Praesidentin und Bruessel]",
             "Die Präsidentin © Agentur Die Öffentlichkeit in Europa â ohne deren Rückhalt Moldau wirtschaftlich rasch in die Knie ginge â wirkt zunehmend erschöpft. Vielleicht heißt das letzte Kapitel dieser Geschichte einmal âAllein gelassenâ. Ein Blick auf die Stimmungslage in den Mitgliedsstaaten verheiÃt der Frau aus Chisinau wenig Ermutigendes. " + _FRUEHLAGE_CLUB + " [Trenner Das Wichtigste heute] - An der Grenze zu Rumänien s",
         ], appeals=[_FRUEHLAGE_CLUB]),
]


# --- Probe 75: negatives ------------------------------------------------------------------------

PROBE75_NEGATIVES = [
    _neg("b95-alpenrundschau-tirolhilft-spendenaktion-neg",
         "Invented; modelled on Südtirol News (news on a regional charity's Christmas donation drive with last year's totals)", "de", [
             "Von: mak",
             "Innsbruck – Manchmal trifft einen das Leben ohne Vorwarnung: Man verliert das Dach über dem Kopf, wird krank, steht nach einer Trennung allein da oder muss von einem nahen Menschen Abschied nehmen. Zum Kummer kommen dann oft auch Geldsorgen, weil sich von heute auf morgen alles geändert hat. Die Aktion „Bergland hilft“ kann den Schmerz nicht nehmen, sie kann aber die finanzielle Last etwas leichter machen, und das tut sie seit vielen Jahren für Menschen, die allein keinen Weg mehr finden. Auch in diesem Advent wird deshalb wieder gesammelt. Die größte Hilfsinitiative der Region plant dafür zahlreiche Veranstaltungen. Krönender Schlusspunkt ist wie jedes Jahr der lange Spendentag am 22. Dezember.",
             "„Eine schwere Diagnose oder plötzliche Schulden können einem in kurzer Zeit jede Sicherheit nehmen. Die Sorgen begleiten einen dann Tag und Nacht, und nichts scheint mehr zu gehen“, sagt Veronika Gstrein, Obfrau des Vereins „Bergland hilft“. „Gerade dann ist rasche Hilfe ohne viel Papierkram gefragt – und genau das haben wir uns vor 15 Jahren bei der Gründung vorgenommen.“ Damals taten sich Diakonie, Bergbauernhilfe, Kinderkrebshilfe, zwei Regionalsender und ein Zeitungsverlag erstmals zusammen, um Menschen in Bedrängnis beizustehen. Seither gibt es „Bergland hilft“ jedes Jahr, und zu den Gründern sind viele weitere Partner gestoßen, die längst wie eine große Familie zusammenarbeiten.",
             "Großzügigkeit, die Schule macht",
             "„Im letzten Jahr konnten wir 1,2 Millionen Euro an Betroffene weitergeben. Damit haben wir in 1.040 Fällen geholfen“, erzählt Veronika Gstrein. „Wie die Menschen in unserem Land Jahr für Jahr zusammenhalten, beeindruckt mich immer wieder“,",
         ]),
    _neg("b95-lokalblickkempten-sparkasse-spendenmarathon-neg",
         "Invented; modelled on lokale-mm.de (local news on a savings bank's donation marathon for clubs with pots and rules)", "de", [
             "Kempten-Oberallgäu (rk/ts). Von heute an können sich Vereine und gemeinnützige Initiativen aus der Region für die große Spendenwoche der Sparkasse Allgäu-Iller anmelden. Zwischen dem 2. und dem 16. Dezember dürfen sie Spenden einwerben und bekommen obendrein einen Zuschuss aus dem Förderetat der Bank.",
             "Insgesamt verteilt die Sparkasse 80.000 Euro – aufgeteilt auf vier Regionaltöpfe mit je 20.000 Euro für Kempten, Oberallgäu, Füssen und Marktoberdorf.",
             "„Mit der Spendenwoche wollen wir zeigen, was die Vereine hier alles leisten, und sie ganz konkret unterstützen“, erklärt Andreas Kiechle, Vorstandschef der Sparkasse Allgäu-Iller. „Jeder Euro, der gespendet wird, hilft dem Ehrenamt – und damit uns allen.“",
             "Wie man mitmacht",
             "Auf der Seite www.gemeinsam-helfen.example/aiu tragen Vereine und Initiativen ihr Vorhaben ein. Danach sammeln sie im Bekanntenkreis oder im Netz Spenden. Ist die Aktion vorbei, rechnet die Sparkasse ab und verteilt die 80.000 Euro im Verhältnis – abhängig davon, wie viel jeder Verein in diesem Zeitraum eingesammelt hat.",
             "Wer mitmachen darf",
             "Mitmachen können alle Vereine aus dem Geschäftsgebiet, die bei der Sparkasse Allgäu-Iller ein Girokonto führen und Zuwendungsbestätigungen ausstellen dürfen. Was vor oder nach dem Aktionszeitraum gespendet wird, zählt nicht.",
             "Finanziert wird die Spendenwoche über die Lotterie „Sparen mit Glück“. Wer ein Los kauft, fördert damit gemeinnützige Vorhaben in der eigenen Gegend – und tut so ganz direkt etwas für das Zusammenleben vor Ort.",
             "„Die Spendenwoche beweist, was gelingt, wenn alle anpacken“, sagt Kiechle. „Unsere Vereine stemmen jeden Tag enorm viel. Diese Aktion soll ihnen den Rücken stärken und Mut machen.“",
         ]),
    _neg("b95-campuskurier-agora-zukunft-verleger-neg",
         "Invented; modelled on Tize (student magazine report on another online magazine's member drive with sums, cut mid-sentence)", "de", [
             "Einige wenige Verlagsgruppen wie Hallwag, Merian und Alpina Medien beherrschen den Pressemarkt der Schweiz. Zu ihnen gehören die Landeszeitung, das Stadtblatt, die Lifestyle-Monatsschrift Fenster und viele andere Titel. In den schmalen Lücken zwischen diesen Konzernen arbeiten kleinere unabhängige Redaktionen – mit gründlichem, eigenständigem und verlässlichem Journalismus. Eine davon ist das Magazin Agora. Beim Anlass «Wie geht es weiter mit Agora?» haben Campuskurier-Redaktor Levin Grob und Redaktorin Selina Baumann einen Blick hinter die Kulissen geworfen, mehrere unabhängige Schweizer Projekte kennengelernt und das Publikum gefragt, was es vom Abend und von Agora hält.",
             "Ein Magazin über Politik, Wirtschaft und Kultur, das – so steht es auf der eigenen Homepage – Journalismus mit Leidenschaft machen will. Am Anfang standen sechs Leute und eine Idee. Seit der Gründung 2017 ist Agora auf etwa 45 Angestellte und mehr als 18’000 Mitglieder gewachsen. Diese zahlen regelmässig und sind für das Geschäftsmodell des Magazins überlebenswichtig. Im Dezember verkündete das Magazin per Rundmail an alle Mitglieder sein nächstes Ziel, das den Fortbestand sichern soll. Bis Ende April 2020 sollen rund 1.9 Millionen Franken zusammenkommen und 17’500 Mitglieder dabei sein. Als Teil dieses Plans lud Agora am vergangenen Samstag zu einem öffentlichen Abend über «Wie geht es weiter mit Agora?» und über unabhängige Medien überhaupt.",
             "«Leserinnen und Leser, die wach, wissbegierig und mutig sind und Geld in freie Medien stecken wollen.» – Agora auf der Homepage",
             "Mehr Unabhängigkeit, aber auf verschiedenen Wegen",
             "La Lanterne zum Beispiel ist ein Digitalmagazin aus der Romandie und berichtet seit knapp 4 Jahren über soziale, kulturelle",
         ]),
    _neg("b95-k17news-freiblick-finanzierung-neg",
         "Invented; modelled on n23.tv (page pleading another portal's funding at length in repetitive paragraphs)", "de", [
             "Freie Berichterstattung unter Druck",
             "Jedes Jahr verteilt der Bund 35 Millionen Franken an ausgesuchte Verlage, während kleine freie Portale leer ausgehen. Dieses Ungleichgewicht hat zur Folge, dass freie Portale von den großen, staatlich gestützten Häusern gern schlechtgemacht oder an den Rand gedrängt werden.",
             "Wer ernsthaft recherchieren will, braucht als kleines Portal Zeit, Ausdauer und Rückgrat – und Geld. Bislang zahlen nur rund 3 % der Leserschaft dieses Angebots etwas, die übrigen 97 % lesen umsonst mit.",
             "Das Team von Freiblick setzt darauf, dass sein Publikum den Wert freier Nachrichten erkennt und jetzt aktiv wird. Ohne diese Hilfe lasse sich seriöse Berichterstattung auf Dauer kaum sichern, heißt es.",
             "Die Kassenlage bei Freiblick gilt wegen der wenigen Beiträge als angespannt. Dennoch gibt sich das Team zuversichtlich und baut darauf, dass die Leserinnen und Leser das Portal stützen, damit es frei berichten kann.",
             "Das Team bedankt sich bei allen, die schon etwas gegeben haben, und ruft alle anderen dazu auf, sich für freie Nachrichten starkzumachen. Wie sich Freiblick finanziert, entscheidet über seine Unabhängigkeit.",
             "Ohne Geld aus der Leserschaft könne man keine gründlichen Beiträge liefern, sagt das Team. Man setze darauf, dass das Publikum den Wert freier Nachrichten erkennt und bald etwas unternimmt.",
             "Der Fall Freiblick zeigt, wie sehr freie Medien auf Rückhalt angewiesen sind. Fehlt das Geld, leidet am Ende die Glaubwürdigkeit der ganzen Berichterstattung.",
             "Das Team baut darauf, dass sich das Publikum für freie Nachrichten starkmacht. Wie es mit Freiblick weitergeht, ist offen, doch die Macher geben sich zuversichtlich.",
         ]),
    _neg("b95-ponteblog-agora-crowdfunding-empfehlung-neg",
         "Invented; modelled on amizade.ch blog (blogger recommending another magazine's crowdfunding and subscription)", "de", [
             "Wie frei arbeiten die Medien in der Schweiz? Nicht frei genug. Das meinen jedenfalls die Leute hinter Agora. Sie haben ein Crowdfunding für das Online-Magazin Agora des Vereins Forum A gestartet.",
             "Agora ist ein kleiner Aufstand. Für guten Journalismus. Und gegen die Großverlage. Die großen Häuser steigen nämlich aus dem Journalismus aus: Sie verwandeln sich im Eiltempo in Onlinemarktplätze. Das ist schlecht für die Presse. Und schlecht für die Demokratie. Wer schlecht informiert ist, entscheidet schlecht.",
             "Eine lebendige Demokratie braucht lebendige Medien. Und die brauchen nicht nur Reporterinnen und Reporter, sondern auch Sie. Als Publikum. Als Stimmbürgerin. Als Menschen, die ein paar Franken für freien Journalismus übrig haben.",
             "Genau. Darum möchte ich euch das Vorhaben wärmstens empfehlen. Mehr Qualität & Freiheit in den Medien braucht es nämlich. Überall – und eben auch bei uns! Über diesen Link könnt auch ihr Agora abonnieren und das Vorhaben unterstützen.",
         ]),
    _neg("b95-sozialspiegel-gegenstimme-abmahnung-aufruf-neg",
         "Invented; modelled on Blickpunkt WiSo (documentation of another blog's legal-costs support appeal, cut mid-word)", "de", [
             "Dokumentation",
             "Jetzt zusammenhalten: Abmahnung gegen das Blog \"Die Gegenstimme\"",
             "11. Mai 2016 | Redaktion",
             "Das linke Blog \"Die Gegenstimme\", das von einigen jungen Leuten gemacht wird, ist abgemahnt worden, weil es kritisch über einen Funktionär einer rechten Bürgerinitiative geschrieben hatte. Um die Kosten stemmen zu können, die die Abmahnung nach sich zieht, ruft die Redaktion zur Hilfe auf. Wir geben den Aufruf hier wieder.",
             "Haltet die Gegenstimme am Leben!",
             "Appell",
             "Wer gegen Rechtsextremismus, Rassismus und Aufrüstung anschreibt, muss immer damit rechnen, dass Behörden oder „besorgte Bürger“ ihm Steine in den Weg legen. Jetzt haben wir eine Abmahnung im Briefkasten, weil wir kritisch über jemanden geschrieben haben. Wir, das Team der Gegenstimme, sind auf eure Hilfe angewiesen, denn die Justiz droht uns die Luft abzuschnüren und eine unbequeme Stimme zum Schweigen zu bringen.",
             "Die Gegenstimme steht als Medium ohne Wenn und Aber für Frieden und gegen Ausgrenzung. Wie viele andere linke Projekte halten wir nichts von der Vorstellung einer „neutralen“ Berichterstattung. Jeder unserer Texte bezieht klar Position. Das hat uns schon öfter Ärger mit den Gerichten eingebracht, unter anderem durch Abmahnungen. Wir arbeiten alle ehrenamtlich, zahlen oft aus eigener Tasche drauf und verdienen mit dem Blog keinen Cent.",
             "Diesmal geht die Abmahnung an die Grenze dessen, was wir tragen können: Vor ein paar Monaten berichteten wir über einen Funktionär einer rechten Bürgerinitiative. Auch andere Medien außer uns nahmen das Thema auf, etwa mehrere Lokalzeitungen, aber auch Verbände und Initiativen. Einige dieser Gruppen und Blätter wurden inzwischen von dem Betroffenen ebenfalls abgemahnt, dar",
         ]),
    _neg("b95-pressefunk-ammertalerbote-aus-neg",
         "Invented; modelled on Medienrunde (media news on a local online paper's closure)", "de", [
             "Nach 13 Jahren kritischem Lokaljournalismus macht der „Ammertaler Bote“ dicht. Das Onlineportal, das sich mit hartnäckigen Recherchen über Bauprojekte, Zweitwohnsitze und Gemeinderäte im Ammertal einen Ruf erarbeitet hatte, kam in Spitzenzeiten auf 60.000 Leser am Tag. Trotzdem scheitert das Portal nicht am Geld, sondern daran, dass niemand mehr mitarbeiten will.",
             "Chefredakteurin Carola Wendlinger, die für ihre spitzen Kommentare über Gemeinderäte, Rechtsaußen-Politiker und die reichen Zugezogenen im Tal bekannt ist, nennt die hohen Mieten als Hauptursache. „Hier wohnen kann sich kaum noch jemand leisten“, sagt Wendlinger. Obwohl sie monatelang gesucht und mehr als 30 Vorstellungsgespräche geführt habe, sei kein neues Team zustande gekommen.",
             "Der „Ammertaler Bote“, 2012 vom Berater Florian Matzke ins Leben gerufen, sah sich als Gegengewicht zur als „bieder“ geltenden Lokalzeitung. Unter Wendlinger eckte das Portal mit schonungslosen Texten über Wohnungsnot, Großbaustellen und Filz an. Das brachte der Redaktion Preise ein, aber auch Feindseligkeit: Von anonymen Drohbriefen bis zu zerstochenen Reifen am Redaktionsauto.",
             "Obwohl 2023 das erfolgreichste Jahr des Portals war, ist jetzt Schluss. Wendlinger betont, wie wichtig kritische Lokalberichte seien, damit die Leute nicht in abgeschottete Messengergruppen abwandern. Ob es irgendwann weitergeht, lässt sie offen. abendpost.example",
         ]),
    _neg("b95-werkstattlokal-lokaljournalismus-geschichte-neg",
         "Invented; modelled on drehscheibe (essay on the history of local journalism, cut mid-word)", "de", [
             "Vom Stiefkind zum Hoffnungsträger der Verlage",
             "von Dörte Lindqvist",
             "Der Lokalteil hat in den letzten vier Jahrzehnten einen erstaunlichen Aufstieg hingelegt. Lange galt er wenig und wurde als Spielwiese für Schützenfeste und Jahreshauptversammlungen belächelt, dann rückte er nach und nach ins Zentrum. Geholfen hat dabei nicht zuletzt die Leserforschung. Schon in den späten Neunzigern zeigten mehrere Umfragen, dass die Leute das Lokale für den wichtigsten Teil ihrer Tageszeitung hielten.",
             "Lesegewohnheiten vermessen",
             "Mit einem Messverfahren des niederländischen Beraters Joost van Dalen wurden um 2002 erstmals Lesequoten einzelner Artikel erhoben (vgl. Hartung 2008, Lemke 2011, Voss 2009). So etwas kannte man bis dahin nur von Einschaltquoten. Für manche Ressorts war das Ergebnis ein Schock. Es zeigte sich, dass der Sport, vor allem der Lokalsport, kaum Leser fand – und die Kultur ebenso wenig. Auch das Lokale schnitt nur auf der Aufmacherseite gut ab. Doch es waren van Dalens Folgerungen, die dem Lokalen neue Beachtung in den Redaktionen verschafften: „Am Ende zwingt die Quote eine Zeitung, sich auf das Wesentliche zu besinnen: Man bindet Leser nicht mit Prämien wie Toastern oder Regenschirmen, sondern nur mit Inhalten, die sie wirklich brauchen. Investieren muss man in das Blatt selbst.“ (Kessler 2007)",
             "Die fetten Jahre der Redaktionen",
             "Um die Jahrtausendwende erlebten die Redaktionen in Deutschland dann ihre beste Zeit. Es wurde kräftig eingestellt – vor allem in den Lokalredaktionen. 2001 gab es rund 14.900 fest angestellte Redakteurinnen und Redakteure – so viele wie nie. Lange hielt das allerdings nicht, die einbrechenden Anzeigenumsätze führten Jahr um Jahr zu neuen Kündigungswellen. Stelle um Stelle fiel weg. 2014 waren es nur noch ru",
         ]),
    _neg("b95-zukunftsblatt-parteizeitung-geschichte-abopreis-neg",
         "Invented; modelled on vorwärts (party paper's own history with its old subscription price, cut mid-word)", "de", [
             "Als sich beim Einigungskongress vom 3. bis 6. Juni 1869 in Eisenach der Verband Deutscher Arbeitervereine (VDAV) und die Sächsische Volkspartei (SVP) zur Vereinigten Arbeiterpartei (VAP) zusammentaten, bringen beide ihr jeweiliges Blatt mit in die neue Partei. Stimme des VDAV ist das „Arbeiterblatt“ (ab 1866 „Neues Arbeiterblatt“), die SVP gibt die „Volksfackel“ heraus. Vorerst erscheinen beide weiter, bis sie zum „Zukunftsblatt“ zusammengelegt werden.",
             "Das „Zukunftsblatt“ als Talentschmiede der Partei",
             "Die erste Nummer erscheint mit sechs dicht bedruckten Seiten am 2. Januar 1870 in Chemnitz. „Zentralblatt der vereinigten Arbeiterschaft“ steht darunter. Gemeinsam leiten die Redaktion Friedrich Amsel, der zugleich im Landtag sitzt, und Carl Sternberg. Sternberg hatte kurz vorher gesagt: „Unsere stärkste Gegnerin ist nicht die Armee des Königs, sondern die Armee der gegnerischen Zeitungen.“ Das „Zukunftsblatt“ soll dagegenhalten. Es kommt zweimal wöchentlich heraus – dienstags und samstags – und kostet im Vierteljahresabo 1,20 Mark, für eine*n Fabrikarbeiter*in damals ein kleines Vermögen.",
             "Wegen der Pressegesetze muss das „Zukunftsblatt“ schon am 14. März 1872 wieder eingestellt werden. Ab 1873 wird es in Basel gedruckt: heimlich und unter dem Namen „Der Volksfreund“. Trotzdem wird das „Zukunftsblatt“ im Kaiserreich und erst recht nach 1918 zur Talentschmiede der Partei. Aus seiner Redaktion kommen viele spätere Abgeordnete und Minister. 1906 schreibt die Publizistin Martha Kranich, die einige Jahre zur Redaktion gehört: „Mit dem Kompass der Theorie in der Hand ist unsere Bewegung heute die einzige, die vom geschichtlichen Stan",
         ]),
    _neg("b95-kirchenportal-medienkolumne-morgennewsletter-neg",
         "Invented; modelled on evangelisch.de media column (column on paid and free morning newsletters with prices, cut mid-word)", "de", [
             "Einen ganzen Vormittag mit Frühnewslettern verbringen",
             "... auch das bietet das Netz. E-Mails, die täglich und am liebsten vor dem ersten Kaffee ankommen, sind gerade eine der zeitgemäßesten Formen des Onlinejournalismus.",
             "Die E-Mail wurde im Netz schon oft beerdigt. Aber im Netz stirbt selten etwas ganz, und E-Mails sind quicklebendig. Wenn Verlage versuchen, mit Onlinejournalismus endlich Geld zu verdienen, spielen Newsletter eine wachsende Rolle. Zwei frühe Vorreiter des Genres hierzulande probieren das gerade aus.",
             "Die Hamburger \"Elbpost\" liefert mit dem \"Hafenbrief\" seit vier Jahren einen Rundumblick über praktisch alles, was in Hamburg passiert und oft auch anderswo interessiert. Der Ton des meist vor halb sieben verschickten, von Chefredakteurin Merle Haase und ihrer Redaktion geschriebenen Briefs und Rubriken wie \"heute noch hin\" oder der \"Elbtunnel-Uhr – Tage seit Baubeginn\" (Stand heute: 1873) sind längst Kult. Neuerdings haben Leser die Wahl zwischen einer \"Gratis-Light-Version\" und dem \"vollen Programm\", das zwar \"billiger ist als ein Fischbrötchen am Tag (25 Cent)\", aber trotzdem bezahlt werden will.",
             "Dabei bedient sich die \"Elbpost\" so ziemlich aller Tricks, mit denen man Leser zum Zahlen bringt, und die laufen meistens auf Veranstaltungen hinaus (\"... weit mehr als eine E-Mail: Wir haben eine eigene Hafenrundfahrt, einen Hafenbrief-Chor und Lesungen – sogar mit Hafenbrief-Quiz\"). Weil Anzeigen in Newslettern aber besser wirken als auf Webseiten (und im \"Hafenbrief\" offenbar glänzend laufen), zählt die Reichweite weiterhin. Darum umfasst die Gratisversion häufig gut 12.000 Zeichen. Darin stecken Anzeigen, Eigenwerbung und Hinweise auf \"Nur für Abonnenten\"-Texte. Geklickt wird ohnehin nur ein kleiner Teil der Links, das war schon immer eingeplant. Insofern i",
         ]),
    _neg("b95-medienmonitor-blog-morgennewsletter-trend-neg",
         "Invented; modelled on medienresonanzanalyse blog (media researcher on free morning newsletters, 'free to subscribe here' about others' products)", "de", [
             "Leitartikler liefern die Deutung zum Frühstück",
             "Ist das noch Witz, schon Spott oder bereits Bosheit? Merle Haase, Chefredakteurin der Elbpost, arbeitet sich in ihrem täglichen Newsletter „Hafenbrief“ an den Pannen der Behörden und den Kleinigkeiten der Hamburger Bezirkspolitik ab. Für ihre bissigen Vergleiche und ironischen Randbemerkungen  bekommt sie jetzt einen Onlinejournalismus-Preis in der Kategorie Nachrichten. Ein paar Tausend Abonnenten soll der Brief schon haben, doch als Medienforscher stellt man sich die Frage: Was will die Elbpost mit dem Gratisangebot erreichen? Und warum springen immer mehr Häuser auf den Zug der kurzen Morgeneinordnung per E-Mail auf, obwohl dieser textlastige Kanal technisch doch von gestern ist?  Ist er „verantwortlich“: Rüdiger Falkenhayn, rastloser Chef des Wirtschaftskuriers, gilt vielen als Vorreiter der Branche und schickt seinen Anhängern mit dem kostenlosen Kurier-Frühstück an jedem Börsentag eine Orientierung. Vielleicht hat der Newsletter-Boom hier seinen Anfang genommen.",
             "Wer es noch schärfer mag, startet mit dem Morgenruf des stets streitlustigen Bernd Quast. Das Lesen schafft man bequem während einer Tasse Kaffee.",
             "Der neueste Zugang im Morgenbrief-Sortiment stammt vom Rheinkurier und trägt den Namen „Domblick“. Ein Dreiergespann um Herausgeberin Ulla Wiegand schreibt ihn seit dem 3. Mai aus kurzen Meldungen, Lokaltipps und Baustellenhinweisen für den Raum Köln, auch er gratis und früh am Morgen verschickt. Die Anmeldeseite ist im Moment leider nicht erreichbar, doch hier findet man die Pressemitteilung zum Start samt Link zur Anmeldung.",
             "Die frisch preisgekrönten, spitzen und klugen Häppchen aus der Hansestadt von Merle Haase sind dagegen für Hamburger jeder Richtung eine reinigende Morgenlektüre und hier gratis zu bestellen.",
         ]),
    _neg("b95-querdenkerblog-westportal-umbau-neg",
         "Invented; modelled on Indiskretion Ehrensache blog (media blogger on an online newsroom's troubles, cut mid-sentence)", "de", [
             "Am Mittwochvormittag ging eine Redaktionskultur zu Ende. Die des Nordportals, des Onlineablegers der Küstenmedien-Gruppe. Der Redaktionsraum ist ein langer Schlauch, an dessen Ende zwei gläserne Büros liegen – die von Chefredakteur und Geschäftsführer Jens Hollmann und seiner Mitgeschäftsführerin Petra Vollrath. Stets konnte man hineinschauen, die Chefs galten als nahbar und jederzeit ansprechbar  – bis zu diesem Mittwoch. Da stellte Vollrath Pinnwände vor die Scheiben und machte ihr Büro blickdicht.",
             "Wenig später tauchten die Leute der Beratungsfirma Kranstein auf.",
             "So jedenfalls berichten es Leute, die dabei waren. Was die Kranstein-Berater vortrugen, weiß man nicht. Doch es ist kaum noch ein Geheimnis, dass das einst mit viel Tamtam und großen Versprechen gestartete Nordportal vor schweren Zeiten steht. Dafür spricht auch, dass jetzt jemand die Leitung übernimmt, der vom Netz ungefähr so viel versteht wie ein Kreisligist von der Champions League: der Print-Chefredakteur der „Küstenzeitung“, Harald Brömmel.",
             "Was er von digitaler Kommunikation hält, soll er nach Aussage von Anwesenden im Sommer auf einem Sommerfest des Landesrundfunks verraten haben. Dort habe er sinngemäß erklärt, es sei ihm eine Ehre, auf seinem Telefon keine E-Mails abrufen zu können – die drucke ihm sein Sekretariat aus.",
             "Dass Brömmel die Onlineredaktion bekommt, hatten manche schon geahnt, seit bei einer Personalversammlung die Frage, wer Hollmann nachfolge, Teilnehmern zufolge so beantwortet worden war: Vorerst niemand, zunächst müsse die Küstenmedien Digital (die Firma, unter deren Dach das Nordportal läuft) neu aufgestellt werden. Nicht wenige rechnen mit einem radikalen Schnitt: Die Digitalfirma solle wieder auf Miniaturgröße schrumpfen.",
             "Der Grund liegt wohl auf der Hand: Das Minus ist zu groß. „Zu Zahlen des Nordportals äußern wir uns grundsätzlich nicht, dafür bitte ich um Verständnis. Wir",
         ]),
]


BATCH95_DOCUMENTS = PROBE75_APPEALS + PROBE75_NEGATIVES
