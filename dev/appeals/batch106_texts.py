"""Batch 106: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; DE, FR): our own paraphrases of every document of the
local-only real probe 86 (24 documents). Each keeps the real page's structure line for line (no blank
lines, as on the real pages): headlines glued to photo captions with a "Foto:" credit, a doubled
caption line, a "(Text: Pressemitteilung ...)" credit, a byline with the name glued to "Kommentar von",
a glued headline-plus-byline-with-timestamp tail, a greeting-only first line ("Bonjour,"), a screenshot
file-name line, a "Le Phare - - RÉGION -" section line, a numbered seven-point listicle, a dash list of
ways to help, embedded-tweet chrome (emoji title, "— name (@handle) date", links glued to a colon),
a paywall line glued to ad-contact and comment-login chrome, a subheading splitting a sentence across
two lines, and cut-off endings (a word cut mid-way, " ...", "…"). What the gold marks, as on the real
pages: a "follow us on Instagram and LinkedIn" sentence ending a listicle point (the point "donate if
you can", about other groups, stays text); eight documents that are one appeal from first to last
character (a blogger's monthly funding gap with donor counts and a sign-off, a student paper's
crowdfunding letter, a good-news blog asking for money under its own subheads and doubled sticker
caption, a local watchdog site's rescue appeal with a byline, a political blog's autumn relaunch
plea cut at the amounts, a protest radio's donation campaign with a budget-graphic label, a
magazine's monthly-contribution call around an embedded tweet with support links, an associative
paper's survival campaign with its list of ways to help); a premium-subscribers paywall line plus
its "subscribe without commitment" button, which is glued to the ad-contact line that stays text;
the closing campaign sentences of a long paragraph on the press crisis (the paragraph stays text);
the donation-campaign tail of a weekly's new-year editorial, cut mid-word. Negatives keep what makes
the real ones hard: a fire brigade's and a police headquarters' free messenger channels "to
subscribe", a new ad-free online paper living on subscriptions reported by another outlet, a local
paper's Christmas charity tally, a children's aid club complaining of falling donations, queer
associations begging for donations in a tabloid report, a press collective's plea for support of
small media, a support committee for a paper's unpaid staff, messenger channels for the press, a
trucker delivering donated goods, a regional blog network shutting down, a tour on why local papers
matter.

Every sentence, outlet, person, place, number and URL is ours (URLs use example domains); no run of
more than five words is copied from the real pages (checked mechanically on lowercased,
whitespace-split text by check_para.py). Places are invented too: every town, district, region and
country named here is made up by us (invented countries also stand in where the real page was about a
real country or war; any likeness to a real place name is unintended), and no real town, state or
country is named. Kept as they are: platform names
(WhatsApp, Facebook, Instagram, LinkedIn, X), generic events and terms (the Corona crisis, CSD and
Pride, the World Press Freedom Day, heritage days, Cégep) and the euro. The modelled real outlet is
noted in each outlet field. Like the earlier batches, the build takes each text as it stands and
locates every gold appeal substring in it (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 86: appeal documents -----------------------------------------------------------------

_KALEIDO_FOLLOW = "Und wenn du magst, folg doch auch Kaleido auf Instagram und LinkedIn – wir freuen uns! 🙂"

_HOCHSCHULNOTIZEN_ALL = "\n".join([
    "Kurz mal ehrlich",
    "Viele von Ihnen tragen dazu bei, dass dieser Blog für jede und jeden frei zugänglich bleibt. Leider reicht das noch nicht aus.",
    "SEHR GEEHRTE LESERSCHAFT,",
    "jeden Monat kostet mich der Betrieb dieses Blogs mindestens 4.200 Euro – nur so kann ich alle Texte ohne Bezahlschranke anbieten. Wie diese Summe zustande kommt, habe ich hier aufgeschlüsselt. Mir liegt daran, weil niemand außen vor bleiben soll, nur weil das Geld knapp ist.",
    "Dass auch vielen von Ihnen das am Herzen liegt, zeigt sich daran, dass mich im März 139 von Ihnen unterstützt haben, jede und jeder so, wie es eben ging. Zusammengekommen sind 2.975 Euro. Herzlichen Dank!",
    "Die Lücke ist allerdings nicht zu übersehen. Bereits im Februar blieben mehr als 900 Euro bis zum Ziel offen. Auch damals, genau wie im Januar, waren es rund 140 Unterstützer*innen, von denen aber offenbar viele einmal für das ganze Jahr gezahlt haben. Unterm Strich bleibt ein dauerhaftes Loch in der Finanzierung, das ich nicht mehr lange aus eigener Tasche stopfen kann.",
    "Mir ist klar, dass steigende Preise und die unsichere Lage vielen von Ihnen zu schaffen machen. Trotzdem: Wenn Sie bisher noch nichts beisteuern, könnten Sie sich vielleicht einen kleinen Betrag vorstellen? Und vielleicht mögen Sie auch andere Leser*innen dafür gewinnen?",
    "Mit ungefähr 180 monatlichen Spender*innen wäre es geschafft. Aber die brauche ich wirklich. Sind Sie dabei? Wie Sie zahlen können, erfahren Sie hier",
    "180 Spender*innen wären übrigens nur gut 0,2 Prozent der etwa 88.000 Menschen, die im März auf meinem Blog gelesen haben.",
    "Alles Gute für Sie, bleiben Sie gesund – und uns allen wünsche ich Frieden.",
    "Ihre Henrike Aldermann",
])

_FUNKEL_ALL = "\n".join([
    "Macht mit, steckt an!",
    "Von Luft und Liebe allein lässt sich leider keine Zeitung drucken. Wenn ihr uns unterstützt, sichert ihr freien Hochschuljournalismus in Quellbrück – und die Zeitung als Ort, an dem man das Handwerk lernt.",
    "„Ich spende euch übrigens jeden Monat was“, erzählte mir vergangenes Jahr einer meiner Gesprächspartner. „Dafür gibt’s bei mir halt eine Pizza weniger“, schob er grinsend hinterher. Krass, dachte ich, uns unterstützen tatsächlich Studis und nicht bloß die Eltern der Redaktionsmitglieder (was ich insgeheim immer befürchtet hatte). Bei so was schlägt mein Druckpapier-Herz gleich schneller.",
    "Natürlich sind wir als Lernzeitung dazu da, dass alle, die Lust haben, bei uns journalistisch herumprobieren dürfen. Trotzdem drucken wir nicht fürs Altpapier, sondern für die Küchentische Quellbrücker Studis. Und selbst danach landen wir lieber nicht im Container, sondern werden im besten Fall zu irgendeinem schicken Bastelprojekt umfunktioniert. Anleitungen dafür gibt’s bestimmt im Netz.",
    "Keine Sorge, das hier wird keine Mitleidsnummer. Wer genau hinschaut, sieht, dass in dieser April-Ausgabe mehr Werbung steht als noch vor zwölf Monaten. Damals stand unsere Unabhängigkeit auf der Kippe, inzwischen hat sich die Kasse ein wenig erholt. Mehr als eine schwarze Null ist aber nicht drin. Dabei könnten wir so viel mehr. Seit dem Wintersemester ist unsere Redaktion so voll wie seit Jahren nicht. So motiviert, wie wir gerade sind, bekämen wir locker 24 Seiten voll. Warum wir es dann nicht tun? Ohne Moos nix los. Warum dann nicht einfach alles online? Klar, ins Netz passt unendlich viel. Und ja, das tun wir auch, schaut einfach mal auf unserer Seite vorbei. Die Druckpapier-Sucht ist trotzdem unheilbar, ganz egal, wie altmodisch manche sie finden (mehr dazu von Redakteur Jonte auf Seite drei). Deshal",
])

_FROHGAU_ALL = "\n".join([
    "Kennt ihr das auch? Gerade jetzt, wo uns von überall her nur Hiobsbotschaften um die Ohren fliegen und die Schlagzeilen einem die letzte Zuversicht aussaugen wie ein Vampir, sehne ich mich umso mehr nach kleinen Sonnenstrahlen, nach schönen Momenten und Begegnungen. Auf diesem Blog findet ihr eine Pause vom täglichen Chaos. Du magst, was du hier liest? Dann würde ich mich riesig freuen, wenn du meine Arbeit mit einem kleinen Betrag unterstützt. Denn frohe Nachrichten sind etwas wert!",
    "Vor fast genau neun Monaten, am 2. März dieses Jahres, hatte ich ordentlich weiche Knie. FROHen Mutes und ganz von vorn, mit Zuversicht und Farbe – so lautete mein Motto, als dieser Blog online ging. Weil unsere schräge Welt einfach mehr frohe Nachrichten vertragen kann und es sich leichter nach vorn blickt, wenn dort die Sonne durchkommt statt eines dicken Gewitters.",
    "Gute Nachrichten mag jeder. Sie machen Mut, helfen uns, die schiefen Töne des Alltags auszuhalten, und halten die Hoffnung wach. Trotzdem sind sie so etwas wie das Stiefkind (oder die Stiefkinder? Wie war das nochmal mit dem Plural? 😉 der Medienwelt. Weil „schön“ eben nicht so gut klickt wie „schlimm“, weil ein Unfall auf der Landstraße immer reißerischer wirkt als eine Frau, die ihren Traum lebt. Gemein, oder?",
    "Ohne Werbung und ohne Bezahlschranke – so soll es bleiben",
    "Umso glücklicher bin ich, dass es mit frohgaublog.example (FROH) seit März nur bergauf geht: Richtung Sonne! Die wachsenden Leserzahlen, eure Kommentare und euer Interesse an meinen Texten bedeuten mir unheimlich viel. Im Netz, das längst zu einer gigantischen Fabrik für Seifenblasen geworden ist, mit etwas Neuem anzufangen, ist wirklich nicht leicht. Erst recht nicht, wenn alles FROH ohne Werbung und ohne Bezahlschranke bleiben soll und kein großer Verlag dahintersteht, der ein Sicherheitsnetz spannt.",
    "Frohe Nachrichten fördern",
    "FROHe Botschaften Aufkleber, Foto: Lene Wackerow",
    "FROHe Botschaften Aufkleber, Foto: Lene Wackerow",
    "Ganz ehrlich gesagt: So viel Ar",
])

_GNS_ALL = "\n".join([
    "Wir bitten Sie um Unterstützung",
    "Von unserem Herausgeber",
    "Rüdiger Kampmann",
    "Seit sieben Jahren beobachtet und kommentiert g-n-s.example die örtlichen Behörden und das Geschehen in der Stadt aus einem durch und durch kritischen Blickwinkel. Wir haben offengelegt, wo öffentliche Mittel verschwendet wurden. Wir haben Missstände vom wilden Sperrmüll bis zu absurden Parkverboten dokumentiert. Und wir haben unabhängig Ideen entwickelt, wie sich vieles besser machen ließe. Dafür haben uns viele ganz normale Bürger auf die Schulter geklopft. Und in den Amtsstuben und Chefetagen haben wir uns eine ganze Reihe Feinde gemacht. Während andere Lokalmedien von der Stadt und ihren Tochterfirmen mit Zuschüssen und Anzeigen bedacht wurden, ist an g-n-s.example kein einziger Euro geflossen.",
    "Ganz im Gegenteil. Auskünfte, die uns laut Gesetz zustehen, wurden uns verwehrt. Immer wieder mussten wir Anwälte einschalten und mehrmals sogar vor Gericht ziehen, nur um Antworten auf Fragen zu bekommen, die die Öffentlichkeit etwas angehen. Die Kosten dafür, insgesamt ein mittlerer sechsstelliger Betrag, haben wir und unsere Förderer bislang aus eigener Tasche bezahlt. In einem Verfahren sind wir leider durch alle Instanzen hindurch unterlegen. Das schlägt mit etwa 18.000 Euro zu Buche, die derzeit eingetrieben werden. Hinzu kommt, dass die Recherchen der nächsten Monate bezahlt werden müssen. Insgesamt fehlen uns derzeit mindestens 36.000 Euro. Kommt dieses Geld nicht zusammen, ist g-n-s.example am Ende.",
    "Nachdem wir jahrelang alles hineingesteckt haben, bitten wir nun Sie. Wenn 900 Leser*Innen je 40 Euro oder 450 Leser*Innen je 80 Euro geben, ist g-n-s.example bis zum 31.7.2025 gesichert. In dieser Zeit ließe sich ein Modell erarbeiten, das uns auf Dauer wirtschaftlich trägt. Angesichts der akuten Notlage nehmen wir auch größere Einzelspenden an, sofern daran keinerlei Wünsche an die Berichterstattung geknüpft sind. Damit das Geld nachprüfbar und zweckgebunden eingesetzt wird, haben wir eine Treuh",
])

_QUERBLICK_ALL = "\n".join([
    "Umsonst gibt's nichts",
    "Verehrte Leserinnen, verehrte Leser,",
    "ganz schön was los hier, nicht wahr? Auch nach 9 Jahren als liberal-konservativer Blog haben wir erfreulich konstannte Besucherzahlen und werden viel beachtet, gerade auch von Abgeordneten in der Hauptstadt. Das weiß ich aus den zahlreichen Rückmeldungen auf Artikel und Debatten hier, über die ich mich jedes Mal freue, weil sie mir zeigen, dass sich unsere Mühe lohnt…",
    "Na ja, ganz so ist es leider nicht, denn vor allem in den letzten beiden Jahren sind die Spenden spürbar weniger geworden. Befreundeten Bloggern, die dasselbe machen, geht es übrigens genauso. Die schwierige Wirtschaftslage, die Kriege, die in die Höhe geschossenen Heizkosten – viele Leute, darunter sicher auch manche von Ihnen, haben wahrlich andere Probleme als Politik und unabhängige Medien.",
    "Wer hätte dafür kein Verständnis?",
    "Andererseits lese ich in den Kommentaren ständig: Warum gibt es dies und jenes hier noch immer nicht? Warum sieht der Blog seit 9 Jahren unverändert aus? Warum gibt es keinen Podcast? Und so fort. Dann muss ich passen, denn von diesem Blog lebe ich nicht. Müsste ich das, hätte ich längst nichts mehr zu essen.",
    "Dabei würde ich die Seite gerade gern gründlich überarbeiten lassen: flotter, zeitgemäßer, mit mehr Austausch. Nur kostet das rund 3500 Euro, und die habe ich nicht übrig.",
    "Also bleibt mir nichts anderes, als Sie – so wie jedes Jahr im Spätherbst – um Hilfe für das, was ich und wir hier tun, zu bitten. Unabhängige Medien tragen in diesem Land mittlerweile viel zur Vielfalt der Meinungen bei. Sie scheuen sich nicht, Dinge auszusprechen, um die die großen Häuser verschämt herumredden. Und politisch korrekt sind wir auch nicht.",
    "Doch wir bekommen keine Gebührengelder, kein verstecktes Geld von Parteistiftungen oder Aktivistennetzwerken. Jeden Euro müssen wir selbst verdienen oder erbitten.",
    "Bitte helfen Sie, wenn Sie können. 5, 15, 30 oder",
])

_VERNELLE_WALL = "\n".join([
    "La lecture de cet article est réservée aux abonnés premium.",
    "S'abonner sans engagement",
])

_CRIEE_ALL = "\n".join([
    "RADIO CRIÉE OUVRE SA CAMPAGNE DE DONS ! À Criée, on a choisi de tenir bon en restant 100% indépendant·e·s. Nos seul·e·s chef·fe·s, c’est vous. Pour y arriver, il nous faut 30 000€. Grâce à vous, nous continuerons d’être sur le terrain de vos combats, avec vous, pour faire entendre votre parole et donner du son et de la lumière à vos mobilisations.",
    "POUR NOUS AIDER, C’EST PAR LÀ :",
    "Dans un vacarme médiatique où l’on s’entend de moins en moins, où quelques voix couvrent celles de tous les autres, Radio Criée fait résonner vos combats. Sur un rond-point occupé, dans un cortège contre le racisme, lors d’une rencontre écologiste et féministe : nous continuerons d’être sur le terrain de vos combats, avec vous, pour faire entendre votre parole et donner du son et de la lumière à vos mobilisations.",
    "Concrètement, ces 30 000 euros, c’est une saison de 24 épisodes d’Écouter les Résistances, notre podcast pour réfléchir collectivement aux luttes sociales. C’est aussi douze mois de salaire brut pour l’un·e de nos salarié·e·s (non, on ne roule pas sur l’or), une année complète de notre newsletter la Gazette des Luttes ou bien tous nos frais de route sur un an pour être présent·e·s partout où vous vous mobilisez.",
    "Infographie répartition budget campagne 2023 Radio Criée",
    "Avec Radio Criée, raconter les luttes autrement",
    "Chercher ensemble des solutions pour une société plus juste et plus douce : ce sera le fil conducteur de notre nouvelle saison. Vos dons nous permettront de venir vous retrouver plus souvent, partout dans le pays, pour faire entendre les personnes qui font avancer les choses, en interviews et en reportages, toutes les semaines, au plus près des mobilisations.",
    "Soutenir Radio Criée, c’est faire le choix d’un regard sur les luttes toujours rigoureux, parfois grave, mais jamais privé de l’enthousiasme militant qui les anime aussi. Ce n’est pas derrière un micro de studio qu’on peut comprendre vraiment ce qu",
])

_DISSONANCE_ALL = "\n".join([
    "D’abord un immense merci à chacune et chacun d’entre vous qui, par vos dons et vos abonnements, nous avez permis de tenir bon jusqu’à présent. Si nous existons encore, c’est uniquement grâce à vous.",
    "À l’approche de 2025, tout nous rappelle qu’une presse libre et indépendante n’a jamais autant compté. Pandémie, guerres, conflits lointains, élections à l’étranger… la presse docile impose toujours son récit, sans laisser le moindre espace au doute. Or le doute est au cœur de toute démarche intellectuelle, c’est le terreau d’une société digne de ce nom où le débat peut vivre.",
    "‼️Dissonance en 2025‼️",
    "— Dissonance Média (@DissonanceMedia) December 17, 2024",
    "Aidez-nous grâce à ces liens:https://s.example.com/Qw7RtLk2Zphttps://s.example.com/Hn3VbPx8Ue pic.example.com/Ty5MdKq1Lo",
    "Parce que depuis près de 12 ans nous cherchons la vérité, le pouvoir et ses médias ont tout fait pour nous réduire au silence : diffamation, procédures en justice, suppression des aides publiques à la presse — vos impôts, qui pourtant financent à coups de millions les titres qui vous trompent —, contestation de ma carte de presse…",
    "Voilà le paradoxe d’aujourd’hui : plus notre travail devient nécessaire, plus nos caisses se vident. Beaucoup, qui s’accrochaient à Dissonance pendant l’isolement des confinements, ont pris leurs distances ; d’autres continuent de nous suivre, mais en regardant nos vidéos gratuitement sur les plateformes, sans toujours mesurer que ce sont les abonnés payants qui rendent ce contenu gratuit possible.",
    "Ce n’est pas un reproche, juste un constat : d’une part, couper dans les dépenses ne suffira pas à nous faire continuer ; d’autre part, le nombre actuel d’abonnés n’y suffit pas non plus. Pour durer, il nous faut des rentrées stables. Voilà pourquoi nous lançons un appel aux dons mensuels : soutenez Dissonance avec 5, 15, 40 euros ou davantage chaque mois, en échange de quoi vous rece",
])

_BOUSSOLE_CAMPAIGN = (
    "Boussole, qui soufflera ses 25 bougies en 2027, est elle aussi frappée par la crise et sa survie "
    "est en jeu. Pour « garder le cap » et demeurer le magazine qui veille sur les questions écologiques "
    "et sociales dans notre pays, elle lance un grand appel à la solidarité de ses lecteurs."
)

_BESACE_ALL = "\n".join([
    "Appel pour la (sur)vie de notre canard",
    "La Besace est un journal local porté par une association. Si vous êtes un·e lecteur·rice fidèle, vous savez sans doute que ces dernières années ont été rudes, côté trésorerie comme côté bénévoles. C’est le lot de bien des assos, on ne vous apprend rien. Mais cette fois, fin novembre, on a sérieusement pensé que c’en était fini… (voir p. 4) Alors disons-le clairement : pour que le journal dure, il nous faut un coup de main !",
    "Pour une presse locale libre et indépendante, pour un espace où chacun peut s’exprimer et se faire entendre, c’est VOUS qu’il nous faut !",
    "Pour tourner et devenir plus autonome, La Besace a besoin de gens prêts à donner de leur temps, un peu, beaucoup ou à la folie (et même tout ça à la fois !), mais aussi de lecteurs et de sous. Une certitude : sans cela, pas de journal.",
    "Comment aider La Besace :",
    "– S’abonner",
    "C’est bien plus utile que d’acheter un numéro de temps en temps, et ça nous permet de voir plus loin.",
    "– Faire un don",
    "Déductible en partie de vos impôts, si vous avez la chance d’en payer !",
    "– Écrire",
    "On rêve de correspondants aux quatre coins du département. Nul besoin de pondre de longs papiers, quelques brèves sur ce qui se passe près de chez vous suffisent. Devenez correspondant·e de La Besace.",
    "– Illustrer",
    "Accompagner un article ou nous envoyer un dessin à part, on adore la variété.",
    "– Distribuer",
    "Point délicat, attention ! La Besace est distribuée par des bénévoles et on voudrait la voir partout dans le Haut-Sorbier. Distribuer, concrètement, c’est s’engager à laisser des exemplaires dans au moins un lieu ET à y repasser deux mois après pour voir ce qui est parti, encaisser les ventes (et nous les reverser !), reprendre les vieux numéros et poser les nouveaux. Pas besoin d’y passer des heures, en particulier si vous passez déjà souvent par là, mais il faut un minimum de constance et d",
])

_ORBELLE_DONS = (
    "C'est pourquoi nous avons lancé une campagne de dons, avec quelques objectifs modestes que nous y "
    "détaillons. Pour fabriquer l'Hebdo d'Orbelle avec les outils d'aujourd'hui, il nous faut renouveler "
    "notre matériel informatique, postes de travail comme logiciels. Pour fidéliser et élargir notre "
    "lectorat, et rendre le journal encore plus riche, nous aimerions aussi passer de 12 à 16 pages, au "
    "moins pour les numéros du print"
)


PROBE86_APPEALS = [
    _doc("b106-kaleido-queer-tipps-follow-middle", "appeal", "middle",
         "Invented; modelled on Libertine (queer magazine listicle, a follow-us-on-social-media sentence ending point six)", "de", [
             "Laut werden? So kannst du queere Menschen jetzt unterstützen",
             "Trans Personen geraten ins Visier rechter Stimmungsmache. Queeren Vereinen wird das Geld gestrichen. CSDs erhalten Drohungen. Genau jetzt kommt es auf jede*n an. Wir haben gesammelt, was du tun kannst, um queere Menschen und ihre Orte zu stärken – diesen Sommer und auch danach.",
             "1. Fahr zu CSDs auf dem Land.",
             "In Dörfern und Kleinstädten kostet es besonders viel Mut, sichtbar zu sein – umso mehr verdient es Unterstützung.Zeig allen Hatern: Wir sind viele.",
             "2. Mach Politik.",
             "Setz dich für Projekte ein, die Vielfalt voranbringen – etwa in Velmstadt, wo gerade über den Haushalt verhandelt wird.",
             "Schreib zum Beispiel an Landtagspräsidentin Hedwig Sommerkorn, die dem queeren Mitarbeitendennetzwerk des Landtags die Teilnahme am CSD untersagt hat, und mach deutlich, was du davon hältst. Oder melde dich, wenn du in Velmstadt lebst, bei Kultursenator Dirk Abendroth (BfV) oder Sozialsenatorin Meral Yıldırım-Kast (SLP) und protestiere gegen die geplanten Einsparungen.",
             "3. Häng die Flagge raus.",
             "Erst recht! Hedwig Sommerkorn will die Regenbogenfahne zum CSD nicht am Landtag wehen lassen. Zeig Haltung und häng in diesem Jahr ein paar Regenbogenflaggen mehr auf als sonst.",
             "4. Geh dorthin, wo Vielfalt gelebt wird.",
             "Vom Café bis zur Buchhandlung: Besuch queere Orte – und nimm deine Leute mit. Es ist nicht egal, welche Räume wir am Leben halten.",
             "5. Spende, wenn es drin ist.",
             "Beratungsstellen, Notunterkünfte, Kulturprojekte – vielen queeren Angeboten droht das Aus. Schon ein paar Euro können helfen, sie zu erhalten.",
             "6. Nicht nur scrollen – mitmachen.",
             "Teilen, liken, kommentieren: Schon damit holst du queere Stimmen in deinen Feeds nach vorn. " + _KALEIDO_FOLLOW,
             "7. Halte dagegen, wenn jemand queerfeindlich wird.",
             "Egal ob im Netz oder auf der Straße: Guck",
         ], appeals=[_KALEIDO_FOLLOW]),
    _doc("b106-hochschulnotizen-finanzierung-spender-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Wiarda-Blog (whole page is the blogger's monthly funding-gap appeal with donor counts and sign-off)", "de", [
             _HOCHSCHULNOTIZEN_ALL,
         ], appeals=[_HOCHSCHULNOTIZEN_ALL]),
    _doc("b106-funkel-hochschulzeitung-crowdfunding-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on luhze (whole page is a student paper's crowdfunding letter, cut mid-word)", "de", [
             _FUNKEL_ALL,
         ], appeals=[_FUNKEL_ALL]),
    _doc("b106-frohgaublog-gutenachrichten-unterstuetzen-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Altenburger Land Leben (whole page is a good-news blog's support appeal with subheads and a doubled sticker caption, cut mid-word)", "de", [
             _FROHGAU_ALL,
         ], appeals=[_FROHGAU_ALL]),
    _doc("b106-gns-spendenaufruf-treuhand-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on t-s-n.de (whole page is a local watchdog site's rescue appeal with byline, cut mid-word)", "de", [
             _GNS_ALL,
         ], appeals=[_GNS_ALL]),
    _doc("b106-querblick-herbstspende-relaunch-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Denken erwünscht (whole page is a political blog's autumn donation plea, cut at the amounts)", "de", [
             _QUERBLICK_ALL,
         ], appeals=[_QUERBLICK_ALL]),
    _doc("b106-echodevernelle-patrimoine-paywall-end", "appeal", "end",
         "Invented; modelled on Le Courrier de la Mayenne (cut article, premium paywall line and subscribe button glued to ad-contact and comment-login chrome)", "fr", [
             "\"Nous attendons autant de monde que l'an passé, autour de 8 000 personnes\", prévoit Corinne Vasseur, cheffe du service Patrimoine et Animation à Vernelle. Le ton est donné : à Vernelle, les Journées du patrimoine sont devenues une grande fête pour tous, \"entrée dans les habitudes de chacun, un peu comme...",
             _VERNELLE_WALL + "Vous souhaitez faire connaître votre entreprise ?",
             "Écrivez-nousVous souhaitez faire connaître votre entreprise ?",
             "Écrivez-nous",
             "Seuls les membres inscrits peuvent laisser un commentaire.",
             "Identifiez-vous ou inscrivez-vous pour réagir à cet article.",
         ], appeals=[_VERNELLE_WALL]),
    _doc("b106-radiocriee-campagnedons-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Radio Parleur (whole page is a protest radio's donation campaign with a budget-graphic label, cut mid-word)", "fr", [
             _CRIEE_ALL,
         ], appeals=[_CRIEE_ALL]),
    _doc("b106-dissonance-contributionmensuelle-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Kairos (whole page is a monthly-contribution appeal around an embedded tweet with support links, cut mid-word)", "fr", [
             _DISSONANCE_ALL,
         ], appeals=[_DISSONANCE_ALL]),
    _doc("b106-boussole-pressecrise-campagnesoutien-top", "appeal", "top",
         "Invented; modelled on Imagine Demain le Monde (press-crisis paragraph ending in the magazine's own support-campaign sentences, subhead, sentence split over two lines)", "fr", [
             "Toute la presse écrite traverse une passe délicate sur le plan économique et social. Malmenée par les nouvelles habitudes numériques, par des réseaux dits sociaux partout présents et gratuits, la presse d’information payante doit aussi composer avec une « fuite de l’info » de plus en plus répandue chez ses lecteurs. En 2024, presque un francophone sur trois a décidé de tourner le dos à ce regard critique sur le monde . Dans ce paysage, les géants du numérique captent l’essentiel des recettes publicitaires, tandis que les gros éditeurs, privés de ces revenus, se regroupent toujours davantage. Le « risque élevé » qui pèse sur le pluralisme dans notre petit pays s’accompagne d’une précarité croissante et alarmante du métier de journaliste… et de la fragilité des jeunes modèles coopératifs sur un marché francophone bien étroit. Au-delà de la question économique, c’est pourtant la vigueur du débat démocratique qu’il faut défendre à travers la pluralité des titres. " + _BOUSSOLE_CAMPAIGN,
             "La presse indépendante menacée de disparition",
             "Ils s’appellent Lucarne, Rebond ou Sillon ! À côté de Boussole, toute une série de revues indépendantes",
             "est née au cours de la dernière décennie. Un foisonnement éditorial inventif, porté la plupart du temps par des coopératives. Des structures encore très vulnérables dans une conjoncture difficile pour des titres libres qui ont du mal à trouver d’autres sources de revenus.",
         ], appeals=[_BOUSSOLE_CAMPAIGN]),
    _doc("b106-besace-survie-journal-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on La Trousse corrézienne (whole page is an associative paper's survival campaign with a dash list of ways to help, cut mid-word)", "fr", [
             _BESACE_ALL,
         ], appeals=[_BESACE_ALL]),
    _doc("b106-hebdodorbelle-voeux-campagnedons-end", "appeal", "end",
         "Invented; modelled on La Semaine du Minervois (new-year editorial whose last sentences present the paper's donation campaign, cut mid-word)", "fr", [
             "Voilà déjà un bon moment que nous sommes entrés dans un nouveau siècle. Et pourtant, tout n'a pas suivi. Et pourtant encore, voici bientôt les années 30, de quoi presque s'enthousiasmer... Un air de renouveau flotterait-il ? Mouais. Il n'est sans doute pas trop tard pour s'y atteler…",
             "Il n'est pas trop tard non plus pour faire des vœux, comme il se doit. Qui n'ose rien demander au ciel ni à ses voisins n'obtiendra jamais rien. Précisons aussi qu'en coulisses, l'équipe met les bouchées doubles pour faire évoluer le journal, le faire entrer dans son époque, tenir bon et suivre un monde qui change. Pour y parvenir, il nous faut engager quelques transformations de taille dans la fabrication du journal. Petit retour en arrière : l'Hebdo d'Orbelle est né pour que les habitants et tous ceux qui font vivre le Val d'Orbelle et ses environs puissent grandir et s'épanouir grâce à l'information qu'ils y trouvent, grâce aux liens qu'ils tissent avec leurs voisins… Le journal, hebdomadaire régional, a trouvé une place que personne d'autre n'occupait.",
             "Ce n'est pas rien. En toute humilité, et avec gratitude envers ceux qui l'ont lancé (saluons ici Gérard et Odile Marnay, de Saint-Orbel-les-Vignes), il laisserait un vide s'il venait à s'éteindre. Un tournant s'impose donc, et si nos lecteurs, fidèles pour la plupart, nous soutiennent toujours, les gros bailleurs de fonds, eux, brillent par leur absence, comme souvent dans la presse locale. " + _ORBELLE_DONS,
         ], appeals=[_ORBELLE_DONS]),
]


# --- Probe 86: negatives ------------------------------------------------------------------------

PROBE86_NEGATIVES = [
    _neg("b106-brackenauerrundschau-feuerwehr-whatsappkanal-neg",
         "Invented; modelled on Rhein-Main-Verlag (city press release: the fire brigade's free messenger channel to subscribe, with link and how-to)", "de", [
             "Feuerwehr Brackenau startet eigenen Whatsapp-Kanal",
             "Der neue Whatsapp-Kanal der Brackenauer Feuerwehr. (Foto: Stadt Brackenau)",
             "Seit Mitte März informiert die Feuerwehr Brackenau über einen eigenen Whatsapp-Kanal: Wer ihn abonniert, erfährt zeitnah von laufenden Einsätzen der Wehr und des Rettungsdienstes, bekommt Warnungen, Hinweise für die Bevölkerung und Tipps für das richtige Verhalten im Ernstfall. Das Abonnement des Kanals „Feuerwehr Brackenau“ ist gratis.",
             "Gedacht ist der Kanal vor allem für Lagen, in denen es schnell gehen muss – etwa bei einem Großfeuer, wenn gefährliche Stoffe austreten oder wenn bei Bauarbeiten ein Blindgänger entdeckt wird. Er soll Sirenen, Cell-Broadcast und Warn-Apps wie AlarmPlus oder Sirenio nicht ersetzen, sondern ergänzen: Über ihn lassen sich zusätzliche Einzelheiten ohne Umweg an die Menschen in der Stadt weitergeben.",
             "Abonnieren lässt sich der Kanal über den Link chat.example.com/channel/0031BrkFw7Qx2LmA9vT4. Alternativ hilft die Kanalsuche innerhalb der App: Whatsapp auf dem Smartphone starten, unten den Reiter „Aktuelles“ antippen, oben auf das Lupensymbol gehen, „Feuerwehr Brackenau“ eintippen und anschließend „abonnieren“ wählen.",
             "Gerade bei jüngeren Menschen werden Whatsapp-Kanäle immer beliebter, inzwischen erreichen sie sehr viele Nutzer. Im Unterschied zu einem Gruppenchat schreiben hier nur die Betreiber; wer den Kanal abonniert hat, kann lediglich mit Emojis reagieren. Die Handynummern der Abonnenten bekommt die Feuerwehr dabei nicht zu sehen.",
             "Ihren Auftritt auf der Plattform X hat die Feuerwehr Brackenau Mitte März beendet, weil dort zu wenige Menschen erreicht wurden. Die Stadtverwaltung hatte ihren eigenen Account aus demselben Grund schon im Herbst stillgelegt.",
             "(Text: Pressemitteilung Stadt Brackenau)",
         ]),
    _neg("b106-radiohochtal-polizei-whatsappkanal-neg",
         "Invented; modelled on AllgäuHIT (radio news: police headquarters launches a messenger channel, quoted officer, cut mid-quote)", "de", [
             "Pünktlich zum Jahresanfang ist nun auch die Polizei im Ferntal mit einem eigenen WhatsApp-Kanal an den Start gegangen – ein zusätzlicher Weg, um die Bevölkerung rasch mit Neuigkeiten zu erreichen.",
             "Auf Facebook folgen dem Polizeipräsidium Ferntal-Nord bereits etwa 18.000 Menschen. Der neue Kanal soll nun noch deutlich mehr Leute erreichen, erklärt Polizeihauptmeisterin Sabine Rothfuß:",
             "„Genau, WhatsApp ist ja längst mehr als ein Messenger, es ist ein soziales Netzwerk mit vielen Funktionen. Dort sind junge Leute genauso unterwegs wie Seniorinnen und Senioren, und die wollen wir alle möglichst schnell mit wichtigen, aktuellen Meldungen versorgen. Dazu gehört auch, dass wir im Ernstfall Warnungen an die Bevölkerung absetzen können.“",
             "Ziel sei es, dass relevante Hinweise die Bürgerinnen und Bürger künftig ohne Umwege erreichen. Das könne zum Beispiel aktuelle Maschen von Telefonbetrügern betreffen oder andere wichtige Lagen, etwa bei schweren Gewittern.",
             "„Wir sind als Polizeipräsidium Ferntal-Nord zuständig für die Landkreise Obergrund, Mittelried und Untersteig, außerdem für Harlach, Selbing am Kessel und Neu-Wettach sowie für die kreisfreien Städte Bremmingen, Kaltrup und Oswalden. Auf WhatsApp stellen wir ein, was gerade passiert – also Polizeimeldungen, offene Stellen bei uns, Warnungen und noch einiges mehr.“",
             "Nach der ersten Woche zieht die Polizei eine positive Bilanz, auch wenn es natürlich noch Luft nach oben gebe, so Sabine Rothfuß:",
             "„Also, die ersten Tage mit dem Kanal waren",
         ]),
    _neg("b106-halvikerwochenpost-gmeindhuus-onlinezeitung-neg",
         "Invented; modelled on P.S. (weekly's report on a new ad-free online paper living on subscriptions, cut mid-word)", "de", [
             "«Mit einem Parteiblatt kämen wir nicht weit»",
             "Nadia Imhof und Beat Frischknecht geben sich nicht mit einem kleinen Büro zufrieden – bei ihnen muss es gleich das Gemeindehaus sein: Seit Januar erscheint ihre Online-Zeitung gmeindhuus.example.ch. Braucht es wirklich noch ein lokales Onlineportal? Jetzt, wo sich mit Journalismus schon allgemein kaum noch etwas verdienen lässt, und mit Lokaljournalismus erst recht nicht? Wir schauen in der Redaktion von gmeindhuus.example.ch an der Mühlegasse 47 vorbei und werden von Bürohündin Frieda stürmisch empfangen.",
             "Drei Gratisblätter weniger…",
             "Ohne Umschweife erklären die beiden, weshalb sie sich leisten können, auf gmeindhuus.example.ch «ganz ohne Werbung» zu publizieren, von Abonnements zu leben und «niemandem politisch verpflichtet» zu sein: Ende November hat die Lindmatt Medien AG des Bauunternehmers Kurt Amsler drei ihrer Gratis-Wochenblätter – ‹Halvikon Ost›, ‹Halvikon Süd› und ‹Uferbote› – eingestellt. Zuvor hatte die ‹Verlagshaus Erlenhof AG› des Unternehmers Erwin Stäger auf den 1. Dezember die Titelrechte der drei Quartierblätter gekauft. Die Lindmatt Medien AG verlegt aber weiterhin den ‹Birkenegger›, den ‹Talanzeiger› (Oberwingen am Bach, Ringlikon), den ‹Grenzboten von Fällmis›, die ‹Hügelland Nachrichten› und den ‹Riedländer›. Vielerorts dienen diese Blätter zugleich als amtliches Publikationsorgan. In der Redaktion der Lindmatt Medien AG war Nadia Imhof Chefin, Beat Frischknecht betreute Mantel, Beilagen und Vertretungen, beide mit einem 70-Prozent-Pensum. «Im Grunde bin ich Chefredaktorin, nur fehlt mir gerade die Zeitung dazu», sagt die 41-jährige Nadia Imhof, und der 62-jährige Beat Frischknecht nennt sich schlicht «den Allrounder». Ein wenig Wehmut, dass sie nicht mehr wie gewohnt in Halvikon für ein Lokalblatt schreiben, ist bei beiden zu spü",
         ]),
    _neg("b106-erlenbote-winterhilfe-kommentar-neg",
         "Invented; modelled on Der Teckbote (comment on the local paper's Christmas charity tally, byline glued, cut with ' ...')", "de", [
             "Zusammen schaffen wir das",
             "Kommentar von MarleneHaug zur Winterhilfe",
             "Ganz wohl war uns vom Förderkreis „Hand in Hand im Erlental“ nicht, als kurz vor Silvester die alljährliche Schlussabrechnung der Winterhilfe auf dem Programm stand. Die Ausgangslage für diese 33. Spendenaktion unserer Zeitung war schließlich denkbar ungünstig: Wer als Gastwirt oder Einzelhändler monatelang schließen musste, hat verständlicherweise wenig Spielraum für großzügige Gaben. Zahlreiche Feste und Basare, deren Erlös sonst ganz oder zum Teil in die Winterhilfe fließt, sind in diesem Jahr ersatzlos ...",
         ]),
    _neg("b106-tageblattwaldmark-kinderhilfe-spenden-neg",
         "Invented; modelled on Neue Presse Coburg (teaser on a children's aid club's falling donations, glued headline, author and timestamp)", "de", [
             "Die Adventswochen sind die Wochen der Spendenbriefe. Zahlreiche Vereine und Hilfswerke werben um Aufmerksamkeit, damit sie ihre Arbeit weiterführen können. Doch es kommt immer weniger zusammen. Auch die Kinderhilfe Brunnfelden weiß davon zu berichten: „Ob Kleidung, Spielsachen oder Geld – die Leute geben heute zurückhaltender“, sagt die Vorsitzende Gudrun Albers, die deshalb gern persönlich auf Menschen zugeht, um auf die Not hinzuweisen.",
             "Kinderhilfe Brunnfelden Ein Paket voller Zuversicht",
             "Jonas Reiter 19.12.2024 - 07:30 Uhr",
         ]),
    _neg("b106-stadtblitz-buntbleibtstark-spenden-neg",
         "Invented; modelled on Bild (tabloid report: queer associations appeal for donations, captions glued to photo credits, cut mid-word)", "de", [
             "Spendenaufruf: Bunt bleibt stark „Ohne Spenden steht unsere queere Arbeit auf der Kippe“",
             "Mit dem Slogan #BuntBleibtStark sammeln queere Vereine wegen der Corona-Krise dringend benötigtes Geld",
             "Mit dem Slogan #BuntBleibtStark sammeln queere Vereine wegen der Corona-Krise dringend benötigtes GeldFoto: Vielfalt Zählt e.V.",
             "Corona stürzt nicht nur Betriebe und Händler in eine beispiellose Krise, sondern trifft auch zahlreiche gemeinnützige Vereine, die sich für lesbische, schwule, bi-, trans- und intersexuelle Menschen einsetzen. Viele von ihnen sind finanziell schon jetzt am Limit.",
             "Hinzu kommt: Gesprächskreise finden derzeit nur per Video statt, Clubs und Kneipen der Szene kämpfen ums Überleben, Beratung etwa für trans Menschen funktioniert ohne direkten Kontakt kaum, und auch queere Kultur- und Kunstprojekte liegen brach.",
             "Weil in diesem Jahr sämtliche Pride-Paraden abgesagt sind, fehlen den Engagierten nicht bloß Spenden. Bei CSDs und Straßenfesten zeigen sie sich alljährlich einer großen Öffentlichkeit und stellen ihre Arbeit vor. Fallen diese Veranstaltungen weg, verlieren viele Gruppen auch ihre Sichtbarkeit.",
             "„Sonst finanzieren die Spenden aus der Pride-Saison beinahe unsere komplette Kampagnenarbeit für zwölf Monate, dieses Jahr kommt davon nichts“, sagt Tobias Lindqvist, Vorstand von Vielfalt Zählt e.V., gegenüber STADTBLITZ. „Deshalb können wir unsere laufenden Ausgaben nicht mehr bezahlen. Ob wir weiter beraten, aufklären und sichtbar bleiben können, also unsere ganze Arbeit für eine offene Gesellschaft, hängt jetzt an Spenden.“",
             "Soli-Armbänder, Infobroschüren und persönliche Beratung: Die queeren Straßenfeste fallen 2020 wegen Corona aus - und mit ihnen ein Großteil der Spenden",
             "Soli-Armbänder, Infobroschüren und persönliche Beratung: Die queeren Straßenfeste fallen 2020 wegen Corona aus und mit ihnen ein Großteil der SpendenFoto: Vielfalt Zählt e.V.",
             "Nichts kommt rein – doch die Ausgaben b",
         ]),
    _neg("b106-echodescollines-pressoir-libertepresse-neg",
         "Invented; modelled on L'Avenir (one-paragraph report: a collective of small media asks for support of press diversity)", "fr", [
             "Regroupés au sein d’un collectif baptisé PRESSOIR, sept titres indépendants de langue française ( Lucarne , Brindille , Boussole , Le Héron , Galet , Rebond et Sillon! ) saisissent l’occasion de la journée mondiale dédiée à la presse libre pour alerter les élus nationaux et régionaux sur la situation très difficile que traverse leur secteur. \"Quand on parle de cette Journée mondiale, on songe forcément d’abord aux reporters mis sur écoute, aux rédactions bâillonnées à l’étranger, aux confrères derrière les barreaux, et c’est essentiel, mais c’est aussi le moment de défendre le pluralisme de la presse ici, chez nous , souligne Odile Marchand, rédactrice en chef du trimestriel rural et engagé Sillon! . Soutenir les grands titres comme les plus modestes, c’est mieux refléter la population; c’est ouvrir le micro à davantage de voix et donc faire exister des points de vue variés.Et cela pèse lourd pour la vie démocratique.\"",
         ]),
    _neg("b106-vaubrenneinfos-courrier-comitesoutien-neg",
         "Invented; modelled on Toulouse Infos (report on a support committee for a paper's unpaid staff, cut mid-quote)", "fr", [
             "Les têtes de liste aux municipales se mobilisent pour les salariés du Courrier Vaubrennois",
             "Dix jours environ après l’annonce de sa naissance, le comité qui épaule les salariés du Courrier Vaubrennois a tenu sa réunion de lancement ce mardi soir. Entourés de leurs chroniqueurs et éditorialistes et épaulés par plusieurs confrères, les salariés ont également accueilli des représentants des sept listes en lice pour les municipales à Vaubrenne.",
             "Entre 100 et 130 personnes, journalistes et élus, avaient fait le déplacement ce mardi soir, salle Germaine-Lacombe, pour afficher leur solidarité avec l’équipe du Courrier Vaubrennois. Plongée dans l’incertitude depuis l’arrestation et le placement en détention provisoire de leur directeur, Gérald Mounier, soupçonné d’« abus de biens sociaux », de « faux en écriture » et de « blanchiment », l’équipe du titre fondé il y a 22 ans par Lucien Ferrandou se bat depuis dix jours pour toucher ses salaires et pour sauver son journal. « Nous voulons que le Courrier revienne en kiosque avant le scrutin », explique Hélène Castagné, chroniqueuse et porte-parole du comité. « Ce ne sont pas seulement nos postes que nous défendons », insiste le secrétaire de rédaction, Julien Arbogast, inquiet pour « un titre qui a trouvé sa place à Vaubrenne en ouvrant ses colonnes à tous ». Ainsi, Nadia Belkhir, colistière de Paul Verdier, Romain Escande, responsable local d’Alternative citoyenne, et Inès Caradec, porte-parole des Jeunes Écologistes de Vaubrenne, tous trois chroniqueurs du journal, sont venus témoigner leur appui aux salariés comme au titre. « Une ville sans information, c’est une ville sans démocratie, et quand on perd un journal local, c’est la démocratie locale qu’on appauvrit et qu’on",
         ]),
    _neg("b106-sandoreactu-whatsapp-chaines-neg",
         "Invented; modelled on Dakaractu (news analysis: messenger channels for the press, consultant quoted, cut mid-word)", "fr", [
             "Accessible depuis octobre sur l'application WhatsAPP, la fonction \" chaînes \" permet désormais à chacun, artiste, association ou organe de presse, d'ouvrir un espace d'où il diffuse des contenus à sens unique vers ses éventuels abonné(e)s. Une nouveauté qui séduit déjà nombre de médias étrangers, mais qui laisse pour l'instant de marbre la presse écrite et numérique sandoréenne.",
             "Le réseau de messagerie WhatsAPP vient de franchir un nouveau cap. Grâce aux \" chaînes \", les médias de tout type, presse papier, télévision, radio ou sites d'information, peuvent désormais se rapprocher comme jamais de leur public. Une évolution notable qui transforme cet outil, jusque-là cantonné à l'échange de messages chiffrés de bout en bout, pour en faire un canal de diffusion de l'actualité à part entière.",
             "Selon Abdou KANTARA, consultant spécialisé dans le numérique, les médias et les télécoms, cette évolution de WhatsAPP 《 rebat un peu les cartes》. Lui qui a suivi la chose de près avant même son lancement officiel reconnaît être déjà abonné à plusieurs chaînes de médias étrangers, en anglais comme en français.《 À mes yeux, ce pont entre WhatsAPP et les journaux est une vraie rupture. Ça va rebattre les cartes pour les médias, c'est surtout un outil supplémentaire, parce que depuis que je suis des rédactions sur ces chaînes je me sens plus proche d'elles》, confie-t-il. Reste que l'absence quasi totale de la presse sandoréenne sur ce nouveau canal saute aux yeux, ce que monsieur KANTARA explique ainsi : 《 Pour moi, rien d'étonnant, parce que d'abord c'est u",
         ]),
    _neg("b106-hebdopanorama-convoi-dravanie-neg",
         "Invented; modelled on L'Illustré (newsletter teaser: a trucker delivering donated goods into a war zone, greeting line and author)", "fr", [
             "Bonjour,",
             "Depuis avril 2022, le Montferrin Luc Berthoud achemine gratuitement des dons jusqu’en Dravanie. Il fait partie des quelques chauffeurs étrangers qui osent encore s’y rendre au volant d’un poids lourd depuis le début de la guerre. Nous l’avons accompagné lors de son huitième voyage humanitaire.",
             "Céline Marguet",
         ]),
    _neg("b106-hautsartblog-mediaval-fermeture-neg",
         "Invented; modelled on Tinlot blog (village blogger announces the press group's blog network shutting down, screenshot file-name line, cut mid-word)", "fr", [
             "Mauvaise nouvelle. Les blogs Médiaval, dont votre blog \"Hautsart Médiaval\", ferment leurs portes !",
             "Capture d’écran 2021-01-02 à 09.42.17.png",
             "Encore un coup dur, annoncé fin décembre, pour clore cette année 2020 si éprouvante !  Pour des raisons financières, Médiaval cessera de prendre en charge et d'héberger ses blogs locaux dès le 1er janvier 2021.",
             "Les auteurs qui veulent prolonger l'aventure, commencée voici une dizaine d'années, restent évidemment libres de le faire en leur nom propre et de mettre leurs archives à l'abri sous une autre adresse.",
             "Valpresse avait été le tout premier groupe à miser, à une telle échelle, sur un réseau de blogueurs locaux bénévoles ! Cette page se tourne aujourd'hui.",
             "Les blogs Médiaval seront définitivement fermés  le 1er février.",
             "Pour le blog de Hautsart, je veux d'abord sauvegarder et garder consultable tout ce qui a été publié ces 9 dernières années. Soit plus de 11.000 articles et bien davantage encore de photos, qui retracent jour après jour la vie hautsartoise et brunvalienne. C'est la chronique et la mémoire d'un petit village de 2011 à 2020.",
             "Reste à imaginer la suite, mais privé de l'appui technique, logistique et rédactionnel d'un groupe de presse, il faudra s'organiser tout autrement.",
             "J'y réfléchis en ce moment. Vos idées et suggestions sont les bienvenues!",
             "Je vous tiendrai au courant de l'avenir de ce blog, qui va désormais fonctionner au ralenti pendant quelque temps..",
             "Il faudra prendre un peu de distance pour faire le bilan de cette aventure Valpresse qui s'achève dans une période où tout est remis en cause.",
             "La crise actuelle a bien montré combien une information numér",
         ]),
    _neg("b106-lephare-journauxlocaux-tournee-neg",
         "Invented; modelled on L'Étoile via PressReader (feature on why local papers matter, section line, quoted residents, cut mid-word)", "fr", [
             "Garder son journal local, d’un bout à l’autre de la province!",
             "Le Phare - - RÉGION -",
             "L’équipe de ce groupe —MÉDIAS de communications a sillonné la province pour prendre la température auprès des citoyens et mesurer la place qu’occupent les hebdos locaux dans leurs municipalités. De Lac-Sorbier à Rivière-aux-Hérons, en passant par Anse-aux-Pluviers, Pointe-Martel, Saint-Oswin, Grand-Mélèze et, bien sûr, Clairmoulin et Val-Sorel, l’équipe a récolté des témoignages touchants qui montrent à quel point les gens tiennent à leurs médias traditionnels.",
             "« Non, il ne faut pas que ça disparaisse, c’est une référence pour tout le monde. On a hâte d’ouvrir le journal, jeunes comme vieux. Parce qu’on y parle de ce qui se passe chez nous, l’économie, les sports. On ne doit pas laisser mourir nos journaux », soutient Gilles Ouimette, commerçant et propriétaire de la boutique Ouimette mode et plein air à LacSorbier.",
             "« Quand un média ferme, c’est la démocratie locale au complet qui en souffre. La vie municipale, tout ce que les citoyens doivent savoir sur leur conseil, leurs écoles, sans oublier les loisirs, la culture, le sport, c’est essentiel. C’est ce qui tient une région ensemble. Alors les médias locaux, clairement, ce n’est pas un luxe, c’est une nécessité », affirme Mélanie Côté-Fortier, qui enseigne le journalisme en Techniques des médias au Cégep de Rivière-aux-Hérons.",
             "« À Anse-aux-Pluviers, les médias se comptent sur les doigts d’une main, alors on y tient beaucoup. On vient d’ailleurs de voir disparaître la salle des nouvelles de la radio c",
         ]),
]


BATCH106_DOCUMENTS = [*PROBE86_APPEALS, *PROBE86_NEGATIVES]
