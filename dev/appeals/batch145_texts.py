"""Batch 145: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (6 appeal, 12 negative; RU, UK, DE, FR): our own paraphrases of every document of the
local-only real probe 125 (18 documents). Each keeps the real page's structure (a short Russian news
item with a Ukrainian sign-off line, a cut lead fragment above a headline and a numeric dateline, a
weekly comment with its split first-name / last-name byline, time stamp and section lines, a headline
glued to its kicker, a podcast note, a site menu above cut-off teaser excerpts, subheads and
"- " bullet lists, "Publié le / Lecture" lines, author sign-offs, endings cut mid-word) and exactly what
the real gold marks: a one-line "join our Telegram channel" sign-off in Ukrainian under a Russian item;
a "follow the host's Facebook page for updates" line at the end of a short news item; a paywall block
(label, "you have read only part of it, read on?" line and the subscription/day-pass paragraph) after
a cut weekly comment; a one-line subscription-required notice after a glued headline and caption; the
closing membership paragraph of a podcast note (members needed, members so far, monthly and yearly
price); a two-line newsletter / support-independent-media menu at the top of an opinion site's index.
Negatives keep what makes the real ones hard: ministries buying ads in a contested portal with sums
and press-subsidy figures, a media column on that portal's ownership and subsidy, a blogger attacking
the migrant outlet of the appeal document over prize money and cut public funding, a report on
public funding for propaganda with a bullet list, a press association with its member count praising
local weeklies, an independent-press collective's op-ed on the press crisis, a review of the press
market and advertising money, a charity drive's totals, a coin-collection charity campaign, a charity
run for disabled children, and two volunteer fundraisers that bought vehicles for soldiers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands
and every gold appeal substring in it is located (asserted unique).
"""


from whole_documents import _doc, _neg


# --- Probe 125: appeal documents ----------------------------------------------------------------

_LTK_TELEGRAM = "Приєднуйтесь до нашого Telegram-каналу “Вісті ЛТК”"

_TRYVOGA_FACEBOOK = (
    "Свіжі подробиці — на Facebook-сторінці ведучого програми «Тривожний вісник» Арсенія Кравчука"
)

_TALBOTE_WALL = "\n".join([
    "Abo-Beitrag",
    "… Sie haben erst rund 20% dieses Textes gelesen. Möchten Sie weiterlesen?",
    "Unsere Redaktion gibt jeden Tag alles, damit Ihr stets wisst, was in unseren Tälern läuft. "
    "Deshalb bitten wir um Verständnis, dass der volle Zugang unseren Abonnentinnen und Abonnenten "
    "vorbehalten bleibt. Wer immer auf dem neuesten Stand sein will, schliesst einfach ein Digital-Abo "
    "ab. Oder probiert mit dem Tagesticket alle heutigen Abo-Texte aus – Ihr entscheidet!",
])

_AAREBOTE_WALL = "Den ganzen Beitrag können Sie nur mit einem Abonnement lesen."

_MOSAIK_MEMBERS = (
    "«Asyl, Integration, Doppelbürger, Grenzgänger, Kopftuch…» – zu all dem wird hierzulande "
    "lautstark debattiert. Doch in dieser Debatte mit ihren vielen (meist schrillen) Beiträgen kommen "
    "ausgerechnet die Betroffenen selten zu Wort. Genau hier setzt mosaik post an. Damit wir "
    "unabhängig arbeiten können, brauchen wir insgesamt 3’500 Mitgliedschaften. Bis heute sind rund "
    "610 Leute Mitglied geworden – der Weg ist also noch lang. Findest du unsere Arbeit auch wichtig? "
    "Glaubst du, dass mosaik post die Schweiz ein bisschen besser macht? Dann werde jetzt Mitglied – "
    "für 6 Franken im Monat oder 70 Franken im Jahr."
)

_PHARE_MENU = "\n".join([
    "Recevoir nos nouvelles",
    "Appuyer la presse indépendante",
])


PROBE125_APPEALS = [
    _doc("b145-ltkvisti-sobol-promoina-end", "appeal", "end",
         "Invented; modelled on АТН (atn.ua, Харьков) (short Russian news item, Ukrainian join-our-Telegram line at the end)", "ru", [
             "Сегодня на рассвете под Змиевом, по дороге к лагерю «Сосновый бор», в промоине на залитой водой трассе увяз микроавтобус «Соболь».",
             "А вчера поздно вечером на Салтовке (проспект Тракторостроителей) шофёр грузовичка въехал в траншею, которую оставили ремонтники водоканала.",
             "Как рассказали свидетели, врачи водителю не понадобились.",
             _LTK_TELEGRAM,
         ], appeals=[_LTK_TELEGRAM]),
    _doc("b145-tryvozhnyivisnyk-ozheledytsia-end", "appeal", "end",
         "Invented; modelled on Надзвичайні новини (nnovosti.info) (cut lead, headline, dateline, follow-the-host's-Facebook line at the end)", "uk", [
             "Як стверджують постраждалі водії, дорожники взялися розкидати сіль нібито тільки після серії аварій",
             "На Рівненщині в кювети злетіло понад вісім машин",
             "14-01-17 08:47",
             "Автомобілі на ожеледиці врізалися один в одного й вилітали з траси, обочини були встелені понівеченими машинами. Добре, що обійшлося без жертв, травмованих доправили до районної лікарні.",
             _TRYVOGA_FACEBOOK,
         ], appeals=[_TRYVOGA_FACEBOOK]),
    _doc("b145-talbote-morscheaeste-kommentar-end", "appeal", "end",
         "Invented; modelled on Südostschweiz (weekly comment with split byline, paywall label, read-on line and subscription/day-pass paragraph)", "de", [
             "Morsche Äste",
             "Die Wochenbetrachtung von Gian Caduff, Chef des Medienhauses.",
             "Gian",
             "Caduff",
             "23.10.21 - 05:15 Uhr",
             "Politik",
             "Kommentar",
             "Der Herbst, der uns bisher mit Sonne verwöhnt hat, neigt sich langsam dem Ende zu, und vom Schnee, den sich die Bergbahnen so sehnlich wünschen, ist noch nichts zu sehen. Im Oberwallis ist es still geworden, man schimpft über den Nebel im Talgrund oder freut sich über den vollen Keller, die Leute aus Brig wandern noch einmal zur Belalp hinauf, riechen den ersten Rauch aus den Kaminen, holen sich an der Bahnhofstrasse die ersten gebrannten Mandeln, prüfen die Lawinenprognose und vereinbaren einen Termin für die Winterpneus. Es ist Spätherbst, und über allem liegt die Frage, wie es mit der Pandemie weitergeht.",
             _TALBOTE_WALL,
         ], appeals=[_TALBOTE_WALL]),
    _doc("b145-aarebote-transitplatz-paywall-end", "appeal", "end",
         "Invented; modelled on Berner Oberländer (headline glued to kicker, photo caption, one-line subscription-required notice)", "de", [
             "Transitplatz gesuchtDie Region zeigt dem Kanton die kalte Schulter",
             "Die Armee springt ein: Ein Teil des früheren Übungsgeländes bei Oberwichtrach (im Bild links) steht auch in diesem Sommer wieder den ausländischen Fahrenden zur Verfügung.",
             _AAREBOTE_WALL,
         ], appeals=[_AAREBOTE_WALL]),
    _doc("b145-mosaikpost-podcast-mitgliedschaft-end", "appeal", "end",
         "Invented; modelled on baba news (podcast note ending in the membership paragraph with counts and prices)", "de", [
             "Die allererste Folge unseres Podcasts «Hinter dem Mikrofon» wäre uns beinahe teuer zu stehen gekommen: rund 3’800 Franken. Diesen Betrag wollte uns die Stadt Luzern nämlich kürzen, weil wir darin über die Ausschaffungspraxis der Schweiz gesprochen hatten. Am Ende wurde der Beitrag doch überwiesen. Die ganze Geschichte erzählen wir euch hier.",
             "In «Hinter dem Mikrofon» nehmen wir euch mit in den Alltag von mosaik post. Wie arbeitet unser Team? Wie wählen wir unsere Geschichten aus? Und worüber streiten wir uns in der Redaktionssitzung?",
             _MOSAIK_MEMBERS,
         ], appeals=[_MOSAIK_MEMBERS]),
    _doc("b145-pharedelevis-index-menu-top", "appeal", "top",
         "Invented; modelled on Québec Nouvelles (opinion-site index: newsletter and support menu lines above cut-off teasers)", "fr", [
             _PHARE_MENU,
             "Le Carnaval sous la loupe des censeurs",
             "En dépit d’une fréquentation sans précédent pour sa soirée d’ouverture, qui a compté 45 000 visiteurs sur les plaines alors qu’« en temps normal, on en voit entre 12 000 et 15 000.»[1], la",
             "Relançons le traversier de nuit !",
             "Voilà bientôt 5 ans que les gens de la Rive-Sud se font sermonner par des fonctionnaires de la métropole qui jugent le service superflu,",
             "180 milliards de déficit ! Nos finances à la dérive",
             "Le scrutin approche et le premier ministre Gilles Marcoux s’apprête à vanter sa gestion en prétendant laisser une province plus riche qu’elle ne l’a jamais été. Évidemment, la",
             "La question nationale refait surface",
             "Entre 1970 et 2014, la vie politique de la province a été accaparée par l’affrontement usant entre souverainistes et fédéralistes. Toutes les autres questions,",
         ], appeals=[_PHARE_MENU]),
]


# --- Probe 125: negatives -----------------------------------------------------------------------

PROBE125_NEGATIVES = [
    _neg("b145-einblick-weckruf-inserate-neg",
         "Invented; modelled on profil (media-politics report: ministries' ad money and press subsidy for a contested portal, cut mid-word)", "de", [
             "Medienpolitik",
             "Auch Innen- und Wirtschaftsministerium schalten Inserate im „Weckruf“",
             "Das rechtsgerichtete Portal „Weckruf“ ist schon mehrfach durch Falschmeldungen aufgefallen. Trotzdem buchen Ministerien bis hinauf zum Innenressort Werbung – und auch staatsnahe Firmen inserieren dort, wie eine Auswertung von Einblick belegt.",
             "Seit seinem Start vor knapp drei Jahren sorgt das Portal „Weckruf“ regelmäßig für Kritik. Mehrere internationale Nachrichtenagenturen haben sich bereits mit irreführenden Berichten des „Weckruf“ befasst, auf Instagram wurde ein Beitrag der Seite mit dem Hinweis „falscher Kontext“ versehen. Zuletzt geriet der „Weckruf“ wegen seiner wohlwollenden Berichte über autoritäre Regierungen in die Schlagzeilen. Kritiker warfen der Redaktion vor, einem ausländischen Diplomaten ohne jede Nachfrage eine Bühne geboten zu haben.",
             "Irreführungen im „Weckruf“",
             "Mehrere unabhängige Prüfstellen haben in Artikeln des Portals wiederholt verzerrte oder erfundene Angaben nachgewiesen. Gelöscht wurden die Texte dennoch nicht.",
             "Inserate aus dem Innenressort",
             "Trotzdem kann sich der „Weckruf“ über Zuwendungen aus öffentlicher Hand freuen. Zusätzlich zu 940.000 Euro Presseförderung für 2023 buchen immer mehr Ministerien der Regierungspartei Anzeigen auf dem Portal. Auch Interessenvertretungen und Betriebe im Staatsbesitz gehören inzwischen zur Kundschaft.",
             "Den Auftakt machte das Landwirtschaftsministerium unter Ressortchef Anton Moosbrugger, das schon im vergangenen Jahr 14.200 Euro an den „Weckruf“ zahlte. Die Auswertung von Einblick auf Basis der offiziellen Transparenzdaten der Medienaufsicht ergibt: Im zweiten Quartal 2024 kamen auch Werbemittel aus dem Innenministerium (7312 Euro) und dem Wirtschaftsministerium (4980 Euro).",
             "Weitere Aufträge nicht ausgeschlossen",
             "Das Innenministerium unter Minister Bernhard Stöckl ließ eine Einblick-Anfrage zu den Gründen der Schaltung offen. Das Wirtschaftsministerium teilte mit, die Inserate seien über eine Agen",
         ]),
    _neg("b145-wochenspiegel-weckruf-eigentuemer-neg",
         "Invented; modelled on News (news.at) (media column on a portal's founders, owners and press subsidy)", "de", [
             "weckruf.at geht auf Miriam Hölzl zurück, die einst stellvertretende Kabinettschefin von Innenminister Gernot Falk und Büroleiterin seines Sektionschefs Herwig Brandl war. So steht es im Protokoll ihrer Aussage vor dem Untersuchungsausschuss zur Inseratenaffäre. Wenige Monate danach, im Herbst 2020, ging ihr Portal „für Querdenkende“ ans Netz – mit dem bekannt umtriebigen Konrad Weinzierl an der Spitze der Redaktion. Diesen Posten hatte er zuvor schon bei mehreren Gratis- und Boulevardblättern bekleidet, zuletzt bei einem Fernsehsender, bis ihn das peinliche Lob eines Parteichefs in einem heimlich gefilmten Gespräch den Job kostete. Als Weinzierl 2023 ausschied, wurde bekannt, dass sich das deutsche Portal wahrheit-jetzt.example an weckruf.at beteiligt hatte. 70 Prozent hält heute die Holding hinter der Plattform, die ein früherer Boulevard-Chefredakteur leitet und ein Software-Unternehmer bezahlt. Hölzl blieb mit einem kleinen Anteil an Bord. Was diesen grenzüberschreitenden Krawall-Journalismus mit klar rechtem Drall eint: Mit gängigen Maßstäben für seriöse Berichterstattung hat er nichts am Hut.",
             "Die Aufregung ist entsprechend groß – bislang vor allem in der Stadtzeitung, deren Redakteurin Lena Horvath die Sache aufgedeckt hat. Die Medienbehörde handelt allerdings nach einem verunglückten Gesetz, das seinem Anspruch, „hochwertigen Journalismus zu fördern“, mangels klarer Vorgaben nicht gerecht wird. Weil man den Boulevard fürchtete, wurde es so zugeschnitten, dass auch die Gratisblätter förderwürdig bleiben. Die Branche wiederum war so nachgiebig, weckruf.at in ihre gemeinsame Reichweitenmessung aufzunehmen. Das jüngste Resultat: Bei den Online-Nutzern liegt das Hölzl-Portal inzwischen zwischen zwei angesehenen Wochenmagazinen. Am Ende zählt eben die Reichweite mehr als die Qualität.",
         ]),
    _neg("b145-klartextblog-mosaikpost-foerdergeld-neg",
         "Invented; modelled on ZACKBUM (media blog attacking another outlet over prize money and cut public funding, cut mid-word)", "de", [
             "«Mosaik Post» ist Murks Post",
             "Wie Behörden sich von Scharfmachern einwickeln lassen und der Bürger zahlt.",
             "Das Zuwanderer-Portal «Mosaik Post» trifft genau den Geschmack linker Amtsstuben und wohlmeinender Bürokraten. Ein Musterbeispiel gelungener Integration, hiess es. Es biete einen «einzigartigen Blick in den Alltag junger Zugewanderter», schwärmte der sozialdemokratische Stadtrat von Luzern und überreichte den Gründern einen «Integrationspreis» über 8’000 Franken.",
             "Ein paar dieser «Blicke» sorgen nun allerdings bei all den Ämtern für Magengrimmen, die «Mosaik Post» grosszügig mit Steuergeld bedacht hatten. Denn die vom Stadtrat beschlossene Beflaggung des Rathauses zum Nationalfeiertag sei eine «Provokation» und eine «Ohrfeige» für alle Ausgeschafften, wetterte «Mosaik Post».",
             "Bereits früher waren die Betreiber unangenehm aufgefallen und hatten auf TikTok verkündet: «Wer die Grenzpolitik dieses Landes verteidigt, hat die Geschichte nicht verstanden und steht auf der falschen Seite.» Mit einer Podcastfolge unter dem Titel «Eine Schweiz ohne Ausschaffungen ist möglich und längst überfällig» legten die Gründer Dario Kovač und Leyla Demir nochmals nach.",
             "Natürlich sei jede Gewalttat «furchtbar», das müsse man sagen, aber man müsse eben auch die «strukturelle Ausgrenzung» als «Hintergrund» mitdenken.",
             "Nach dieser Serie von Fehltritten rücken nun die Amtsstuben ab, die eben noch voller Lob waren. Das Bundesamt für Integration möchte nicht länger als Partner auf der Webseite stehen, die Fachstelle für Medienethik prüft eine Beschwerde und hält der Seite vor, sie berichte «parteiisch und unausgewogen».",
             "All das könnten die Betreiber gelassen abschütteln, wenn nicht auch die einst reichlich fliessenden öffentlichen Gelder versiegen würden. So stellt das kantonale Sozialdepartement die Kooperation ein und streicht 15’000 Franken Förderbeitr",
         ]),
    _neg("b145-kanal7-weckruf-kremlnarrative-neg",
         "Invented; modelled on PULS 24 (TV-site report on public funding for a propaganda portal, subheads and bullet list)", "de", [
             "Öffentliche Förderung für Kreml-Narrative",
             "Wie das Watchblog „medienlupe.example“ und die Grazer Wochenzeitung „Stadtblick“ recherchiert haben, überschwemmt das Portal „weckruf“ das Land mit prorussischen Inhalten. Zugleich werde die Seite von Regierungsmitgliedern „umgarnt“.",
             "Zuletzt sorgte das Portal mit einem Meinungsbeitrag des russischen Gesandten in Wien für Aufsehen, in dem dieser forderte, Europa solle aufhören, „nach Kiews Pfeife“ zu tanzen und die Ukraine nicht länger mit Waffen „zuzuschütten“. Als Gastkommentar war der Text für Leser:innen kaum erkennbar, denn oberhalb des Textes prangte der Name des Chefredakteurs.",
             "Prorussische Erzählungen",
             "„weckruf“ lenke die öffentliche Debatte bewusst in eine Richtung, so die Kritik. Gleichzeitig bekomme die Seite durch geteilte Beiträge von Oppositionspolitikern, Regierungsmitgliedern und ehemaligen Spitzenpolitikern Rückenwind und Glaubwürdigkeit. 2023 erhielt „weckruf“ rund 940.000 Euro an Förderung.",
             "Besonders häufig bedient werden laut dem Watchblog „medienlupe.example“ diese Erzählungen:",
             "- Unterstützung für die Ukraine verletze die Neutralität des Landes",
             "- Die Strafmaßnahmen träfen uns härter als Moskau",
             "- Für Kiew werde zu viel Steuergeld ausgegeben",
             "Parteipolitische Nähe?",
             "Ins Leben gerufen wurde das Portal 2020 vom Boulevardjournalisten Konrad Weinzierl. Ein früherer Parteichef nannte Weinzierl einst „einen unserer verlässlichsten Leute“. Der Journalist stelle, schreibt der „Stadtblick“, „Falsches gern als bloße Frage hin“ und biege „die Tatsachen so zurecht, dass man nicht klagen kann, sie aber trotzdem nicht stimmen“.",
             "Mitfinanziert wird das Portal von der regierungsnahen Herausgeberin Miriam Hölzl. Sie war früher im Kabinett des damaligen Innenministers Gernot Falk tätig. „weckruf“ ging laut „Stadtblick“ mit einem Startkapital von 1,4 Millionen an den Start, das Geld soll aus Hölzls eigenem Vermögen kommen.",
         ]),
    _neg("b145-echodesmoulins-hebdos-democratie-neg",
         "Invented; modelled on L'Action D'Autray (local weekly on a press association with its member count, cut mid-sentence)", "fr", [
             "Les hebdos régionaux, sentinelles de la vie démocratique",
             "Publié le 12 nov. 2024 (Mis à jour le 3 mars 2025)",
             "Lecture : 3 minutes",
             "Maude Tessier",
             "Courage, constance et dévouement. Voilà comment l’Alliance des journaux de proximité décrit les hebdos indépendants du Québec, qu’elle présente comme un véritable « bouclier de la vie démocratique », surtout à l’heure de la désinformation.",
             "« Les hebdos font partie de notre vie économique et culturelle depuis des générations. Bon nombre de titres existent depuis plus de cinquante ans et jouent un rôle clé dans notre vie collective, explique d’emblée Réjean Lafleur, président de l’Alliance des journaux de proximité. Qu’on pense aux séances des conseils de ville ou aux organismes du coin, surtout loin des grandes villes, où le journal local est bien souvent le seul à couvrir ces enjeux. »",
             "Selon cet organisme à but non lucratif, qui compte 92 journaux membres, la presse hebdomadaire a toujours été et reste un maillon essentiel pour faire circuler l’information au sein des collectivités. « Sans la presse, la démocratie perd un de ses piliers. Les hebdos gardent toute leur utilité pour les régions et les petites villes. Nos journaux tiennent à offrir une information rigoureuse, utile et contre-vérifiée », ajoute Réjean Lafleur.",
             "Ancrés dans leur milieu",
             "Au-delà de leur rôle d’information et de vitrine pour les marchands du coin, les journaux présents dans leur région depuis des décennies sont d’authentiques alliés de la collectivité, soutient l’Alliance.",
             "« Depuis toujours, les journaux locaux se sont impliqués auprès de leurs lecteurs », rappelle le président de l’organisme. En tant qu’employeurs locaux, ils font vivre des familles et réinjectent leurs revenus dans la région, dont ils deviennent de précieux porte-parole.",
             "« Au départ, ce sont des femmes et",
         ]),
    _neg("b145-presselibre-collectif-manifeste-neg",
         "Invented; modelled on KIOSQUE (independent-press collective's op-ed on the press crisis, cut mid-sentence)", "fr", [
             "Peut-on encore imaginer une presse différente ? Le mensuel français Le Contrepoint posait la question au printemps, au moment où un grand industriel imposait – contre l’avis des journalistes – un éditorialiste réputé proche de l’extrême droite à la direction d’un hebdomadaire national.",
             "Pêle-mêle, ce dossier dressait la liste des multiples obstacles qui guettent le paysage médiatique de part et d’autre de la frontière : lecteurs de plus en plus âgés, régions privées de points de vente, envolée du prix du papier et de l’impression, érosion de la confiance, lassitude face à l’actualité, concentration des titres – une tendance inquiétante pour la démocratie, qui s’est encore accentuée en Wallonie et à Bruxelles avec la reprise de plusieurs quotidiens régionaux et d’une chaîne d’info en continu par un même groupe, et le passage d’une grande radio privée dans le giron d’un éditeur concurrent –, captation de notre attention par les géants du numérique, sans parler des plateformes de streaming et des réseaux sociaux.",
             "Il faut y ajouter quelques difficultés bien belges : une réforme du droit d’auteur qui fragilise les pigistes et photographes avec qui nos rédactions travaillent, ou encore la menace qui pèse sur l’acheminement de nos revues par la poste. Devant une telle accumulation d’obstacles, c’est tout simplement l’avenir de la presse indépendante qui est en jeu. Et face à cela, le mutisme des responsables politiques fait beaucoup de bruit.",
             "Je marchais sous une pluie fine accrochée au ciel gris quand un souvenir réconfortant m’est revenu, balayant d’un coup ce blues bruxellois. À la fin des années 1990, en Catalogne, des maraîchers et des cuisiniers se sont rassemblés pour défendre une autre façon de manger, face à la montée de la restauration rapide. De leurs échanges est né en 1999 un texte fondateur – le Manifeste du potager – qui plaidait pour une alimentation bonne, propre, juste et ancrée dans son terroir. Mais aussi, et avant tout, un mouvement qui,",
         ]),
    _neg("b145-revuecitoyenne-quotidiens-publicite-neg",
         "Invented; modelled on Démocratie (revue-democratie.be) (review of the newspaper market and advertising money, cut mid-sentence)", "fr", [
             "Ces derniers mois, la presse quotidienne, où les lancements sont d’ordinaire rarissimes, a connu une agitation inhabituelle. Les débuts hésitants du Réveil, l’arrivée du gratuit Flash dans les gares, ainsi que la survie de L’Hebdo du Jeudi (paru désormais le vendredi) traduisent une nervosité nouvelle dans un marché réduit où l’on avait plutôt l’habitude des fermetures et des regroupements. Et pourtant, cette embellie pourrait bien annoncer un automne difficile...",
             "En deux ans à peine, l’ensemble des quotidiens de langue française, La Gazette de Bruxelles comprise, ont revu l’architecture de leurs rubriques et leur maquette ; dans ce dernier titre, comme chez ses concurrents d’ailleurs, on a vu fleurir des cahiers supplémentaires. Côté hebdomadaires, la nouvelle version de Semaine illustrée, qui se présente désormais comme un « news », entend se poser en concurrent grand public de L’Observateur. Elle restera le seul survivant d’une époque où les magazines de programmes télé avaient, eux aussi, nourri des ambitions d’information (Télé Étoile et Zapping).",
             "Faut-il attribuer à ce remue-ménage la bonne tenue du lectorat mesurée par la plus récente étude d’audience ? (voir le tableau en page 3) Faute de mieux se vendre, les quotidiens seraient davantage lus, certains titres affichant des progressions impressionnantes (notamment Le Courrier et La Voix du Soir) de près de 25%. Des résultats qui, comme l’ont relevé de nombreux observateurs, soulèvent aussi des doutes sur la méthode d’enquête qui les produit, mais qui, au moment de vendre des pages de publicité, peuvent rapporter gros.",
             "Car chacun le sait, sur ce terrain, le temps presse. Jusqu’ici, seule une publicité en forte expansion a permis aux quotidiens de boucler leurs comptes tout en encaissant les pertes d’audience que leur infligent la radio, la télévision et les autres médias. Le ralentissement",
         ]),
    _neg("b145-golosregiona-teplydom-itogi-neg",
         "Invented; modelled on Глас народа (glasnarod.ru) (charity drive totals with donor counts)", "ru", [
             "На счета акции в областном центре и районах поступило пожертвований на 28,4 миллиона рублей, из них наличными и переводами – 7,1 миллиона рублей. Благотворительный фонд помощи семьям Псковской области «Тёплый дом» собрал ещё 1,9 миллиона рублей.",
             "Средства перечислили 640 предприятий и 4917 жителей региона. Акция продолжится до 31 января.",
         ]),
    _neg("b145-ostrovinfo-kopeika-aktsiia-neg",
         "Invented; modelled on Kamchatka News (charity's coin-collection campaign for sick children, cut mid-word)", "ru", [
             "Сахалинцев зовут поддержать акцию «Каждая копейка – на лечение»",
             "Фонд «Рука помощи» организует в Южно-Сахалинске благотворительную акцию. Островитян просят не копить мелочь дома, а отдать её на помощь тяжелобольным детям.",
             "«Мелочь у многих скапливается в банках и шкатулках: таскать полный кошелёк монет неудобно. Так и пылятся эти деньги годами по ящикам и полкам, и толку от них никакого. А ведь рядом есть те, кому любая помощь очень нужна. Это дети с Сахалина и Курил, которые борются с тяжёлыми болезнями крови, а лечиться им по назначению врачей приходится в Санкт-Петербурге. Значит, вместе с мамами и папами они месяцами живут в другом городе. Снимать жильё там большинству таких семей просто не по силам. Ради этих семей мы и затеяли акцию», – рассказали в фонде агентству «Остров-инфо».",
             "«Рука помощи» вместе с фондом «Свет в окне» помогают сахалинским детям и их родителям поселиться в бесплатном семейном доме при клинике в Санкт-Петербурге. Там живут не только островитяне, но и ребята из многих других областей страны, которые приезжа",
         ]),
    _neg("b145-batayskonline-zabeg-bezhuzadruga-neg",
         "Invented; modelled on V1.ru (Волгоград) (charity run for disabled children with results, cut mid-word)", "ru", [
             "В Батайске прошёл благотворительный забег «Бегу за друга»",
             "Почти 450 жителей Батайска под Ростовом вышли на старт ежегодного благотворительного забега «Бегу за друга».",
             "Как рассказали нашему изданию в администрации Батайска, все деньги, собранные на забеге, пойдут на летний лагерь для детей с инвалидностью.",
             "Забег состоялся в прошлое воскресенье, 15 июня, в парке «Солнечный». В тот день горожане пробежали дистанции 400, 800 и 2000 метров. На старт вышли и ребята с особенностями здоровья.",
             "Когда все финишировали, главный судья соревнований Ирина Горбунова огласила итоги. Кроме победителей в своих возрастных группах и категориях здоровья, организаторы отметили участников особыми призами. Так, приз «Характер чемпиона» получил Денис Малышев. У юноши тяжёлая форма ДЦП, но он всё равно преодолел всю дистанцию до конца. Самой маленькой участницей забега и обладательницей приза «Вопре",
         ]),
    _neg("b145-podillia-bus-dopomoha-neg",
         "Invented; modelled on Віче (viche.ck.ua) (volunteers bought a van for soldiers, quoted thanks and needs, author sign-off)", "uk", [
             "На Гайсинщині купили бус, щоб возити допомогу на передову",
             "У Кунківській громаді на Вінниччині всім миром зібрали гроші на мікроавтобус, який возитиме посилки та вантажі для земляків-військових.",
             "«Минулого четверга ми нарешті придбали для відправок нашим бійцям Volkswagen Transporter. Обійшовся він у 6200$. Щиро дякую кожному, хто докинув гривню до збору, а також Петрові Гончаруку, Андрію Савчуку й нашому волонтерові Олегові за те, що знайшли машину, перевірили її технічний стан і оформили всі папери. Уже в неділю бус вирушить у перший рейс, на Схід. Сподіваюся, що ви й далі підтримуватимете нас. Бо хлопцям щодня бракує засобів гігієни, кави, тушонки, печива, вологих серветок, локшини швидкого приготування та іншого. До того ж лише пальне на одну поїздку коштує 8-10 тисяч», – розповіла волонтерка громади Оксана Лисенко.",
             "Тепер волонтерам стане значно легше: більше не треба щоразу шукати транспорт для рейсу. Машина є, допомогу зібрали, і, з Божою допомогою, доставили. Тримаймося разом. Країна потребує, щоб кожен зробив свій внесок.",
             "Ірина ТКАЧУК",
         ]),
    _neg("b145-zhytomyrzaraz-pikap-pekarnia-neg",
         "Invented; modelled on Коло (kolo.news) (charity bakery's collection bought a pickup for a brigade, cut mid-word)", "uk", [
             "У Житомирі небайдужі зібрали гроші та купили пікап для бійців 47-ї бригади",
             "14 квітня 2024, 11:30",
             "Сьогодні на площі перед Преображенським собором Житомира освятили пікап, гроші на який зібрали житомиряни через благодійну пекарню «Хліб для своїх». Уже цього тижня машина вирушить до бійців 47-ї бригади, які тримають оборону на Куп’янському напрямку.",
             "Чин освячення автомобіля здійснив архієпископ Житомирський Никодим.",
             "– Ця машина поїде до наших хлопців із 47-ї бригади. Вони сьогодні боронять Куп’янський напрямок, і ми освятили для них цей пікап. Молимося, щоб Господь беріг наших воїнів, які на ньому їздитимуть. І ще скажу: це наочний підсумок зусиль усіх житомирян, усіх, хто купує хліб у «Хлібі для своїх». Бо зазвичай ми передаємо речі дрібні, хоч і дуже потрібні, і їх непросто показати людям, а тут є можливість побачити, що збори в пекарні дають відчутний результат.",
             "Архієпископ дода",
         ]),
]


BATCH145_DOCUMENTS = PROBE125_APPEALS + PROBE125_NEGATIVES
