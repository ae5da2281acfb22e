"""Article texts for the appeal development set: our own invented news paragraphs.

Each article is a list of paragraphs (one per line in the assembled document).
"""

ARTICLES = {
    "en-ferry": [
        "Harbour council votes to close ferry terminal",
        "The harbour council voted seven to four on Tuesday to close the old ferry terminal at the end of next year, ending more than a century of crossings from the north quay.",
        "Council member Ruth Okafor said the building had cost more to heat last winter than it earned in ticket fees, and that repairs to the pier would take most of the transport budget.",
        "Opponents argued that the terminal is the only link for about 300 islanders who commute to the mainland. \"You are cutting us off,\" one resident shouted from the gallery before the vote.",
        "The council plans a public consultation in the spring on a new use for the site, which could include housing, a market hall or a small marina.",
    ],
    "en-drought": [
        "Farmers in the river valley began rationing water this week after the driest summer in forty years left reservoirs at a quarter of their usual level.",
        "The regional water authority said irrigation licences would be cut by half until October, and that households should expect lower pressure in the evenings.",
        "Maize and sugar beet have been hit hardest. Agronomist Tomas Berg estimated that yields in the lower valley could fall by a third compared with last year.",
        "Some growers have started drilling new wells, but the authority warned that groundwater levels are also falling and that unlicensed drilling would be fined.",
    ],
    "en-kremlin": [
        "The Kremlin on Thursday denied reports that Russian and Ukrainian officials had met in Istanbul to discuss a prisoner exchange, calling the claims \"pure speculation.\"",
        "A spokesman for the Ukrainian presidency declined to comment, but two people familiar with the talks said a delegation had spent two days in the city.",
        "Previous exchanges have been brokered by Turkey and the United Arab Emirates. The last one, in August, returned 115 soldiers to each side.",
        "Analysts say both governments have reasons to keep such contacts quiet. Any sign of negotiation is sensitive at home, where leaders have promised to fight until victory.",
        "Moscow has repeatedly said it is open to talks while insisting that its territorial demands are not up for discussion.",
    ],
    "en-hospital": [
        "Nurses at St Anne's hospital will strike for 48 hours next week after talks over staffing levels broke down on Friday.",
        "The union said wards were routinely running with two nurses for thirty patients at night, well below the ratio the hospital agreed to three years ago.",
        "Hospital management said it had hired 60 nurses since January and that agency staff would cover emergency care during the strike.",
        "Patients with planned operations on the strike days will be contacted by phone, a hospital spokeswoman said.",
    ],
    "en-election": [
        "Voters in the coastal district go to the polls on Sunday in a by-election triggered by the resignation of the sitting member over an expenses scandal.",
        "Polls suggest a close race between the governing party's candidate, a former headteacher, and an independent who has campaigned against a planned motorway.",
        "Turnout in by-elections is usually low, and both campaigns spent the final weekend knocking on doors in the larger towns.",
        "Results are expected shortly after midnight.",
    ],
    "en-science": [
        "Astronomers have found water vapour in the atmosphere of a planet orbiting a small red star about 40 light years away, according to a study published on Wednesday.",
        "The planet is roughly twice the size of Earth and completes an orbit every 11 days. Its surface is probably too hot for liquid water, the authors write.",
        "The measurement was made by watching starlight filter through the planet's atmosphere as it passed in front of its star.",
        "Other researchers cautioned that the signal is faint and that starspots can mimic the signature of water.",
    ],
    "en-tech": [
        "A data breach at a payroll company exposed the bank details of about 80,000 workers at 200 firms, the company confirmed on Monday.",
        "The attackers used a stolen password to enter a test server that held a copy of live customer data, according to an internal report seen by reporters.",
        "The company said it had informed the data protection regulator and would pay for credit monitoring for those affected for two years.",
        "Security researchers said keeping real data on test systems is a common and avoidable mistake.",
    ],
    "en-transport": [
        "Commuters faced a third day of delays on the western rail line after a signal failure near the central station.",
        "The operator said engineers had replaced a damaged cable but that trains would run at reduced speed until further checks were completed on Thursday.",
        "About 40,000 people use the line on a typical weekday. Bus replacement services are running between the two busiest stops.",
    ],
    "de-stadtrat": [
        "Der Stadtrat hat am Dienstag beschlossen, die Gebühren für Anwohnerparkausweise von 30 auf 120 Euro im Jahr zu erhöhen.",
        "Die Verwaltung begründete die Erhöhung mit den Kosten für Kontrollen und Markierungen. Die Opposition kritisierte, die Belastung treffe vor allem Familien mit geringem Einkommen.",
        "Die neuen Gebühren gelten ab dem 1. März. Menschen mit Schwerbehindertenausweis sind weiterhin befreit.",
        "Nach Angaben der Stadt gibt es derzeit rund 14.000 gültige Ausweise in den Innenstadtbezirken.",
    ],
    "de-hochwasser": [
        "Nach tagelangem Regen ist der Pegel der Elbe in der Nacht auf über sieben Meter gestiegen. Mehrere Ortschaften flussabwärts wurden vorsorglich evakuiert.",
        "Die Feuerwehr errichtete in der Altstadt mobile Schutzwände. Einsatzkräfte aus den Nachbarkreisen unterstützten beim Befüllen von Sandsäcken.",
        "Der Deutsche Wetterdienst rechnet erst ab Donnerstag mit einer Entspannung. Bis dahin bleiben Uferwege und zwei Brücken gesperrt.",
    ],
    "fr-greve": [
        "Les contrôleurs aériens ont entamé jeudi une grève de 48 heures, entraînant l'annulation d'un vol sur trois dans les principaux aéroports du pays.",
        "Le syndicat majoritaire réclame des recrutements et une revalorisation des salaires. La direction générale de l'aviation civile parle d'une mobilisation « limitée ».",
        "Les compagnies ont invité les voyageurs à vérifier l'état de leur vol avant de se rendre à l'aéroport. Les vols long-courriers sont pour l'instant épargnés.",
    ],
    "fr-logement": [
        "Le prix des loyers a augmenté de 6 % en un an dans les grandes villes, selon une étude publiée mardi par un observatoire indépendant.",
        "La hausse est particulièrement forte pour les petites surfaces, très demandées par les étudiants. À Lyon, un studio se loue désormais en moyenne 620 euros par mois.",
        "Le gouvernement prépare un projet de loi pour étendre l'encadrement des loyers à une vingtaine de nouvelles communes.",
    ],
    "ru-mobilization": [
        "Власти Белгородской области объявили об эвакуации жителей трех приграничных сел после новых обстрелов.",
        "По данным губернатора, за сутки были повреждены пять жилых домов и линия электропередачи, пострадавших нет.",
        "Жителей разместят в пунктах временного размещения в областном центре. Занятия в школах района переведены в дистанционный режим до конца недели.",
    ],
    "ru-court": [
        "Суд в Москве приговорил бывшего муниципального депутата к семи годам колонии по делу о «фейках» об армии.",
        "Обвинение было связано с выступлением на заседании совета депутатов, где он назвал происходящее в Украине войной.",
        "Защита намерена обжаловать приговор. Правозащитники признали осужденного политзаключенным.",
        "В последние два года по этой статье были возбуждены сотни уголовных дел.",
    ],
}
