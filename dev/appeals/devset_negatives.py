"""Hard negatives for the development set: our own invented news articles about donations,
fundraising, charities, campaign finance and quoted appeals. Nothing here may be removed.

Each entry is (kind, language, paragraphs).
"""

NEGATIVES = [
    ("campaign-finance", "en", [
        "Senator Hale's re-election campaign raised $12.4 million in the third quarter, according to filings with the Federal Election Commission released on Tuesday.",
        "More than half of the money came from small donors giving less than $200, the campaign said, a share it called proof of grassroots enthusiasm.",
        "His challenger reported $3.1 million in receipts and $1.8 million cash on hand. A super PAC supporting Hale has reserved $9 million in television advertising for the autumn.",
        "Campaign finance experts said the figures were high for a midterm race but not unprecedented.",
    ]),
    ("campaign-finance", "en", [
        "The mayor's campaign returned $40,000 in contributions from executives of a waste-management firm that is bidding for a city contract, aides confirmed on Friday.",
        "\"We take our ethics rules seriously,\" campaign manager Dana Ruiz told reporters. \"When we learned of the bid, we gave the money back.\"",
        "City ethics law bars candidates from accepting more than $2,500 from any single donor.",
    ]),
    ("campaign-finance", "en", [
        "A fundraising email sent by the governor's campaign on Monday asked supporters to \"chip in $5 before midnight\" to fight what it called a flood of outside money.",
        "The email, which promised to match every donation, drew criticism from a watchdog group that said such matching claims are rarely explained.",
        "A spokesperson for the campaign said the match was funded by a small group of long-time donors.",
    ]),
    ("charity-drive", "en", [
        "A food bank network launched its first-ever emergency appeal on Thursday, warning that demand this winter is outstripping donations.",
        "\"We never wanted to run an appeal like this,\" its chief executive, Emma Reyes, said. \"We would rather there was no need for food banks at all.\"",
        "The network said it had distributed 46% more emergency parcels in the last two months than a year earlier, and that its reserve stock was already used up.",
        "A supermarket chain pledged £1 million to the appeal on the same day.",
    ]),
    ("charity-drive", "en", [
        "The hospital foundation said on Monday that donors had given $4.2 million during its winter drive, its best result in a decade.",
        "\"Every gift, big or small, helps a child get treatment,\" the foundation's director, Mara Lind, told reporters at the children's ward.",
        "The money will pay for a second MRI scanner and a family room, the foundation said.",
    ]),
    ("quoted-appeal", "en", [
        "The local foodbank is asking residents who can afford it to set up a regular monthly donation, saying a £10 gift can feed a family for several days.",
        "Chairman Ian Campbell said the charity's food bill had reached £20,000 a month.",
        "\"By giving monthly you help us plan ahead and know we can keep buying the essentials,\" he said. \"We are extremely grateful to everyone who donates.\"",
    ]),
    ("quoted-appeal", "en", [
        "\"Please donate what you can,\" the mayor urged residents at the flooded sports hall on Saturday, where volunteers were sorting blankets and tinned food.",
        "Relief organisations said cash was more useful than goods, because supplies can be bought locally and delivered faster.",
        "The regional government has set up an emergency fund and promised to double every euro given by the public up to €5 million.",
    ]),
    ("quoted-appeal", "en", [
        "Standing outside the shelter, volunteer coordinator Priya Nair had a simple message for the crowd.",
        "\"If you can give an hour, give an hour. If you can give five dollars, give five dollars. We need you,\" she said.",
        "The shelter expects to house more than 200 people a night until the end of the cold spell.",
    ]),
    ("media-business", "en", [
        "The newspaper group reported that digital subscriptions rose 8% last year, to 1.2 million, offsetting a further decline in print advertising.",
        "Its chief executive said the company would keep investing in its newsroom and planned to launch a paid newsletter service in the autumn.",
        "Analysts said the group's reliance on subscriptions made it less exposed to the volatile advertising market than many rivals.",
    ]),
    ("media-business", "en", [
        "The nonprofit newsroom said it had raised $1.5 million from readers in its year-end campaign, more than double the previous year.",
        "Its editor said most gifts were under $50, and that the money would pay for two new reporters covering the state legislature.",
        "Reader donations now account for about 40% of the outlet's revenue, with the rest coming from foundations and events.",
    ]),
    ("crowdfunding", "en", [
        "A crowdfunding page set up for the family of the injured firefighter has raised more than $300,000 in three days.",
        "The page's organiser, a colleague from the same station, wrote that the money would cover medical bills and the mortgage while he recovers.",
        "Police warned that several fake pages had appeared using the firefighter's photo and urged people to give only through the verified link shared by the fire department.",
    ]),
    ("disaster-relief", "en", [
        "Aid agencies said on Wednesday that donations for earthquake survivors had reached $80 million in the first week, one of the fastest responses on record.",
        "The United Nations appealed for a further $400 million to pay for shelter, water and medical care over the next three months.",
        "Officials urged the public not to send clothing or food, saying transport into the region was limited and cash allowed agencies to buy what was needed locally.",
    ]),
    ("university-gift", "en", [
        "A retired engineer has left £25 million to his former university in the largest single bequest in its history.",
        "The university said the gift would fund scholarships for students from low-income families and a new engineering laboratory.",
        "\"He always said the scholarship he received changed his life,\" his niece said.",
    ]),
    ("opinion-quote", "en", [
        "The bishop used his Christmas sermon to call on the congregation to support the city's night shelters.",
        "\"We cannot walk past those who sleep in our doorways and call ourselves a community,\" he said. \"Give your time, give your money, give your attention.\"",
        "Church volunteers collected about £6,000 after the service.",
    ]),
    ("charity-scandal", "en", [
        "The charity regulator opened an inquiry into an animal welfare charity after it emerged that less than a fifth of donations had reached its shelters.",
        "Accounts filed last month show the charity spent £2.3 million on fundraising and salaries, against £480,000 on animal care.",
        "The charity's trustees said in a statement that they would cooperate fully and had suspended two senior managers.",
    ]),
    ("newsletter-report", "en", [
        "The city council's new resident newsletter has reached 40,000 subscribers in six months, officials said.",
        "Residents can sign up on the council website to receive updates on bin collections, road works and council meetings.",
        "Opposition councillors said the newsletter had been used to promote the ruling party's policies and called for an independent review.",
    ]),
    ("campaign-finance", "de", [
        "Die Partei hat im vergangenen Jahr Großspenden in Höhe von 3,5 Millionen Euro erhalten, wie aus dem Rechenschaftsbericht hervorgeht, den die Bundestagsverwaltung am Montag veröffentlichte.",
        "Der größte Einzelspender war ein Bauunternehmer aus Bayern, der 500.000 Euro überwies. Ein Parteisprecher sagte, alle Spenden seien ordnungsgemäß gemeldet worden.",
        "Transparenzorganisationen fordern seit Jahren eine niedrigere Grenze für die sofortige Veröffentlichung von Parteispenden.",
    ]),
    ("disaster-relief", "de", [
        "Nach dem Erdbeben sind bei den Hilfsorganisationen innerhalb von drei Tagen mehr als zehn Millionen Euro an Spenden eingegangen.",
        "Die Spendenbereitschaft sei deutlich höher als bei früheren Katastrophen, sagte eine Sprecherin des Bündnisses.",
        "„Geldspenden sind flexibler als Sachspenden und kommen schneller an“, betonte der Geschäftsführer. Von privaten Hilfstransporten rät er ab.",
    ]),
    ("charity-drive", "de", [
        "Die Tafel in der Innenstadt bittet dringend um Lebensmittelspenden. Die Zahl der Kundinnen und Kunden habe sich seit dem Frühjahr verdoppelt, sagte die Vorsitzende am Mittwoch.",
        "„Wir müssen inzwischen Menschen wegschicken, und das tut weh“, sagte sie. Besonders fehlten haltbare Lebensmittel und Hygieneartikel.",
        "Spenden können montags bis freitags zwischen 9 und 12 Uhr abgegeben werden.",
    ]),
    ("charity-drive", "fr", [
        "Les Restos du cœur ont lancé mardi leur campagne d'hiver en alertant sur une hausse de 20 % du nombre de personnes accueillies.",
        "« Sans les dons, nous ne pourrons pas tenir jusqu'au printemps », a déclaré le président de l'association lors d'une conférence de presse.",
        "Selon l'association, les dons ont reculé de 8 % cette année, alors que le prix des denrées a fortement augmenté.",
    ]),
    ("campaign-finance", "fr", [
        "La Commission des comptes de campagne a rejeté le compte d'un candidat aux législatives, estimant que plusieurs dépenses n'avaient pas été déclarées.",
        "Le candidat, qui avait recueilli 42 000 euros de dons de particuliers, conteste la décision devant le Conseil constitutionnel, a indiqué son avocat.",
        "Les dons des personnes morales sont interdits en France depuis 1995.",
    ]),
    ("crowdfunding", "fr", [
        "Une cagnotte en ligne ouverte pour reconstruire la boulangerie incendiée du village a dépassé les 60 000 euros en une semaine.",
        "« Je ne pensais pas que les gens seraient si nombreux à nous aider », a confié le boulanger, très ému.",
        "Les travaux doivent commencer en janvier, selon la mairie.",
    ]),
    ("charity-drive", "ru", [
        "Благотворительный фонд сообщил, что собрал 2 миллиона рублей на лечение детей с редкими заболеваниями.",
        "По словам директора фонда, число частных пожертвований в этом году выросло почти вдвое.",
        "Фонд планирует направить средства на закупку лекарств, которые не входят в государственные программы.",
    ]),
    ("media-business", "ru", [
        "Независимое издание, работающее в эмиграции, заявило, что число регулярных пожертвований от читателей превысило 30 тысяч.",
        "По словам главного редактора, после признания издания «нежелательной организацией» доходы от рекламы упали почти до нуля.",
        "Эксперты отмечают, что модель финансирования за счет читателей стала основной для большинства российских независимых СМИ за рубежом.",
    ]),
    ("quoted-appeal", "ru", [
        "Волонтеры поискового отряда обратились к жителям района с просьбой помочь в поисках пропавшего пенсионера.",
        "«Нам нужны люди с машинами и фонарями. Если вы можете приехать вечером — приезжайте», — сказала координатор отряда.",
        "Поиски продолжаются третьи сутки.",
    ]),
    ("plain", "en", [
        "The city's new library opened on Saturday after three years of construction, with space for 200,000 books and a rooftop reading garden.",
        "Architects said the building uses a third less energy than the old library thanks to thick timber walls and solar panels.",
        "Membership is free for residents, and the library will stay open until 10 p.m. on weekdays.",
    ]),
    ("plain", "en", [
        "Our correspondent spent a week with fishermen on the northern coast, where catches of cod have fallen for five years in a row.",
        "\"We used to fill the boat by noon,\" said Jonas Eide, 61. \"Now we go further out and come back with half.\"",
        "Scientists blame warming water, which has pushed the fish north, and say quotas must fall further to protect the remaining stock.",
    ]),
    ("plain", "en", [
        "You can expect heavy rain across the south on Thursday, forecasters said, with up to 60 millimetres in some areas.",
        "Drivers are advised to allow extra time for journeys and to avoid flooded roads.",
        "The weather should clear by Saturday, bringing a dry and sunny weekend.",
    ]),
]
