"""Batch 92: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

21 documents (10 appeal, 11 negative; all FR): our own paraphrases of every document of the
local-only real probe 72 (21 documents, French pages about the press and its money). Each keeps the
real page's structure (headlines doubled with a spelling variant, standfirsts, a photo-caption line
with a trailing table pipe, an agency dateline in brackets, "Publié" / "sur" byline shards under a
section label, a WordPress "first appeared on" footer and a "Source:" line, paragraphs cut with "…",
"...", "[…]" or "[...]" or in the middle of a word, glued words and buttons, a subheading glued into
a paragraph, a padlock emoji line) and exactly what the real gold marks: a premium paywall stack of
read-more / already-subscribed / login lines whose subscribe line runs into an independence plea and
a bank-transfer donation line with an account number (the WordPress footer below stays text); a
four-line paid-article notice ending in a farewell; an unlimited-access offer with glued subscribe and
doubled login links, plus a separate follow-us-on-Twitter line; a "90% left to read" subscribers
block with a line-broken join sentence and doubled login; a lone "Suivez-nous" menu button at the
very top of an election report; a free-trial wall with its start button and a second
subscribers-only label; a one-line subscribers-only / support-expertise / subscribe / login wall
above a "[...]" line (which stays text); a pay-per-article cart notice with price and glued cart
button; a two-line must-be-logged-in notice; a padlock subscription menu with five price tiers.
Negatives keep what makes the real ones hard: a magazine's anniversary with circulation figures and
cooperative ownership, a local daily put up for sale, a day without newspapers in protest, an agency
report on a donation site set up by a press association for an attacked satirical weekly (its
quoted plea, tax relief and postal address stay text), a blog review of a new satirical monthly that
mentions its cover price, rising newsstand prices for named titles, a platform blocking news, a
postal-delivery cut, a report on crowdfunding platforms and their totals, a regional daily's takeover
ending in a "did you like this article? give us your opinion" feedback prompt, community radios
mobilising against a budget cut.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch92` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch92.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 72: appeal documents -----------------------------------------------------------------

_VHEBDO_WALL = "\n".join([
    "Envie de découvrir la fin de ce reportage ?",
    "Ce contenu exclusif",
    "est accessible à nos seuls abonnés.",
    "Vous avez déjà un abonnement ?",
    "Identifiez-vous",
    "Pas encore d'abonnement ?",
    "Abonnez-vousà V Hebdo pour défendre la diversité de l'information. V-Hebdo ne dépend d'aucun "
    "groupe industriel et vit seulement grâce à ceux qui le lisent. Une information exigeante et libre "
    "se paie.",
    "Aidez V Hebdo et la presse libre par virement : BE42 0000 7315 2280",
])

_ROULIS_WALL = "\n".join([
    "Ce papier n'est pas en accès libre.",
    "Pour le découvrir, lui et tous les autres, un abonnement s'impose.",
    "Tout se passe par là.",
    "À très vite.",
])

_COURANT_OFFER = "\n".join([
    "Lisez tous nos articles sans la moindre limite :",
    "Je m'abonne tout de suiteDéjà abonné ? Identifiez-vous par ici. Identifiez-vous par ici.",
])

_COURANT_TWITTER = "Retrouvez-nous sur Twitter: @C0urantC0nt1nu"

_HORSCHAMP_WALL = "\n".join([
    "Encore 85% de ce texte à découvrir",
    "Ce contenu est destiné aux abonné.e.s",
    "Rejoignez-les et profitez d'un décryptage",
    "des médias libre et sans publicité.",
    "Déjà abonné.e ? Identifiez-vousIdentifiez-vous",
])

_KORAINFO_FOLLOW = "Suivez-nous"

_PLANLARGE_TRIAL = "\n".join([
    "Cette analyse est accessible aux abonnés.",
    "Créez votre compte pour y accéder : 14 jours de test gratuit vous sont offerts.",
    "Démarrer mon essai",
    "Accès reservé aux abonnés",
])

_ATELIER_WALL = (
    "Ce contenu est accessible aux seuls abonnés Défendez une information spécialisée. "
    "Je m'abonne Déjà client ? Identifiez-vous"
)

_ANTENNE_CART = "\n".join([
    "L'accès à cet article est payant..",
    "Pour lire ce contenu, ajoutez-le d'abord à votre panier.",
    "Utilisez le bouton \"Ajouter au panier\" situé plus bas",
    "3.90 €Ajouter au panier",
])

_ECHOVALMORAN_LOGIN = "\n".join([
    "Il faut être identifié(e)(s) pour lire la suite du journal",
    "Je m'identifie",
])

_ONDES_TIERS = "\n".join([
    "La lecture intégrale de ce papier est réservée aux abonnés.",
    "Accédez à ce contenu en sélectionnant une offre :",
    "🔒",
    "Profitez de l'ensemble de nos articles exclusifs !",
    "Formule hebdomadaire",
    "45 € / Semaine",
    "Formule mensuelle",
    "160 € / Mois",
    "Formule trimestrielle",
    "450 € / 3 Mois",
    "Formule semestrielle",
    "850 € / 6 Mois",
    "Formule annuelle",
    "1 600 € / An",
    "Vous êtes abonné ? Je m'identifie",
])


PROBE72_APPEALS = [
    _doc("b92-vhebdo-ostrevie-radio-end", "appeal", "end",
         "Invented; modelled on L-Post via Radio Plus (premium paywall stack with independence plea and bank-transfer line, WordPress footer)", "fr", [
             "Ostrévie : la presse libre s'éteint titre après titre",
             "Sous la pression du ministère de l'Information, Radio Horizon a cessé d'émettre. Crédit: Imagothèque",
             "Après la suspension de L'Écho d'Ostrévie en mars 2023 et l'interpellation, la même semaine, de son fondateur Karim Belhadi, c'est désormais au tour de Radio Horizon, webradio appartenant au même groupe (Médias Carrefour), de quitter le paysage de l'information. Connue pour ses émissions de débat en direct et pour son ton sans concession vis-à-vis du gouvernement, cette station en ligne restait, jusqu'à la semaine dernière, l'un des derniers espaces où les voix de l'opposition pouvaient encore s'exprimer, malgré une surveillance toujours plus lourde.",
             _VHEBDO_WALL,
             "L’article Ostrévie : la presse libre s'éteint titre après titre a d'abord été publié sur V-Hebdo.",
             "Source: VHEBDO",
         ], appeals=[_VHEBDO_WALL]),
    _doc("b92-leroulis-presse-locale-end", "appeal", "end",
         "Invented; modelled on Le Tangue (short satirical-monthly teaser, four-line paid-article notice)", "fr", [
             "Des journaux sauvés, mais à peine debout",
             "Grimaces des actionnaires de la presse de l'île, grève à la rédaction de La Gazette du Sud, vente de celle-ci, départs en cascade à L'Écho des Hauts et au bout du compte répit pour les deux : ces semaines resteront dans les annales du journalisme insulaire, sans pour autant régler grand-chose.",
             _ROULIS_WALL,
         ], appeals=[_ROULIS_WALL]),
    _doc("b92-courantcontinu-taxe-audiovisuelle-end", "appeal", "end",
         "Invented; modelled on Electron Libre (cut teaser, unlimited-access offer with glued links, follow-on-Twitter line)", "fr", [
             "Fin de la taxe audiovisuelle : le service public, souffre-douleur du palais présidentiel",
             "L'exécutif a confirmé que la disparition de la contribution à l'audiovisuel public figurerait au budget 2026. Le dispositif qui doit la remplacer pour financer les chaînes et radios publiques reste à définir.",
             "Le chef de l'État, Henri Vasseur, est pressé. À peine reconduit dans ses fonctions, et alors qu'il n'a toujours pas désigné son futur chef du gouvernement, voilà que la fin de la taxe audiovisuelle revient sur la table. Ces dernières…",
             _COURANT_OFFER,
             _COURANT_TWITTER,
         ], appeals=[_COURANT_OFFER, _COURANT_TWITTER]),
    _doc("b92-horschamp-hebdo-rachat-end", "appeal", "end",
         "Invented; modelled on Arrêt sur images (media-criticism teaser cut mid-word, percent-left subscribers block)", "fr", [
             "À \"L'Hebdo du Dimanche\", \"les extrémistes ont le champ libre\"",
             "Les visages sont fatigués, mais la détermination intacte. Face au siège du groupe Valmy Médias à Montreuil-sur-Orge, ce matin du 4 juin, les rédacteurs de L'Hebdo du Dimanche ont étalé sur le trottoir des piles entières de leur journal, promis à rejoindre l'écurie de l'homme d'affaires Gaspard Ternier. L'industriel, qui a pris le contrôle du groupe Valmy, s'offre avec cet hebdomadaire un futur porte-voix redoutable. Si l'avenir de l'équipe paraît scellé – les exemples de Radio Cité et de Canal 9 hantent toutes les mémoires –, les journalistes comptent bien ne pas céder sans se battre. Derrière la façade vitrée de la tour, la direction du groupe tient un comité stratégique. Tout un sym...",
             _HORSCHAMP_WALL,
         ], appeals=[_HORSCHAMP_WALL]),
    _doc("b92-korainfo-elections-top", "appeal", "top",
         "Invented; modelled on DakarXibar (follow-us menu button above an election report with section and byline shards)", "fr", [
             _KORAINFO_FOLLOW,
             "Afrique",
             "au Kessora, un scrutin sous la menace des groupes armés",
             "Publié",
             "sur",
             "Des électeurs patientent à l'entrée d'un centre électoral de Tambali, la capitale du Kessora, lors des élections générales du 14 décembre 2025.",
             "Awa Sidibé était debout avant le lever du soleil, pressée d'aller glisser son bulletin « pour que les choses bougent » ce dimanche 14 décembre au Kessora, où environ 4,8 millions d'inscrits étaient convoqués pour des élections présidentielle et législatives couplées. « Mon seul vœu, c'est que le calme revienne chez nous », murmure cette femme de 27 ans, un foulard jaune noué sur la tête, pendant qu'une trentaine d'électeurs attendent devant le bureau installé dans le collège de Dioula, un quartier de Tambali.",
             "Elle vote avec plus de tristesse qu'au précédent scrutin, en pensant à son cousin soldat, âgé de 22 ans, tombé en opération il y a huit mois. « J'attends de notre futur président qu'il sache ramener la sécurité », répète cette infirmière, qui garde pour elle le nom de son candidat. Chez beaucoup de votants, l'espoir est immense. En quatre ans, les violences armées ont coûté la vie à plus de 2 100 personnes et poussé près de 800 000 habitants à quitter leur village.",
         ], appeals=[_KORAINFO_FOLLOW]),
    _doc("b92-planlarge-ministre-audiovisuel-end", "appeal", "end",
         "Invented; modelled on Écran Total (two-line news brief, free-trial wall with start button and subscribers label)", "fr", [
             "Mathilde Aubrac : \"aucune refonte de l'audiovisuel public sans budget garanti\"",
             "Reçue dans la matinale de Radio Hexagone, mardi 12 mars, la ministre de la Culture Mathilde Aubrac a répété son souhait de \"conserver un service public fort et indépendant\" .",
             _PLANLARGE_TRIAL,
         ], appeals=[_PLANLARGE_TRIAL]),
    _doc("b92-atelierindustriel-armateur-quotidien-end", "appeal", "end",
         "Invented; modelled on L'Usine Nouvelle (business story, one-line subscribers-only wall above a [...] line)", "fr", [
             "Avec un patrimoine professionnel évalué par le magazine Fortunes & Capitaux à près de 37 milliards d'euros, Léon Castaldi, le dirigeant du groupe maritime Navalis, s'est hissé cette année parmi les trois premières fortunes du pays, derrière Armand Delorme (Delorme Luxe) et Hélène Vautrin (Vautrin Cosmétiques). Et que fait un grand patron quand il en arrive là ? Il achète des tableaux, ou des journaux. Le 12 octobre, le tribunal de commerce de Villefranche-sur-Orge a permis à l'armateur, dont les bénéfices battent des records, de reprendre les parts détenues par la holding Ferrand dans le quotidien régional Le Littoral, mettant fin à un duel avec un autre magnat, Julien Morvan.",
             "Pour s'offrir ce titre de Portvieux, la ville qui abrite son quartier général, il n'a rien lâché.",
             _ATELIER_WALL,
             "[...]",
         ], appeals=[_ATELIER_WALL]),
    _doc("b92-antenneplus-ministre-commission-end", "appeal", "end",
         "Invented; modelled on Le Média Plus (cut wire lead, pay-per-article cart notice with price)", "fr", [
             "La ministre de la Culture Mathilde Aubrac a répété mardi que «le service public de l'audiovisuel doit être protégé», face à la commission d'enquête de l'Assemblée consacrée à ce secteur en pleine tempête. «Il ne faut pas le fragiliser. Il faut avancer ensemble», a-t-elle déclaré aux élus de cette commission mise sur pied à l'initiative de…",
             _ANTENNE_CART,
         ], appeals=[_ANTENNE_CART]),
    _doc("b92-echovalmoran-collectes-seisme-end", "appeal", "end",
         "Invented; modelled on Actualité Juive (community paper's report on emergency donation drives, must-be-logged-in notice)", "fr", [
             "Élan de la diaspora : les collectes pour le Valmoran se multiplient",
             "Le rituel des campagnes d'urgence a recommencé pour les associations de la diaspora depuis le séisme qui a frappé le Valmoran. À la Fondation Horizon, les lignes téléphoniques sont saturées. « Les donateurs sont bouleversés, ils veulent agir, ils nous appellent pour savoir comment se rendre utiles », raconte Arno Vartanian. Il y a quelques jours, la fondation a reçu de ses partenaires sur place une demande précise : prendre en charge l'hébergement de trois cents enfants dans ses maisons d'accueil des montagnes du nord. « Il s'agit d'offrir un peu de calme à ces enfants qui ont tout perdu. Il faut tout mettre en œuvre pour les mettre à l'abri et les aider à surmonter le choc », souligne le directeur national.    « Il faut mettre les enfants à l'abri »Même priorité à la Maison Solidaire, où les besoins sont fixés par la cellule de crise nationale à laquelle elle participe. « La Maison Solidaire veut accueillir les familles des villages détruits dans des régions épargnées et doit en outre  reconstruire des dizaines d ...",
             _ECHOVALMORAN_LOGIN,
         ], appeals=[_ECHOVALMORAN_LOGIN]),
    _doc("b92-bulletindesondes-chroniqueur-ecarte-end", "appeal", "end",
         "Invented; modelled on La Lettre de l'Audiovisuel (cut media brief, padlock subscription menu with five price tiers)", "fr", [
             "Sur une chaîne étrangère, le consultant de l'émission «Le Grand Débat» avait attaqué le gouvernement d'un pays voisin, qu'il avait traité de «régime mafieux». Radio Continent l'a écarté de l'antenne. L'affaire n'a pas duré. Le chef d'entreprise Samir Haddou s'était lancé dans une charge violente contre ce pays et ses dirigeants sur la télévision NV24. […]",
             _ONDES_TIERS,
         ], appeals=[_ONDES_TIERS]),
]


# --- Probe 72: negatives ------------------------------------------------------------------------

PROBE72_NEGATIVES = [
    _neg("b92-observateurdulundi-25ans-biencommun-neg",
         "Invented; modelled on Le Nouvel Obs (magazine anniversary with circulation figures and cooperative ownership)", "fr", [
             "Les 25 ans de \"Bien Commun\"",
             "Devise du mensuel : \"la croissance est un outil, pas un but\".",
             "Par L'Observateur du Lundi",
             "Lancé il y a 25 ans, le mensuel Bien Commun s'est fait une place parmi les titres consacrés à l'économie et imprime aujourd'hui près de 85.000 exemplaires. \"BiCo\", comme le surnomment ses fidèles, a été fondé en mars 1976 par Lucien Garrigue, qui l'a dirigé jusqu'en 1997. Au départ, le journal ne sortait qu'à 3.000 exemplaires.",
             "Dans son numéro spécial anniversaire, le mensuel rappelle sa mission : \"offrir aux lecteurs de quoi décrypter les enjeux économiques et sociaux\". \"Nous sommes partis d'une idée simple : l'économie doit servir la société, et non l'inverse. Il faut sans cesse l'encadrer pour que ses fruits bénéficient à tous\" résume sa rédactrice en chef, Agnès Morel.",
             "Avec une diffusion moyenne de 83.700 exemplaires (chiffres 2000), le mensuel reste loin de \"Fortunes\" (398.000 ex.) ou de \"Décideurs\" (226.000 ex.), mais il talonne \"Le Monde des Affaires\" (137.000) ou \"Marchés-Hebdo\" (119.000). Il dépasse en revanche \"L'Économiste Moderne\" (71.000).",
             "\"BiCo\" appartient à une coopérative réunissant tous les salariés du titre, des personnalités \"engagées dans son projet\" et d'anciens collaborateurs. Au menu du numéro de mars : les défis économiques du nouveau millénaire.",
         ]),
    _neg("b92-infolagon-gazette-a-vendre-neg",
         "Invented; modelled on Linfo.re (one-paragraph item on a local daily put up for sale)", "fr", [
             "« La Gazette du Lagon cherche repreneur » ! Peut-être avez-vous aperçu ce titre en première page ce matin. Les dirigeants du quotidien comptent solliciter dès demain son placement en redressement judiciaire avec une période d'observation de six mois. Un journal en danger de mort, c'est toujours une triste nouvelle. « La Gazette continuera » assure la rédaction, autrement dit le titre espère trouver un acquéreur.",
         ]),
    _neg("b92-netactu-journee-sans-presse-neg",
         "Invented; modelled on WebInfos (one-paragraph item on a press day of protest, cut with an ellipsis)", "fr", [
             "Les difficultés que rencontrent les groupes de presse ont conduit les éditeurs à lancer une série d'actions. une journée sans journaux est annoncée ce jeudi 9 octobre 2025 pour protester, dans un éditorial commun, contre « l'asphyxie organisée de la presse » en invoquant : la saisie des comptes des rédactions, l'annulation brutale et abusive des contrats d'annonces, le blocage des aides publiques…",
         ]),
    _neg("b92-ecogestion-dons-satirique-neg",
         "Invented; modelled on WebManagerCenter (agency wire on a press association's donation site for an attacked weekly, caption with table pipe)", "fr", [
             "incendie au siège du Rictus (Photo : Laure Delambre) |",
             "[14/02/2016 11:42:09] Lyon (APN) Un site jesoutiensrictus.example.org a été mis en ligne samedi pour collecter des dons au profit de l'hebdomadaire satirique Le Rictus, dont les locaux ont été ravagés par un incendie criminel jeudi.",
             "“Le site fonctionne dès aujourd'hui”, a indiqué à l'APN Bernard Lachaume, président de l'association Voix Plurielles, qui pilote les appels aux dons du public installé en France souhaitant venir en aide au Rictus.",
             "“Le Rictus ne s'en sortira pas sans ses lecteurs”, affirme l'association, qui fédère les syndicats d'éditeurs de presse. Elle ouvre droit à des réductions d'impôt pour les dons aux journaux.",
             "“L'incendie a provoqué une immense vague d'indignation. Les gens veulent agir concrètement. Ce site leur en donne le moyen”, ajoute M. Lachaume.",
             "Dans le cadre de cette initiative intitulée “Je soutiens Le Rictus”, les contributions, qui ouvrent droit à une réduction fiscale de 66%, peuvent aussi être adressées par voie postale (Association Voix Plurielles – TSA 48120 – 69990 Lyon Cedex).",
             "Le fonds Voix Plurielles a également débloqué 150.000 euros pour financer l'impression à 800.000 exemplaires du prochain numéro du Rictus, attendu en kiosque jeudi.",
             "L'ONG Plumes sans Frontières collecte les dons venus de l'étranger.",
         ]),
    _neg("b92-corsairedulagon-qui-est-le-roulis-neg",
         "Invented; modelled on Le Pirate de La Réunion (blog review of a new satirical monthly, cut mid-word)", "fr", [
             "Mais qui se cache derrière Le Roulis ?",
             "Depuis des années, des journalistes de l'île, des éditeurs, des aventuriers, des utopistes, des plumes en colère caressent l'idée d'acclimater à Sainte-Aure un satirique sur le modèle de La Crécelle, le célèbre hebdo de la capitale. Et il faut bien avouer que la matière ne manque pas. Mais ce projet s'était toujours fracassé sur les récifs du réel : manque d'argent, lectorat trop restreint... Un journal, Le Roulis, a malgré tout tenté l'aventure, et publié son premier numéro. Il devrait paraître chaque mois, le premier jeudi. On a sorti trois euros, et on l'a lu. Conclusion : plutôt soigné, des enquêtes solides, du fouillé, de l'ironie. Et c'est agréable à lire, en plus. Avec en bonus une caricature de Tignasse, sur la querelle pêcheurs-plaisanciers, un article bien vu",
             "sur le nouveau préfet de Sainte-Aure, un autre sur radio Kanal Lib (et pas Canal Libre, mais passons, sûrement une faute de frappe...) . Bref, prometteur pour un premier essai. La Pirogue, vers la fin des années 1990, mordait davantage, mais chacun ses goûts.",
             "Voilà de quoi piquer la curiosité, et les rédactions de l'île n'ont pas tardé à s'interroger. Une seule question : qui tient la barre du Roulis ? Un détour par l'ours (la carte d'identité du journal) ne nous éclaire pas beaucoup ; le journal est dirigé par un certain Julien Payet, et le comité éditorial, qui compte cinq personnes, aligne des noms que personne ne connaît dans le petit monde local. Un peu d'air frais, ce n'est pas plus mal.",
             "Le même plantigrade nous révèle aussi que le mensuel appartient à la SARL M., \"au capital de 500 euros, immatriculée à Port-Kamaro\". Le Roulis viendrait donc de Kamaro, ce que confirme le groupe facebook des journalistes de Sainte-Aure, où un membre avance la piste de Mkanga, feuille satirique de Kamaro.",
             "Au détour des pages, une page 4 de brèves très largement piochées dans la presse de l'île. Une page de brèves qui égratigne Le Corsaire à propos d'un papier datant de plusieurs sem",
         ]),
    _neg("b92-annuairepro-prix-magazines-neg",
         "Invented; modelled on Societe.com actualités (doubled headline with spelling variant, byline, subheads, newsstand price rises)", "fr", [
             "En 2026, vos magazines vous coûteront plus cher",
             "En 2026, vos magazines vous couteront plus cher",
             "L'encre et le transport flambent à leur tour et les éditeurs s'apprêtent à en répercuter le coût sur leurs titres, dont le tarif devrait grimper de 15 à 40 centimes.",
             "Publié le 30-12-2025 par Corinne Lemarchand",
             "Des kiosques en souffrance",
             "Depuis une vingtaine d'années déjà, la presse imprimée traverse une passe difficile : ses lecteurs migrent vers les écrans, et avec eux s'effritent ses deux piliers financiers, la vente en kiosque et la publicité. Est venue s'y greffer, à partir de 2019, la déroute de Distripresse, le grand réseau de distribution du pays, qui acheminait 70% des magazines et la totalité des hebdomadaires nationaux. Même si Messageries Unies a repris l'essentiel de son activité, l'incertitude qui a suivi sa chute pèse encore sur tout le secteur.",
             "Envolée des coûts de fabrication",
             "Aux difficultés de fond s'ajoute désormais la hausse brutale des frais d'impression et d'acheminement. Marc-Antoine Delval, qui préside le directoire du groupe Horizon Presse, parle ainsi d'une « envolée sans équivalent des dépenses de fabrication », rendant selon lui des hausses « inévitables » pour « préserver l'équilibre » et les « moyens de la rédaction » de ses titres. Même discours chez L'Hebdo Éco et Le Panorama, qui passeront de 4,50 euros à 4,80 euros, tout comme Regards, porté à 3,90 euros. Le tarif de Terre & Foi grimpera pour sa part de 3,20 euros à 3,50 euros dès lundi. Quant au Courrier du Soir, le pas est déjà franchi...Il a relevé son prix de 20 centimes en octobre, et restera donc affiché à 2,60 euros ; du moins pour l'instant...",
         ]),
    _neg("b92-courriernorvalle-blocage-actualites-neg",
         "Invented; modelled on Le Journal de Québec (wire story on a platform blocking news content)", "fr", [
             "Terminée, la période d'«essais»: la plateforme Connecto a annoncé lundi avoir «lancé la procédure destinée à retirer pour de bon les articles de presse de ses services en Norvalie».",
             "«Ces mesures prennent effet dès ce jour et seront étendues à l'ensemble des personnes utilisant Connecto et Pixgram en Norvalie dans les semaines qui viennent», a ajouté l'entreprise dans un billet publié sur son blogue.",
             "Depuis le vote de la Loi sur la rémunération des contenus d'information du gouvernement Lavoie en mai, plusieurs internautes se sont déjà vu refuser l'accès aux publications et aux comptes de certains journaux norvaliens.",
             "Le géant du numérique parlait alors de simples «essais».",
             "En juin, Connecto affirmait vouloir appliquer le blocage d'ici «un mois ou deux», le temps de terminer ces essais.",
         ]),
    _neg("b92-ouvrierdusud-distribution-postale-neg",
         "Invented; modelled on Le TC / Le Travailleur Catalan (headline and teaser cut with an ellipsis)", "fr", [
             "Un nouveau coup dur pour les journaux",
             "Dans un contexte déjà très tendu pour le secteur, le service postal a annoncé qu'il n'acheminerait plus la presse que deux jours par semaine. Une décision qui pourrait précipiter des titres déjà fragilisés vers le gouffre. Faute de nouvelles à couvrir ou de journalistes pour traiter les sujets, beaucoup de journaux …",
         ]),
    _neg("b92-echovalbonnet-cagnottes-neg",
         "Invented; modelled on L'Avenir à Dubon (report on crowdfunding platforms and their totals, cut mid-word)", "fr", [
             "La cagnotte en ligne, nouvelle star de la solidarité",
             "Publié le 14 mars 2024 à 18h30",
             "En 2023, 171,4 millions d'euros ont été réunis via le financement participatif sous forme de dons. Même si le total recule un peu par rapport à 2022, ces collectes numériques séduisent largement, et donnent vie à des initiatives caritatives et solidaires. Enquête sur le don à l'heure du smartphone.",
             "\"Aidez-nous à partir en voyage de noces\", \"Un cadeau pour la crémaillère\" : ce genre de demandes s'invite sans cesse dans nos messageries et nos fils d'actualité. Si la cagnotte accompagne désormais toutes sortes de fêtes, elle est aussi devenue un outil prisé des associations pour collecter de l'argent. Simple à lancer, dopée par le partage en ligne et tournée vers l'implication de chacun, pas étonnant qu'elle soit aussi adoptée pour financer des causes solidaires !",
             "Elles se nomment Tirelire Commune, DonsFaciles ou Le Pot des Voisins et invitent les particuliers à contribuer à des collectes en faveur de projets, d'associations ou de collectifs engagés. En 2023, cette forme de générosité connectée a permis de réunir près de 27 millions d'euros pour des causes humanitaires et durables, soit environ 15,8 % du total collecté en dons participatifs d'après l'observatoire 2023 du cabinet Novaris et de l'Union du Financement Citoyen. Le cabinet relève que «la collecte participative signe cette année sa meilleure croissance jamais mesurée. Elle s'impose comme un réflexe d'épargne toujours plus courant chez les particuliers et comme un instrument de générosité plébiscité par tous. »",
             "Les crises stimulent la générosité",
             "Avec les inondations de l'automne, la flambée des prix de l'énergie, les dif",
         ]),
    _neg("b92-mportvieux-rachat-quotidien-neg",
         "Invented; modelled on mprovence (takeover of a regional daily, radio-show guests, feedback prompt at the end)", "fr", [
             "Cette acquisition s'inscrit dans une série d'épisodes récents qui semblent, au premier regard, donner une nette longueur d'avance à Léon Castaldi et à son groupe Navalis, disposé à débourser plus de 65 millions pour racheter le journal.",
             "Le Littoral est un quotidien qui, comme la quasi-totalité des titres de la presse écrite, affronte une situation financière délicate, conséquence de l'érosion continue de sa diffusion.Alors qu'au lancement de la procédure de cession, bien des interrogations subsistaient sur la possibilité même de bâtir un projet commun entre la rédaction du Littoral et le célèbre dirigeant du premier employeur de Portvieux, le climat paraît désormais serein, au point qu'officiellement, seule l'offre de Navalis a été soumise à ce jour aux représentants du personnel du Littoral.",
             "Évidemment, la procédure de cession réserve encore bien des rebondissements, en souhaitant qu'elle ne s'enlise pas devant les tribunaux, mais les Vigies ont également cherché à comprendre ce qui pousse Navalis, dans une période délicate pour la presse régionale .",
             "Ces dernières semaines, deux annonces paraissent confirmer l'attachement de la famille Castaldi à Portvieux : la reprise de Livrexpress par sa filiale logistique Navaltrans et le lancement cette semaine du chantier d'un campus dédié aux métiers de la mer, Boussole, dans le quartier des Capucins. L'avenir dira s'il faut creuser davantage pour cerner d'autres raisons chez le patron de Navalis.",
             "Sophie Marchetti, présentatrice de l'émission, recevait les journalistes Alain Rocca de Portvieux-Urbain.info, Pascale Giudicelli, rédactrice en chef de mportvieux et Thierry Ollivier, directeur de la publication de mportvieux.",
             "cet article vous a-t-il intéressé ?",
             "Partagez votre avis avec nous",
         ]),
    _neg("b92-courrierondes-radios-associatives-neg",
         "Invented; modelled on La Lettre Pro de la Radio (headline and one-paragraph brief on a budget cut)", "fr", [
             "Radios locales : branle-bas de combat contre les coupes budgétaires",
             "Les radios locales associatives sont sous le choc. Le budget 2026 présenté par le gouvernement prévoit de réduire de 31 % le Fonds d'aide aux radios de proximité (FARP), un choix qui met en péril l'existence même de ces stations de terrain, indispensables au pluralisme et à la vie démocratique. Devant cette menace sans précédent, les antennes ont choisi de contre-attaquer, en se mobilisant pour porter leurs revendications et défendre un pilier de l'économie sociale et solidaire.",
         ]),
]


BATCH92_DOCUMENTS = PROBE72_APPEALS + PROBE72_NEGATIVES
