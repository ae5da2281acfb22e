"""Batch 96: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (11 appeal, 11 negative; all FR): our own paraphrases of every document of the
local-only real probe 76 (22 documents, French trade, regional and blog pages). Each keeps the real
page's structure (short paywalled teasers cut with "[…]", "…" or an open « quote mark, a farm
magazine's metered-paywall box with a percentage line, "• >" bullets and a button, a blog with
garbled "Ă©"/"Ăš"/"â" characters, a trade-press article with a theme-tag newsletter picker between its
dateline and a body with "- " list lines cut mid-word, a Telegram follow line above an article, a
regional newsletter sign-up trio, a "to follow" heading with a "read page N" line, an editorial with a
reading-time line, bylines repeated twice, a counters byline glued together, "lire la suite" and
"Lire la suite." endings) and exactly what the real gold marks: a "(rest for subscribers)" tag glued
to the end of a paragraph; a one-line subscribers-only notice under a "[…]" teaser; a whole metered
paywall box from "reserved for subscribers" to its button; a blog's "more from the author / subscribe
by e-mail" pair; a one-line subscribers-only notice; a personalised-newsletter theme picker with its
tags and validate button; a one-line "subscribe now to read on" line; a follow-our-Telegram-channel
line at the top; a two-line "reserved for subscribers, log in or subscribe" notice; a newsletter
sign-up trio; a one-line subscribers-only label at the top. Negatives keep what makes the real ones
hard: an economics monthly's editorial on its independence and cover price, a blog relaying another
magazine's rescue appeal, a site relaying an investigative outlet's donation link after a press-freedom
story, a guide to online kitties with fees, three food-bank collection reports with dates, volunteers,
tonnages and ways to give, a regional fundraising campaign with its goal, a press-freedom news brief,
a radio item on insistent charity phone calls, and a blog's item on a care home's online kitty.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch96` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch96.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files). The real negatives carry position "none"; `_neg` writes "real", as in
every earlier batch.
"""


from whole_documents import _doc, _neg


# --- Probe 76: appeal documents -----------------------------------------------------------------

_GARRIGUE_TAG = "(la suite pour nos abonnés)"

_CARVOYAGEURS_WALL = "Article accessible uniquement aux lecteurs abonnés"

_TERRES_BOX = "\n".join([
    "Article à lire en intégralité avec un abonnement Terres & Troupeaux",
    "identifiez-vous pour continuer votre lecture",
    "6%",
    "Vous avez lu 6% de cet article",
    "Découvrez la suite de l'article",
    "grâce à 1 mois d'essai offert chez Terres & Troupeaux",
    "(Sans engagement, offre limitée aux nouveaux lecteurs)",
    "• > Tous nos articles en illimité",
    "• > Nos 3 lettres d'information",
    "• > 4 magazines livrés à domicile",
    "Je me lance !",
])

_KOWALCZYK_FOLLOW = "\n".join([
    "Plus de lectures signées Jérémie Kowalczyk",
    "Inscrivez-vous pour être averti par e-mail de chaque nouveau billet.",
])

_VEILLEJURI_WALL = "Lecture réservée à nos abonnés"

_BATISSEUR_PICKER = "\n".join([
    "Ma lettre d'info sur mesure",
    "Ajouter ce(s) sujet(s) à ma lettre d'info sur mesure",
    "OPC",
    "Génie civil",
    "IngéConseil",
    "Travaux publics",
    "Enregistrer",
])

_DIALOGUE_WALL = "Abonnez-vous sans attendre pour lire ce contenu jusqu'au bout"

_STEPPE_TELEGRAM = (
    "Retrouvez Steppe & Taïga sur Telegram ! Nos articles arrivent directement sur votre téléphone : "
    "inscription gratuite sur https://telegram.example/steppetaiga_fr"
)

_AGROHEBDO_WALL = "\n".join([
    "Cet article est accessible aux seuls abonnés.",
    "Identifiez-vous ou souscrivez un abonnement pour le lire.",
])

_SAHELHORIZONS_SIGNUP = "\n".join([
    "Restez informé sur le Niger, le Sahel et nos projets :",
    "Recevez nos lettres d'information par thème",
    "Je m'inscris à la lettre",
])

_FERMEINFO_WALL = "Réservé à nos abonnés."


PROBE76_APPEALS = [
    _doc("b96-garriguelibere-reunion-majorite-suite-end", "appeal", "end",
         "Invented; modelled on L'Agglorieuse (satirical local weekly, subscribers tag glued to the end of a teaser paragraph)", "fr", [
             "Pense à tes pouvoirs de vote",
             "Nous l'annoncions dans notre dernier numéro. Les conseillers de la majorité se sont réunis à près de 35 dans la salle des fêtes (se moquant au passage des consignes de prudence sanitaire alors en vigueur). Officiellement pour passer en revue les affaires courantes de la commune, mais en réalité pour « décortiquer » le score décevant obtenu au premier tour par le maire sortant, Gérard Pallarès. " + _GARRIGUE_TAG,
         ], appeals=[_GARRIGUE_TAG]),
    _doc("b96-caretvoyageurs-voeux-editorial-paywall-end", "appeal", "end",
         "Invented; modelled on Bus & Car (trade-press editorial teaser cut with […], subscribers-only line)", "fr", [
             "Janvier a, comme à l'accoutumée, été rythmé par une cascade de réceptions de nouvel an de toutes sortes. De la ministre des Transports jusqu'au plus modeste président de fédération régionale, chacun y est allé de son discours plein d'optimisme sur l'avenir des métiers qu'il a sous sa responsabilité. Le rituel, attendu et […]",
             _CARVOYAGEURS_WALL,
         ], appeals=[_CARVOYAGEURS_WALL]),
    _doc("b96-terrestroupeaux-broutards-cours-paywallbox-end", "appeal", "end",
         "Invented; modelled on La France Agricole (farm news teaser, metered paywall box with percentage line, bullets and button)", "fr", [
             "«Entre 2015 et 2016, j'ai laissé 40 €/100 kg sur mes broutards, et je m'attends à en perdre encore 10 à 15 cette année » soupire un naisseur de la Nièvre. Et la dégringolade des cours ne devrait pas s'interrompre à la rentrée.",
             _TERRES_BOX,
         ], appeals=[_TERRES_BOX]),
    _doc("b96-kowalczyk-blog-pauvrete-abonnement-end", "appeal", "end",
         "Invented; modelled on Aleksander Glogowski blog (short blog post with garbled characters, more-from-author and e-mail subscribe lines)", "fr", [
             "Pourquoi la discussion publique ne s'empare-t-elle jamais de ces chiffres qui disent crûment où en est notre continent ?",
             "Précisons au passage qu’il s’agit de donnĂ©es de 2018. On n’ose imaginer âet on le fait avec une certaine apprĂ©hensionâ ce que montreront celles de 2023, aprĂšs la pandĂ©mie et ses suites (sans parler des effets de la flambĂ©e des prix de l’Ă©nergie).",
             _KOWALCZYK_FOLLOW,
         ], appeals=[_KOWALCZYK_FOLLOW]),
    _doc("b96-veillejuri-indices-btp-paywall-end", "appeal", "end",
         "Invented; modelled on LegalNews (legal-watch brief, subscribers-only line)", "fr", [
             "Le Journal officiel du 14 mars 2015 publie un avis portant sur plusieurs indices servant à actualiser et réviser les prix des marchés de travaux pour décembre 2014 : matériaux de voirie, location d'engins, ouvrages d'art, éclairage public, signalisation, second œuvre, réseaux.",
             _VEILLEJURI_WALL,
         ], appeals=[_VEILLEJURI_WALL]),
    _doc("b96-batisseurhebdo-mission-opc-newsletterpicker-top", "appeal", "top",
         "Invented; modelled on Le Moniteur (trade-press article with a personalised-newsletter theme picker under the dateline, list lines, cut mid-word)", "fr", [
             "Génie civil La mission OPC sur les chantiers de réseaux",
             "le 14/03/2007  |  OPCGénie civilIngéConseil",
             _BATISSEUR_PICKER,
             "Note de mars 2006 IngéConseil",
             "Mieux coordonner maîtres d'œuvre, entreprises et pilotes de chantier",
             "Entre les différents métiers de la maîtrise d'œuvre, les missions d'ordonnancement et de pilotage donnent souvent lieu à des tensions ou à des malentendus, qui coûtent cher aux cabinets et ne profitent ni au maître d'ouvrage ni aux autres acteurs du chantier.",
             "Pour rendre des prestations plus solides et travailler plus sereinement, la commission RÉSEAUX d'IngéConseil a jugé utile de préciser les relations entre les différents intervenants et de mieux cerner ce que recouvrent concrètement les missions suivantes :",
             "- CONCEPTION-ACT,",
             "- Ordonnancement (ORD),",
             "- Pilotage et coordination (PC),",
             "Cette note cherche à décrire plus nettement chacune de ces missions à partir de ce que chacun en attend, afin qu'elles se suffisent à elles-mêmes et ne renvoient pas leurs exigences ou leurs objectifs sur les missions situées avant ou après elles dans le calendrier, puis à poser une charte de bonne conduite entre tous les intervenants.",
             "A – Ce que l'on attend des missions CONCEPTION-ACT",
             "Les pièces de CONCEPTION-ACT forment la base du planning de chantier et la référence de la mission de pilotage.",
             "Il convient donc de dire clairement ce qu'en attendent les équipes chargées de l'ORD et du PC.",
             "CONCEPTION",
             "La CONCEPTION doit être soignée et réunir toutes les pièces jointes utiles aux phases suivantes (relevés de réseaux existants notamment).",
             "Pour les chantiers de réseaux enterr",
         ], appeals=[_BATISSEUR_PICKER]),
    _doc("b96-travaildialogue-colere-editorial-paywall-end", "appeal", "end",
         "Invented; modelled on Liaisons sociales Magazine (editorial teaser cut after an open quote mark, subscribe-to-read line)", "fr", [
             "Il est apparu d'un coup, et pourtant nul ne s'en étonne vraiment tant ses causes sont anciennes. Il n'ébranle pas uniquement le gouvernement, il regarde aussi de travers nos syndicats et nos élus locaux. Il semble « tellement de chez nous », pays râleur et indocile, mais son «",
             _DIALOGUE_WALL,
         ], appeals=[_DIALOGUE_WALL]),
    _doc("b96-steppetaiga-messagerie-pero-telegram-top", "appeal", "top",
         "Invented; modelled on Russia Beyond French edition (follow-our-Telegram line above an article cut mid-sentence)", "fr", [
             _STEPPE_TELEGRAM,
             "Pero est une application de messagerie lancée en 2015 par Ilia Sokolovski, qui avait auparavant fondé un grand site russe de petites annonces. En huit ans, elle a cessé d'être un simple outil de discussion pour devenir une plateforme sociale complète, avec 310 millions d'utilisateurs actifs par mois. Le 14 mars 2023, Pero a même devancé pour la première fois le principal réseau social du pays en audience quotidienne moyenne.",
             "Près de la moitié des Russes se servent de Pero",
             "Au départ, Pero visait surtout les utilisateurs hors de Russie – il a fallu attendre 2018 pour qu'elle propose une version en russe. Le pays figure pourtant parmi ses tout premiers marchés. En avril 2023, l'application touchait chaque mois 48,7 % des Russes de plus de 14 ans.",
             "En 2022, Pero a même dépassé en Russie une grande messagerie américaine en volume d'échanges, et certains analystes pensent qu'elle la devancera aussi en nombre d'utilisateurs d'ici fin 2023. Sa progression fulgurante s'explique notamment par les restrictions imposées à plusieurs plateformes occidentales.",
             "Qu'est-ce qui distingue Pero, et pourquoi parle-t-on de réseau social ?",
             "Si Pero est née comme une simple messagerie, elle fonctionne aujourd'hui comme un vrai réseau social – outre les conversations privées, elle propose des chaînes qui ressemblent beaucoup aux pages de groupe des grands réseaux américains. On s'y abonne, on lit les publications, on les commente et on y réagit avec des émojis (l'équivalent du bouton « Je like »). Ce qui la distingue des plateformes concurrentes, c'est l'absence ",
         ], appeals=[_STEPPE_TELEGRAM]),
    _doc("b96-agroindustriehebdo-porc-cooperatives-paywall-end", "appeal", "end",
         "Invented; modelled on RIA (agrifood trade teaser cut with …, two-line subscribers notice)", "fr", [
             "Tandis que les producteurs de porcs multiplient les blocages dans le Sud-Ouest pour réclamer un meilleur prix aux abattoirs, l'UCPA (Union des coopératives porcines associées) plaide pour « un dialogue franc entre adhérents, pas des barrages sur les routes ! ». Avant de tempérer : « Si les cours de ces derniers…",
             _AGROHEBDO_WALL,
         ], appeals=[_AGROHEBDO_WALL]),
    _doc("b96-sahelhorizons-niamey-petitsmetiers-newsletter-end", "appeal", "end",
         "Invented; modelled on Studio Yafa (regional radio news teaser cut with [...], newsletter sign-up trio)", "fr", [
             "Niger : les petits vendeurs de ventilateurs profitent de la canicule",
             "À Niamey, la vague de chaleur exceptionnelle a fait éclore un nouveau petit commerce, souvent itinérant. Aux carrefours et le long des grandes avenues, des jeunes vendent des ventilateurs à piles, des éventails et des bouteilles d'eau fraîche, entre autres. Posté près d'un rond-point sur l'avenue de la Liberté, le jeune Moussa Hamani porte un carton rempli de petits ventilateurs. Quand les voitures s'arrêtent, il se faufile vers les vitres pour proposer [...]",
             _SAHELHORIZONS_SIGNUP,
         ], appeals=[_SAHELHORIZONS_SIGNUP]),
    _doc("b96-fermeinfo-mediateur-op-laiterie-paywall-top", "appeal", "top",
         "Invented; modelled on Web-agri (print-issue teaser with subscribers-only label under a heading, page pointer line)", "fr", [
             "à la une",
             _FERMEINFO_WALL,
             "Le point de vue du médiateur dans le différend qui oppose les éleveurs de l'OP Val-de-Sèvre à leur fromagerie, rachetée par le groupe coopératif Terralia. Installés en zone de piémont, ils comptent sur cet avis pour que Terralia prenne en compte, dans le calcul de leur prix du lait, des coûts de production plus élevés que ceux des éleveurs de plaine.",
             "Voir page 23",
         ], appeals=[_FERMEINFO_WALL]),
]


# --- Probe 76: negatives ------------------------------------------------------------------------

PROBE76_NEGATIVES = [
    _neg("b96-economieplurielle-editorial-liberte-prix-neg",
         "Invented; modelled on Alternatives Economiques (editorial on the magazine's independence and unchanged cover price, cut mid-word)", "fr", [
             "Éditorial",
             "Liberté",
             "4 min",
             "L'actualité ne nous laisse guère le temps de nous interroger sur ce que nous faisons et pourquoi. Il faut pourtant, de loin en loin, lever le nez du clavier. À quoi sert un mensuel économique qui ne dit pas à ses lecteurs quelles actions acheter ni comment grimper dans l'organigramme, qui ne commente pas chaque jour les indices boursiers et qui ne trouve pas que tout va pour le mieux ? À éclairer, à expliquer et à rappeler que, quoi qu'en disent tant de spécialistes sûrs d'eux, il existe toujours plusieurs réponses à une même question.",
             "Ce triple effort d'analyse, d'explication et de vigilance citoyenne, nous essayons de le mener chaque mois avec le plus de rigueur possible. En démontant les mécanismes des déséquilibres. En n'oubliant jamais que l'économie devrait servir la société, alors qu'elle y creuse tant d'inégalités. En cherchant, surtout, des pistes vers un modèle plus durable.",
             "Ce travail exige toutefois une liberté totale. Vis-à-vis des gouvernements, évidemment, quelle que soit leur couleur. Vis-à-vis aussi des idées économiques en vogue, que les crises successives n'ont visiblement ni affaiblies ni rendues plus modestes. Et avant tout vis-à-vis des puissances financières : organisé en société coopérative, Économie Plurielle s'est bâti sans investisseur extérieur et ne dépend que de ses salariés. Nous comptons bien continuer ainsi.",
             "Seulement, cette liberté a un coût. C'est celui que vous réglez en achetant Économie Plurielle en kiosque ou en souscrivant un abonnement. Ce tarif, nous avons réussi à le maintenir tel quel depuis six ans, alors que la hausse des prix pesait lourdement sur nos dépenses (impression, acheminement, papier, illustrations, etc.). Et cela grâce à la hausse régulière de nos ventes en kios",
         ]),
    _neg("b96-blogcinquante-contrepoints-sauvetage-relais-neg",
         "Invented; modelled on Alternative 50 blog (blog relaying another magazine's rescue appeal, 'lire la suite' line)", "fr", [
             "Inutile de tourner autour du pot : Contrepoints, votre mensuel, est en danger. La coopérative qui l'édite risque la cessation de paiements après le numéro qui sortira juste après les cantonales. Une perspective que nous ne voulons pas accepter pour l'instant. Toutes celles et tous ceux – chercheurs, reporters, salariés – qui, depuis mars 2006, permettent à Contrepoints de sortir chaque mois, souhaitent que l'histoire se poursuive. Un premier appel aux dons et aux engagements a ouvert la voie à un nouveau départ. Pour y arriver, votre aide nous est indispensable tout de suite. Et l'équipe réfléchit à un nouveau modèle pour assurer l'avenir du journal. (...)",
             "lire la suite",
         ]),
    _neg("b96-rougeetnoir-revelations-intimidation-don-relais-neg",
         "Invented; modelled on Bellaciao (site relaying an investigative outlet's statement ending with that outlet's donation link)", "fr", [
             "Révélations sous la pression de l'État",
             "Pour la quatrième fois depuis son lancement, en 2018, l'équipe de Révélations fait l'objet d'une sérieuse manœuvre d'intimidation de la part des autorités.",
             "Jeudi 12 octobre, le reporter Thibault Marchesseau a passé une journée en garde à vue, pendant que son appartement était fouillé neuf heures durant. Raison avancée : violation du secret défense et divulgation d'éléments susceptibles de permettre l'identification d'un agent des services.",
             "Le but véritable de cette affaire, comme lors des fois précédentes, ne laisse guère de place au doute : les autorités cherchent à remonter aux informateurs du média. Ceux qui lui ont permis de montrer, pièces confidentielles à l'appui, que des armes françaises avaient servi contre des civils dans plusieurs pays en guerre. Ces informateurs ont pris des risques pour alerter le public sur des faits d'intérêt général.",
             "Révélations met tout en œuvre pour garantir leur anonymat et leur sécurité. Grâce à eux, le média a sorti plus de 90 enquêtes en cinq ans.",
             "Chacune d'elles, sans aucune exception, est lisible gratuitement car, pour Révélations, l'information appartient à tous.",
             "Sans annonceurs ni actionnaires, la rédaction à but non lucratif continue d'enquêter grâce à son public : chaque don, même de 2 euros, consolide son indépendance : https://revelations.example/fr/soutenir",
         ]),
    _neg("b96-consoavisee-cagnottes-solidaires-frais-neg",
         "Invented; modelled on Les Bonnes Pratiques (consumer guide comparing online kitty platforms and their fees, cut mid-sentence)", "fr", [
             "Cagnotte collaborative en ligne : quel site privilégier et pour quelles raisons ?",
             "Départ à la retraite, mariage, naissance… les prétextes pour lancer une collecte entre proches sont nombreux. Sites et applis se bousculent pour recueillir l'argent destiné à offrir un cadeau. Quelques sociétés françaises sortent du lot en mettant en avant des cagnottes dites « responsables ». Certaines revendiquent même un engagement social ou environnemental. Tour d'horizon de ces services pour choisir celui qui accueillera votre prochaine collecte.",
             "Un secteur qui rapporte gros",
             "Très pratique, la collecte en ligne connaît un vrai succès en France comme ailleurs. Rien que chez nous, le secteur pèse 1,1 milliard d'euros en 2023 pour des millions de cagnottes. Comment ça marche ? Une personne bien intentionnée prend l'initiative d'un cadeau commun et invite famille, collègues ou amis à contribuer selon leurs possibilités via une plateforme web. La demande de participation part par courriel et chacun paie en ligne par carte, virement ou tout autre moyen proposé par le site. Quelques jours plus tard, une fois la collecte close, l'organisateur récupère la somme et l'utilise pour acheter le cadeau prévu.",
             "Commissions et frais cachés : la bête noire des cagnottes",
             "Les sociétés qui proposent ces services se rémunèrent en prélevant des frais de gestion. Cagnotto, l'un des poids lourds du secteur, retient ainsi 5 % du total d'une collecte située entre 50 € et 8 000 €. Moins de 50 € récoltés ? C'est gratuit. Au-delà de 8 000 €, le taux descend (2 % de commission). La Tirelire Commune, autre service très apprécié des Français avec environ 140 000 collectes ouvertes en 2023, retient, elle aussi, 5 % sur les ",
         ]),
    _neg("b96-hautevalleeinfo-panier-solidaire-collecte-neg",
         "Invented; modelled on Journal de la Haute-Marne (regional report on a food-bank collection with volunteers and dates, related-article widget line, cut mid-word)", "fr", [
             "Vitry-sur-Marne. La collecte du Panier solidaire s'organise",
             "Les 24 et 25 novembre se tiendra la grande collecte annuelle du Panier solidaire. Dans le secteur, 940 bénévoles se relaieront pour rassembler un maximum de produits. En attendant, un premier caddie d'une valeur de 250 € a déjà été livré. De bon augure.",
             "Chaque année, la fin novembre rime avec grande collecte nationale pour le réseau du Panier solidaire. L'antenne de Vitry-sur-Marne (Marne Ouest) ne fait pas exception. Dans tout le secteur (Vitry-sur-Marne, Sézanne, Montmirail), 940 bénévoles seront sur le pont, vendredi 24 et samedi 25 novembre, pour essayer de réunir le plus de dons possible.",
             "Cet article pourrait aussi vous intéresser :",
             "Côté magasins, la collecte ne se tient – que – sur deux jours. Mais « la préparation commence dès l'été. Entre les appels aux enseignes et les autorisations à obtenir, c'est un travail de fourmi », explique Monique Lallement, présidente de l'antenne locale. Un travail payant : plusieurs nouvelles grandes surfaces de la ville ont accepté de recevoir les bénévoles en chasuble verte. « Nous serons dans toutes les enseignes de Vitry, sauf deux », se félicite la présidente.",
             "Pas simple non plus de trouver la bonne organisation. Patrick Hervouet, chargé de la communication pour l'antenne de Vitry-sur-Marne, résume : « Dans un hypermarché, par exemple, on prévoit des binômes qui se relaient toutes les trois heures. »",
             "Nouvelle génération",
             "Avec le temps, les bénévoles de la première heure ont progressivement passé la main. « La crise sanitaire a tout bouleversé. Certains ont arrêté, d'autres ont hésité à revenir, et on le comprend », explique Monique Lallement. Certains anciens restent fidèles au poste, comme une bénévole présente depuis dix-huit ans à Blacy, capa",
         ]),
    _neg("b96-lequotidienduversant-campagne-producteurs-banquealimentaire-neg",
         "Invented; modelled on Le Droit (Quebec regional report on a fundraising campaign with its goal, byline repeated, cut mid-word)", "fr", [
             "Une collecte pour soutenir les maraîchers de la Matawinie et les familles dans le besoin",
             "Sophie Latendresse",
             "Sophie Latendresse",
             "Le Versant",
             "La Coop des Marchés de la Matawinie et Dépannage Matawinie s'associent à l'organisme Circuit Court afin de lancer une collecte de fonds destinée à aider les producteurs de la région et à appuyer les ménages qui peinent à se nourrir.",
             "À compter de mardi, et jusqu'au 12 août, les partenaires de ce projet uniront leurs efforts pour tenter de réunir 30 000 $.",
             "« On veut relier l'agriculture d'ici à l'aide alimentaire dans la Matawinie, explique Josée Beauchemin, directrice générale de la coopérative de solidarité des Marchés de la Matawinie. On le sait, bien des gens ont du mal à remplir leur frigo, et pour les producteurs — on le constate tous les jours — donner un coup de main, ça compte beaucoup. Plusieurs voudraient en faire davantage, mais l'argent reste toujours un frein. »",
             "Le principe de la collecte est plutôt simple.",
             "« Quand une personne fait un don, une portion lui revient sous forme de bon d'achat qu'elle pourra utiliser pour acheter des produits de chez nous, précise Mme Beauchemin. Le reste est remis à Dépannage Matawinie sous forme de denrées locales. »",
             "« C'est d'abord une manière d'encourager l'achat de proximité, parce qu'on sait que la reprise économique va être difficile », poursuit-elle.",
             "Pour sa part, le directeur général de Dépannage Matawinie, Olivier Ngoma, se dit heureux de prendre part à une telle initiative.",
             "« Si tout le monde embarque, nous pourron",
         ]),
    _neg("b96-mulhouseplus-panier-solidaire-collecte-reinventee-neg",
         "Invented; modelled on M+ Mulhouse (local report on a reinvented food-bank collection, counters byline twice, repeated title, cut mid-sentence)", "fr", [
             "12 novembre 2021 à 16h20 par Lucie Wendling 2 314 0",
             "Panier solidaire : une collecte repensée mais plus indispensable que jamais",
             "Panier solidaire : une collecte repensée mais plus indispensable que jamais",
             "12 novembre 2021 à 16h20 par Lucie Wendling2 3140",
             "Le Panier solidaire a dû repenser sa collecte annuelle, prévue du vendredi 19 au dimanche 21 novembre, en multipliant les façons de donner. Indispensable, cette opération l'est encore plus cette année face à la forte hausse des demandes d'aide alimentaire.",
             "On avait pris l'habitude de les voir à l'entrée des supérettes et des hypermarchés, lors de la grande collecte organisée chaque automne partout dans le pays : cette fois, les chasubles vertes des bénévoles de l'association ne seront pas devant les caisses ce week-end.",
             "« En temps normal, nous mobilisons près de 2 100 bénévoles dans environ 90 magasins du sud de l'Alsace pour cette collecte, rappelle Bernard Kientz, coordinateur de l'opération pour le département. Avec quelque 190 tonnes de produits recueillies chaque année auprès du grand public, c'est pour nous un rendez-vous capital. »",
             "Une collecte repensée",
             "Parce que les règles sanitaires l'empêchent de placer ses bénévoles dans les magasins, le Panier solidaire a dû, cette fois, imaginer d'autres manières de donner. Des chariots en libre-service, installés après les caisses, seront disponibles dans une quarantaine de magasins pour que les clients y laissent leurs produits. Dans d'autres enseignes, des tickets à faire passer en caisse permettront de donner au Panier solidaire. Il est aussi possible de donner en ligne, sur le site donner.panier-solidaire.example, ou d'envoyer un chèque au Panier solidaire du Sud-Alsace, 14, rue des Tanneurs, 68100 Mulhouse. En outre, près de 150",
         ]),
    _neg("b96-rivegaucheinfo-garde-a-vue-journaliste-revelations-neg",
         "Invented; modelled on Paradis FJ (press-freedom brief on an investigative outlet funded by donations, 'Lire la suite.' ending)", "fr", [
             "Par Estelle Roumagnac Publié aujourd’hui à 19h40, modifié à 20h05",
             "La fouille puis la garde à vue de Thibault Marchesseau, reporter au média d'enquête Révélations, après ses articles sur l'usage par un pays allié d'armes livrées par la France, ont provoqué des rassemblements dans plusieurs villes en soutien à la liberté d'informer. Ce n'est pas la première fois que des reporters de Révélations sont entendus par les services de sécurité intérieure. Depuis son lancement en 2018, le média d'enquête – qui se finance par les dons, refuse la publicité et publie tout gratuitement – a enquêté sur de nombreux domaines : pesticides, énergie, santé, violences au travail… Un sujet en particulier a valu des poursuites à ses reporters : les « ventes d'armes et la défense » selon Clémence Aubertin, cofondatrice et directrice de la rédaction de Révélations. Lire la suite.",
         ]),
    _neg("b96-echodubocage-panier-solidaire-trop-tard-neg",
         "Invented; modelled on Le Petit Solognot (local weekly on a past food-bank collection with where and how to still give, cut mid-word)", "fr", [
             "Panier solidaire : on peut encore donner un coup de main…",
             "Le calendrier a fait que la rencontre avec la presse organisée par le Panier solidaire de l'Indre pour sa collecte du vendredi 19 au dimanche 21 novembre dernier a eu lieu entre deux numéros de notre hebdomadaire, mais …",
             "À la parution de ces lignes, il ne sera donc plus possible d'apporter des produits dans l'un des cinquante et quelques points de collecte installés dans le département, en particulier dans les supermarchés et les épiceries des petites communes éloignées des grandes villes. Toutefois, ceux qui souhaitent offrir des produits alimentaires, d'hygiène ou de première nécessité comme du lait infantile pourront toujours les apporter au siège du Panier solidaire de l'Indre au 18 de la rue des Tisserands à Châteauroux ou prendre rendez-vous (02 54 11 22 33 ou 06 71 44 55 66 ou indre@panier-solidaire.example). Il est également possible de donner en ligne, via un site dédié (donner.panier-solidaire.example), qui servira à acheter les denrées qui manquent et à aider les familles les plus fragiles. L'an passé, en dépit de la pandémie, la collecte menée par plus de 650 bénévoles en chasuble verte a rapporté plus de 42 tonnes, soit environ 85 000 repas. Au nom de Jean-Luc Bourdeau, président, et d'Hélène Marsac, directrice, empêchés, Martine Delorme, responsable de la collecte dans l'Indre, a salué les bénévoles mobilisés lors de cette dernière opération ainsi que les gérants de magasins qui ont reçu les équipes, et bien sûr les donateurs, dont les produits seront triés puis répartis dans toutes les antennes du département. Martine Delorme lance, en outre, un appel pressant à celles et ceux qui voudraient s'engager bénévolement dans l'",
         ]),
    _neg("b96-radiolemanfm-demarchage-dons-ong-neg",
         "Invented; modelled on RTS (radio consumer item on insistent charity phone calls)", "fr", [
             "Sollicitation de dons trop pressante",
             "La pandémie a-t-elle rendu les Romands moins généreux, ou est-ce l'accumulation des crises humanitaires qui fragilise les associations caritatives? Des interrogations qui surgissent devant l'insistance de certaines organisations au téléphone. Une auditrice en a fait l'expérience récemment après un appel de la part de \"Secours des Enfants\".",
             "Le point de vue de Laurent Dufaux, responsable de la collecte de fonds de Secours des Enfants (SDE) Suisse.",
             "Par Nadia Perrenoud.",
         ]),
    _neg("b96-levigilant-maisonsaintgildas-ascenseur-cagnotte-neg",
         "Invented; modelled on Le Salon Beige (blog item on a care home's lift and its online kitty)", "fr", [
             "Un monte-charge pour la Maison Saint-Gildas, qui hébergera des adultes handicapés",
             "La Maison Saint-Gildas est un foyer de vie pour adultes avec un handicap mental situé en Vendée, non loin des Sables-d'Olonne, dans une ambiance familiale et chrétienne. Le projet, né il y a trois ans, doit ouvrir ses portes en septembre 2024. Le foyer recevra ses quatre premiers résidents en septembre puis passera peu à peu à 10 résidents d'ici le printemps.",
             "Mais l'association peine à boucler le financement du chantier. La flambée générale des prix du bâtiment y est pour quelque chose, mais c'est surtout l'ajout d'un élévateur au projet initial qui pèse, afin de pouvoir accueillir aussi des adultes porteurs d'un double handicap, mental et moteur. La Maison Saint-Gildas est une œuvre modeste en personnel comme en moyens, et l'accueil de personnes à mobilité réduite n'avait donc pas été envisagé. Or, dès les premiers rendez-vous avec des familles, l'équipe a rencontré Clémence et Antoine qui, en plus d'une déficience intellectuelle, ne se déplaçaient qu'en fauteuil… Devant leur bonne humeur et leur envie de vivre, il a paru inconcevable de leur fermer la porte à cause de leur handicap moteur ! L'équipe a donc dû prévoir un élévateur. Les travaux sur trois niveaux de la façade ont englouti la réserve prévue pour les imprévus, d'autant que, comme partout, le chantier a subi l'envolée du coût des matériaux.",
             "Une collecte a donc été ouverte sur la plateforme Fidèlement.",
         ]),
]


BATCH96_DOCUMENTS = PROBE76_APPEALS + PROBE76_NEGATIVES
