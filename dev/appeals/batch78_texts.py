"""Seventy-eighth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

18 documents (8 appeal, 10 negative; EN, DE, FR, RU with a Ukrainian channel line): our own
paraphrases of every document of the local-only real probe 58 (18 documents). Each keeps the real
page's structure (an "Also in the news /" digest of two island stories, a short rescue item, a giving-day
feature with a quote whose speaker and organisation are glued onto its end, a byline glued to its
"Published:" stamp, a commentary cut off with "…", a byline line above a two-paragraph agency item, a
newsletter line above a headline and a paragraph scraped twice, a bio line and two photo captions, a
sentence broken across two lines, a grant list whose entries are glued onto shared lines, a web
address written with a slash) and exactly what the real gold marks: a lone "become a member" line in
the middle of the second story of a digest; a two-line "headlines in your inbox" mailing-list block at
the end (keeping the doubled article of the original); a lone "support journalism" line right after
a glued quote attribution; a Google News follow line plus a WhatsApp/Telegram channels and app
sentence at the end; two end blocks of a commentary site, a podcast/video-channel pair with its
stray "…#" and "… ," fragments and a donation plea with a sticker thank-you gift; a Ukrainian "we now
have a Telegram channel" line under the byline of a Russian-language item; a "join our Telegram
channel" line at the very top; a newsletter sign-up line at the very top. Negatives keep what makes
the real ones hard: a blogger relaying a community radio's own plea for donations and members, a
business club handing over a donation cheque to a food bank, diaspora philanthropy after a disaster,
volunteers' aid deliveries through a named charity fund, a town's storm-relief donations, a report on
another news company's new paywall and its monthly prices, TV stars urging viewers to give to a
holiday food drive, a relief fund's grant list with sums, and two reports on a charity's holiday
kettle-style drive falling short of its goal (one ending with where to give online).

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch78` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch78.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 58: appeal documents -----------------------------------------------------------------

_NORTHWICK_MEMBER = "Become a supporting member of Northwick Isles News"

_HOLLAY_INBOX = "\n".join([
    "Get Our Headlines by Email",
    "Join the The Hollay Gazette mailing list for one short email every evening about what is going on across Hollay.",
])

_ALDER_SUPPORT = "Support Valley Journalism"

_KRISHNA_FOLLOW = "\n".join([
    "Follow The Krishna Herald Daily on Google News",
    "Receive breaking alerts on WhatsApp and Telegram when you join our channels. For all the newest Vijayawada News, install our app on Android and iOS.",
])

_DONAUBOTE_PODCAST = "\n".join([
    "Den Donaubote-Podcast gibt es übrigens auch bei “Spotify” …#",
    "… , sowie auf unserem “Rumble“-Kanal:",
])

_DONAUBOTE_SPENDE = "\n".join([
    "Bitte helfen Sie uns in unserem Einsatz für Meinungsfreiheit und Grundrechte.",
    "Als Dank für jede Zuwendung (PayPal oder Überweisung) ab € 15.- schicken wir Ihnen auf Wunsch zehn Sticker „ZENSUR? OHNE UNS“ kostenlos und versandfrei zu! Mehr dazu hier.",
])

_KHVYLYA_CHANNEL = "Тепер у нас є свій Telegram-канал, де ми публікуватимемо для Вас свіжі новини"

_SEVVESTNIK_CHANNEL = "Присоединяйтесь к нашему Telegram-каналу, чтобы быть в курсе всех главных событий"

_RIVERAIN_INFOLETTRE = (
    "Inscrivez-vous à nos infolettres. Recevez du contenu exclusif et ne ratez plus aucune nouvelle, "
    "directement dans votre messagerie."
)

_RIVERAIN_PARA = (
    "Loin de lever le pied en 2024, le gouvernement québécois entend au contraire accélérer la cadence, "
    "a fait savoir Martine Gagnon-Roy. «Tenez-vous bien, on ne ralentit pas !» a déclaré la première "
    "ministre, jeudi, en dressant le bilan de la session parlementaire."
)


PROBE58_APPEALS = [
    _doc("b78-northwickislesnews-alsointhenews-plaque-helpline-member-middle", "appeal", "middle",
         "Invented; modelled on Shetland News (two-story news digest, lone become-a-member line inside the second story)", "en", [
             "Also in the news / Fire station plaque, college places helpline, harbour dues consultation and more…",
             "A RETIRED firefighter from Tasmania with family ties to the isles has handed over a plaque marking the bond between his home brigade and the Skelwick retained fire crew.",
             "Doug Pattison lives in Devonport, on the north coast of Tasmania, some 280 kilometres from Hobart. He has spent the past ten weeks in the isles staying with his daughter Fiona Pattison, who serves as a retained firefighter at Skelwick station.",
             "Doug Pattison volunteers with the Mersey Valley Fire Brigade, a community-run crew that forms part of the Tasmania Fire Service, a state body tasked with protecting lives and property from fire.",
             "Skelwick station manager Ronald Isbister said: “We’re really touched by Doug’s gesture, and it has been lovely getting to know him during his stay with Fiona, who is one of our own retained crew.",
             "“There may be half a world between us, but both our brigades exist for the same reason – to keep our neighbours safe.”",
             "COLLEGE APPLICANTS across the isles are waiting to hear whether they have secured a place for the autumn term.",
             "Offers for full-time courses at Northwick College and its partner campuses on the mainland will be sent out this coming Thursday (17 August).",
             "The wait can be nerve-racking for all sorts of reasons, but the Youth Careers Service wants young people to know that help is only a phone call away.",
             "Its advice line opens at 9am on offer day; the number to ring is 0800 555 0143.",
             "Trained advisers will be available to talk through alternatives with anyone who does not get the place they were hoping for.",
             "Skills minister Alison Brodie said: “Offer day can stir up a lot of feelings for young people and their families, so having the chance to talk it through with someone independent who knows the options inside out can make a real difference.",
             _NORTHWICK_MEMBER,
             "“Whichever way it goes, there is a route forward for you.”",
         ], appeals=[_NORTHWICK_MEMBER]),
    _doc("b78-hollaygazette-lifeboat-creelboat-mailinglist-end", "appeal", "end",
         "Invented; modelled on The Shetland Times (short rescue item, two-line mailing-list block at the end)", "en", [
             "Lifeboat crew launched to aid creel boat",
             "Hollay’s lifeboat volunteers were paged late on Friday evening after a creel boat lost power in the Sound of Ravay.",
             "The boat, with two crew aboard, suffered engine failure at around 10.30pm.",
             "A passing trawler held her on a line near Breckon Point until the lifeboat reached the area and took charge.",
             "The crew brought the creel boat into Skarvoe harbour, a slow tow that was not finished until well after 3am.",
             _HOLLAY_INBOX,
         ], appeals=[_HOLLAY_INBOX]),
    _doc("b78-aldervalleyledger-givehighcountry-supportjournalism-middle", "appeal", "middle",
         "Invented; modelled on Vail Daily (giving-day feature, lone support-journalism line after a glued quote attribution)", "en", [
             "Alder Valley charities pour time and teamwork into Give Highcountry Day",
             "Want to pitch in?",
             "Give Highcountry Day, a single day of online donations, supports several hundred charities across the state, including roughly 45 in Alder County. For details, visit givehighcountry.example.org or aldergives.example.org.",
             "ALDER COUNTY — For a place of roughly 48,000 residents, we support an unusually large number of charities. On Thursday, Nov. 30, you can give to any of around 45 of them during the yearly Give Highcountry Day.",
             "The charities taking part this year — grouped under the Alder County Gives banner — have set themselves a bold target: at least $850,000. Last year's total fell just short of that figure.",
             "The list of participating charities keeps getting longer, as well.",
             "Terri Ridley, of the Alder Valley Chamber of Commerce, sits in on Alder County Gives planning sessions for her organization. There are plenty of those sessions. From late spring on, the Alder County Gives steering group gets together every month. The wider group of members gathers monthly, too.",
             "“Over the last several years the charities here have really started pulling together — it has picked up a lot in maybe the last four or five years. It's great to watch everyone join forces.”Janelle OrtizAlder Valley Business Alliance",
             _ALDER_SUPPORT,
             "Those sessions bring together people from local charities of every size.",
             "Staff from the smaller groups get to hear about approaches and methods the bigger organizations rely on. The bigger ones, in turn, pick up ideas from the little ones, Ridley said.",
             "“Plenty of small charities have to get really inventive about reaching people,” she said.",
             "Some of those inventive ideas can then be adapted by groups with bigger teams and budgets.",
             "“We all have so much to teach one another,” said Carla Vance, executive director of the Alder Valley Community Trust.",
             "The Alder Valley Community Trust is one of those little outfits that punches above its weight.",
         ], appeals=[_ALDER_SUPPORT]),
    _doc("b78-krishnaheralddaily-floods-qureshi-googlenews-channels-end", "appeal", "end",
         "Invented; modelled on The Siasat Daily (news item with glued byline stamp, Google News follow line and channels/app sentence at the end)", "en", [
             "Opp leader Imran Qureshi tours waterlogged colonies; seeks urgent aid",
             "Sameera JavedPublished: 14th September 2021 6:25 pm IST",
             "Vijayawada: Opposition leader Imran Qureshi on Sunday toured the houses of families hit by the floods in the Bhavanipuram area and called for urgent compensation for them.",
             "Voicing sympathy for the affected families, he said residents were paying the price for the ruling party's carelessness. While touring the Krishnalanka ward in the Patamata constituency, he claimed the government had turned the city into a swamp, pointing out that snakes were being pulled out of nearly every fifth home.",
             "Holding up a bottle of the tap water, he said the Chief Minister and his ministers should drink it themselves; only then would they grasp what ordinary citizens are going through.",
             _KRISHNA_FOLLOW,
         ], appeals=[_KRISHNA_FOLLOW]),
    _doc("b78-donaubote-kommentar-koalition-podcast-spende-end", "appeal", "end",
         "Invented; modelled on Unser Mitteleuropa (cut commentary, podcast/video-channel pair and a donation plea with sticker gift at the end)", "de", [
             "Von Reinhold Stadlmayr: Nicht bloß bei den Sozialdemokraten, sondern ebenso unter den Granden der Volkspartei scheint die Frage, ob und wie weit man sich mit Brandtner einlassen dürfe, zum entscheidenden Maßstab für die politische Zukunft des Landes geworden zu sein. Seit die schwarz-blaue Landesregierung im Burgenland steht, hagelt es Kritik an dieser Zusammenarbeit. Und zwar nicht nur aus der Kulturszene, von Kirchenvertretern und aus den linken Parteien, sondern auch aus den eigenen Reihen der Volkspartei …",
             _DONAUBOTE_PODCAST,
             _DONAUBOTE_SPENDE,
         ], appeals=[_DONAUBOTE_PODCAST, _DONAUBOTE_SPENDE]),
    _doc("b78-khvylya-gsches-bezdorozhye-telegram-top", "appeal", "top",
         "Invented; modelled on Слово (slovo.odessa.ua) (Russian news item, Ukrainian Telegram-channel line under the byline)", "ru", [
             "Автор: Игорь Данилюк",
             _KHVYLYA_CHANNEL,
             "Как сообщают в ГСЧС, грунтовые дороги после затяжных дождей так раскисли, что пробраться по ним не способна почти ни одна машина на колёсах. Поэтому к делу подключились спасатели.",
             "В ведомстве уточнили, что вчера спасатели, в том числе, привезли хлеб, крупы и питьевую воду в два села Балтского района - Липовка и Ставрово. Для этого понадобились гусеничные тягачи.",
         ], appeals=[_KHVYLYA_CHANNEL]),
    _doc("b78-severnyvestnik-zabaikalye-pozhary-telegram-top", "appeal", "top",
         "Invented; modelled on Вести (вести.сайт) (short regional item, join-our-Telegram line at the very top)", "ru", [
             _SEVVESTNIK_CHANNEL,
             "Забайкалье: тайга в огне",
             "За минувшие сутки в Забайкальском крае потушили семь лесных пожаров. Тем не менее обстановка остаётся тяжёлой – огнём охвачено свыше 30 тысяч гектаров. Лесные авиапожарные стягивают в край дополнительные силы. Вчера прибыла подмога из Красноярска, на сегодня ожидается борт из Улан-Удэ.",
         ], appeals=[_SEVVESTNIK_CHANNEL]),
    _doc("b78-leriverain-bilansession-gagnonroy-infolettres-top", "appeal", "top",
         "Invented; modelled on Le Quotidien (Saguenay) (politics article, newsletter sign-up line at the very top, first paragraph scraped twice)", "fr", [
             _RIVERAIN_INFOLETTRE,
             "Fin de session : «Tenez-vous bien, on ne ralentit pas !», lance Gagnon-Roy [VIDÉO]",
             _RIVERAIN_PARA,
             _RIVERAIN_PARA,
             "Un message clair, donc, pour ceux qui reprochent à l’Alliance citoyenne du Québec (ACQ) de vouloir tout changer trop vite et sans prendre le temps d’écouter. À commencer par les partis d’opposition, qui exigent plus de consultations.",
             "Un reproche qu’encaisse en partie le leader du gouvernement en Chambre, l’omniprésent ministre Julien Beaupré-Lacasse, conscient que sa réforme bâclée du Programme de francisation des adultes (PFA) restera la principale bourde du gouvernement cet automne.",
             "«J’ai compris qu’il faut prendre le temps d’écouter !» a lancé M. Beaupré-Lacasse en riant, lorsqu’on lui a demandé quelle leçon il tirait de 2023.",
             "Sur le PFA, sa patronne reste convaincue que la réforme s’imposait. «On ne change rien sans bousculer quelques habitudes. Quand on transforme les choses à ce point, il faut parfois corriger le tir. Mais le pire serait de défendre le statu quo et de rester les bras croisés. Le but était le bon, et on l’a atteint à 85 %», soutient Mme Gagnon-Roy.",
         ], appeals=[_RIVERAIN_INFOLETTRE]),
]


# --- Probe 58: negatives ------------------------------------------------------------------------

PROBE58_NEGATIVES = [
    _neg("b78-kritzelblatt-radioauenwelle-geldnot-foerderverein-neg",
         "Invented; modelled on trueten.de (blog) (blog relaying a community radio's own plea for donations and new members)", "de", [
             '"Radio Auenwelle" ist in akuter Geldnot',
             "Eines der dienstältesten nichtkommerziellen Radios im Land, Radio Auenwelle aus Göttingen, erlebt gerade die härteste Finanzflaute seit seiner Gründung. Die Festangestellten verzichten auf ihr Gehalt, das zweite Studio wird wohl gekündigt, Honorarverträge laufen aus, und es darf jetzt bloß kein Sendepult oder Mikrofon den Geist aufgeben.",
             "Woher die Geldsorgen kommen, lässt sich so zusammenfassen:",
             "Da ist einerseits die Basisförderung der Bürgerradios durch die LMK (Landesmedienkommission) und andererseits der Rechtsstreit mit der LMK – worum es darin ging und was dabei bisher herausgekommen ist. Das ist eine Menge Text, obwohl wir uns um Kürze bemüht haben – die Lektüre lohnt sich trotzdem!",
             "Weil wir weder mit einer faireren Aufteilung der Rundfunkbeiträge noch mit den nach Belieben vergebenen Fördertöpfen rechnen dürfen, bleibt Radio Auenwelle nur eine Möglichkeit: Wir müssen uns so weit wie irgend möglich von der LMK lösen. Das wichtigste Fundament dieser Unabhängigkeit ist unser Förderverein mit seinen Mitgliedern. Deshalb brauchen wir jetzt dringend Spenden und vor allem viele neue Fördermitglieder.",
         ]),
    _neg("b78-seeblickwochenanzeiger-gewerbeverein-tafel-scheck-neg",
         "Invented; modelled on Wochenblatt (Singen/Radolfzell) (local report on a business club's donation cheques to a food bank)", "de", [
             "Gewerbeverein Seewangen übergibt Spendenscheck",
             "Zuschuss für die Seewanger Tafel",
             "Seewangen. Im Team der Seewanger Tafel war die Freude groß, als Thomas Reindl und Sabine Aicher vom Gewerbeverein Seewangen zwei Schecks über zusammen 1.385 Euro mitbrachten. 520 Euro davon stammten aus dem Seifenkistenrennen beim Stadtfest. Dort waren diesmal 65 Kisten am Start. Für jede gefahrene Runde legt der Gewerbeverein seit Jahren einen festen Betrag für einen wohltätigen Zweck zurück. Der übrige Betrag kam durch den Verkauf der alten Fahnen zusammen, die früher bei den Stadtfesten die Marktstraße schmückten.",
             "»Mit so viel Geld aus dem Fahnenverkauf hatten wir gar nicht gerechnet. Umso schöner, dass wir der Tafel jetzt so kräftig unter die Arme greifen können«, sagte Thomas Reindl, der Vorsitzende des Gewerbevereins. Auch Gertrud Hallmayer, die den Tafelladen leitet, freute sich sehr über das Geld. Zumal die Lebensmittelspenden derzeit ohnehin spärlich ausfallen.",
             "Rund 40 bis 55 Menschen kaufen regelmäßig bei der Tafel ein. Ihre Bedürftigkeit müssen sie belegen. »Einen kleinen Betrag zahlen die Kundinnen und Kunden an der Kasse trotzdem, damit niemand das Gefühl hat, Almosen zu empfangen«, erklärt Gertrud Hallmayer.",
             "- Jonas Wetterich",
         ]),
    _neg("b78-meridianpost-vellara-quake-diaspora-giving-mural-neg",
         "Invented; modelled on The Times of Israel (feature on a diaspora giving wave after a disaster, bio line and photo captions)", "en", [
             "Wave of diaspora giving after the Vellara quake brings hope to shattered hill towns",
             "With dozens of groups rushing to help, the largest charitable foundations say they are dividing the work between them, each taking on a separate task, while leaving it to local towns to set priorities",
             "Miriam Castell is The Meridian Post's disaster and development reporter",
             "Solidarity concert for the Vellara valley on March 3, 2024, in a Buenos Aires park. (Tomás Ruiz)",
             "On a clear spring afternoon, after a long day with his brushes, Ariel Benasayag stepped back from the huge mural spreading across the wall of the cultural hall at the Vellara valley council offices and said it was among the most meaningful projects of his life.",
             "A diaspora artist from Buenos Aires who paints large pieces together with local people in cities around the globe, Benasayag is spending nine days on the work, which shows the valley's beloved mountain poppy, its terraced olive groves, swallows, butterflies native to Argentina, folk dancers, guitars, and much more.",
             "Benasayag first came to the valley three years ago and was moved by the quiet and loveliness of its villages.",
             "The mural, he said, captures that calm life before the earthquake.",
             "Each day, new groups of residents drop by to help fill in colour. “They say it's like therapy,” he said.",
             "The commission marks a partnership of almost 15 years between the Vellara Diaspora Fund of Argentina and the valley council, and reflects the remarkable outpouring of support from emigrants abroad since the quake struck last spring.",
             "A section of the finished mural. (Noa Feldman)",
         ]),
    _neg("b78-sibirinfo-omsk-volontery-fond-plechom-neg",
         "Invented; modelled on Украина.ру (Ukraina.ru) (item on volunteers' aid deliveries through a charity fund, teaser line then full paragraph)", "ru", [
             "Расстояние добру не помеха: из Омска – с теплом тем, кто на передовой",
             "Омичи собирают гуманитарную помощь для бойцов с самого начала СВО. Поначалу посылки были скромными, но вскоре понадобилось целое складское помещение... Сибирь.инфо, 11.11.2025",
             'Омичи собирают гуманитарную помощь для бойцов с самого начала СВО. Поначалу посылки были скромными, но вскоре понадобилось целое складское помещение. Его безвозмездно выделили отзывчивые горожане. Сегодня омские добровольцы отправляют на фронт примерно 80 грузовиков с одеждой, продуктами и техникой ежегодно. Благотворительный фонд, получивший название "Плечом к плечу", возглавила юрист Марина Ёлкина. Грузы волонтёры формируют главным образом по просьбам самих бойцов. Каждую заявку внимательно проверяют, потом закупают нужное и упаковывают. Денег за работу никто не берёт - все помогают по велению души. В общей сложности помощь получили бойцы из 450 подразделений. Помогают фронту и жители дальнего пригорода - посёлка "Ростовка".',
         ]),
    _neg("b78-rangitikeiherald-cyclone-mereana-donations-neg",
         "Invented; modelled on Waikato Herald (via PressReader) (community paper on storm-relief donations, a sentence broken across two lines)", "en", [
             "Townsfolk dig deep for storm-hit neighbours",
             "Upper Rangitīkei rolls up its sleeves to help",
             "Upper Rangitīkei households and firms went the extra mile for people hit by Cyclone Mereana, gathering and trucking essential supplies to Tairāwhiti.",
             "Help went well beyond the usual requests such as nappies, infant formula, bedding and towels, taking in stock feed, diggers, and plenty of strong arms to shift the mess.",
             "Taihape Ward councillor and owner of Party Pop Hire, Leanne Moffat, says the moment the storm hit, locals began messaging her to ask what they could do.",
             "“However little folk have, people round here would give you the jumper off their back,” Moffat says.",
             "She says a friend from the hire industry was already on the ground in Tairāwhiti, so she asked her what was needed most. Moffat then got other businesses on board to collect goods and host drop-off points.",
             "Mangaweka Contracting Ltd was among the firms that set up a collection point. The firm’s office manager Jodie Walsh",
             "says their lunchroom turned into “a proper beehive” for several days.",
             "“While we were collecting goods, some of our truckies carted a few loads of donated small hay bales and baleage up to farmers who needed it,” she says.",
             "The firm didn’t leave it at that, and was glad to send a few extra pairs of hands up to Tairāwhiti as well.",
             "“Our crew were up there for five days . . . It opened their eyes — you can’t really take in the scale of it until you’ve stood in it yourself,” says Jodie.",
             "Taihape charitable trust Hope Rising also sent a team who helped dig silt out of an orchard, and Ridgeline Forestry Services donated time and machinery to the clean-up, making a number of runs to the coast.",
         ]),
    _neg("b78-signaldrift-halcyon-paywall-prices-neg",
         "Invented; modelled on We Are Change (blog report on another news company's new paywall with monthly prices)", "en", [
             "Halcyon, the Dutch business wire giant, has just confirmed through a leak to the Post that, for the first time ever, it will lock its website – for years one of the few remaining free places to get market news and data – behind a paywall.",
             "The move, billed by the company’s marketing chief as “the largest digital overhaul at Halcyon in ten years”, will come with a push into deeper online coverage of key sectors – such as energy – pitched at a “business” readership.",
             "The new strategy arrives only a week after Halcyon named Marieke van Dalen, a deputy managing editor on its news desk, as the company’s next editor in chief, a post she takes up on Tuesday.",
             "While the move could gut Halcyon’s huge audience – its free site draws 32M unique visitors monthly – it may be welcome news for an online media business battered by round after round of job cuts: Halcyon’s digital chief, Pieter Hoekstra, said he planned to grow the digital team behind the redesigned site.",
             "Under the new setup, a subscription to will cost $29.99 a month, matching the Ledgerline digital plan (though new subscribers get a free trial first). That compares with the Capital Journal’s digital plan at $36.99 a month, while the Daily Exchange charges $17.25 monthly.",
             "Halcyon’s marketing chief Joost Verhagen told the Post that the choice came after “months of reader research” that showed what Halcyon’s audience wants to read.",
         ]),
    _neg("b78-nouvellesexpress-grandecollecte-fetes-vedettes-neg",
         "Invented; modelled on TVA Nouvelles (TV news item with stars urging viewers to give to a holiday food drive)", "fr", [
             "Ce ne sont pas tous les foyers qui ont des armoires pleines et un réfrigérateur rempli. La grande collecte des Fêtes est le moment idéal pour laisser parler son cœur et délier les cordons de la bourse pour une belle cause.",
             "Argent, denrées non périssables, articles d’hygiène et petites gâteries. Les vedettes vous demandent d’être généreux. «Passez au suivant», lance l’humoriste et chanteuse Noémie Castonguay.",
             "«Parce que je l’ai vécu, parce que j’ai moi-même dû aller aux comptoirs alimentaires. Je suis ici pour encourager les dons, mais aussi pour dire qu’il n’y a aucune gêne à demander de l’aide à un comptoir alimentaire. Il faut rappeler aux gens de donner pas juste en décembre, mais toute l’année», poursuit Noémie Castonguay.",
             "Félix Dubé espère lui aussi que la population se montrera généreuse, en pensant particulièrement aux aînés isolés et aux familles immigrantes. «On se vante d’être accueillants, c’est le moment de le montrer. Donnez, organisez une collecte au bureau, personne n’a d’excuse», lance l’animateur de Sauvetage à quatre pattes.",
             "Karine Ouellet tient quant à elle à ce qu’on ne juge pas ceux qui peinent à joindre les deux bouts et à payer l’épicerie.",
             "«Personne ne décide d’avoir un frigo vide, voyons donc. Donnez, et cessons de juger. Il y a des enfants qui ont faim et qui n’auront rien sous le sapin. C’est Noël, mais il faut être généreux douze mois par année. Faisons-le en grand», affirme la comédienne.",
             "Noémie Castonguay conclut en beauté: «DONNEZ, DONNEZ à la collecte», entonne-t-elle avec la voix puissante qu’on lui connaît.",
         ]),
    _neg("b78-foothillrecord-pinehollow-relieffund-grants-neg",
         "Invented; modelled on The Union (Grass Valley) (relief-fund story opening with a grant list, entries glued onto shared lines)", "en", [
             "Pine Hollow County Relief Fund keeps businesses, neighbors afloat",
             "Dana Whitcomb",
             "Staff Writer",
             "$95,000 to “Front-line” nonprofits:",
             "Hillside Food Pantry of Pine Hollow County, $18,000 Bridges Disability Resource Center, $18,000 Harvest Food Bank of Pine Hollow County, $18,000",
             "Ridge Country Family Services, $9,800",
             "Lake Alpine Community Foundation, $9,500 The Carver Youth Center, $7,250",
             "Open Hands Outreach, $5,900",
             "Safe Harbor Against Abuse, $6,500",
             "Kids First Advocates, $6,500",
             "$90,000 to Local Businesses:",
             "Granite Barbell Club, Cedar Flat, $2,500",
             "Rosalind Pyke - Pottery, Textile art, Pine Hollow City, $2,200 The Miners Inn, Oak Springs, $4,500",
             "The Sparrow Family Center, Cedar Flat, $2,500",
             "The Old Granada Playhouse, Pine Hollow City, $4,500",
             "For most Pine Hollow County businesses, the only sure thing is how unsure the months ahead look.",
         ]),
    _neg("b78-harwoodvalleytimes-harborlight-silverbell-shortfall-neg",
         "Invented; modelled on Trumbull Times (wire story on a charity's holiday bucket drive missing its goal)", "en", [
             "Harbor Light Mission's holiday donations miss the mark in Stanton Falls",
             "CEDAR HILLS, Minn. (Tri-State Wire) — The Harbor Light Mission's Silver Bell holiday donation drive came in below its fundraising target this year in one southern Minnesota town.",
             "The Harbor Light Mission in Stanton Falls says it reached 74 percent of its $145,000 target before the drive wrapped up on Dec. 24. The group told KSTF-TV that giving has slipped over the past several years and that a shortage of bell ringers is part of the reason.",
             "“Whenever nobody is standing at the bucket, nothing goes into it. What we really need is more volunteers,” said Capt. Rosa Lindqvist of the Stanton Falls Harbor Light Mission.",
             "She said another factor behind the shortfall is that fewer shoppers carry cash these days.",
             "“A growing number of people are struggling to make ends meet themselves,” she said.",
             "The Silver Bell drive goes back more than 90 years. It is the Harbor Light Mission's largest yearly fundraiser.",
         ]),
    _neg("b78-kcrv-goodshepherd-silverpail-online-neg",
         "Invented; modelled on WLDS (Jacksonville, Ill.) (radio-station brief on a charity drive short of its goal, ending with where to give online)", "en", [
             "The Good Shepherd Mission Silver Pail drive beat last year’s figure, although it still came up short of its $80,000 target.",
             "Good Shepherd Mission Captain Dale Huffman says that although they missed their final target, this year’s drive is a move in the right direction.",
             "Huffman says the fundraising will carry on even though the holidays are over. He outlines how area residents can still give and says the Mission will keep accepting gifts until January 31.",
             "One of the highlights of the Silver Pail drive is the gold coin, which Huffman says the Mission found in a pail the Tuesday before Christmas.",
             "Huffman also reminds Carrollton residents that gifts can be made online. Visit the Good Shepherd Mission’s Facebook page, or follow the link posted with this story at kcrv/kcrf.example.com.",
         ]),
]


BATCH78_DOCUMENTS = PROBE58_APPEALS + PROBE58_NEGATIVES
