"""Third batch of the development set, written last and scored before any change for it:
messier scraped widget text (amount buttons, forms, links) and articles that report on a
newsroom's appeal in the third person. Our own paraphrases; outlets noted.
"""

BATCH3_APPEALS = [
    ("Local nonprofit newsroom (donation widget)", "en", [
        "Support independent local news",
        "Choose an amount",
        "$5 | $10 | $25 | Other",
        "Monthly | Annually | One time",
        "Donate →",
    ]),
    ("Email-style appeal (battleground newsrooms)", "en", [
        "We set an ambitious goal this month: $25,000 to support our local newsrooms, and we are still about $10,000 short.",
        "We make all of our news free, with no subscriptions and no paywalls, because too many communities live in news deserts.",
        "But we can't keep the lights on without your support. Express donate: if your details are saved, your contribution is processed instantly.",
        "Thanks,",
        "The newsroom",
    ]),
    ("Newsletter sign-up box", "en", [
        "Get our morning briefing",
        "Enter your email address",
        "Sign up",
        "By signing up you agree to our terms of use and privacy policy.",
    ]),
    ("Paywall-light membership prompt", "en", [
        "You've read 3 of 5 free articles this month.",
        "Become a subscriber for unlimited access — just $1 for your first month.",
        "Already a subscriber? Log in",
    ]),
    ("Public media (German, voluntary)", "de", [
        "Gefällt Ihnen dieser Artikel?",
        "Dann unterstützen Sie unabhängigen Lokaljournalismus mit einem freiwilligen Beitrag. Schon 3 Euro helfen.",
        "Jetzt Beitrag leisten",
    ]),
    ("Exile media (Russian, warning to readers in Russia)", "ru", [
        "Поддержите нашу работу",
        "Если вы находитесь в России, пожалуйста, не делайте пожертвований — это может быть опасно. Если вы за границей, оформите ежемесячную подписку на поддержку редакции.",
        "Поддержать",
    ]),
    ("French regional weekly (subscription)", "fr", [
        "Cet article vous a été offert par la rédaction.",
        "Pour nous permettre de continuer à informer, abonnez-vous dès 1 € le premier mois.",
        "Je m'abonne",
    ]),
    ("Podcast network (listener support)", "en", [
        "This episode is brought to you by listeners like you.",
        "Join our community on Patreon for ad-free episodes and bonus interviews, starting at $3 a month.",
    ]),
]

BATCH3_NEGATIVES = [
    ("report-on-appeal", "en", [
        "Independent newsroom appeals for reader support as ad revenue falls",
        "A digital newsroom known for investigative reporting asked its readers on Tuesday to help sustain its work, saying advertising no longer covers its costs.",
        "The outlet's message says reader contributions are a lifeline for investigations and editorial independence.",
        "Readers are invited to contribute what they can, through one-time gifts or memberships, according to the statement.",
    ]),
    ("report-on-appeal", "de", [
        "Die Tageszeitung hat ihre Leserinnen und Leser um Unterstützung gebeten. In einem Aufruf auf der Website heißt es, ohne zusätzliche Abonnements sei die Lokalredaktion nicht zu halten.",
        "Der Verlag teilte mit, man brauche rund 2.000 neue Abos bis zum Jahresende.",
    ]),
    ("interview", "en", [
        "Q: How does the station pay for its reporting now?",
        "A: Mostly through members. We tell listeners every fund drive that we can't do this without them, and they respond.",
        "Q: Did the federal cuts change that?",
        "A: They made it urgent. We lost 12% of our budget overnight.",
    ]),
    ("charity-drive", "en", [
        "Donate blood this weekend: the regional blood service says stocks of type O are at their lowest level in three years.",
        "Donors can book an appointment online or walk in at the town hall on Saturday between 10 a.m. and 4 p.m., a spokeswoman said.",
    ]),
    ("campaign-finance", "ru", [
        "Кандидат в депутаты собрал на избирательный счет 4,5 миллиона рублей, сообщила избирательная комиссия.",
        "Крупнейшим жертвователем стала строительная компания, перечислившая миллион рублей.",
    ]),
    ("media-business", "fr", [
        "Le journal en ligne a franchi le cap des 200 000 abonnés, a annoncé sa direction mercredi.",
        "« Nos lecteurs sont notre seul actionnaire », a déclaré son directeur, qui exclut toute publicité.",
    ]),
]
