"""Eleventh batch: written by the third helper after the shipped learned scorer was trained
(never in its training data) and scored once, rules alone and with the scorer, before any change.
Our own texts, from our own knowledge of outlet types not covered before.
"""

BATCH11_APPEALS = [
    ("Rural US weekly (subscribe to keep the paper printing)", "en", [
        "Small-town papers are closing every week. Ours doesn't have to.",
        "A year of home delivery and full website access costs less than a tank of gas. Subscribe and keep your local paper printing.",
        "Subscribe",
    ]),
    ("Science explainer site (patron tiers)", "en", [
        "Like what you read here?",
        "We're funded by patrons, not ads. For $3 a month you get early access to new explainers; for $10 your name goes in the credits.",
        "See the tiers",
    ]),
    ("Data journalism nonprofit (transparency pitch)", "en", [
        "Independent data reporting isn't cheap to produce. We publish every dataset we use, free for anyone.",
        "If our charts helped you understand this story, consider becoming a sustaining member.",
    ]),
    ("Swiss French online daily (soutien)", "fr", [
        "Ce contenu vous a été utile ?",
        "Notre rédaction ne dépend d'aucun grand groupe. Pour préserver cette liberté, rejoignez nos membres dès 8 francs par mois.",
        "Je deviens membre",
    ]),
    ("German local blog-newsroom (Förderkreis)", "de", [
        "Lokaljournalismus braucht Rückhalt.",
        "Mit einem Beitrag im Förderkreis sorgen Sie dafür, dass wir weiter aus dem Rathaus und den Ortsteilen berichten können – schon ab 5 Euro im Monat.",
        "Förderer werden",
    ]),
    ("Russian-language Central Asian outlet (Russian)", "ru", [
        "Нас читают, потому что мы пишем то, о чём молчат другие.",
        "Чтобы оставаться независимыми, нам нужна ваша помощь. Поддержите нас разовым или регулярным взносом.",
        "Сделать взнос",
    ]),
    ("Audio documentary studio (listener drive)", "en", [
        "This episode was made possible by listeners.",
        "Our spring drive ends Friday. Become a member for $8 a month and get bonus episodes without ads.",
    ]),
    ("French regional investigative site (newsletter + don)", "fr", [
        "Recevez nos enquêtes chaque vendredi dans votre boîte mail : inscrivez-vous à notre lettre gratuite.",
        "Et si vous le pouvez, soutenez-nous par un don défiscalisé à 66 %.",
    ]),
    ("Magazine paywall (digital pass)", "en", [
        "You've read 3 of 3 free stories this month.",
        "Get the Digital Pass for $1 a week and read without limits. Cancel anytime.",
        "Get the Digital Pass",
        "Already have an account? Sign in",
    ]),
    ("German public-interest desk (Spendenaufruf, no amounts)", "de", [
        "Unsere Recherchen sind frei zugänglich und sollen es bleiben.",
        "Helfen Sie mit, dass das so bleibt, und unterstützen Sie unsere Arbeit mit einer Spende.",
    ]),
]

BATCH11_NEGATIVES = [
    ("newspaper-closure", "en", [
        "The 120-year-old weekly printed its final edition on Thursday after subscriptions fell below 2,000, its publisher said.",
        "Readers had raised $40,000 in a last-minute effort to save the paper, but it was not enough to cover printing costs.",
    ]),
    ("podcast-business", "en", [
        "The podcast studio said listener memberships now bring in more money than advertising.",
        "Members pay $8 a month for bonus episodes, according to the company's annual report.",
    ]),
    ("foerderverein", "de", [
        "Der Förderverein des Freibads hat in diesem Jahr rund 35.000 Euro an Spenden gesammelt, teilte der Vorsitzende mit.",
        "Mit dem Geld soll die Rutsche saniert werden.",
    ]),
    ("don-defiscalise", "fr", [
        "Les dons aux associations ouvrent droit à une réduction d'impôt de 66 %, rappelle l'administration fiscale.",
        "Le plafond est fixé à 20 % du revenu imposable, a précisé le ministère.",
    ]),
    ("ngo-fundraising-ru", "ru", [
        "Фонд помощи бездомным животным объявил сбор средств на новый вольер, сообщили в организации.",
        "По словам волонтёров, за первую неделю удалось собрать около половины нужной суммы.",
    ]),
]

BATCH11_ARTICLES = {
    "en-water": [
        "Boil-water notice lifted in three towns",
        "Residents of three towns can drink tap water again after tests found no trace of bacteria, the water authority said on Wednesday.",
        "The notice had been in place for five days after a main burst near the treatment plant.",
    ],
    "en-library": [
        "Library branch to reopen after roof repair",
        "The east-side library branch will reopen on Monday after a four-month closure to replace its leaking roof.",
        "Opening hours will be extended on Saturdays, the city said.",
    ],
    "de-markt": [
        "Wochenmarkt zieht auf den Kirchplatz",
        "Der Wochenmarkt zieht wegen Bauarbeiten ab April vorübergehend auf den Kirchplatz.",
        "Die Händler rechnen mit weniger Laufkundschaft, die Stadt will mit Schildern auf den neuen Standort hinweisen.",
    ],
    "fr-piste": [
        "Une nouvelle piste cyclable le long du canal",
        "La métropole a inauguré samedi une piste cyclable de huit kilomètres le long du canal.",
        "Les associations d'usagers saluent le projet, mais regrettent l'absence d'éclairage sur certains tronçons.",
    ],
    "ru-snow": [
        "Снегопад парализовал движение в городе",
        "Из-за сильного снегопада в городе образовались многокилометровые пробки, сообщили в ГИБДД.",
        "Коммунальные службы вывели на улицы всю технику. Снег, по прогнозам, будет идти до утра.",
    ],
}
