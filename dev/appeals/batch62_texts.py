"""Sixty-second batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 42 (24 documents). Each keeps the real page's structure (a section label under
a top donate link, a dateline with reading time and byline, a series kicker glued to its link text,
photo-credit and cover captions, a police wire report with its "read also" list, a newsletter page
with issue counter, partner lines and a signed evening letter, a Telegram mirror with subscriber
count, button line and emoji bullets, a tag listing with kickers, bullet summaries, a doubled photo
caption, quotes broken before their reporting verb) and exactly what the real gold marks: a
one-line donate link above the section label; a become-a-member parenthesis closing a paragraph of
an anniversary feature; a newsletter sign-up sentence between a "read also" list and a regional-page
line (which stays text); a subscribe heading with its consent line at the top of a newsletter page;
a "subscribe now if you haven't" parenthesis inside a sentence of two weekly Telegram reviews; a
two-line bonus pitch after a reuse-policy note; one sentence asking for the readers' backing inside
an anniversary editorial; a join-the-members-club line above a news roundup; a "comment, like, share,
subscribe" line in a morning newsletter; a paywall with price and a subscriptions-and-gifts line at
the end of a teaser; a one-line subscribe call between a Telegram post and "read more" (the
mirror's own "Subscribe to a channel" button stays text). Negatives keep what makes the real ones
hard: campaign-finance totals, conservation crowdfunding falling short of its targets, a blogger
pleading for another community outlet, a tag page on donating with donation fraud and corporate
gifts, a partner outlet's republished fundraising letter with its sum, half, tax deduction and
per-reader arithmetic, an ex-editor seeking sponsors, a subscription-funded outlet labelled by a
ministry, a local media group's alarm call, a disaster fund's total, leaked subscription counts and
prices, pupils collecting gifts for a family after a fire, and a party's petition with its
"sign here" links.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier whole-document batches
`build_devset.py --batch62` takes each text as it stands, locates every gold appeal substring in it
(asserted unique) and writes Fixtures/unseen-batch62.jsonl. Named `unseen-` because no rule is
fitted to it (the line scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Appeal documents ---------------------------------------------------------------------------

_DALES_TOP = "Stand with the Dales Ledger today - you can donate here"

_HARRIET_PAREN = ("(Join as a member today to get every issue of Harriet delivered—and to keep our "
                  "independent reporting, organizing and myth-busting going.)")

_REGIOBLICK_NL = ("Tragen Sie sich gleich für den Regioblick-Newsletter ein und lassen Sie sich keine "
                  "Eilmeldung entgehen – mit Regioblick sind Sie stets bestens im Bilde!")

_HK_SIGNUP = "\n".join([
    "Jetzt den Newsletter abonnieren",
    "",
    "By signing up, you accept Postwerk’s Nutzungsbedingungen and Datenschutzhinweise and acknowledge "
    "that HK Abendbrief gets access to the email address you enter.",
])

_OB_PAREN = "(кто до сих пор не подписался — самое подходящее время это исправить)"

_OCTET_BONUS = "\n".join([
    "Découvrez l’offre Octet+",
    "",
    "+ fluide, + complet, + réservé aux membres",
])

_FLEUVE_ASK = ("Évidemment, le chantier reste immense, et jamais nous n’avons autant compté sur votre "
               "soutien, qu’il soit financier, rédactionnel, technique ou informatique.")

_GULFSHORE_TOP = "Back independent local reporting. Join the Gulfshore Gazette Insiders Circle."

_KLARTEXT_CALL = "Und ganz wichtig: kommentieren, liken, weiterleiten, abonnieren!"

_SETE_WALL = "\n".join([
    "La suite de cet article est réservée aux abonné(e)s. Connectez-vous ou abonnez-vous pour "
    "poursuivre la lecture.",
    "Le tout pour 5 € par mois seulement !",
    "D’où vient l’argent du Carnet de Sète ? Uniquement de vos abonnements et de vos dons. "
    "Abonnez-vous et gardez ce site libre de toute tutelle.",
])

_VEKTOR_CALL = "Подписывайся на «Вектор»"


APPEALS = [
    _doc("b62-dalesledger-landtrust-top", "appeal", "top",
         "Invented; modelled on Nation.Cymru (news article, one-line donate link above the section label)", "en", [
             _DALES_TOP,
             "News",
             "",
             "Land trust founder calls group ‘chaotic’ after losing her seat on its board",
             "",
             "3 Mar 2023 8 minute read",
             "Harriet Kellow",
             "",
             "A founding trustee of Common Ground Dales has described the community land campaign as “chaotic” after members removed her from its board of trustees.",
             "",
             "Rosalind Pryce took her place on the board without a contest last spring as one of two trustees chosen by supporters who live beyond the Dales.",
             "",
             "She said she stopped going to board meetings after lodging a grievance against two fellow trustees, whom she accused of being “openly hostile”, and that members then removed her at the February meeting.",
             "",
             "According to Ms Pryce, the friction began when she questioned how few tenants and younger people sat among the trustees.",
             "",
             "The group’s chair, Owen Bellamy, replied that the grievance process had been followed in full and that Ms Pryce had been offered a review once her complaint was rejected, an offer she did not take up.",
             "",
             "He said most charities expected trustees to stand aside if they kept missing meetings.",
             "",
             "Mr Bellamy said Common Ground Dales wanted a broader board but that there was “no overnight answer”, calling it a long task for the organisation’s first paid director.",
             "",
             "The group is recruiting for that post, which carries a salary of £41,500, for the first time in its history.",
             "",
             "Both statements are published in full further down this page.",
             "",
             "The row is the latest in a bruising stretch for the campaign, whose entire steering group stood down two summers ago amid a quarrel over spending. Several other officers, among them former treasurer Gwen Alder, left in the months that followed.",
             "",
             "Last autumn members backed a new constitution and board structure by a wide margin: 1,904 voted for the change, 372 against.",
             "",
             "Rosalind Pryce’s statement in full",
         ], appeals=[_DALES_TOP]),
    _doc("b62-harrietquarterly-letters-middle", "appeal", "middle",
         "Invented; modelled on Ms. (anniversary feature, become-a-member parenthesis closing a paragraph)", "en", [
             "Independent Women’s Press Matters",
             "",
             "‘To the Editors’: Four Decades of Letters From Harriet Readers",
             "",
             "A press that takes women seriously belongs at the center of public life. It sharpens how we argue about policy, and an honest democracy cannot do without it. Read the whole series at Independent Women’s Press MattersHarriet Quarterly’s newest chapter of Voices & Votes, produced together with the Northfield Fund for Women Reporters.",
             "",
             "The founding Harriet editors in their first office, 1983. (Ada Whitcombe)",
             "",
             "Harriet was never only a magazine. It breaks stories and shapes them, follows movements and sometimes starts them. Its pages have prompted new statutes and court rulings, nudged lawmakers, coined words we now take for granted and dragged long-neglected problems onto the agenda.",
             "",
             "Readers know what four decades of Harriet have changed. We asked you to tell us what the magazine has meant in your life, and your answers touched us deeply. A selection follows here, with many more in our anniversary edition, in shops Feb. 7. " + _HARRIET_PAREN,
             "",
             "Thank you! Harriet would never have come this far without readers who stayed with us year after year!",
             "",
             "Harriet Spring 2023 cover.",
             "",
             "I still remember buying my first Harriet at a bus station when I was nineteen. It made me laugh out loud to see a woman welder on the cover. Suddenly women like my mother and me were not the scenery of somebody else's story; we were the story.",
             "",
             "For thorough reporting on the issues that shape women's lives, written and edited with real care, nothing else comes close to Harriet. Plenty of outlets show up when a court ruling makes national headlines and vanish a week later. Harriet stays on the beat every single day.",
             "",
             "We are more than half of the country. We still receive a small fraction of the coverage on the questions that matter most.",
         ], appeals=[_HARRIET_PAREN]),
    _doc("b62-regioblick-polizei-gelsenfeld-middle", "appeal", "middle",
         "Invented; modelled on news.de (regional police wire report, newsletter sign-up sentence after the read-also list)", "de", [
             "Gelsenfeld-Nord - Schwerer Auffahrunfall auf der Hafenallee an der Einmündung Brunnenweg -",
             "Gelsenfeld (ots) -",
             "Kurz nach 16:40 Uhr hat sich auf der Hafenallee an der Einmündung Brunnenweg ein schwerer Unfall ereignet.Einsatzkräfte von Polizei und Rettungsdienst sichern derzeit die Unfallstelle und nehmen den Hergang auf. Die Hafenallee bleibt zwischen Schulstraße und Bahnhofsplatz vorerst in beiden Richtungen gesperrt.Weitere Informationen folgen.",
             "Die Polizeiinspektion Gelsenfeld hat diese Meldung am 14.05.2025 um 17:52 Uhr veröffentlicht.",
             "Lesen Sie auch:",
             "Polizeimeldungen für Gelsenfeld, 14.05.2025: Altenhagen: Motorroller entwendet - Nachtrag!",
             "Blitzer in Gelsenfeld aktuell am Mittwoch: Vorsicht, Temposünder! An diesen Stellen wird am 14.05.2025 gemessen",
             "Mobile Blitzer in Lindhorst aktuell am Mittwoch: Hier kontrolliert die Polizei am 14.05.2025 das Tempo",
             "Blaulichtreport für Gelsenfeld, 14.05.2025: Brückendorf: Seniorin wird vermisst",
             "Gelsenfeld Veranstaltungen aktuell: Termine, Märkte und Ausgehtipps für Mai 2025",
             _REGIOBLICK_NL,
             "Lokale Nachrichten, das Wetter für die nächsten Tage, Unwetterwarnungen und noch mehr aus Ihrer Umgebung finden Sie auf der Regioblick-Übersichtsseite für Gelsenfeld – so entgeht Ihnen nichts Wichtiges aus der Nachbarschaft!",
             "Unfallzahlen und Verletzte auf deutschen Straßen",
             "Die Zahl der Unfälle, die die Polizei bundesweit aufnimmt, ist in den vergangenen Jahren leicht gestiegen. Für 2023 verzeichneten die Behörden nach unseren Berechnungen 2.517.300 Unfälle, im Jahr davor waren es 2.471.850 und 2021 noch 2.398.040. Ähnlich sieht es bei den Unfällen aus, bei denen Menschen zu Schaden kamen: 2023 zählte man davon 291.410, dabei verloren 2.811 Menschen ihr Leben.",
         ], appeals=[_REGIOBLICK_NL]),
    _doc("b62-haffkurier-abendbrief-anklam-top", "appeal", "top",
         "Invented; modelled on Ostsee-Zeitung (newsletter page, subscribe heading with consent line above the evening letter)", "de", [
             "HK Abendbrief",
             "",
             "Von HK-Redaktion",
             "",
             "HK Abendbrief - Vom Großeinsatz in Anklam bis zum Lob eines Popstars",
             "",
             "#412・",
             "431",
             "",
             "Ausgaben",
             "",
             _HK_SIGNUP,
             "",
             "Partner im Medienverbund Nordost",
             "Partner im Medienverbund Nordost",
             "HK AbendbriefHK Abendbrief",
             "HK Abendbrief",
             "Guten Abend, liebe Leserinnen und Leser,",
             "in Anklam hielt heute ein Vorfall die halbe Innenstadt in Atem: Ein 58-Jähriger hatte sich in seiner Wohnung verbarrikadiert, stundenlang mit Gegenständen nach Passanten geworfen und aus dem Fenster gerufen, er werde „die ganze Straße anzünden“. Wie der Einsatz endete, hat mein Kollege Malte Brüning aufgeschrieben. Seine Fragen an die Einsatzleitung können Sie im HK-Liveblog außerdem noch einmal nachlesen.",
             "Ärger droht auch dem Tierpark Ueckermünde. Ein Tierschutzverein hat ihn gemeinsam mit sieben weiteren Einrichtungen im Nordosten angezeigt, weil dort Bären angeblich in viel zu engen Gehegen leben. Was der Verein konkret kritisiert und was die Stadt dazu sagt, lesen Sie in meinem Text.",
             "Weit über Vorpommern hinaus spricht man inzwischen über die Tanzgruppe der Greifswalder Grundschule am Ryck - dank eines berühmten Fans. Warum ein Popstar die Choreografie der Drittklässler in seinen Kanälen geteilt hat, hat meine Kollegin Frauke Oldenburg recherchiert.",
             "Auf Zuspruch hoffen auch die Bewerberinnen und Bewerber, die am Sonntag in mehreren Gemeinden im Landkreis zur Bürgermeisterwahl antreten. Der HAFF-KURIER berichtet am 12. Juni ab 7 Uhr in einem Liveticker aus Anklam, Pasewalk, Lassan, Ducherow und Zinnowitz. Dort halten wir Sie den ganzen Tag über auf dem Laufenden.",
             "Ich wünsche Ihnen einen entspannten Feierabend, passen Sie auf sich auf!",
             "Ihr",
             "Jonas Wendler",
             "Redakteur",
             "",
             "Das Wichtigste aus Vorpommern",
         ], appeals=[_HK_SIGNUP]),
    _doc("b62-obinfo-nedelya-most-middle", "appeal", "middle",
         "Invented; modelled on NGS (weekly Telegram review, subscribe-now parenthesis inside a sentence)", "ru", [
             "Город обзор Пробки на мосту, пропавший трамвай и град с горошину — что обсуждали в телеграме за неделю",
             "",
             "Пробки на мосту, пропавший трамвай и град с горошину — что обсуждали в телеграме за неделю",
             "",
             "Новости, которые жители Приобска чаще всего открывали, обсуждали и отправляли знакомым",
             "",
             "Вспоминаем, что сильнее всего задело подписчиков ОБЬ.ИНФО за последние дни",
             "",
             "Каждую неделю в телеграм-канале ОБЬ.ИНФО " + _OB_PAREN + " публикуются десятки новостей о жизни Приобска и области. Мы отобрали самые заметные, чтобы напомнить, чем запомнилась неделя.",
             "",
             "Больше всего просмотров на этой неделе набрала новость о задержании бывшего заместителя начальника городского управления транспорта Глеба Сизова. Как узнал тогда источник ОБЬ.ИНФО, поводом стали показания его бывшего подчиненного Ильи Рябова.",
             "",
             "Спустя пару дней выяснилось, что суд отправил чиновника под домашний арест по делу о превышении полномочий.",
         ], appeals=[_OB_PAREN]),
    _doc("b62-octet-donnees-ouvertes-end", "appeal", "end",
         "Invented; modelled on Numerama (editorial note on reuse policy, two-line bonus pitch at the end)", "fr", [
             "Fidèle à la ligne qu’a toujours suivie la rédaction depuis ses débuts sur un simple forum, Octet ne compte pas enfermer à double tour les chiffres et les tableaux que nous rassemblons pour nos enquêtes. Bien au contraire, nous invitons tous ceux qui le veulent à les télécharger, les croiser, les retourner dans tous les sens et les republier sur leurs sites, leurs newsletters, leurs fils de discussion ou même sur un tableau noir. Mieux encore, nous venons d’ajouter une fonction qui rend la chose très simple, dans le cadre de la licence ouverte que nous avons retenue pour poser malgré tout deux ou trois règles de savoir-vivre dans cette jungle.",
             "",
             "Sous chaque graphique, vous verrez dorénavant un bouton « Récupérer les données » qui résume ce qu’il faut savoir sur la licence Open Data que nous appliquons, et qui vous donne le fichier complet en un clic, prêt à être ouvert dans votre tableur préféré.",
             "",
             "Nous demandons seulement à celles et ceux qui s’en servent de ne pas trafiquer les chiffres pour leur faire dire autre chose (ou alors de signaler clairement ce qui a été modifié), de mentionner Octet comme source et de placer un lien cliquable vers l’enquête d’origine ainsi que vers le texte de la licence. Ces mentions figurent déjà dans l’en-tête du fichier que vous téléchargez. Merci de les y laisser.",
             "",
             "Précisons enfin que cette licence ne vaut que pour les usages sans but lucratif. Si vous voulez reprendre nos données dans une publication imprimée, une application payante ou un site exploité pour en tirer directement de l’argent, écrivez-nous à licences@octet.example pour obtenir nos conditions.",
             "",
             _OCTET_BONUS,
         ], appeals=[_OCTET_BONUS]),
    _doc("b62-tribunedufleuve-deuxieme-anniversaire-middle", "appeal", "middle",
         "Invented; modelled on Presse-toi à gauche ! (anniversary editorial, one support sentence inside a paragraph)", "fr", [
             "Voilà ce qui nous réjouit et nous pousse à continuer : à mesure que les visites augmentent (et elles grimpent d’une saison à l’autre), les messages d’encouragement et les offres de coup de main se multiplient, preuve on ne peut plus nette qu’un média engagé à gauche — curieux, réactif et prêt à empoigner les débats de la semaine — répond à une attente bien réelle et gagne petit à petit en notoriété comme en crédibilité.",
             "Angle mort",
             _FLEUVE_ASK + " D’autant plus qu’il faut garder en tête l’énorme angle mort médiatique dont les mouvements sociaux restent trop souvent les victimes. Pensons seulement au débat télévisé des candidats à la mairie du 4 octobre 2009, où les trois invités vantaient tous la participation citoyenne, sans jamais réclamer que les petites formations écologistes ou communautaires aient elles aussi droit à la parole.",
             "Qui informe, gouverne",
             "On ne le répétera jamais trop : celui qui contrôle l’information tient le gouvernail, et les mouvements progressistes ont encore beaucoup à rattraper sur ce terrain. Comment espérer peser durablement si l’on ne se donne pas des outils de diffusion à la mesure de ce que l’on veut accomplir ?",
             "Que la Tribune du Fleuve fasse la démonstration de tout ce qui est déjà à notre portée, et de tout ce qui manque encore, comme un rappel obstiné qu’il est grand temps de mener sérieusement la lutte pour une information libre.",
         ], appeals=[_FLEUVE_ASK]),
    _doc("b62-gulfshoregazette-roundup-insiders-top", "appeal", "top",
         "Invented; modelled on Orlando Weekly (news roundup, join-the-press-club line at the top)", "en", [
             _GULFSHORE_TOP,
             "",
             "",
             "Catch up: The incoming governor tests everyone's patience, Port Calloway wants pricier parking tickets and more ",
             "",
             "Dale Hutchins wants to stall the wage measure voters already passed: Even though close to 61 percent of voters backed Measure 9 in November, Governor-elect Dale Hutchins now says he won't let the state's new minimum wage take effect until lawmakers write what he calls \"enabling rules\" for it. Speaking with the Coastal Ledger, Hutchins asked the Legislature to send him a bill spelling out the details, which would push the first raise back by months for roughly 800,000 workers. Yes – the very officials who ignored low pay for a decade now want to rewrite the measure. Supporters of Measure 9 counter that the ballot text was plain, takes effect on its own and needs no further act of the Legislature before Jan. 15.",
             "",
             "A plan for the old Bayfront Outlet Mall comes into focus: Despite a long fight with the city over inspections, Tampa investor Rolf Ostrander's plan to revive the shuttered Bayfront Outlet Mall now includes a vintage boat museum and a seafood hall. Visitors could buy any of the 900 restored boats on display, among them a speedboat from an old spy film, a rowing scull from the 1968 Games and a gold-trimmed yacht that supposedly belonged to a casino magnate. Ostrander Holdings has already developed several coastal condo towers and two marinas.",
             "",
             "Rep. Corinne Vale blasts plan to deport longtime Laotian residents: U.S. Rep. Corinne Vale criticized the administration's reported plan to deport Laotian immigrants who settled in the country before 1990, many of them refugees of the war in Southeast Asia.",
         ], appeals=[_GULFSHORE_TOP]),
    _doc("b62-klartext24-zugbegleiter-middle", "appeal", "middle",
         "Invented; modelled on NIUS (morning newsletter, comment-like-share-subscribe line after the show notes)", "de", [
             "- Der Morgen mit KLARTEXT24",
             "- Beiträge",
             "- Ein Zugbegleiter erzählt von seinen Schichten",
             "Ein Zugbegleiter erzählt von seinen Schichten",
             "Dazu: Der große KLARTEXT24-Check der Weihnachtsmarkt-Preise",
             "",
             "Ab 6:30 Uhr bei KLARTEXT24 Live: Der Haushaltsstreit eskaliert",
             "Der Morgen mit KLARTEXT24: Heute sind die Reporter Miriam Solbach, Henrik Ott und Carla Venn zu Gast bei Moderator Tobias Rennert im KLARTEXT24-Studio.",
             "Und diese Themen bewegen das Land heute:",
             "Ordnung im Wahllokal: Warum das Landesverfassungsgericht die Kommunalwahl in drei Städten womöglich wiederholen lässt.",
             "Erschreckende Zahlen aus einer neuen Umfrage: Vier von fünf Betrugsfällen im Netz landen nie bei der Polizei.",
             "Teure Luftnummer: Das Ministerium plant ein Zählprogramm für Windräder, das Millionen kosten soll.",
             "Die Sendung läuft ab 6:30 Uhr live auf YouTube und im KLARTEXT24-Radio. Wer sie verpasst, findet jede Folge später in unserer KLARTEXT24-Mediathek – zu jeder Tages- und Nachtzeit.",
             _KLARTEXT_CALL,
             "Heldin des Tages: Tafel-Koordinatorin Sabine Hohlweg",
             "",
             "Seit fast 18 Jahren organisiert sie die Essensausgabe der Tafel in Kassel-Nord. Sie kennt die Statistiken, und sie kennt die Menschen, die sich hinter ihnen verbergen. „Die Schlangen werden jeden Monat länger“, sagte sie jetzt einem Lokalsender. An den 12 Ausgabestellen ihres Vereins ist Armut keine Zahl in einem Bericht, sondern ein Gesicht an der Theke. Und sie werde oft vererbt, sagt Hohlweg, von den Eltern an die Kinder.",
             "Sie sagt auch: Wer als Kind erlebt, dass am Monatsende nichts mehr im Kühlschrank ist, schämt sich später oft, selbst um Hilfe zu bitten. Der Widerspruch, so Hohlweg: Gerade die Bedürftigsten kommen am spätesten. Die Scham mache es so schwer, Not überhaupt zu erkennen, weil Betroffene sie aus Stolz verbergen. Die größte Armut ist meistens die leiseste.",
         ], appeals=[_KLARTEXT_CALL]),
    _doc("b62-carnetdesete-port-annonces-paywall-end", "appeal", "end",
         "Invented; modelled on Montpellier journal (teaser cut by a paywall with price and a subscriptions-and-gifts line)", "fr", [
             "Le président de l’agglomération ne manque pourtant jamais une occasion de vanter le pluralisme de la presse locale. Plus gênant encore, il refuse d’endosser son choix. Il suffit pourtant de feuilleter le mensuel pour s’en convaincre.",
             "L’affaire n’avait rien d’anecdotique. Et pourtant, à notre connaissance, aucun autre média du bassin n’en a parlé. Lucien Marfaing, le directeur de L’Écho du Port",
             _SETE_WALL,
         ], appeals=[_SETE_WALL]),
    _doc("b62-obinfo-nedelya-zaderzhaniya-middle", "appeal", "middle",
         "Invented; modelled on NGS (second weekly Telegram review, same subscribe-now parenthesis)", "ru", [
             "Город обзор Депутаты против самокатов, мэрия — против ларьков: о чем спорили в телеграме за неделю",
             "",
             "Депутаты против самокатов, мэрия — против ларьков: о чем спорили в телеграме за неделю",
             "",
             "Главные темы недели, которые жители Приобска читали, обсуждали и пересылали чаще прочих",
             "",
             "Сюжеты, за которыми следили подписчики ОБЬ.ИНФО в эти дни",
             "",
             "Каждую неделю в телеграм-канале ОБЬ.ИНФО " + _OB_PAREN + " публикуются десятки новостей о жизни Приобска и области. Мы отобрали самые заметные, чтобы напомнить, чем запомнилась неделя.",
             "",
             "Лидер недели по просмотрам — пост, который посмотрели почти 74 тысячи человек. Запрет на прокат электросамокатов в центре вызвал у горожан бурный спор, а кое-кто уже называет его концом городского транспорта.",
             "",
             "Чтобы не спешить с оценками, мы решили сначала посмотреть на цифры.",
         ], appeals=[_OB_PAREN]),
    _doc("b62-vektor-tgmirror-utro-middle", "appeal", "middle",
         "Invented; modelled on RTVI (Telegram channel mirror, subscribe line between a post and 'read more')", "ru", [
             "vektor_main | Unsorted",
             "",
             "Telegram-канал vektor_main - Вектор",
             "",
             "148302",
             "",
             "«Вектор» — независимое медиа на русском языке для зрителей по всему миру. Коротко о главном Лента срочных новостей: @vektor_live ВКонтакте: vk.com/vektor_example Видео: https://video.vektor.example Сайт: vektor.example",
             "",
             "Subscribe to a channel",
             "",
             "Вектор",
             "",
             "Что важно знать утром 17 марта",
             "",
             "В мире",
             "",
             "🟣 Парламент Норвегии одобрил закон о запрете смартфонов в начальной школе",
             "",
             "🟣 В Японии произошло землетрясение магнитудой 5,8, угрозы цунами нет",
             "",
             "🟣 Bloomberg: крупнейшие автоконцерны Европы отложили переход на электромобили",
             "",
             "🟣 В Чили начали выплаты пострадавшим от лесных пожаров",
             "",
             "В России",
             "",
             "🟣 В Курской области из-за морозов остались без тепла два поселка",
             "",
             "🟣 «Коммерсант»: Минфин предложил повысить сбор с продажи алкоголя",
             "",
             "🟣 По делу о хищении ₽40 млн на ремонте дорог задержаны двое чиновников",
             "",
             "🟣 Пассажирам разрешат провозить в поездах самокаты без доплаты",
             "",
             _VEKTOR_CALL,
             "",
             "Читать полностью…",
             "",
             "Вектор",
             "",
             "Жительницу Новой Зеландии признали невиновной в краже, потому что магазин сам забыл пробить ей покупку",
         ], appeals=[_VEKTOR_CALL]),
]


# --- Negatives ----------------------------------------------------------------------------------

NEGATIVES = [
    _neg("b62-capitolwire-statepacs-fundraising-neg",
         "Invented; modelled on Politico (campaign-finance report full of committee totals)", "en", [
             "Statehouse super PACs post record hauls before November",
             "",
             "The outside groups battling for control of state legislatures this year are raising money far faster than in any earlier cycle, according to new filings with the state ethics board, as large donors pour cash into contests that once drew little attention.",
             "The surge crosses party lines: Heartland Majority Fund, Prairie Leadership Committee, Forward Together Action and the Great Plains Senate Fund reported a combined $212 million in receipts through Sept. 30.",
             "Prairie Leadership Committee, the group tied to Republican legislative leaders, only launched four years ago, but the other three committees have posted far larger numbers than they did in the last comparable election, as spending by independent groups keeps climbing. Heartland Majority Fund, which backs Democratic candidates for the state House, has grown from a committee that raised $4.8 million in its first cycle to one that reported $57.3 million this year.",
             "In no earlier cycle had any of the four groups topped $50 million by the fall, yet two of them, Heartland Majority Fund and Forward Together Action, had passed that line by the end of September. Prairie Leadership Committee reported $49.1 million by the same date.",
             "On Friday, Forward Together Action reported taking in $8.2 million in September alone, lifting its cycle total to $51.6 million. The Great Plains Senate Fund, for its part, raised $6.4 million last month and now stands at $38.9 million.",
             "The fight for the statehouses has fired up donors on both sides. Democrats, angered by a string of new election laws, have sent both small-dollar and five-figure checks to candidates and outside groups. Republicans, determined to keep their grip on the capitol, are answering dollar for dollar.",
         ]),
    _neg("b62-wildledger-hornbill-crowdfunding-neg",
         "Invented; modelled on Mongabay (conservation groups' crowdfunding falling short, bullet summary, doubled photo caption)", "en", [
             "Site icon Wildlife news",
             "",
             "Underfunded hornbill projects try crowdfunding, and mostly come up short",
             "",
             "  • The Sulu hornbill and the Rufous-crested hornbill are unlikely to survive without costly artificial incubation and captive breeding.",
             "  • Conservation groups struggle to raise money for methods that are expensive and may still fail.",
             "  • Organizations in the Philippines and Indonesia have started separate online fundraisers to pay for breeding aviaries and incubators.",
             "  • Neither fundraiser is anywhere near its goal.",
             "",
             "There may be just one realistic chance left for the Sulu hornbill (Anthracoceros montani): a breeding program that relies on expensive incubators and round-the-clock care. Only a few dozen birds remain in the wild, one of which died last spring after being caught for tagging, and four live in a rescue center. The captive birds, one pair and two single females, have never raised a chick. Unless a breeding program can start producing young birds soon, the species is likely to disappear.",
             "",
             "The practical obstacles are considerable, since no one has yet reliably bred this hornbill in captivity, but the biggest obstacle may be far more ordinary: funding.",
             "",
             "“Funders like to feel confident that the species will still be around in ten years,” said Teresa Dalangin, who directs the Sulu Hornbill Trust. “Backing an animal that is merely threatened feels much less risky than backing one that is hanging on by a thread.”",
             "",
             "Bayani, one of the captive Sulu hornbills at the center of the breeding effort. Photo by Marco Ilagan.",
             "Bayani, one of the captive Sulu hornbills at the center of the breeding effort. Photo by Marco Ilagan.",
         ]),
    _neg("b62-regenbogenblog-fuer-uns-alle-neg",
         "Invented; modelled on Nollendorfblog (blogger urging readers to back another community outlet)", "de", [
             "Macht es für euch. Macht es für uns alle!",
             "",
             "Ich habe mich schon oft über regenbogen-aktuell.example aufgeregt. Ein paar Mal habe ich mit der Redaktion auch lautstark gestritten. Man kann an diesem queeren Nachrichtenportal einiges bemängeln. Und doch: Es ist das beste, das wir haben. Und wenn es darum geht, verlässlich und täglich über LGBTIQ-Themen zu berichten, ist es im deutschsprachigen Netz sogar das einzige, das diesen Anspruch tatsächlich einlöst.",
             "",
             "Hinter regenbogen-aktuell steht weder ein Verein noch ein Konzern, weder ein Investor, der Reichweite einsammelt, noch ein Verlag, der sich das Portal als Aushängeschild gönnt und die Kosten mit einträglicheren Angeboten ausgleichen kann.",
             "",
             "Das Portal ist eine Seltenheit, gerade in einem Markt, der sich an eine kleine Gruppe richtet: ein unabhängiges Medium, das sich allein aus frei lesbarem Journalismus finanzieren möchte. Und genau so etwas braucht unsere Community mehr als je zuvor.",
             "",
             "Die queere Bewegung gerät hierzulande zunehmend unter Druck. Unsere Gegner gehen geschickter vor als früher: Sie greifen uns kaum noch offen an, sondern verstecken sich hinter Floskeln wie „Ich habe ja Verständnis, aber“, und wer uns angreift, stellt sich neuerdings gern selbst als Opfer dar. Zugleich sind neue Bündnisse, Initiativen und Bewegungen entstanden, die allein oder im Schulterschluss mit Parteien, Kirchen, Verbänden und Medien ganz gezielt gegen unsere Rechte arbeiten.",
             "",
             "Der Redaktion von regenbogen-aktuell gelingt es seit Jahren bemerkenswert gut, in diesem Dickicht den Überblick zu behalten und ihn an ihre Leserinnen und Leser weiterzugeben.",
         ]),
    _neg("b62-buergerstimme-tag-spenden-neg",
         "Invented; modelled on ngo-online (tag listing on donating: fraud advice, corporate gifts, a raid)", "de", [
             "headerquote",
             "",
             "Mehr Besucher für Ihre Website – wir zeigen Ihnen wie.",
             "",
             "freie Autorinnen und Autoren mit klarer Haltung",
             "",
             "spenden",
             "",
             "Seriöse Hilfswerke von schwarzen Schafen unterscheiden",
             "",
             "Gutes tun, aber richtig: Worauf Spender achten sollten",
             "",
             "Ob für Obdachlose, kranke Kinder oder das Tierheim: Gerade im Herbst und vor den Feiertagen bitten viele Organisationen um Geld. „Wer etwas geben will, sollte trotzdem genau hinsehen, bevor er zahlt. In der Adventszeit sind auch besonders viele Betrüger unterwegs“, sagt Petra Lindqvist von der Verbraucherzentrale Thüringen. Vor allem bei Sammlern an der Wohnungstür oder in der Fußgängerzone sei Skepsis angebracht. Wer seriös sammelt, drängt niemanden und kann Flyer sowie einen Überweisungsträger vorzeigen. „Lassen Sie sich nicht unter Druck setzen. Bei Sammlungen an der Haustür dürfen Sie nach der behördlichen Erlaubnis fragen“, rät Lindqvist. Wer auf der Straße sammelt, muss mindestens 16 Jahre alt sein, und die Sammeldose muss versiegelt sein.",
             "",
             "Chemie, Autobau, Banken",
             "",
             "Schweizer Unternehmen gaben 2,3 Millionen Franken für Parteien im Ausland",
             "",
             "Schweizer Unternehmen haben Parteien und Wahlkampagnen im Ausland großzügiger unterstützt als Firmen aus fast jedem anderen Land. Wie der „Alpenbote“ am Mittwoch meldete, flossen aus der Schweizer Wirtschaft, darunter Chemie- und Autozulieferer sowie mehrere Banken, zusammen rund 2,3 Millionen Franken. Nur Unternehmen aus den Niederlanden (4,1 Millionen Franken) und aus Luxemburg (2,9 Millionen Franken) gaben mehr.",
             "",
             "Sammeln für eine verbotene Vereinigung",
             "",
             "Durchsuchungen bei mutmaßlichen Geldsammlern eines verbotenen Vereins",
             "",
             "In mehreren Bundesländern hat die Polizei am 12. März Wohnungen mutmaßlicher Mitglieder eines verbotenen Vereins durchsucht, der Spenden für eine im Ausland aktive Miliz eingetrieben haben soll.",
         ]),
    _neg("b62-tribunedufleuve-levanthebdo-relayed-neg",
         "Invented; modelled on Presse-toi à gauche ! (partner outlet's fundraising letter republished: sum, half, tax deduction, per-reader arithmetic)", "fr", [
             "Cette année, nous voulons faire passer Levant Hebdo à la vitesse supérieure et repenser entièrement le site : davantage d’enquêtes de terrain, davantage de portraits, une vraie rubrique consacrée aux livres et au cinéma. Et une place bien plus grande pour le turc. Ce chantier, nous le mènerons avec vous et nous vous demanderons votre avis en cours de route.",
             "Grâce à votre appui, nous pourrons poursuivre un travail journalistique libre, qui ne roule pour aucun parti, ce qui compte d’autant plus que les sujets couverts par Levant Hebdo sont souvent traités ailleurs à coups de clichés, de raccourcis, d’idéologie, de demi-vérités et de peurs. À notre échelle, nous essayons d’offrir du Proche-Orient, de ses sociétés et de ses liens avec l’Europe un portrait plus juste, plus nuancé et plus utile à ceux qui veulent le comprendre. Nous voulons éclairer une région dont l’histoire est aussi un peu la nôtre. Cela suppose de parler également à celles et ceux qui nous lisent en turc et en anglais. Plusieurs de nos textes sont déjà traduits dans ces deux langues. Nous avons même commencé quelques traductions en kurde. Et nous préparons des partenariats avec des rédactions indépendantes de la région1.",
             "Un journalisme qui prend son temps coûte cher2. Pour tenir les douze prochains mois et mener à bien cette refonte, il nous faut 50 000 euros. Nous en assurons nous-mêmes la moitié. Nous comptons sur vous pour réunir les 25 000 euros manquants. Votre don ouvre droit à une réduction d’impôt : un don de 45 euros ne vous coûte en réalité que 15 euros. Si mille deux cents lecteurs donnaient chacun un peu plus de 20 euros, le compte serait bon.",
             "Notes",
         ]),
    _neg("b62-vestnik24-signal-ishchet-investorov-neg",
         "Invented; modelled on RIA24 (ex-editor of a closed outlet seeking sponsors, tag line, DMCA footer)", "ru", [
             "Аркадий Вельяминов Степан Рогов Россия Латвия медиа политика деньги Аркадий Вельяминов Степан Рогов Россия Латвия",
             "",
             "В поисках покровителя: экс-редактор издания «Сигнал» Степан Рогов договаривается с новыми инвесторами",
             "",
             "Бывший главный редактор «Сигнала» Степан Рогов обсуждает возможное финансирование проекта с людьми из окружения бизнесмена Аркадия Вельяминова, сообщил «Вестнику24» знакомый с ситуацией собеседник.",
             "",
             "По его словам, Рогов хочет перезапустить «Сигнал» через латвийскую компанию Signal Media Group. В Ригу он также собирается перевезти журналистов, которые пока остаются в России и с трудом находят законные способы получать гонорары.Свой последний материал «Сигнал» выпустил 3 марта 2022 года.",
             "",
             "DMCA",
         ]),
    _neg("b62-kompromatinfo-krugozor-inoagent-neg",
         "Invented; modelled on Rucompromat (subscription-funded outlet labelled a foreign agent, editor's first-person account)", "ru", [
             "В начале ноября Минюст включил издание «Кругозор» в реестр СМИ — «иностранных агентов». Этот случай заметно отличается от прочих: во-первых, «Кругозор» зарегистрирован на российскую компанию (так же, как и связанная с ним радиостанция «Волна»), а во-вторых, издание не продает рекламу и держится на платной подписке — почти все его тексты закрыты пейволом. Коллеги из «Перекрестка» попросили главреда «Кругозора» Антона Белецкого объяснить, как зарабатывает редакция, что она собирается делать дальше и зачем поменяла формулировку обязательной «иноагентской» плашки.",
             "Про реестр я прочитал в новостной ленте, как и все. Было поздно вечером в четверг [4 ноября], мы с женой смотрели кино, я машинально открыл телефон — и увидел заголовок. Фильм пришлось выключить и сразу браться за дело: решать, как ставить на сайте эти самые плашки (в редакции их между собой называют «*****», и словечко прижилось), отвечать журналистам других изданий, сочинять письмо подписчикам. Никто нас, конечно, ни о чем заранее не предупреждал.",
         ]),
    _neg("b62-hebdoriverain-portlaval-alarme-neg",
         "Invented; modelled on Journal Métro (local media group's alarm call over a city ban, mayor quoted)", "fr", [
             "« Le silence et le désintérêt de la Ville de Port-Laval » face à la survie des hebdos de quartier forceront Hebdos Riverains à faire « des choix douloureux », y compris supprimer des postes de journalistes. C’est l’avertissement qu’a lancé le groupe de presse jeudi.",
             "",
             "À compter du 1er juin, la distribution de sacs publicitaires à domicile, qui contiennent circulaires, journaux et coupons, ne sera plus permise. Hebdos Riverains affirme avoir perdu une bonne part de ses revenus depuis que la mesure a été annoncée, il y a quatorze mois. Le groupe livre une quinzaine de titres locaux directement aux portes des résidents.",
             "",
             "Ce que nos journaux de quartier apportent à la vie communautaire et démocratique de Port-Laval est aujourd’hui menacé. Le manque d’action de la Ville oblige des éditeurs comme nous à envisager des compressions majeures dès cet été. Sophie Lemieux-Hart, présidente d’Hebdos Riverains",
             "",
             "La Ville de Port-Laval avait présenté la fin des sacs publicitaires comme une mesure « pour réduire nos déchets à la source » en mars 2023. « Nous tenons à accompagner les médias de proximité dans cette transition », avait alors assuré le maire Bernard Tellier.",
             "",
             "« La municipalité ne pourra pas, à elle seule, garantir l’avenir de ces journaux. Mais nous voulons faire notre part. Si nous pouvons inspirer Québec et Ottawa à en faire davantage, nous le ferons », avait ajouté le maire.",
             "",
             "Des promesses restées lettre morte",
             "",
             "Port-Laval réfléchissait à l’interdiction des sacs publicitaires depuis l’automne 2022. Afin d’en atténuer les effets sur les hebdos locaux, la Ville avait alors mis sur pied une table de concertation.",
         ]),
    _neg("b62-hartwellnews-flood-fund-neg",
         "Invented; modelled on Rochdale Online (disaster fund reaching its total, celebrity pledges, a partner newspaper)", "en", [
             "Hartwell Flood Relief Fund passes £2.84m",
             "",
             "Date published: 14 November 2019",
             "",
             "",
             "Donors from across the county and well beyond have given £2.84m in under a week to help families whose homes were wrecked when the River Marle burst its banks.",
             "",
             "Hartwell Borough Council is now setting up a separate charity so the money can reach flooded households as quickly as possible.",
             "",
             "The flood of generosity means £2.84m has already been pledged for residents who lost their homes, belongings and businesses. Thousands of people have chipped in, among them folk singer Mara Quinlan, who said on Thursday she would play a fundraising show at Hartwell Corn Exchange next month.",
             "",
             "The band Northbound has also promised to hand over the takings from its homecoming gig, played on Wednesday, to the Hartwell Flood Relief Fund.",
             "",
             "Residents have given generously too, with some 60 volunteers shaking collection tins in the town centre and outside supermarkets across the borough on Saturday. Around 150 swimmers will also complete a sponsored swim at the leisure centre on Sunday to boost the total, among them council leader Priya Sandhu.",
             "",
             "The appeal is being run by Hartwell Borough Council together with the Marle Valley Community Foundation, which is handling the donations. The Hartwell Courier has teamed up with the appeal to steer all of its readers' gifts into this single fund.",
             "",
             "Following guidance from the charity regulator, the council is registering a new charity, the Hartwell Flood Relief Fund, to share out the money. The new body means that everyone hit by the flood can be helped, including families living just outside the borough boundary.",
             "",
             "Its trustees will include councillors and council officers, the editor of the Hartwell Courier and independent members.",
             "",
             "Council caseworkers and the Citizens Advice service are helping residents apply for grants as quickly as possible.",
         ]),
    _neg("b62-querblick-freiwort-hack-abozahlen-neg",
         "Invented; modelled on Opposition24 (commentary on a rival portal's leaked subscription counts and prices)", "de", [
             "Wie der „Spiegelblick“ und golem.example berichten, ist das Meinungsportal FREIWORT Ziel eines gravierenden Datenlecks geworden. Etwa 4.200 Kundendatensätze sollen im Netz kursieren – mit Namen, Mailadressen, Postanschriften und IBAN-Nummern. Unter den Betroffenen finden sich offenbar auch einige bekannte Publizisten und ehemalige Abgeordnete. Interessant sind aber vor allem andere Details – vorausgesetzt, die Daten stimmen:",
             "",
             "Aus dem Leak lässt sich offenbar auch ablesen, wie viel FREIWORT mit Abonnements einnimmt. Danach haben 38 Kunden das Premium-Paket für 179 Euro im Jahr gebucht, das fast ohne Anzeigen auskommt. Für das kleinere „Leser“-Abo zu 89 Euro jährlich haben sich 412 Personen entschieden, weitere 190 überweisen pauschal 90 Euro pro Jahr. Hinzu kommen monatliche Beiträge von 7,99 Euro oder 8 Euro. (Quelle: Spiegelblick)",
             "",
             "Gemessen an der Bekanntheit des Portals ist das auffallend bescheiden – zumal FREIWORT über ein Budget in Millionenhöhe verfügt. Auch dazu nennt der „Spiegelblick“ Zahlen:",
             "",
             "„Das Angebot schreibt allen vorliegenden Zahlen nach bisher Verluste. Der Investor Reinhold Kastner hat einen zweistelligen Millionenbetrag in FREIWORT gesteckt. Laut Jahresabschluss 2023 wies die Betreibergesellschaft bei einer Bilanzsumme von gut 5,1 Millionen Euro einen Jahresfehlbetrag von 11,2 Millionen Euro aus, der das eingezahlte Kapital weitgehend aufzehrte.“",
             "",
             "Wie viel Geld die Werbung bringt, ist nicht bekannt. Aus eigener Erfahrung wissen wir aber: Reich wird man damit nicht, und die Lücke schließt sie erst recht nicht.",
             "",
             "Bemerkenswert an der Sache ist nicht das Leck selbst – Angriffe auf unbequeme Portale erleben inzwischen fast alle, auch wir.",
         ]),
    _neg("b62-actuouest-kerlavec-lyceens-collecte-neg",
         "Invented; modelled on Paris Parlez (TV-news rewrite: pupils collecting gifts for a family after a fire, quotes broken before the reporting verb)", "fr", [
             "- À Kerlavec (Finistère), tout un quartier s’est mobilisé pour soutenir une famille qui a tout perdu.",
             "- L’appartement qu’elle louait au rez-de-chaussée a été ravagé par les flammes le 9 janvier.",
             "- Des lycéens ont lancé une collecte d’objets et une cagnotte en ligne pour l’aider.",
             "Voir tout le dossier",
             "Le 20H",
             "Une belle histoire de solidarité. Dans le Finistère, des élèves d’un lycée ont pris les choses en main pour aider une famille dont le logement a brûlé la semaine dernière à Kerlavec, non loin de Quimperlé. Nos journalistes sont allés à leur rencontre.",
             "Il y a dix jours, Sandrine n’avait jamais croisé Mathéo. Quant à Inès, elle ne la connaissait que de vue. Ce midi, ils déjeunent ensemble. « Pour moi, ils sont de la famille maintenant. On les a comme adoptés, ce qu’ils ont fait pour nous, je ne sais même pas comment le dire »",
             ", confie la maman, la voix tremblante, dans le reportage diffusé en haut de cette page.",
             "En plein mois de janvier, un feu se déclare dans l’immeuble où vit la famille. Le début d’année vire au drame, jusqu’à ce que la directrice du lycée fréquenté par l’aînée, alertée par un professeur, écrive à tous les élèves. « Ce sont les jeunes qui ont tout pris en charge, ils ont monté ça avec un sérieux impressionnant »",
             ", explique Sandrine.",
             "Un soutien inespéré",
             "Sans attendre, Inès et Mathéo, 16 ans, réquisitionnent le foyer des élèves et organisent une grande collecte pour la famille de leur camarade Yasmina. « Le mardi à midi, on avait déjà des piles de pulls, de casseroles et de couvertures »",
             ", raconte Inès. Dès le surlendemain de l’incendie, les dons affluent : « des cartons de vêtements, de shampoings, de conserves. Jamais on n’aurait imaginé en recevoir autant. »",
         ]),
    _neg("b62-politvestnik-gromov-podpis-protiv-blokirovki-neg",
         "Invented; modelled on rsar.ru (party's petition against blocking a messenger, with sign-here links)", "ru", [
             "Громов открыл предвыборный сезон с правильной темы",
             "",
             "Партия «Завтра» и ее лидер Елизар Громов выступили против блокировки мессенджера Beam. Пожалуй, это ровно то, что по-настоящему тревожит обычных людей, а не чиновников и не диванных крикунов из обоих лагерей",
             "",
             "Каждый день Beam открывают десятки миллионов россиян, и отказываться от него они не собираются. Елизар Громов предложил две понятные меры, которые, по его мнению, помогут избежать истории, уже случившейся с другими сервисами и площадками.",
             "",
             "Во-первых, он предлагает собрать подписи через специального бота (https://petition.zavtra.example/bot), где любой желающий может высказаться против блокировки Beam. Так станет видно, сколько людей в стране пользуются мессенджером. Во-вторых, Громов и его однопартийцы призывают подписать обращение (https://petition.zavtra.example/bot) к основателям Beam с просьбой открыть в России официальный офис компании.",
             "",
             "Чем больше людей подпишется, тем громче прозвучит: Beam нужен стране.",
             "",
             "? Поставьте подпись (https://petition.zavtra.example/bot) против блокировки Beam",
             "",
             "? Подпишите (https://petition.zavtra.example/bot) обращение",
         ]),
]


BATCH62_DOCUMENTS = APPEALS + NEGATIVES
