"""Batch 85: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; all DE): our own paraphrases of every document of the
local-only real probe 65 (23 documents). Each keeps the real page's structure line for line (a
teaser paragraph ending in "…" followed by a birthday letter opening with "…", a blog's "in eigener
Sache" post with a sub-heading, a members' gift-article notice under a share-link line, a byline and
role line above a glued-together paywall offer with a photo-credit paragraph below, a cut trade
article ending in "..." with a login block whose print-subscriber pair is repeated, doubled photo
captions with and without an agency arrow, a glued column title, a day-pass/digital-package price
list with bullets and asterisk footnotes, a plus-paywall box with bullets, a double space and
buttons, numbered list headings, mid-sentence line breaks in a relayed quotation, text cut off in the
middle of a word or sentence, a sign-off followed by a "*" separator) and exactly what the real gold
marks: a birthday donation letter with a matching fund (three whole paragraphs after the teaser); a
blogger's support-platform plea starting mid-paragraph and running to the end; the three
member-gift lines under a share-link line; a one-line glued plus trial offer between byline and
photo caption; a "read on / login / ask customer service" block with its repeated pair; a two-line
free-trial teaser after a byline; a one-line subscription-required notice after a column label; a
"new here?" paywall with day pass, digital package and footnotes; a plus-paywall box with title,
bullets and buttons; one donation-campaign reminder sentence in the middle of a summer-break
notice; a publisher's signed reader-contribution box at the top of an article; a reader-funded
outlet's donation block after an operator's health update and a "*" line. Negatives keep what makes
the real ones hard: a student blog on a podcast start-up's claimed independence, a trade item on a
dubious flood-donation e-mail with a watchdog's donation tips, a community radio's completed
donation drive with sums and a quoted plea, a consumer magazine's report on newspaper subscription
price rises, a trade report on two papers going behind a paywall (with a duplicated paragraph), a
blogger's comment on a paper's price rise, a journalist's report that a labour platform needs
solidarity, a dossier relaying another paper's rescue appeal, a profile of a nonprofit translation
project, a crowdfunded city paper's history, an opinion piece on readers who do not pay for
independent media.

Every sentence, outlet, person, number and URL is ours (places are partly real, used only as
settings); no run of more than five words is copied from the real pages (checked mechanically on
lowercased, whitespace-split text). The modelled real outlet is noted in each outlet field. Like the
earlier batches `build_devset.py --batch85` takes each text as it stands, locates every gold appeal
substring in it (asserted unique) and writes Fixtures/unseen-batch85.jsonl. Named `unseen-` because
no rule is fitted to it (the line scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 65: appeal documents -----------------------------------------------------------------

_KAUKASOR_BIRTHDAY = "\n".join([
    "… Zum Geburtstag darf man sich ja etwas wünschen, oder? Mit achtzehn wünscht man sich Bargeld … Aber mit vier? Da klingt so ein Wunsch ein bisschen unverschämt, fast ungezogen. Und trotzdem, ihr Lieben: Geld steht ganz oben auf unserem Wunschzettel!",
    "Keine Sorge, wir hauen es nicht auf den Kopf. Im Gegenteil: Hier wird weiter übersetzt und eingeordnet, so viel wir nur schaffen – und genau dort landet eure Spende, und zwar in doppelter Höhe. Wie soll das gehen? Seit vergangenem Herbst haben wir einen Verdopplungstopf, gespeist von der Aragwi-Stiftung unserer Mitgründerin Nino Berger. Jeden Euro, den wir bei Stiftungen und ähnlichen Geldgebern einsammeln, legt dieser Topf noch einmal obendrauf. Zehn Tage lang gilt diese Regel jetzt auch für eure Beiträge. Unsere Leserbetreuerin Tamar Voss wird also zehn Tage lang jede eurer Spenden, simsalabim, verdoppeln lassen. Seid deshalb bei euren Geburtstagsgaben ruhig großzügig – es lohnt sich für uns und damit auch für euch gleich zweimal.",
    "So kann das, was ihr an kaukasor so mögt – „Stöbern, Scrollen, Staunen, Querlesen – und sich dabei einfach treiben lassen“ –, munter weiterwachsen. Wir wollen weiter kluge Texte und sehenswerte Kultur aus Georgien und Armenien aufspüren, ins Deutsche bringen und mit gut lesbaren, fachlich abgesicherten Erklärstücken versehen. Und, wie zuletzt immer häufiger, dank unserer Entwicklerin Mariam Kohl als digitale Spielerei auf den Bildschirm zaubern oder in interaktive Reisen verwandeln.",
])

_WUEMME_GOENNWERK = "\n".join([
    "Deshalb nutze ich heute die Gelegenheit, noch einmal für mich und dieses Blog zu trommeln.",
    "Gönnwerk ist eine Firma aus Leipzig, die mir hilft, mein Blog auch künftig auf professionellem Niveau zu führen. Dort habe ich eine eigene Unterstützerseite eingerichtet. Mit einem monatlichen Beitrag von 3 Euro, 6 Euro oder 10 Euro könnt ihr meine Arbeit über Gönnwerk mittragen. Betrachtet es wie ein Zeitungsabo, nur eben für ein Lokalblog. Ein Klick auf den Knopf bringt euch direkt zu „meiner“ Gönnwerk-Seite. Dort sucht ihr euch eine Stufe aus, mit der ihr unabhängige Lokalberichte fördern wollt, und wählt, wie ihr bezahlen möchtet. Kündigen könnt ihr jederzeit. Wer mich unterstützt, bleibt für andere unsichtbar (auch danach wurde ich schon gefragt).",
    "Lokale Berichte auch morgen sichern",
    "Die Wümme-Notizen haben in den vergangenen Monaten kräftig zugelegt, bei der Zahl der Artikel ebenso wie bei der Zahl der Leser. Inzwischen schauen bis zu 8.500 Menschen im Monat bei mir vorbei, um zu erfahren, was in der Gegend passiert. Ihr bekommt hier Neuigkeiten aus Sportvereinen und Gemeinderäten, Mitteilungen von Behörden, ausführliche Gespräche und jeden Abend einen Rückblick auf die Meldungen des Tages. Ich verstehe mich als Ergänzung zu den Zeitungen und greife Themen auf, für die dort kaum oder gar kein Platz bleibt. Gerade das Ehrenamt in den Vereinen geht aus meiner Sicht häufig unter, und genau diese Lücke fülle ich schon heute. Dafür stecke ich Zeit, eigenes Geld und sehr viel Leidenschaft in jeden Text.",
])

_TIEFGANG_GIFT = "\n".join([
    "Als Mitglied kannst du diesen Artikel lesen.",
    "Ein Tiefgang-Mitglied hat dir diesen Text geschenkt.",
    "ist Mitglied bei Tiefgang und hat dir diesen Text geschenkt.",
])

_HOLLERBACH_PLUS = (
    "Weiterlesen mit plus – jetzt!Probieren Sie unser plus-Paket einen Monat lang für nur 1,49€. "
    "Danach lesen Sie alle plus-Artikel sofort auf unserer Webseite und in der App.Jetzt für 1,49€ "
    "starten**1,49€ im ersten Monat, anschließend 10,90€ monatlich."
)

_SCHUTZREPORT_WALL = "\n".join([
    "Den vollständigen Beitrag lesen.",
    "Abonnenten-Login Probezugang für 4 Wochen",
    "Sie beziehen unser Heft gedruckt, haben aber noch kein Online-Konto?",
    "Bitte lassen Sie sich den Digitalzugang von unserem Kundenservice einrichten.",
    "Sie beziehen unser Heft gedruckt, haben aber noch kein Online-Konto?",
    "Bitte lassen Sie sich den Digitalzugang von unserem Kundenservice einrichten.",
])

_KANTE_TRIAL = "\n".join([
    "Lernen Sie die KANTE in bester Qualität kennen und",
    "lesen Sie jetzt 21 Tage gratis.",
])

_WINTERTHUR_WALL = "Den ganzen Artikel können Sie nur mit einem Abonnement lesen."

_HAGENBURG_WALL = "\n".join([
    "Zum ersten Mal hier?",
    "Um diesen Beitrag ganz zu lesen, brauchen Sie einen bezahlten Zugang zu unserem Angebot im Netz. Suchen Sie sich dafür einfach eines der folgenden Pakete aus.",
    "• Tageskarte",
    "• Einen Tag lang freie Sicht auf alle bezahlpflichtigen Artikel der Nachrichtenseite",
    "• Läuft von selbst aus",
    "• Bezahlung per Lastschrift,",
    "1,90 € einmalig",
    "• Digital-Abo",
    "• Freie Sicht auf alle bezahlpflichtigen Artikel:",
    "Nachrichtenseite, digitale Zeitung und Zeitungs-App",
    "• Jeden Monat kündbar",
    "• Bezahlung per Rechnung oder Lastschrift",
    "5,45 €* mtl. für Bezieher der Printausgabe 7,15 €** mtl. für neue Kunden",
    "* während der ersten 3 Monate, anschließend 10,40 € pro Monat",
    "** während der ersten 3 Monate, anschließend 27,90 € pro Monat",
    "Alle weiteren Digital-Pakete finden Sie hier.",
])

_NEPLUS_BOX = "\n".join([
    "NEplus",
    "Dieser Beitrag gehört zu unseren Bezahlinhalten. Suchen Sie sich ein NEplus-Paket aus",
    "und lesen Sie sofort weiter.",
    "Was bietet NEplus?",
    "Ihre Vorteile auf einen Blick:",
    "• 30 Tage gratis ausprobieren",
    "• Freier Zugang zu allen exklusiven Beiträgen",
    "• Laufzeit flexibel, monatlich  kündbar",
    "Auswählen",
    "Per PayPal zahlen",
])

_FPD_REMINDER = (
    "Über Ihre Unterstützung für unsere Arbeit würden wir uns sehr freuen – und weisen darum gern "
    "noch einmal auf unsere laufende Spendenaktion hin."
)

_NIERSBLICK_BOX = "\n".join([
    "Ihr Beitrag macht den Unterschied!",
    "Liebe Leserin, lieber Leser, die Artikel auf dieser Seite gefallen Ihnen und helfen Ihnen weiter? Das freut mich sehr!",
    "Würden nur 5% der Leserschaft regelmäßig 30 Cent am Tag beisteuern, ließen sich damit die laufenden Kosten tragen, mehr Themen abdecken und womöglich weitere Mitarbeiter einstellen.",
    "Ihren Beitrag können Sie beispielsweise per \"PayPal\" oder als Überweisung leisten. Die Kontodaten schicke ich Ihnen gern zu, eine kurze Nachricht genügt. Mehr dazu erfahren Sie hier.",
    "Vielen Dank",
    "Heinz-Jürgen Laubach, Herausgeber",
])

_FREIBLICK_DONATE = "\n".join([
    "Freie Berichterstattung braucht Ihre Unterstützung",
    "Während der Bund jedes Jahr rund 35 Millionen Franken an ausgewählte Verlage verteilt, gehen unabhängige Portale leer aus. Sie werden ausschließlich von ihren Leserinnen und Lesern getragen.",
    "Für uns heißt das: Niemand redet uns hinein – aber der finanzielle Druck ist dadurch ständig da.",
    "Besonders bei Themen wie dem Klimagesetz oder der Abstimmung über das Mediengesetz wurde sichtbar, wie eng sich viele geförderte Medien an die Regierungslinie hielten, während abweichende Meinungen an den Rand gedrängt wurden.",
    "Dieses Ungleichgewicht hat zur Folge, dass kleine, freie Medien von großen, staatlich unterstützten Verlagen häufig schlechtgemacht oder ignoriert werden.",
    "Unabhängigkeit kostet Geld – doch ohne sie gibt es keinen Journalismus, dem man trauen kann.",
    "Uns ist klar: Niemand freut sich über einen Spendenaufruf.",
    "Doch wenn Sie bis hierhin gelesen haben, liegt Ihnen kritischer und unabhängiger Journalismus vermutlich am Herzen.",
])


PROBE65_APPEALS = [
    _doc("b85-kaukasor-geburtstag-verdopplung-end", "appeal", "end",
         "Invented; modelled on dekoder (explainer site: teaser ending in an ellipsis, then a three-paragraph birthday donation letter with a matching fund)", "de", [
             "Lewan Gelaschwili, Anchorman und Direktor des staatlichen Auslandssenders Kartli International, gilt Beobachtern heute als Einpeitscher und „oberster Stimmungsmacher der Regierung“. Anfang der 2000er Jahre sah das noch anders aus: Damals trat er als Reformer auf und galt als Gesicht einer jungen, westlich orientierten Presse. In einem Schulungsvideo, das mehrere europäische Stiftungen finanzierten, redet er 2002 über Verantwortung im Journalismus – und darüber, was geschieht, wenn sie verloren geht. Aus heutiger Sicht wirkt das beinahe wie eine Vorahnung …",
             _KAUKASOR_BIRTHDAY,
         ], appeals=[_KAUKASOR_BIRTHDAY]),
    _doc("b85-wuemmenotizen-goennwerk-unterstuetzung-top", "appeal", "top",
         "Invented; modelled on HL-Journal (one-person local blog: in-house post whose support-platform plea starts mid-paragraph and runs to the end)", "de", [
             "In eigener Sache – Was steckt hinter Gönnwerk?",
             "Immer öfter erreicht mich die Frage, was es eigentlich mit Gönnwerk auf sich hat – diesem orangefarbenen Knopf, den ihr unter manchen meiner Artikel seht. " + _WUEMME_GOENNWERK,
         ], appeals=[_WUEMME_GOENNWERK]),
    _doc("b85-tiefgang-fruehdienst-abschied-mitglied-top", "appeal", "top",
         "Invented; modelled on Krautreporter (member-funded magazine: share-link line, three member-gift notice lines, farewell newsletter)", "de", [
             "Teile den Artikel über diesen Link, damit wir die Weitergabe zählen können",
             _TIEFGANG_GIFT,
             "Am 3. November 2015, in der ersten Woche nach dem Start von Tiefgang, habe ich eine Mail so eröffnet: „Hallo zusammen, ab heute gibt es etwas Neues: den Tiefgang Frühdienst.“",
             "Seitdem habe ich diese Liste, über den Daumen gepeilt, 2.400 Mal angeschrieben.",
             "Das Konzept: Jeden Werktag drei Themen, von Montag bis Freitag. Nachrichten so aufbereitet, dass man in der Kaffeeküche mitreden kann, wenn das Gespräch darauf kommt.",
             "Nach zehn Jahren schreibe ich euch heute meinen letzten Frühdienst. Dass ihr mich so lange jeden Morgen hereingelassen habt, ehrt mich sehr.",
             "Ab dem neuen Jahr berichte ich für den Nachrichtenverbund Mitteldeutsche Presse als Korrespondent aus London; meine Texte über Großbritannien erscheinen dann auf mdp-news.example.de und in rund drei Dutzend Regionalzeitungen samt ihren Webseiten. Einen Newsletter gibt es dort ebenfalls, die Insel-Post, derzeit allerdings nur alle zwei Wochen und ausschließlich über britische Politik und Gesellschaft.",
             "Nach einer kurzen Pause über die Feiertage übernimmt ab dem 7. Januar meine hochgeschätzte Kollegin Maren Tiedke hier den morgendlichen Überblick.",
             "Reguläre Themen gibt es heute von mir nicht – es sind Feiertage, da muss niemand den jüngsten Koalitionskrach lesen –, sondern zum Abschied einen Blick hinter die Kulissen des Frühdienstes.",
             "Was hat mich der schönste Job, den ich je hatte, über Journalismus, Medien und unser Zusammenleben gelehrt?",
             "1. Journalismus kann Menschen Arbeit abnehmen",
             "Mitten in der Aufbauphase von Tiefgang fragte mich Mitgründerin Helene Brandt 2015, ob ich Lust hätte, einen Nachrichten-Newsletter zu schreiben, der den Zeitunterschied zu meinem damaligen Wohnort Toronto ausnutzt.",
         ], appeals=[_TIEFGANG_GIFT]),
    _doc("b85-hollerbachertalbote-feuerwehrkonvois-plus-middle", "appeal", "middle",
         "Invented; modelled on mittelhessen.de (regional paper: teaser, byline and role line, glued one-line plus trial offer, photo-caption paragraph)", "de", [
             "\"Warum fahren hier so viele Feuerwehrautos herum?\" Das fragen sich Leute in Hollerbach dieser Tage oft. Ganze Konvois rollen jeden Morgen durch die Innenstadt: Gelöscht wird allerdings ganz woanders.",
             "Von Judith Brenner",
             "Redakteurin Hollerbach",
             _HOLLERBACH_PLUS,
             "Morgens nach dem Kaffee geht es in Hollerbach los, raus in den Brandwald am Kesselberg. In mehreren Pensionen der Stadt schlafen Feuerwehrleute, überwiegend aus Niedersachsen, die bei den Löscharbeiten im Naturschutzgebiet aushelfen. Foto: Judith Brenner",
         ], appeals=[_HOLLERBACH_PLUS]),
    _doc("b85-schutzreport-hafenbrand-login-end", "appeal", "end",
         "Invented; modelled on Der Sicherheits-Berater (security trade letter: cut article ending in '...', login block with a repeated print-subscriber pair)", "de", [
             "Am 9. März zeigten Nachrichtensender und Zeitungen die gleichen Bilder: das Logistikzentrum am Hafen von Lindenau, ein riesiges Umschlaglager für Lebensmittel und Elektronik, brannte lichterloh. Der Verkehr in der gesamten Region brach zusammen. Lastwagen und Pendler standen stundenlang auf der Ringautobahn, den Zufahrtsstraßen und der Hafenbrücke. Nichts bewegte sich mehr. Weil die Löscharbeiten bis in die Nacht dauerten, musste die Lindenauer...",
             _SCHUTZREPORT_WALL,
         ], appeals=[_SCHUTZREPORT_WALL]),
    _doc("b85-tageskante-linzwahl-probelesen-end", "appeal", "end",
         "Invented; modelled on NEUE Vorarlberger Tageszeitung (Austrian regional: doubled photo caption with agency arrow, byline, two-line free-trial teaser)", "de", [
             "Wie Innviertler in Linz auf die Stadtwahl blicken",
             "Seit Tagen hängen an jeder Laterne der Landeshauptstadt Wahlplakate.⇒PIXA/LENA MOSER",
             "Seit Tagen hängen an jeder Laterne der Landeshauptstadt Wahlplakate.PIXA/LENA MOSER",
             "Am heutigen Sonntag wählt Linz einen neuen Gemeinderat und einen Bürgermeister. Das geht auch etwa 18.000 Innviertler an, die in der Landeshauptstadt wohnen. Die KANTE am Sonntag hat nachgefragt.",
             "Von Miriam Pölz",
             _KANTE_TRIAL,
         ], appeals=[_KANTE_TRIAL]),
    _doc("b85-eulachbote-stadtbild-rathausportal-end", "appeal", "end",
         "Invented; modelled on Tages-Anzeiger (Swiss daily column: glued title, doubled caption, column label, one-line subscription-required notice)", "de", [
             "Kolumne zum Winterthurer StadtbildEintritt nur für Unerschrockene",
             "Über dem Portal des Winterthurer Rathauses wachen steinerne Drachen mit aufgerissenen Mäulern. Ist das bürgerfreundlich? Aber sicher, sagt der Stadtpräsident.",
             "Das Rathausportal in Winterthur – harmlos nur, solange man Abstand hält.",
             "Das Rathausportal in Winterthur – harmlos nur, solange man Abstand hält.",
             "Foto: Reto Albisser",
             "Stadtbild, Nr. 41",
             _WINTERTHUR_WALL,
         ], appeals=[_WINTERTHUR_WALL]),
    _doc("b85-hagenburgerrundschau-eingemeindung-tageskarte-end", "appeal", "end",
         "Invented; modelled on Braunschweiger Zeitung (regional paper: doubled caption, cut paragraph, 'new here?' paywall with day pass, digital package and footnotes)", "de", [
             "Hagenburg möchte größer werden – Landräte schlagen Alarm",
             "Hagenburg  Einige Gemeinden in den Kreisen Ostheide, Lindenfeld, Moorbach und Kallstedt denken darüber nach, sich der Stadt Hagenburg anzuschließen. Die Landräte reagieren empört.",
             "Der Rolandbrunnen vor dem alten Rathaus und der Marktkirche in Hagenburg. Vielleicht bekommt die Stadt bald Zuwachs.",
             "Foto: pix (Archiv)",
             "Der Rolandbrunnen vor dem alten Rathaus und der Marktkirche in Hagenburg. Vielleicht bekommt die Stadt bald Zuwachs. Foto: pix (Archiv)",
             "Ostheides Landrätin Sabine Kordes warnte im Kreistag, die nördliche Samtgemeinde Heidmark könnte von Hagenburg „weggelockt“ werden. Und Jochen Albers, Bürgermeister der zum Kreis Lindenfeld zählenden Gemeinde Wendhausen, erklärte am Dienstag ganz offen: „Für mich wäre das durchaus...",
             _HAGENBURG_WALL,
         ], appeals=[_HAGENBURG_WALL]),
    _doc("b85-neckarecho-kaeltewelle-neplus-end", "appeal", "end",
         "Invented; modelled on Reutlinger General-Anzeiger (regional paper: dateline report, plus-paywall box with bullets, a double space and buttons)", "de", [
             "Brandner tourt wie ein Fürst durchs Land",
             "ERFURT/GOTHA. Thüringen steckt in einer Art Kältelähmung. Knapp 18 Grad unter null zeigt das Thermometer morgens in Gotha, im nahen Oberhof wurden sogar minus 22,7 Grad gemessen. Nebel und dichte Wolken verschlucken die Sonne. Wer nicht raus muss, bleibt lieber am Kachelofen. Am Gothaer Bahnhof flucht ein Reisender lautstark. Schon die dritte Regionalbahn ist gestrichen, schimpft er. Dass die zugige Bahnhofshalle keine Heizung hat, ärgert ihn zusätzlich.",
             _NEPLUS_BOX,
         ], appeals=[_NEPLUS_BOX]),
    _doc("b85-freigeistpressedienst-winterpause-spendenaktion-middle", "appeal", "middle",
         "Invented; modelled on Humanistischer Pressedienst (in-house break notice with one donation-campaign reminder sentence mid-text)", "de", [
             "in eigener Sache",
             "Der fpd macht Winterpause",
             "HAMBURG. (fpd) Die Redaktion des Freigeist-Pressedienstes legt bis zum 6. Januar eine Pause ein. Ab dem 7. Januar versorgen wir Sie wieder mit Neuigkeiten. Wir wünschen allen Leserinnen und Lesern bis dahin erholsame und heitere Feiertage im Kreis ihrer Liebsten. Lassen Sie es ruhig angehen und genießen Sie die stille Zeit.",
             "Wir danken den Lesern des Freigeist-Pressedienstes für ihre treue Aufmerksamkeit, für aufmunternde Zuschriften, wohlwollende Kritik und viel Zuspruch.",
             "Für uns heißt die Pause auch, Liegengebliebenes abzuarbeiten, neue Pläne zu schmieden und in diesem Winter vor allem: unser überarbeitetes Archiv freizuschalten. Wenn Sie am 7. Januar wieder vorbeischauen, präsentiert sich der fpd mit einer deutlich besseren Suche.",
             _FPD_REMINDER,
             "Damit Sie sich nicht langweilen, haben wir hier die am häufigsten gelesenen Beiträge des Jahres für Sie gesammelt; natürlich lädt auch das übrige Archiv zum Stöbern ein:",
             "Im Januar ging es etwa um Schulgottesdienste und eine Petition gegen den Religionsunterricht in Sachsen. Im Februar schrieben wir über Heilpraktiker, die Risiken von Wunderheilungen und über „Kreationismus im Biologieunterricht“. Im März war ein Gespräch mit der Philosophin Ilse Rautenberg über ihr neues Buch der Spitzenreiter, knapp vor unserer Fotostrecke über die Mottowagen des Karnevalsbauers Jörn Weil.",
         ], appeals=[_FPD_REMINDER]),
    _doc("b85-niersblick-weihnachtsspenden-herausgeber-top", "appeal", "top",
         "Invented; modelled on Klartext.NRW (regional news site: publisher's signed reader-contribution box under the headline, consumer-advice article cut off mid-sentence)", "de", [
             "Niersblick.NRW: Spenden im Advent: Seriöse Helfer von schwarzen Schafen trennen",
             _NIERSBLICK_BOX,
             "Niersblick.NRW – Jedes Jahr im Advent dasselbe: Für Geflüchtete, Menschen in Kriegsgebieten, Kinder in Not, für Kultur oder für Tiere und Natur wird per Brief, über das Netz und mit der Spendendose in der Fußgängerzone um Geld gebeten.",
             "Wer etwas geben will, sollte trotzdem nicht blind überweisen. „Längst nicht jede Organisation, die mit Ihrem Geld Gutes tun will, arbeitet so sauber, wie sie vorgibt“, sagt Renate Lohmeyer von der Beratungsstelle der Verbraucherzentrale in Viersen. Auch bei guten Zwecken wollen Spender wissen, wo ihr Geld landet. Ob eine Organisation verantwortungsvoll mit Spenden umgeht und ihre Zahlen offenlegt, sind nur zwei von mehreren Merkmalen, an denen man seriöse Helfer von schwarzen Schafen unterscheiden kann:",
             "Post, die aufs Herz zielt: Wer einmal etwas gegeben hat, bekommt häufig weitere Briefe. Hilfsorganisationen kaufen auch Adressen bei gewerblichen Händlern ein oder gewinnen sie über Gewinnspiele und Versandhäuser. Anhand von Geschlecht, Alter, Beruf und Bestellwert lassen sich unter",
         ], appeals=[_NIERSBLICK_BOX]),
    _doc("b85-freiblick-lebenszeichen-spendenaufruf-end", "appeal", "end",
         "Invented; modelled on Uncut-News (reader-funded site: operator's health update and sign-off, '*' line, donation block)", "de", [
             "Ein kleines Zeichen, dass es mich noch gibt, und ein herzliches Danke an alle, die mir geschrieben haben. Eure zahlreichen Nachrichten und guten Wünsche habe ich gelesen, und sie haben mich sehr berührt.",
             "Im Großen und Ganzen geht es mir ordentlich. Seit dem Eingriff an meiner Schulter bin ich aber noch eingeschränkt, weil ich den Arm kaum heben kann und er zeitweise schmerzt. Tippen und lange Stunden am Schreibtisch gehen derzeit nur in Maßen, aber es wird von Woche zu Woche besser.",
             "In dieser Zeit haben mir unsere freien Autorinnen und Autoren enorm unter die Arme gegriffen. Dafür ein riesiges Dankeschön – allein hätte ich das nicht geschafft.",
             "Wir tun alles dafür, dass trotz dieser Lage nichts Wichtiges liegen bleibt und Meldungen, Hintergründe und Analysen nach und nach erscheinen.",
             "Ab Mittwoch läuft alles wieder normal.",
             "Vielen Dank für eure Nachsicht und euer Mitgefühl.",
             "Herzlich,",
             "Res",
             "*",
             _FREIBLICK_DONATE,
         ], appeals=[_FREIBLICK_DONATE]),
]


# --- Probe 65: negatives ------------------------------------------------------------------------

PROBE65_NEGATIVES = [
    _neg("b85-medienlupe-spaeher-podcast-unabhaengigkeit-neg",
         "Invented; modelled on Publizissimus (student media blog questioning a podcast start-up's claimed independence)", "de", [
             "„Der Späher“ von Ulrich Falkner: Doch kein unabhängiges Medium",
             "Seit dem Start 2020 bemüht sich das Medienhaus „Der Späher“, sich mit Audioformaten und E-Mail-Briefings im deutschsprachigen Raum zu behaupten. Es stellt sich als völlig frei von Interessen der Wirtschaft dar. Zwei große Wochenmagazine halten Gründer Ulrich Falkner genau das Gegenteil vor. Wer liegt richtig?",
             "Foto: Lea Brandauer",
             "Von Jonas Reimer",
             "Zeitungen verschwinden, Fernsehen läuft nur noch, wenn sogenannte Stars sich vor der Kamera bloßstellen, und dass das Radio seinen 100. Geburtstag begeht, kümmert kaum jemanden. Das ist natürlich zugespitzt, doch ganz an der Wirklichkeit vorbei geht es angesichts der Mediennutzung junger Menschen nicht. Wie es mit dem Journalismus weitergeht, beschäftigt nicht nur Studierende der Medienwissenschaft, sondern die gesamte Gesellschaft.",
             "Umso interessanter ist es, zu verfolgen, wie neue Angebote ihren Platz am Markt suchen. Ulrich Falkner hat 2020 trotz allem ein neues Medienhaus gegründet. Selbst wenn „Der Späher“ nur Branchenkennern etwas sagen dürfte, zählt sein Podcast „Falkners Frühlage“ zu den meistgehörten im Land. Die Show und ihre einzelnen Episoden landen regelmäßig unter den zehn beliebtesten deutschen Podcasts, und in der Sparte Nachrichten steht Falkner mit seinem werktäglichen Format oft ganz oben.",
         ]),
    _neg("b85-verlagsbote-fluthilfe-spendenpruefstelle-neg",
         "Invented; modelled on BuchMarkt (trade item on a dubious flood-donation e-mail with a watchdog's donation tips)", "de", [
             "Fragwürdiger Spendenaufruf – und Ratschläge von der Spenden-Prüfstelle",
             "Im Netz macht ein seltsamer Spendenaufruf die Runde: Mit der Betreffzeile „Hilfe für die Hochwassergeschädigten“ bittet ein „Fluthilfe Elbtal e.V.“ per Mail um Geld. Genannt werden Bankverbindungen, über den Verein selbst erfährt man dagegen nichts. Sigrid Hallmann, Geschäftsführerin der Spenden-Prüfstelle des Instituts für Gemeinwohlfragen (IGF), ist der Verein nach Angaben eines Technikportals unbekannt; sie rät bei solchen Mails zur Vorsicht.",
             "Das IGF informiert darüber, wie seriös gemeinnützige Hilfsorganisationen arbeiten. Es hat eine Übersicht mit Namen, Anschriften und Konten der Hilfswerke zusammengestellt, die für die Hochwasseropfer im In- und Ausland Sonderkonten eröffnet haben und das IGF-Prüfzeichen führen, also als besonders vertrauenswürdig gelten: http://www.igf-pruefstelle.example.org/hochwasser.htm",
             "Über Organisationen, die in dieser Übersicht fehlen, gibt das IGF auf Nachfrage ebenfalls Auskunft.",
             "Wer für die Flutgeschädigten spenden möchte, dem gibt das IGF diese Hinweise:",
             "– Schnelle Hilfe ist nötig. Überstürztes Spenden ist trotzdem fehl am Platz, denn es erhöht die Gefahr, an unerfahrene Vereine oder Betrüger zu geraten.",
             "– Lesen Sie genau, wofür um Geld gebeten wird. Bezieht sich ein Aufruf ausdrücklich auf Geschädigte in einer bestimmten Region, darf das Geld nicht für Menschen in anderen Regionen oder im Ausland eingesetzt werden.",
             "– Erkundigen Sie sich gerade bei privaten Sammelaktionen genau, auf welchem Weg die Hilfe ankommt. Auch kleine Initiativen sind ein wertvolles Zeichen des Zusammenhalts und entfalten besonders viel Wirkung, wenn sie ihre Mittel an größere Träger weitergeben oder sich mit diesen absprechen.",
         ]),
    _neg("b85-verbandfreiewellen-radiokieselstein-spendenziel-neg",
         "Invented; modelled on Bundesverband Freier Radios (association news: a member radio's completed donation drive with sums and a quoted plea)", "de", [
             "Das befürchtete Ende für Radio Kieselstein ist fürs Erste vom Tisch. Die Spendenaktion „400 x 40 Euro“, die seit September lief, ist Mitte Dezember erfolgreich zu Ende gegangen.",
             "Über 250 Spenderinnen, Spender und Initiativen haben die angestrebten 16.000 Euro sogar um knapp 700 Euro übertroffen. „Gemeinsam haben wir dem Sparkurs der Landesmedienanstalt die Stirn geboten“, schreibt RK dazu auf seiner Homepage. Gemeint ist der Umgang der zuständigen Medienanstalt LMS mit dem Sender (siehe auch unseren Verbandsbrief Herbst 2007). Dank der Spenden kann weiter gesendet werden, Grund zur Entspannung sieht der Sender aber nicht: „Auch 2008 wird uns die chronische Unterfinanzierung aus den Rundfunkgebühren mit voller Wucht treffen, deshalb brauchen wir weiterhin die Solidarität von möglichst vielen.“ Weitere Informationen unter www.radio-kieselstein.example.org",
         ]),
    _neg("b85-preisradar-abopreise-zeitungen-neg",
         "Invented; modelled on K-Geld (consumer magazine on newspaper subscription price rises, lines ending in a space)", "de", [
             "konsum-Leserin und ZMB-Abonnentin Ruth B. aus Luzern erhielt neulich einen Brief vom Zentralschweizer Morgenblatt. Darin bedankte sich die Zeitung für ihre «langjährige Verbundenheit». Kein Wort stand allerdings über den neuen Preis des Jahresabos: Es kostet jetzt 712 Franken – 58 Franken mehr als bisher. ",
             "ZMB-Sprecher Adrian Bühlmann erklärt die Erhöhung mit sinkenden Inserateerlösen: «Wir haben die Abopreise über Jahre möglichst stabil gehalten.» Jetzt komme man um einen grösseren Schritt nicht mehr herum. ",
             "Andere Blätter handhaben es ähnlich: Beim «Mittelland-Kurier» zahlt man fürs Jahresabo neu 489 Franken – 22 Franken mehr als im letzten Jahr. Der «Limmat-Anzeiger» schlägt 18 Franken auf (Jahresabo neu: 552 Franken), der «Express» 12 Franken (Jahresabo neu 379 Franken). ",
             "Nicht nur die gedruckte Zeitung ist teurer geworden, auch das Digitalabo des ZMB: Es kostet neu 529 statt 489 Franken im Jahr. Beim «Mittelland-Kurier» und bei der «Rätischen Post» sind die Digitalpreise seit 2017 unverändert. Der «Limmat-Anzeiger» verlangt sogar 3 Franken weniger als im Vorjahr.",
         ]),
    _neg("b85-medienmarktkompakt-holtkamp-paywall-neg",
         "Invented; modelled on W&V (trade report on two papers going behind a paywall, teaser repeated with a typo at the start of the body)", "de", [
             "Bezahlinhalte:",
             "\"Weser-Abendblatt\" und \"Hansestadt-Kurier\" gehen hinter die Paywall",
             "Nun zieht auch die Verlagsgruppe Holtkamp im Netz die Bezahlschranke hoch. Ab August sollen das \"Weser-Abendblatt\" und der \"Hansestadt-Kurier\" online nur noch gegen Geld zu haben sein.",
             "Nun zieht auch die Verlagsgruppe Holtkamp im Netz die Bezalhschranke hoch. Ab August sollen das \"Weser-Abendblatt\" und der \"Hansestadt-Kurier\" online nur noch gegen Geld zu haben sein. 8,99 Euro im Monat soll das Web-Abo kosten, meldet das Branchenblatt \"Verlagsreport\". Den ersten Testmonat will das Haus für 49 Cent anbieten. Das \"Weser-Abendblatt\" macht am 1. August den Anfang, der \"Hansestadt-Kurier\" folgt am 15. August. Deutlich teurer ist das vollständige Digital-Abo samt E-Paper der jeweiligen Zeitung: Es kostet 24,90 Euro im Monat.",
             "Ganz dicht ist die Schranke allerdings nicht: Acht Artikel im Monat sollen Leser auch weiterhin gratis abrufen dürfen, ehe sie zahlen müssen. Bestätigt hat der Verlag bisher nur Pläne, aber noch keine Starttermine.",
             "Auch an anderer Stelle spart Holtkamp. Erst im April hatte das Haus seine Kooperation mit dem Brinkmann Verlag ausgebaut: Eine gemeinsame Redaktion liefert nun Lokalseiten für mehrere Orte an der Unterweser, in Bremerhaven arbeiten beide Verlage schon länger eng zusammen. Die Folge dieser Umstellung: 24 Redakteurinnen und Redakteure verlieren ihre Stelle.",
         ]),
    _neg("b85-saaletalnotizen-tageblatt-preiserhoehung-neg",
         "Invented; modelled on Studio Gera (local blogger's comment on a regional paper's subscription price rise)", "de", [
             "Das Saale-Tageblatt kündigt an, den Preis für das gedruckte Abo zum 1. November 2023 anzuheben. Begründet wird das mit sinkenden Erlösen und gestiegenen Kosten. Für das E-Paper soll sich nichts ändern, es bleibt bei 27,99 Euro. Das Premium-Abo mit Druckausgabe verteuert sich von 43,90 Euro auf 47,90 Euro im Monat.",
             "Meiner Meinung nach sollen diese ständigen, in immer kürzeren Abständen folgenden Erhöhungen beim STB-Abo unter anderem die letzten Papierleser vergraulen, weil sich die gedruckte Zeitung für den Verlag kaum noch rechnet. Große Häuser rechnen eben GROß. Ein gekündigtes Abo kommt sie allemal „billiger“ als eines, das sie quersubventionieren müssen.",
         ]),
    _neg("b85-reportagenblog-arbeitsnetz-solidaritaet-neg",
         "Invented; modelled on Peter Nowak's blog (journalist's report that a labour news platform needs solidarity)", "de", [
             "ArbeitsNetz sucht Unterstützer",
             "Basisplattform für Beschäftigte in Geldnot",
             "»Anlaufstelle für Widerspenstige in Lohn und ohne«, so beschreibt sich die Internetplattform ArbeitsNetz. Ableger gibt es in fünf weiteren Ländern, darunter Brasilien und Südkorea. Überparteilichkeit zählt genauso zu den Prinzipien des internationalen Netzwerks wie die Offenheit gegenüber allen Gewerkschaftsrichtungen. Auf der deutschen Seite stehen Beiträge großer Einzelgewerkschaften neben Texten kleiner Basis- und Spartengewerkschaften. Inzwischen umfasst das Archiv von ArbeitsNetz mehr als 40 000 Dokumente, und jeden Tag kommen neue hinzu. Daneben startet die Plattform eigene Kampagnen. Derzeit sorgt ihr Aufruf gegen Dumpinglöhne in der Paketbranche unter dem Slogan »Mindestlohn ist kein Höchstlohn« für einiges Aufsehen.",
             "Ein solches Pensum schafft doch nur eine große Redaktion mit festen Stellen, werden viele vermuten. Doch ArbeitsNetz hat gerade wieder darauf hingewiesen, dass nur drei Menschen die Flut an Meldungen aus Betrieben und Gewerkschaften aktuell halten. Die Sozialwissenschaftlerin und Journalistin Doris Kellner verantwortet die Redaktion, der Dolmetscher Ralf Beuth betreut das Internationale, und die Redakteurin Anke Morgenroth kümmert sich um Aktionen und Kampagnen. Schon vor einigen Monaten hatte das Team in seinem Rundbrief angekündigt, wegen Überlastung manche Themenbereiche zurückzufahren.",
             "Deshalb hat ArbeitsNetz erneut um Solidarität gebeten. Man wolle den Nutzern klarmachen, dass das Fortbestehen der Plattform alles andere als sicher ist, sagt Doris Kellner.",
         ]),
    _neg("b85-arbeitsnetz-dossier-morgenrot-rettung-neg",
         "Invented; modelled on LabourNet Germany (dossier relaying another paper's rescue appeal, quotation broken mid-sentence across lines, cut off mid-word)", "de", [
             "Unabhängige Presse: Jetzt helfen!",
             "Dossier",
             "„Die Rechtspopulisten legen zu, die Gewerkschaften verlieren – rosig ist anders. Auch bei den Medien sieht es finster aus: Mit dem Kanal „Klartakt“ von Bodo Renner ist ein neues rechtes Krawallportal entstanden, ein rechtes Wochenblatt feiert Auflagenrekord um Auflagenrekord, und ein Milliardär hat seinen Kurznachrichtendienst in eine Spielwiese für Trolle verwandelt. Die Antwort liegt auf der Hand: Es braucht linke Medien! Doch gleich mehrere davon ringen gerade um ihre Existenz. Die Tageszeitung „Morgenrot“ meldete Anfang Juli ein Loch von etwa 480.000 Euro. Wenn Verlag, Leser*innen und Unterstützer*innen nicht rasch gegensteuern, gehen dort die Lichter aus. Die Lichter aus? Ja, so ernst ist die Lage. Nun wirbt „Morgenrot“ um Abos, Spenden und neue Genossenschaftsmitglieder",
             ", damit es nicht zum Äußersten kommt. Auch das feministische Magazin „Wildwuchs“",
             "hat die Teuerung voll getroffen, es steht finanziell auf der Kippe…“ Appell der Redaktion von „Zwischenruf“ in Ausgabe 412 vom 22. Juli 2023",
             ", dem wir uns gern anschließen! Weiter unten finden sich weitere Aufrufe von befreundeten Redaktionen und Partnerprojekten:",
             "- Neue Spendenrunde von „Morgenrot“: „Ohne Ihre Hilfe geht es nicht“",
             "„Auch in diesem Jahr steht das Überleben unserer Zeitung auf dem Spiel. Woran liegt das, und was muss sich ändern? (…) Zuerst einmal: Für gedruckte Zeitungen sind die Zeiten hart. Jüngere Leute greifen kaum noch zur Zeitung, die Ausgaben für Zustellung und Papier klett",
         ]),
    _neg("b85-gemeinwohlmedien-grenzfunk-portraet-neg",
         "Invented; modelled on npj.news (profile of a nonprofit translation project in a series, Q&A sub-headings, cut off without a full stop)", "de", [
             "Übersetzen gegen das Schweigen",
             "Wie sieht gemeinwohlorientierter Journalismus im Alltag aus? In dieser Reihe stellen wir bestehende und entstehende gemeinnützige Medienprojekte vor. Heute: Grenzfunk.",
             "Worum geht es?",
             "Hinter „Grenzfunk – Polen und Litauen verstehen“ steckt eine Verwunderung: Warum kommen in deutschen Debatten über zwei so nahe und wichtige Nachbarländer so selten Menschen von dort zu Wort, und warum so selten die Fachleute an deutschen Hochschulen, die sich gründlich mit Politik und Gesellschaft östlich der Oder befassen? Gründerin Agnieszka Roth hatte lange in Warschau und Vilnius gearbeitet, ehe sie 2016 in Leipzig eine kleine Redaktion aufbaute, die Wissen über die Debatten der Nachbarn vermitteln sollte. Auf „grenzfunk.example.org“ erscheinen seither Texte aus unabhängigen polnischen und litauischen Medien auf Deutsch, jeweils mit fachlicher Einordnung. Seit 2021 geht es auch in die andere Richtung: Eine polnische Ausgabe bringt übersetzte Beiträge aus deutschen Medien samt Erläuterungen.",
             "Wer macht das?",
             "Derzeit leitet die Osteuropahistorikerin und Redakteurin Katrin Wendel die gemeinnützige GmbH mit Sitz in Leipzig. Gründerin Agnieszka Roth begleitet das Projekt weiterhin als Gesellschafterin und Ideengeberin aus dem Hintergrund. Von 2017 bis 2022 war Paul Lindner Chefredakteur; seitdem ist die Stelle unbesetzt. Die Redaktion organisiert sich weitgehend ohne Hierarchie nach Fachbereichen, und alle Mitglieder halten Anteile an der Gesellschaft. Getragen wird die Arbeit vor allem von der Fachredaktion und der Übersetzungsredaktion, dazu kommt eigenes Wissen für Technik und datenjournalistische Projekte",
         ]),
    _neg("b85-birkenfurterstadtbote-chronik-crowdfunding-neg",
         "Invented; modelled on Städtische Zeitung Halle (a crowdfunded city paper's own history with a photo-caption line)", "de", [
             "Kleine Chronik des Birkenfurter Stadtboten",
             "Birkenfurt/SB – Die Geschichte des Birkenfurter Stadtboten beginnt am 12. März 2018. Ina Zeller, früher Redakteurin beim Regionalblatt BZ, startet auf der Plattform Schwarmgeld eine Crowdfunding-Kampagne für ein kühnes Vorhaben. „Birkenfurt verdient eine neue Zeitung“, steht im Aufruf. „Viele Menschen hier sind enttäuscht von dem, was sie an Nachrichten bekommen. Darum will ich als Reporterin, die diese Stadt seit langem begleitet, etwas Neues versuchen“, schreibt Zeller. Binnen fünf Wochen kommen 11.500 Euro zusammen, genug Geld für den Start.",
             "Am 2. September 2018 ist es so weit: Im Gründerzentrum am alten Güterbahnhof, wo der SB seine Räume hat, geht die Webseite bei einer kleinen Feier online. Zu den ersten Texten gehören ein Stück über den Rückzug eines Stadtrats aus der Fraktion der Freien Wähler und ein Artikel darüber, ob Birkenfurt eine eigene App für Bürgerdienste braucht. Der Text trägt die passende Überschrift „Das Rathaus in der Hosentasche“, und schon hier zeigt sich, was die Arbeit des SB über zwei Jahre hinweg begleiten wird: „Bürgermeister Klaus Dietl beantwortete eine Anfrage des SB nicht.“ Auch später wird Dietl dem SB kaum etwas sagen, obwohl es an Fragen nie gemangelt hat.",
             "SB-Gründerin Ina Zeller bei der Freischaltung des SB am 2. September 2018 im Gründerzentrum. (Foto: mk)",
             "Den ersten großen Scoop landet der SB im Frühjahr 2019: Gemeinsam mit dem Regionalfernsehen deckt er fragwürdige Verbindungen zwischen Stadtverwaltung und einem Immobilienberater auf, über die in Birkenfurt seit Jahren getuschelt wurde, ohne dass jemand genauer hinsah.",
         ]),
    _neg("b85-ortsblicknordheide-pressefreiheit-leser-zahlen-neg",
         "Invented; modelled on vorort-np.de (opinion piece naming another reader-funded site and deploring readers who do not pay)", "de", [
             "Der Widerstand gegen Zensur und politischen Druck",
             "Die unabhängige Presse im Land steckt in einer ernsten Krise. Freiere Medien wie Freiblick, die auf Anzeigen, Konzerngeld und staatliche Förderung verzichten, hängen vom Einsatz ihrer Leserschaft ab. Doch nur wenige Menschen tragen solche Angebote mit, während die Mehrheit gratis mitliest, ohne je etwas beizusteuern. So wird ehrliche Berichterstattung immer schwieriger.",
             "Die Lage ist ernüchternd: Bloß drei Prozent der Leserinnen und Leser bezahlen den kompletten Betrieb solcher Portale. Die übrigen 97 Prozent lesen mit, ohne einen Cent zu geben. Was geschieht, wenn irgendwann niemand mehr für Unabhängigkeit bezahlt? Dann wird die freie Presse von den Interessen der Mächtigen aus Politik und Wirtschaft verschluckt.",
             "Verantwortlich ist nicht allein die Gesellschaft, sondern ebenso das System. Parteien und Konzerne setzen ihren Einfluss ein, um Redaktionen zu lenken oder aufzukaufen. Wer als Journalist unbequeme Tatsachen ausspricht, wird gemieden oder aus der Öffentlichkeit gedrängt. Am Ende steht eine gleichgeschaltete Berichterstattung, die nur noch den Mächtigen dient.",
             "Jetzt ist der Moment, für echte Freiheit einzustehen. Wer keinen Beitrag leistet, hilft mit, die Pressefreiheit zu zerstören. Wahrheit lässt sich nicht kaufen – und doch ist sie unbezahlbar. Nur wenn viele mithelfen, können freie Medien bestehen und die Gesellschaft vor Täuschung bewahren.",
         ]),
]


BATCH85_DOCUMENTS = PROBE65_APPEALS + PROBE65_NEGATIVES
