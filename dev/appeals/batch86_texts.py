"""Batch 86: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (11 appeal, 11 negative; all FR): our own paraphrases of every document of the local-only
real probe 66 (22 documents). Each keeps the real page's structure line for line (a team-photo label
line, headlines, bylines, a "Publié le ... -- modifié le 00/00/00 00:00" dateline, "Rédaction X,
Rédaction X" and "/ Màj. le" lines, photo captions with "©" and "(c) Photo" credits, all-caps method
headings, numbered "1. 1." benefit lists, a "Lire aussi >" line, a relayed tweet glued to its short
link with its "— Name (@handle) Date" line, a blog whose every line ends in " |", words glued across a
missing space, cut-off endings ("...", "…", a sentence stopped mid-way)) and exactly what the real gold
marks: a team-photo label, slogan, "the blog needs you" donation line and donate button at the top of a
first-person report; a "many of you read us, give to our volunteers" donation paragraph and its button
above a fact-checker's method page; an editor's "P.-S." subscribe-and-contribute plea cut mid-sentence
at the end of a cohort presentation; a one-line subscribers-only label above a cut anniversary feature;
a lone "join us" line above a wire story; a donation link glued to the end of a single long
paragraph; an English newsletter sign-up line under a short French item; a "read the rest" teaser
line after a court-report lede; a doubled two-line "you guarantee our independence"-type slogan at the
end; a logged-in-but-not-subscribed account message with paywall, help links and a five-item
benefits list on a copy of a magazine article; a subscribers-only paywall with log-in line and two
priced support plans (monthly and yearly, each with its archive line) after a cut investigation.
Negatives keep what makes the real ones hard: a regional daily's paywall launch reported with its
prices and subscriber counts, a charity's supermarket collection with volunteer call and sign-up site,
a magazine's report from the same kind of collection with a shopper's quote about giving, a
campaign-finance report on donors and tax relief via satellite parties, a blog relaying another
outlet's fundraising appeal with its goal and tax-deduction sums, a new non-profit island outlet
living on donations and reader crowdfunding, a magazine relaying a refugee newsroom's crowdfunding
call (twice), a school paper on a weekly's price, subscriptions and advertising, a radio piece on
communes planning to fund a regional paper, and two reports on a translation site's appeal for
contributions (one with a relayed tweet).

Every sentence, outlet, person, number and URL is ours (a few real country and region names remain,
most towns, countries and places are invented); no run of more than five words is copied from the
real pages (checked mechanically on lowercased, whitespace-split text). The modelled real outlet is
noted in each outlet field. Like the earlier batches `build_devset.py --batch86` takes each text as it
stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch86.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 66: appeal documents -----------------------------------------------------------------

_TILLEULS_TOP = "\n".join([
    "photo de la rédaction du Blog des Tilleuls",
    "Tous ensemble, portons plus loin la parole des cités.",
    "Le Blog des Tilleuls compte sur vous. Aidez ce média indépendant à publier les récits que personne d'autre ne publie.",
    "Je donne",
])

_LOUPE_TOP = "\n".join([
    "Vous êtes des milliers à parcourir nos décryptages et à les citer autour de vous, dans la presse, sur les réseaux, et c’est notre plus belle récompense. Pour que nous puissions continuer l’an prochain, soutenez par un don les juristes bénévoles qui font vivre l’association. À quoi va servir ce don ?",
    "Donner maintenant",
])

_AGORA_PS = (
    "P.-S. : Notre travail vous plaît et vous aimeriez qu’on en fasse davantage, tout en continuant "
    "d’accompagner nos jeunes stagiaires ? Prenez un abonnement à L’Agora des Quartiers et versez une "
    "contribution qui nous aidera à remplir notre mission : donner une voix aux communautés tenues à "
    "l’écart grâce à un journalisme de proximité, bâtir"
)

_LACINFO_WALL = "Article pour nos abonnés"

_COLVERT_JOIN = "Rejoignez la bande"

_CAURI_DON = "Soutenez-NOUS par un DON en suivant ce lien https://lecauri.example.org/soutien/"

_NDOLE_NEWSLETTER = "Sign up for the iNdole.Com Newsletter"

_BOCAGE_TEASER = "La suite de l’article :"

_OUBLIES_SLOGAN = "\n".join([
    "Vous êtes le socle",
    "de notre liberté",
    "Vous êtes le socle",
    "de notre liberté",
])

_HORIZON_WALL = "\n".join([
    "Vous êtes bien connecté(e) à votre espace Horizon Continent, mais votre compte ne comporte pas d’abonnement Horizon Continent Numérique",
    "Cette analyse est accessible aux seuls abonnés",
    "Abonnez-vous dès 6,49€pour lire l’ensemble de nos contenus sans limite",
    "Vous êtes abonné ?",
    "Une question ?",
    "Ce que vous offre l’abonnement",
    "1. 1. Lisez sans restriction tous les contenus du site et de l’appli HorizonContinent.example.com (iOs & Android)",
    "2. 2. Recevez chaque numéro et chaque hors-série 48 heures avant les kiosques, sur l’appli Horizon Continent Le Mensuel (iOS & Android)",
    "3. 3. Abonnez-vous à la lettre politique hebdomadaire des abonnés",
    "4. 4. Consultez 3 ans d’archives d’Horizon Continent en version numérique",
    "5. 5. Formule au mois sans durée minimale, reconduite automatiquement*",
])

_HERON_WALL = "\n".join([
    "Article accessible aux abonnés",
    "Vous avez un compte ? Connexion",
    "Abonnez-vous !",
    "Pour lire cet article en entier, sélectionnez une formule de soutien ci-dessous : elle vous ouvre tous les articles du Héron-journal et soutient l'enquête locale en Val-de-Brenne",
    "Formule au mois",
    "4 €/mois",
    "Je prends 4 € de lecture par mois.",
    "Sans engagement, résiliable quand vous voulez.",
    "Les archives du Héron-journal me sont ouvertes",
    "Formule à l'année",
    "40 €/an",
    "Je choisis un an de lecture,",
    "Réglé en une seule fois, engagement de 12 mois.",
    "Les archives du Héron-journal me sont ouvertes",
])


PROBE66_APPEALS = [
    _doc("b86-blogdestilleuls-arrivee-top", "appeal", "top",
         "Invented; modelled on Bondy Blog (first-person report, team-photo label, slogan, donation line and button at the top)", "fr", [
             *_TILLEULS_TOP.split("\n"),
             "Mon débarquement à Saint-Aurèle a été plutôt mouvementé. Yanis Perrault m’attendait bien sur le quai, comme prévu la veille au téléphone. Le quartier est bien plus paisible que je ne l’aurais cru. On n’entend rien, à part le vacarme de ma vieille valise à roulettes, qui cahote sur les pavés disjoints. Chaque fois qu’une roue se coince dans le sable, elle grince à réveiller les morts. Le technicien son de Radio Alpine Info, qui me suit partout, en a les tympans qui sifflent (petite revanche : un peu plus tôt, dans le tramway puis le train de banlieue, il m’a fait recommencer trois fois la même phrase).",
             "À la salle de l’AS Lilas-Nord, par contre, c’est l’affluence. Dans les 15 mètres carrés qui me tiendront lieu de chambre et de rédaction pendant dix jours, on se retrouve à neuf : l’équipe de Radio Alpine Info (deux personnes), une reporter de l’agence Worldwire et son cameraman, Samir Bendaoud qui conduit pour la radio, son cousin Ilyès Mokrane qui ne le quitte (presque) jamais, et, sur le trottoir, une demi-douzaine de gamins de la cité. Ils passent la tête toutes les deux minutes pour voir ce qui se trame dans notre «bureau de poche», où l’ambiance tourne peu à peu à celle d’un vestiaire avant un derby.",
             "Débarquée sans prévenir quelques minutes avant, la reporter de Worldwire veut interroger chacun, en anglais, en français, au carnet, au micro, son cameraman veut nous faire poser, les deux de la radio veulent lancer l’enregistrement et moi qui comptais juste m’installer… Quelle pagaille!",
         ], appeals=[_TILLEULS_TOP]),
    _doc("b86-laloupejuridique-methode-top", "appeal", "top",
         "Invented; modelled on Les Surligneurs (legal fact-checker's method page, donation paragraph and button at the top)", "fr", [
             *_LOUPE_TOP.split("\n"),
             "QUELS PROPOS PASSONS-NOUS À LA LOUPE ?",
             "Nous examinons les déclarations publiques de responsables (élus, candidats, et plus largement toute personne qui intervient dans le débat) ; la déclaration doit toucher au droit ; elle doit être, du point de vue juridique, inexacte ou mériter d’être nuancée, un peu ou beaucoup. Les déclarations exactes sur le plan juridique sont laissées de côté, à moins qu’on ne les conteste publiquement. Autant que possible, nous veillons à équilibrer les courants politiques qui s’expriment dans les médias.",
             "COMMENT TENIR COMPTE DES DIVERGENCES D’INTERPRÉTATION ?",
             "Comme toute discipline, le droit bouge, et sa lecture change avec les années. Certaines normes, pourtant, ne prêtent guère à discussion. Trois situations se présentent :",
             "1. La norme est claire et ne souffre aucune discussion. Nous l’affichons sans détour, avec la mention “INEXACT” ou “IRRÉALISABLE”. Ainsi, quand un ministre de l’éducation déclare que l’uniforme est imposé dans tous les collèges, nous pouvons répondre que c’est inexact, puisqu’aucun texte ne le rend obligatoire.",
             "2. La norme se prête à plusieurs lectures. Nous l’écrivons noir sur blanc, en indiquant que l’engagement a plus ou moins de chances d’être irréalisable, ou la déclaration d’être contraire à la loi. Ainsi, quand un candidat aux municipales de Vérandes tient meeting dans une chapelle, nous signalons que la chose n’est pas forcément interdite.",
         ], appeals=[_LOUPE_TOP]),
    _doc("b86-lagoradesquartiers-promotion-end", "appeal", "end",
         "Invented; modelled on La Converse (editor's cohort presentation, P.-S. subscribe-and-contribute plea cut mid-sentence at the end)", "fr", [
             "Coucou, ici Mireille!C’est avec beaucoup de fierté et de joie que je vous dévoile la promotion de l’hiver 2023 de l’Atelier Agora ! Au fil des années, L’Agora des Quartiers est aussi devenue, petit à petit, un lieu de formation. Nous collaborons régulièrement avec des gens qui n’ont jamais, ou presque, étudié le journalisme, et nous les accompagnons jusqu’au métier.",
             "Cette méthode nous aide à ouvrir la profession et à bâtir de l’intérieur une rédaction qui nous ressemble – qui reflète nos rues, nos vécus. Après deux sessions expérimentales de l’Atelier Agora – l’une à distance en 2022 avec le Collège universitaire de Rivebelle, qui a formé 31 participants au journalisme de proximité, l’autre en salle l’automne dernier, où nous avons accueilli et accompagné 5 stagiaires : Awa Konaté, Samuel Ndiaye, Inès Benali, Kevin Lafortune et Rosalie Ménard –, l’Atelier fait désormais pleinement partie de L’Agora des Quartiers.Ce printemps, Samuel et Awa sont même restés parmi nous et ont décroché les bourses de reportage de proximité que décerne L’Agora.",
             "Lors d’un apéro sans façon dans nos locaux, nos stagiaires nous ont dit qu’ils voulaient poursuivre l’Atelier cet hiver. Samuel revient donc pour une seconde saison, tandis qu’Awa poursuit sa formation grâce à sa bourse et rejoint la nouvelle promotion pour s’aguerrir. Ils font équipe avec Yasmine, Théo, Mariama et Jérémie. Sans attendre, laissez-moi vous les présenter à travers des portraits qu’ils ont écrits eux-mêmes.",
             _AGORA_PS,
         ], appeals=[_AGORA_PS]),
    _doc("b86-lacinfo-laguepe-quinze-ans-top", "appeal", "top",
         "Invented; modelled on ArcInfo (regional daily feature, subscribers-only label above headline, cut with \"...\")", "fr", [
             _LACINFO_WALL,
             "«La Guêpe», 15 ans et toujours piquante",
             "Près de 400 fans de caricature et d’ironie ont rempli samedi une salle d’Estavel pour fêter les 15 ans de «La Guêpe». De quoi percer les recettes de longévité du petit mensuel satirique jurassien.",
             "9 mars 2021, 11:27",
             "Au jubilé de \"La Guêpe\", à Estavel, le 8 mars 2021.",
             "«Une guêpe ouvrière ne vit que quelques semaines», rappelait l’humoriste de Radio Trois-Lacs, Noémie Kessler, samedi lors de la soirée des 15 ans de «La Guêpe», à la salle Adrien-Jaquet d’Estavel.",
             "Le mensuel fait donc figure de doyen parmi les insectes de presse. Et davantage encore dans le petit monde de l’humour régional. Quel est son secret? Tiendra-t-il plus longtemps qu’une reine dans sa ruche? Nous avons posé la question à ses dessinateurs et à ses abonnés.",
             "«Piquer toujours plus fort»",
             "Corinne Aebischer-Vuille, caricaturiste pour «La Guêpe». Photo: Paul Matthey.",
             "«C’est l’unique journal où je termine mes messages au patron par ‘Gros bisous’», sourit Corinne Aebischer-Vuille, qui dessine pour «La Guêpe» depuis le premier numéro et n’en a raté aucun.",
             "«Chez nous, l’autocensure n’existe pas. On s’encourage plutôt à piquer encore plus fort. Nos lecteurs attendent précisément...",
         ], appeals=[_LACINFO_WALL]),
    _doc("b86-radiocolvert-fievre-varn-top", "appeal", "top",
         "Invented; modelled on LFM La Radio Lausanne FM (radio site wire story, lone join line at the top)", "fr", [
             _COLVERT_JOIN,
             "Cinq millions de malades de la fièvre de Varn, le président Kessler accuse son voisin",
             "On recense désormais 5 millions de cas de fièvre de Varn sur la planète. (©(WORLDWIRE PHOTO/ELENA MARQUEZ)",
             "La barre symbolique des cinq millions d’infections à la fièvre de Varn a été dépassée mardi. Le président de la Norvalie, Anton Kessler, a une fois encore reproché à la Dravonie voisine sa gestion de l’épidémie, allant jusqu’à parler de lui réclamer des compensations.",
             "Rassurés par une baisse des nouvelles infections, une dizaine de pays d’Asie et plusieurs provinces norvaliennes ont commencé, chacun à sa façon et non sans débats, à alléger les restrictions.",
             "Avec près d’un quart des malades et plus de 41'000 des 180'000 décès recensés, la Norvalie reste de loin la plus frappée, mais la situation varie beaucoup entre les campagnes presque épargnées et la région de la capitale, Halstad, cœur de l’épidémie.",
             "Des compensations réclamées",
             "Les gouverneurs de province fixent donc chacun le calendrier de relance d’une activité qui, comme ailleurs, pâtit lourdement des restrictions.",
             "\"Il faut rouvrir vite, mais sans prendre de risques\", a affirmé Anton Kessler lors d’une conférence de presse au palais présidentiel, en souhaitant que la plupart des crèches rouvrent d’ici la fin du printemps.",
             "Soucieux qu’on oublie ses déclarations maladroites sur un prétendu remède à base de \"vinaigre chaud\", le président norvalien s’était tenu en retrait durant le week-end, avant de reprendre mardi ses points-presse presque quotidiens.",
             "Il a saisi l’occasion pour s’en prendre une nouvelle fois à la Dravonie, d’où la fièvre est partie. L’épidémie \"pouvait être stoppée dès le départ\", a-t-il lancé, en parlant d’une éventuelle facture de plusieurs milliards d’euros. \"Le chiffre définitif n’est pas encore arrêté\", a-t-il précisé sans entrer dans les détails.",
         ], appeals=[_COLVERT_JOIN]),
    _doc("b86-lecauri-lavoirs-end", "appeal", "end",
         "Invented; modelled on Senxeweul (headline and one long paragraph with a donation link glued to its end)", "fr", [
             "Valmorance-Lavoirs : un programme de restauration sur cinq ans pour mettre en valeur son héritage",
             "La commune de Valmorance engage un vaste chantier de restauration de ses lavoirs anciens. Hélène Castagnet (Union centriste), adjointe au maire chargée du Patrimoine, a présenté ce jeudi le lancement d’un programme d’entretien et de remise en état étalé sur cinq ans, dont une première tranche court jusqu’en 2028. Approuvée par le conseil municipal, cette tranche initiale vise une dizaine de lavoirs considérés comme urgents. Les chantiers s’ouvriront dès 2026, avec en tête la réfection de la toiture du Lavoir des Capucins (rue des Tanneurs) et la suite des travaux commencés au Lavoir du Pré-Vert (alimentation en eau, étanchéité, abords végétalisés). D’autres ouvrages chers aux habitants suivront, parmi lesquels ceux de la Halle, du Moulin-Bas, de la place Gaston-Ribot, du Vieux Pont, le Lavoir Saint-Roch et les bassins du Cours Neuf. Ce programme répond à une ambition plus large : redonner au patrimoine sa place dans la ville. « Lavoir après lavoir, nous souhaitons faire redécouvrir leur histoire tout en embellissant les quartiers », a insisté Hélène Castagnet. Au-delà de leur charge symbolique, ces chantiers doivent aussi renforcer l’attrait touristique et l’agrément des espaces publics. " + _CAURI_DON,
         ], appeals=[_CAURI_DON]),
    _doc("b86-indole-visite-pont-end", "appeal", "end",
         "Invented; modelled on iCameroon.com (short French item, English newsletter sign-up line at the end)", "fr", [
             "Bassanie. Quel empressement !",
             "Depuis le début de la semaine, c’est presque l’état d’alerte à Port-Mbalé. En prévision de la venue, attendue depuis des mois, du chef de l’État et de la Première dame, pour le lancement des travaux du nouveau pont sur la Lokoundé. Tout vient à point à qui sait attendre, paraît-il.",
             _NDOLE_NEWSLETTER,
         ], appeals=[_NDOLE_NEWSLETTER]),
    _doc("b86-bocagenouvelles-tribunal-end", "appeal", "end",
         "Invented; modelled on Charolais News (court-report lede, read-the-rest teaser line at the end)", "fr", [
             "Tribunal de Vérizet",
             "À l’ouverture de l’audience, le prévenu lâche «j’assume tout». Pourtant son visage paraît crispé, comme retenu. Dans le public, quatre personnes dont trois ne comprennent que le géorgien pèsent sur l’atmosphère. Un procès sous surveillance ? Pour la procureure, «il savait ce qu’il faisait» !",
             _BOCAGE_TEASER,
         ], appeals=[_BOCAGE_TEASER]),
    _doc("b86-lavoixdesoublies-lotissement-end", "appeal", "end",
         "Invented; modelled on Le Média pour Tous (short video-style item, doubled two-line independence slogan at the end)", "fr", [
             "FRANCE OUBLIÉE : Le lotissement coupé du monde",
             "Les riverains de ce lieu-dit de Montjoux-les-Vignes n’en peuvent plus : le pont qui dessert leurs maisons s’est écroulé il y a 4 ans et n’a toujours pas été rebâti. Impossible donc d’arriver chez eux en voiture : ils doivent parcourir 700 mètres à pied sur un chemin glissant et risqué. Et rien ne se passe. Voilà la France d’aujourd’hui.",
             *_OUBLIES_SLOGAN.split("\n"),
         ], appeals=[_OUBLIES_SLOGAN]),
    _doc("b86-horizoncontinent-copie-presidentielle-end", "appeal", "end",
         "Invented; modelled on Jeune Afrique copied on guineenne.com (magazine article copy, logged-in-not-subscribed paywall with benefits list)", "fr", [
             "Présidentielle au Lowanda : vers un changement de cap ?",
             "Le président sortant Daniel Obiora (à dr.) et son principal rival, Cyprien Adewale (ici en 2016), se disputeront la présidence le 9 mars 2024. © Kofi Mensah/Worldwire",
             "À trois semaines du scrutin, le doute domine chez des électeurs partagés entre Daniel Obiora, chef de l’État sortant au bilan contrasté, et des opposants qui peinent à incarner une vraie solution de rechange.",
             "Les mots claquent, sans nuance. Sur le parvis d’une gare routière de Kessara, une bande d’étudiants débat avec passion de leur vote pour la présidentielle du 9 mars. Certains fustigent « l’absence de résultats » de Daniel Obiora (71 ans) qui, disent-ils, « ne fera pas décoller le Lowanda ». « C’est un vétéran du sérail qui a consacré son mandat à ses soins médicaux et laissé le pays dans le même état », s’agace Moussa, opposé à un nouveau mandat du chef de l’État.",
             *_HORIZON_WALL.split("\n"),
         ], appeals=[_HORIZON_WALL]),
    _doc("b86-heronjournal-exil-end", "appeal", "end",
         "Invented; modelled on Le Glob-journal (cut investigation, subscribers-only paywall with log-in line and two priced support plans)", "fr", [
             "Partir pour survivre, ou pour un avenir #3",
             "Avec leurs mots, c'est leur parcours qui défile. Il s'agit de rendre leur dignité à des familles entières, pères, mères et petits, qui ont dû abandonner tout ce qui les définissait dans l'espoir de sauver leur peau. Raconter l'exil reste pourtant délicat. Par pudeur sans doute, ceux qui ont fui, désormais à l'abri, regardent devant eux et préfèrent ne pas rouvrir «ces années-là. Ça fait trop mal» et nous ne cherchons pas le sensationnel. Le Héron-journal est allé à la rencontre de ceux que l'on nomme des «exilés». Récits",
             "Par Odile Marchadier",
             "Partir pour survivre, ou un avenir #3",
             "Des jeunes exilés sans famille - (c) Photo heron-journal",
             "Pourquoi les autorités emploient-elles un vocabulaire de fermeté, interdisant dans le cas du campement de Port-Levant toute installation,comme nous l'avons raconté dans un précédent volet, alors que d'après les récits recueillis sur le terrain on pourrait agir sans pénaliser ...",
             *_HERON_WALL.split("\n"),
         ], appeals=[_HERON_WALL]),
]


# --- Probe 66: negatives ------------------------------------------------------------------------

PROBE66_NEGATIVES = [
    _neg("b86-presseponant-numerique-neg",
         "Invented; modelled on Agence Bretagne Presse (regional agency report on a daily's paywall launch with prices)", "fr", [
             "Le Phare du Ponant mise sur le web et prend le virage du tout numérique",
             "Par Gwenaël Le Bihan",
             "Publié le 14/10/15 09:12 -- modifié le 00/00/00 00:00",
             "Le quotidien de Port-Kerzh, Le Phare du Ponant, dont les bureaux se trouvent en fait à Lanvéoc-Haut et à Rennes, a la réputation d'avoir souvent pris les devants en matière d'innovation.",
             "Il a été, entre autres, le premier quotidien de l'Ouest à passer à la quadrichromie en 1971, et il a ouvert son site internet dès 1997, avec l'école d'ingénieurs Télécom Armor (Kerzh-Guipel) et la Caisse régionale du Ponant, bien avant l'essor des fournisseurs d'accès grand public (automne 1998).",
             "Lundi 12 octobre 2015, il a engagé un vrai tournant pour conquérir des abonnés exclusivement numériques, qui pourront consulter le journal aussi bien sur ordinateur que sur tablette ou téléphone, grâce à une mise en page dite «adaptative» (responsive design).",
             "Le modèle retenu est celui du «mur payant» : 5 articles offerts chaque mois au lecteur non abonné, puis une offre d'abonnement numérique à 15,90 ¤ par mois (2 ¤ le premier mois). Un «pass 24 heures» est aussi proposé à 1,10 ¤, soit le tarif du journal en kiosque. La version imprimée adopte une nouvelle maquette et passe de 7 à 6 colonnes. Les 38 000 abonnés au papier bénéficient aussi de la version numérique. En parallèle, les reportages vidéo se multiplient et le contact avec les journalistes devient plus simple.",
             "Ce virage du Phare du Ponant colle à l'état de la presse papier, dont l'équilibre s'essouffle : poids excessif d'une publicité volatile et vulnérable aux crises, frais de distribution trop lourds.",
         ]),
    _neg("b86-echovaldore-tablessolidaires-collecte-neg",
         "Invented; modelled on La Gazette en Yvelines (local item on a charity's supermarket collection, volunteer call and sign-up site)", "fr", [
             "L’enjeu est de taille : les produits offerts dans les supermarchés constituent désormais la principale ressource des Tables Solidaires. L’an dernier, 74 000 bénévoles mobilisés pendant la collecte nationale d’avril ont rassemblé 6 300 tonnes d’aliments et d’articles d’hygiène. Un apport vital pour épauler les 950 000 personnes aidées l’an dernier, alors que 118 millions de repas ont été servis à travers le pays.",
             "Pour l’édition 2027, prévue les 9, 10 et 11 avril, quelque 60 000 bénévoles supplémentaires sont espérés dans 5 800 magasins. Dans le Val-Doré, où 129 tonnes avaient été collectées l’an passé grâce à 48 enseignes partenaires, les Tables Solidaires lancent un nouvel appel aux bonnes volontés : s’engager pour une journée ou un week-end aide directement les 1 740 antennes locales de l’association. Pour vous inscrire, rendez-vous sur collecte.tablessolidaires.example.org.",
         ]),
    _neg("b86-accentgravemag-panierscollecte-neg",
         "Invented; modelled on Circonflex Mag (student magazine report from a charity's supermarket collection, shopper quote on giving)", "fr", [
             "Grande collecte des Paniers Fraternels, l’affaire de tous.",
             "Du 8 au 10 avril, les Paniers Fraternels organisaient leur collecte nationale dans quelque 6 100 magasins partout en France. 71 000 bénévoles, habitués ou d’un jour, ont rassemblé sur le week-end 7 400 tonnes de nourriture et d’articles d’hygiène.",
             "Accent Grave Mag a passé la journée dans un hypermarché de Vaulmont et dans un entrepôt de l’association pour mieux comprendre cette opération nationale.",
             "« Vous pouvez nous aider ? ». Voilà ce que répètent depuis l’ouverture les bénévoles des Paniers Fraternels, installés devant les caisses de l’hypermarché des Quatre-Vents. Le groupe, repérable à ses chasubles orange, la couleur fétiche de l’association, salue les clients en leur présentant l’opération et la liste des produits recherchés : féculents, plats en conserve, savon ou dentifrice. Après les caisses, les clients remettent leurs achats à une autre équipe, qui les classe avant de les acheminer vers le dépôt voisin. Chez les clients, beaucoup de sourires et quelques mots gentils pour ces bénévoles d’un jour. Pour Gérard, client fidèle du magasin, c’est une habitude :",
             "« Tous les ans, je mets quelque chose de côté, même si ce n’est qu’une boîte de lentilles ou un paquet de sucre. Il y aura toujours quelqu’un pour en profiter ».",
             "Pendant trois jours, des volontaires de tous les âges sont venus dans les magasins partenaires pour offrir quelques heures à l’opération.",
         ]),
    _neg("b86-journaldesmairies-comptescampagne-neg",
         "Invented; modelled on La Gazette des communes (report on a campaign-finance commission: donors, tax relief, satellite parties, dash list)", "fr", [
             "Dans son rapport, la Commission indique qu’elle doit désormais, sur décision du juge, intégrer aux comptes de campagne le coût des « goodies électoraux ».",
             "C’est ainsi que le Parti de l’Avenir a obtenu le remboursement d’articles promotionnels comme des casquettes, des badges ou des sacs en toile à l’effigie de sa tête de liste ou de son mouvement, au titre de ses frais de campagne.",
             "À l’inverse, l’Union des Territoires n’a pas été remboursée des sandwichs offerts à ses assesseurs le jour du vote, ces frais ayant été engagés le jour même de l’élection.",
             "Partis satellites – Autre point examiné dans le rapport de la CCDE, l’essor des petits partis satellites, que la Commission juge toujours « impossible à cerner vu leur diversité ». Elle en distingue trois types :",
             "- les formations destinées à intervenir sur un seul territoire, parfois une unique circonscription,",
             "- les « formations montées au service d’une ambition personnelle »",
             "- et les formations créées pour des motifs uniquement financiers.",
             "Nouveauté 2014, des partis satellites apparaissent pour financer une campagne dans des communes de moins de 5 000 habitants. Dans ces communes, les donateurs ne peuvent pas profiter de la réduction d’impôt. Pour contourner cet obstacle, des partis satellites ont été créés afin de collecter les fonds de la campagne : les donateurs versent leur argent non pas au candidat lui-même mais au mandataire du parti qui le soutient, et gardent ainsi leur réduction d’impôt.",
             "312 comptes en 3 mois",
         ]),
    _neg("b86-julesferrandi-vigielibre-relais-neg",
         "Invented; modelled on Boris Victor blog (blog relaying another outlet's fundraising appeal, every line ending in \" |\")", "fr", [
             "Petit retour en arrière nécessaire. En novembre, dans une chronique consacrée à la pollution de la lagune de Sfar-el-Bahr, Nadia Cherkaoui, journaliste à La Vigie Libre, rappelait un fait désormais bien établi : le rôle de groupes français dans ce désastre environnemental. |",
             "Mais au lieu de traiter le fond de la question posée par le député écologiste Romain Lestrade, la ministre a choisi d’attaquer un média indépendant et de salir un travail d’enquête qui, visiblement, gêne le gouvernement. |",
             "Rassurez-vous : La Vigie Libre va continuer à fouiller du côté des décideurs et des grands groupes, à sortir les dossiers que d’autres préfèrent enterrer, et à tendre le micro à celles et ceux que l’on n’écoute jamais. |",
             "Seulement, cette liberté coûte cher. |",
             "Depuis une semaine, La Vigie Libre mène une campagne pour collecter les 80 000 euros dont elle a besoin pour tenir en 2027. |",
             "Si vous tenez à une presse libre, sans actionnaires ni grandes fortunes, sans ordres venus d’en haut, et qui ne plie pas sous la pression, soutenez La Vigie Libre. |",
             "Et petit plus, au passage, ça agace prodigieusement le gouvernement ! |",
             "Les dons ouvrent droit à une réduction d’impôt de 66% : donner 60€ ne vous revient qu’à 20,40€ une fois l’impôt déduit. |",
             "Bien amicalement, |",
             "L'équipe de La Vigie Libre |",
         ]),
    _neg("b86-reveilinsulaire-alizeinfo-nouveaumedia-neg",
         "Invented; modelled on Témoignages (island paper on a new non-profit outlet living on donations and crowdfunding)", "fr", [
             "Un numéro en ligne chaque mercredi",
             "Nouveau titre dans l’île : Alizé Info fait ses premiers pas",
             "14 mai 2023",
             "Alizé Info a été présenté officiellement hier à Anse-Bertrand-du-Sud. Ce jeune média sort un numéro en ligne chaque mercredi : « Ni annonceurs ni aides publiques « sous conditions » pour ce média associatif sans but lucratif. À la place, des enquêtes, des podcasts, des vidéos sur l’actualité de l’île et de ses environs, de la région jusqu’à Paris quand il y est question des Outre-mer. »",
             "« Vous avez peut-être entendu parler d’un alizé qui soufflerait sur notre île… Un alizé comme un courant d’air frais, une autre voie pour s’informer.",
             "Alizé Info est un média insulaire libre de toute attache politique ou financière. Mis en ligne chaque mercredi, il a vu le jour il y a à peine un mois et il est appelé à grandir.",
             "Ni annonceurs ni aides publiques « sous conditions » pour ce média associatif sans but lucratif. À la place, des enquêtes, des podcasts, des vidéos sur l’actualité de l’île et de ses environs, de la région jusqu’à Paris quand il y est question des Outre-mer.",
             "Derrière ce projet, une ancienne reporter du Journal de l’Île, Maëva Hoarau-Lebon qui, voilà quelques années, avait lancé un compte Instagram, Les Chroniques du Quai. Elle a été rejointe par deux anciens collègues du même quotidien, Thierry Payet et Ludovic Grondin, le premier ex-chef des informations, le second pigiste pour plusieurs sites d’enquête.",
             "Le concept séduit et fédère beaucoup d’énergies. Le projet pouvait démarrer.",
             "Dans l’île comme partout, lancer un média associatif et participatif, c’est miser sur une économie qui repose avant tout sur les dons. Les lecteurs ont d’ailleurs largement répondu à l’appel en finançant la cagnotte participative lancée sur la plateforme locale Koudmen.",
         ]),
    _neg("b86-alveolemag-exilpresse-neg",
         "Invented; modelled on Beeotop (magazine profile relaying a refugee newsroom's crowdfunding call, repeated as its own line)", "fr", [
             "Exil Presse : la parole aux jeunes journalistes exilés",
             "Aidez Exil Presse en contribuant à sa cagnotte participative sur Cagnotta ! Ce tout jeune média est fabriqué par des journalistes exilés et français, tournés vers un journalisme constructif.",
             "Aidez Exil Presse en contribuant à sa cagnotte participative sur Cagnotta !",
             "Tous les ans, des dizaines de journalistes étrangers cherchent asile en France. Le hic : ils peinent à décrocher un poste à la hauteur de leur expérience dans un métier où l’embauche est déjà rare.",
             "Et s’ils lançaient leur propre rédaction ? C’est le pari de Farid Rahimi, journaliste afghan exilé de 27 ans, en fondant le média en ligne indépendant Exil Presse. Installé en France depuis quatre ans, il a d’abord écrit pour La Gazette de l’Asile, le site de la Maison de l’exil qui héberge depuis 2005 des reporters menacés, avant de collaborer avec plusieurs quotidiens nationaux.",
             "Exil Presse reposera sur une rédaction d’une douzaine de journalistes venus des quatre coins du globe. « La majorité ont dû fuir leur pays, explique Farid. Chacun fera équipe avec un journaliste français, pour proposer un double regard sur l’actualité, en mettant en commun savoir-faire et points de vue. C’est ce qui fait la force d’Exil Presse. »",
             "Un journalisme constructif",
             "Le média couvrira évidemment les migrations et les parcours de ceux qui ont réussi à rejoindre la France, mais pas uniquement. « Nous voulons un journalisme qui cherche des pistes, exigeant mais aussi optimiste, et montrer que l’exil peut aussi être porteur d’avenir. Nous ferons entendre des gens isolés, à travers des reportages qui donnent de l’élan. »",
         ]),
    _neg("b86-journallyceeaurel-hebdocontinents-neg",
         "Invented; modelled on Journal du lycée Aubanel (school paper on a weekly's price, subscriptions and advertising)", "fr", [
             "Sortie à Paris : L’Hebdo des Continents",
             "Des élections au Chili à la guerre commerciale en passant par la crise climatique, le magazine L’Hebdo des Continents ne s’intéresse qu’à l’actualité internationale. Seul à occuper ce créneau, ce titre hebdomadaire est devenu un passage obligé du paysage de la presse française. Articles du magazine et de son site proviennent de plus de 1 200 journaux différents de tous les continents : L’Hebdo des Continents propose une fenêtre éclairante sur un monde complexe et varié.",
             "Lancé le 14 mars 1991, l’hebdomadaire est l’œuvre de Claire Dumontet, Patrice Velasquez, Arnaud Sibille et Lucien Morvan. En kiosque chaque mercredi pour 4,20 euros, la version papier compte une soixantaine d’articles dans une formule aussi originale que son idée de départ.",
             "Une idée originale",
             "Elle tient en une phrase : sortir chaque semaine un magazine qui couvre l’actualité à partir de la presse du monde entier traduite en français. 52 journalistes-traducteurs épluchent les versions imprimées et numériques des titres sérieux de la planète pour livrer une information vue d’ailleurs.",
             "Pour cela, de multiples partenariats sont conclus avec des journaux étrangers afin que L’Hebdo puisse reprendre leurs papiers. Ces accords avec les titres étrangers sont un pilier du magazine, et leur négociation est parfois ardue car il faut verser des droits d’auteur aux journaux partenaires pour chaque article repris. Pour payer ces droits, l’hebdomadaire compte surtout sur les abonnements numériques et les ventes papier. La publicité complète ces recettes et pèse 12 % de son chiffre d’affaires.",
         ]),
    _neg("b86-radiovalhaut-journalregional-neg",
         "Invented; modelled on Rhône FM (radio site story on communes planning to fund a regional paper, double newsroom byline, update line)", "fr", [
             "Les lecteurs en veulent, il n'y a rien : le Haut-Val réclame son journal",
             "Rédaction Radio Val-Haut, Rédaction Radio Val-Haut",
             "17 février 2021, 08:14",
             "/ Màj. le 2 mai 2024 à 15:06",
             "Le Haut-Val a besoin d'un quotidien papier, les communes de la vallée n'en doutent pas. Une commission vient d'être créée. Sa mission : retenir le projet le plus solide pour lui accorder un soutien financier.",
             "La vallée compte près de 85'000 habitants et pourtant… Aucun journal régional imprimé n'y paraît plus. Il est temps d'agir. L'association Haut-Val Avenir, qui fédère les 22 communes de la vallée, vient de constituer une commission. Elle réunit deux syndics de la rive nord et deux présidents de communes de la rive sud. Tous, évidemment, enfants du pays. Sa mission : étudier les différents projets de titres et trancher. Un coup de pouce financier devrait permettre au projet retenu de se lancer et de décrocher un soutien public. «Nous avons déjà plusieurs dossiers en main», indique sur Radio Val-Haut Martial Rouiller, président de Haut-Val Avenir (et syndic de Vernaz-Dessus). «Il y a par exemple «Le Courrier du Haut-Val», lancé par d'anciens rédacteurs. Un imprimeur de la région a aussi déposé une offre. Des lecteurs très attachés à «L'Écho de la Vallée» veulent également le faire renaître. D'autres idées circulent, notamment avec Radio Val-Haut ou le site Valinfo».",
             "Une aide publique incontournable",
             "Martial Rouiller se montre optimiste lorsqu'il affirme que «le Haut-Val fait des envieux». Soit. Mais Martial Rouiller reste aussi lucide. Les idées ne manquent pas, mais elles ne vivront pas sans soutien.",
         ]),
    _neg("b86-rtvb-deuxrives-contributions-neg",
         "Invented; modelled on RTBF (public broadcaster report on a translation site's appeal for contributions)", "fr", [
             "Au bout de quatre ans environ, Deux Rives, le site qui propose en français une sélection des meilleurs articles des journaux néerlandophones, pourrait fermer. C'est ce qu'annonce le média en ligne dans un texte mis en ligne ce jeudi.",
             "En mars 2016, Deux Rives a ouvert un site qui entend \"rapprocher les deux grandes communautés du pays en mettant à disposition (chaque jour et sans frais) des versions françaises de reportages et de chroniques parus dans les journaux néerlandophones\".",
             "Comme bien des titres, Deux Rives peine à équilibrer ses comptes. Si sa rédaction compte 12 bénévoles, elle rémunère des traducteurs professionnels et s'acquitte aussi des droits d'auteur.",
             "Côté finances, le site reçoit des aides publiques et a aussi bénéficié de dons. Ayant consacré la totalité des dons de ses lecteurs au fonctionnement, Deux Rives a presque entièrement consommé les subsides auxquels il pouvait prétendre. Voilà pourquoi l'équipe sollicite aujourd'hui des contributions.",
             "\"Nous lançons cet appel parce que les caisses sont vides, tout simplement, et que Deux Rives pourrait bel et bien s'éteindre. Nous voulons continuer à proposer aux lecteurs francophones les articles des journaux néerlandophones, tout en suivant le programme d'accompagnement \"Racines\" de l'incubateur Coopéra, qui doit nous aider à construire un modèle durable\", indique Sarah Vandamme, rédactrice en chef et cofondatrice du site.",
             "Un texte de soutien",
             "Inquiet du sort de ce site sans équivalent, le romancier et chroniqueur Lucien Verhaegen a publié un texte de soutien titré \"Deux Rives doit continuer à vivre\".",
         ]),
    _neg("b86-flashhebdo-deuxrives-appel-neg",
         "Invented; modelled on Paris Match Belgique (magazine report on a translation site's appeal for donations, relayed tweet with short link)", "fr", [
             "Un appel lancé pour sauver Deux Rives, au bord de la fermeture",
             "Lucien Verhaegen lors de la Nuit des Plumes en 2016. | © AGENCEPRESS / JULIEN DEPRÉ",
             "Confronté à de graves soucis d’argent, le site Deux Rives, qui traduit en français des articles néerlandophones, sollicite des dons.",
             "Deux Rives, le site qui met à disposition en français des reportages et des chroniques parus dans les journaux néerlandophones, pourrait bientôt fermer. Dans un texte public titré « Deux Rives doit continuer à vivre », le romancier et chroniqueur Lucien Verhaegen a écrit ce jeudi : « Je trouve navrant qu’un site de cette qualité, qui rend un vrai service au public, doive se battre autant pour réunir l’argent dont dépend son existence. »",
             "Lire aussi > Le Tambour revient en kiosque avec un numéro « posthume »",
             "Préoccupé par la fermeture possible de Deux Rives, Lucien Verhaegen a pris la plume « parce que grâce à lui, nous francophones, comprenons un peu mieux nos « cousins » du Nord. Parce qu’il aide aussi ceux du Nord à être un peu mieux entendus chez nous. Parce qu’en ce moment, plus que jamais, les deux communautés du pays semblent vivre chacune de son côté. » Une trentaine de personnalités comme Margaux Delvaux, Pieter Claes et Anaïs Lambotte ont aussi signé ce texte.",
             "Chers tous, quelques mots sérieux pour que le site « Deux Rives » (qui propose en français des articles des journaux néerlandophones) ne ferme pas ses portes.https://t.example.com/Rv8kLq2Zx",
             "— Lucien Verhaegen (@lverhaegen) March 7, 2019",
             "Une passerelle entre les deux communautés",
         ]),
]


BATCH86_DOCUMENTS = PROBE66_APPEALS + PROBE66_NEGATIVES
