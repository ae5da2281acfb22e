"""Fourth batch: hard negatives only, written last and scored before any change for them.
Our own invented articles: service information on how to give, press-freedom reporting with
quoted newsroom pleas, newsroom announcements, and reader-addressed consumer journalism.
"""

BATCH4_NEGATIVES = [
    ("how-to-give", "en", [
        "A fundraiser for the family of the bus driver killed in Monday's crash had raised $48,000 by Wednesday evening.",
        "You can donate through the verified page linked on the transit union's website. Organisers ask people not to send cash to the depot.",
        "The union said all money would go to the driver's widow and three children.",
    ]),
    ("press-freedom", "en", [
        "Exiled Russian outlets are running out of money as readers inside Russia can no longer pay with their cards.",
        "\"We need your support more than ever. Without our readers we will not survive the year,\" the editor-in-chief of one Riga-based site said in a video message.",
        "Several outlets have cut salaries and closed offices. Media freedom groups have called on European governments to set up an emergency fund for independent journalism.",
    ]),
    ("press-freedom", "de", [
        "Unabhängige Medien im Exil kämpfen ums Überleben. Viele Redaktionen sind fast vollständig auf Spenden ihrer Leserinnen und Leser angewiesen.",
        "„Ohne Ihre Unterstützung können wir nicht weiterarbeiten“, heißt es in einem Aufruf, den die Chefredakteurin eines Exilmediums in dieser Woche veröffentlichte.",
        "Reporter ohne Grenzen fordert die Bundesregierung auf, einen Hilfsfonds einzurichten.",
    ]),
    ("newsroom-announcement", "en", [
        "The Courier is launching a weekly newsletter on local schools, edited by our education reporter, Ana Ruiz.",
        "The first issue goes out on Friday. Ruiz has covered the school board for six years and broke the story of the district's bus contract last spring.",
    ]),
    ("consumer", "en", [
        "Should you pay for a news subscription? We compared what six national papers charge and what you get for the money.",
        "Prices range from $4 to $25 a month. Most offer a cheap first year, then raise the price; you can usually cancel online, though two papers still require a phone call.",
        "Our advice: check whether your public library offers free digital access before you sign up.",
    ]),
    ("charity-event", "fr", [
        "La course solidaire organisée dimanche a permis de récolter 12 000 euros au profit de l'association des parents d'enfants malades.",
        "« Merci à tous les coureurs et à tous ceux qui ont fait un don », a déclaré l'organisatrice à l'arrivée.",
    ]),
    ("crowdfunding", "ru", [
        "Жители поселка собрали деньги на ремонт дороги к школе: за месяц на счет инициативной группы поступило 380 тысяч рублей.",
        "«Мы просили помочь кто сколько может, и откликнулись почти все», — рассказала одна из организаторов сбора.",
    ]),
    ("editorial", "en", [
        "Our view: the city should fund its libraries properly",
        "We have argued for years that the library budget is too small. This year's cuts would close two branches and end Sunday opening.",
        "The council should find the money. Residents who agree can tell their councillors at Thursday's budget meeting.",
    ]),
]
