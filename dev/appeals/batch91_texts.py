"""Batch 91: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (10 appeal, 12 negative; all DE): our own paraphrases of every document of the
local-only real probe 71 (22 documents). Each keeps the real page's structure (a teaser line and a
"Amt X |" dateline paragraph cut with "..." above a one-line trial-month paywall; a lone "follow us"
chrome line over a regional TV item; a newsletter sign-up box with its bullet list, editor line,
button, confirmation and spam-folder messages and a second box title, above a numbered advice issue
cut mid-word; an English "stay in touch" chrome line over a local politics page with split
"Veröffentlicht"/"am" lines and a paragraph broken across two lines; a watchblog's about page with a
campaign countdown and member counter near the top and a membership block in the middle, an
obfuscated e-mail placeholder and a "Bitte.." list cut mid-word; four stacked account-form messages
above a Swiss teaser list with author lines; a morning-briefing sign-up above a press-review list,
a source line and dash bullets; a New-Year letter to readers; a Christian portal's year-end talk; a
far-right-monitor archive page with dated teasers) and exactly what the real gold marks: the
trial-month paywall line at the end; the "follow us" line; the whole newsletter box from its
glued "free - independent - ad-free" tagline through the second box's blurb (the first box title
above it stays text); the "stay in touch" line; the campaign countdown with its member counter plus
the membership heading with its two paragraphs; the four registration/login/activation/order
messages; the two-line morning-briefing sign-up; the two letter paragraphs asking for donations to
cover lawsuits (the election call before them stays text); the one sentence at the end of a
paragraph saying how little a printed copy costs to sponsor; the newsletter-order line with its URL
(the text-archive line above it stays text). Negatives keep what makes the real ones hard: a media
site reporting its own solidarity contribution to a street paper's rescue appeal, a student
magazine on foundations funding journalism, a record charity-gala total, clubs raising money by
crowdfunding, a bank's donation platform with matching, a food-bank chief's quoted appeal with the
local food bank's bank details and receipt rules, newspaper price rises, a benefit-concert cheque
for kindergartens, a benefit concert for a day-care centre, a magician's charity gala with ticket
prices, a blog attacking media subsidies, a celebrity charity gala with its total.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build script takes each text
as it stands, locates every gold appeal substring in it (asserted unique) and writes the batch's
unseen fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 71: appeal documents -----------------------------------------------------------------

_LANDBOTE_TRIAL = (
    "Testen Sie uns jetzt einen Monat lang gratis (danach 7,90 €/Monat) und lesen Sie diesen Beitrag "
    "sofort weiter. Sämtliche übrigen Angebote im Web wie in der App sind für Sie dann ebenso freigeschaltet."
)

_ODENWALD_FOLLOW = "Folgt uns:"

_GELDKOMPASS_BOX = "\n".join([
    "gratis - neutral - ohne WerbungNichts mehr vom Geldkompass verpassen!",
    "• Jeden Donnerstag frische Spartricks",
    "• Bequem ins Postfach",
    "• Direkt aus unserer Fachredaktion",
    "Marlene Oberhuber, Chefredakteurin",
    "Ja, bitte schickt mir den Rundbrief",
    "Fast geschafft – jetzt nur noch die Anmeldung bestätigen!",
    "Soeben ist eine Nachricht an die angegebene Adresse unterwegs.",
    "Werfen Sie am besten gleich einen Blick in Ihr Postfach.",
    "Nichts angekommen? Womöglich hat Ihr Mailprogramm die Nachricht in den Werbe- oder Junk-Ordner verschoben.",
    "Sehen Sie bitte auch dort nach und nehmen Sie die Absenderadresse von geldkompass.example in Ihre Kontakte auf.",
    "Der neue Geldkompass-Rundbrief",
    "Jede Woche fassen wir im Geldkompass-Rundbrief für Sie zusammen, was sich bei Konto, Vertrag und Vorsorge gerade tut. So bleiben Sie stets auf dem neuesten Stand und behalten mehr Geld in der Tasche. Das Abo kostet Sie keinen einzigen Cent.",
])

_WISPER_CONNECT = "Stay in touch"

_ZERRSPIEGEL_COUNTER = "\n".join([
    "Mach mit: Nur mehr 18 Tage!",
    "• 312/1.500 Mitglieder",
])

_ZERRSPIEGEL_MEMBERS = "\n".join([
    "Mach unabhängige Medienkritik möglich",
    "Bei Zerrspiegel gibt es keine Bezahlschranke. Alles, was wir veröffentlichen, soll so viele Leute wie möglich erreichen. Das klappt allerdings nur, wenn genug Menschen Zerrspiegel finanziell mittragen. Als Mitglied sorgst du dafür, dass Redaktionen wirklich genau auf die Finger geschaut wird! Schließ dich uns jetzt an: www.zerrspiegel.example/mitmachen",
    "Unser Geld kommt zum größten Teil von unseren Mitgliedern. Viele Jahre lief Zerrspiegel ganz ohne Budget (Details unter www.zerrspiegel.example/finanzen). Erst seit 2023 sind Spenden an uns möglich, und mit einer eigenen Kampagne möchten wir 2025 auf 1.500 Mitglieder kommen.",
])

_SEETALER_FORMS = "\n".join([
    "Danke, dass Sie sich registriert haben. Den Link zum Freischalten Ihres Kontos haben wir Ihnen soeben per E-Mail geschickt.",
    "Danke, Sie sind jetzt angemeldet.",
    "Ihr Benutzerkonto ist nun freigeschaltet. Viel Freude bei der Lektüre!",
    "Danke für Ihren Kauf. Viel Freude bei der Lektüre!",
])

_HAUPTSTADTPULS_SIGNUP = "\n".join([
    "Jeden Werktag um halb sieben schicken wir Ihnen eine Zusammenfassung der politischen Themen, die zählen.",
    "Tragen Sie sich hier für unser tägliches Gratis-Briefing ein:",
])

_KINNERET_DONATE = "\n".join([
    "Auch im neuen Jahr wird Kinneret Online wieder vor Gericht ziehen müssen, teils gegen Funktionäre eben dieser Partei. Wer über die extreme Rechte schreibt, kommt nicht umhin, sich immer wieder juristisch zu verteidigen.",
    "Deshalb bitten wir Sie herzlich: Helfen Sie uns auch in den kommenden Monaten mit einer Spende! Für diese und viele weitere Aufgaben, damit Kinneret Online seinem Weg treu bleiben kann…",
])

_LICHTBLICK_RAPPEN = (
    "Schon 40 Rappen decken Druck und Zustellung eines Exemplars – so lassen sich ganze Dörfer als "
    "«Patengemeinden» übernehmen."
)

_RECHTSRADAR_NEWSLETTER = "Unseren Newsletter können Sie hier abonnieren: http://www.rechtsradar.example/newsletter-bestellen"


PROBE71_APPEALS = [
    _doc("b91-holsteinerlandbote-wehrbilanz-end", "appeal", "end",
         "Invented; modelled on Barmstedter Zeitung (shz.de) (regional teaser and dateline paragraph cut with \"...\", trial-month paywall line)", "de", [
             "In den acht Dörfern ist die Zahl der Alarmierungen von 118 im Jahr 2020 auf 83 im Jahr 2021 zurückgegangen. Auch mitten in der Pandemie waren die Wehrleute stets zur Stelle.",
             "Amt Bredenau | Pandemiejahr Nummer zwei: Ausbildungsabende per Videokonferenz oder in kleinen Trupps, im Spätsommer kurzzeitig sogar wieder mit kompletter Besetzung – so sah 2021 der Alltag bei den ehrenamtlichen Wehren im Amt Bredenau aus. Wenn der Lohwischer Wehrführer Jens Thormählen die Lage zwischen Ansteckungsschutz und Einsatzbereit...",
             _LANDBOTE_TRIAL,
         ], appeals=[_LANDBOTE_TRIAL]),
    _doc("b91-odenwaldwelletv-faschingsferien-top", "appeal", "top",
         "Invented; modelled on RON TV (Rhein-Neckar Fernsehen) (regional TV item under a lone follow-us chrome line)", "de", [
             _ODENWALD_FOLLOW,
             "Längere Faschingsferien",
             "Wegen der heftigen Grippewelle verlangen einzelne Landespolitiker jetzt zusätzliche freie Schultage rund um Fasching. Was das bringen soll und ob sich Familien bei uns im Odenwald darauf einstellen sollten, haben wir zusammengetragen.",
         ], appeals=[_ODENWALD_FOLLOW]),
    _doc("b91-geldkompass-mietvertrag-newsletter-top", "appeal", "top",
         "Invented; modelled on Finanztip (newsletter sign-up box with bullets, button and confirmation messages above a numbered advice issue cut mid-word)", "de", [
             "Der neue Geldkompass-Rundbrief",
             _GELDKOMPASS_BOX,
             "Ausgabe 22 / 2019 – 6. Juni",
             "Neue Wohnung: Unterschreiben Sie nicht blind!",
             "Neuer Mietvertrag: Unterschreiben Sie nicht blind!",
             "Wer eine Wohnung sucht, hat Gehaltsnachweis und Bonitätsauskunft meist schnell beisammen. Beim Kleingedruckten des Mietvertrags aber geraten viele ins Schwimmen. Und sobald es um Staffelmiete oder Schönheitsreparaturen geht, fühlen sich die meisten überfordert.",
             "Gerade in Großstädten sitzen Vermieter am längeren Hebel – umso wichtiger ist eine gute Vorbereitung. Mit diesen vier Hinweisen gehen Sie auf Nummer sicher:",
             "1. Lesen Sie jeden Paragrafen vor dem Termin",
             "Lassen Sie sich den Vertragsentwurf schon vorab schicken. Solange Ihre Unterschrift fehlt, dürfen Sie Fragen stellen und Änderungen anregen. Ob Kaution, Haustiere oder Kündigungsfrist: Was erst einmal schwarz auf weiß im Vertrag steht, bekommen Sie später kaum wieder heraus.",
             "2. Prüfen Sie, ob die Miete ortsüblich ist",
             "Der wichtigste Posten im Mietvertrag ist die Höhe der Miete. In vielen Städten hilft ein Mietspiegel bei der Einordnung, dann l",
         ], appeals=[_GELDKOMPASS_BOX]),
    _doc("b91-wisperanzeiger-klangsteine-top", "appeal", "top",
         "Invented; modelled on BEN Kurier (local politics page under an English connect-with-us chrome line, split published lines, paragraph broken across lines, cut mid-word)", "de", [
             _WISPER_CONNECT,
             "Politik",
             "Klangsteine als hörbare Wegmarken",
             "Veröffentlicht",
             "am",
             "Gemeinsam mit Landschaftsarchitektin Petra Hollmann verschafften sich Bürgermeister Uwe Brandscheid und Tobias Merkelbach jetzt einen Eindruck vom Stand der Arbeiten an den Klangsteinen.",
             "RABENFELS Der Ausbau des Besucherangebots steht zugleich für die guten Zukunftsaussichten der VG Rabenfels-Höhe – Landtagsabgeordnete Carola Stemmler folgte einer Einladung von Bürgermeister Uwe Brandscheid hinauf aufs Felsplateau. Seit der Eröffnung im Jahr 2020 wird der Natur- und Erlebnispark am Rabenfels Schritt für Schritt ausgebaut. Das betrifft vor allem die geplante Dauerausstellung.",
             "Der Rabenfels selbst spielt darin die Hauptrolle und erzählt seine eigene Geschichte. Die Legende um die Klippe an der schmalsten Biegung des Flusstals, aber auch die Sage von der Fährmannstochter Welda, die dort einst im Strudel verschwunden sein soll, werden Teil einer Schau, die Gäste künftig an mehreren Stationen im Park entdecken können. „Mit den Klangsteinen, die gerade aufgebaut werden, lässt sich die Sage vom Rabenfels ganz neu erleben, und die Erzählungen und alten Handwerke des Tals werden für Groß und Klein wieder lebendig“, sagte Bürgermeister Uwe Brandscheid beim Blick auf die Stationen, die derzeit entlang der Sagenpfade entstehen.",
             "Parallel dazu läuft schon die Planung für das Besucherzentrum, das mit einem gläsernen Felsgrat als Dach ein unverwechselbares Erkennungszeichen",
             "bekommen soll. Mit diesem Baustein soll das Gesamtprojekt im Jahr 2024 fertig werden.",
             "Doch schon zum Auftakt der kommenden Ausflugssaison gibt es einiges Neues, berichtete Bürgermeister Uwe Brandscheid beim Rundgang über die Baustelle. So sollen ab dem Frühjahr Tafeln in Brailleschrift und Tastmodelle an den Aussichtskanzeln über dem Naturerbe Oberes Felsental auf die Besucher warte",
         ], appeals=[_WISPER_CONNECT]),
    _doc("b91-zerrspiegel-mitgliederkampagne-top-middle", "appeal", "top+middle",
         "Invented; modelled on Kobuk (media watchblog about page: campaign countdown with member counter at the top, membership block in the middle)", "de", [
             "Wir prüfen genau nach,",
             "damit ihr es nicht tun müsst.",
             _ZERRSPIEGEL_COUNTER,
             "Was ist Zerrspiegel?",
             "Zerrspiegel ist ein Watchblog für Medien. Wir zeigen Schlampereien, Falschberichte und Schieflagen im Journalismus großer Redaktionen auf. Denn ohne Kritik an den Medien gibt es auf Dauer keinen guten Journalismus – sie ist Pflicht, nicht Kür.",
             "Zerrspiegel ist werbefrei und niemandem verpflichtet. Hinter dem Blog steht der gemeinnützige Verein für wache Mediennutzung. Eng zusammen arbeiten wir mit einem Seminar von Teresa Lindmoser an der FH Salzburg; viele Beiträge schreiben Studierende dieses Kurses.",
             "Wer hinter Zerrspiegel steckt",
             "Ins Leben gerufen hat Zerrspiegel 2012 der Medienforscher Klemens Aigner, damals als Projekt in seinem Seminar an der Uni Graz. Von Beginn an schreibt auch Ruth Kofler regelmäßig mit. 2024 haben wir mit Jonas Pirker zum ersten Mal einen fest angestellten Redakteur – ein großer Schritt, um dauerhaft und professionell nachhaken zu können. Rund 80 Menschen tragen Zerrspiegel mit.",
             _ZERRSPIEGEL_MEMBERS,
             "Noch Fragen offen?",
             "Schau doch zuerst in unsere FAQs. Sonst erreichst du uns unter [email protected] oder per Nachricht auf Instagram, Mastodon oder Threads.",
             "Hinweise freuen uns ebenfalls: Ist dir ein möglicher Fall für Zerrspiegel aufgefallen, schick uns einfach Links, Fotos oder Screenshots.",
             "Wichtig..",
             "• ..erwähne bitte, ob d",
         ], appeals=[_ZERRSPIEGEL_COUNTER, _ZERRSPIEGEL_MEMBERS]),
    _doc("b91-seetalerbote-zonenplanung-kontoformular-top", "appeal", "top",
         "Invented; modelled on Luzerner Zeitung (four stacked account-form messages above a Swiss teaser list with author lines)", "de", [
             _SEETALER_FORMS,
             "Zwölf Einwände gegen die Zonenplanung von Rotbach-Moos",
             "Die Reserven an Bauland sind der heikelste Punkt der revidierten Zonenordnung. Landbesitzer wehren sich gegen geplante Rückzonungen, Naturschutzkreisen gehen diese dagegen längst nicht weit genug.",
             "Corinne Bühlmann",
             "Erste Parkuhr ohne Münzschlitz in Seestadt",
             "Seestadt hat vor kurzem ihre erste digitale Parkuhr aufgestellt. Statt der Nummer des Parkfelds tippt man neu das Kontrollschild ein.",
             "Nadia Arnold",
             "Nach Bankenstudie: Seetaler Gewerbe sieht düstere Zeiten kommen",
             "Eine Studie der Grossbank Helvetor sagt dem Kanton einen deutlichen Verlust an Standortqualität voraus. Die regionalen Gewerbeverbände sehen es genauso – und verlangen Anpassungen bei den Steuern.",
             "Reto Zimmermann",
             "Trotz Trockenheit: Leitungswasser in Rotbach einwandfrei",
             "Nach dem heissen Sommer ist das Wasser im Raum Rotbach zwar weiterhin knapp. Auf die Güte des Trinkwassers wirkt sich das aber nicht aus. Sämtliche Hygienewerte werden eingehalten.",
             "Seestadt: Betrunkener Trottinett-Fahrer stürzt und verletzt sich – Polizei bittet um Hinweise",
             "Am Mittwoch ist ein Mann mit seinem E-Trottinett an der Bruchmattstrasse aus bisher unbekannten Gründen zu Fall gekommen und hat sich verletzt. Der Atemtest fiel positiv aus. Nun sucht die Polizei Augenzeugen.",
             "Die 19-jährige Seetalerin Lea Brunner gewinnt als erste Schweizerin «Parcours Titan»",
             "Sie macht eine Lehre als Polymechanikerin, turnt im Verein und ist seit Mittwochabend die erste Schweizer Siegerin der Show «Parcours Titan». Lea Brunner (19) aus Rotbach setzte sich im Finallauf gegen 22 Konkurrentinne",
         ], appeals=[_SEETALER_FORMS]),
    _doc("b91-hauptstadtpuls-dienstpflicht-briefing-top", "appeal", "top",
         "Invented; modelled on Capital Beat (morning-briefing sign-up above a press-review list, top news, source line and dash bullets cut mid-way)", "de", [
             _HAUPTSTADTPULS_SIGNUP,
             "PRESSESCHAU",
             "Morgenpost Nord: Geheimdienstakte über Ministerin aufgetaucht",
             "Rhein-Anzeiger: Kanzlerin will „schlanke“ Dienstpflicht für alle Schulabgänger",
             "Kurier-Gruppe: Opposition: Ist die Eintracht der Fraktionschefs nur Fassade?",
             "Wirtschaftsbote: Finanzaufsicht drosselt Immobilienkredite",
             "Nachrichtennetz: Inlandsgeheimdienst warnt vor Radikalisierung der Bauernproteste im Norden",
             "Isar-Zeitung: Kanzlerin für Dienstpflicht ab 18",
             "Spree-Kurier: Kanzlerin: Gemeinsinn ist keine Privatsache",
             "Linkes Blatt: Wer marschiert da mit?",
             "Wochenschau: Vom Kartografen zum Abenteurer (250 Jahre Jakob Ellerbrock)",
             "TOP-THEMEN",
             "Brandt wirbt im Parlament für Dienstpflicht: In ihrer ersten Regierungserklärung hat Kanzlerin Helga Brandt eine zügige Einführung eines verpflichtenden Gesellschaftsjahres verlangt. Sie rechtfertigte, dass ihr Kabinett dazu bewusst keinen eigenen Entwurf einbringt; die Abgeordneten sollten die Regeln in einer „freien Aussprache“ selbst ausarbeiten. Mit Blick auf die Gespräche über die Krise im Baltikum gab sich Brandt zuversichtlich, Fortschritte für die Stabilität des Kontinents zu erzielen. In der anschließenden Fragestunde ging es außerdem um Gasspeicher, die steigenden Heizkosten, die Rentenformel und Pläne der Koalition zum Arbeitszeitgesetz. Schon vorher hatte es im Plenum einen Tumult gegeben: Gleich zu Beginn der Erklärung hielten Abgeordnete einer Oppositionsfraktion Plakate mit der Parole „Dienen statt Zwingen“ in die Höhe. Parlamentspräsident Ulrich Wendland erteilte der Fraktion daraufhin einen Ordnungsruf.",
             "morgenpost-nord.example, nachrichtennetz.example",
             "- Brandt: „Wer sich dem Dienst entzieht, entscheidet nicht nur über sich selbst, sondern auch über Millionen andere.“ spree-kurier.example",
             "- Bremer Bürgermeisterin Anke Sievers korrigiert Zahlen zu Freiwilligen im Katastrophenschutz spree-kurier.example",
             "- Grünen-Politikerin Mareike Vogt schlägt",
         ], appeals=[_HAUPTSTADTPULS_SIGNUP]),
    _doc("b91-kinneretonline-neujahrsgruss-spenden-middle", "appeal", "middle",
         "Invented; modelled on haGalil (Newsletter) (New-Year letter to readers, two donation paragraphs before the closing line cut mid-sentence)", "de", [
             "Rosch haSchana ist nur noch wenige Tage entfernt; bevor der Trubel der Festvorbereitungen alles überlagert, möchten wir kurz mit Ihnen nachdenken, liebe Leserinnen und Leser!",
             "Wir Menschen sind es, die G’ttes Werk auf Erden tun oder verfehlen, im Guten wie im Bösen, jede und jeder für sich, wer immer etwas verändern kann. „Wer einem Verzweifelten standhält und den Blick nicht abwendet, lässt G’ttes Nähe spürbar werden; wer wegsieht, wo Hilfe nötig wäre, verleugnet Ihn. Die Weisen lehren uns, in unserem Tun G’ttes Wegen nachzugehen. Nicht mehr, und auch nicht weniger. Versuche es, jeden Tag aufs Neue.“ Mit diesen Worten schloss Aron Lichtblau seinen letzten Neujahrsgruß….",
             "Auch in den zurückliegenden Monaten haben Anschläge unseren Kontinent erschüttert und wollten uns das Vertrauen in Frieden, Güte und Zusammenleben rauben. Das dürfen wir nicht zulassen! Bleiben wir wachsam für alles, was kommen mag, doch geben wir unsere Werte nicht preis.",
             "Auch nicht vor der eigenen Haustür! Kurz nach den Feiertagen wird hierzulande ein neues Parlament bestimmt. Dann zeigt sich, wie viele Sitze eine Partei gewinnt, die mit völkischen Parolen auf Stimmenfang geht, Stimmung gegen Minderheiten macht und in deren Reihen manche unverhohlen judenfeindlich reden. Sorgen wir dafür, dass unser Land nicht in diese Richtung abrutscht.",
             "Nutzen Sie Ihre Stimme – ein besseres Geschenk zum neuen Jahr gibt es nicht!",
             _KINNERET_DONATE,
             "Ganz gleich, wie die Abstimmung am 26. September ausgeht, wir alle müssen zusammen",
         ], appeals=[_KINNERET_DONATE]),
    _doc("b91-lichtblicknet-ortsblaetter-rappen-middle", "appeal", "middle",
         "Invented; modelled on Livenet (Christian portal's year-end talk, one sponsor-a-copy sentence at the end of a paragraph, cut mid-word)", "de", [
             "Was gibt es Neues bei Lichtblick.net?",
             "Geben macht reich",
             "Zum Jahresschluss erzählen Lichtblick-Leiterin Ruth Oberli und Redaktionsleiter Simon Känzig, woran das Team von Lichtblick.net gerade arbeitet.",
             "Ruth Oberli und Simon Känzig im Lichtblick-Gespräch (Foto: Lichtblick.net)",
             "Lichtblick-Leiterin Ruth Oberli und Redaktionsleiter Simon Känzig erzählen, woran Lichtblick.net gerade arbeitet.",
             "«Wir wollen die gute Nachricht weitersagen, Gläubige miteinander verbinden und Menschen im Alltag beistehen.» Mit diesen Worten umreisst Ruth Oberli, Leiterin von Lichtblick.net, worum es dem Werk geht. Besonders freut sie, dass Lichtblick.net diese Themen nicht nur aufgreift, sondern auch selbst anpackt.",
             "Die gute Nachricht weitersagen",
             "Lichtblick.net ist im Dorf, im ganzen Land und über die Partnerinitiative «Sendet» auch international unterwegs. Lokal bekommt die Arbeit durch die Ortsblätter derzeit besonderes Gewicht. Redaktionsleiter Simon Känzig ist Feuer und Flamme: «So haben wir einen frischen Zugang gefunden, den Glauben zu den Leuten zu tragen und die Botschaft von Jesus so zu erzählen, dass sie zu ihrem Ort passt.» Zurzeit erscheint das Blatt in 27 Gegenden, im kommenden Jahr sollen es 35 werden. Das Echo ist gut und die Bestellungen zahlreich. «Mich reizt es, Neuland zu betreten, wo man uns mit offenen Armen empfängt.» Daraus wachsen weitere Angebote wie Dorfgespräche und Bibelabende. " + _LICHTBLICK_RAPPEN,
             "Auch über die Landesgrenzen hinaus tut sich viel: «Rund um den Globus gibt es zahlreiche Einsätze», erzählt Ruth Oberli von der Initiative «Sendet» und nennt Beispiele aus mehreren Kontinenten. «Zu Ostern werden unzählige Gläubige auf die Strassen gehen und von ihrem Glauben erzählen.»",
             "Hilfe im Alltag",
             "«Es schmerzt, wie viele Menschen sich heute allein und ohne Ziel fühlen – vor allem Jugendliche.» Simon Känzig ist dankbar, hier wenigst",
         ], appeals=[_LICHTBLICK_RAPPEN]),
    _doc("b91-rechtsradar-archiv-newsletter-top", "appeal", "top",
         "Invented; modelled on Blick nach Rechts (bnr.de) (archive page: back-issue note, text-archive line, newsletter-order line, dated teasers)", "de", [
             "November 2019",
             "Rechtsradar kam bis 2011 als PDF-Heft und auf Papier heraus. Seit 2011 veröffentlichen wir nur noch im Netz. Unsere Hefte bis 2011 können Sie hier durchsuchen.",
             "Stöbern Sie gern auch in unserem Artikelarchiv: http://www.rechtsradar.example/archiv/artikel",
             _RECHTSRADAR_NEWSLETTER,
             "Bewaffnete Milieus im Blick III",
             "29.11.2019 -",
             "Innenministerin Sabine Kreutzer erklärt, die derzeit schwerste Bedrohung für die öffentliche Sicherheit gehe von gewaltbereiten Rechtsextremen aus. Justizminister Anton Haberl mahnt, deren Netzwerke reichten immer öfter über Landesgrenzen hinweg. Es sei eine „lose verbundene, länderübergreifende, endzeitlich gestimmte und zu Gewalt entschlossene“ Szene herangewachsen. Bundesanwältin Ilse Marquardt teilte mit, die Zahl ihrer Verfahren wegen rechtsterroristischer Taten sei „seit mehreren Jahren kontinuierlich gewachsen“.",
             "Die „Heimatvölker“-Lehre der Neuen Rechten bleibt vage",
             "26.11.2019 -",
             "Der Publizist Ansgar Wehling vom Blatt „Abendland heute“ will die Idee getrennter „Heimatvölker“ wissenschaftlich untermauern. Sein neues Buch verfehlt dieses Ziel jedoch deutlich. Woran sich „völkische Zugehörigkeit“ messen soll, bleibt offen, ebenso, was politisch daraus folgen würde.",
             "Vergleichende Studie zur extremen Rechten in Europa",
             "21.11.2019 -",
             "Die dänische Politologin Mette Kjærgaard untersucht in ihrem Band „Am Rand der Mitte“ rechtsextreme und rechtspopulistische Strömungen auf dem ganzen Kontinent. Statt Befunde bloß aneinanderzureihen, stellt sie die Bewegungen anhand klarer Kriterien systematisch nebeneinander.",
             "Vor 35 Jahren: Brandanschlag in Wendhausen",
             "17.11.2019 -",
             "Heute vor 35 Jahren, am 17. November 1984, warfen Neonazis in der Kleinstadt Wendhausen Brandsätze in das Gemeindehaus der Jüdischen",
         ], appeals=[_RECHTSRADAR_NEWSLETTER]),
]


# --- Probe 71: negatives ------------------------------------------------------------------------

PROBE71_NEGATIVES = [
    _neg("b91-medienblick-pflasterblatt-solidaritaet-neg",
         "Invented; modelled on Medieninsider.at (media site reporting its own solidarity contribution to a street paper's rescue appeal)", "de", [
             "– Medienblick.at steuert 150,- € als Solidaritätsspende bei –",
             "„Ihr Lieben! Wir stehen wirklich mit dem Rücken zur Wand und brauchen euch jetzt.“ Mit diesem Hilferuf auf der Homepage der Grazer Straßenzeitung Pflasterblatt kam binnen vier Wochen das dringend benötigte Geld zusammen. Anfang Juni war publik geworden, dass dem Blatt etwa 80.000 Euro fehlten und das Aus drohte – Auslöser war ein Verkaufsminus von 12 % (daran änderte auch die Preisanhebung von 2,50 auf 3 Euro nichts).",
             "Auf pflasterblatt.example hatte der Trägerverein Weg & Stein die Leserschaft um Hilfe gebeten. Am Ende fanden sich 412 Menschen, die mit einer „Freundeskreis-Zusage“ monatlich 20,- Euro beisteuern wollen. Auch die Redaktion von Medienblick.at hat dem Pflasterblatt mit einer Solidaritätsspende von 150,- Euro unter die Arme gegriffen. Seit wir 2012 einen zweiteiligen Film über die Straßenzeitung gedreht haben (siehe unten), fühlen wir uns ihr – als unabhängiges Portal – verbunden und mitverantwortlich für eine bunte Medienlandschaft, zumal es sich um ein gemeinnütziges Vorhaben handelt.",
             "Der Film war beim Grazer Kurzfilmfest 2013 für einen Preis nominiert.",
         ]),
    _neg("b91-fokuscampus-medienstiftungen-neg",
         "Invented; modelled on SUMO Magazin (student media magazine on foundations funding journalism, cut mid-sentence)", "de", [
             "Während klassische Redaktionen unter wegbrechenden Anzeigenerlösen und wachsendem Druck aus der Politik leiden, rücken Einrichtungen, die unabhängigen Journalismus unterstützen, stärker ins Blickfeld. FOKUS sprach dazu mit Hannah Pröll, Programmleiterin Medien der „Lindenhof Stiftung“, und Bernhard Eder, Referent im Bereich „Medienförderung und Innovation“ der „Standortagentur Steiermark“, um zu erfahren, welche Ansätze hinter diesen Initiativen stecken.",
             "von LENA WIMMER",
             "Im heimischen Mediensektor begegne man Stiftungen vor allem in Gestalt privater Familienstiftungen, die für verlässliche Eigentumsstrukturen sorgen sollen. So sieht es Hannah Pröll, und ein Blick auf die Eigentümer großer Verlagshäuser bestätigt das: Die „Donau Mediengruppe“ gehört mehrheitlich der Kirchlichen Pressestiftung, „Bergland Media“ ist über Stiftungen im Eigentum der Familie Walcher, die „Pichler Holding“ liegt großteils in einer Familienstiftung der Familie Rainer, und die Tageszeitung „Der Morgen“ gehört zu 78,3 % der Stiftung ihrer Gründerfamilie. Auch hinter der Gratiszeitung „Jetzt“ steht eine Privatstiftung. Gemeinnützige Stiftungen hingegen, die Journalismus als zu schützende Grundversorgung begreifen, sind hierzulande noch eine junge Erscheinung.",
             "Früher Goldgrube, heute Rettungsanker für guten Journalismus?",
             "Bis vor wenigen Jahren galt ein gut laufendes Medium als sichere Geldquelle und die Branche als verlässlich. Im vergangenen Jahrzehnt hat sich das grundlegend gewandelt. Pröll fasst die Lage so zusammen: „Erst seit der Markt aus dem Gleichgewicht geraten ist, droht uns eine Zukunft ganz ohne recherchierenden Journalismus.“ Wie groß dieses Ungleichgewicht ist, zeigen Auswertungen des Branchenbeobachters Florian Reisinger auf seinem Blog „medienmarkt“. Demnach liegen seit",
         ]),
    _neg("b91-nordlichtonline-sternegala-spendenrekord-neg",
         "Invented; modelled on WELT (agency report on a record charity-gala total with photo caption and press-release line)", "de", [
             "Spendenrekord bei „Sterne für Kinder“ Gut 14 Millionen Euro",
             "Veröffentlicht am 08.12.2019",
             "Benefizabend «Sterne für Kinder» Benefizabend «Sterne für Kinder»",
             "Quelle: nda",
             "Hamburg - Stars, Privatleute und Firmen haben beim Benefizabend «Sterne für Kinder» rund 14,2 Millionen Euro zugesagt. Die Summe des Abends am Samstag in Hamburg ist laut dem Medienhaus Brückner, dessen Boulevardblatt «Tagesecho» die Aktion trägt, ein neuer Höchstwert. 2018 waren es gut 12 Millionen Euro gewesen.",
             "Knapp fünf Millionen Zuschauer sahen die Sendung im Ersten Kanal. Die aus einer alten Werfthalle übertragene Show kam damit auf eine Quote von 15,1 Prozent. Vor einem Jahr hatten nur 4,2 Millionen eingeschaltet, 2017 waren es 3,9 Millionen.",
             "Über 40 Stars nahmen Zusagen von Spenderinnen und Spendern entgegen. Am Telefon saßen etwa Sozialministerin Gabriele Horn, die Sängerin Lilli Brandes und der Cellist Mateo Kranz.",
             "Regisseurin Ines Vogler wurde für ihren Einsatz in der Obdachlosenhilfe mit einem Ehrenpreis bedacht. Der «Goldene Stern» ging an die Hebamme Frieda Lorenz. Die 68-Jährige betreut seit Jahrzehnten werdende Mütter in Flüchtlingslagern in Ostafrika.",
             "Sterne für Kinder",
             "Mitteilung der Brückner Medien AG",
         ]),
    _neg("b91-wurmtalkurier-vereine-crowdfunding-neg",
         "Invented; modelled on Aachener Zeitung (local report on clubs raising money by crowdfunding, cut mid-sentence)", "de", [
             "Viele Kleine machen's möglich: Vereine sammeln per Crowdfunding",
             "Von: Katrin Oellers",
             "Ideen, die viele Geldgeber gemeinsam stemmen: Das Jugendorchester braucht neue Notenständer. Der Schützenverein plant ein Zeltlager für Kinder, und der Verein Nachbarschaftshilfe sammelt für einen Kleinbus. Foto: Oellers (2), stock/Photo-Archiv, Verein",
             "Wurmstedt. Alles beginnt mit einem Einfall. Doch wer gute Ideen hat, hat noch lange nicht das Geld, um sie zu verwirklichen. Im Netz sind deshalb Portale entstanden, über die Gründer viele kleine Summen bei einer großen Zahl von Geldgebern einsammeln können.",
             "Das Ganze heißt Crowdfunding, zu Deutsch etwa Schwarmfinanzierung.",
             "Start-ups, die ihre schräge Geschäftsidee über das Internet von vielen finanzieren lassen, sitzen vor allem in den Metropolen. Bei den großen Portalen ist laut unserer Recherche kein einziger Gründer aus dem Wurmtal angemeldet. Trotzdem funktioniert die Idee auch hier: Vereine werben auf einer Plattform der Sparkasse Wurmtal um Geld für ihre Vorhaben.",
             "Der Ablauf: Ein Verein stellt sein Vorhaben bei der Sparkasse vor. Der eine braucht neue Trikots, der andere eine Flutlichtanlage. Anschließend kommt das Projekt online. Als Erstes gilt es, Fans zu gewinnen, danach",
         ]),
    _neg("b91-kanaljuratv-spendenplattform-neg",
         "Invented; modelled on intv (Ingolstadt TV) (regional TV item on a bank's crowd-donation platform with matching)", "de", [
             "Gemeinsam Gutes finanzieren",
             "Altmühlbach (ktv) Der Kleintierzüchterverein will einen neuen Stall bauen. Die Wasserwacht plant ein Schwimmlager für Grundschüler. Ein Chor braucht neue Noten und Mappen. Oft gibt es weit mehr gute Pläne als Geld in der Kasse, um sie umzusetzen. Ein Weg, sich für solche Vorhaben Rückhalt bei vielen Leuten zu holen, heißt Crowdfunding. Dabei hilft eine große Gruppe von Unterstützern den Projektträgern mit vielen kleinen Beträgen. Für gemeinnützige Zwecke gibt es eigene Spendenportale im Netz. Am Mittwoch stellte die Volksbank Jura-Altmühl das erste solche Portal für den Landkreis vor. Darüber lassen sich gemeinnützige Projekte zwischen 250 und 10.000 Euro finanzieren. Die Vereine präsentieren ihr Vorhaben dort mit Text, Fotos und Filmen. Dann heißt es, Spender zu gewinnen. Kommt die Zielsumme nicht zusammen, bekommen alle Spender ihr Geld zurück. Ist der Betrag erreicht, kann das Projekt starten.  Wer mindestens 10 Euro gibt, dem legt die Volksbank noch einmal 10 Euro dazu.",
         ]),
    _neg("b91-lechstadtnachrichten-tafel-iban-neg",
         "Invented; modelled on Presse Augsburg (agency report on a food-bank chief's appeal, followed by the local food bank's bank details and receipt rules)", "de", [
             "Die Vorsitzende des Tafel-Dachverbands, Sigrid Hallmann, ruft wegen der Energiekrise und der hohen Teuerung zu Lebensmittelspenden auf. „Noch nie war der Andrang bei den Tafeln so groß“, sagte sie dem „Nordwest-Kurier“ (Samstagausgabe). Wegen der stark gestiegenen Preise für Strom, Gas und Essen sei die Zahl der Kundinnen und Kunden in den letzten Monaten deutlich gewachsen.",
             "„Dazu kommen nun auch viele Menschen, die vor dem Krieg geflohen sind, und es werden wohl noch mehr“, so Hallmann. Die Tafeln hielten zusammen und ließen niemanden im Stich, der Hilfe brauche. Zugleich mahnte sie: „Ausgerechnet jetzt gehen bei uns weniger Spenden ein. Ich bitte Firmen und Privatleute eindringlich: Wir brauchen Lebensmittel und Drogerieartikel.“ Wer etwas geben wolle, solle sich direkt an die Tafel in seiner Nähe wenden. Außerdem verlangte Hallmann Hilfe vom Staat. „Allein die höheren Dieselpreise kosten eine mittlere Tafel pro Jahr grob geschätzt 14.000 Euro mehr.“ Hinzu kämen steigende Stromrechnungen etwa für die Kühlhäuser. „Ehrenamtliche Vereine schaffen das nicht allein. Auch Helfer brauchen Hilfe“, sagte die Verbandschefin.",
             "Die Tafel in Lechstadt können Sie mit einer Spende auf eines dieser Konten unterstützen:",
             "Sparkasse Lechstadt",
             "IBAN: DE00 7000 1234 0000 5555 01",
             "BIC: LECHDEX1XXX",
             "Volksbank Lechtal",
             "IBAN: DE00 7000 9876 0000 4444 02",
             "BIC: VBLTDEX1XXX",
             "Der Verein Lechstädter Tafel e.V. ist als gemeinnützig anerkannt und darf Zuwendungsbestätigungen ausstellen. Wer eine Bestätigung möchte, gibt bei der Überweisung bitte Namen und Anschrift an. Für Beträge bis 300 Euro reicht dem Finanzamt in der Regel schon der Kontoauszug als Nachweis.",
         ]),
    _neg("b91-wirtschaftsbrief-kioskpreise-neg",
         "Invented; modelled on manager magazin (business news on newspaper price rises)", "de", [
             "Tagespresse Am Kiosk steigen die Preise",
             "Große Titel wie \"Abendwarte\" und \"Kompass\" verlangen ab August mehr Geld.",
             "Frankfurt – Weil Werbekunden weiter ausbleiben, drehen die großen Tageszeitungen an der Preisschraube. Die \"Deutsche Abendwarte\" kostet am Kiosk künftig 1,40 Euro statt bisher 1,20 Euro. Auch der Münchner \"Süddeutsche Kompass\" wird teurer: Leserinnen und Leser zahlen nun 1,30 statt 1,15 Euro.",
             "Außer diesen zwei Blättern ziehen auch die Berliner Titel \"Spree-Echo\" und \"Hauptstadtspiegel\" nach. Der \"Hauptstadtspiegel\" kostet jetzt 0,90 Euro, das \"Spree-Echo\" verteuert nur sein Abonnement. Am Einzelpreis will man dort vorerst nichts ändern.",
             "Die Verlage begründen den Schritt mit dem schwachen Anzeigengeschäft. Parallel dazu haben sie Sparprogramme aufgelegt, um ihre Ausgaben zu drücken. Dabei fallen vor allem Arbeitsplätze weg.",
         ]),
    _neg("b91-hellerbote-kitas-scheck-neg",
         "Invented; modelled on Siegener Zeitung (local report on a benefit-concert cheque handed to kindergartens)", "de", [
             "3150 Euro für die Kitas gespendet",
             "- Den Spendenscheck über 3150 Euro übergab Walter Henrichs gestern an Pfarrerin Miriam Sander, die den Träger der Kitas vertrat. Foto: kbr",
             "kbr Hellertal. Riesig war gestern die Freude unter den Leiterinnen der kirchlichen Kitas in Hellertal (Birgit Schäfer), Dornbach (Yvonne Klapp), Ostwald (Tanja Reuter) und Hainau (Petra Jung). Sie können nun für zusammen 3150 Euro neues Spielzeug und weitere dringend nötige Ausstattung kaufen. Das Geld war beim fünften Wohltätigkeitskonzert örtlicher Chöre am 9. März zusammengekommen. Wie berichtet, füllten rund 650 Besucher die evangelische Kirche am Hellertaler Marktplatz.",
             "Walter Henrichs vom Männerchor „Harmonie“ Hellertal, der das Konzert federführend auf die Beine gestellt hatte, überreichte Pfarrerin Miriam Sander in der Hellertaler Kita den Scheck über den Gesamtbetrag, der gleichmäßig auf die vier Häuser aufgeteilt wird.",
             "„Wunderbar, wenn Leute aus dem Ort sich so für die Kleinen starkmachen“, freute sich Miriam Sander im Gespräch mit unserer Zeitung über den großen Einsatz. Mitgewirkt hatten: Bläserensemble des Posaunenchors Hellertal, Männerchor „Harmonie“ Hellertal, Kirchenchor Dornbach, Frauenchor „Lerche“ Ostwald und Gemischter Chor „Frohsinn“ Hainau.",
             "Auch Walter Henrichs bedankte sich bei allen Mitwirkenden, die wieder einmal ohne Zögern für den guten Zweck eingesprungen seien. In der Vorbereitung hätten außerdem das Kulturamt und die örtliche Volksbank kräftig mitgeholfen und das Konzert so erst ermöglicht.",
             "Da das Konzert, dessen Erlös bisher zweimal der Orgelsanierung und dreimal den Kitas zugutekam, so gut ankommt, soll es von nun an im Zweijahrestakt fest zum Programm des „Hellertaler Kultursommers“ gehören. Die Einnahmen sollen dann jeweils für dringende",
         ]),
    _neg("b91-stadtteilnetz-kita-benefizkonzert-neg",
         "Invented; modelled on myheimat.de (citizen-journalism report on a benefit concert for a day-care centre)", "de", [
             "Lindenau: Benefiz – 2400 Euro für die Kita Sonnenwinkel",
             "Väter, die lauthals mitsingen. Mütter, die im Takt mitwippen. Erzieherinnen, die ausgelassen über die Tanzfläche wirbeln – wo sonst tagsüber Kinder fröhlich durch den Bewegungsraum toben, feierten diesmal Eltern, Freunde und das Kita-Team. Der Förderkreis Sonnenwinkel hatte zu einem Benefizabend in die Kindertagesstätte am Mühlenweg eingeladen.",
             "Für die Musik sorgte eine der beliebtesten Vokal-Pop-Formationen der Stadt, das Quintett „Stimmbruch“. Die Sänger verzichteten für den guten Zweck auf jede Gage. Sämtliche Einnahmen des Abends gehen an die Kita.",
             "„Wir sind hier aufgewachsen, wir mögen Kinder, und da gehört es einfach dazu, sich auch mal ohne Bezahlung einzubringen“, sagt Malte Rehbein, Tenor der Gruppe, „und wir finden es großartig, dass Eltern aus einem Förderkreis so einen Abend organisieren.“",
             "Jan Kowalczyk, Vorsitzender des Förderkreises, strahlte. Kowalczyk: „Der Abend war ein riesiger Erfolg. Mit Spenden und Eintritt sind rund 2.400 Euro zusammengekommen.“",
             "Auch Kita-Leiterin Sabine Wendt ist begeistert. Wendt: „Gemeinsam mit dem Förderkreis wollen wir das Geld vermutlich in einen neuen Spielplatz im Garten stecken.“",
             "Mit Essen und Getränken half außerdem Gastwirt Murat Yilmaz vom Lokal „Lindenhof“ aus. Zwei Stunden lang begeisterte „Stimmbruch“ das gut gelaunte Publikum. Ganz ohne Begleitband, allein mit ihren Stimmen, brachten die fünf Sänger die Kita zum Kochen – und sorgten für einen stattlichen Spendenbetrag.",
             "Hintergrund: Der Förderkreis Sonnenwinkel unterstützt die städtische Kindertagesstätte Sonnenwinkel am Mühlenweg in Lindenau-Nord. Der Verein veranstaltet regelmäßig Flohmärkte, Benefizabende mit bekannten Musikern, Familiencafés, Kleiderbörsen und anderes mehr. Mit dem Erlös werden pädagogische Projekte verwirklicht",
         ]),
    _neg("b91-spendenweltmagazin-zaubergala-neg",
         "Invented; modelled on NGO-Dialog (fundraising-trade magazine on a magician's charity gala with ticket prices, cut mid-word)", "de", [
             "Magischer Spendenabend",
             "Wohltätigkeitsveranstaltungen gelten als mühsam, kostspielig und nicht immer lohnend. Eine Zaubergala zugunsten der Stiftung Brunnen für Morgen beweist das Gegenteil. 18.000 Euro kamen zusammen.",
             "Soll bei einem Benefizabend viel Geld übrig bleiben, braucht es gründliche Vorarbeit. Die Mitwirkenden sollten ohne Honorar auftreten und trotzdem überzeugen. Beworben werden muss der Abend lange vorher, damit möglichst viele Leute kommen, und das Anliegen sollte sich leicht erklären lassen. Für den Veranstalter heißt das: viele helfende Hände und Ausgaben für Werbung. Am Ende steht eine Summe nach Abzug aller Kosten, die den Einsatz im besten Fall rechtfertigt.",
             "Die Zaubergala für Trinkwasserprojekte in Malawi am 18. November 2023 mit dem Illusionisten SILVANO, bürgerlich Marco Seidl, war für die Stiftung Brunnen für Morgen mit vergleichsweise wenig Arbeit verbunden, denn die gesamte Organisation lag beim Veranstalter. Hinter dem Abend steht der gebürtige Rosenheimer Konrad Lechner. Er ist nicht bloß begeisterter Hobbyzauberer, sondern hilft der Stiftung auch ehrenamtlich. Seit 2006 stellt er eigene Benefizabende auf die Beine und hat so schon 42.000 Euro für die Wasserprojekte gesammelt. Seit 2019 ist er offizieller Pate der Stiftung.",
             "Eine Nacht voller Wunder",
             "Zusammen mit weiteren Künstlern, die allesamt ohne Honorar auftraten, bot Lechner einen Abend voller Wunder im Varieté Sternbühne in Nürnberg. Die Bühne selbst war allerdings nicht umsonst. Tickets gab es im Vorverkauf für 19 bis 32 Euro, ausgewiesen nicht als Spende, sondern als gewöhnlicher Eintrittspreis. Beworben wurde der Abend mit dem Versprechen, dass der komplette Erlös einem neuen Brunnenprojekt in der Region Dedza zufließt. Für den Veranstalter hat das den Vorteil, dass er nach Abzug von Ausgaben, Umsatzsteuer und dergleichen den Überschuss ein",
         ]),
    _neg("b91-wachsam-medienfoerderung-neg",
         "Invented; modelled on ethos.at (blog attacking state media subsidies, with an update line and a quoted press release)", "de", [
             "Stillhaltegeld für Lokalsender und Zeitungen",
             "Noch mehr Millionen für die „Digitalisierung“",
             "Nachtrag 14. März 2024 - Antworten der Förderstelle auf Fragen von wachsam.example",
             "9. Februar 2024 - „Überarbeitete Förderregeln der Medienbehörde stärken die Vielfalt lokaler und regionaler Fernseh- und Radioangebote“, verkündete die Medienbehörde MKB – zuständig zugleich für die Aufsicht über und die Förderung der heimischen Medien – am 19.01.2024. Seit die neue Pflichtabgabe für den Staatsfunk von jedem Haushalt kassiert wird, wovon übrigens auch die meisten Länder profitieren, sah sich die Regierung offenbar genötigt, auch allen übrigen Medien mit frischem Geld das Wohlwollen abzukaufen. Stillhaltegeld, damit alle brav im Gleichschritt berichten, oder bloß Steuergeld, das im Nichts verpufft?",
             "MKB-Förderungen fürs NICHTS",
             "„Mit den heute bekanntgegebenen Förderentscheidungen der Medienbehörde MKB aus dem Fonds für Privatsender und dem Fonds für freie Radios für das Jahr 2024 gelten erstmals die überarbeiteten Förderregeln. Der im Vorjahr begonnene Weg zu einer zielgenaueren Unterstützung von Programm-, Medien- und Meinungsvielfalt in Fernsehen und Hörfunk wird damit fortgesetzt. Konkret steigt der Anteil der Mittel für Nachrichtenformate im Radio sowie für lokale und regionale Sendungen, die in einem immer stärker international geprägten Markt für die Demokratie wichtig sind, sich für die Anbieter aber wirtschaftlich oft kaum tragen.“ Mehr dazu in der MKB-Aussendung (19.01.24)",
             "Und auch die Zeitungen bekommen wieder Millionen zugeschoben. Nach wie vor mit der lächerlichen Begründung, man müsse die „Digitalisierung“ unterstützen. Man kann es nicht oft genug sagen: Drei JAHRZEHNTE nach dem Siegeszug des Internet, zwei Jahrzehnte nachdem jede Redaktion ihre",
         ]),
    _neg("b91-glanzgloria-charitygala-neg",
         "Invented; modelled on Jetset Media (society report on a company's celebrity charity gala with its total)", "de", [
             "12. Brezelhaus Charity-Gala in der Kranhalle am Nordhafen",
             "5. November 2023",
             "Lara Winter, Tobias Brandl (Geschäftsführer Brezelhaus Deutschland), Kaya Morell, Stefan Aurich (Vorstand Brezelhaus Kinderstiftung), Nils Bergmann / Fotos: Studio Lichtfang / M.Reuter für Brezelhaus",
             "Star-Aufgebot bei der Brezelhaus Charity-Gala",
             "Mira und Selma Okonjo, Ben Faltermeier, Nils Bergmann, Kaya Morell, Clara Steffens, Lara Winter, Deniz Aksoy und viele mehr setzen sich für kranke Kinder ein – und bis Mitternacht kamen über 900.000 Euro für den guten Zweck zusammen",
             "Bei „Brezelhaus“ denken viele zuerst an Laugengebäck und Kaffee zum Mitnehmen. Wenn die Bäckereikette zu ihrer jährlichen Charity-Gala bittet, steht aber der gute Zweck im Mittelpunkt. So auch am Samstag, 4. November, in der Kranhalle am Nordhafen, wo die 12. Brezelhaus Charity-Gala über die Bühne ging. Und wie erwartet mit einer beeindruckenden Spendensumme und jeder Menge Prominenz! Unterstützung kam dieses Jahr unter anderem von Mira und Selma Okonjo, Sänger Ben Faltermeier, Popstar Kaya Morell, Moderator Jonas Wittich mit seiner Frau Elena, Schauspieler Henrik Lassen sowie den Moderatorinnen Clara Steffens und Deniz Aksoy. Nils Bergmann präsentierte den Abend zusammen mit Moderatorin und Schauspielerin Lara Winter.",
             "Den Auftakt machte um 19 Uhr ein Fotoshooting auf dem roten Teppich mit Sektempfang, anschließend gab es ein Menü mit Live-Musik und eine Versteigerung, bei der die 380 Gäste sich großzügig zeigten. Ziel der Gala ist es, Geld für die wichtige Ar",
         ]),
]


BATCH91_DOCUMENTS = PROBE71_APPEALS + PROBE71_NEGATIVES
