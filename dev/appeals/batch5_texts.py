"""Fifth batch: long multi-paragraph appeals whose middle tells the outlet's story in the third
person, and appeals in capitals or with link arrows. Our own paraphrases; scored before any
change for them.
"""

BATCH5_APPEALS = [
    ("Investigative nonprofit (impact story in the middle)", "en", [
        "Dear reader,",
        "Investigations like the one you just read take months and cost a lot of money.",
        "Last year, a series by our partner newsroom revealed that a state prison had hidden dozens of deaths. Within a week the warden resigned.",
        "Two months later the legislature passed a law requiring independent autopsies.",
        "That is what reporting can do. But it only happens if readers pay for it. Will you make a gift today?",
        "Donate now",
    ]),
    ("Encyclopedia banner (capitals)", "en", [
        "DEAR READERS: PLEASE DON'T SKIP THIS.",
        "WE ARE A SMALL NON-PROFIT. WE DON'T RUN ADS. IF EVERYONE READING THIS GAVE $2, WE COULD KEEP THE SITE ONLINE FOR ANOTHER YEAR.",
        "GIVE $2 →",
    ]),
    ("German regional daily (digital subscription)", "de", [
        "Sie möchten weiterlesen?",
        "Mit unserem Digitalabo lesen Sie alle Artikel auf unserer Website und in der App. Jetzt 4 Wochen für 0,99 € testen.",
        "Jetzt testen →",
    ]),
    ("French investigative site (long appeal)", "fr", [
        "Chère lectrice, cher lecteur,",
        "Cette enquête nous a pris six mois de travail.",
        "L'an dernier, une série publiée par notre équipe a conduit à l'ouverture d'une information judiciaire. Le ministre concerné a démissionné.",
        "Sans publicité et sans actionnaire, nous ne dépendons que de vous. Faites un don, même modeste : il est déductible à 66 % de vos impôts.",
    ]),
    ("Russian exile outlet (VPN reminder + support)", "ru", [
        "Сайт заблокирован в России? Пользуйтесь VPN или нашим зеркалом.",
        "Мы продолжаем работать только благодаря вам. Поддержите редакцию — даже 5 евро в месяц помогают нам оставаться независимыми.",
    ]),
]
