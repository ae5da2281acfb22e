"""Thirty-seventh batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

Section 1 (24 documents): our own paraphrases of the 24 documents of the local-only real probe 19
(16 appeal pages, 8 negatives). Section 2 (22 documents): our own paraphrases of the 22 documents
of the local-only real probe 20 (11 appeal pages, 11 negatives). Each keeps the real page's
structure (headline, dateline, byline, photo credit, " date ..." scrape prefix, Telegram channel
header, author-page and section-page teasers, paywall boxes, scrambled paywall text, list bullets,
button and payment lines, an appeal glued to the end of a paragraph or to the next teaser) and
exactly what the real gold marks: e.g. the three separate boxes of a nonprofit blog page (newsletter
line, repeated "Did you know?" donation box with its payment line, sidebar newsletter/magazine/
donate stack) while "Editors' Picks" and "Most Recent" stay text; only the channel's support link in
a Telegram header (contact, bot, VPN and advertising lines stay text); only the one-line
"(Haven't signed up yet? Easy fix.)" inside a founding-anniversary letter; a paywall teaser line
and its login box while the headline, lede and photo caption stay text; a newsletter/Telegram box
including its form-validation bullet. Negatives keep the real page's kind and what makes them hard:
a report quoting another outlet's "we are sinking" plea, a digest on fraud with charity crypto
wallets, candidates' campaign finance, a newspaper charity's voucher drive, a guide to safe disaster
donations, a crowdfunding-journalism platform launch, advice on private fundraising pages, a
publisher's metered paywall, family fire fundraisers with quoted pleas, links and sums, charity
funds' falling income, a children's charity marathon, a press club quoting a monthly's donation
appeal, a vice-governor on falling newspaper subscriptions, a newspaper's petition, a report on
another magazine's rescue appeal.

Every sentence, outlet, person, place, number and URL is ours (example-style domains); no run of more
than five consecutive words is copied from the real pages (checked mechanically, lowercased and
whitespace-split). The modelled real outlet is noted in each outlet field. Like batches 29-35
`build_devset.py --batch37` writes Fixtures/unseen-batch37.jsonl: it takes each text as it stands
and locates every gold appeal substring in it (asserted unique). Named `unseen-` so it stays out of
the line scorer's training files: no rule and no scorer is fitted to it.
"""


from whole_documents import _doc


def _neg(id, outlet, language, lines):
    return _doc(id, "negative", "real", outlet, language, lines)


# --- Section 1: paraphrases of real probe 19 ---------------------------------------------------

_SILLON_ENV = "\n".join([
    "Au moment où les signaux d’alarme écologiques s’accumulent, nous voudrions vous solliciter pour un petit geste. Nous souhaitons que la fin de l’année 2024 apporte enfin des progrès pour le climat et le vivant. Dans tous les cas, l’équipe de Sillon continuera de vous livrer une information lisible et libre.",
    "",
    "La période est rude, et beaucoup d’entre vous n’ont pas les moyens de payer pour lire. Pourtant, nos ressources viennent uniquement des dons de nos lecteurs et lectrices : ce sont celles et ceux qui le peuvent qui nous font vivre. Grâce à eux, des millions de gens gardent accès à une information sur la crise écologique, qu’ils puissent ou non contribuer.",
    "",
    "À la différence de nombreux médias, Sillon n’appartient à aucun grand patron ni à aucun fonds : c’est une association sans but lucratif. Nous n’affichons pas non plus de publicité. Aucun annonceur ne pèse donc sur nos choix. Cette liberté face aux pressions économiques et politiques nous laisse enquêter sans entraves. Personne ne réécrit nos articles ni ne nous détourne des sujets essentiels.",
])

_SILLON_FAVEUR = "\n".join([
    "Tant que vous êtes là…",
    "",
    "… permettez-nous une petite demande. L’urgence climatique reste bien moins couverte par les médias que ne le justifieraient son étendue, sa gravité et sa rapidité.",
])

_RIDGE_NL = "Cut through the noise: Get the free Ridgeline Daily email and keep up with the stories that count."

_RIDGE_P1 = "Ridgeline started in 1981 as a nonprofit because we understood that big companies and wealthy backers would never pay for the sort of fearless reporting we planned to publish."
_RIDGE_P2 = "These days, readers cover roughly 70 percent of what we spend, which lets us chase the hard stories and keep every article open to all. If Ridgeline matters to you, please give a tax-deductible gift now so we can keep producing the journalism this year calls for."

_RIDGE_FACTBOX = "\n".join([
    "Did you know?",
    "",
    _RIDGE_P1,
    "",
    _RIDGE_P2,
    "",
    "payment options",
    "",
    "Did you know?",
    "",
    _RIDGE_P2,
    "",
    "payment options",
])

_RIDGE_SIDEBAR = "\n".join([
    "Get our free newsletter",
    "",
    "Have the Ridgeline Daily bring our best reporting straight to your inbox.",
    "",
    "Read our prize-winning magazine",
    "",
    "Take a full year of investigations, ideas and analysis at a steep discount.",
    "",
    "Subscribe",
    "",
    "Back our reporting",
    "",
    "Give Ridgeline's reporters room to dig with a tax-deductible gift.",
    "",
    "Donate",
])

_RIDGE_STRAIGHT = "\n".join([
    "LET'S BE STRAIGHT WITH YOU:",
    "",
    "We have to bring in a lot more from our online readers, and especially from people who visit Ridgeline often but have never given because they assumed someone else would cover it. We also need our longtime supporters and first-time givers alike to keep stepping up.",
    "",
    "In “This Isn't an Emergency. It's Just How Things Are Now,” we lay out as plainly as possible what our budget really looks like, how hard it has become to pay for serious reporting, what sets Ridgeline apart from most outlets, and why reader money is what keeps the lights on. Even so, we believe we can grow the number of online readers who chip in—beginning with a stretch target of $250,000 in the next 20 days so we can close out our fiscal year without a deficit.",
    "",
    "Please read more about how Ridgeline operates and about our 43 years of independent nonprofit reporting you won't get anywhere else—and if you're able, back that work with a gift.",
])

_VOLGA_TOP = "Support The Volga Courier!"

_VOLGA_FAVOR = "\n".join([
    "… may we ask you for something small?",
    "",
    "You may already know that The Volga Courier, which has reported independently for more than 20 years, has been declared an “undesirable organization” by the Russian authorities. This crude move to shut us up is an attack on honest reporting and on everything we stand for.",
    "",
    "Our journalists will not go quiet. We remain determined to report on Russia accurately and fairly. But to keep that work going, we need you.",
    "",
    "Every contribution, however modest, counts. If you are able, please become a monthly supporter from as little as $3. It takes a minute to set up, and each month you will know you are helping keep independent reporting alive. Thank you.",
    "",
    "Continue",
])

_PEREKLICHKA = "\n".join([
    "Создавайте «Перекличку» вместе с нами!",
    "В России действует военная цензура, а свободная журналистика вне закона.",
])

_LUPE_PROBE = "Die Lupe ist ein werbefreies Onlinemagazin für Politik, Gesellschaft und Kultur, das allein von seinen Leserinnen getragen wird und niemandem sonst verpflichtet ist. Machen Sie sich selbst ein Bild: Lesen Sie uns 30 Tage lang gratis und ohne Verpflichtung:"

_INEI_SUPPORT = "Поддержать «Иней»: https://inei.example/donate"

_SIGNAL_DRIVE = "\n".join([
    "The Republic Is on the Line",
    "",
    "Open Signal Needs Your Help Now",
    "",
    "Bold, independent reporting matters more than it has in years. Please back Open Signal in our Winter Drive",
])

_KANTE_BUENDNIS = "\n".join([
    "Ein Bündnis mit Wirkung: kante.example und ihre Leser:innen",
    "Unsere Leser:innen sorgen dafür, dass alle kostenlos mitlesen können. Das hebt uns von vielen anderen Nachrichtenportalen ab. Journalismus ist für uns keine bloße Ware, sondern etwas, das allen gehört. Unsere Texte sollen so viele Menschen wie möglich erreichen. Dafür tun wir, was wir am besten können: sorgfältigen, streitbaren Journalismus. Jede Recherche, jede Analyse und jeder Kommentar bleibt bei uns frei lesbar, eine Bezahlschranke gibt es nicht. Gerade in unruhigen Zeiten muss Orientierung für alle erreichbar sein. Und noch etwas macht uns anders: unsere Leser:innen. Niemand muss zahlen, aber viele wissen, dass gute Recherche Geld kostet. Dafür danken wir von Herzen. Damit es die kante auch in Zukunft gibt, brauchen wir noch mehr Mitstreiter:innen. Unser nächstes Etappenziel: 35.000 – mit Ihrer Hilfe schaffen wir das. Es wäre ein starkes Signal für die kante und für unabhängige Presse. Schon ab 6,- Euro machen Sie mit! Jetzt unterstützen",
])

_KANTE_FUERALLE = "\n".join([
    "Die kante ist für alle da",
    "Als Genossenschaft sind wir im Besitz unserer Leser:innen. Kein Konzern redet uns rein, und lesen kann uns jede und jeder ohne Gebühr. Wir bringen Texte, die nicht allen gefallen, und Stimmen, die anderswo fehlen – aus Überzeugung und auf kante.example ohne Bezahlschranke. Zahlen muss niemand, doch viele wissen, dass unbequeme, gründliche Recherche Geld kostet. Dafür sind wir dankbar. Damit die kante auch künftig erscheinen kann, brauchen wir mehr Rückhalt. Unser nächstes Etappenziel: 28.000 – mit Ihnen kommen wir dahin. Zeigen Sie, dass Ihnen die kante und eine unabhängige Presse etwas wert sind. Schon ab 6,- Euro machen Sie mit! Jetzt unterstützen",
])

_REBONDS_DON = "\n".join([
    "Aidez Rebonds : donnez.",
    "Jour après jour, Rebonds fait entendre celles et ceux qu’on n’écoute jamais, afin de nourrir la réflexion politique et la confrontation des idées, à travers ses enquêtes, ses reportages et ses analyses. Car nous sommes convaincus, à Rebonds, que la liberté de chacun·e et la santé de la démocratie reposent (en partie) sur une presse libre et sans tutelle.",
    "Je Fais Un Don",
])

_REBONDS_LIBRE = "Cet article est librement accessible. Rebonds n’existe que grâce à son lectorat, en kiosque, par abonnement papier ou numérique : c’est notre unique gage d’une information réellement libre. Par cohérence, votre hebdomadaire a renoncé à toute publicité sur son site. Ce renoncement se paie , alors, pour nous aider à rester indépendants, achetez Rebonds , abonnez-vous ."

_VOLGA_ADFREE = "\n".join([
    "Liking the ad-free pages?",
    "We switched off every advertisement on March 1, 2024 so you can read without clutter.",
    "Keeping it that way costs us $8,500 each month. Your contribution helps close that gap.",
    "Back us",
    "Our reporting is blocked inside Russia. Help us keep bringing you the facts.",
])

_NR_NEWSLETTERS = "\n".join([
    "Browse every newsletter",
    "Get our email briefings free of charge",
])

_PRISTAN_DONAT = "Поддержать редакцию донатом: https://pristan.example/donate"

SECTION1_APPEALS = [
    _doc("b37-sillon-pontsaintaubin-end", "appeal", "end",
         "Invented; modelled on Reporterre (brief news item + three-paragraph reader-funding box at the end)", "fr", [
             "En brefPont de Saint-Aubin",
             "",
             "Les radicaux de gauche soutiennent le projet de pont sur l’estuaire de Saint-Aubin",
             "",
             "Réunis en assemblée départementale le jeudi 12 mai, les adhérents du PRG de Charente-Maritime ont voté à une très large majorité (88 % des suffrages) pour mener campagne « sans la moindre réserve » en faveur du « oui » lors de la consultation locale du 19 juin.",
             "",
             "Après plusieurs mois d’étude du dossier confiée à un groupe de travail, la direction nationale du parti a, elle aussi, rendu un avis positif sur l’ouvrage.",
             "",
             "-  Source : L’Écho de Saintonge",
             "",
             _SILLON_ENV,
         ], appeals=[_SILLON_ENV]),
    _doc("b37-sillon-drapsnyons-end", "appeal", "end",
         "Invented; modelled on Reporterre (scraped article with date prefix, short 'since you're here' plea at the end)", "fr", [
             " date 2021-05 Ce qui s’est passé à Nyons n’a rien d’exceptionnel. Dans plusieurs départements, des habitantes et des habitants ont reçu l’ordre des gendarmes de décrocher les draps peints suspendus à leurs volets ou à leurs grilles. À Albi, un retraité a été convoqué au commissariat pour un drap proclamant « Réforme des retraites, retraite de la réforme ! » tendu sur son portail. Sa compagne et son fils ont eux aussi été entendus. Le parquet a ouvert une procédure pour outrage à un élu et l’a transmise au commissariat central. La démarche paraît d’autant plus étrange que l’offense au président ne figure plus dans le code pénal depuis une décennie. Aucun de ses prédécesseurs n’avait songé à poursuivre ce genre de slogan. L’actuel locataire de l’Élysée, lui, ne s’en prive pas.",
             "",
             "Comme le souligne l’hebdomadaire local : « Cette soudaine passion pour le paysage a de quoi surprendre. Elle ne s’est jamais manifestée quand il fallait valider les zones commerciales qui défigurent les abords de Nyons. » Personne n’a jamais exigé le retrait des panneaux vantant la fête de l’olive, à l’entrée du bourg, ni des affiches d’une enseigne de bricolage promettant des prix cassés. « Qu’on invoque le respect du cadre de vie pour museler et sanctionner la parole citoyenne est tout simplement inacceptable , écrivent les rédacteurs. Une démocratie vivante se nourrit de la pluralité des avis, aujourd’hui plus que jamais. »",
             "",
             _SILLON_FAVEUR,
         ], appeals=[_SILLON_FAVEUR]),
    _doc("b37-ridgeline-photo-factbox-top", "appeal", "top",
         "Invented; modelled on Mother Jones (blog photo post: newsletter line, doubled fact box with payment line, sidebar stack)", "en", [
             _RIDGE_NL,
             "",
             "You asked, and I listened. Today calls for something calm. So here it is: the old cannery wharf at Alder Bay just after the sun went down. It may be the calmest shot in my whole archive. Also, keep in mind that tomorrow is Thursday. Which means Friday is basically within reach.",
             "",
             _RIDGE_FACTBOX,
             "",
             "Editors' Picks",
             "",
             "Most Recent",
             "",
             _RIDGE_SIDEBAR,
         ], appeals=[_RIDGE_NL, _RIDGE_FACTBOX, _RIDGE_SIDEBAR]),
    _doc("b37-ridgeline-slippingvoss-top", "appeal", "top",
         "Invented; modelled on Mother Jones (old blog post: newsletter line on top, long 'be blunt' fundraising plea after it)", "en", [
             _RIDGE_NL,
             "",
             "",
             "SLIPPING VOSS….Yes, it's true that Margaret Ellery, Tom Haskins, and the Hartford Beacon's editorial page have all joined the chorus lately, each writing mournful pieces about how Senator Harlan Voss lost his way (“He now resembles the kind of senator he used to mock,” writes Haskins, once among his loudest fans). But a reader writes in to point out that the real question isn't whether columnists say so, it's whether anybody is paying attention. And if this morning's “Most Shared” box on the Beacon's front page is any guide, people are paying attention. Forwarding it, too. The Voss team has apparently chosen to act as though outside opinion doesn't matter, but there's some chance that strategy is about to fail. Maybe my confidence in voters will be vindicated soon.",
             "",
             _RIDGE_STRAIGHT,
         ], appeals=[_RIDGE_NL, _RIDGE_STRAIGHT]),
    _doc("b37-volgacourier-todayinhistory-top", "appeal", "top",
         "Invented; modelled on The Moscow Times (support banner, short history item, 'small favor' box with Continue button)", "en", [
             _VOLGA_TOP,
             "",
             "Today in History, June 4",
             "",
             "A lithograph by an unknown artist showing the fairground of Nizhny Novgorod in the late 19th century.",
             "",
             "Exactly 128 years ago, on June 4, 1896, the great trade fair opened its gates in Nizhny Novgorod. For the whole summer it drew merchants and sightseers from every corner of the empire.",
             "",
             _VOLGA_FAVOR,
         ], appeals=[_VOLGA_TOP, _VOLGA_FAVOR]),
    _doc("b37-pereklichka-mirror-nedelya-end", "appeal", "end",
         "Invented; modelled on Novaya Gazeta Europe (mirror page: weekly news summary, two-line plea at the end)", "ru", [
             "В Грузии прошли телевизионные дебаты между премьер-министром и лидером оппозиции. В онлайн-опросе зрители назвали победителем оппозиционного политика. Его штаб накануне пообещал вынести новую конституцию на референдум.",
             "Несколько областей на юге России снова атаковали беспилотники, пятеро пострадавших. В Новороссийске после взрыва на нефтебазе несколько часов не могли потушить пожар.",
             "В Махачкале задержали группу подростков, которых обвиняют в подготовке поджогов военкоматов. По данным адвокатов, признания у них выбивали силой.",
             "Сразу несколько региональных министров «поздравили» с юбилеем выдуманного ветерана из патриотического паблика, а жительницу Твери оштрафовали за то, что она спела на улице песню группы, признанной «иноагентом».",
             "Каждое воскресенье Анна Громова, шеф-редактор «Переклички», разбирает главные события недели в России и за ее пределами.",
             _PEREKLICHKA,
         ], appeals=[_PEREKLICHKA]),
    _doc("b37-lupe-vielfaltwoche-top", "appeal", "top",
         "Invented; modelled on Republik (from-the-newsroom post, audio player lines, trial-reading pitch under the byline)", "de", [
             "Aus der Redaktion",
             "",
             "Die Lupe trifft Vielfalt, Jahrgang 2024",
             "",
             "Sieben Tage lang machen wir Platz für befreundete Journalismusprojekte. Mit dabei sind diesmal: «Nordlicht», «Grenzgang», «Faktor», «Wochenbrief» und «Tiefgang».",
             "",
             "Von Ihrer Redaktionscrew, 05.08.2024, Aktualisiert: 10.08.2024",
             "",
             "Vorgelesen von einer Computerstimme",
             "0:00 / 4:58",
             "",
             _LUPE_PROBE,
             "",
             "Auch in diesem Sommer sieht die Lupe eine Woche lang etwas ungewohnt aus – zum vierten Mal schon. Die Vielfaltswoche ist zurück. Wir räumen unsere Startseite für andere Redaktionen. Auf der Magazinseite und in unserem Newsletter stellen wir täglich einen Text vor, der ausnahmsweise nicht aus unserem Haus stammt, sondern von einem befreundeten Medium.",
             "",
             "Als Mitglied der Lupe möchten wir Sie einladen, weitere kleine, eigenständige Redaktionen zu entdecken und zu sehen, wie bunt die Landschaft ist. Die Beiträge haben diese Medien eigens ausgesucht und für unsere Leserschaft freigeschaltet.",
             "",
             "Die Lupe trifft Vielfalt, Jahrgang 2024",
             "",
             "Illustration: Mira Tanner",
             "",
             "Eine Woche lang gehört unsere Bühne anderen guten Projekten. Wir legen Ihnen die Arbeit von «Nordlicht», «Grenzgang», «Faktor», «Wochenbrief» und «Tiefgang» ans Herz.",
             "",
             "Die Idee kommt an: Viele von Ihnen mochten die bisherigen Ausgaben. Und – wir wollen es offen sagen – die Vielfaltswoche hat auch einen ganz handfesten Grund. Etliche in unserem Team haben Kinder und nehmen Ferien, wenn die Schulen zu sind. Die kleine Verschnaufpause erlaubt uns, danach wieder mit voller Kraft loszulegen.",
         ], appeals=[_LUPE_PROBE]),
    _doc("b37-inei-tg-kozhva-top", "appeal", "top",
         "Invented; modelled on Holod (Telegram channel page: header with contacts and support link, then posts)", "ru", [
             "Иней",
             "48.3K subscribers",
             "7.12K photos",
             "2.41K videos",
             "15.9K links",
             "inei.example",
             "",
             "«Иней» — независимое издание о жизни в российской провинции, выходит с весны 2020 года.",
             "",
             "Написать редакции: post@inei.example",
             "",
             "Телеграм-бот для писем: @IneiLettersBot",
             "",
             "Сотрудничество и реклама: ads@inei.example",
             "",
             _INEI_SUPPORT,
             "Download Telegram",
             "Место в России. Поселок Усть-Кожва, Республика Коми.",
             "",
             "Фото: Тимур Ракитин",
             "",
             "#иней_места",
             "Корреспондентка Дарья Лесных рассказывает о материале «Мне сказали ждать до весны», героями которого стали люди, месяцами стоявшие в очереди на операцию.",
             "",
             "«Я сама полгода ждала плановой операции в областной больнице — дольше, чем почти все мои знакомые. Когда мне наконец позвонили, я решила, что это ошибка. Родные удивлялись, почему я не еду в Москву за свой счет. Но я тогда уже собирала истории о длинных очередях и понимала, что у большинства такой возможности просто нет.",
             "",
             "Как и другие журналисты, я постоянно натыкалась в соцсетях на жуткие рассказы о том, как люди годами не могут попасть к хирургу. Но чаще всего авторы этих постов не хотели разговаривать с прессой, и многие истории выглядели как городские легенды, которые пересылают в семейных чатах.",
         ], appeals=[_INEI_SUPPORT]),
    _doc("b37-opensignal-tagpage-end", "appeal", "end",
         "Invented; modelled on Common Dreams (tag page: author line and teaser, fall-campaign box at the end)", "en", [
             "Maya Lindqvist, The Outrider",
             "Public life doesn't have to be a swamp. Shared purpose looks like a fantasy right up until enough people start acting on it together.",
             "",
             _SIGNAL_DRIVE,
         ], appeals=[_SIGNAL_DRIVE]),
    _doc("b37-kante-tabu-korrektor-end", "appeal", "end",
         "Invented; modelled on taz (front-page column, one-line header + long no-paywall support paragraph ending in a button label)", "de", [
             ": tabu",
             "Guten Morgen,",
             "liebe Leserschaft!",
             "tabu geht es wie manchen Volontär:innen (und vermutlich auch manchen Abonnent:innen): Es kam erst auf die Welt, als der Korrektor Bruno seine Randbemerkungen schon eingestellt hatte, mit denen er die Texte der kante in {geschweiften Klammern} kommentierte. Schade eigentlich, denn so blieb tabu von seinem bissigen Witz verschont. Was Bruno zu den heutigen Meldungen über Zölle, Grenzzäune, Talkshowgäste und die übrigen Zumutungen der Woche eingefallen wäre, bleibt ein Rätsel. Wir können nur raten – und haben darum heute quer durch die ganze Zeitung {in geschweiften Klammern} nachgetragen, was uns seit seinem Ruhestand fehlt:",
             "die Würze im Eintopf.",
             _KANTE_BUENDNIS,
         ], appeals=[_KANTE_BUENDNIS]),
    _doc("b37-kante-probeausgabe-suv-end", "appeal", "end",
         "Invented; modelled on taz (newsroom anecdote column, cooperative no-paywall support box at the end)", "de", [
             "dafür hat man die kante nicht erfunden:",
             "Schon mitbekommen?",
             "Großalarm in der Morgenkonferenz der kante!!1! Die Gründungsgeneration sitzt zusammen und plant das Heft, mit dem sie an die allererste Probeausgabe vor exakt 35 Jahren erinnern will. Es soll um Sauerteig und Achtsamkeit gehen, um die Rettung des Planeten, den Rücktritt des Verkehrsministers will man links liegen lassen. Da platzt der Wirt aus der Hauskantine herein und ruft: „Auf dem Hof steht ein schwarzer SUV quer vor der Einfahrt, der Getränkelaster kommt nicht durch. Wenn der nicht verschwindet, lasse ich ihn abschleppen.“ Stille, dann Getuschel, hier und da ein Kichern. Empörung? Fährt hier etwa jemand EINEN SUV? EINEN SCHWARZEN?",
             "Und dann?",
             "Uff. Gehörte angeblich bloß einem Gast der Kantine. Sagt man jedenfalls.",
             _KANTE_FUERALLE,
         ], appeals=[_KANTE_FUERALLE]),
    _doc("b37-rebonds-marcheretraites-middle", "appeal", "middle",
         "Invented; modelled on Politis (short item, donation box whose button is glued to the next 'read more' heading, teaser)", "fr", [
             "Marche des retraités : « Nous ne sommes pas des variables d’ajustement »",
             "Rebonds",
             "• 14 mars 2012",
             "Sur le blog d’une association de quartier, Hélène Vasseur raconte l’arrivée à Lyon du cortège des retraités parti de Grenoble dix jours plus tôt. Une manifestation tenue à distance par un dispositif policier massif. Le récit prend la forme d’un carnet de route illustré de photos.",
             _REBONDS_DON + "Pour approfondir…",
             "Entretien • 9 novembre 2025",
             "Karim Belhadj : « Les inégalités de santé se lisent d’abord sur une carte »",
             "Longtemps reléguée au second plan dans les mouvements sociaux, la géographie des soins révèle pourtant les logiques d’exclusion qui traversent toute la société.",
             "Par Juliette Marin",
         ], appeals=[_REBONDS_DON]),
    _doc("b37-rebonds-rassemblement-top", "appeal", "top",
         "Invented; modelled on Politis (scraped article: date prefix glued to an open-access/subscribe note, then the report)", "fr", [
             " date 2019-02 " + _REBONDS_LIBRE,
             "",
             "Tout le monde avait fini par venir. Sur une estrade de fortune au coin de la place Carnot, le chef de file de la Gauche commune, Bastien Royer, était entouré d’élus ceints de leur écharpe. Le cortège des enseignants remonte le cours Gambetta. Slogans, sifflets, et une grande ovation adressée aux élus. Inès Ferrand, Paul Darmon, Sonia Bekkal, mais aussi Lucas Terrier, ancien rival du maire sortant, ou Nadia Colin, conseillère régionale. Ils saluent, radieux, les camarades de la FSU.",
             "",
             "Dans la foule, badges orange au revers, on n’a pourtant d’yeux que pour la Gauche commune. On scande : « Ro-yer, à l’Élysée ! » ou « Rien lâcher, jamais lâcher ». Le politologue Arnaud Vidal, hilare, commente : « L’histoire sociale prouve qu’il faut au moins un mois de grève reconductible pour faire plier un gouvernement. » Inutile d’employer l’expression « grève générale » : elle effraie. « Ce qu’il faut, c’est paralyser la production pour faire reculer les puissants », précise ce formateur du mouvement, qui fixe rendez-vous aux lecteurs de Rebonds – « un titre qui n’appartient pas au système », tient-il à ajouter – le 14 avril, pour une conférence sur la presse.",
         ], appeals=[_REBONDS_LIBRE]),
    _doc("b37-volgacourier-oknofundraiser-top", "appeal", "top",
         "Invented; modelled on The Moscow Times (ad-free support box on top of a report about another outlet's fundraiser)", "en", [
             _VOLGA_ADFREE,
             "",
             "Okno Starts Crowdfunding Drive to Survive ‘Undesirable’ Label",
             "",
             "Okno says it may have to close after being declared “undesirable” scared off its remaining sponsors. Pavel Kurbatov / Okno",
             "",
             "The independent outlet Okno has opened a donation campaign after its editors warned that being labeled “undesirable” threatens its very existence.",
             "",
             "The Prosecutor General's Office put Okno on its list of “undesirable organizations” on Tuesday, a decision backers call an attempt to muzzle one of the country's most-read independent news sites. Okno's editors say the authorities want to “finish it off,” arguing the label will drive away sponsors and expose its contributors to criminal charges.",
             "",
             "“Okno has been declared ‘undesirable.’ That means we have lost nearly all our income, our reporters can no longer work openly in Russia, and you risk losing — not yet, but soon — one of the few genuinely independent newsrooms still standing,” the site, whose team is split between Georgia and Russia, wrote in a statement.  ",
             "",
             "Adopted in 2015 and widened several times since, the “undesirable organizations” law makes it a crime to take part in or fund any group on the list. ",
             "",
             "Because of the label, anyone sharing Okno's articles could also face fines, including people who repost its stories on social media.",
             "",
             "“And that's before we even get to the danger for Okno's own reporters, several of whom are still inside the country,” the site added.",
         ], appeals=[_VOLGA_ADFREE]),
    _doc("b37-newsroomreview-tamworthpaywall-top", "appeal", "top",
         "Invented; modelled on Press Gazette (trade-news article: two-line newsletter sign-up on top; partner teasers stay text)", "en", [
             _NR_NEWSLETTERS,
             "",
             "Covering the business of journalism, day in and day out.",
             "",
             "  1. News",
             "March 9, 2020updated 2 Nov 2022 10:41am",
             "",
             "Weekly editor ‘will not say sorry’ for introducing paywall despite reader backlash",
             "",
             "By Hannah Crowe",
             "",
             "The editor of a regional weekly has said he “will not say sorry” for placing its website behind a paywall, even after “a steady stream of complaints and queries” from readers.",
             "",
             "The Tamworth Chronicle is one of three Midland Press titles trialling paid digital access, alongside the Lichfield Echo and the Rugeley Times, as the group tries to make up for shrinking print advertising.",
             "",
             "Visitors can read three stories a week without paying at tamworthchronicle.example or subscribe for £1.50 a week, or £65 a year, which brings unlimited stories, quicker pages, the app and far fewer adverts.",
             "",
             "Editor Neil Oduya told readers in a front-page note that the site is “signing up fresh subscribers every week” since the paywall went live in January, although he gave no numbers.",
             "",
             "He went on: “Of course not everyone was going to cheer the switch to paid access. I have answered dozens of emails and letters about it, and I read the comments under our Facebook posts as well.",
             "",
             "“But I stand by the call we made. I always expected some readers to leave us on this new journey, yet the very fact people complained shows they value the local reporting we give them.",
             "",
             "“Running it all for free simply stopped being possible.”",
             "",
             "Content from our partners",
             "Young reporters' prize closes for entries this Friday",
             "Why regional titles are betting on audio briefings",
             "How a wire agency is helping local papers move online",
             "",
             "Oduya said the newsroom keeps adapting its coverage to what paying readers actually open, and he thanked subscribers for backing the paper.",
         ], appeals=[_NR_NEWSLETTERS]),
    _doc("b37-pristan-tg-morning-top", "appeal", "top",
         "Invented; modelled on Bumaga (Telegram channel page: header with donation, VPN, bot and sister-channel lines, morning post)", "ru", [
             "Пристань: всё о Казани",
             "41.2K subscribers",
             "19.6K photos",
             "1.84K videos",
             "3 files",
             "22.4K links",
             "Канал городского издания «Пристань»",
             "",
             _PRISTAN_DONAT,
             "",
             "Скачайте наш VPN: https://pristanvpn.example",
             "",
             "Новости и вопросы присылайте сюда: @PristanNewsBot",
             "",
             "Канал о добрых делах казанцев: @pristan_dobro",
             "Download Telegram",
             "Всем доброе утро.",
             "",
             "Ночью подморозило, а днем в Казани обещают до +4. Во второй половине дня пройдет мокрый снег, утром на тротуарах скользко.",
             "",
             "📲 Сайт «Пристани» заблокирован, поэтому открывайте его через VPN. Мы снова работаем по адресу pristan.example — заходите туда через PristanVPN или читайте нас в мобильном приложении.",
             "",
             "Что почитать:",
             "",
             "🟢 В Зеленодольске умер призывник, которого отправили ремонтировать дачу командира. В части говорят о сердечном приступе, родители требуют независимой экспертизы: https://prst.example/a81Kq",
             "",
             "🟢 Казанские школьники выиграли конкурс оборонного концерна. Выпускники их лицея возмущены: проект помогает наводить артиллерию: https://prst.example/Zt4pW",
             "",
             "@pristan_kzn",
             "Кабмин освободил губернаторов от обязанности публиковать сведения о своих расходах до отмены режима контртеррористической операции",
         ], appeals=[_PRISTAN_DONAT]),
]

SECTION1_NEGATIVES = [
    _neg("b37-baltvestnik-proliv-sos-neg",
         "Invented; modelled on press.lv (report quoting another outlet's 'we are sinking' donor plea)", "ru", [
             "\"Наш проект оказался на грани закрытия. Если число ежемесячных донатеров не вырастет, прежнего \"Пролива\" больше не будет, - говорится в обращении издания.",
             "",
             "-Мы испробовали все способы. Урезали гонорары. Расстались с частью команды. Переложили работу на тех, кто остался. Резервов больше нет. Теперь все зависит только от читателей. Мы тонем. И это - наш сигнал SOS.",
             "",
             "Когда 15 октября стартовала кампания, регулярно нам помогали 6 тысяч человек. Сегодня их больше 10 тысяч. Чтобы продержаться, нужно хотя бы 12 тысяч...",
         ]),
    _neg("b37-rigaportal-digest-kriptokoshelek-neg",
         "Invented; modelled on Delfi RU (digest of other outlets' investigations: charity crypto wallet swapped by fraudsters)", "ru", [
             "\"Перекресток\": Как мошенники подменяли реквизиты на сайтах сбора помощи для беженцев — и при чем тут онлайн-казино",
             "С весны в Польше действует фонд «Новый дом», который собирает деньги на жилье для беженцев и на лекарства для пожилых переселенцев. Перевести пожертвование можно было и через криптокошелек — однако, как выяснил \"Перекресток\", адрес на сайте фонда подменили, и значительная часть средств ушла не беженцам, а группе мошенников, связанных с нелегальными онлайн-казино и известных схемами отмывания денег. Журналист Артем Ветров не только восстановил, как это произошло, но и поговорил с одним из участников группы о том, как она за полгода вывела десятки тысяч долларов.",
             "\"Вертикаль\": Кто стоит за анонимным телеграм-каналом \"Штабная кухня\"",
             "Анонимные каналы о закулисье силовых ведомств появились задолго до нынешних событий — их авторы писали о конфликтах в министерствах, регионах и спецслужбах.",
         ]),
    _neg("b37-northcountryledger-candidatesfile-neg",
         "Invented; modelled on VTDigger (newsroom note thanking candidates for filings, state e-filing, own campaign finance database)", "en", [
             "Fundraising ChartOur thanks to every candidate for statewide and legislative seats who responded last month when we asked for their campaign finance filings. And apologies to anyone who objected to our headline “Openness All-Stars.”",
             "",
             "This round, we won't be asking candidates to email us their spreadsheets before Tuesday's reporting deadline. That isn't because we've stopped thinking it matters to get fundraising details to Maine voters quickly — it does. It's because Secretary of State Rosa Delgado has made filing campaign reports, and our task of publishing them, simpler this cycle.",
             "",
             "Candidates can now enter their finance reports straight into a new online system run by her office.",
             "",
             "We urge the 38 candidates who sent us their June reports, and those who did not, to try the state portal now as a dry run for 2016, when electronic filing becomes required for everyone. The Ledger backs Delgado's push to put this information in front of voters as it comes in. It marks a real advance for open government in Maine.",
             "",
             "Readers might reasonably ask how the Ledger's own campaign finance database is different from the state's system.",
             "",
             "During this cycle, candidates may choose to enter contribution figures online for July through November 2015 with the secretary's office. Her staff will also keep taking PDF filings during that stretch. Yet full contribution records won't be searchable on the state site until 2016.",
             "",
             "The Ledger has built a relational database that gathers campaign finance data and links each candidate to donors by category. Our searchable tool will contain every contribution for the 2014-2015 cycle. Next week we expect to add the contributions reported by the July filing deadline.",
         ]),
    _neg("b37-morgenblatt-gutscheinaktion-neg",
         "Invented; modelled on Hamburger Abendblatt (report on the paper's own charity voucher drive and its big donors)", "de", [
             " date 2020-05 Bremen. Alle geben, was sie können – und inzwischen haben sich mehr als 3200 Menschen aus Bremen und umzu an der Einkaufsgutschein-Aktion des Vereins „Morgenblatt hilft“ beteiligt. Über den Partnersender Radio Weser kommen jeden Tag weitere Hundert Spenderinnen und Spender hinzu. Einige überweisen 20 Euro – so viel ist ein Gutschein wert –, andere 150, einige Tausend oder gar 80.000 Euro. Letzteres ist bislang die größte Einzelspende, die auf dem Konto der Morgenblatt-Initiative „Nachbarn für Nachbarn“ eingegangen ist. Sie traf gleich am ersten Tag der Sammlung ein, die am 2. April begann: von der „Helga & Jürgen Brandt Stiftung“, die damit 4000 Gutscheine bezahlte.",
             "",
             "„Die Pandemie hat viele Familien in unserer Stadt hart getroffen. Etliche wissen über Nacht nicht mehr, wie sie die Miete zahlen sollen. Wir wollen dazu beitragen, die größte Not abzufedern, und beteiligen uns deshalb an der Morgenblatt-Aktion, damit das Lebensnotwendige auf den Tisch kommt“, erklärt Stiftungsvorständin Helga Brandt. Das Ehepaar hat mit seiner Stiftung bereits die Sanierung eines Stadtteilbads bezahlt und fördert Leseprojekte an Grundschulen; gegründet wurde sie 2009, „um schnell und ohne Umwege zu helfen“.",
             "",
             "Pandemie: Schon rund 22.000 Gutscheine ausgegeben",
             "",
             "Und das passt genau zu dieser Aktion: Der Morgenblatt-Verein kauft mit dem gespendeten Geld Einkaufsgutscheine bei großen Supermarkt- und Drogerieketten und gibt sie an gemeinnützige Stellen weiter. Etwa 22.000 Gutscheine sind bisher an Einrichtungen in allen Stadtteilen geflossen: an Tafeln, Frauenhäuser, Obdachlosentreffs, Stadtteilküchen und große Wohlfahrtsverbände sowie an Kirchengemeinden von Vegesack bis Hemelingen. Dort werden die Gutscheine an Bedürftige ausgegeben.",
         ]),
    _neg("b37-ouestexpress-cyclone-dons-neg",
         "Invented; modelled on 20 Minutes (guide to giving safely after disasters, charities and collection sites named)", "fr", [
             " date 2024-02 En l’espace de dix jours, l’océan Indien a connu deux drames. À Madagascar, un cyclone d’une violence rare a fait plus de 900 morts et laissé des dizaines de milliers de familles sans toit. D’après les Nations unies, 180.000 personnes ont besoin d’une aide immédiate. Autre île, autre catastrophe. Aux Comores, des pluies diluviennes ont causé plus de 400 morts et 1.200 disparus. Un bilan qui risque encore de grimper.",
             "",
             "Les ONG se mobilisent, et les particuliers aussi. En France, la plateforme de collecte CagnotteFacile a déjà rassemblé plus de 800.000 euros pour les sinistrés malgaches. Le Secours catholique, de son côté, dépassait les 2 millions d’euros lundi. Mais donner, surtout sur Internet, peut inquiéter en raison des escroqueries. Ouest Express a rassemblé quelques conseils pour limiter les risques.",
             "",
             "Privilégier les grandes organisations",
             "",
             "Ce conseil n’a rien de révolutionnaire, mais un peu de méfiance ne nuit jamais. De nombreuses ONG françaises bien établies interviennent sur place : Médecins du monde, Action contre la faim, le Secours catholique ou encore Handicap International. Choisir une structure connue, qui a fait ses preuves, reste la meilleure façon de s’assurer que l’argent arrivera à destination.",
             "",
             "Pour autant, la vigilance reste de mise. Certains faux sites copient le logo et les couleurs de ces organisations. Pour vous éviter ce piège, nous avons rassemblé ci-dessous les adresses officielles de chacune.",
             "",
             "Se renseigner sur une petite association",
             "",
             "Vous pouvez évidemment soutenir une structure plus modeste. Mais soyez alors attentif. Le plus sûr est de vérifier qu’elle a obtenu un label de transparence reconnu par le Comité de la Charte.",
         ]),
    _neg("b37-grazertagblatt-schwarmfeder-neg",
         "Invented; modelled on Wiener Zeitung (report on the launch of a crowdfunding platform for journalism, founders quoted)", "de", [
             "Aufwendige Recherche, bezahlt von vielen. - © imago",
             "Aufwendige Recherche, bezahlt von vielen. - © imago",
             "",
             "Graz. Gute Recherche darf ihren Preis haben. Das ist längst keine Selbstverständlichkeit mehr. Vielerorts hat sich die Erwartung durchgesetzt, dass Nachrichten nichts kosten – beim Publikum ebenso wie in manchen Verlagshäusern. Nun wird in Österreich ein anderer Weg ausprobiert: Journalismus, der über viele kleine Beträge finanziert wird, sogenanntes Crowdfunding.",
             "",
             "Das Modell wurde in den Vereinigten Staaten erprobt. Dort kamen auf diese Weise bereits Alben, Dokumentarfilme und auch ganze Onlinemagazine zustande. Hierzulande hatten zuletzt rund 1800 Geldgeber einer Satirikerin den Start ihres Podcasts „Zwischenruf“ ermöglicht. Seit Montag ist nun auch die Plattform „Schwarmfeder“ online. Dort können Reporterinnen, Fotografen und Filmemacherinnen um Geld für einzelne Vorhaben werben.",
             "",
             "„Die Branche erlebt gerade einen Kahlschlag“, sagt Mitgründerin Judith Pernegger, die das Projekt mit Florian Aschauer aufgebaut hat. Sie verweist auf eingestellte Regionalzeitungen und geschlossene Korrespondentenbüros. Allein im vergangenen Jahr hätten in Österreich mehrere Hundert Redakteurinnen und Redakteure ihre Stelle verloren. Das treffe „die ganze Gesellschaft“, so Pernegger. Weniger Journalismus heiße „weniger Kontrolle, weniger Widerspruch, weniger ans Licht gebrachte Missstände“. Die Plattform sei ein Versuch, „teure, mühsame und notwendige Recherchen“ zu bezahlen.",
             "",
             "Den Gründern ist klar, dass „Schwarmfeder“ die Medienkrise nicht lösen wird, „aber irgendwo muss man anfangen“, sagt Pernegger. „Wir wollen Recherchen möglich machen. Reporterinnen suchen Geschichten und bringen sie ans Licht, und dafür brauchen sie Mittel. Die wollen wir auf neuem Weg beschaffen.“",
         ]),
    _neg("b37-solidairesmag-crues-cagnottes-neg",
         "Invented; modelled on Carenews (advice on private online fundraising after a disaster, first-person rule bullets)", "fr", [
             "Crues dans les Balkans : gare aux cagnottes en ligne !",
             "Après les pluies torrentielles qui s’abattent depuis jeudi sur la Bosnie et la Serbie, on compte des dizaines de victimes, des milliers de sinistrés et des villages entiers coupés du monde. Ce genre de drame touche particulièrement l’opinion et beaucoup de Français ont envie d’agir pour soutenir les populations.",
             "Si les ONG organisent régulièrement leurs propres collectes, un nombre croissant de particuliers lancent eux-mêmes des levées de fonds grâce aux outils numériques désormais à portée de main. Réseaux sociaux et plateformes de cagnotte sont très efficaces, mais il faut rester attentif avant de se lancer dans une collecte, même animé des meilleures intentions.",
             "Avant de verser de l’argent sur une cagnotte privée, je vérifie qui est derrière.",
             "Si je veux organiser une collecte, je suis quelques principes :",
             "- Je choisis ! Dès le départ, il faut désigner l’association ou la fondation qui recevra l’argent collecté. Selon la cause à défendre, plusieurs structures peuvent intervenir ; préférez celle qui offre les meilleures garanties.",
             "- Je contacte ! Avant de lancer la cagnotte, prenez contact avec l’organisme pour vérifier :",
             "- qu’il pourra affecter l’argent à la cause que vous avez choisie,",
             "- que la plateforme retenue lui convient,",
             "- les règles qui encadrent une collecte privée, par exemple en matière de reçus fiscaux ou de données personnelles.",
             "- Pensez aussi à lire les frais prélevés par chaque plateforme (conditions générales).",
         ]),
    _neg("b37-mediadesk-harbourline-meter-neg",
         "Invented; modelled on Press Gazette (trade report on a publisher's metered paywall, prices and quotes)", "en", [
             "Harbourline Media rolls out metered paywall on all its daily titles - Media Desk",
             "",
             "Harbourline Media rolls out metered paywall on all its daily titles",
             "",
             "Harbourline Media has brought in digital subscriptions on every one of its daily newspaper sites, asking readers to pay, though stories about flooding and breaking news will stay free.",
             "",
             "Following “promising returns” from meters on a handful of titles, among them the Tyneside Courier and the Fife Herald, over the past two years, the regional group is extending the model to another 16 websites.",
             "",
             "These include every daily in the group, such as the Sussex Argus and the Bath Mercury, plus weeklies including the Ludlow Times, Kentish Shopper, Harrow Observer, Crewe Guardian and Wiltshire Free Press.",
             "",
             "Readers can pay £5.49 a month or £55 a year for unlimited stories, with as much as 75 per cent fewer ads plus the option to comment and receive email bulletins.",
             "",
             "They are also told that subscribing will “pay for the essential, reliable local journalism we produce and our towns rely on”.",
             "",
             "Harbourline's head of digital content Priya Desai said: “We still think local news online will mostly stay free to read for many years to come.",
             "",
             "“That said, we have trialled subscriptions on several sites for a while now and the results have been promising, so we are now taking the approach to 16 more big titles.”",
             "",
             "Desai said readers without a subscription would be prompted to register an email address after 15 stories a month, and to pay once they reach 30.",
             "",
             "She said this would keep Harbourline's local sites “the most trusted place in town — usually used by over 65 per cent of residents — while building fresh income and fresh openings from data”.",
         ]),
]


# --- Section 2: paraphrases of real probe 20 ---------------------------------------------------

_PINEY_GIVE = "\n".join([
    "We are proud to offer this essential service at no cost, but we can’t keep it up without you.",
    "",
    "Readers like you pay for our reporting. Give today with a tax-deductible gift to the Piney Ledger. Backing our nonprofit newsroom means backing the health and future of our state.",
])

_CROSSROADS_DRIVE = "\n".join([
    "Summer is for standing up for Ohio news",
    "",
    "Our summer drive is heating up! A gift today helps us bring you the factual, even-handed reporting Ohio needs. We aim to raise $48,000 by June 30 to pay for our journalism all year long.",
    "",
    "Give a tax-deductible gift today.",
    "",
    "Pay with MasterCard Pay with VISA Pay with Discover Pay with PayPal GIVE",
])

_SEEN_TOP = "Nur für Plus-Leser"

_SEEN_LOGIN = "\n".join([
    "Weiterlesen mit Digital-Abo",
    "",
    "Sie haben schon ein Digital-Abo? Dann loggen Sie sich hier ein!",
    "",
    "Noch kein Digital-Abo?",
    "Hier finden Sie die Angebote des Seenkuriers.",
])

_BOTE_PLUS = "\n".join([
    "plus",
    "Mit Bote Plus weiterlesen",
    "",
    "Dieser Artikel ist nur für unsere Plus-Abonnentinnen und -Abonnenten freigeschaltet. So bekommen Sie uneingeschränkten Zugang zu allen Beiträgen:",
])

_GOELAND_BOX = "\n".join([
    "Poursuivez votre lecture !",
    "",
    "Se connecter à mon espace",
    "",
    "  • Lisez tous les articles du Goéland sans",
    "    limite",
    "  • Aidez le média breton d’enquête. Défendez la presse indépendante",
    "",
    "Abonnement dès 3 €",
])

_LANTERN_ASK = "Like this kind of relentless reporting? Please give today!"

_BISQUE_BOX = "\n".join([
    "SOUTENEZ BISQUE!",
    "",
    "Aider Bisque!, c’est nous permettre de vous offrir une information exigeante, affranchie de toute pression. Vous choisissez le montant et devenez du même coup membre bienfaiteur de notre association.",
    "",
    "Montant:",
    " EUR",
])

_GRENOBLE_REST = "\n".join([
    "Encore 81 % de cet article à découvrir.",
    "Contenu réservé aux abonnés de Grenoble Hebdo.",
])

_DISTEL_JUBI = "Wir haben die besten Texte aus zehn Jahren kollektivem Journalismus der Distel gesammelt und liebevoll gestaltet. Bestellt jetzt eines der 400 nummerierten Exemplare unserer grossen Jubiläumsausgabe!"

_DISTEL_KANAELE = "\n".join([
    "Immer informiert",
    "",
    "Telegram-Kanal",
    "",
    "Jeder neue Artikel der Distel erscheint sofort auch auf unserem Telegram-Kanal. Gratis und werbefrei – wie immer bei uns. Zum Kanal geht’s hier.",
    "",
    "Newsletter",
    "",
    "Keine Werbung, keine Rabattaktionen, nur das Wesentliche: Einmal pro Woche alle neuen Texte der Distel direkt in deinem Postfach!",
    "",
    "  • Bitte dieses Feld leer lassen, es dient nur zur Überprüfung.",
])

_STOCKTONIAN_NL = "(Haven’t signed up yet? Easy fix.)"

_SEEBLICK_TEST = "Alle Artikel auf Website & in der App 14 Tage gratis ausprobieren"

SECTION2_APPEALS = [
    _doc("b37-pineyledger-remote-give-end", "appeal", "end",
         "Invented; modelled on Mississippi Today (pandemic newsroom note with doubled photo caption, donation plea at the end)", "en", [
             "PL Remote",
             "Piney Ledger reporters are filing from their kitchen tables during the COVID-19 shutdown..",
             "PL Remote",
             "Piney Ledger reporters are filing from their kitchen tables during the COVID-19 shutdown.",
             "",
             "We had hoped to throw a real party in April, our fifth anniversary of publishing. Instead, we are rethinking how we report, how we hear from you and how we get the news to your phone. We are also working out how to protect our reporters’ health while leaning even harder into public-interest journalism.",
             "",
             "Our main task at the Piney Ledger is to tell you what is going on across Alabama. With so many families’ health, paychecks and schooling at stake, that task carries extra weight. We will keep offering explanation, practical tools and reliable reporting on this outbreak as long as you need it.",
             "",
             "At a moment like this, local news matters more than we can say. We want every Alabama story, struggle and fix to be heard, while keeping both our audience and our staff out of harm’s way.",
             "",
             "Even so, our reporters are still working in the thick of this health emergency. Like the grocery clerks and truck drivers keeping shelves stocked, our staff keeps pushing to bring you what you need to understand and get ready for what comes next.",
             "",
             "Below you’ll find a set of guides and links we have built and gathered to help you through these uncertain weeks. We hope they help you and your neighbors stay up to date on the virus and what it means for Alabama.",
             "",
             _PINEY_GIVE,
         ], appeals=[_PINEY_GIVE]),
    _doc("b37-crossroadsohio-noonbriefing-top", "appeal", "top",
         "Invented; modelled on Bridge Michigan (events page: spring-campaign box with payment-logo line above an event recap)", "en", [
             "Ohio’s independent, nonprofit newsroom",
             "Topic: Events",
             "",
             _CROSSROADS_DRIVE,
             "",
             "Watch Crossroads’ Noon Briefing on Ohio’s 2024 primary",
             "",
             "Crossroads Ohio’s statehouse team talked through the closest primaries, the school-funding ballot question, fallout from the new district lines, petition signature disputes, the likely effect of recent court rulings and more in this live panel.",
         ], appeals=[_CROSSROADS_DRIVE]),
    _doc("b37-seenkurier-seeadler-paywall-top", "appeal", "top",
         "Invented; modelled on Nordkurier (premium label on top, kicker/headline/lede/caption, login box at the end)", "de", [
             _SEEN_TOP,
             "",
             "Herbstflaute am Dampfersteg:",
             "",
             "Geht unserer Ausflugsflotte die Luft aus?",
             "",
             "Auf dem Fahrgastschiff „Seeadler“ sinkt die Zahl der Gäste Jahr für Jahr. Vor drei Jahren fuhren noch 7500 Menschen mit, diesen Sommer waren es 1200 weniger. Merkwürdig, denn die Konkurrenz am Nachbarsteg zieht eine gute Bilanz.",
             "",
             "Am Anleger vor dem Strandbad ist es still geworden. Nur noch dreimal legt die „Seeadler“ in diesem Jahr ab.",
             "Katrin Wolter Am Anleger vor dem Strandbad ist es still geworden. Nur noch dreimal legt die „Seeadler“ in diesem Jahr ab.",
             "",
             _SEEN_LOGIN,
         ], appeals=[_SEEN_TOP, _SEEN_LOGIN]),
    _doc("b37-oberlandbote-stadtrat-plus-middle", "appeal", "middle",
         "Invented; modelled on Schwäbische Zeitung (first sentence, Plus paywall box, then the scrambled rest of the article)", "de", [
             "Der Stadtrat verliert vier erfahrene Köpfe",
             "",
             "Lesedauer: 5 Min",
             " Die verabschiedeten Stadträtinnen und Stadträte mit Oberbürgermeister Jens Kübler (Mitte).",
             "Die verabschiedeten Stadträtinnen und Stadträte mit Oberbürgermeister Jens Kübler (Mitte). (Foto: Petra Amann)",
             "Redakteurin",
             "",
             "Im Anschluss an die letzte Sitzung vor der Sommerpause hat die Stadt am Dienstag zu einem Empfang in den Rittersaal des Schlosses gebeten.",
             "",
             _BOTE_PLUS,
             "",
             "Ha Modmeiodd mo khl illell Dhleoos sgl kll Dgaallemodl eml khl Dlmkl ma Khlodlms eo lhola Laebmos ho klo Lhlllldmmi kld Dmeigddld slalllo. Kgll solklo imoskäelhsl Lmldahlsihlkll modslelhmeoll ook shll Dlmkllälhoolo ook Dlmklläll sllmadmehlkll. Alh kll oämedllo Eodmaalohoobl llhll kmoo kll blhdme slsäeill Lml lldlamid eodmaalo. Aodhhmihdme oalmeal solkl kll Malok sga Aiädlloohollll „Ailmeil“ mod klo Llhelo kll Dlmklhmeliil.",
         ], appeals=[_BOTE_PLUS]),
    _doc("b37-goeland-musee-paywall-middle", "appeal", "middle",
         "Invented; modelled on Le Poulpe (monthly archive page: teaser, subscription box with bullets, next teaser)", "fr", [
             "juin 2022 – LE GOÉLAND",
             "",
             "Des failles de sécurité pointées après un cambriolage au musée de Morlaix",
             "",
             "« On nous a demandé de ne rien dire à qui que ce soit sur ce qui s’est produit ». Voilà comment un agent du musée de Morlaix décrit l’ambiance depuis les faits, preuve que le sujet est brûlant. « La hiérarchie veut enterrer l’histoire », assure même notre source. ",
             "",
             _GOELAND_BOX,
             "",
             "Cariou favori, la gauche éparpillée, le RN à l’affût et les macronistes en arbitres",
             "",
             "Difficile de le nier : la crise sanitaire et l’absence de vrais meetings profitent aux sortants, déjà connus de tous. Mais gare à qui suggère à Yann Cariou que la départementale est jouée d’avance et que la prime au sortant fera le reste. « Ah bon ? Première nouvelle ! Ceux qui se croient élus la veille du scrutin tombent parfois de haut. J’en connais un qui en a fait l’expérience il n’y a pas si longtemps… », glisse le président du conseil départemental (divers droite).",
         ], appeals=[_GOELAND_BOX]),
    _doc("b37-blueridgelantern-authorpage-middle", "appeal", "middle",
         "Invented; modelled on Asheville Watchdog (author archive page: reprinted column teaser, READ MORE, one-line donate ask, next post)", "en", [
             "Posts published by “Blue Ridge Lantern”",
             "",
             "Opinion | Turning down free reporting? The Hendersonville Daily drops a nonprofit’s investigations",
             "",
             "The daily says its push for paying online subscribers clashes with printing the Lantern’s work at no cost",
             "",
             "Ellen Marsh, publisher of the Blue Ridge Lantern, questioned the Daily’s choice to stop carrying its reporting. (Illustration by the Media Ethics Center)",
             "",
             "[Editor’s Note: This piece first ran Sept. 3 on mediaethics.example, the site of the Media Ethics Center, a nonprofit training institute and newsroom in Tampa, FL that teaches verification, news literacy and reporting ethics to the public and to working journalists. We republish it with permission. Dan Whitcomb is the center’s newsroom economics analyst and has studied the industry there for twelve years.]",
             "",
             "By: Dan Whitcomb",
             "",
             "September 3, 2023",
             "",
             "The Blue Ridge Lantern has become one of the most praised startups among nonprofit local newsrooms. Launched three years ago by award-winning retired journalists who settled in the foothills of western North Carolina,",
             "",
             "READ MORE",
             "",
             _LANTERN_ASK,
             "",
             "Lantern Reporter Joel Ramsey Takes Home Regional Press Award",
             "",
             "The Blue Ridge Lantern received a Southern Press Award recognizing top journalism in the region in 2022.",
             "",
             "Joel Ramsey",
             "",
             "Paper Trail, a four-part investigation by reporter Joel Ramsey, won second place for investigative work by digital outlets. Top honors went to The Ledger Project, a nonprofit that examines how corporations shape public policy. A Georgia watchdog group placed third.",
             "",
             "Paper Trail showed how Henderson County families, many of them retirees and renters, were pushed out of mobile home parks bought by an out-of-state investment firm.",
         ], appeals=[_LANTERN_ASK]),
    _doc("b37-bisque-criduvar-soutenez-end", "appeal", "end",
         "Invented; modelled on Mèfi! (local web TV post backing a daily in receivership, membership box with amount field)", "fr", [
             "Le Cri du Var ne doit pas disparaître",
             "",
             "",
             "cri du var lutte",
             "",
             "« Ce quotidien doit vivre, c’est une question de liberté de la presse » affirme Sophie Arnaud, déléguée SNJ. Le Cri du Var a été « rattrapé par les chiffres ».",
             "",
             "Le tout premier Cri du Var a paru le 12 septembre 1944, imprimé à 3 000 exemplaires, pour « rassembler les résistants, diffuser les informations vraies ». Et en cet automne 2017, le journal se retrouve à nouveau en cessation de paiements. Son avenir dépend désormais du tribunal de commerce de Toulon, que la direction a saisi en vue d’une audience avant la mi-décembre.",
             "",
             "Malgré une hausse sensible des abonnés, cela n’a manifestement pas permis d’assurer l’avenir du titre depuis sa reprise en 2016 par une coopérative menée par Lucien Ferraud. « Le journal sort toujours » insiste la direction. Pour combien de temps ?",
             "",
             "Le Cri du Var, ce sont 84 postes menacés, dont une quarantaine de journalistes. C’est la diversité de la presse qui se joue dans la survie de ce quotidien. C’est la liberté d’expression elle-même !",
             "",
             "L’équipe de Bisque! se tient aux côtés des salariés qui repartent au combat pour sauver Le Cri du Var. Nous suivrons l’affaire de près, évidemment.",
             "",
             "La Rédaction",
             "",
             _BISQUE_BOX,
         ], appeals=[_BISQUE_BOX]),
    _doc("b37-grenoblehebdo-ilya25ans-end", "appeal", "end",
         "Invented; modelled on Lyon Capitale (archive column teaser, paywall note glued to the end of the paragraph)", "fr", [
             "Il y a 25 ans dans Grenoble Hebdo - Qui a décrété que l’info devait être austère ? La moquerie était la spécialité de Grenoble Hebdo dans sa page “On fourre notre nez partout”. Au sommaire du numéro 212 : un club échangiste qui tourne court, les fractures de la droite ou encore des horodateurs (trop) voraces.",
             "Début mai 1999, Grenoble Hebdo se penche longuement sur les passerelles de plus en plus nombreuses entre la droite iséroise et le Front national. Le président du conseil général, inquiet pour son fauteuil, multiplie les clins d’œil vers l’extrême droite. Les Grenoblois ont pourtant d’autres soucis en tête. Ainsi les nouveaux horodateurs, accusés d’avaler les pièces sans délivrer de ticket, font pleuvoir les amendes par centaines. Un souci auquel Grenoble Hebdo apporte une réponse inattendue, qui rejoint d’ailleurs une rocambolesque histoire d’échangisme qui dérape entre un chauffeur de bus, un boulanger et son épouse." + _GRENOBLE_REST,
         ], appeals=[_GRENOBLE_REST]),
    _doc("b37-distel-home-jubilaeum-top", "appeal", "top",
         "Invented; modelled on das Lamm (homepage: anniversary-edition order pitch, teasers, Telegram/newsletter box with form bullet, history teaser)", "de", [
             _DISTEL_JUBI,
             "",
             "Es geht um Angst, nicht um Löhne",
             "",
             "Den Rechtsrutsch am Wahlsonntag nur mit Inflation und Mieten zu erklären, ist bequem, aber falsch. Die Linke muss anerkennen, dass viele Wähler*innen die Hardliner nicht trotz, sondern gerade wegen ihrer Abschottungspolitik gewählt haben. Eine Replik auf Kellers Kommentar zum Wahlausgang. ",
             "",
             "Die Offensive gegen Mieter*innen rollt weiter",
             "",
             "Wohnraum wird knapper und teurer, und wer zur Miete wohnt, merkt es jeden Monat. Umso frecher war das Gesetzespaket, mit dem der Kündigungsschutz ausgehöhlt werden sollte. Doch das Nein an der Urne war nur die erste Runde im Kampf der Hauseigentümer-Lobby.",
             "",
             _DISTEL_KANAELE,
             "",
             "GESCHICHTE HEUTE",
             "",
             "Runter vom Sockel, Kürsteiner!",
             "",
             "Ohne Söldnergeld und Baumwolle aus Übersee wäre der Reichtum der St. Galler Textilbarone kaum denkbar gewesen. Trotzdem fehlt bis heute eine offene Diskussion über das Denkmal ihres bekanntesten Vertreters. Eine Kunstaktion will das ändern.",
         ], appeals=[_DISTEL_JUBI, _DISTEL_KANAELE]),
    _doc("b37-stocktonian-threeyears-middle", "appeal", "middle",
         "Invented; modelled on The Oaklandside (founding-anniversary letter with a one-line newsletter nudge mid-paragraph)", "en", [
             "The Stocktonian went live three years ago this week, though longtime readers will remember that we began covering wildfire smoke and school closures on our sister publication, the Lodi Ledger, some months earlier. At the time, we were a team of three—me, our tireless managing editor Renata Oyelaran, and one very patient photographer. We started our much-loved Sunday newsletter, and from there, everything grew faster than we imagined.",
             "",
             "We never planned to open a new local newsroom for Stockton in the middle of a recession. But that’s how it went, and I’m confident I speak for all eleven full-time members of our staff when I say we’d do it again in a heartbeat.",
             "",
             "Housing and the economy have of course run through our coverage from the start, but our aim has always been to bring forward the overlooked, surprising and undercovered stories of Stockton as well—and I use the word “aim” with intent. Before we published a single story, we spent a season asking Stocktonians what local reporting should do for them, their blocks and their city. What you told us turned into a list of commitments that guides our work, and our Listening Tour program makes sure we keep checking in with you every year.",
             "",
             "Today, more than 1,900 readers back this work as members, which keeps our reporting free for everyone in town. More than 15,000 people get our newsletters. " + _STOCKTONIAN_NL + " And this year we’re excited to host a string of live gatherings, from our Neighborhood Voices series—come hear a panel on street safety at the Bob Hope Theatre on July 11!—to this autumn’s Stocktonian Fest, a full day dedicated to local news and a chance to dig into the questions that shape the city. (Details to follow.)",
             "",
             "To readers who’ve been here from the start: thank you. To readers who just found us: thank you. And to everyone whose support lets The Stocktonian keep showing up for Stockton for years ahead: thank you.",
         ], appeals=[_STOCKTONIAN_NL]),
    _doc("b37-seeblickkurier-ueberlingen-section-top", "appeal", "top",
         "Invented; modelled on Südkurier (city section page: one-line free-trial offer under the header photo credit, teaser list)", "de", [
             "Überlingen",
             "",
             "Überlingen",
             "Quelle: Hanna Brecht",
             _SEEBLICK_TEST,
             "Der inzwischen vergilbte Entwurf für die Überdachung der Hofstatt. So hätte der Zugang von der Seepromenade aus aussehen sollen.",
             "Überlingen Klein-Venedig am See? Wie die Überlinger Hofstatt beinahe ein gläsernes Dach bekommen hätte",
             "Der Architekt Konrad Weiler überraschte 1995 mit einem kühnen Vorschlag, den er „Hofstatt 2010“ taufte: Der zentrale Platz sollte komplett überdacht werden. Der Gemeinderat ließ die Idee des heute 84-Jährigen allerdings bald fallen.",
             "Überlingen Teststellen leer, Tests im Überfluss? Wie eine Apothekerin und ein Kinderarzt aus Überlingen die Lage beurteilen",
             "Kurzfristige Testaktionen in der Innenstadt sollen mehr Menschen erreichen, bevor die kalte Jahreszeit beginnt. Doch wie ist die Lage in den Praxen und Apotheken tatsächlich? Kommen immer weniger Leute zu den bestehenden Angeboten? Und sind die Lager wirklich so voll, wie man hört?",
             "Überlingen 41 Überlinger Klassenzimmer bekommen CO2-Ampeln – wenn alles klappt, nach den Herbstferien",
             "Ohne Gegenstimme stimmte der Gemeinderat dem Kauf der Messgeräte für die Schulen zu. Vorher war im Rat heftig darüber gestritten worden, ob die Ampeln überhaupt etwas bringen. Schulamtsleiterin Ute Brenner warnt vor zu großen Hoffnungen: „Ein Gerät an der Wand ersetzt kein offenes Fenster.“",
             "Top-Themen",
             "Überlingen „Er hat nie gefehlt“: Zum Tod von Erwin Maurer, der beim TV Überlingen drei Jahrzehnte lang die Kasse am Halleneingang führte",
             "Spielerinnen, Eltern, Trainer und Schiedsrichter werden ihn vermissen: Gemeinsam mit seiner Frau Hildegard war Erwin Maurer das freundliche Gesicht des Vereins und seine verlässlichste Stütze. Ein Nachruf auf einen Mann, der für andere da war.",
         ], appeals=[_SEEBLICK_TEST]),
]

SECTION2_NEGATIVES = [
    _neg("b37-radiotarn-lautrec-cagnotte-neg",
         "Invented; modelled on Hit FM Gers (radio site interview: son launches an online fundraiser after a house fire)", "fr", [
             "Tarn : après l’incendie de sa ferme, son fils ouvre une cagnotte en ligne",
             "",
             "3 février 2022 - 09:42",
             "Deux semaines après le sinistre qui a détruit leur ferme à Lautrec, dans le Tarn, une famille tente de se relever. Le 19 janvier, un poêle défectueux a déclenché un feu d’une rare violence. La maison et l’atelier de céramique du père, Bernard, ont entièrement brûlé. Son fils Mathieu a décidé de lancer une collecte sur Internet pour venir en aide à ce potier de métier. Il lui faut un toit provisoire et un local pour ses fours.",
             " ",
             "Comment va votre père ?",
             "Je suis allé le voir le week-end dernier. Un couple d’amis l’accueille dans le hameau, mais il n’a pas la place d’y installer son tour. Il cherche donc une maison plus spacieuse. Nous avons terminé de déblayer les ruines samedi, il ne reste presque rien. Il tient bon, c’est un roc. Mais tout reste très difficile. La solidarité n’est pas aussi forte qu’on l’espérait. On comprend bien que chacun a ses contraintes et son boulot. Ce n’est facile pour personne. Ma petite sœur, elle, fait encore des cauchemars toutes les nuits.",
             "IMG_20220128_174512_HDR (2).jpg (714 KB)",
             " ",
             "Comment le feu a-t-il démarré ?",
             "J’étais à Toulouse ce soir-là. Mon père était sorti conduire un voisin âgé à l’hôpital. Ma sœur regardait un film et a senti la fumée. Elle est sortie par la porte-fenêtre et a prévenu les secours. Les pompiers ont lutté une bonne partie de la nuit, le feu reprenait sans cesse. Seule la grange a été épargnée. Mais l’odeur de suie la rend inutilisable pour l’instant.",
             " ",
             "Vous visez 8 000 € avec la cagnotte. C’est un premier objectif ?",
             "J’ai écrit à énormément de monde pour solliciter des dons. Avec l’assurance, les délais sont toujours interminables.",
         ]),
    _neg("b37-rheinhessennews-partenheim-spenden-neg",
         "Invented; modelled on Merkurist (report on a niece's online fundraiser after a fire, her plea quoted, link and sums)", "de", [
             "Es waren dramatische Szenen: In Partenheim ist am 11. August ein Einfamilienhaus am Ortsrand vollständig ausgebrannt. Wie die Nichte der Eigentümer, Sandra Weil, jetzt berichtet, haben ihr Onkel und ihre Tante bei dem Feuer „praktisch alles verloren, was sie besaßen“. Deshalb hat sie eine Online-Sammlung für die beiden ins Leben gerufen.",
             "„Jeder noch so kleine Betrag hilft, damit die beiden nach diesem Unglück schnell das Allernötigste kaufen können. Tausend Dank!“, schreibt Weil in ihrem Spendenaufruf.",
             "Wie rheinhessen-aktuell.example zuerst berichtete, hat der Aufruf eine große Hilfsbereitschaft ausgelöst. Bereits nach drei Tagen waren mehr als 18.000 Euro beisammen. Dank der vielen Spenden wurde das Ziel nach und nach angehoben – erst auf 20.000, inzwischen auf 25.000 Euro. Stand Montag, 9 Uhr, sind 23.870 Euro eingegangen.",
             "Weil ist überwältigt von der Anteilnahme. In einem Update schrieb sie schon am zweiten Tag: „Ich schaue aufs Handy und sehe mehr als 6000 € an Spenden. Ich bin sprachlos.“ Zur Spendenseite geht es hier.",
             "Hintergrund",
             "Das Haus in Partenheim brannte am 11. August bis auf die Grundmauern nieder. Auch eine benachbarte Scheune und ein Carport fingen Feuer. Rund 120 Einsatzkräfte von Feuerwehr und Rettungsdienst waren vor Ort. Zwei Menschen erlitten leichte Rauchvergiftungen, das Wohnhaus ist nicht mehr bewohnbar (wir berichteten).",
         ]),
    _neg("b37-kreisblick-cremlingen-sammlung-neg",
         "Invented; modelled on regionalHeute.de (report on neighbours' online collection for a fire-hit family, photo caption on the account)", "de", [
             "Nach Wohnungsbrand: Sammelaktion soll Familie den Neustart erleichtern",
             "",
             "Für die Familie, die durch das Feuer ihr Zuhause verloren hat, sammeln Nachbarn Geld.",
             "",
             "von",
             "",
             "",
             "Gespendet werden kann über ein Online-Konto.",
             "Gespendet werden kann über ein Online-Konto. | Foto: Jens Rautenberg",
             "",
             "Cremlingen. Ein Brand in einem Cremlinger Mehrfamilienhaus hat eine Familie nicht nur in Angst und Schrecken versetzt und teils schwer verletzt, er hat ihr auch fast alles genommen, was sie besaß. Mit einer Sammelaktion wollen Helfer nun wenigstens den finanziellen Schaden etwas abfedern.",
             "",
             "",
             "",
             "In der Nacht zum 14. Mai brannte die Wohnung der Familie komplett aus. Die Mutter konnte sich mit ihrer Tochter auf den Balkon retten, ein neunjähriger Junge musste mit schweren Rauchvergiftungen von der Feuerwehr über die Drehleiter geborgen werden. Er liegt weiterhin in einer Braunschweiger Klinik. Der Familie ist nichts geblieben – Betten, Kleidung, Fotos, alles ist verbrannt. Die Wohnung kann nicht mehr genutzt werden. Das ging den Cremlingern Sabine und Tobias Krüger so nahe, dass sie eine Sammelaktion starteten.",
             "",
             "Auch kleine Beträge helfen",
             "",
             "",
             "„Wir hatten mit der Familie vorher nichts zu tun. Aber was ihr passiert ist, hat uns nicht losgelassen. Meine Frau wollte etwas tun, und so kam es zu der Sammlung“, erzählt Tobias Krüger im Gespräch mit Kreisblick. Über einen Bezahldienst richteten die beiden ein Konto ein, auf das jeder so viel einzahlen kann, wie er mag. Anfangs wurde der Aufruf nur in Nachbarschaftsgruppen geteilt, binnen zehn Tagen kamen fast 12.000 Euro zusammen. Angepeilt waren ursprünglich 8.000 Euro. „Jetzt wollen wir 15.000 Euro schaffen“, sagt Tobias Krüger, der erzählt, dass das meiste Geld aus Cremlingen selbst stammt. Doch auch aus den Nachbarorten kamen Spenden, worüber sich die Krügers besonders freuen.",
         ]),
    _neg("b37-mesavalley-townboard-finance-neg",
         "Invented; modelled on The Daily Sentinel (report on council candidates' campaign finance filings and donations)", "en", [
             " date 2023-03-09 Fundraising reports have been filed for the April 4 town board race, and the seven candidates have together collected more than $58,000 so far.",
             "Candidates must submit reports listing every donation they took in and how they have spent it to date. It is the first of three required finance disclosures in the race, Town Clerk Marisa Okafor said.",
             "“Every candidate has to log what comes in and what goes out, and there are three deadlines,” Okafor said. “The first filing was due Monday. The second comes the Friday before election day, and the last is due a month after the vote.”",
             "With under four weeks to go and mail ballots already landing in mailboxes, several candidates are showing large hauls. Four of the seven have raised more than $9,000, with Dana Pruitt out front at roughly $14,000 and Luis Carvajal close behind at $12,100.",
             "Beth Sandoval and Kyle Ornstein also crossed the $9,000 line in the first report. Tom Gallegos raised more than $4,000 and Irene Vos topped $1,500.",
             "Mayor Ray Dillard, who is stepping down, said he collected about $11,000 six years ago in his first board campaign. He said the money helped him get his name out against a sitting trustee. He expects candidates to spend on social media ads and yard signs.",
             "“There are different ways to see it, but $8,000 to $12,000 sounds about right for a local race,” Dillard said. “I hope they spend it here in town, because every print job matters to a small shop right now.”",
         ]),
    _neg("b37-gorodvesti-fondy-sbory-neg",
         "Invented; modelled on Nash gorod (report: charity funds' donations collapse, fund's call to help quoted)", "ru", [
             "Пандемия ударила по сборам благотворительных фондов",
             "",
             "22 апреля 2020, 14:37",
             "Благотворительные организации страны лишились значительной части пожертвований из-за эпидемии и обвала рубля, сообщает фонд «Светлячок».",
             "",
             "По словам специалистов, лечение детей за рубежом заметно подорожало на фоне экономического спада. Одновременно частные и корпоративные пожертвования почти иссякли. Подопечные фонда «Светлячок» оказались среди тех, кто пострадал сильнее всего.",
             "",
             "«Каждый сейчас думает о том, как уцелеть. Хочется закрыться дома и дождаться, пока все закончится. Но выстоять можно только сообща – помогая тем, кому сейчас тяжелее всех», - говорят сотрудники фонда.",
             "",
             "Труднее всего тяжелобольным детям. Многие из них почти все детство провели в больничных палатах и ждут не дождутся выздоровления.",
             "",
             "Зарубежное лечение в среднем подорожало на 12-18%.",
         ]),
    _neg("b37-omskvesti-protyaniruku-neg",
         "Invented; modelled on Komsomolskaya Pravda Barnaul (report on a children's charity marathon's anniversary and totals)", "ru", [
             "Акция «Протяни руку» помогла шести тысячам детей с тяжелыми болезнями",
             "",
             "Праздничный концерт пройдет 10 декабря",
             "",
             "Благотворительная акция «Протяни руку» отмечает 15 лет. За это время она поддержала шесть тысяч детей с тяжелыми заболеваниями.",
             "",
             "- Чего мы добились? Если считать очень осторожно, шесть тысяч детей Омской области с серьезными диагнозами получили ту или иную помощь благодаря акции «Протяни руку». Шесть тысяч! По-моему, это число говорит само за себя. Что касается собранных средств, то это 98 миллионов рублей, - сообщила на пресс-конференции Марина Лаптева, председатель омского отделения регионального детского благотворительного фонда.",
             "",
             "Особая забота — о детях со спинальной мышечной атрофией, эпилепсией, нарушениями слуха. Средства также направляют на лечение детей с онкологией, пороками сердца, нарушениями зрения и сахарным диабетом.",
         ]),
    _neg("b37-clubjournantes-atlas-appel-neg",
         "Invented; modelled on Club de la presse de Bordeaux (press club item quoting a monthly's donation appeal)", "fr", [
             "Par l’intermédiaire de l’association Presse libre et plurielle, L’Atlas mensuel lance un appel aux dons à ses lecteurs dans sa dernière newsletter.",
             "On peut y lire :",
             "« Aidez-nous, faites un geste",
             "Pour une information sur le monde",
             "Un cessez-le-feu qui rapproche pour la première fois deux voisins ennemis depuis un demi-siècle. Les hésitations de Washington face à la crise au Sahel, quand Paris multiplie les déclarations martiales. Les opérations européennes en mer Rouge et dans le golfe de Guinée. Les printemps démocratiques d’hier, enlisés dans les querelles de clans, qui se cherchent un nouvel élan. L’Inde qui se dote d’une flotte de haute mer et étend son influence. Les routes de l’Antarctique qui deviennent un terrain de rivalité avec la fonte des glaces… En vingt-cinq ans, l’ordre international a été bouleversé. Il n’est pas simple de comprendre ces mutations maintenant que le monde bipolaire n’est plus qu’un souvenir et qu’émerge un système à plusieurs pôles, à la fois instable et fragmenté.",
             "L’Atlas mensuel s’efforce de suivre au plus près ces transformations et d’en décrypter les ressorts inédits.",
         ]),
    _neg("b37-penzanews-podpiska-neg",
         "Invented; modelled on SarBC (official on falling newspaper subscriptions, circulation figures)", "ru", [
             "Падение подписки на районные и областные общественно-политические газеты ставит под угрозу информационную безопасность области, - заявил первый заместитель председателя правительства региона Виктор Ермолин на видеосовещании, посвященном итогам подписной кампании на первое полугодие.",
             "Руководителям районов поручили \"серьезнее заняться организацией подписки\".",
             "Если сравнивать с прошлым годом, суммарный тираж районных газет, выписанных жителями области, сократился на 4 872 экземпляра - с 96 310 до 91 438.",
             "Лучшие результаты подписки показали Кузнецкий, Сердобский и Никольский районы, худшие - Каменский, Бековский и Лунинский.",
         ]),
    _neg("b37-capinfo-criduvar-appel-neg",
         "Invented; modelled on Gomet' (report on a struggling daily's anniversary appeal and petition signatories)", "fr", [
             "Fondé dans la clandestinité sous l’Occupation, Le Cri du Var souffle aujourd’hui ses 73 bougies. Le quotidien en profite pour publier son « appel du 12 septembre », afin que « vive Le Cri du Var ». Car « le dernier quotidien de gauche de la région est en danger. Il faut qu’il puisse continuer à paraître », juge la direction.",
             "Le 8 novembre dernier, le tribunal de commerce de Toulon a accordé, de façon exceptionnelle, une troisième période d’observation au titre, en grande difficulté financière depuis près de deux ans.",
             "Le texte a déjà reçu la signature de nombreux élus et personnalités, dont Marc Giraudeau, Élise Fontana, Rachid Benali, Claire Vidalenc, l’ancien footballeur Yannick Morel, le chanteur Joël Pastré…",
             "Lien vers l’appel du Cri du Var",
             "A lire aussi : Le Cri du Var obtient un nouveau sursis",
         ]),
    _neg("b37-randnotiz-rettetdiedistel-neg",
         "Invented; modelled on Zeitpunkt (report on another online magazine's rescue appeal, founder quoted, link lines at the end)", "de", [
             "Seit sechs Jahren kämpft das Zürcher Onlinemagazin «die Distel» um seine Unabhängigkeit. Nun steht es vor dem Aus",
             "",
             "«Ich bin Noemi und schreibe für die Distel, weil ich an etwas glaube: Alle Menschen verdienen ein würdiges Leben, ganz gleich, wo sie geboren wurden. Als Reporterin möchte ich den Firmen genau auf die Finger schauen, die dazu beitragen, dass es vielen schlechter geht als anderen. Nur leben die meisten Medien von Inseraten – also vom Geld genau jener Unternehmen, die ich unter die Lupe nehmen will.» ",
             "",
             "So beschreibt die Mitgründerin des Zürcher Onlinemagazins «die Distel» in einem Unterstützungsaufruf ihre Motivation. Bei der Gründung vor sechs Jahren hatte sich die Redaktion vor allem eines vorgenommen: unbequeme Fragen zu Umwelt und Gerechtigkeit zu stellen. «Mit Witz, aber stets gründlich spüren wir in ungewöhnlichen Formaten den ökologischen Versäumnissen der Gegenwart nach», steht in ihrem Leitbild.",
             "",
             "Allerdings blüht der Distel gerade gar nichts. Bekommt sie in den nächsten Wochen nicht genug Wasser, Dünger und ein paar Gärtnerinnen, wird sie den Frost nicht überstehen. Im Klartext: Dem Magazin fehlen 25 000 Franken, damit es weitergehen kann.",
             "",
             "Bis jetzt lebte die Distel von Spenden und Stiftungsbeiträgen, die Redaktion schrieb überwiegend unbezahlt. Das genügt nun nicht mehr. Wer engagierten, eigenwilligen Journalismus aus der Schweiz erhalten will, möge der Distel unter die Arme greifen.",
             "",
             "Wer zuerst ins Magazin reinschauen will, klickt hier >>",
             "",
             "Und hier geht es zum Unterstützen >>",
         ]),
    _neg("b37-westshorecourier-metchosin-fundraiser-neg",
         "Invented; modelled on Victoria News (report on a neighbour's online fundraiser for a fire-hit family, her quote as headline)", "en", [
             " date 2021-11-13 ‘Anything helps, even a kind message,’ says the neighbour",
             "",
             "A Metchosin neighbour has launched an online fundraiser for the family of five who lost their home and two cats in a house fire on Wednesday. (Kelly Arsenault/Online fundraiser)",
             "",
             "A Metchosin neighbour has launched an online fundraiser for the family of five who lost their home and two cats in a house fire on Wednesday.",
             "",
             "Nineteen firefighters from Metchosin Fire Department, Sooke Fire Rescue and View Royal Fire Rescue were called to a blaze at a one-storey house shortly after 6 a.m. on Nov. 10.",
             "",
             "Crews worked hard but could not save the home, said neighbour Kelly Arsenault. She created the fundraising page for the family after the “terrible, total loss” left them with nothing. Arsenault set a modest target of $500, but more than $6,200 had come in by Friday evening.",
             "",
             "The two cats, Pepper and Mochi, died in the fire and the family is staying with relatives for now, Arsenault said. She hopes the money will help them rebuild.",
             "",
             "The family has said they need winter clothing, bedding, school supplies, money and a rental home, Arsenault said. They would prefer a place with four bedrooms, but they are open to anything, she added. Anyone with a suitable rental can reach Arsenault through the fundraising page.",
             "",
             "“Anything helps, even a kind message,” said Arsenault.",
             "",
             "Leah and Marco – Arsenault asked the Westshore Courier to use only their first names – have been touched by how much the community has rallied around them.",
         ]),
]


BATCH37_DOCUMENTS = SECTION1_APPEALS + SECTION1_NEGATIVES + SECTION2_APPEALS + SECTION2_NEGATIVES
