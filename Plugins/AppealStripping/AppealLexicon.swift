/// The built-in phrases, by cue, for English, German, French and Russian (Ukrainian: ``ukrainianPhrases``).
///
/// Phrases are matched lowercased at word starts; a trailing `*` allows any word ending
/// (see ``PhraseMatcher``). A single phrase never decides anything: lines are scored from all
/// their cues and blocks of lines are judged together (see ``AppealBlockFinder``).
enum AppealLexicon {
    static let action: [String] = [
        // English
        "donate*", "make a donation", "make a contribution", "make a gift", "make a one-time", "give now",
        "give today", "give monthly", "support us", "support our*", "support independent*", "support quality*",
        "support the work", "support this work", "support journalism", "support local journalism",
        "support public*", "support nonprofit*", "become a member", "become a supporter", "become a patron",
        "become a subscriber", "become a sustaining", "become a friend of", "join us", "join today", "join now",
        "join our*", "subscribe", "subscribe now", "subscribe today", "subscribe to our", "sign up", "sign-up",
        "chip in", "pitch in", "contribute*", "please consider", "consider supporting", "consider making",
        "consider becoming", "consider a", "consider donating", "please support", "please donate", "please give",
        "help us", "help keep", "help fund", "help sustain", "keep us going", "stand with us", "renew your*",
        "upgrade your*", "get unlimited access", "start your subscription", "start a subscription",
        "support now", "support today", "give what you can", "donate what you can", "donate today", "donate now",
        "support us today", "become a member today", "join the thousands", "sign up today",
        "to continue reading", "subscribe to continue", "weiterlesen", "jetzt testen", "jetzt lesen",
        "sign me up", "count me in", "yes, i'll", "i'll join", "i'll give", "i'll support", "give once", "give monthly",
        "create a free account", "create an account", "register for free", "register now", "keep reading for free",
        "unlock unlimited", "unlock full access",
        "buy me a coffee", "support my*", "tip jar", "join for", "join from", "give a gift", "give the gift of",
        "gift a subscription", "double my*", "double your gift",
        "for subscribers only", "subscribers only", "exclusive to subscribers", "reserved for subscribers",
        "start your monthly", "start your membership", "start your gift", "see subscription options", "to keep reading",
        // German
        "jetzt spenden", "spenden sie", "spende*", "unterstützen sie", "unterstütze*", "jetzt unterstützen",
        "mitglied werden", "werden sie mitglied", "werde mitglied", "werden sie förder*", "journalismus unterstützen",
        "redaktion unterstützen", "abonnieren", "jetzt abonnieren",
        "abonniere*", "melden sie sich", "jetzt anmelden", "fördermitglied*", "förderer werden",
        "helfen sie uns", "hilf uns", "jetzt mitmachen", "zahlen sie", "jetzt zahlen", "abo abschließen",
        "jetzt abschließen", "gib was du kannst", "uns helfen", "uns unterstützen", "unterstützen sie uns",
        "registrieren sie sich", "jetzt registrieren", "kostenlos registrieren", "lesen sie weiter", "zum abo",
        "abo lösen", "ein abo", "jetzt abo", "jahresabo*", "monatsabo*",
        "abonnenten vorbehalten", "abonnentinnen und abonnenten vorbehalten", "nur für abonnenten", "weiterlesen mit",
        // French
        "faites un don", "faire un don", "je fais un don", "je donne", "soutenez*", "soutenir*",
        "abonnez-vous", "je m'abonne", "s'abonner", "devenez membre", "devenez abonné*", "adhérez",
        "inscrivez-vous", "aidez-nous", "contribuez", "participez", "je soutiens", "donnez",
        "créez un compte", "créer un compte", "devenez coopérat*", "je deviens", "devenez donateur*",
        "réservé aux abonnés", "réservée aux abonnés", "réservé à nos abonnés", "la suite est réservée",
        "pour lire la suite", "il vous reste",
        // Russian
        "поддержите", "поддержать", "поддержи", "пожертвова*", "пожертвуй*", "задонат*", "донат*",
        "оформить подписку", "оформите подписку", "подпишитесь", "подписывайтесь", "подписаться",
        "станьте", "стань", "помогите", "помочь нам", "помоги нам", "внести вклад", "сделайте вклад",
        "зарегистрируйтесь", "разовый взнос", "разовым переводом", "поддержать команду", "поддержать редакцию",
        "только для подписчиков", "доступно подписчикам", "присоединяйтесь", "вступить в клуб", "вступайте",
        "помочь редакции", "поддерживайте", "чтобы читать дальше", "чтобы продолжить чтение",
        // Ukrainian ("Підтримайте <outlet>", "Підпишіться на наш канал", "Задонатьте").
        "підтримайте", "підтримати", "підтримай", "підпишіться", "підписуйтесь", "підписуйтеся", "підписатися", "долучайтеся",
        // The familiar form some outlets use ("Підписуйся на наш канал", like the Russian "Подпишись").
        "підписуйся", "підпишись", "долучайся", "приєднуйся",
        "долучайтесь", "задонатьте", "пожертвуйте", "зробіть внесок", "допоможіть", "допомогти",
        // Word families: join, try, become part of, help (RU infinitive buttons).
        "rejoignez*", "rejoindre", "essayez notre", "essayez gratuitement", "gratis testen", "kostenlos testen",
        "werden sie teil", "werden auch sie teil", "werde teil", "become part of", "помочь",
        "сделать взнос", "сделайте взнос", "unlock this", "unlock the full", "unlock access", "chipped in",
        "boost канала", "boost the channel", "забустить канал", "бустаните канал",
        "buy us a coffee", "buy our team a coffee", "buying us a coffee", "recevez notre", "je m'inscris",
        "anteile zeichnen", "anteil zeichnen", "go ad-free", "donner",
        // Gift subscriptions ("Verschenken Sie ein Abo", "Offrez un abonnement", "Подарите подписку").
        "verschenken sie", "abo verschenken", "offrez un abonnement", "offrir un abonnement", "подарите подписку",
        "подарить подписку",
        // A tip for the writers ("Laissez un pourboire", "Trinkgeld geben").
        "leave a tip", "laissez un pourboire", "trinkgeld", "оставьте чаевые",
        // Readers who pay, in German ("von Leserinnen und Lesern finanziert") and its call ("Machen Sie mit").
        "machen sie mit",
    ]

    /// Phrases of the newsroom's voice that plead with the reader ("we count on you", "your gift",
    /// "if you can"): part of ``voice``; beside "you" the sentence asks (``AppealStripper/asks(_:)``).
    static let pleas: [String] = [
        "we rely on", "we depend on", "we need your", "we need you", "we can't do", "we cannot do",
        "can't do it without", "cannot do this without", "with your help", "small favour to ask",
        "small favor to ask", "favour to ask", "favor to ask", "since you're here", "while you're here",
        // The same opening in other languages ("nous avons une faveur à vous demander", "Puisque vous êtes ici…").
        "faveur à vous demander", "service à vous demander", "puisque vous êtes ici", "einen kleinen gefallen",
        "eine kleine bitte", "da sie schon hier sind", "небольшая просьба", "раз уж вы здесь",
        "if you value", "if you like what", "if you appreciate", "if you enjoyed",
        "if you found this", "if you can", "if you are able", "if you're able", "you can help", "can you help",
        "will you help", "will you join", "can you chip", "your support", "your contribution", "your donation",
        "your gift", "your generosity", "your help", "your membership", "every contribution", "any contribution",
        "every donation", "every dollar", "every gift", "no matter how small", "big or small", "match your",
        "double your", "of any size", "any amount", "ad blocker", "adblocker", "ad-blocker", "allowing ads",
        "allow ads", "enabling ads", "let ads", "letting ads", "let advertisements", "let advertising", "werbung zulassen", "werbeblocker", "autorisant la publicité",
        "autoriser la publicité", "разрешите рекламу", "ihre unterstützung", "ihr beitrag", "ihre spende",
        "ihren beitrag", "deine unterstützung", "dein beitrag", "wir sind auf", "sind wir auf", "angewiesen",
        "mit ihrer hilfe", "ihre hilfe", "mit ihrer unterstützung", "zählen wir auf sie", "wir zählen auf sie", "jeder beitrag", "auch kleine beträge",
        "wenn sie können", "wenn ihnen", "noch so klein", "eure spende", "eure unterstützung", "eurer unterstützung",
        "beliebigen betrag", "von leserinnen und lesern finanziert", "von lesern finanziert", "leserfinanziert*",
        "votre soutien", "votre aide", "votre don", "votre contribution", "vos dons",
        "nous avons besoin", "chaque don", "quel que soit le montant", "si vous le pouvez", "si vous en avez les moyens",
        "votre appui", "n'importe quel montant", "ваша поддержка", "вашей поддержки", "вашу поддержку", "ваш вклад",
        "без вашей помощи", "с вашей помощью", "ваша помощь", "вашей помощи", "вашу помощь", "без вашей поддержки",
        "мы нуждаемся", "нам нужна", "нам нужен", "благодаря таким читателям", "будет удвоен*",
        "каждое пожертвование", "любая сумма", "даже небольшая", "даже небольшое", "любую сумму",
        // Without the reader's gifts the work stops ("Without your donations we cannot continue our work.").
        "your donations", "your contributions", "your gifts", "without your support", "without your help",
        // Thanks to the members who pay for the work, and the call to join them ("Become one of them.").
        "make our journalism possible", "rendent notre journalisme possible", "become one of them", "devenez l'un d'eux",
        "without your donations", "we cannot continue", "we can't continue", "sans vos dons", "sans votre soutien",
        "sans votre aide", "ohne ihre unterstützung", "ohne ihre spenden", "ohne ihre hilfe", "без ваших пожертвований",
        "не сможем продолжать",
    ]

    static let voice: [String] = [
        // English
        "our journalism", "our reporting", "our work", "our newsroom", "our journalists", "our reporters",
        "our mission", "our independence", "our coverage", "our website", "our site", "our podcast", "our team",
        "our readers", "our members", "our supporters", "our donors", "independent journalism", "independent media",
        "independent news", "quality journalism", "public-interest journalism", "public interest journalism",
        "fact-based journalism", "trusted journalism", "journalism you", "journalism that", "nonprofit newsroom",
        "non-profit newsroom", "nonprofit news", "readers like you", "listeners like you", "viewers like you",
        "people like you", "supporters like you", "reader-funded", "reader funded", "reader-supported",
        "reader supported", "listener-supported", "member-supported", "funded by readers", "funded by our readers",
        "supported by readers", "funded by listeners", "funded by viewers", "funded by members", "funded by you",
        "funded by its readers", "possible by listeners", "possible by readers", "possible by viewers",
        "possible by members", "possible by you", "paid for by readers", "paid for by listeners",
        "supported by listeners", "supported by viewers", "whitelist our", "our crowdfund*", "our fundraiser",
        "our fundraising", "our appeal", "our campaign to", "my newsletter", "my work", "my reporting",
        "will be doubled", "will be matched", "matching gift", "monthly gift", "sustaining member*",
        "creative commons", "may republish", "republish this", "free to republish", "клуб читателей", "члены клуба",
        "club de lecteurs", "frei lesbar", "frei zugänglich bleiben", "grâce à ses lect*", "пока вы нас читаете",
        "your subscription", "each contribution", "however big or small", "large or small", "free to read",
        "free for everyone", "free for all", "free and open", "open to all", "keep it free", "no paywall",
        "without a paywall", "behind a paywall", "paywall", "only with your help", "a small favour", "a small favor",
        "before you go", "before you scroll", "before you move on", "thank you for reading", "thanks for reading",
        "thank you for your support", "thank you for standing", "tax-deductible", "tax deductible", "in your inbox",
        "to your inbox", "non-profit", "nonprofit", "not-for-profit", "please don't skip", "please don't scroll",
        "gemeinnützig*", "à but non lucratif", "некоммерческ*",
        // The medium speaking of itself.
        "this site", "this website", "this newspaper", "this magazine", "this podcast", "this show", "this station",
        "this publication", "this newsletter", "dieses magazin", "diese zeitung", "diese website", "dieses medium",
        "diese seite", "ce journal", "ce site", "ce média", "ce magazine", "этот сайт", "это издание", "этот проект",
        "powered by readers", "powered by you", "powered by our", "ad-free", "no ads", "without ads",
        "without advertising", "werbefrei", "ohne werbung", "благодаря читателям", "благодаря вам", "без рекламы",
        // German
        "unseren journalismus", "unser journalismus", "unabhängigen journalismus", "unabhängiger journalismus",
        "unabhängige berichterstattung", "unabhängigen journalismus", "unsere arbeit", "unsere redaktion",
        "unsere berichterstattung", "unsere recherchen", "leserinnen und leser wie sie", "leser wie sie",
        "ohne bezahlschranke", "keine bezahlschranke", "frei zugänglich", "für alle zugänglich", "für alle frei",
        "dank ihrer", "qualitätsjournalismus", "in ihrem postfach", "unsere unabhängigkeit", "unsere leserinnen",
        "unseren leserinnen", "unsere abonnent*", "ohne werbung",
        // French
        "notre journalisme", "notre travail", "notre rédaction", "notre indépendance", "nos journalistes",
        "journalisme indépendant", "média indépendant", "médias indépendants", "presse indépendante",
        "information indépendante", "lecteurs comme vous", "lectrices et lecteurs", "sans publicité", "accès libre",
        "en accès libre", "grâce à vous", "grâce à vos dons", "grâce à votre", "sans actionnaire", "sans pub",
        "sans patron", "nous comptons sur vous", "reçu fiscal", "bloqueur de publicit*",
        // Russian
        "нашу работу", "наша работа", "нашей работы", "нашу журналистику", "независимую журналистику",
        "независимой журналистики", "независимых журналистов", "независимые сми", "независимое издание",
        "независимых сми", "наша редакция", "нашей редакции", "нашим журналистам", "нам важна", "наши читатели",
        "нашим читателям", "наших читателей", "поддержите редакцию", "поддержите нас", "наше издание",
        "без платной подписки", "спасибо, что вы с нами", "readers fund*", "readers pay for", "members fund*",
        "members pay for", "leser finanzieren", "lecteurs financent", "free stories", "free articles",
        "lesen sie uns", "articles gratuits", "бесплатных материал*", "relies on donations", "relies on readers",
        "relies on the support", "depends on readers", "depends on donations", "relies on its readers",
        "vit de ses lecteurs", "живем на пожертвования",
        // Ukrainian.
        "нашу роботу", "незалежну журналістику", "незалежної журналістики", "незалежні медіа", "наша редакція",
        "нашої редакції", "ваша підтримка", "вашої підтримки", "вашу підтримку", "з вашою допомогою",
    ] + pleas

    static let header: [String] = [
        "dear readers", "dear reader", "dear friends", "dear listeners", "hi reader", "hello reader", "a message from", "a note from",
        "a note to readers", "a letter from", "message from the editor", "from the editor", "why we",
        "enjoyed this", "enjoy this article", "did you enjoy", "like what you read", "liked this article", "like what you're reading",
        "gefällt ihnen", "vous avez aimé", "вам понравил*",
        "editor's note", "editors' note", "note to readers", "an important message", "message to our readers",
        // A paywall prompt opens like a header: the article is reserved for subscribers.
        "subscribers only", "for subscribers only", "exclusive to subscribers", "reserved for subscribers",
        "abonnenten vorbehalten", "nur für abonnenten", "réservé aux abonnés", "réservée aux abonnés",
        "réservé à nos abonnés", "только для подписчиков", "доступно подписчикам",
        "lieber leser", "liebe leserinnen und leser", "membership drive",
        "support us", "support independent", "liebe leserinnen", "liebe leser", "liebe leserin",
        "in eigener sache", "eine bitte", "chers lecteurs", "chères lectrices", "chère lectrice",
        "cher lecteur", "un message de", "chers amis", "дорогие читатели", "уважаемые читатели",
        "дорогой читатель", "дорогие друзья",
        // A bare "обращение" is also a citizens' petition an article reports: only the newsroom's address heads an appeal.
        "обращение редакции", "обращение к читателям", "обращение к нашим читателям", "обращение главного редактора",
        // A metered paywall opens by counting the reader's free articles.
        "you've read", "you have read", "vous avez lu", "вы прочитали",
        "was this article helpful", "was this story helpful", "was this helpful", "found this useful",
        // "Why is this article free?": the outlet explains who pays for it.
        "why is this article", "why is this story", "why is this free", "why is this site", "why this article is free", "warum ist dieser artikel", "pourquoi cet article",
        "want the latest", "want more stories", "like this story", "like this article", "hat ihnen dieser artikel gefallen",
        "понравился материал", "понравилась статья", "понравился текст", "понравилась ли вам",
    ]

    static let payment: [String] = [
        "monthly", "per month", "a month", "every month", "one-time", "one-off", "one time", "annually",
        "annual", "recurring", "credit card", "debit card", "paypal", "bank transfer", "apple pay",
        "google pay", "upi", "net banking", "netbanking", "bitcoin", "crypto*", "iban", "just $", "from just", "starting from", "starting at",
        "as little as", "only $", "cancel anytime", "cancel at any time", "membership", "subscription",
        "patreon", "per year", "per week", "newsletter", "unsubscribe at any time",
        "/month", "/mo", "/year", "once-off", "no spam", "your email", "unsubscribe",
        "already have an account", "log in", "sign in", "im jahr", "pro jahr", "bereits ein konto", "anmelden",
        "déjà abonné*", "se connecter", "войти", "уже есть аккаунт",
        "unlimited access", "full access", "premium", "crowdfunder",
        "ko-fi", "steady-", "über steady", "on steady", "tipeee", "boosty", "liberapay", "gift subscription*", "kronor", "kroner",
        "sustainer*", "résiliable", "sans engagement", "accès illimité",
        "free trial", "kostenlos testen", "essai gratuit", "пробный период", "digitalabo*", "probeabo*",
        "continue reading", "keep reading", "lire la suite", "читать дальше", "vpn", "зеркал*",
        "email address", "e-mail address", "enter your email", "privacy policy", "by signing up", "by subscribing",
        "already a member", "already a subscriber", "already subscribed", "e-mail-adresse", "datenschutzerklärung",
        "adresse e-mail", "votre e-mail", "politique de confidentialité", "электронной почты", "e-mail",
        "monatlich", "pro monat", "im monat", "einmalig", "jährlich", "lastschrift", "überweisung",
        "kreditkarte", "steuerlich absetzbar", "abo", "abos", "abonnement*", "spendenkonto", "spendenquittung", "kündbar", "jederzeit kündbar",
        "beitrag zahlen", "freiwillig*",
        "par mois", "mensuel*", "ponctuel*", "défiscalis*", "déductible", "réduction d'impôt", "carte bancaire",
        "ежемесячн*", "в месяц", "разово", "разовое", "разовый", "банковской карт*", "карты", "криптовалют*",
        "рублей", "подписк*", "гривень", "грн", "щомісячн*", "підписк*",
        "without limits", "gratis*", "kostenlos*", "unverbindlich*", "schon ab", "bereits ab", "zahlbar*",
        "pro woche", "par semaine", "в неделю", "premier mois", "first month", "le premier mois",
        // Buttons that lead to the offer ("Learn more"), and contribution words.
        "learn more", "find out more", "mehr erfahren", "en savoir plus", "подробнее", "взнос*", "zum angebot",
        "see offers", "see our offers", "voir les offres", "découvrez nos offres", "к предложению",
        "every weekday", "every morning", "delivered free", "straight to your", "jeden morgen", "chaque matin", "каждое утро",
        "anteil*", "zeichnen", "join for",
        // Word families of giving and signing up, weak on their own.
        "donation*", "email", "enter email", "by email", "spendenbetrag", "пожертвовани*", "un don", "des dons", "d'un don",
    ]

    static let signoff: [String] = [
        "thank you", "thanks", "with gratitude", "the team", "editor-in-chief", "editor in chief", "the editors",
        "sincerely", "best regards", "warm regards", "vielen dank", "danke", "ihre redaktion", "herzlichen dank",
        "das team", "merci", "la rédaction", "l'équipe", "спасибо", "благодарим", "редакция", "команда",
    ]

    static let reporting: [String] = [
        "said", "says", "say", "told", "according to", "reported", "announced", "stated", "explained", "added",
        "spokesperson", "spokesman", "spokeswoman", "urged", "urging", "warned", "claimed", "wrote",
        "argued", "shouted", "insisted", "noted", "replied", "tweeted", "posted", "recalled", "testified",
        "sagte", "sagt", "erklärte", "teilte", "berichtet*", "laut", "zufolge", "betonte", "kündigte",
        "nach eigener darstellung", "nach eigenen angaben",
        "forderte", "fordert", "heißt es", "hieß es", "es hieß", "appellierte", "schrieb", "a déclaré", "a dit", "a affirmé", "selon", "a indiqué", "a expliqué", "a annoncé",
        "a-t-il", "a-t-elle", "déclare", "заявил*", "сказал*", "сообщил*", "по словам", "по данным",
        "отметил*", "рассказал*", "передает", "пишет", "призвал*",
        // Present-tense reports about others' fund drives ("ils appellent aux dons", "l'équipe insiste").
        "appellent", "avertit", "insiste", "souligne", "warnt", "betont",
        // Guests on a show or podcast ("two researchers join us to talk it through"): named people,
        // not the reader, join; the episode is described, nobody is asked to act.
        "join us to talk", "join us to discuss", "join us to explain", "join us to unpack", "joins us to",
        "join us in the studio", "joins us in the studio", "sind zu gast", "ist zu gast", "nous rejoignent pour",
        "nous rejoint pour", "у нас в гостях", "в гостях у",
    ]

    static let thirdParty: [String] = [
        "donors", "the charity", "the foundation", "the organisation", "the organization", "the campaign",
        "his campaign", "her campaign", "its campaign", "their campaign", "its crowdfunding", "their crowdfunding",
        "sa campagne", "leur campagne", "sa cagnotte", "leur cagnotte", "seine kampagne", "seine spendenkampagne",
        "его кампани*", "их кампани*", "fec", "super pac", "pac", "lawmaker*", "senator", "candidate*",
        "the company", "the group", "police", "court", "prosecutor*", "million", "billion", "fundrais*",
        "spender", "stiftung", "partei", "millionen", "milliarden", "la fondation", "l'association", "millions",
        "milliards", "фонд", "миллион*", "миллиард*", "партии",
        // Members of an institution are not the outlet's members ("Board members voted …").
        "board members", "council members", "committee members", "cabinet members", "party members",
        "family members", "members of parliament", "members of congress", "members of the board",
        "members of the council", "vorstandsmitglied*", "ratsmitglied*", "parteimitglied*",
        "familienmitglied*", "membres du conseil", "membres du bureau", "membres du gouvernement",
        "membres de la famille", "члены совета", "члены комиссии", "члены правления", "члены семьи",
    ]

    static let newsroom: [String] = [
        "journalism", "journalist*", "reporting", "reporter*", "newsroom", "news", "stories", "story", "coverage",
        "newsletter*", "subscribe*", "subscription*", "subscriber*", "member*", "paywall", "ads", "advertis*",
        "readers", "reader", "listeners", "viewers", "site", "website", "wikipedia", "encyclopedia", "station",
        "podcast", "magazine", "newspaper", "media", "press", "independent", "investigat*", "editor*", "articles",
        "public radio", "broadcast*", "briefing", "digest", "edition", "inbox", "episode*", "unsubscribe*", "fact-check*", "factcheck*",
        "faktencheck*", "fakten-check*", "fact-checking", "vérification des faits", "фактчек*",
        "redaktion", "journalismus", "journalist*", "recherche*", "artikel", "zeitung", "medien", "medium",
        "leser*", "abo", "abos", "abonnement*", "mitglied*", "werbe*", "berichterstattung", "nachrichten", "unabhängig*",
        "rédaction", "journalisme", "journaliste*", "média*", "presse", "lecteur*", "lectrice*", "enquête*",
        "abonn*", "journal", "indépendan*", "articles", "publicité", "publicitaire*",
        "редакци*", "журналист*", "издани*", "сми", "читател*", "расследовани*", "подписк*", "подписчик*", "медиа",
        "независим*", "зрител*", "эфир*", "статьи", "сайт*", "реклам*", "тексты", "текстов",
        "редакці*", "журналіст*", "новин*", "читач*", "незалежн*", "медіа", "видання", "передплат*", "підписник*",
        // German compounds by their last part ("Lokaljournalismus", "Stadtredaktion", "Tageszeitung").
        "*journalismus", "*redaktion", "*zeitung", "*journalist*",
        "paper", "papers", "ausgabe*", "genossenschaft*", "förderkreis*", "membre*", "adhérent*", "подписчик*",
        "article", "новост*", "канал*", "actualité*", "actu", "infos",
        "ad-free", "miteigentümer*",
        "author", "autor*", "auteur*", "автор*",
    ]

    static let beneficiary: [String] = [
        "food bank*", "foodbank*", "charity", "charities", "victims", "survivors", "red cross", "shelter*",
        "hospital*", "refugees", "families", "flood*", "earthquake*", "relief", "the fund",
        "hilfsorganisation*", "erdbebenopfer*", "flutopfer*", "hochwasseropfer*", "opfer", "tafel",
        "katastrophengebiet*", "betroffene*", "geflüchtete*", "spendensiegel",
        "victimes", "sinistrés", "restos du cœur", "sans-abri", "réfugiés", "association humanitaire",
        "пострадавши*", "беженц*", "фонд*", "приют*", "больниц*",
        // Charities whose calls the news passes on every season (the Salvation Army's kettles, the Red Cross).
        "salvation army", "heilsarmee", "armée du salut", "армия спасения", "армии спасения", "unicef", "caritas",
        "diakonie", "croix-rouge", "rotes kreuz", "roten kreuz", "красный крест", "красного креста",
    ]

    /// Every built-in phrase with its cue.
    static var phrases: [(String, AppealCue)] {
        action.map { ($0, .action) } + voice.map { ($0, .voice) } + header.map { ($0, .header) }
            + payment.map { ($0, .payment) } + signoff.map { ($0, .signoff) }
            + reporting.map { ($0, .reporting) } + thirdParty.map { ($0, .thirdParty) }
            + newsroom.map { ($0, .newsroom) } + beneficiary.map { ($0, .beneficiary) } + familyPhrases + ukrainianPhrases
    }

    /// The pronouns, matched as whole words.
    static var pronouns: [(String, AppealCue)] {
        firstPlural.sorted().map { ($0, .firstPlural) } + secondPerson.sorted().map { ($0, .secondPerson) }
            + [("du", .du)] + frenchWords.sorted().map { ($0, .frenchWord) }
    }

    /// Verbs that open a call to act (lowercased first words): a short sentence starting with one
    /// right after an appeal is its button ("Become a builder today.", "Jetzt testen").
    static let callVerbs: Set<String> = [
        "support", "donate", "give", "subscribe", "join", "become", "help", "get", "choose", "pick", "start", "claim",
        "try", "unlock", "sign", "register", "back", "chip", "contribute", "renew", "upgrade", "gift", "pledge", "tip",
        "buy", "recevez", "go", "donner",
        "unterstützen", "unterstütze", "spenden", "spende", "abonnieren", "abonniere", "testen", "sichern", "hol",
        "holen", "schenken", "registrieren", "werde",
        "soutenez", "soutenir", "abonnez", "rejoignez", "devenez", "faites", "donnez", "essayez", "profitez", "aidez",
        "participez", "inscrivez", "je",
        "поддержите", "поддержать", "подпишитесь", "подписаться", "помогите", "помочь", "станьте", "стать", "оформите",
        "оформить", "присоединяйтесь", "сделайте", "сделать", "войдите", "зарегистрируйтесь", "поддерживайте",
        // The familiar imperative some outlets use ("Поддержи <outlet>", "Подпишись").
        "поддержи", "помоги", "подпишись", "подписывайся", "подписывайтесь", "стань", "присоединяйся",
        // Ukrainian.
        "підтримайте", "підтримай", "підпишіться", "підписуйтесь", "підписуйтеся", "долучайтеся", "долучайтесь", "допоможіть", "допомогти",
        "оформіть", "оформити", "передплатіть", "зробіть", "приєднуйтеся", "приєднуйтесь", "долучіться", "зареєструйтеся",
        "увійдіть", "підтримуйте",
        // The familiar form.
        "підписуйся", "підпишись", "долучайся", "приєднуйся", "допоможи",
    ]

    /// Short words that never end a headline or a button: articles, prepositions, conjunctions
    /// (lowercased). A capital after them starts a noun or a name, not the next headline.
    static let joiningWords: Set<String> = [
        "the", "a", "an", "of", "to", "for", "in", "on", "at", "by", "with", "and", "or", "from", "your", "our", "my", "per", "via",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "von",
        "für", "mit", "im", "zu", "zum", "zur", "auf", "unserer", "unseren", "unsere", "ihre", "ihren",
        "kein", "keine", "keinen", "keinem", "keiner", "dieser", "diese", "diesem", "dieses", "jede", "jeden", "jedem",
        "jeder", "mein", "meine", "meinen", "sein", "seine", "seinen", "unser", "eure", "euren", "deine", "deinen", "diesen", "alle", "allen",
        "le", "la", "les", "un", "une", "du", "de", "et", "à", "au", "aux", "pour", "sur", "notre", "nos", "votre",
        "в", "на", "и", "с", "по", "для", "о", "к", "от", "нашу", "наш", "вашу",
        // Determiners that always lead into a noun ("Every Saturday", "Chaque samedi").
        "every", "each", "their", "its", "jedes", "chaque", "cette", "ces", "каждый", "каждую", "каждое", "каждого",
    ]

    /// French function words, which tell French "du" ("of the") from German "du" ("you").
    static let frenchWords: Set<String> = [
        "le", "la", "les", "une", "et", "est",
    ]

    /// First-person plural words (the newsroom's "we").
    static let firstPlural: Set<String> = [
        "we", "our", "us", "ours", "we're", "we've", "we'll", "we'd", "wir", "unser", "unsere", "unseren", "unserem",
        "unserer", "unseres", "uns", "nous", "notre", "nos", "мы", "наш", "наша", "наше", "наши", "нашу",
        "нашей", "нашего", "нашим", "нас", "нам", "нами",
        // Ukrainian.
        "ми", "наші", "нашої", "нашій", "нашого", "нашому", "нашою", "наших", "нашими",
    ]

    /// Second-person words (the reader), lowercased; German formal forms are checked with case,
    /// German "du" only in lines without French function words.
    static let secondPerson: Set<String> = [
        "you", "your", "yours", "you're", "you've", "you'll", "you'd", "dich", "dir", "dein", "deine", "deinen",
        "vous", "votre", "vos", "toi", "euch", "eure", "eurer", "euer", "euren", "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашей", "вашу",
        "вашего", "вами",
        // Ukrainian.
        "ви", "ваші", "вашої", "вашій", "вашого", "вашому", "вашою", "вашим", "ваших",
    ]
}
