"""Sixtieth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; EN, FR, DE, RU, six each): our own paraphrases of every
document of the local-only real probe 40. Each keeps the real page's structure (a three-bullet menu
above a one-line support tagline, a newsletter line opened by a lost emoji "?", news-digest bullets
with bracketed sources and a "$ = paywalled" key, a blog round-up with a comment-policy footer, an
analysis teaser repeated with "(more...)", a headline and teaser printed twice, a photo-credit and an
empty "publié le ." line, a cookie-consent box, "{JPEG}" byline stubs, a Telegram channel page with
its subscriber count and "Читать полностью..." links, diamond-bulleted digest lines, a podcast
transcript) and exactly what the real gold marks: a support tagline under the menu plus a "keep us
free" membership plea at the end of an alt-weekly post; a newsletter sign-up line at the top of a
morning digest; a "can you help us out" donate-or-subscribe plea after a blog round-up; two
"follow us on LinkedIn" lines around analysis teasers; a paywall box with prices, button and log-in
line; a one-line donate call under a manifesto; four pieces of a satirical monthly's home page (a
rescue plea, its long letter cut off at "(...)", the last sentence of an archive note, a support
bullet in the news list); a subscription box with feature bullets; a one-line "choose your access"
paywall; an e-mail subscription offer inside an anniversary post; a "the most important is on our
Telegram" line under a digest; a channel's own links line under two posts; a "listen, read,
subscribe" sentence inside a podcast intro. Negatives keep what makes the real ones hard: a staff
member's father saying he subscribed to support his son, a governor's campaign-finance report full
of contributions and sums, a charity's appeal for donations with a postal address, a survey of
shrinking donations, a report on news outlets' crowdfunding campaigns with goals and totals, a
newspaper's own Christmas fund reporting what its readers gave, a publisher's staff club handing
over a cheque, advocates demanding support for sick pupils, a charity art auction, a telethon for
sick children, journalists talking about what supports them.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Where the real page repeats an appeal verbatim, our two
copies differ slightly so that every gold substring is unique in its text. Like batches 36-59
`build_devset.py --batch60` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch60.jsonl; `--runon unseen-batch60` writes the copy
with line breaks turned into spaces. Named `unseen-` because no rule is fitted to it (the line
scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- English ------------------------------------------------------------------------------------

_MESA_TAGLINE = "\n".join([
    "- City",
    "- Culture",
    "- Reporting",
    "Back the independent voice of Red Mesa and help the Red Mesa Weekly stay free for everyone.",
])

_MESA_FREE = (
    "Help Keep the Red Mesa Weekly Free... From our very first issue, the Red Mesa Weekly has been "
    "the free, independent voice of this town, and we intend to stay that way. We give readers open "
    "access to sharp coverage of local politics, restaurants and the arts. We publish everything from "
    "city hall scandals to the garage bands you'll be bragging about next year, with fearless "
    "reporting, lively writing, and a staff that has collected honors ranging from regional press "
    "association awards to a national prize for investigative work. But local newsrooms are fighting "
    "for survival and ad dollars keep shrinking, so right now it matters more than ever that we "
    "gather support to pay for the journalism you read here. You can pitch in by joining our "
    "\"Count Me In\" membership program, which lets us keep reporting on Red Mesa without a paywall."
)

_MILLBROOK_SIGNUP = ("? Like getting this roundup every day? Subscribe to the free Millbrook Now "
                     "newsletter and we'll drop it in your inbox before breakfast.")

_PANDP_HELP = "\n".join([
    "Could you lend us a hand?",
    "",
    "For close to 15 years we have been calling out spin from the Capitol and picking apart cable-news "
    "nonsense, yet today the big platforms are burying us under a flood of partisan junk. Please make "
    "a single or monthly gift, or get an annual membership and read the site without ads. Thanks so much.",
])

_SILK_FOLLOW_1 = "Follow us on LinkedIn!"
_SILK_FOLLOW_2 = "Follow us on LinkedIn, too!"

PROBE40_EN = [
    _doc("b60-redmesa-calder-top", "appeal", "top",
         "Invented; modelled on Dallas Observer (alt-weekly blog post, menu with support tagline on top, membership plea at the end)", "en", [
             _MESA_TAGLINE,
             "In March, Calder Springs kicks off a fresh tourism push determined to sell the sleepy burg as the place to be; signed on so far are a retired quarterback, two country singers and a morning-show weatherman -- we're dazzled, truly. Ahead of that, there's a glossy photo book on shelves titled Calder Springs. Give It a Chance, born out of a sticker campaign some bored art students started back in 2006. (Still better than the slogan we got stuck with.)",
             "On Friday, a loyal reader of the Mesa Desk who found the whole project underwhelming (\"MEH\") forwarded us a write-up about the hardcover, which sets out to celebrate everything folks grumble about in Calder Springs (the dust storms, the scorpions, the feedlot smell, \"the jokes\") so that it all ends up sounding charming. And high on the list of reasons Calder Springs rules: \"Because it isn't Red Mesa.\" Ha. Ha. Honestly, though, it's a brilliant move. We'll do our own. Right after we hire somebody. --Dana Whitcomb",
             _MESA_FREE,
         ], appeals=[_MESA_TAGLINE, _MESA_FREE]),
    _doc("b60-millbrooknow-digest-top", "appeal", "top",
         "Invented; modelled on Billy Penn (morning digest, newsletter sign-up line on top)", "en", [
             _MILLBROOK_SIGNUP,
             "Latino-run charities tell grantmakers: 'Come see our work'",
             "Latino-run charities in Millbrook say they still struggle to get in front of the region's big foundations, a new study finds, and it ends with a list of demands.",
             "- Called \"Seats at the Table,\" the report draws on conversations with 22 directors who belong to a coalition launched in 2019: the Latino Nonprofit Leaders Circle of Millbrook.",
             "It urges foundations to change three habits, Carmen Ruiz writes for Millbrook Now, including dropping contest-style grant rounds and committing money for several years at once.",
             "Fulton Street Penny Walk is back with bargains and music",
             "The Fulton Street Penny Walk comes back on Saturday, and organizers expect crowds to pack the North End strip lined with family shops and food stalls.",
             "- It is the first time the street fair happens face to face since the pandemic, and merchants are thrilled — as much for the neighbors they'll see as for the sales.",
             "Beyond the 50-cent (and $2, and $4) specials, look for a brass band and sidewalk chalk contests. Our summer fellow Jordan Pike has a guide to the best stops.",
             "ALSO: More from around town",
             "$ = subscription required",
             "- An audit of the county crime lab found missing procedures and too few technicians, a backlog that keeps growing as overdose cases pile up. [Millbrook Ledger$]",
             "- A much-shared post about a short-term rental with cameras hidden in smoke detectors has renters asking what hosts may record. The booking site says it is looking into it. [@northendnora/Ledger$]",
             "- Millbrook climbed six places in a national ranking of cities for young tech companies, with praise for its \"busy\" medical research scene. [StartupBeat]",
         ], appeals=[_MILLBROOK_SIGNUP]),
    _doc("b60-pundits-roundup-end", "appeal", "end",
         "Invented; modelled on Crooks and Liars (blog round-up post, donate-or-subscribe plea before the comment policy)", "en", [
             "Weekend Blog Sweep",
             "Happy St. Patrick's Day from the whole P&P crew!",
             "March 17, 2018",
             "",
             "Top o' the morning, Pundits and Pretenders readers! May your cabbage be tender and your soda bread warm. Sláinte!",
             "",
             "Grumpy Owl Gazette bravely attempts a recap of month fourteen of this never-ending reality show in Washington.",
             "",
             "Blue Porch Notes argues calmly for ranked-choice ballots and the long game of reform.",
             "",
             "Wordsmithery traces where a viral catchphrase really came from.",
             "",
             "The Cranky Heron offers a short lesson in good manners online.",
             "",
             "Extra Credit: Paper Lantern sketches a fresh coat of arms for the Interior Department.",
             "",
             "Sweep compiled by Marigold, who writes at Ink, Coffee, Repeat. Marigold is on social media as well. Mail links, ideas and complaints to sweep@pundits.example (put SWEEP in the subject line).",
             "",
             _PANDP_HELP,
             "",
             "More to read",
             "",
             "Comments",
             "",
             "Useful, civil comments are appreciated. Our moderators will remove anything racist, sexist or otherwise hateful, and repeat offenders may lose their commenting privileges. See our Community Rules for the details of how we moderate.",
             "Mastodon",
         ], appeals=[_PANDP_HELP]),
    _doc("b60-silkanalytica-linkedin-middle", "appeal", "middle",
         "Invented; modelled on CABAR.asia (analysis archive page, repeated teaser, two LinkedIn lines)", "en", [
             "\"European capitals are starting to view Beijing's road and rail projects and its approach to the region more favorably than the Moscow-led customs union and Russia's own approach. What's more, some officials in Brussels say China's plans 'sit comfortably' alongside the EU strategy for the region\", Aliya Dzhaksybekova, a Sinologist and senior fellow in Almaty, reviews the competing integration schemes in Central Asia, how they overlap and what role Kazakhstan is playing in each, in a piece written only for silkanalytica.example.",
             "",
             _SILK_FOLLOW_1,
             "",
             "",
             "\"European capitals are starting to view Beijing's road and rail projects and its approach to the region more favorably than the Moscow-led customs union and Russia's own approach. What's more, some officials in Brussels say China's plans 'sit comfortably' alongside the EU strategy for the region\", Aliya Dzhaksybekova, a Sinologist and senior fellow in Almaty, reviews the competing integration schemes in Central Asia, how they overlap and what role Kazakhstan is playing in each, in a piece written only for silkanalytica.example. (more…)",
             "",
             "SILKANALYTICA 11.07.17",
             "",
             "Frequently the ones selling the babies pose as their mothers. Besides the infant, a buyer can also get a whole folder of paperwork from them, birth certificate included.",
             "",
             "",
             "\"Ties between Tajikistan and Turkey are built for the long haul and are strategic at heart. Whatever obstacles exist right now are passing and don't block broader cooperation. Still, how well it goes depends mostly on how active officials in Dushanbe are and whether they are ready to draft joint projects and programmes on time\", Farrukh Nazarov, a regional affairs analyst based in Dushanbe, examines where Tajik-Turkish relations are heading, in a piece written only for silkanalytica.example.",
             "",
             _SILK_FOLLOW_2,
         ], appeals=[_SILK_FOLLOW_1, _SILK_FOLLOW_2]),
    _neg("b60-offside-families-neg",
         "Invented; modelled on Defector (staff families' year-in-review; a parent who subscribed to support his son)", "en", [
             "Looking Back",
             "",
             "Our Parents Review The Offside Collective's 2022",
             "",
             "Archive Photo/Stock Images",
             "",
             "We asked the people who raised us what they made of the site this year. This is what they said.",
             "",
             "Tomás's Dad:",
             "",
             "First things first: naturally, I signed up on day one mostly to back my boy in this crazy venture. I suspect that goes for most of us Offside parents. But the site turned out to give me much more than that. It gave me a way to stay near my son, which I needed badly. I have been living in Valencia, Spain, since 2013, so our visits are rare. This past August I finally saw him again after almost three years. Reading his posts kept me close in the meantime. We are both crazy about sports, and we have been since he was small. Naturally, we argue about nearly everything, sports included. I am loyal to my Boston teams (Red Sox, Celtics, Bruins) while he cheers for the Rays, Magic and Lightning. Nobody is flawless, I suppose. Even in football we barely agree. The only common ground is suffering for our birth country's hopeless side (Uruguay) and our adopted country's eternal almost-team (USA). Still, I won the year with my Valencia over his Real Madrid and my Arsenal over his \"Red Devils.\"",
             "",
             "As you've probably guessed, it's mostly Tomás's writing that I read on the site. And what I cared about most was that The Offside Collective made it through 2022 and that my son kept a job he loves, next to friends who matter to him.",
             "",
             "Still, I have discovered that the site offers me plenty of other pleasures. A smart take on sports I can't find elsewhere, be it baseball (always my favorite) or basketball or hockey. And also thoughtful, sometimes hilarious pieces that have nothing to do with sports, full of opinions I often dispute, but told in a way that pushes me to think or gets a laugh out of me now and then.",
             "",
             "So, thank you, Offside, for being there for my son, and for me as well.",
         ]),
    _neg("b60-capitolledger-marsh-fundraising-neg",
         "Invented; modelled on Arkansas Democrat-Gazette (campaign-finance report full of contributions and sums)", "en", [
             "Statewide hopefuls file finance reports; Marsh banks $1.8M",
             "",
             "Ellen Marsh had a little over $1.8 million in her campaign account for her re-election run at the close of December, the Democratic governor disclosed Monday.",
             "",
             "Monday was the cutoff for people running for statewide office to submit fundraising reports covering October through December to the state ethics commission or to get them in the mail. Several other candidates filed as well.",
             "",
             "Marsh, who is running for a second four-year term this year, reported bringing in $574,210.40 in donations and paying out $138,455.17 during the quarter.",
             "",
             "Her campaign said she began the period with $1.37 million and finished with $1.81 million on hand.",
             "",
             "Marsh made her re-election plans public in April. She hosted a donor reception at the Riverside Inn in February ahead of the legislative session.",
             "",
             "By contrast, the governor before her, Republican Gov. Walter Pruitt, had not filed any fundraising report by January 2011. That month, Pruitt launched his second campaign and began collecting money.",
             "",
             "Marsh campaign spokeswoman Tara Lindqvist said Monday that \"support for the governor keeps building.",
             "",
             "\"We look forward to keeping the conversation going with voters about balanced budgets, better roads and good jobs in every county,\" Lindqvist said in a statement.",
             "",
             "Marsh's haul is far larger than what any other declared candidate has raised.",
             "",
             "Republican candidate for governor Owen Kessler of Pine Hollow began raising money after he entered the race Dec. 4.",
             "",
             "Kessler campaign manager Brett Alvarado said that \"in the four weeks after the launch, Kessler's campaign took in $118,302 and closed out the year with $109,946 in the bank.\"",
         ]),
]


# --- French -------------------------------------------------------------------------------------

_ECHO_WALL = "\n".join([
    "Encore 88 % de cet article à découvrir",
    "",
    "Poursuivez votre lecture en vous abonnant à L'Écho des Deux-Rives",
    "",
    "Dès 1 € la journée ou 12,90 € par mois, résiliable à tout moment.",
    "",
    "Je m'abonne",
    "",
    "Vous avez déjà un compte ? Connectez-vous.",
])

_RIPOSTE_DON = "Soutenir Riposte par un don pour que nos articles restent gratuits pour tous."

_PAVE_INTRO = ("Le constat : la Pie Rouge est fauchée. Le remède : abonnez-vous, sacrebleu. Une "
               "évidence : aucun cadeau de fin d'année ne vaut un abonnement à PAVÉ, mensuel "
               "franc-tireur s'il en est. Rangez les bougies parfumées, toute la tribu a faim "
               "d'esprit critique !")

_PAVE_LETTER = "\n".join([
    "Inutile de tourner autour du pot, ça ne brille pas franchement dans le nid branlant de la Pie "
    "Rouge. Sans vouloir jouer les oiseaux de mauvais augure, si rien ne bouge, PAVÉ ne verra pas la "
    "rentrée. On a secoué les tirelires, remplacé nos grands crus par de la piquette en cubi et même "
    "songé à sous-louer la cuisine du local aux touristes, et nous voilà une fois de plus à vous "
    "tendre la main, chères lectrices et chers lecteurs adorés. Eh oui, encore.",
    "",
    "On devine déjà vos soupirs : « Vous nous aviez fait le même numéro il y a trois ans, et nous "
    "non plus on n'a plus un radis. » On ne doute pas de vous, les ami·es. Sauf qu'on n'a pas "
    "d'autre issue. Si la vague de nouveaux abonné·es suscitée par notre précédent coup de gueule "
    "avait (...)",
])

_PAVE_KIOSQUE = "De quoi vous laisser largement le temps de filer chez votre marchand de journaux ou de prendre un abonnement..."

_PAVE_BULLET = ("- Appel à soutien : sirène hurlante, on a la dalle ! – Le constat : on est fauchés. "
                "Le remède : abonnez-vous, sacrebleu. La vérité vraie : aucun cadeau de fin "
                "d'année ne vaut un abonnement à PAVÉ. Rangez les bougies parfumées, l'oncle "
                "Gérard a faim d'esprit critique.")

PROBE40_FR = [
    _doc("b60-echodeuxrives-entraide-end", "appeal", "end",
         "Invented; modelled on Charente Libre (local brief cut off by a paywall box with prices, button and log-in line)", "fr", [
             "Villeneuve-sur-Brenne : Un geste de solidarité réussi",
             "",
             "Villeneuve-sur-Brenne : Un geste de solidarité réussi",
             "Bénévoles de l'Entraide cantonale lors de la collecte.",
             "Photo EDR",
             "publié le .",
             "",
             "Depuis quatre ans, l'association des fêtes organise chaque mois de décembre « Décembre partagé » pour...",
             "",
             "Depuis quatre ans, l'association des fêtes organise chaque mois de décembre « Décembre partagé » pour mettre une association locale à l'honneur. Cette fois, c'est une habitante de la commune, Martine Lavergne, bénévole de longue date, qui a signalé les besoins de l'Entraide cantonale, et l'association des fêtes a choisi de la soutenir. Son président, Gilles Bouyssou, a contacté Nadine Perrot, qui coordonne l'antenne de Brenac. Elle lui a expliqué ce qui manquait, surtout des jeux et des livres pour enfants, et a évoqué le net recul des dons ces derniers mois. Un bac de collecte a été installé dans le hall de la salle des fêtes pendant tout le mois. La collecte a dépassé les attentes. Les bénévoles de Brenac sont venus chercher les cartons avec le sourire. L'association manque aussi de vêtements chauds et de produits d'hygiène. Aucune association n'est encore choisie pour « Décembre partagé 2024 » ; les structures intéressées peuvent appeler le 06 00 00 47 12.",
             "",
             _ECHO_WALL,
         ], appeals=[_ECHO_WALL]),
    _doc("b60-riposte-braises-end", "appeal", "end",
         "Invented; modelled on Contre Attaque (short manifesto ending in a one-line donate call)", "fr", [
             "Restons les braises vives de notre temps",
             "",
             "",
             "«Ce ne sont pas les prudents qui écrivent l'histoire. Ce sont ceux qui refusent de se taire»",
             "Louise Marchal, Le Réveil ouvrier, chronique du 3 mars 1936.",
             "",
             "",
             "Dans les livres comme sur les places, ceux qui détournent le regard n'ont jamais rien fait bouger ; ce sont les insoumis qui déplacent les lignes. La presse indépendante aide à secouer la torpeur confortable, le silence du plus grand nombre, le sentiment qu'on ne peut rien contre le pire.",
             "",
             "",
             "Voilà pourquoi elle dérange tant. Restons les braises vives de notre temps.",
             "",
             "",
             _RIPOSTE_DON,
         ], appeals=[_RIPOSTE_DON]),
    _doc("b60-pave-accueil-pierouge-top", "appeal", "top",
         "Invented; modelled on CQFD (satirical monthly's home page: rescue plea, its letter, archive note, support bullet)", "fr", [
             "PAVÉ",
             "",
             _PAVE_INTRO,
             "",
             "Par Julie Ferracci {JPEG}",
             "",
             _PAVE_LETTER,
             "",
             "",
             "",
             "Par Bastien {JPEG}",
             "",
             "",
             "",
             "À la une : « Extrême droite : la marée monte dans les mairies » (dessin de Lulu).",
             "",
             "Une partie des articles paraîtra en ligne au fil du mois. Le reste rejoindra nos archives peu à peu, une fois le numéro suivant sorti. " + _PAVE_KIOSQUE,
             "",
             _PAVE_BULLET,
             "",
             "Nouvelles du coin et d'ailleurs",
             "",
             "- Expulsions locatives : la trêve oubliée – Pas vraiment une surprise : quand les bailleurs sociaux se trompent, personne ne leur demande de comptes.",
         ], appeals=[_PAVE_INTRO, _PAVE_LETTER, _PAVE_KIOSQUE, _PAVE_BULLET]),
    _neg("b60-radiovallee-banquealimentaire-dons-neg",
         "Invented; modelled on FORUM (regional radio: a charity overwhelmed, its appeal for donations with a postal address)", "fr", [
             "Afflux de bénéficiaires : la Banque alimentaire du Val-d'Orme ne suit plus",
             "",
             "14 janvier 2021 à 09h32 par Corentin Baudry",
             "",
             "RADIO VALLÉE",
             "La Banque alimentaire du Val-d'Orme n'arrive plus à suivre et appelle à la générosité.",
             "Crédit : page Facebook de la Banque alimentaire",
             "",
             "La Banque alimentaire du Val-d'Orme est débordée. L'association voit le nombre de familles aidées grimper, et elle manque désormais de moyens.",
             "",
             "Avec la crise et les fermetures successives, les personnes en difficulté se font de plus en plus nombreuses. Dans le département, la Banque alimentaire continue pourtant de distribuer chaque semaine. D'après ses responsables, ses six antennes ont accompagné 3 115 personnes en quatre semaines. 21 tonnes de denrées ont été distribuées, ainsi que « 340 colis d'urgence pour des foyers » qui se sont présentés pour la première fois.",
             "",
             "Mais l'association s'essouffle. Elle vit surtout de ses fonds propres, tirés des lotos et des brocantes qu'elle organise, et des chèques de ses donateurs fidèles. Afin de passer l'hiver, elle relance donc un appel aux dons. Ceux qui veulent aider peuvent poster un chèque du montant souhaité au 12 avenue des Tilleuls, à Orvilliers, ou passer par le site de la Banque alimentaire du Val-d'Orme.",
             "",
             "Elle espère aussi recevoir des dons en nature. Lait infantile, produits d'hygiène et lessive font particulièrement défaut. Les gants et le gel pour les bénévoles seront aussi les bienvenus.",
         ]),
    _neg("b60-financeshebdo-sondage-dons-neg",
         "Invented; modelled on Boursier.com (survey report on falling donations, with amounts and percentages)", "fr", [
             "D'après l'« Indice de la solidarité » mené par l'institut Cibléo pour la plateforme Cagnotto, environ un tiers des Français ont réduit leur générosité en un an...",
             "",
             "(FinancesHebdo.example) — Les ménages serrent les cordons de la bourse... Sur l'année écoulée, ils ont versé en moyenne 176 euros à des œuvres, des cagnottes ou des proches en difficulté, soit 12 euros de moins que l'an passé, selon l'« Indice annuel de la solidarité », mené par l'institut Cibléo pour Cagnotto* et rendu public mardi.",
             "",
             "\"Les sommes données reculent nettement\", note l'étude, qui relève que la proportion de \"petits donateurs\", sous la barre des 100 euros, gagne 4 points pour atteindre 62% des personnes interrogées. Celle des \"gros donateurs\", au-delà de 300 euros, perd 6 points (10% des sondés).",
             "",
             "D'après l'enquête, seuls 9% des répondants ont augmenté leurs dons, 51% sont restés au même niveau et 36% ont donné moins qu'un an plus tôt. C'est le recul le plus marqué depuis le lancement de l'indice en 2018, alors que \"la tendance était plutôt à une lente hausse d'une année sur l'autre, le réflexe de donner moins ayant seulement été freiné en 2020 par l'élan de solidarité né de la pandémie\", précise Cibléo.",
             "",
             "Un \"effet probable de la hausse des prix\"",
             "",
             "Huit sondés sur dix (82%) justifient cette baisse par des moyens plus limités qu'avant. C'est 5 points de plus qu'un an auparavant et 9 points de plus qu'en 2019.",
         ]),
    _neg("b60-ecolejournalisme-financementparticipatif-neg",
         "Invented; modelled on Assises du journalisme, EPJT student site (report on news outlets' crowdfunding: goals, totals, quotes)", "fr", [
             "Faute de moyens pour survivre ou pour naître, de nombreux médias sollicitent directement leurs lecteurs à travers le financement participatif. Est-ce assez ? Rien n'est moins sûr.",
             "",
             "Depuis mars, le magazine Regards Sociaux mène une collecte en ligne par « étapes ». Près de 61 000 € sont déjà réunis. Crédit : Maëlle Rigaud.",
             "",
             "Depuis mars, le magazine Regards Sociaux mène une collecte en ligne par « étapes ». Près de 61 000 € sont déjà réunis. (Photo : M. Rigaud.)",
             "",
             "Quand la reporter Hélène Castaing et le photographe Yanis Berrada décident de documenter ensemble la sécheresse au Portugal, l'argent manque. Ils lancent donc une collecte sur la plateforme Tirelire Commune. Pari gagné : 7 400 euros tombent dans la cagnotte. C'est l'automne 2011, et ce mode de financement, où le public paie avant de lire, n'en est qu'à ses débuts dans l'Hexagone.",
             "",
             "Cinq ans après, on recense plusieurs centaines de plateformes de ce type sur le continent (environ 260 fin 2014 d'après un réseau européen du secteur) pour des projets de toute nature, y compris des enquêtes et des reportages. Deux d'entre elles dominent le paysage : Tirelire Commune et Coup de Pouce, nées la même année et actives dans plusieurs pays. Le principe ne change pas : le porteur publie sa page, souvent soutenue par une communication sur les réseaux pour détailler l'usage des fonds collectés.",
             "",
             "Le site d'information Les Semaines illustre bien une campagne réussie. Fondé par d'anciens journalistes d'un grand quotidien, il a vu le jour le 4 avril 2016. « Il nous fallait près d'un million pour tenir les deux premières années », raconte sa cofondatrice, Agnès Morvan. Sa collecte sur Coup de Pouce, largement reprise par la presse, visait 40 000 euros. Les Semaines en ont obtenu 68 320 en à peine cinq semaines.",
         ]),
]


# --- German -------------------------------------------------------------------------------------

_HRB_BOX = "\n".join([
    "Lesen Sie jetzt den ganzen Artikel!",
    "",
    "  • Sämtliche Inhalte auf hochrhein-bote.example",
    "  • Nachrichten-App HRB-Aktuell",
    "  • Ausflugs-App HRB-Entdecken",
    "  • Newsletter aus der Redaktion",
    "  • Mitdiskutieren in den Kommentaren",
    "Abo abschließen",
    "",
    "ab dem vierten Monat monatlich kündbar",
])

_WEIDENBURG_ACCESS = "Weiterlesen? Wählen Sie jetzt Ihr Angebot:"

_PRESSEBLICK_MAIL = ("Ganz neu: Sie können uns ab sofort auch per E-Mail folgen. Tragen Sie hier einfach "
                     "Ihre Adresse ein, und wir sagen Ihnen Bescheid, sobald ein neuer Beitrag online ist.")

PROBE40_DE = [
    _doc("b60-hochrheinbote-lindenau-gemeinderat-end", "appeal", "end",
         "Invented; modelled on Badische Zeitung (teaser article with consent box, subscription box with feature bullets at the end)", "de", [
             "Frischer Wind im Ratssaal erhofft",
             "",
             "Sämtliche Fraktionen im Gemeinderat rechnen nach der Wahl mit einem freundlicheren Umgang miteinander.  ",
             "",
             "Zu den Leserstimmen",
             "Mail",
             "",
             "Für die Anzeige von ChatWidget brauchen wir Ihr Einverständnis",
             "",
             "Möglicherweise verarbeitet ChatWidget persönliche Daten zu eigenen Zwecken, auch auf Servern außerhalb der EU, wo ein geringerer Datenschutz gilt.",
             "",
             "Mit einem Klick auf \"Zustimmen\" erlauben Sie die Übermittlung; in den Datenschutz-Einstellungen können Sie das jederzeit rückgängig machen.",
             "",
             "Zustimmen",
             "Details anzeigen",
             "",
             "LINDENAU. Weht da erstmals ein neuer Wind durch das Rathaus der Fächerstadt? Vor der konstituierenden Sitzung des frisch gewählten Rats am Dienstag sind sich nahezu alle Fraktionen einig, dass der Ton freundlicher wird – schlicht deshalb, weil ohne klare Mehrheit alle mehr aufeinander zugehen müssen.",
             "",
             "6-6-4-4-2-1 – eine Geheimzahl ist das nicht, auch keine Lottokombination. Es ist einfach die neue Sitzverteilung im Rat: Sechs Mandate für die CDU, sechs für die Freie Liste, vier für die SPD, vier für die Grünen, zwei für die FDP, eines für die Liste Junges Lindenau. Hübsch verteilt, aber mühsam. Wer eine Mehrheit will, muss verhandeln. Genau darin könnte aber eine Chance ...",
             "",
             "Beitrag verlinken",
             "",
             "Falls Sie diesen Beitrag von hochrhein-bote.example auf Ihrer Website verlinken wollen, können Sie den folgenden HTML-Code kostenlos übernehmen:",
             "",
             "© 2025 Hochrhein-Bote. Alle Angaben ohne Gewähr.",
             "Beachten Sie bitte zudem unsere Nutzungsbedingungen, den Datenschutz und das Impressum.",
             "",
             _HRB_BOX,
             "",
             "Stichworte: Sabine Thoma, Kemal Yilmaz, Ruth Gerwig",
             "",
             "Mehr zum Thema",
         ], appeals=[_HRB_BOX]),
    _doc("b60-weidenburgerzeitung-lauter-zugang-end", "appeal", "end",
         "Invented; modelled on Donaukurier (teaser printed twice, one-line access paywall)", "de", [
             "Auf ihrem Weg durch Weidenburg ist von der Lauter als wildem Gewässer kaum etwas übrig. Betonmauern säumen das Ufer, ein Wehr staut das Wasser auf. Streckenweise wirkt sie eher wie ein Graben als wie ein Fluss. Damit soll bald Schluss sein.",
             "Auf ihrem Weg durch Weidenburg ist von der Lauter als wildem Gewässer kaum etwas übrig. Betonmauern säumen das Ufer, ein Wehr staut das Wasser auf. Streckenweise wirkt sie eher wie ein Graben als wie ein Fluss. Damit soll bald Schluss sein.",
             _WEIDENBURG_ACCESS,
         ], appeals=[_WEIDENBURG_ACCESS]),
    _doc("b60-presseblick-achtjahre-mailabo-middle", "appeal", "middle",
         "Invented; modelled on BILDblog (anniversary post on a media-watch blog, e-mail subscription offer in the middle)", "de", [
             "Archiv für PRESSEblick.example",
             "",
             "Alles Gute, PRESSEblick!",
             "",
             "Überraschung!",
             "",
             "Damit haben Sie nicht gerechnet, oder? Wir fanden, zum achten Geburtstag – der ist nämlich genau heute – dürfen wir uns mal etwas Neues zum Anziehen gönnen.",
             "",
             "Etwas breiter, etwas heller, statt blau jetzt grün, mit anderen Schriften, anderen Knöpfen, anderen … na, Sie merken es schon. Klicken Sie sich ruhig durch — hoffentlich gefällt es Ihnen! An der einen oder anderen Stelle hakt es vielleicht noch, aber wir schrauben schon dran. Falls Ihnen etwas seltsam vorkommt oder kaputt ist, schicken Sie uns gern ein paar Zeilen an post@presseblick.example.",
             "",
             _PRESSEBLICK_MAIL,
             "",
             "Aber keine Angst: Im Kern ändert sich nichts. Der Zusatz „und Co.“ ist zwar aus dem Titel geflogen, aber wir schauen selbstverständlich weiter auf die ganze Branche. Zu viel Schräges und Ärgerliches passiert jeden Tag in deutschen Redaktionen, und das längst nicht nur beim „Krawall-Kurier“.",
             "",
             "Aber eben: ganz besonders beim „Krawall-Kurier“. Vor acht Jahren wie heute. Deshalb bleibt es — mit Nachdruck — bei PRESSEblick.",
             "",
             "Dass die Farbe jetzt wieder an unsere Anfänge erinnert, passt übrigens gut, denn wir sind — wer ins Impressum schaut, hat es vielleicht bemerkt — nach drei schönen Jahren in Leipzig wieder nach Hamburg zurückgekehrt. Und Jonas, der neue Redaktionsleiter, also ich, freut sich riesig auf das nächste PRESSEblick-Jahrzehnt mit Ihnen und euch.",
             "",
             "Und zum Geburtstag gibt es natürlich auch etwas für Sie!",
             "",
             "Wir zeigen Ihnen heute mit stolzgeschwellter Brust und quasi als Weltpremiere: PRESSEblick, das Video.",
             "",
             "Gute Unterhaltung!",
             "",
             "YouTube",
         ], appeals=[_PRESSEBLICK_MAIL]),
    _neg("b60-oberlandkurier-lichtblick-spenden-neg",
         "Invented; modelled on Badische Zeitung (the paper's own Christmas fund reporting readers' donations; accounts still open)", "de", [
             "OK-Aktion Lichtblick",
             "",
             "Bis jetzt haben Leserinnen und Leser rund 540 000 Euro für die OK-Aktion Lichtblick gegeben",
             "",
             "OK-Redaktion",
             "",
             "Von OK-Redaktion",
             "",
             "Fr, 30. Dezember 2022 um 17:05 Uhr",
             "",
             "Oberland",
             "",
             "Zahlreiche Spenderinnen und Spender haben der Weihnachtsaktion des Oberland-Kuriers für Menschen in Not im Oberland bislang rund 540 000 Euro beschert. Überweisungen sind weiterhin möglich.",
             "",
             "Auf dem Papier gilt das Oberland als reiche Gegend mit kaum Arbeitslosen und ordentlichen Löhnen. Trotzdem leben zwischen Seeufer und Alpenrand, in den Tälern und in den Städten Menschen in Armut und Bedrängnis. Oft sieht man es ihnen nicht an, manches bleibt hinter verschlossenen Türen, und im besten Fall ist die Not einem Unglück geschuldet und geht wieder vorbei. Gut, wenn dann Nachbarinnen, Kollegen, Freunde und Fremde hinschauen und anpacken. So wie Tausende Leserinnen und Leser des Kuriers, die sich in den letzten Wochen auf ganz unterschiedliche Art an der Aktion Lichtblick beteiligt haben – aus vielen kleinen und einigen großen Überweisungen sind bisher etwa 540 000 Euro geworden. Im Namen aller, denen geholfen wird, sagt der Kurier: Vielen herzlichen Dank! Überweisen kann man übrigens auch jetzt noch.",
             "",
             "Bergheim",
             "",
             "Großartig! Im Bergheimer Land schlägt ein großes Herz für Bedürftige. Bis kurz vor Heiligabend flossen für die Aktion Lichtblick mehr als 42 000 Euro. Und wie jedes Jahr dürfte der Betrag nach Neujahr noch spürbar wachsen, weil viele Leser erst im Januar überweisen. Zudem lassen immer mehr Familien die Böller im Laden und geben das Geld stattdessen für ältere, kranke und einsame Menschen in der Region.",
         ]),
    _neg("b60-kurstadttagblatt-lichterglanz-verein-neg",
         "Invented; modelled on Badisches Tagblatt (publisher's staff club answering the W-questions, handing over a cheque)", "de", [
             "Seit Jahrzehnten zur Weihnachtszeit für andere da",
             "",
             "Und zwar schon seit 64 Jahren, jedes Jahr aufs Neue zur Weihnachtszeit! Weil der Verein aus Beschäftigten des Kurstadt-Tagblatts besteht, beantworten wir an dieser Stelle – ganz wie man es von einer Zeitung erwartet – die klassischen \"W-Fragen\" rund um die Aktion. Und hoffen natürlich, dass Sie danach Lust bekommen, selbst in Ihrer Stadt mit anzupacken.",
             "",
             "Um das \"Wer?\" ganz zu klären, fehlt nur noch ein Satz: An der Spitze des Vereins steht Mitverlegerin Johanna Albrecht-Wendt. Sie hat den Vorsitz in diesem Jahr von ihrem Vater Konrad Wendt übernommen und setzt damit eine Tradition der Familie fort. Und was steckt hinter dem \"Was?\"",
             "",
             "Die Vereinsmitglieder stoßen Basare, Konzerte und kleine Feste an, bei denen Geld zusammenkommt. Alles landet in einer gemeinsamen Kasse und wird dann an ausgewählte Menschen aus der Kurstadt verteilt (damit ist auch das \"Wo?\" geklärt). Das Anliegen ist seit dem ersten Jahr 1961 dasselbe: denjenigen, die es schwerer haben als andere, zum Fest eine kleine Freude zu machen. Längst gehört es auch dazu, dass der Verlag sich nicht nur mit der Arbeitszeit seiner Leute, sondern auch mit Geld beteiligt. So nahm Petra Lindner vom Verein \"KT-Leser schenken Lichterglanz\" in diesen Tagen einen Scheck über 3 000 Euro von Johanna Albrecht-Wendt entgegen.",
             "",
             "Bleibt das \"Wie?\": Wie stößt der Verein auf die Menschen, die Hilfe brauchen? Dabei helfen mehrere Einrichtungen in der Stadt, denn deren Fachleute wissen aus ihrem Alltag genau, wo das Geld wirklich fehlt und am meisten bewirkt.",
         ]),
    _neg("b60-hzn-longcovid-schulen-merkblatt-neg",
         "Invented; modelled on DMZ (Swiss online paper: advocates demanding support for sick pupils, quotes repeated)", "de", [
             "· ",
             "",
             "Long Covid an Schulen: Fachleute und Elternverbände verlangen zügige Massnahmen für betroffene Kinder",
             "",
             "„Zahlreiche erkrankte Schülerinnen und Schüler kämpfen mit Beschwerden, die den Unterricht massiv erschweren – etwa mit Dauermüdigkeit, Schmerzen und Problemen beim Konzentrieren.“",
             "„Zahlreiche erkrankte Schülerinnen und Schüler kämpfen mit Beschwerden, die den Unterricht massiv erschweren – etwa mit Dauermüdigkeit, Schmerzen und Problemen beim Konzentrieren.“",
             "",
             "HZN – GESELLSCHAFT ¦ Martina Zwahlen ¦  „Zahlreiche erkrankte Schülerinnen und Schüler kämpfen mit Beschwerden, die den Unterricht massiv erschweren – etwa mit Dauermüdigkeit, Schmerzen und Problemen beim Konzentrieren.“",
             "",
             " ",
             "",
             "Zürich – Mit dem neuen Merkblatt der kantonalen Gesundheitsdirektion für Schulen liegt erstmals eine verlässliche Hilfe für den Umgang mit Long Covid bei Kindern und Jugendlichen vor. Verfasst von Fachleuten aus Medizin, Pädagogik und Schulpsychologie, soll es Rektorinnen, Lehrpersonen und Heilpädagogen im ganzen Kanton helfen, erkrankte Kinder besser zu begleiten. Alle Beteiligten durften Vorschläge einbringen.",
             "Die Vereine PostViral Jugend Schweiz und Elternnetz Gesunde Schule befürchten jedoch, dass die Unterlagen erst nach den Sportferien an die Schulen verschickt werden, womit sich die erhofften Erleichterungen für die Kinder erneut verschieben würden.",
             "",
             " ",
             "",
             "„Es eilt wirklich,“ sagt Regula Furrer, Co-Präsidentin von PostViral Jugend Schweiz, die selbst in der Arbeitsgruppe mitgewirkt hat. „Die Fachgruppe hat das zweisprachige Merkblatt bereits im Mai abgeschlossen und wollte es den Schulleitungen und Lehrpersonen eigentlich zum Start des neuen Schuljahres in die Hand geben.",
         ]),
]


# --- Russian ------------------------------------------------------------------------------------

_OBSK_TG = "Всё главное за день — у нас в Telegram"

_VM_LINKS_1 = "🔗 Наш сайт (открывается и без VPN) | Телеграм | WhatsApp | vestnikmira\">YouTube | Email-рассылка"
_VM_LINKS_2 = "🔗 Зеркало сайта (открывается и без VPN) | Телеграм | WhatsApp | vestnikmira\">YouTube | Email-рассылка"

_PRAVDOMER_CALL = "Включайте, читайте, подписывайтесь и не забывайте: знать правду вправе каждый."

PROBE40_RU = [
    _doc("b60-verkhneobsk-digest-telegram-end", "appeal", "end",
         "Invented; modelled on Altapress (weekly digest with diamond bullets, Telegram line at the end)", "ru", [
             "◆ В Верхнеобской области со следующей недели агитаторы начнут ходить по квартирам накануне выборов губернатора. Как проверить, что к вам пришли настоящие члены комиссии, что они станут спрашивать и в какие дни ждать гостей — рассказываем в материале.",
             "◆ Биологи из местного университета встревожены нашествием борщевика — он захватывает пустыри и обочины с пугающей быстротой и глушит луговые травы. Даже молодой ельник.",
             "◆ Новая детская поликлиника в Верхнеобске открылась с очередями. За пять дней около 400 родителей без прописки в районе пытались записать туда детей — всем отказали.",
             "◆ В селе Кулундинка обсуждают аварию, в которой тяжело пострадал 14-летний велосипедист. Односельчане боятся, что водителю внедорожника удастся избежать ответственности.",
             "◆ 60 лет назад, 9 марта 1964 года, в городе заработал первый кинотеатр с широким экраном! Какие фильмы там крутили? Листайте архивные снимки и вспоминайте, с чего всё начиналось.",
             _OBSK_TG,
         ], appeals=[_OBSK_TG]),
    _doc("b60-vestnikmira-tgchannel-links-middle", "appeal", "middle",
         "Invented; modelled on BBC News Russian (Telegram channel page via a catalogue site, channel's links line under each post)", "ru", [
             "vestnikmira | News and Media",
             "",
             "Telegram-канал vestnikmira - Вестник Мира | Русская редакция",
             "",
             "287431",
             "",
             "Официальный канал русской редакции «Вестника Мира» https://vestnikmira.example/ru",
             "",
             "Subscribe to a channel",
             "",
             "Вестник Мира | Русская редакция",
             "",
             "В Бразилии суд приговорил к пожизненному заключению троих главарей банды, которая годами держала под контролем нелегальную добычу золота в Амазонии, передают местные агентства.",
             "",
             "Это уже третий громкий приговор по делам о преступных группировках в стране с начала месяца.",
             "",
             "🔗 Все детали — на нашем сайте.",
             "",
             _VM_LINKS_1,
             "",
             "Читать полностью…",
             "",
             "Вестник Мира | Русская редакция",
             "",
             "Более двадцати тысяч человек в субботу собрались в Братиславе, чтобы выразить поддержку мэру города в его споре с кабинетом министров.",
             "",
             "Толчком к протестам послужило решение правительства урезать городской бюджет и последовавшие за этим высказывания вице-премьера, которые мэр назвал давлением.",
             "",
             "🔗 Подробный разбор — на нашем сайте.",
             "",
             _VM_LINKS_2,
             "",
             "Читать полностью…",
             "",
             "Вестник Мира | Русская редакция",
         ], appeals=[_VM_LINKS_1, _VM_LINKS_2]),
    _doc("b60-pravdomer-podcast-aiqyn-top", "appeal", "top",
         "Invented; modelled on Factcheck.kz (podcast transcript, listen-read-subscribe sentence in the intro)", "ru", [
             "Ержан Тулегенов: как чиновники закрывались от журналистов в карантин | Подкаст Aiqyn #3.07",
             "",
             "Мы публикуем текстовые версии выпусков третьего сезона подкаста Aiqyn. " + _PRAVDOMER_CALL + " Седьмой выпуск — разговор с Ержаном Тулегеновым, юристом и руководителем «Центра защиты прав СМИ». Ведет подкаст Асель Жумабаева, редактор Pravdomer.kz.",
             "",
             "Асель: Всем привет! Я Асель Жумабаева, редактор Pravdomer.kz, и это первый в Казахстане подкаст о проверке фактов и медиаграмотности. Вы слушаете седьмой выпуск третьего сезона подкаста Aiqyn. Выпуски выходят при участии Медиашколы «Азат» и при финансовой поддержке Фонда открытых медиа.",
             "",
             "Сегодня обсудим, почему в карантин журналистам стало намного сложнее получать сведения от госорганов и собираются ли чиновники что-то с этим делать. А обсудим мы это с Ержаном Тулегеновым, юристом и руководителем «Центра защиты прав СМИ». Ержан, рады вас слышать!",
             "",
             "Ержан: Спасибо, Асель, здравствуйте!",
         ], appeals=[_PRAVDOMER_CALL]),
    _neg("b60-angarainfo-fotoaukcion-detyam-neg",
         "Invented; modelled on Babr24 (charity art auction for a children's hospital, quoted organiser, sums raised)", "ru", [
             "Олег Вершинин",
             "",
             "© Ангара-ТВ",
             "",
             "ОбществоБратск",
             "",
             "1847",
             "",
             "14.11.2011, 18:20",
             "",
             "В Братске прошел благотворительный фотоаукцион для больных детей",
             "",
             "Поставить малышей на ноги. В Братске состоялся благотворительный аукцион фотографов. Деньги от продажи снимков направят на покупку аппаратуры для детской больницы.",
             "",
             "Они умеют помогать по-своему. 15 местных фотографов выставили на торги самое дорогое — свои лучшие работы. Среди них и снимки новичков, и кадры признанных мастеров.",
             "",
             "- Год назад мы собирали деньги для ребят из гематологии. Когда мы приехали в отделение, меня попросили сказать пару слов на камеру, а я не смог, вышел в коридор. Смотреть на это тяжело. Совсем маленькие, а уже такие диагнозы. Как тут не помочь. Хочу, чтобы такие аукционы проходили не только у нас, а по всему Приангарью, - говорит руководитель городского фотоклуба «Объектив» Виктор Лаптев.",
             "",
             "Благотворительный фонд «Тёплые ладони» каждый год поддерживает городскую детскую больницу №2. В 2009 году на подобном аукционе собрали почти 250 тысяч рублей.",
         ]),
    _neg("b60-zeyskievesti-telemarafon-nadezhda-neg",
         "Invented; modelled on Amur.life (a governor joins a TV telethon raising money for sick children)", "ru", [
             "Глава Зейской области Андрей Ковальчук принял приглашение свободненской телекомпании «Восток-ТВ» и станет гостем благотворительного телемарафона «Надежда». Он придет в студию одним из первых в субботу, 9 июня. Всего в эфир позовут 25 гостей – депутатов, руководителей ведомств, общественников, спортсменов. Приедет и глава города Свободный Ирина Селезнёва.",
             "Эфирная часть марафона начнется на «Восток-ТВ» в полдень. В субботу, 9 июня, «Восток-ТВ» вместе с областным детским фондом проведут телемарафон «Надежда» уже в седьмой раз. Горожане будут собирать деньги на реабилитацию детей. Средства направят на курсы лечебной физкультуры и массажа для 25 ребят с нарушениями опорно-двигательного аппарата.",
             "Среди них – пятилетний Тимофей Грачёв. Он уже ходит в детский сад, и мама с папой мечтают, что через год-два сын сам, без коляски, придет на школьную линейку.",
             "Еще одна участница – 13-летняя Вика Сомова. Ей тоже нужна долгая реабилитация. Говорить девочке пока тяжело, но мама понимает ее без слов и рассказывает, что Вика мечтает увидеть море и покататься на лошади.",
         ]),
    _neg("b60-prozhektor-zhurnalisty-prigranichie-neg",
         "Invented; modelled on Fonar.tv (journalists in a border region on what restrains and what supports them)", "ru", [
             "Молчать нельзя говорить. Что мешает и что помогает журналистам приграничного Старогорска",
             "",
             "В начале сентября отмечают Международный день солидарности журналистов. По этому случаю «Прожектор» расспросил коллег из Старогорска, мешают ли им запреты, почему они не уходят из профессии в регионе под обстрелами и ощущают ли поддержку от других редакций.",
             "",
             "«Бывает, что работа важнее собственной безопасности»",
             "",
             "Ольга Брагина — главный редактор портала «Старогорск Онлайн». В профессии она около пяти лет. По ее словам, после начала боевых действий работать журналистам стало в разы труднее.",
             "",
             "Ольга Брагина, фото из личного архива",
             "",
             "— В прифронтовой области журналисту приходится очень тяжело. До 2022 года у нас было тихо и мирно. Трудные времена, конечно, случались, но мы все друг друга знаем, поэтому всегда выручали друг друга. А к 2024 году все стало иначе. Поменялись и люди в профессии, и сама работа. Постепенно каждый из нас превратился в военного корреспондента.",
         ]),
]


BATCH60_DOCUMENTS = PROBE40_EN + PROBE40_FR + PROBE40_DE + PROBE40_RU
