"""Batch 83: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (5 appeal, 11 negative; EN, DE, RU, FR): our own paraphrases of every document of the
local-only real probe 63 (16 documents). Each keeps the real page's structure line for line (a
three-line member banner with its join button above a headline, dateline and photo caption, and a
bracketed "read more" link at the foot; a kicker, headline, teaser, glued "VON"/"DATUM" byline and date
lines with an author biography; a newsletter pitch closing a legislative-session explainer with its
sign-up prompt and form confirmation line; an editor's letter with a sign-off and a bare web-address
line followed by two teaser lines; a campaign post with byline and date above a numbered list of
"best bits" with platform tags; news briefs with headlines broken over two lines; a timestamp and
city dateline; photo credit and source lines) and exactly what the real gold marks: a member banner
with its join line and button at the very top of an article; a two-line reader button ("thanks, I want
to keep reading ...") between the date line and the article's first sentence; a four-line newsletter
block (questions, pitch, "sign up" prompt, success message) that ends the page; two paragraphs of a
co-operative's community-share offer (deadline, all-or-nothing target, web address and phone numbers,
then "please spread the word") inside an editor's letter, whose thank-you paragraph above and sign-off
below stay text; one paragraph of a crowdfunding target with a one-off-donation-or-subscriber link in a
campaign post, whose founding history above and "best bits" list below stay text. Negatives keep what
makes the real ones hard: a food bank's holiday drive asking for items with a price and drop-off
sites; a religious radio brotherhood reporting listeners' humanitarian collections; a wire story on a
campaign's small-dollar donations with sums; a couple's viral fundraiser for a legal-aid nonprofit
with totals and quoted thanks; a mystery donor to a city-region hardship fund with the campaign
page's plea quoted; briefs on a report about individual donors to nonprofit newsrooms; a club's
crowdfunding for school satchels with a link line; a bank platform's crowdfunding for a school
association; a utility's crowdfunding month with totals; a football club foundation's donations and
still-open kitty; a city's wave of donations with a fraud warning.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the unseen fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 63: appeal documents -----------------------------------------------------------------

_STEPPE_BANNER = "\n".join([
    "Become a Steppe Courier Member",
    "Back free reporting from Central Asia: Sign up now",
    "Become a member",
])

_BRUECKE_BUTTON = "\n".join([
    "GERNE,",
    "ich will das Brückenblatt noch lange weiterlesen!",
])

_PLATTE_NEWSLETTER = "\n".join([
    "Following it all can feel like a second job. Whose voices get invited to the committee table when a bill could change your paycheck or your school? What gets settled in the hallway before the vote? Which of Nebraska's real problems get pushed aside so senators can chase their favorite causes? Where exactly are the sticking points that keep useful bills from moving?",
    "That's why we built a newsletter to untangle the session for you. We call it “Capitol Notes,” and each issue hands you a few short, plain-language takeaways: the handful of things worth knowing about what the Unicameral did on a given day. Like everything we publish, it costs nothing, and it lands in your email each weeknight from Monday to Thursday while lawmakers are in Lincoln.",
    "Sign up below:",
    "Done! You're subscribed.",
])

_COMMONGROUND_SHARES = "\n".join([
    "I'd love to report that we are safely across the finish line – but at the time of writing there is a real distance left to cover. You can buy shares until 11 May at ownthestory.example.org. The £420,000 goal works on an all-or-nothing basis – fall short, and we collect nothing at all. To put money in, visit ownthestory.example.org, or phone +44 (0)1632 960518 (UK) or (555) 010 4477 (US and Canada).",
    "These next few weeks will decide it. Having no trusty fortune-teller on staff, we will spend them trying our very hardest to find every kindred spirit out there who might help us get over the line. Please pass the news along.",
])

_UNDERCURRENT_FUND = (
    "We at Undercurrent have plenty of plans, but if this project is going to keep pace with a political "
    "scene that changes by the week, we must find money for new cameras and microphones for "
    "UndercurrentTV, pay something back to the people who write and record for us, and put on our "
    "very first in-person gatherings: UndercurrentLIVE. So we are asking you to help us find £15k "
    "within 40 days. Head to give.undercurrent.example.org to chip in once, or sign up as a regular "
    "supporter if you'd like to back Undercurrent for the long haul."
)


PROBE63_APPEALS = [
    _doc("b83-steppecourier-marchers-jailed-top", "appeal", "top",
         "Invented; modelled on OC Media (news article, three-line member banner with join button at the top)", "en", [
             _STEPPE_BANNER,
             "12 Kyrgyz opposition marchers handed jail terms",
             "8 March 2020",
             "Aibek Tokonov, a member of the Clean Ballot movement, at the march held on 4 March. (Daria Osmonova / Steppe Courier)",
             "After a string of drawn-out hearings, 12 of the 41 people detained after Wednesday's march in Bishkek have been ordered into short-term custody. Opposition parties have demanded they be freed and promise to return to the streets on Saturday.",
             "Supporters packed into the Pervomaisky District Court greeted the rulings, which ranged from five to 15 days in custody, with chants aimed at the head of the governing Unity Front, Kanybek Sydykov. Some in the gallery called the presiding judge, Nurlan Abdykadyrov, Sydykov's ‘errand boy’.",
             "Judge Abdykadyrov handed down his decisions shortly before dawn on 8 March.",
             "Three of those on trial avoided custody. Two walked free after paying fines of 7,000 som ($95) each, and a third left with only a written caution.",
             "The court has so far not reviewed the files of the other 26 detainees, whose hearings have been pushed back.",
             "Opposition supporters gathered outside the presidential administration on Friday and tied white ribbons along the railings of its main entrance.",
             "White ribbons have turned into the emblem of the opposition's anger at the government and the Unity Front majority in parliament since the party went back on its pledge to lower the threshold for small parties on 1 March.",
             "That reversal set off three days of marches and a sit-in outside the parliament. Protesters were detained when special police units broke up the sit-in on Wednesday.",
             "[Read more on Steppe Courier: Police use tear gas to clear sit-in outside Kyrgyz parliament]",
         ], appeals=[_STEPPE_BANNER]),
    _doc("b83-brueckenblatt-gegenueberstellung-danke-top", "appeal", "top",
         "Invented; modelled on MiGAZIN (opinion piece, two-line reader support button after the date line)", "de", [
             "Eine Gegenüberstellung",
             "Kein Sonderweg für die Bundesrepublik",
             "„Wer hierzulande vor abgeschotteten Milieus warnt, verkennt die Lage. Wenn uns etwas fehlt, dann sind es mehr eigene Gemeinschaften, nicht weniger“, meint Nadir Osmanoglu und blickt dafür nach Kanada.",
             "VONNadir Osmanoglu",
             "Der Verfasser ist im Ruhrgebiet als Sohn einer türkisch-kanadischen Familie groß geworden. Eine Weile ging er auf ein angesehenes Internat am Bodensee, bis ihn Fehlstunden und schlechte Gesellschaft an eine Hauptschule in Gelsenkirchen zurückbrachten. Bis Mitte zwanzig versuchte er sich als Türsteher, Hobbyboxer und glückloser Kleinganove mit Musikambitionen. Im Freiwilligen Sozialen Jahr fuhr er Essen auf Rädern aus, zog nach Hamburg, kam auf Umwegen zum Jurastudium und verbrachte Semester in Ankara und Montréal. Zwischendurch verkaufte er Zeitschriftenabos an Haustüren in Sachsen und auf Sylt. Während des Studiums verdiente er sein Geld als Dolmetscher und Nachhilfelehrer. Inzwischen wohnt er in Hamburg-Wilhelmsburg.",
             "DATUM14. April 2013",
             _BRUECKE_BUTTON,
             "Kaum zurück aus einem Provinznest in Manitoba, geriet ich am vergangenen Samstag am Hermannplatz mitten in einen Umzug zum Welttag der kulturellen Vielfalt.",
         ], appeals=[_BRUECKE_BUTTON]),
    _doc("b83-plattevalleyreport-capitolnotes-newsletter-end", "appeal", "end",
         "Invented; modelled on Mountain State Spotlight (session explainer ending in a newsletter pitch, sign-up prompt and form confirmation)", "en", [
             "Nebraska's Unicameral convenes for its new session on Jan. 8. It's a season of hope and opportunity — a moment when the people we elected can set aside their differences and tackle the biggest problems facing the state.",
             "Now and then, that really happens. Yet the session can just as easily turn into weeks of wasted chances, partisan squabbles, speeches for the cameras – and even lobbyists bending the rules for their clients.",
             _PLATTE_NEWSLETTER,
         ], appeals=[_PLATTE_NEWSLETTER]),
    _doc("b83-commonground-editorsletter-shareoffer-middle", "appeal", "middle",
         "Invented; modelled on New Internationalist (editor's letter, community-share offer paragraphs between a thank-you and the sign-off)", "en", [
             "On 2 April we flipped the switch and crossed our fingers.",
             "We had only just opened our Community Share Offer, asking you, the readers and friends of this magazine, to invest in a fairer kind of media and take a stake in The Common Ground Review. For all our months of preparation and careful spreadsheets, we had stepped off the edge of the map.",
             "What I can say is that we have started to relax a little. You answered straight away, generously and in numbers that left us humbled. Inside the first week we were already past a fifth of the way. The warm notes you wrote to us (turn to Your Say) suggest you understand us better than we understand ourselves. From all of us in the Common Ground co-operative – Thank You and Welcome Aboard.",
             _COMMONGROUND_SHARES,
             "Lots of our newest owners have told us how much they value what we do in an age of spin, invented stories and convenient truths. By chance, that same tilted media world is the backdrop to this issue's Cover Feature, which looks at the alarming spread of far-right nationalism. As ever, we also ask what might be done about it.",
             "Maren Ekwueme for the Common Ground Review co-operative.",
             "www.commonground.example.org",
             "Strongmen are feeding on voters' disillusion with the mainstream. Maren Ekwueme on what they threaten.",
             "While The Common Ground Review launches its bold, reader-owned shares venture, Tobias Reyes looks at the paradoxes of the news business today.",
         ], appeals=[_COMMONGROUND_SHARES]),
    _doc("b83-undercurrent-15k-bestbits-fund-middle", "appeal", "middle",
         "Invented; modelled on Novara Media (campaign post, crowdfunding paragraph between the founding story and a numbered best-of list)", "en", [
             "#Undercurrent15k: The Pieces You Loved Most from Undercurrent",
             "by Undercurrent Staff",
             "14 March 2016",
             "Starting life as the Undercurrent Hour on the community station Estuary 93.7, Undercurrent became a web-based outlet for audio, video and writing in 2014. Through its three strands – Radio, TV and Print – Undercurrent sets out to give room to radical politics and analysis, reaching people who feel let down by the politics and press on offer today. Up to this point, Undercurrent has run on the goodwill of unpaid volunteers with next to no budget, and on pieces donated by a long list of generous writers and broadcasters.",
             _UNDERCURRENT_FUND,
             "To kick off #Undercurrent15k, we've pulled together some of the favourites you picked from everything we make:",
             "1. Organising After the Mill Closed (UndercurrentRadio)",
             "Priya Halden talks about unions, precarious work and solidarity with Owen Tracy and Marguerite Ashdown.",
             "2. Rosalind Kerr: ‘The next election will look nothing like the last’ (UndercurrentTV)",
             "Samir Okonjo sat down with Rosalind Kerr during her party leadership race to ask what her programme would mean for housing, local councils, public transport and beyond.",
             "3. Five Myths About Rent Control, Answered (UndercurrentPrint)",
             "Rent control was back in the headlines when the mayor of a northern city floated a local cap on increases in early 2016. In this piece, Hannah Vickers, Tom Adeyemi and Lucy Fairbairn took apart the usual objections to the idea.",
         ], appeals=[_UNDERCURRENT_FUND]),
]


# --- Probe 63: negatives --------------------------------------------------------------------------

PROBE63_NEGATIVES = [
    _neg("b83-riverbenddailynow-holidaydozen-fooddrive-neg",
         "Invented; modelled on News-Press NOW (local news on a food bank's holiday item drive with a price and drop-off sites)", "en", [
             "Harvest Table Food Pantry is giving its usual winter food drive a festive twist this year.",
             "The \"Holiday Dozen\" drive aims to get families into the spirit of the season while giving something back so more neighbors can enjoy the holidays.",
             "“It lets a whole household breathe a little easier and actually relax and enjoy the time off together,” said Dana Whitcombe, outreach coordinator at Harvest Table.",
             "The pantry is asking each donor to bring 12 food items, roughly an $18 purchase, such as canned chili, oatmeal, rice, tuna and applesauce (the full list of the 12 items can be picked up from Harvest Table). Those items are the ones families ask for most often and are simple to cook with little equipment.",
             "Together the 12 items form a so-called weekend bag, handed out through Harvest Table's School Pantry program at junior high and high schools. Students collect the bag as the final bell rings on Friday, but it is meant to feed the whole household.",
             "“Each bag isn't only for the student, it's for everyone at home, because usually if a kid is going without, the parents and brothers and sisters are going without too,” Whitcombe said.",
             "Harvest Table counts on the school districts to work out what students need and to make sure they know food is available to them, Whitcombe said.",
             "Donors don't have to stop at a single set of 12 items; anyone who can put together several weekend bags is encouraged to do so.",
             "Anyone who wants to give can bring items by Dec. 28 to Harvest Table, 402 Lockwood Ave., or to drop bins at Fairway Foods, Northgate Hy-Vee, Carter's Grocery and Miller Market.",
             "More details on giving and upcoming events are posted on the Harvest Table website, www.harvesttable.example.org.",
         ]),
    _neg("b83-radioblagovest-gumpomosch-navodnenie-neg",
         "Invented; modelled on Radonezh (religious radio item on listeners' humanitarian collections, timestamp and city lines)", "ru", [
             "14.03.2024 11:20:05",
             "ТВЕРЬ",
             "Протоиерей Андрей Соколовский и волонтёр Мария Зуева рассказали слушателям радио «Благовест» о новой поездке с гуманитарным грузом в пострадавшие от паводка сёла. Вещи и продукты для этих поездок приносят слушатели станции и просто отзывчивые люди, например, к стойке «Благовеста» на церковных книжных ярмарках.",
             "Благотворительное общество «Благовест» отправило правящему архиерею письменный отчёт о доставке помощи в затопленные районы. В отчёте говорится, что «общество «Благовест» возит помощь в зоны бедствий с 2019 года. Поездки совершались вместе с иереем Николаем Беловым по благословению епископа Тверского. Примерно раз в два месяца в сёла, приходы и сельские больницы отвозили от одной до двух тонн продуктов, лекарств и строительных материалов.",
         ]),
    _neg("b83-wirewell-marsh-campaign-smalldonors-neg",
         "Invented; modelled on Reuters (wire story on a campaign's small-dollar donations with sums)", "en", [
             "Most of Marsh campaign's cash came from small givers",
             "DENVER/WASHINGTON Fri Oct 14, 2011 4:12pm EDT",
             "Senator Helena Marsh speaks at a town hall in the gymnasium of a high school in Aurora, Colorado, October 13, 2011. WIREWELL/Tomas Alvarado",
             "DENVER/WASHINGTON (Wirewell) - Close to 60 percent of the $41 million Senator Helena Marsh collected for her presidential bid over the summer came from contributions of $200 or under, disclosure reports made public on Thursday showed.",
             "Earlier this month, Marsh announced summary figures for July through September, beating a fundraising mark set four years ago by a rival in her party. The $41 million combines $26 million taken in by the campaign and $15 million gathered by an allied joint fundraising committee.",
             "The figures back up the campaign's pledge to rely on modest contributions from ordinary voters rather than big-money political action committees as Marsh seeks her party's nomination next year.",
             "Upward of 62 percent of the money raised directly by Marsh for President came in amounts of $200 or smaller, the disclosure reports showed.",
             "Across the joint committee, an average of 54 percent of gifts were below $200.",
             "Marsh's national profile has let her outpace her rivals, several of whom are still struggling to get on the ballot in the early states.",
             "Her nearest challenger, Governor Walter Briggs, reported $11.6 million for the quarter, with only about $400,000, under four percent, arriving in gifts of $200 or smaller, his filings showed.",
             "Congressman Dale Fenwick of Ohio, who has climbed quickly in recent polls, reported $3.1 million for the quarter, including $1.5 million moved over from his congressional account, his aides said on Thursday.",
         ]),
    _neg("b83-pocketbook-okafor-couple-legalaid-fundraiser-neg",
         "Invented; modelled on Moneyish (photo credit, teaser and a couple's viral fundraiser for a legal-aid nonprofit with totals)", "en", [
             "(Lena Marsh/Northlight Photo)",
             "Crowdfunding drives for legal-aid groups such as CIDP and two family-defense charities have pulled in millions in modest gifts",
             "Nadia and Tom Okafor, shaken by a video of a toddler crying as officers led her father away, set out on a Sunday afternoon to collect $2,000 for the Coastal Immigrant Defense Project (CIDP). By Wednesday morning, their fundraiser had passed $5 million.",
             "The Portland couple — a nurse and a middle-school teacher who once worked at a tech startup — had stumbled on the reach of social giving: With gifts from 120,000 people that came to about $42 apiece, the Okafors' fundraiser to “Keep a family together in court” kept climbing at close to $2,500 a minute, they told Pocketbook by email.",
             "“Whatever anyone's politics, an awful lot of us are heartbroken watching children pulled away from their moms and dads. Most of us can't stand at the border with these families, but giving to CIDP is something you can do in under a minute, and together that adds up,” Nadia Okafor said. “When people pull in the same direction like this, it helps with the sense that nothing can be done. But this is only the beginning, and giving money is the simple bit, so we hope people keep reading up on this and find ways to get involved.”",
             "The Oregon-based legal-aid group, for its part, wrote on Facebook on Tuesday that “no thank-you could match what this money will let us do.” “Half the staff has teared up at their desks today every time someone refreshed the total,” the post added.",
         ]),
    _neg("b83-thetynetimes-mysterydonor-hardshipfund-neg",
         "Invented; modelled on The Manc (city-region news on a mystery donor to a hardship fund, mayor's tweet and campaign page quoted)", "en", [
             "An anonymous donor has handed a five-figure gift to Tyneside's winter hardship appeal – leaving Mayor Gareth Pryce lost for words.",
             "The new TogetherTyne appeal – launched to give extra help on the ground to those hit hardest by the cost-of-living crunch this winter – has got off to a flying start; with more than 350 gifts arriving since its fundraising page opened a few days ago.",
             "But Pryce – one of a group of well-known local figures behind TogetherTyne – revealed that a single unnamed person had put £40,000 into the appeal on Thursday (12 November) night.",
             "The Mayor posted: “To the person who quietly gave £40,000 to #TogetherTyne tonight, I honestly can't find the words to thank you.",
             "“You've shown us we can get families through the worst of it.",
             "“And thank you to everyone who has chipped in.”",
             "TogetherTyne is collecting money to fund local help for those worst affected by rising bills – from feeding hungry families, to keeping people off the streets, to offering counselling and mental health care.",
             "The appeal page says: “Lots of households have already seen their money run out as prices climb, and things are getting harder. Parents, pensioners, neighbours and entire streets need a hand. But in hard times, this region sticks together.",
             "“If you are able to spare a little, it all counts. Every gift goes straight to the households hit worst.",
             "“The money from this appeal will pay for vital help in every one of our seven boroughs.”",
             "Among those already backing the appeal, which opened on Monday, are Helen Archer, chief executive of Quayside Homes; former Newcastle striker turned pundit Ray Dunmore; stage actor Fiona Keld; the Right Reverend Simon Ashby, Bishop of Tynemouth; and Joe Ridley, head of Northern Larder, which runs the region's surplus food network.",
         ]),
    _neg("b83-cottonwoodherald-briefs-nonprofitnews-donors-neg",
         "Invented; modelled on New Ulm Journal (wire briefs page, headlines split over two lines, report on individual donors to nonprofit newsrooms)", "en", [
             "Nation",
             "Study: Readers are giving more",
             "to nonprofit newsrooms",
             "WASHINGTON (AP) — Nonprofit newsrooms remain one of the rare bright spots in the struggling news business. A study released Tuesday indicates they are widening their funding base by bringing in more gifts from ordinary readers.",
             "The findings come from the Alliance for Community Newsrooms, whose members include statehouse bureaus, topic-focused sites and investigative teams such as the Midwest Watchdog Project and Coastline Reporting Lab. About two-thirds of the alliance's 310 members were founded after 2009.",
             "Grant-making foundations used to supply most of the money for these newsrooms, but readers are closing the gap.",
             "The alliance says its members drew 41% of their revenue from foundations and 37% from individual readers last year. Sponsorships and events made up most of the rest.",
             "Widow of slain Detroit",
             "pharmacist testifies at trial",
             "DETROIT (AP) — The widow of a pharmacist shot during a robbery at his west-side drugstore testified Tuesday in the trial of the two men accused of killing him, telling jurors he had phoned her to say he would be home for dinner minutes before the gunmen came in.",
             "The Detroit Free Press reports that Angela Morrow said on the second day of testimony that her husband, Curtis, ended the call that March evening by promising to bring home her favorite pie. But, she said, “He never walked through that door.”",
         ]),
    _neg("b83-radioemscherland-turnbeutel-crowdfunding-neg",
         "Invented; modelled on Radio Oberhausen (local radio item on a club's crowdfunding for school satchels, photo credit and link line)", "de", [
             "Spendenaktion für Schultüten-Projekt",
             "Gut 2.700 Euro sind auf der Spendenplattform der Stadtwerke Emscherland bereits für ein Schultüten-Projekt eingegangen. Weil die Sammlung noch zehn Tage offen ist, dürfte die Summe weiter steigen.",
             "© Lena Brockhoff/Revierbild Agentur",
             "Der Verein „Laufen hilft“ bittet über die Plattform um Geld, um für Erstklässler gefüllte Schultüten samt Turnbeutel und Brotdose zu besorgen. Sie gehen an Familien, die sich die Ausstattung zum Schulstart sonst kaum leisten könnten. „Laufen hilft“ organisiert Benefizläufe und sammelt dabei Spenden. In den vergangenen Jahren kamen für die Schultüten jedes Mal rund 9.000 Euro zusammen. Diesmal genügt das noch nicht – vor allem, weil sich die Aktion herumgesprochen hat und mehr Familien anfragen. Der Verein möchte trotzdem niemanden abweisen. Anträge stellen die Kindergärten. Über sie gelangen die Schultüten dann an die Eltern. Die Kinder bekommen nicht mit, dass ihre Schultüte gespendet wurde.",
             "Zur Spendenaktion für das Schultüten-Projekt geht es hier.",
         ]),
    _neg("b83-lahntalanzeiger-foerderverein-crowdfunding-neg",
         "Invented; modelled on Oberhessische Presse (local report on a bank platform's crowdfunding for a school association, photo caption and source line)", "de", [
             "Spendenaktion übertrifft alle Erwartungen",
             "Sparkasse Lahntal unterstützt Schulverein Spendenaktion übertrifft alle Erwartungen",
             "Unter dem Motto „Ankommen leicht gemacht“ hatte der Förderverein der Brüder-Grimm-Schule Biedenkopf im Oktober des Vorjahres seine Sammelaktion auf der Spendenplattform der Sparkasse Lahntal begonnen.",
             "Die Filialleiter Monika Reuther (Dritte von links) und Jens Albrecht (ganz rechts) überreichten den Scheck an Mitglieder des Fördervereins und an Schulkinder.",
             "Foto: Verein",
             "Biedenkopf. Immer mehr Mädchen und Jungen aus geflüchteten Familien lernen an der Brüder-Grimm-Schule.",
             "Vielen dieser Kinder, die unter dem Verlust ihres Zuhauses, belastenden Erlebnissen auf der Flucht und einer ungewissen Zukunft leiden, fehlt es am Nötigsten. Der Förderverein will ihnen zeigen, dass sie hier gern gesehen sind, ihnen den Einstieg in den Schulalltag erleichtern und ihnen helfen, Kontakte und Freundschaften zu knüpfen.",
             "Vereinsvorsitzende und Ideengeberin Sabine Hofmeister rechnete anfangs mit einem Bedarf von 3500 Euro. Die Unterstützer, die zum Freischalten der Aktion gebraucht wurden, hatten sich binnen einer Woche gemeldet.",
             "In der darauf folgenden zehnwöchigen Sammelphase trugen insgesamt 52 Spender über die Plattform der Sparkasse Lahntal dazu bei, das Projekt zu stemmen. Zusätzlich legte das Institut auf jede Spende bis zu 40 Euro noch einmal den gleichen Betrag drauf, insgesamt 1480 Euro.",
             "Im Januar schloss die Aktion mit stolzen 4615 Euro ab – deutlich mehr als ursprünglich angepeilt, sodass nun zusätzliches Lernmaterial gekauft und weitere Angebote zum Ankommen organisiert werden können.",
         ]),
    _neg("b83-kuestenbote-wagriencrowd-juniaktion-neg",
         "Invented; modelled on Der Reporter (local report on a utility's crowdfunding month with totals and quoted winners)", "de", [
             "„Mutig starten und Freunde mobilisieren“",
             "Juni-Aktion der WagrienCROWD bringt mehr als 24.000 Euro ein",
             "Lensahn. Zwölf geglückte Vorhaben, 471 Spenderinnen und Spender und mehr als 24.000 Euro Gesamtsumme: die „Juni-Aktion“ der Stadtwerke Wagrien (SWW) ist rundum gelungen. Clubs und Initiativen aus Sport, Schule, Kunst und Nachbarschaftshilfe hatten bis Ende Juni parallel auf der Sammelplattform der SWW unter www.wagriencrowd.example.de Spenden für ihre Ideen eingeworben. Zum Auftakt bekam jedes Projekt im Juni 150 Euro Startkapital gutgeschrieben, sofern das Sammelziel bei wenigstens 800 Euro lag. Zudem stockten die SWW ihren Zuschusstopf im Juni von 300 auf 2.500 Euro auf. Auch der Zuschuss pro Spende stieg von 5 auf 15 Euro. Wer einem Projekt wenigstens 5 Euro gab, löste im Aktionsmonat 15 Euro zusätzlich aus dem Topf aus.",
             "Jana Petersen, bei den SWW für die WagrienCROWD zuständig, überreichte am Dienstag einen Scheck über 3.640 Euro an die vier Projekte mit den meisten Unterstützern. Darunter war auch Kassenwart Olaf Brüggemann vom SV Grömitz, der binnen zwei Tagen schon 4.200 Euro beisammen hatte. „Anfangs war ich ziemlich skeptisch und hätte nie gedacht, dass das so gut läuft“, sagte Brüggemann.",
             "Ebenfalls erfolgreich war der Heimatverein Oldenburg, der in 30 Tagen 8.412,50 Euro für neue Bänke am Wallmuseum sammeln wollte und dieses Ziel klar übertraf. „Am meisten hat uns gefreut, wie viele Einzelpersonen mitgemacht haben, das zeigt, wie sehr die Leute an ihrem Ort hängen“, sagte Britta Lorenzen, Schriftführerin des Heimatvereins. „Genau so geht es! Loslegen, Freunde mobilisieren und nicht lockerlassen!“",
         ]),
    _neg("b83-planeteballon-fcopale-fondation-dons-neg",
         "Invented; modelled on Made in Foot (football news on a club foundation's donations and its still-open kitty)", "fr", [
             "Voilà dix jours, le FC Côte d'Opale faisait savoir qu'il avait versé 150 000 euros par l'intermédiaire de sa fondation pour aider les soignants face à l'épidémie. Le club boulonnais ne s'est pas arrêté là et affirme avoir réuni 65 000 euros de plus via sa collecte en ligne. Précision utile : la collecte est toujours accessible.",
             "Dans un communiqué, le club explique que \"prolongeant l'engagement de la Fondation Opale, nous reversons dès à présent l'argent rassemblé par nos supporters, nos partenaires et nos amis aux structures jugées les plus urgentes face à l'épidémie. Ces 65 000 € s'ajoutent à l'aide de départ de 150 000 € apportée par le FC Côte d'Opale\". Pour ce qui est de la ventilation, la fondation indique que \"50 000 € de plus iront à la recherche au centre hospitalier du Boulonnais, par le biais de son fonds de dotation, et que 15 000 € seront partagés équitablement entre le Secours populaire du Pas-de-Calais, l'Abri côtier, l'Épicerie solidaire d'Outreau et l'association Toit pour tous\".",
         ]),
    _neg("b83-radiovolcans-clermont-dons-arnaques-neg",
         "Invented; modelled on Radio Espace (local radio item on a city's wave of donations with a fraud warning)", "fr", [
             "À Clermont, la générosité ne faiblit pas",
             "Les communes et le département ont toutes voté des enveloppes d'urgence, et jamais les associations n'avaient reçu autant de chèques de la part des habitants.",
             "Au total, plus de 1,3 million d'euros de dons, publics comme privés, ont afflué en à peine dix jours dans toute la métropole.",
             "Par ailleurs, le service régional de la répression des fraudes, installé à Clermont, publie sur son site une alerte contre les filous tentés d'exploiter la bonne volonté des donateurs dans cette vague de solidarité.",
         ]),
]


BATCH83_DOCUMENTS = PROBE63_APPEALS + PROBE63_NEGATIVES
