"""Batch 110: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (7 appeal, 11 negative; DE, FR): our own paraphrases of every document of the local-only
real probe 90 (18 documents). Each keeps the real page's structure (an ad-blocker wall with "•" bullet
lines above a crash report with a video label, a category word and a lone "+" line; a newspaper teaser
with a reading-time line and a trailing "Seiten" pointer; a premium wall with a headline broken over
two lines and starred price footnotes; a photo caption listing officers "vl:"; a one-paragraph brief;
a lone button word above a municipal story; an account form flattened into one line above an article
and its repeated teaser cut with "..."; a hashtag rubric line and a "von" byline; a "Par" byline; a
date line and a photo-credit line; a cut-off brief ending in "…") and exactly what the real gold marks:
the whole ad-blocker wall with its trial-subscription bullets and its already-bought notice, above the
article; a cooperative paper's pay-what-you-want block with its "→" list at the end; a premium
subscription wall with two price footnotes after a teaser; a one-line registered-readers-only notice
after a cut article; a new-articles e-mail alert line (glued after a full stop with no space) after a
one-paragraph brief; a lone support button at the top plus a local-account sign-up block at the end;
a one-line account creation / login form above a cut article. Negatives keep what makes the real ones
hard: a media-trade piece on local start-ups living on subscriptions and newsletters, a volunteer news
service's new-year thanks to its readers and supporters, a TV host's large donation to a church, a
court-of-audit report on illegal party donations to be handed to charities (with a suggestion address),
a report on party-donation disclosure rules and totals, a charity-marathon thank-you evening with
sums collected, a village charity weekend whose takings go to an association, an MP giving her
advertising budget to community groups and local media, a subsidy for a community paper, a media food
drive with donation records, a towns' federation urging members to give to a relief fund.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch110` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch110.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 90: appeal documents -----------------------------------------------------------------

_FRANKENECHO_WALL = "\n".join([
    "Werbeblocker erkannt – bitte kurz abschalten",
    "Unsere Berichterstattung bezahlen wir zu einem guten Teil mit den Einnahmen aus der Werbung unserer Anzeigenkunden.",
    "Tippen Sie rechts oben in der Browserleiste auf das Symbol Ihres Werbeblockers und schalten Sie ihn für . aus. Anschließend lesen Sie kostenlos weiter.",
    "Oder bleiben Sie beim Werbeblocker und lesen Sie weiter mit",
    "• Den ersten Monat für bloß 0,49€ ausprobieren",
    "• Voller Zugriff auf sämtliche Meldungen und Plus-Beiträge",
    "• Beinahe ohne Anzeigen, der Werbeblocker darf anbleiben",
    "• Monatlich kündbar",
    "Ihr Abo ist schon abgeschlossen und der Hinweis erscheint dennoch? Laden Sie die Seite neu oder melden Sie sich einmal ab und anschließend erneut an.",
])

_MORGENROT_COOP = "\n".join([
    "Kein Konzern, keine Rendite – nur Sie.",
    "Die »Morgenrot-Genossenschaft« ist im Besitz derer, die sie tragen: unserer Leserschaft und unserer Schreibenden. Mit ihren Beiträgen halten sie kritische Berichterstattung für jede und jeden offen: ohne Renditedruck, ohne Verlagsriesen, ohne die Launen eines Milliardärs.",
    "Mit Ihrer Hilfe gelingt es uns:",
    "→ frei und genau hinzuschauen",
    "→ Fragen aufzugreifen, die anderswo liegen bleiben",
    "→ Menschen zu Wort kommen zu lassen, die selten jemand fragt",
    "→ Falschmeldungen mit Belegen zu begegnen",
    "→ Streitgespräche von links anzustoßen",
    "Jetzt über »Zahl, was du kannst« mitmachen und unsere gemeinschaftlich getragene Zeitung stärken. Damit Morgenrot weiter erscheint.",
])

_RHOENKURIER_WALL = "\n".join([
    "Weiter geht's mit",
    "Rhön-Kurier Plus",
    "Mehr über das, was die Heimat",
    "umtreibt.",
    "• Sämtliche RK+ Artikel lesen",
    "• Ohne Aufwand beendbar",
    "*danach 6,49 € im Monat",
    "**danach 10,49 € im Monat",
])

_TALBLICK_WALL = "Den vollständigen Artikel können nur angemeldete Leserinnen und Leser öffnen."

_CHANCELLERIES_ALERT = (
    "Envie d’être prévenu à chaque nouvelle publication ? Saisissez votre e-mail.Un message de "
    "validation vous parviendra ensuite."
)

_CHARLESBOURG_BUTTON = "Contribuez"

_CHARLESBOURG_ACCOUNT = "\n".join([
    "Mon",
    "Quartier",
    "Les nouvelles de chez vous, réunies en un seul lieu.",
    "En créant votre compte Mon Quartier, vous affichez votre attachement à l’information de proximité. + Recevez des contenus taillés selon vos sujets préférés et votre secteur. + Mettez de côté les textes qui vous intéressent pour les lire plus tard.",
])

_LEVANT_FORM = (
    "Merci de vous inscrire pour afficher les résultats 5 articles gratuits Courriel Mot de passe "
    "J’accepte de recevoir les promotions du Quotidien du Levant et des dossiers choisis parmi les "
    "meilleurs papiers de nos journalistes. Résiliable quand vous le voulez. Créer mon compte "
    "L’inscription vaut acceptation des règles d’utilisation et de notre charte sur les données "
    "personnelles. Créer mon compte Ou poursuivre via Facebook Google Merci de vous identifier pour "
    "afficher les résultats Courriel Mot de passe Connexion Mot de passe perdu ? Poursuivre via "
    "Facebook Poursuivre via Google"
)

_LEVANT_LEAD = (
    "« Qu’il parle un jour au nom de tout le Liban. » Foulard fleuri sur les épaules et café à la "
    "main, Samira a les yeux qui brillent quand elle parle de « son cheikh à elle ». La venue de "
    "Nadim Raad, jeudi 9 octobre au Grand Sérail, a réjoui les habitants de Haret el-Sabil."
)


PROBE90_APPEALS = [
    _doc("b110-frankenecho24-streifenwagen-unfall-top", "appeal", "top",
         "Invented; modelled on innsalzach24.de (ad-blocker wall with trial-subscription bullets above a crash report)", "de", [
             _FRANKENECHO_WALL,
             "Aufnahmen vom Einsatzort",
             "Streifenwagen auf Alarmfahrt kracht in Oberfranken mit Kleinwagen zusammen - 5 Verletzte, eine Frau schwer",
             "Unfall",
             "+",
             "Ein Einsatzfahrzeug der Polizei mit Blaulicht an einer Kreuzung. (Symbolbild)",
             "Bei einem heftigen Zusammenstoß, an dem ein Streifenwagen auf Alarmfahrt beteiligt war, sind am Donnerstagabend im oberfränkischen Kesselbach fünf Menschen verletzt worden. ",
             "Kesselbach - Wie das regionale Nachrichtenportal frankenblick.example berichtet, fuhr die Streife gegen 19.40 Uhr am Donnerstagabend (12. Oktober) mit Sondersignal zu einem Einsatz. Der Wagen war auf der Bundesstraße bei Kesselbach in Richtung Hollfeld unterwegs. An der Einmündung der Staatsstraße nach Moosreuth bog eine 23-jährige Autofahrerin ab und bemerkte das Polizeifahrzeug offenbar nicht. Die beiden Wagen stießen frontal gegeneinander.",
             "Durch die Wucht des Aufpralls schleuderte der Streifenwagen gegen zwei wartende Autos und blieb schließlich schwer beschädigt auf der Fahrbahn stehen. Die Polizei spricht von fünf Verletzten; eine Frau kam nach Auskunft des Rettungsdienstes mit schweren Verletzungen in eine Klinik.",
         ], appeals=[_FRANKENECHO_WALL]),
    _doc("b110-morgenrot-linke-neuanfang-end", "appeal", "end",
         "Invented; modelled on nd (nd-aktuell.de) (cut newspaper teaser, cooperative pay-what-you-want block with arrow list at the end)", "de", [
             "Mühsamer Neuanfang",
             "Lesedauer: 2 Min.",
             "nach den Schlappen bei den Landtagswahlen in Thüringen und Mecklenburg-Vorpommern. Wer beim Einsammeln der Plakate mit anpacken will, ist bei Katrin Wendler, Kreisvorsitzende der Linken im Harzvorland, in ihrem Nordhäuser Wahlkreis gern gesehen. Vor allem auf dem Land fehlen Mitglieder und Basisgruppen, doch soll man diese Gegenden deshalb abschreiben? Auch die Rolle der Partei insgesamt sei durch das Ergebnis »grundsätzlich erschüttert«, meint der Parteienforscher Henning Brandtner. Seiten 6 und 7",
             _MORGENROT_COOP,
         ], appeals=[_MORGENROT_COOP]),
    _doc("b110-rhoenkurier-gefluegelmaerkte-end", "appeal", "end",
         "Invented; modelled on inSüdthüringen (insuedthueringen.de) (short teaser with photo caption, premium wall with starred price footnotes)", "de", [
             "Nachbar-Regionen Hessen verbietet Geflügelmärkte bis 12. März",
             "Ministerpräsident Volker Brandes und Agrarministerin Sabine Lorenz streifen vor einem Termin auf einem Geflügelhof bei Fulda Schutzanzüge über. Foto: Jonas Riedl/nrp",
             "Die Geflügelpest greift immer weiter um sich. Hessens Landesregierung zieht jetzt harte Konsequenzen für Märkte und Tierschauen.",
             _RHOENKURIER_WALL,
         ], appeals=[_RHOENKURIER_WALL]),
    _doc("b110-talblick-brandserie-end", "appeal", "end",
         "Invented; modelled on ulrichsteiner.de (local news blog, registered-readers-only line after a cut article)", "de", [
             "Zeugen dringend gesucht",
             "Die Ermittler in Eschenau haben es mit einer unübersichtlichen Lage zu tun, bei der vor allem verwertbare Hinweise fehlen. vl: Kriminalkommissarin Jana Ritter, Polizeidirektor Henrik Vogt, Kriminalrat Stefan Kuhn, Polizeihauptkommissar Dirk Albers",
             "Bis zu diesem Donnerstag haben Unbekannte – ein Einzeltäter, Nachahmer oder eine ganze Gruppe – in Eschenau 27 Brände gelegt. Die jüngste Serie begann am 14. April; dazu kommen eingeschlagene Scheiben an Streifenwagen und weitere beschädigte Autos. Mittlerweile lodert es fast jede Nacht. Eine brauchbare Spur zu den Verantwortlichen gibt es bislang nicht.",
             _TALBLICK_WALL,
         ], appeals=[_TALBLICK_WALL]),
    _doc("b110-courrierchancelleries-aid-mauritanie-end", "appeal", "end",
         "Invented; modelled on La Dépêche diplomatique (one-paragraph brief, new-articles e-mail alert line)", "fr", [
             "La Mauritanie fêtait l’Aïd el-Kébir dans la nuit du 5 au 6 juin. Un temps fort religieux largement partagé à travers le pays, au moment même où s’ouvre la collecte des signatures de soutien pour les prétendants à la présidentielle, à six mois du vote.",
             _CHANCELLERIES_ALERT,
         ], appeals=[_CHANCELLERIES_ALERT]),
    _doc("b110-charlesbourgexpress-alliance-municipalites-top-end", "appeal", "top+end",
         "Invented; modelled on Beauport Express (quebechebdo.com) (lone support button at the top, local-account sign-up block at the end)", "fr", [
             _CHARLESBOURG_BUTTON,
             "Trois-Lacs et Port-Laurier rejoignent l’Alliance des municipalités rurales",
             "VIE MUNICIPALE. Les maires de Trois-Lacs et de Port-Laurier, Gaétan Roy et Nicole Tardif, ont officialisé leur entrée dans l’Alliance des municipalités rurales du Québec (AMRQ), en qualité de membres partenaires. Ils apportent ainsi leur appui à l’AMRQ, qui rassemble 850 petites localités et MRC, mais n’y disposeront d’aucun droit de vote.",
             _CHARLESBOURG_ACCOUNT,
         ], appeals=[_CHARLESBOURG_BUTTON, _CHARLESBOURG_ACCOUNT]),
    _doc("b110-quotidienlevant-cheikh-serail-top", "appeal", "top",
         "Invented; modelled on L’Orient-Le Jour (account creation and login form flattened into one line above a cut article and its teaser)", "fr", [
             _LEVANT_FORM,
             _LEVANT_LEAD + " Dans ce quartier populaire de la périphérie de Beyrouth, le chef communautaire fait figure de grand frère bienveillant, qui veille à distance. Et d’ultime recours – le seul à même de faire entendre les siens et de plaider leur cause auprès du pouvoir central. « Il nous en fallait bien un », sourit Abou Karim, derrière son comptoir de pâtisseries. Au-delà des images, l’entrevue entre le chef communautaire et le Premier ministre par intérim, Samir Azar, a permis d’éviter une nouvelle flambée de violence à Tripoli, mercredi, entre des miliciens du quartier et l’armée...",
             _LEVANT_LEAD,
         ], appeals=[_LEVANT_FORM]),
]


# --- Probe 90: negatives ------------------------------------------------------------------------

PROBE90_NEGATIVES = [
    _neg("b110-medienspiegel-lokalgruendungen-neg",
         "Invented; modelled on Message (message-online.com) (media-trade piece on local start-ups financed by subscriptions and newsletters)", "de", [
             "#jt24 | Medienwandel",
             "Frischer Wind für die Region",
             "Das Online-Stadtmagazin KLARO aus Kassel hat gezeigt, wie es gehen kann – und mit Hafenkante und Elbschreiber stehen weitere Gründungen bereit, die den Journalismus vor Ort neu beleben wollen.",
             "von Lea Brandmeier",
             "Die Lokalpresse steckt in der Krise: Von Jahr zu Jahr wird es mühsamer, Berichterstattung aus Stadt und Land zu bezahlen, denn gedruckte Zeitungen finden immer weniger Käufer. Seit dem Jahr 2000 ist die verkaufte Auflage um knapp sieben Millionen auf etwa elf Millionen Stück geschrumpft. Das alte Modell, das zugleich auf Abos und Anzeigen setzte, trägt nicht mehr; Jahr für Jahr legen Verlage ihre Lokalredaktionen zusammen, zuletzt etwa beim Nordhessischen Boten und der Kasseler Abendpost – doch wo Lücken entstehen, wächst auch Neues. Junge, digitale und lösungsorientierte Gründungen wie KLARO, Hafenkante oder Elbschreiber möchten mehr Vielfalt in ihre Gegend bringen und deuten Lokaljournalismus dabei auf eigene Weise.",
             "In Kassel beging KLARO („Kassel lokal, aber richtig“) im Mai seinen ersten Geburtstag. Chefredakteurin Miriam Oschmann und ihr Team schicken ihren zahlenden Leserinnen und Lesern dienstags und freitags einen Newsletter und am Samstag eine Kolumne über Politik und Kultur in der Stadt. Lieber wenige Geschichten, dafür gründlich recherchiert und offen im Vorgehen – so will das Team den Schwierigkeiten der Berichterstattung vor Ort begegnen: „Wir wollten auffangen, was liegen bleibt, wenn in schrumpfenden Redaktionen niemand mehr Zeit zum Nachbohren hat“, sagt Oschmann. Dabei blickt die Redaktion von Kassel aus gern in andere Städte, um daraus etwas für die eigene zu lernen. „Geht es etwa um kostenlosen Nahverkehr, fragen wir, wo es ihn schon gibt, wie er läuft und was er verändert hat. Das übertragen wir dann auf Kassel“, erklärt Oschmann.",
         ]),
    _neg("b110-inklusivnews-jahreswechsel-neg",
         "Invented; modelled on kobinet-nachrichten (volunteer news service's new-year thanks to readers and supporters)", "de", [
             "Erfurt (inklusiv-news) Das Jahr geht zur Neige, und schon bald steht ein neues vor der Tür. Die Redaktion von inklusiv-news wünscht allen, die uns lesen, begleiten und unterstützen, einen guten Start in das Jahr 2025. Wir hoffen, dass es 2025 gemeinsam gelingt, Inklusion und Teilhabe ein gutes Stück voranzubringen.",
             "Auch in diesem Jahr hat die ausschließlich ehrenamtlich tätige Redaktion von inklusiv-news mehr als 1.200 Meldungen, Reportagen, Kommentare und Kurznotizen veröffentlicht und damit beinahe täglich Neues aus der Behindertenpolitik geliefert.",
             "„Manchmal staunen wir selbst, dass es inklusiv-news noch gibt und dass wir als kleiner Verein ganz ohne öffentliche Förderung Jahr für Jahr weitermachen können. 2024 haben wir im kleinen Rahmen in Weimar 15 Jahre Vereinsarbeit gefeiert. Möglich ist das vor allem, weil uns so viele Menschen treu bleiben: Sie lesen uns, schicken uns Hinweise, loben uns gelegentlich, damit wir dranbleiben, haben Geduld, wenn wir etwas nicht bringen können, und sagen uns auch deutlich, wenn wir danebenliegen. Wir hoffen, dass wir 2025 wieder viel berichten und so manche und manchen ermutigen können, selbst aktiv zu werden und anzupacken, was sich ändern muss“, sagte Hanna Lindqvist-Berg, Vorsitzende des Vereins Netzwerk Teilhabe Online (neto), der inklusiv-news herausgibt.",
             "In diesem Geist wünscht die Redaktion von inklusiv-news allen einen guten Übergang und kluge Entscheidungen für 2025.",
         ]),
    _neg("b110-glaubensbote-orgelspende-neg",
         "Invented; modelled on IDEA (idea.de, epaper) (short item on a TV host's large donation, cut with an ellipsis)", "de", [
             "Hannelore Brückner",
             "Brückner spendet 800.000 Euro für Orgelsanierung",
             "Die Talkmasterin Hannelore Brückner (Dresden) hat 800.000 Euro für die Sanierung der historischen Orgel der evangelischen Marienkirche in Kleinzschachwitz gegeben. Das teilte der Sprecher des Fördervereins „Orgelklang Elbtal“ auf Anfrage von Glaubensbote mit. Brückner war 1998 in der Marienkirche konfirmiert worden. Schon 2019 hatte sie 1,2 Millionen Euro für die Rettung des Dachstuhls der Dresdner Thomaskapelle gestiftet. Weitere 500.000 Euro für die Orgel…",
         ]),
    _neg("b110-muehlviertlertagblatt-parteispenden-rechnungshof-neg",
         "Invented; modelled on Neues Volksblatt (volksblatt.at) (court-of-audit report on illegal party donations passed to charities)", "de", [
             "Die Parteien haben ihren Spielraum bei Spenden heuer bei weitem nicht genutzt. Nach Zahlen, die der Rechnungshof veröffentlicht hat, sind bei SDB, Grüner Allianz und LIBRA bisher 98.730,45 Euro eingegangen. Erlaubt wären 812.000 Euro pro Partei. VBL und FHP haben keine größeren Zuwendungen angegeben. Rund ein Sechstel der Summe stammt aus unzulässigen Spenden, die meisten davon an die SDB. Diese 17.402,16 Euro muss der Rechnungshof nun an gemeinnützige oder wissenschaftliche Einrichtungen weitergeben – und bittet dafür um Ideen.",
             "Im Jahr davor hatte der Rechnungshof 8.500 Euro aus verbotenen Spenden auf vier Organisationen verteilt. Dass es diesmal mehr ist, geht vor allem auf die SDB zurück. Weil zwei ihrer Spenden über der gesetzlichen Obergrenze je Spender (2023 lag sie bei 8.120,40 Euro) lagen, musste die Partei 17.152,16 Euro an den Rechnungshof überweisen. Der Rest kommt von der FHP, deren Jugendorganisation „Junge Heimat“ unerlaubterweise 250 Euro vom Gemeinderatsklub in Kirchbergen bekommen hatte.",
             "Rechnungshofpräsident Konrad Aigner-Weiß muss nun festlegen, welche Einrichtungen das Geld bekommen. Nach dem Parteiengesetz gehen unerlaubte Spenden nämlich nicht an die Geber zurück, sondern müssen „gemeinnützigen oder wissenschaftlichen Zwecken“ zugeführt werden. Ideen können bis 15. Jänner per E-Mail (vorschlag@rechnungshof.example.org) und über Facebook eingereicht werden.",
             "Im Detail hatte die SDB im Wahlkampf 2022 Broschüren, Aufkleber und Plakate der „Eisenbahner in der SDB“ eingesetzt. Das Verwaltungsgericht sah darin eine nicht gemeldete Parteispende. Einer Geldbuße entging die SDB zwar aus formalen Gründen. Sie musste den Wert der Materialien (21.880,00 Euro) aber nachträglich als Spende ausweisen.",
         ]),
    _neg("b110-leithablatt-spendenmeldungen-neg",
         "Invented; modelled on BVZ – Burgenländische Volkszeitung (bvz.at) (report on party-donation disclosure rules and totals)", "de", [
             "Die von SDB, FHP und LIBRA durchgesetzte Novelle bringt außer dem Verbot von Einzelspenden über 8.000 Euro und einer jährlichen Obergrenze von 800.000 Euro auch strengere Transparenzregeln. Seit 1. Juni müssen Parteien jede Zuwendung über 3.000 Euro unverzüglich an den Rechnungshof melden. Bisher galt eine Schwelle von 50.000 Euro, die vor allem Großspender der VBL mehrfach durch Aufsplitten in kleinere Beträge unterliefen.",
             "Einen Monat später ist auf der Website des Rechnungshofes, auf der die Meldungen erscheinen sollen (http://go.example.org/Rk7Tq2), aber kaum etwas zu sehen. Lediglich LIBRA hat 9.200 und die Grüne Allianz 7.800 Euro gemeldet. Außer diesen zusammen drei Spenden ist die Liste leer. Bei der VBL, die im Wahljahr 2019 zu diesem Zeitpunkt bereits 1,2 Millionen Euro an Spenden gesammelt hatte, steht heuer eine Null. Auch SDB und FHP haben bislang keine Meldung abgegeben.",
             "\"Es ist schon erstaunlich, dass im Wahlkampf bei den anderen Parteien überhaupt keine Spenden ankommen\", meint LIBRA-Generalsekretärin Pichler. Sie verlangt von der Konkurrenz deshalb, die noch unbekannten Spenden für 2022 und die ersten Monate 2023 offenzulegen. Für diese Zeit gelten die alten Regeln. Welche Beträge gegebenenfalls vor dem Inkrafttreten der strengeren Vorschriften an die Parteien ging, zeigt sich daher erst, wenn in ein bis zwei Jahren die Rechenschaftsberichte vorliegen.",
             "Einsehbar ist seit Juni die Spendenbilanz des vergangenen Wahljahres 2019. Damals nahm die VBL insgesamt 3,8 Mio. Euro ein, die SDB 1,1 und LIBRA 0,9 Mio. Euro.",
             "Wie viel die VBL heuer bekommen hat, ist offen. Die Partei hatte zwar erklärt, im Wahlkampf keine Spenden annehmen zu wollen. Durch die neue Obergrenze wären ihr heuer aber sowieso bloß 400.000 Euro erlaubt gewesen.",
         ]),
    _neg("b110-causseslibre-solidarithon-merci-neg",
         "Invented; modelled on Centre Presse Aveyron (charity-marathon thank-you evening with sums collected)", "fr", [
             "Une soirée intitulée \"Merci à vous\" a été organisée pour saluer les donateurs et les bénévoles du Solidarithon. Cette année encore, le bassin de Saint-Géraud reste un bastion de l’engagement et de la générosité dans le département.",
             "Mise sur pied par l’association Cœurs Unis Solidarithon, la soirée \"Merci à vous\" a rassemblé beaucoup de monde, référents communaux, bénévoles des associations, élus, à la salle de la Forge. Ce sont quatre bénévoles, Marie-Hélène Costes, Bernard Costes, Joël Vayssade et Odile Marty, qui ont dévoilé au public les sommes réunies dans les 9 communes du bassin : 27 812,40 €. Anecdotes et témoignages ont rythmé la soirée – notamment celui de Manon Delpech (dont la tante vit à Roumagnac) –, rassemblant tout le monde autour d’un même combat. Pour les amateurs de chiffres, on notera que 61 associations ou clubs ont monté 29 animations. Le montant des dons atteint ainsi 27 812,40 €, ce qui place le bassin au premier rang des territoires mobilisés pour le Solidarithon dans le département.",
             "Et si quelqu’un doutait encore de l’engagement des bénévoles, des référents communaux et de la générosité des habitants, depuis 1992, pas moins de 812 450 € ont été collectés sur place ! À l’annonce de ce total, toute la salle de la Forge s’est levée pour une longue ovation. La soirée s’est conclue par la remise d’une lanterne, symbole du passage de relais, de Sylvie Bouscary pour Saint-Géraud à Marc Alibert pour Cransac-le-Haut, qui pilotera donc l’édition 2025 du Solidarithon.",
             "Enfin, l’habillage visuel de la soirée était confié à Lucas Ferrand, qui a contribué à la rendre plus agréable encore à bien des égards.",
         ]),
    _neg("b110-echodulittoral-solidarithon-animations-neg",
         "Invented; modelled on La Gazette locale (gazette-locale.fr) (village charity weekend whose takings go to an association)", "fr", [
             "SOLIDARITHON : BELLE AFFLUENCE LE SOIR, APRÈS-MIDIS PLUS TIMIDES",
             "Portée par Sandrine Roux, pivot de toute l’organisation, l’édition du Solidarithon a de nouveau fédéré de multiples associations, soutenues par l’office de tourisme, le Rotary Club et l’amicale des sapeurs-pompiers. Cette année, les stands ont délaissé la place de la Mairie pour la salle polyvalente. En dépit d’annonces diffusées à l’avance, ce déménagement a un peu désorienté les visiteurs, qui se sont moins aventurés loin du cœur du village.",
             "En revanche, deux temps forts restés à leur adresse habituelle ont fait le plein. La « chorale-marathon », à la salle des Tilleuls, a lancé les festivités devant un public nombreux, et le repas paëlla du samedi soir, préparé par le Rotary Club, a accueilli environ 170 convives.",
             "La totalité des recettes de ces animations ira à l’association Cœurs Unis, dans la droite ligne de l’esprit du Solidarithon.",
         ]),
    _neg("b110-radiorivieres-deputee-medias-neg",
         "Invented; modelled on Énergie Drummondville (iHeartRadio.ca) (MP giving her advertising budget to community groups and local media)", "fr", [
             "La députée Chantal Boisvert souhaite venir en aide aux organismes communautaires de première ligne ainsi qu’aux médias régionaux frappés de plein fouet par la crise sanitaire.",
             "Les organismes croulent sous les demandes et manquent cruellement de moyens pour y répondre en ce moment. Quant aux médias, leurs recettes publicitaires s’effondrent au moment même où l’information de proximité est plus nécessaire que jamais.",
             "Chantal Boisvert, députée de Val-Tremblant",
             "\" Ces services sont indispensables et ils doivent recevoir un appui financier pour pouvoir continuer de nous tenir informés et de soutenir les gens les plus vulnérables. Avec les autres députés de notre caucus, nous avons décidé de verser les sommes prévues pour nos publicités à ces organismes et à ces médias. Pour ma part, je m’engage à hauteur d’environ 4 500 $. \"",
         ]),
    _neg("b110-appalachesinfo-aide-journal-neg",
         "Invented; modelled on EstriePlus (news brief on a subsidy for a community paper, photo-credit and date lines, subheading)", "fr", [
             "Coup de pouce financier pour le journal L’Écho des Appalaches",
             "Photo : Courtoisie",
             "Mardi 9 mars 2021",
             "Mme Josée Paradis, députée de Mégantic-Frontenac, a rencontré en visioconférence ce lundi la direction du journal L’Écho des Appalaches. Elle en a profité pour annoncer une aide de  28 640 $.",
             "La presse régionale traverse une période difficile depuis plusieurs années. C’est pourquoi L’Écho des Appalaches accueille favorablement le soutien du Programme d’aide aux hebdos régionaux (PAHR).",
             "« Bien que notre journal soit profondément ancré dans sa communauté et que l’équipe surveille chaque dépense, notre média communautaire subit lui aussi les difficultés qui touchent toute la presse papier. Cette aide nous redonne de l’élan pour aborder notre 28e année avec confiance », souligne le président, Gilles Fortier.",
             "L’argent servira à produire du contenu, à imprimer et à distribuer le journal. Rappelons que ce journal régional paraît toutes les trois semaines et que ses bureaux sont à Lac-Drolet. Il est en outre distribué sans frais à chaque ménage de la MRC des Appalaches-Sud.",
             "Programme d’aide aux hebdos régionaux",
             "Le financement provient du volet Soutien d’urgence à l’information locale du PAHR. Ces sommes font partie de l’enveloppe de 350 millions $ du Fonds de relance pour les organismes culturels annoncé l’automne dernier par la ministre de la Culture. Ces fonds visent à épauler à court terme les organismes actifs en culture, en patrimoine et en sport.",
         ]),
    _neg("b110-lerelaiscantons-collecte-medias-neg",
         "Invented; modelled on Le Collectif (lecollectif.ca, Sherbrooke) (media food drive with donation records)", "fr", [
             "Par Élodie Marchand",
             "Le mardi 22 novembre dernier, les organisateurs de la Collecte des médias ont rencontré la presse dans la cafétéria de l’organisme Banque alimentaire des Cantons. Une fois de plus, on fait appel à la solidarité de toute la population. Cette année, la flambée des prix, la cherté de la vie et la précarité alimentaire qui frappent tout le monde montrent à quel point un filet d’entraide local est précieux.",
             "La Collecte des médias, qui en est à sa 18e édition, se poursuit jusqu’au 31 décembre 2023. La grande cueillette dans les rues s’est tenue le matin du 2 décembre; pour la première fois, il était possible de faire un don de 10 $ par carte grâce à des terminaux portatifs confiés aux bénévoles. Sophie Gagnon, responsable régionale de la Collecte des médias, a pris la parole le 22 novembre pour inviter la population à donner et à participer, et pour lancer officiellement l’édition 2023. Elle souligne que les années difficiles qui ont secoué la planète ont aussi donné lieu à une récolte record : environ 248 700 $ avaient été amassés dans la région l’an dernier.",
             "Marc-André Leblanc de la fondation Aux Quatre Vents et Isabelle Morin de la Banque alimentaire des Cantons ont aussi pris la parole pendant la conférence pour remercier les bénévoles, les donateurs et les médias partenaires. Notons que la hausse des prix des aliments pèse également sur les activités des organismes de bienfaisance, et que chaque contribution, même modeste, change les choses.",
             "Tous ensemble",
             "Au total, plus de 41 millions $ ont été amassés à l’échelle de la province depuis la première Collecte des médias en 2005.",
         ]),
    _neg("b110-lebalisier-fonds-feux-neg",
         "Invented; modelled on Le Cantonnier (lecantonnier.com) (one-line brief, towns' federation urging members to give to a relief fund, cut with an ellipsis)", "fr", [
             "La Fédération des villages du Québec (FVQ) se réjouit de la mise sur pied d’un fonds de secours pour les sinistrés des feux de forêt, annoncée par un grand organisme humanitaire et le gouvernement provincial. Elle encourage du même coup les municipalités membres à y verser une contribution. « Je tiens à souligner l’engagement remarquable des équipes municipales et des pompiers …",
         ]),
]


BATCH110_DOCUMENTS = PROBE90_APPEALS + PROBE90_NEGATIVES
