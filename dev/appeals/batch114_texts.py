"""Batch 114: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

13 documents (3 appeal, 10 negative; FR, DE, RU, UK): our own paraphrases of every document of the
local-only real probe 94 (13 documents). Each keeps the real page's structure (a regional weekly's lead
paragraph broken mid-sentence onto a second line, a Swiss local paper's headline, lead, "von" byline and
date line, a German local paper's one-paragraph summary, a headline with a photo caption naming the people
in the picture, a headline repeated in a photo caption with a "| Bild: ©" credit and three short subheads,
an agency news note on another paper's cooperative, a village fundraiser report with a dateless lead, a
business site's headline with a "date - time" line, a Belgian-style explainer without headline, a
charity-day report ending on a cut-off subhead, a Russian-language news item with a photo-credit line and
a "Читайте также" link line, a Ukrainian item whose opening paragraph is printed twice, a Ukrainian
media-anniversary report ending on a long quote) and exactly what the real gold marks: a one-line
"subscribers only" paywall notice after a cut lead; a login prompt sentence together with its
"Anmelden Registrieren" button line at the end of a teaser; a one-line print-edition teaser ("read the full
article in the issue of ...") after a summary paragraph. Negatives keep what makes the real ones hard:
organisers of a discontinued market handing their leftover money to a children's hospice with a quoted
thank-you; a bank's sing-along bet paying a hospice service, with its phone number and e-mail address; an
agency note praising another newspaper's reader cooperative and its member count; a village telethon day
with sums raised; an explainer on donation caps, membership-card prices and loans in municipal campaigns;
an explainer on party-financing law and donation ceilings; a telethon report with sums, a per-kilometre
pledge and a trailing "call for a volunteer" subhead; a bank's yearly statistics on donations; a
businessman's symbolic collection and where the money goes; a media group raising money for a military
unit at its anniversary.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch114` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch114.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 94: appeal documents -----------------------------------------------------------------

_BRENNE_WALL = "Ce contenu est réservé aux lecteurs abonnés."

_WEINLAND_LOGIN = "\n".join([
    "Loggen Sie sich bitte ein, um diesen Beitrag vollständig zu lesen.",
    "Anmelden Registrieren",
])

_REHBACH_PRINT = "Den kompletten Bericht finden Sie in unserer gedruckten Ausgabe vom Mittwoch, 15. Juni 2022."


PROBE94_APPEALS = [
    _doc("b114-gazetteduvaldebrenne-refugies-afghans-end", "appeal", "end",
         "Invented; modelled on Feuille d'Avis de la Vallée de Joux (regional weekly, lead cut onto a second line, one-line subscribers-only notice)", "fr", [
             "Au Val de Brenne, l'entraide n'a rien d'un slogan. Un an après l'arrivée des premières familles afghanes, notre équipe a voulu donner la parole aux élus, aux bénévoles et aux hébergeurs qui se sont démenés pour les accueillir dans nos villages. Nous abordons",
             "aussi les projets de ces familles, tiraillées entre le rêve d'un retour et l'envie de bâtir ici.",
             _BRENNE_WALL,
         ], appeals=[_BRENNE_WALL]),
    _doc("b114-weinlaenderbote-steuerfuss-sparen-end", "appeal", "end",
         "Invented; modelled on Andelfinger Zeitung (Swiss local paper teaser with byline and date, login prompt with button line)", "de", [
             "Steuerfuss verworfen, jetzt wird geknausert",
             "Der Gemeinderat muss nochmals über die Bücher: Eine Erhöhung des Steuerfusses um sechs Prozentpunkte fand an der Versammlung keine Mehrheit. Bis zur neuen Abstimmung im Februar darf Oberwil am Thur lediglich zwingend gebundene Ausgaben tätigen.",
             "von Livia Brändli",
             "7. November 2023",
             _WEINLAND_LOGIN,
         ], appeals=[_WEINLAND_LOGIN]),
    _doc("b114-rehbachanzeiger-weiherbach-printteaser-end", "appeal", "end",
         "Invented; modelled on Schifferstadter Tagblatt (one-paragraph summary, print-edition teaser line)", "de", [
             "Im Juli des Vorjahres schlugen Anwohner Alarm: Der Weiherbach führte kein Wasser mehr, und das war schon der dritte Sommer in Folge. Die Ortsgruppe des Naturschutzbundes meldete sich zu Wort (der Anzeiger berichtete) und verlangte rasche Abhilfe. Neben Briefen an die zuständigen Ämter griffen etliche Bürger selbst zu Schaufel und Rechen. Gepflegt wurde auf eigene Rechnung.",
             _REHBACH_PRINT,
         ], appeals=[_REHBACH_PRINT]),
]


# --- Probe 94: negatives ----------------------------------------------------------------------------

PROBE94_NEGATIVES = [
    _neg("b114-westerwaldecho-lichterfest-restgeld-kinderhospiz-neg",
         "Invented; modelled on Siegerland Kurier (local news, headline, photo caption with names, organisers give leftover money to a children's hospice)", "de", [
             "Aus für das Lichterfest in Hallbach - Veranstalter überweisen Überschuss an Kinderhospiz",
             "Anton Reuter, Sabine Kolb (Kinderhospiz), Ralf Dietz (Heimatverein Hallbach-Oberdorf) und Uwe Brandt beim Übergabetermin vor der Grundschule am Lindenplatz.",
             "Hallbach - Jetzt ist es amtlich, das Hallbacher Lichterfest gehört der Vergangenheit an: Die Organisatoren Anton Reuter und Uwe Brandt sowie Ralf Dietz vom Heimatverein Hallbach-Oberdorf haben am Donnerstag den übrig gebliebenen Betrag von 850 Euro an Sabine Kolb vom Kinderhospiz Sternenweg in Wetzbach übergeben. „Den Pappscheck haben wir nur fürs Foto gebastelt“, sagte Anton Reuter, das Geld selbst sei längst überwiesen. ",
             "Schon seit dem Sommer steht fest, dass die Hallbacher Vereine das Fest am Lindenplatz künftig nicht mehr stemmen können – es mangelt schlicht an Freiwilligen, nachdem mehrere Gruppen ausgestiegen sind. „Wir wollten immer etwas für unseren Ort auf die Beine stellen“, erklärten die Veranstalter. Die Rücklage, die eigentlich für das nächste Fest gedacht war, hilft nun Familien mit lebensbedrohlich erkrankten Kindern: „Wir sind überwältigt und sagen von Herzen danke für diese tolle Unterstützung“, so Sabine Kolb vom Kinderhospiz in Wetzbach.",
         ]),
    _neg("b114-kinzigtalpost-laternenwette-hospizdienst-neg",
         "Invented; modelled on Rhein-Main-Kurier (city news, headline repeated in photo credit caption, three subheads, bank's bet pays a hospice service)", "de", [
             "Über 150 Laternen beim Steinbrunner Wintermarkt bringen 3000 Euro für Trauerbegleitung",
             "Über 150 Laternen beim Steinbrunner Wintermarkt bringen 3000 Euro für Trauerbegleitung | Bild: © Stadt Steinbrunn / Lea Hartwig",
             "Beim Steinbrunner Wintermarkt sind mehr als hundertfünfzig Kinder, Eltern und Gäste mit selbst gebastelten Laternen über den Marktplatz gezogen und haben so eine Zuwendung von 3000 Euro für den Familienhospizdienst Lichtblick Steinbrunn eingelöst. Die Volksbank Kinzigaue hatte die Summe als Wette ausgeschrieben. Am Rathausbrunnen erklärten die Umstehenden den Laternenzug per Zuruf zum klaren Erfolg, da deutlich mehr als die geforderten 150 Lichter gezählt wurden.",
             "Viele Teilnehmende und Begleitung durch Trommeln",
             "Den Zug führte die Trommelgruppe der Musikschule Steinbrunn an, dahinter folgten Kindergartengruppen, Schulklassen und Familien. Gesungen wurden bekannte Laternenlieder wie Ich geh mit meiner Laterne und Sonne, Mond und Sterne. Zahlreiche Großeltern liefen mit; die Stimmung auf dem Platz war so ausgelassen, dass am Ende niemand mehr nachzählen wollte.",
             "Scheck überreicht und Arbeit vorgestellt",
             "Die Wettsumme übergaben zwei Kinder stellvertretend für die Volksbank an Miriam Köhler-Brandt, die den Familienhospizdienst Lichtblick Steinbrunn koordiniert. Der Dienst steht Familien bei, in denen ein Kind oder ein Elternteil schwer erkrankt ist oder gestorben ist. Derzeit betreut das Team 19 Familien in Steinbrunn und den umliegenden Gemeinden. Erreichbar ist der Dienst unter Telefon 06050 481372 und per E-Mail an kontakt@lichtblick-hospiz.example.org.",
             "Lob für das Team und Dank der Bürgermeisterin",
             "Bürgermeisterin Ingrid Vollmer, die die Schirmherrschaft für den Hospizdienst übernommen hat, sprach von einem wunderbaren Beweis dafür, wie sehr die Steinbrunner zusammenstehen.",
         ]),
    _neg("b114-pressekontor-nordblatt-genossenschaft-members-neg",
         "Invented; modelled on KOMPAKTMEDIEN (agency news note on another newspaper's reader cooperative and its member count)", "de", [
             "Nordblatt feiert zwanzig Jahre Leser-Genossenschaft",
             "Mit einer „Danke schön“-Sonderseite in der Samstagsausgabe blickt das Nordblatt auf zwei Jahrzehnte als Genossenschaft zurück. Seit der Gründung 2004 sind 9.380 Leserinnen und Leser Anteilseigner geworden. Auf der Sonderseite kommen Gründer und Redaktion ausführlich zu Wort. Für Henrike Paulsen, Mitgründerin des Blattes, ist klar, es würde das Nordblatt „heute schlicht nicht mehr geben, hätten die Leser damals nicht eingegriffen“. Vorstandsmitglied Jens Ohlsen ergänzt: „Eine Genossenschaft verteilt Verantwortung auf viele Schultern.“ Und Verlagsleiterin Birte Carstens ist sichtlich stolz auf den „eigenen Kurs“ ihrer Zeitung und verweist auf eine Auszeichnung für gemeinwohlorientierte Unternehmen aus dem Frühjahr.",
             "Das Nordblatt steht damit nicht allein. Weltweit sind mehrere Hundert Millionen Menschen Mitglied einer Genossenschaft. Auf gemeinsam-stark.example.org porträtiert das PRESSEKONTOR Betriebe und Initiativen, die auf genossenschaftliche Strukturen setzen. Die Seite begleitet die bundesweite Aktion „Viele Hände, ein Ziel“, die an die Ursprünge der Genossenschaftsbewegung erinnert.",
         ]),
    _neg("b114-lepavedudoux-telethon-pompiers-neg",
         "Invented; modelled on La Commère 43 (village fundraiser report with headline, lead and sums raised)", "fr", [
             "Saint-Aubin-des-Prés : le Téléthon fait encore mieux",
             "Les habitants de Saint-Aubin-des-Prés ont répondu présent : la journée organisée par l'amicale des sapeurs-pompiers et le foyer rural rapporte plus de 4 300 €.",
             "Un an après une collecte de 3 250 €, la journée du Téléthon montée par le foyer rural et l'amicale des pompiers de Saint-Aubin a permis de récolter cette fois 4 318,60 € très précisément.",
             "La fréquentation est restée stable avec environ 550 personnes le samedi 2 décembre et un stand de crêpes pris d'assaut : 96 cyclistes, 35 enfants, 210 randonneurs et 420 bols de soupe servis.",
             "Pour la prochaine édition, les deux associations n'ont pas encore choisi de date mais comptent bien reconduire leur soutien au Téléthon.",
         ]),
    _neg("b114-affairesrivenord-campagne-municipale-financement-neg",
         "Invented; modelled on Premières en affaires (business site explainer with date-time line on campaign donation caps, membership cards and loans)", "fr", [
             "Élections municipales : qui paie la campagne?",
             "14 octobre 2025 - 09h12",
             "Martine Lavigueur-Roy, porte-parole du Bureau des scrutins de la province, le rappelle : une campagne municipale repose surtout sur deux piliers, les contributions des électeurs (de 15 à 25 % des dépenses environ) et le remboursement public.",
             "Afin que les moyens financiers ne faussent pas la course, un candidat ne peut injecter plus de $800 de sa poche dans sa propre campagne. Chaque électeur peut verser au plus $150 par année électorale à une même formation, se procurer une carte de membre d'une équipe municipale (dont le prix est plafonné à $20) ou offrir bénévolement son temps et ses compétences. À certaines conditions, les équipes peuvent aussi tenir des soupers-bénéfice.",
             "Les contributions des compagnies, des associations syndicales ou de tout autre groupe sont prohibées, précise la porte-parole. Ces derniers ne peuvent pas davantage fournir des biens ou des services à rabais, ni engager des frais pour aider ou nuire à un candidat ou à une équipe. Une compagnie peut s'exprimer  “à condition que son geste n'entraîne aucune dépense et n'ait aucune valeur commerciale, comme un simple partage sans frais sur ses réseaux.”",
             "Une équipe municipale a le droit d'emprunter, que ce soit à une banque ou à des électeurs. Le total des emprunts n'est pas plafonné, mais un même électeur ne peut avancer plus de $3000, et tout prêt consenti par une compagnie ou une association est proscrit.",
         ]),
    _neg("b114-lecourrierfinancier-plafonds-depenses-partis-neg",
         "Invented; modelled on L'Echo (financial daily explainer on party-financing law, donation ceilings and public funding)", "fr", [
             "Le coup d'envoi officiel a été donné le 1er août. Depuis lors, chaque euro dépensé pour la campagne est scruté et ne peut franchir les limites que la loi impose - aux partis, aux listes comme aux candidats.",
             "Plus personne ne peut l'ignorer : la course aux scrutins locaux – et régionaux, que l'on a tendance à négliger – du 20 octobre est lancée. Panneaux couverts d'affiches, distributions au marché, visites à domicile, avalanche de clips maladroits en ligne et piques échangées par médias interposés. Le pays vit à l'heure des urnes.",
             "Sur le papier, tout a commencé en plein cœur des vacances, le 1er août dernier. À partir de ce jour, notamment, stylos, casquettes et autres goodies aux couleurs d'un parti sont bannis. Car, eh oui, dans notre pays, ce que coûte une campagne est très encadré.",
             "Tout repose sur la loi du 18 mai 1991, retouchée à de nombreuses reprises depuis. Elle organise un financement direct des partis par l'État, qui se compose, pour faire court, d'une enveloppe annuelle fixe et d'une somme calculée selon le nombre de voix obtenues.",
             "En échange, la loi limite les dépenses de campagne – nous y reviendrons plus bas – et bannit toute contribution d'entreprises ou de groupements sans personnalité juridique. Seuls les citoyens peuvent encore soutenir financièrement un parti, et dans des proportions modestes : 1.500 euros par an au maximum, dont 400 euros au plus pour un même candidat. En réalité, ces dons ne représentent presque plus rien. Un exemple : de 2001 à 2018, l'ensemble des formations n'a touché que 2,7 millions d'euros par ce biais. Une goutte d'eau face à l'argent public. Pour la seule année 2019, le premier parti du pays a ainsi perçu 8,4 millions d'euros.",
         ]),
    _neg("b114-lebocagehebdo-telethon-benevoles-neg",
         "Invented; modelled on Le Réveil Normand (weekly telethon report with sums, per-kilometre pledge and a trailing cut-off subhead)", "fr", [
             "Les bénévoles ont encore répondu à l'appel",
             "Cette année encore, les membres des associations du canton se sont retroussé les manches pour faire vivre le Téléthon.",
             "Samedi soir, la caisse affichait « 4 870 € » selon Martine Lecoq, qui tient les comptes du Téléthon local. Le total reste provisoire, quelques chèques doivent encore arriver. On pourrait ainsi égaler, voire battre, le résultat de l'an dernier (4 932,10 €). Un vrai soulagement pour l'équipe, vu le contexte économique.",
             "Cette 36e édition, disputée sous une pluie battante, n'a pas découragé les participants comme ces salariées de l'ADMR du Pays de Sourdeval (des antennes de Mortain, Saint-Pois et Juvigny).",
             "L'ADMR entre dans la danse",
             "L'association de soins et d'aide à domicile s'associait à l'opération pour la première fois. « Du lundi au vendredi, nous avons additionné tous les trajets faits à pied ou à vélo par nos intervenantes, soit 47 km 300. On a arrondi à 48 km, avec 6 € par kilomètre, ce qui donne 288 € reversés au Téléthon » explique la présidente, Odile Marie, emmitouflée sous son parapluie ce samedi matin, devant le stand installé place du Champ-de-Foire, où son équipe proposait du vin chaud et des crêpes. Une recette qui vient compléter les 288 €.",
             "« Le déjeuner du Téléthon a rassemblé environ 90 convives contre 120 l'an dernier, et la soirée andouille a affiché complet avec 160 couverts. Il n'est rien resté, si bien que les bénévoles du comité ont fini par se commander des sandwichs », raconte Gérard Pinel, qui coordonne le Téléthon sur le canton.",
             "Un bénévole recherché pour le site internet",
         ]),
    _neg("b114-gorodskoyvestnik-kopilka-donaty-statistika-neg",
         "Invented; modelled on Kanal Dim (Russian-language news item with photo-credit line and a 'read also' link line on a bank's donation statistics)", "ru", [
             "За 2024 год сумма пожертвований через приложение «Копилка» выросла в два с половиной раза",
             "Логотип приложения «Копилка». Фото: example.com/kopilka.app",
             "Число пользователей, которые переводят деньги на нужды армии, за 2024 год выросло примерно в полтора раза, а совокупный объём переводов увеличился в два с половиной раза к прошлому году. Об этом рассказали в пресс-службе «Копилки», передаёт «Городской вестник».",
             "Через приложение в 2024 году перечислили 18,9 миллиарда гривен. Годом ранее итоговая сумма составляла 7,6 миллиарда гривен. Средний перевод увеличился со 212 до 301 грн. Выросло и число жертвователей — в 2024-м переводы делали 4,2 миллиона человек, тогда как годом раньше их было около 2,8 миллиона.",
             "Согласно данным сервиса, самый заметный всплеск пожертвований пришёлся на зимние отключения света и на крупные обстрелы весной 2024-го.",
             "Читайте также: Больше годового бюджета Винницы: в 2024 году граждане перевели ведущим фондам 11,3 млрд грн",
         ]),
    _neg("b114-dniprovskyiportal-zbir-na-raketu-neg",
         "Invented; modelled on Slavutych.info (Ukrainian news item with its opening paragraph printed twice, a businessman's symbolic collection)", "uk", [
             "Усього за 16 годин українці переказали 19,4 мільйона гривень на символічну кампанію «на крилату», який оголосив засновник фінтех-сервісу «Скарбничка» Андрій Мельничук. Головна мета збору – продемонструвати згуртованість, рішучість і бажання дати відсіч загарбникам.",
             "Усього за 16 годин українці переказали 19,4 мільйона гривень на символічну кампанію «на крилату», який оголосив засновник фінтех-сервісу «Скарбничка» Андрій Мельничук. Головна мета збору – продемонструвати згуртованість, рішучість і бажання дати відсіч загарбникам.",
             "Про це підприємець написав у своєму Фейсбуці.",
             "«Звісно, нам потрібна власна далекобійна зброя, щоб відповідати агресору так, аби він це запам'ятав надовго. Поки що її бракує. Я не конструктор і не знаю, як зібрати «крилату», та й не в цьому була ідея. Ми хотіли довести собі й іншим, що стоїмо разом, не пробачаємо і не здамося, поки наша країна не буде вільною. І саме ця згуртованість – наша справжня «крилата», яку жоден ворог не зможе збити», – зазначив Мельничук.",
             "За його словами, усі кошти отримає благодійний фонд «Щит громади» для проєкту «Далекий удар».",
         ]),
    _neg("b114-poltavskyikurier-hariachyichai-richnytsia-zbir-neg",
         "Invented; modelled on MediaPort (Ukrainian media-anniversary report, fundraising for a military unit, ending on a long quote)", "uk", [
             "Медіастудія «Гарячий чай» на 8-річчя зібрала 860 тис. грн для війська",
             "17 квітня полтавська медіастудія «Гарячий чай» відсвяткувала восьму річницю роботи. Під час святкового збору для батальйону, де нині служить один із засновників студії Остап Коваленко, команда та гості зібрали понад 860 тисяч гривень.",
             "На вечорі в мистецькому просторі «Цегла» глядачам показали добірку найяскравіших репортажів студії за вісім років.",
             "Студія починалася як волонтерський проєкт у 2016 році. Кістяк команди відтоді майже не змінився, розповіла «Полтавському кур'єру» шеф-редакторка Ірина Сидоренко.",
             "«Ми спостерігаємо, як змінювалося місто, і сьогодні бачимо, хто прийшов нас привітати. Це люди, які знають, чого хочуть, і які свідомо обирають українське. Коли ми починали, перший рік усе трималося на ентузіазмі, ми просто хотіли голосно говорити про те, що бачимо довкола. Пізніше ми їздили з камерою на схід і південь — знімали в Авдіївці, Оріхові, Гуляйполі, Куп'янську», — пригадує Ірина.",
         ]),
]


BATCH114_DOCUMENTS = PROBE94_APPEALS + PROBE94_NEGATIVES
