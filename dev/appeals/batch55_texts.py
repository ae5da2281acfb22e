"""Fifty-fifth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

39 documents (17 appeal, 22 negative; EN, DE, FR, RU): our own paraphrases of every document of the
local-only real probe 34, which holds several pages per outlet. Each keeps the real page's structure
(headline, dateline, byline, photo-credit lines, a site menu, share-button rows, article-length lines,
paywall boxes cut off mid-word, comment boxes) and exactly what the real gold marks: a "Join us" link
and a newsletter sign-up line at the top of a media-criticism feature; a membership plea with its
price and perks inside a newsletter paragraph; a daily-newsletter line plus follow-and-repost lines
at the top (and once again at the end) of an analysis site's pages, repeated verbatim across its
pages like the real ones; a daily's trial-offer banner repeated three times above the masthead and a
subscribe-to-keep-us-independent paywall paragraph (verbatim across two pages), a price box with print,
online and gift subscriptions, and a subscription plea with a trial offer; a sign-up paywall and a
short log-in-or-register line repeated across an outlet's pages; a top "install us for your family"
support line, a mirror-address support line and a "support" button inside a site menu. Negatives
keep what makes the real ones hard: media-economics reports on foundations, donations, public
subsidies, delivery costs and paywalls; a reader's comment offering to pay; charity-sector reports
full of donation sums and subscriptions; an interview with a "buy photo" credit; a magazine's own
anniversary supplement; analysis pages of the same site without their newsletter block.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like batches 29-54 `build_devset.py --batch55` takes each
text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch55.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Media-criticism magazine (modelled on Columbia Journalism Review) -----------------------------

_MPR_JOIN = "Join us"
_MPR_SIGNUP = "Get The Press Briefing, MPR's weekday newsletter."
_MPR_MEMBER = ("If you haven't signed on as a member yet, we would welcome your backing—$45 brings you "
               "twelve months of members-only pieces, four copies of the printed magazine, and invites "
               "to our live events.")

PROBE34_MPR = [
    _doc("b55-mpr-halvorsen-top", "appeal", "top",
         "Invented; modelled on Columbia Journalism Review (research-lab feature with a Join-us link and a newsletter line on top)", "en", [
             _MPR_JOIN,
             "Halvorsen Lab",
             "",
             "“A collapse can also be an opening”: Where are community newsrooms without owners headed?",
             "",
             "May 4, 2022",
             " ",
             "",
             _MPR_SIGNUP,
             "",
             "On February 9, 2021, reporters at the Lakeshore Beacon, a 38-year-old free weekly in Port Whitcomb, Ohio, were rushing to finish a flood special after throwing out the cover they had planned. The issue went to the racks the following day, and that afternoon the paper's owners told the staff that the only way to keep the Beacon alive was to stop printing until further notice. Within ten days, every one of its 19 staff members had lost their job. “There was no warning at all,” said Corinne Maddox, its editor. “Not one of us expected it to close down overnight.”",
             "",
             "That flood special turned out to be the final Beacon under that ownership. For a few months a skeleton crew kept the website going with money from an emergency small-business loan, but by autumn the owners said they had no further interest in running the weekly. Maddox is now turning it into a nonprofit, largely staffed by unpaid helpers. She would like to return to print some day, this time backed by foundation grants and gifts from individual readers.",
             "",
             "The Beacon's switch is one example among dozens in which reporters treat the loss of a local paper—sped up by layoffs across the industry during the health crisis—as a reason to reinvent the way news reaches their town. Outlets are trying funding models that lean less on ad sales than the old ones did. Versions of the idea have appeared from Tacoma, Washington to Keene, New Hampshire.",
         ], appeals=[_MPR_JOIN, _MPR_SIGNUP]),
    _doc("b55-mpr-briefing-riskyyear-middle", "appeal", "middle",
         "Invented; modelled on Columbia Journalism Review (newsletter with a membership plea inside a paragraph)", "en", [
             "The Press Briefing",
             "",
             "The press briefing: A perilous twelve months for reporters",
             "",
             "March 6, 2019",
             " ",
             "",
             "“Reporting itself is on the defensive,” MPR's editor-in-chief Lydia Marsh argues at the start of the print edition that lands this week. “Officials at home mock us, strongmen abroad jail us, and prosecutors and judges keep finding new ways to box us in.”",
             "",
             "Readers are familiar with accounts of correspondents fighting to get the story out of places whose rulers have no use for an independent press, and plenty of ink has been spilled lately on how attacks from politicians at home erode confidence in newsrooms. Marsh's point is that the pressures run much deeper than those well-worn themes. “The risks reporters face change shape every week,” she writes, “and the threats are broader and more basic than I once thought possible.”",
             "",
             "From tycoons able to sue a newsroom out of existence to gag clauses that keep sources silent, doing this work in 2019 may be harder than at any point in memory. The new edition, produced together with the Global Reporters Defense Fund and released this morning, takes on those questions and others. Writers in the issue include Tomas Lindqvist, Ada Okonkwo, Priya Raman, Hector Vales, Julia Brandt, Noor Haddad, Emil Sorensen and Grace Whitford.",
             "",
             "Over the coming fortnight we will publish more pieces, and we hope you'll make time for the edition as each article goes up on the site. " + _MPR_MEMBER,
             "",
             "Here are the first articles already posted on our site.",
         ], appeals=[_MPR_MEMBER]),
    _neg("b55-mpr-newsbusiness-washington-neg",
         "Invented; modelled on Columbia Journalism Review (media-economics piece on public support for journalism)", "en", [
             "The News Business",
             "",
             "With local papers failing, is it time for Washington to step in?",
             "",
             "August 19, 2021",
             "",
             "Newsrooms are among the sectors battered hardest by the downturn. As the field rethinks how reporting is organized and paid for, what part could public authorities take in keeping an independent press running—not in some distant future, but this year? ",
             "",
             "A study released by the Center for Community Media at Lakeland State University, written by Marian Cole—a partner on our Newsroom Closures Map—spells out what is at risk. Since 2006, close to one in three of the nation's newspapers has folded, and the count of reporters working on local beats has been cut roughly in half. Cole calls the current slump a turning point. “What citizens, lawmakers and publishers decide this year will shape whether local news survives at all,” she writes.",
             "",
             "In the study, Owen Patterson examines several proposals for federal help and detects a change of mood among legislators. “A year ago, newsroom funding was seen as a niche concern in Congress,” Patterson quotes Renee Albright, of the free-expression group Open Pages, as saying. “That is no longer the case. People are really talking about aid now.” The midterm calendar, though, leaves little room; if nothing passes soon, Patterson cautions, any help will probably slip into next year. ",
             "",
             "Relief checks and low-interest loans are one possible route, though they tend to reach newsrooms unevenly. Last spring, Dennis Garner, director of the advocacy group Newsroom Futures, argued in an essay for MPR that lawmakers should pass a dedicated rescue package for reporting. “We cannot wait,” Garner wrote. “Public money has to flow into every part of the economy, and news should not be left out.”",
         ]),
    _neg("b55-mpr-halvorsen-phantomsites-neg",
         "Invented; modelled on Columbia Journalism Review (research report on partisan sites posing as local news)", "en", [
             "Halvorsen Report",
             "",
             "Scores of fake ‘hometown’ news sites are pumping out automated copy and party messaging",
             "",
             "November 2, 2021",
             " ",
             "",
             "Editor's Note: This is the opening installment of a three-part series on this network. In March 2022, we counted more than double the number of sites we first identified. By June 2022, we had traced money to the network from several undisclosed political donors and found it coordinating topics with lobby groups ahead of the midterms.",
             "",
             " ",
             "",
             "A fast-spreading tactic upends what many assume about how election falsehoods travel: partisan operations dressed up as community papers. A review by the Halvorsen Lab for Newsroom Research at Lakeland State has found no fewer than 620 sites in a web of hometown and trade outlets, each posting thousands of machine-written items alongside a handful of reported ones. Of those 620 sites, at least 240 were launched as regional chains across eight states in the past year by a firm calling itself Civic Pulse Media.",
             "",
             "Names like the Upper Valley Record, Cedar Ridge Post and Prairie Creek Herald have popped up online ahead of the midterm vote. Such chains can be used in several ways: to prime audiences before events, to push issues like ballot security and fuel costs, to lend a neutral face to partisan talking points, or to harvest reader data that later feeds campaign targeting.",
             "",
             "On September 14, the Harbor City Ledger was the first to report the network. Roughly forty sites run by Civic Pulse Media had surfaced in Ohio. Follow-up stories by a student paper, a British daily and a national weekly turned up more. All told, earlier coverage had pinned down about 230 of the sites.",
         ]),
    _neg("b55-mpr-analysis-wireservice-grants-neg",
         "Invented; modelled on Columbia Journalism Review (analysis of a wire service raising philanthropic money)", "en", [
             "A century-old wire service tries a new tactic against news deserts",
             "",
             "September 3, 2024",
             "A vintage wire-service ticker. (Photo by Lena Ortiz via a public photo archive.)",
             "",
             "Donor-funded newsrooms such as Open Ledger, Civic Desk and Common Ground have reshaped American journalism over the last ten years. But the Continental Press Wire has been doing something similar for much longer. For all of its 150-odd years, the wire has operated as a member-owned cooperative that makes no profit. And its reach is hard to overstate. It has been the spine of the country's news business, covering world and national affairs, passing hometown stories up to the big outlets, tallying ballots, and calling races.",
             "",
             "Unlike today's generation of donor-backed outlets, the wire has lived not on gifts and foundation money but on its members, publishers at home and abroad who pay to carry its copy. That model is shifting. The spread of news deserts across the country harms not only civic life—it harms the wire's balance sheet. Fewer papers mean fewer member fees and so less income. These days it is big broadcasters, hungry for footage above all, that pay most of the bills. In response the wire has gone looking for fresh money to pay for reporting on priority subjects.",
             "",
             "Foundation grants and gifts now help pay for the wire's coverage of elections, research, faith, the environment, and medicine. More money has come from funders that focus on the press, above all the Larkspur Trust. In total the wire has taken in upwards of $48 million from philanthropy over the last six years.",
             "",
             "Foundation money remains a thin slice of the wire's total revenue, yet it is rising and, says its managing editor Helen Vasquez, has room to rise further. Vasquez wants above all to draw more backing for reporting on statehouses and city halls across the country.",
         ]),
    _neg("b55-mpr-coverstory-paywall-comment-neg",
         "Invented; modelled on Columbia Journalism Review (cover-package intro with a reader comment offering to pay)", "en", [
             "Reporters like to run in herds. A few years back the consensus was that clicks would carry the business of the digital age. News would drift from the printed page to the open web—content longs to be free, after all—and banner ads would pour in to fund our costly staffs, trumpets sounding, as crowds of readers landed on our pages. Then a brutal downturn drove home the lesson that the rescue party was far too small.",
             "What next, then? For this cover package, we asked four contributors to tackle the question. Nadia Brooks traces the history of the everything-for-free movement and what it has left behind. Carl Hensley examines the economics of linking and what counts as fair dealing with search giants. Theo Marsh, a former crime reporter turned novelist, says the news will be saved only by the nerve to put up a paywall and defend it. And Irene Walsh argues for a blend of open and paid work that, alongside other revenue, could carry the business—provided we first reconsider what we are selling. One thing is certain: the free ride is over, and tough decisions lie ahead.",
             "Funny thing is, I'd happily pay right now for an online pass just to finish this piece here on my screen. All I can find is an offer for the print edition, which mostly lands in my recycling bin unopened. Am I overlooking something? Probably.",
             "Point is, I've got a free moment for this piece today, not next week when the paper copy shows up. And why don't reporters insist on being paid for their LABOR? Nobody else hands over their sweat and effort without charge. I don't get the reluctance, and I ADORE getting stuff online without paying. If it helps reporting, I'll gladly pay for a digital-only pass. And I'm sure lots of other readers feel the same way.",
             "So while their jobs are going up in smoke, why don't these herd-minded reporters use their combined clout!?!",
             "#1 Posted by Margo, MPR on Tue 14 Sep 2010 at 09:40",
         ]),
]


# --- Public radio media desk (modelled on Deutschlandfunk) -----------------------------------------

PROBE34_NORDWELLE = [
    _neg("b55-nordwelle-lokalmedien-spagat-neg",
         "Invented; modelled on Deutschlandfunk (programme teaser on local media under financial pressure)", "de", [
             "",
             "Unverzichtbar und trotzdem knapp bei Kasse",
             "Wie geht es den Lokalzeitungen?",
             "Ein aktueller Bericht bezeichnet sie als „Rückgrat des Gemeinwesens“ – gleichzeitig fehlt Lokalredaktionen zunehmend das Geld. Wie steht es um die Berichterstattung vor Ort? Es diskutieren Petra Wendland (Chefredakteurin Elbe-Kurier), Jonas Feldhoff (Stadtblog Kiel) und die Kommunikationswissenschaftlerin Aylin Kartal.",
             "",
             "",
         ]),
    _neg("b55-nordwelle-pressefreiheit-foerderung-neg",
         "Invented; modelled on Deutschlandfunk (news item: NGO demands public funding for local journalism)", "de", [
             "Vor allem Lokal- und Regionalblätter hätten wegen sinkender Verkaufszahlen und wegbrechender Werbeerlöse zunehmend mit Geldnöten zu kämpfen, sagte die Sprecherin des Arbeitskreises Presse, Wendler, am Mittwoch in Hamburg anlässlich des Welttags der Pressefreiheit. Zahlreiche Titel seien in den letzten Jahren eingestellt, Lokalredaktionen zusammengelegt und Stellen gestrichen worden. Damit könnten viele Redaktionen ihre Aufgabe als Kontrollinstanz gegenüber Behörden und Politik kaum noch erfüllen. Das gefährde die Demokratie erheblich. Wendler verlangte staatliche Fördergelder – vor allem für die Berichterstattung aus den Kommunen, um diesen Trend aufzuhalten.",
             "",
             "",
         ]),
    _neg("b55-nordwelle-2018-lokalfoerderung-zahlen-neg",
         "Invented; modelled on Deutschlandfunk (programme teaser on funding journalism and readers' willingness to pay)", "de", [
             "Medienmagazin Soll der Staat Lokaljournalismus fördern?",
             "",
             "Immer weniger Regionalzeitungen erscheinen. Auch Lokalblogs und Stadtportale geben auf, weil zu wenige Nutzer Geld für ihre Texte ausgeben wollen. Sollte es in Deutschland Fördergeld für Berichte aus der Region geben, damit die Medienvielfalt nicht verloren geht?",
             "",
             "Moderation und Redaktion: Karin Albers und Thomas Reuter",
         ]),
    _neg("b55-nordwelle-2019-zustellung-abos-neg",
         "Invented; modelled on Deutschlandfunk (programme teaser on rising newspaper delivery costs)", "de", [
             "Zeitungsmarkt Die Zustellung wird immer teurer",
             "",
             "Die Zahl der Zeitungsabos in Deutschland geht weiter zurück. Für die Verlage bedeutet das Einnahmeverluste. Doch nicht nur die schrumpfende Auflage drückt auf die Bilanz, auch das Austragen kostet mehr. Viele Häuser spüren den wachsenden Aufwand.",
             "",
             "Ein Beitrag von Miriam Kolb",
         ]),
    _neg("b55-nordwelle-2020-verlage-zustellhilfe-neg",
         "Invented; modelled on Deutschlandfunk (news item: publishers demand delivery subsidies)", "de", [
             "Die Zeitungsverlage in Deutschland fordern vom Bund mehr Geld für das Austragen ihrer Blätter.",
             "",
             "Ihr Branchenverband begründete das damit, dass sich die Zustellung an Abonnentinnen und Abonnenten in sechs Jahren nur noch in gut einem Drittel der Haushalte rechnen werde. Sämtliche Häuser litten unter höheren Kosten für Papier und Druck, während die Auflagen weiter fielen. Die Pandemie habe jedoch gezeigt, wie unverzichtbar die gedruckte Zeitung für die Versorgung der Menschen mit verlässlichen Nachrichten sei.",
             "",
             "",
             "",
             "Ganz auf digitale Ausgaben umzusteigen, komme nicht in Frage, teilte der Verband weiter mit. Gerade viele Ältere wollten oder könnten nicht vom Papier auf den Bildschirm wechseln.",
         ]),
]


# --- Geopolitics analysis site (modelled on Global Research) ---------------------------------------

_CC_TRANSLATE = "Every Crosscurrent piece can be read in 38 languages: just switch on the Translate Page button under the byline."
_CC_DIGEST = "To get Crosscurrent's Daily Digest (our pick of articles), click here."
_CC_FOLLOW = "Find us on Instagram and X and join our Telegram channel. You are welcome to repost and pass around Crosscurrent pieces."
_CC_SHARE = "Hit the share icon above to mail or forward this piece to friends and coworkers. " + _CC_FOLLOW
_CC_TOP_SHARE = _CC_DIGEST + "\n\n" + _CC_SHARE
_CC_TOP_FOLLOW = _CC_DIGEST + "\n\n" + _CC_FOLLOW
_CC_DIGEST_END = "To get the Crosscurrent Daily Digest (our pick of articles), click here."
_CC_NOTE = "A word to our readers: please hit the share icon above. " + _CC_FOLLOW

PROBE34_CROSSCURRENT = [
    _doc("b55-crosscurrent-orbitvideo-top", "appeal", "top",
         "Invented; modelled on Global Research (video post with newsletter and follow lines at top and end)", "en", [
             "Video: How Commercial Satellites Were Drafted Into the Wider Conflict",
             "",
             "April 11th, 2023 by The Orbital Watch Collective",
             "",
             _CC_TRANSLATE,
             "",
             _CC_TOP_SHARE,
             "",
             "",
             "This month's video from the Orbital Watch Collective looks at how imaging satellites owned by private firms are being used to pick out targets along the front lines of the war in the east.",
             "",
             "A single launch company is putting up thousands of small broadband satellites in low orbit. Those orbital lanes are filling up fast, and astronomers warn that one crash could set off a chain of further collisions.",
             "",
             "Defense ministries are renting that private bandwidth to pass reconnaissance and targeting data to the troops they back.",
             "",
             "Whoever dominates low orbit gains a serious edge on the ground below.",
             "",
             "Rival powers have answered by unveiling plans for constellations of 10,000 satellites or more, so as not to be shut out of the limited orbital slots.",
             "",
             "The risk grows as the big powers fight over who gets to use space, and who gets to control it.",
             "",
             "A fresh international treaty banning weapons in orbit is more urgent than at any time before.",
             "",
             "",
             _CC_NOTE,
             "",
             _CC_TRANSLATE,
             "",
             _CC_DIGEST_END,
         ], appeals=[_CC_TOP_SHARE, _CC_NOTE, _CC_DIGEST_END]),
    _doc("b55-crosscurrent-billingcodes-top", "appeal", "top",
         "Invented; modelled on Global Research (health article with newsletter and follow lines on top)", "en", [
             "How Billing Codes Steered Pandemic Treatment",
             "",
             "February 17th, 2023 by Dr. Helena Marsh",
             "",
             _CC_TRANSLATE,
             "",
             _CC_TOP_FOLLOW,
             "",
             "",
             "By the summer of 2020, several intensive-care teams had begun to doubt whether early intubation of severely ill patients was doing more harm than good",
             "",
             "Depending on the hospital, between 45% and 80% of patients put on breathing machines did not survive",
             "",
             "Clinicians also reported that oxygen masks, high-flow devices and turning patients onto their stomachs often worked better than intubation",
             "",
             "Health agencies recommended early intubation partly to reduce the spread of airborne particles on the wards, shielding staff and other patients. Critics argue that the sickest patients paid the price for that caution",
             "",
             "The picture grows murkier once you recall that many recorded cases rested on a single positive swab. Hospitals were also paid extra for each infected patient and for each one placed on a machine",
             "",
             "",
             "By the summer of 2020, several intensive-care teams had begun to doubt whether early intubation of severely ill patients was doing more harm than good.1 As early as April 2020, a regional newspaper reported2 that 77% of ventilated patients in one big-city hospital system had died, which led a number of physicians to rethink the practice.",
             "",
             "A wire agency3 carried comparable figures from two other countries. One national audit put the death rate at 61%, while a small hospital study abroad found 83%. Numbers later cited by a lawyer, Frank Dolan, in 2021 suggested that 82.6% of patients in one state's hospitals died after more than four days on a machine.4",
         ], appeals=[_CC_TOP_FOLLOW]),
    _doc("b55-crosscurrent-heretics-top", "appeal", "top",
         "Invented; modelled on Global Research (essay with newsletter, share and follow lines on top)", "en", [
             "The Heretics of the Newsroom. Aldous Carrow",
             "",
             "December 2nd, 2023 by Aldous Carrow",
             "",
             _CC_TRANSLATE,
             "",
             _CC_TOP_SHARE,
             "",
             "",
             "Empire abroad and freedom at home cannot live side by side; one reaches for decency, the other for domination. Meanwhile the awkward reporters who were once celebrated have become outcasts, pushed into the margins of the trade while the mainstream marches in step.",
             "",
             "The Outcast was a 1957 stage play written under a pen name by a novelist who had been blacklisted, and later filmed by a director who had himself been barred from the studios for his politics. It is a story of defiance and courage that speaks directly to the present. ",
             "",
             "Both men had belonged to left-wing circles and both were targets of a congressional loyalty inquiry, which, at the height of the Cold War, wrecked the livelihoods and sometimes the lives of anyone brave or stubborn enough to resist a domestic brand of authoritarianism.",
             "",
             "‘There comes an hour when every man must say which side he is on,’ a character declares in the final act, ‘and the fog lifts, and the choice is plain.’",
             "",
             "Today that hour has come again; the plain choice is visible to anyone willing to look, and its next moves can be predicted. It is a bloc of governments, headed from one capital, whose declared aim is to dominate on every front. One rival is still the villain of choice, another the great fear.",
             "",
             "From the great capitals, the hostility knows no bounds.",
         ], appeals=[_CC_TOP_SHARE]),
    _doc("b55-crosscurrent-drylands-top", "appeal", "top",
         "Invented; modelled on Global Research (war report with a newsletter line and a social-media handle line on top)", "en", [
             "Every Crosscurrent piece can be read in 38 languages: just pick a language from the “Translate Page” menu in the header of our front page (desktop only).",
             "",
             _CC_DIGEST + "\n\nCome find us on Instagram as @crosscurrent_an and on X as @crosscurrentnews.",
             "",
             "",
             "The risk of the fighting spreading is hard to overstate.",
             "",
             "What is unfolding in the east carries enormous consequences for the whole region. It could pull several more countries into a far wider war.",
             "",
             "Talks must begin now so that the conflict does not spread any further. ",
             "",
             "Crosscurrent opposes the invasion and every attack on civilians.",
             "",
             "A negotiated ceasefire between the two sides is needed.",
             "",
             "",
             "The swift outrage of foreign governments over the invasion has left many people in the drylands of Marqab puzzled; they have lived under air raids and a siege of their ports for more than 2,300 days.",
             "",
             "“Our villages are hit week after week. Why does nobody abroad speak up for us the way they speak up for them?!! Do we matter less because we live far from their capitals?”  Salim Haddar, a farmer and father of five, asked, pointing to the wave of foreign sympathy for one war and the silence about his own.",
             "",
             "Last Saturday, one of Haddar's cousins was killed and six members of his family were hurt when a missile struck their house in the hill district of Wadi Sura. Haddar says his district has been hit harder over the last six years than many of the places now on every front page.",
             "",
             "Despite the long air campaign against villagers in Marqab, the abuses committed there have drawn only a fraction of the attention and compassion that foreign newsrooms have, rightly, given to the other war. ",
         ], appeals=[_CC_DIGEST + "\n\nCome find us on Instagram as @crosscurrent_an and on X as @crosscurrentnews."]),
    _neg("b55-crosscurrent-frameofwar-neg",
         "Invented; modelled on Global Research (long essay on an information war, no newsletter block)", "en", [
             "Framing the Conflict: The Broadcast Battle Over the Eastern Crisis Between Two Power Blocs",
             "The Public Channels Against the State Channel",
             "States and large companies steer, or at least try to steer, public debate through broadcasting and the press. They also fight propaganda battles by means of those same channels. As with other international crises, that is true of the street protests in the east and the sudden change of government that followed them. This contest for opinion is a struggle in which global broadcasters and major dailies serve as the troops, the media are the arms, and the battlefield is the shared space where citizens form their views. Radio bands, cable signals, satellite links, social platforms, phone videos, data lines and the web all form part of the battle.",
             "What Does a Propaganda Battle Look Like?",
             "Many kinds of technology and messaging are used to drive home particular narratives in the dispute. Vocabulary, chosen terms, loaded phrases, carefully picked images, slick multimedia packages and messaging of every sort serve as the munitions.",
             "The goal of such a campaign is to use language to sway audiences everywhere and to gain full control of what information flows, how viewers see events and how public discussion takes shape. At root, power and influence are exercised through broadcasting and the press.",
             "The stories and ideas carried by these outlets are shaped by whoever owns and runs them and are then used to shape how audiences see the world. Since most of what people in modern societies know comes to them through such outlets, those outlets are used to steer audiences toward particular views and toward choices based on them.",
         ]),
    _neg("b55-crosscurrent-summitreckoning-neg",
         "Invented; modelled on Global Research (commentary on a leader's tour, no newsletter block)", "en", [
             "A Sobering Summit Tour for the President",
             "",
             "April 6th, 2022 by R. V. Menon",
             "",
             "What the President brought home from his two-day swing through allied capitals on April 2-3 is thin. Critical voices are getting louder across the continent as the sanctions start to hurt at home, with soaring bills and shortages of gas and power. And this is only the start, since the other side has not yet unveiled any countermeasures of its own. ",
             "",
             "The harshest blow is that the opposing defense ministry picked the week of the tour to present its own account of how well its campaign was going. The standing of the alliance is close to suffering lasting harm, its critics say, as the offensive pushes on with its declared goals. ",
             "",
             "The opposing general staff claimed on Thursday that the defending army, trained and equipped by the alliance, had suffered heavy losses: its air force and air defenses mostly wiped out, its small fleet gone, and roughly 10% of its soldiers out of action. (Those figures could not be independently confirmed.) ",
             "",
             "Fourteen major airfields were said to be out of service, and 42 depots and arsenals destroyed (which reportedly held most of the country's stocks of hardware and fuel, and close to a million tons of shells.)",
             "",
             "Notably, the writer adds, after precision strikes on training camps, some foreign volunteers are heading home. Over the last week, some 260 of them are said to have crossed into neighboring countries.",
         ]),
]


# --- Left-wing cooperative daily (modelled on junge Welt) ------------------------------------------

_MR_TRIAL3 = "3 Monate Morgenrot für 54 €"
_MR_TRIAL3_TOP = "3 Monate Morgenrot für nur 54 €"
_MR_TRIAL3_TICKER = _MR_TRIAL3 + " " + _MR_TRIAL3 + "\n" + _MR_TRIAL3
_MR_TRIAL75 = "75 Ausgaben Morgenrot für 75 €"
_MR_TRIAL75_TOP = "75 Ausgaben Morgenrot für nur 75 €"
_MR_TRIAL75_TICKER = _MR_TRIAL75 + " " + _MR_TRIAL75 + "\n" + _MR_TRIAL75
_MR_WALL = "\n".join([
    "Dieser Text ist nur mit einem Onlineabo freigeschaltet. Das Morgenrot trägt sich zum größten Teil aus den Erlösen seiner Abonnements. Wer ein Onlineabo abschließt, hilft mit, dass die Zeitung weiter erscheinen kann und unabhängig bleibt.",
    "",
    "Wer sich noch nicht festlegen will, bekommt das Morgenrot auch im Zeitschriftenhandel, werktags für 2,10 € und am Wochenende für 2,60 €. Welche Läden in Ihrer Umgebung das Blatt führen, sehen Sie hier.",
    "",
    "Alle Texte ohne Einschränkung lesen Sie mit dem Onlineabo.",
])
_MR_PRINT_LINE = "Sechsmal pro Woche: Analysen, Reportagen, Kultur, Forschung und Politik. Dazu samstags eine zusätzliche Wochenendbeilage."
_MR_GIFT_LINE = "Freude schenken: Machen Sie jemandem ein Abo der gedruckten Zeitung zum Geschenk."

_MR_BOX = "\n".join([
    "Für diesen Text brauchen Sie ein Onlineabo • hier bestellen",
    "Zum Login",
    "Probleme beim Anmelden?",
    "",
    "Abo auswählen",
    "",
    "Auf Papier",
    "",
    "Printabo",
    "",
    _MR_PRINT_LINE,
    "",
    "39,90 Euro/Monat Soli: 49,90 €, ermäßigt: 27,90 €",
    "",
    "Digital",
    "",
    "Onlineabo",
    "",
    "Rund um die Uhr: alle Texte und Beilagen sofort freigeschaltet. Downloads, E-Mail-Ausgabe, Extras, komplettes Archiv.",
    "",
    "18,90 Euro/Monat Soli: 24,90 €, ermäßigt: 11,90 €",
    "",
    "Zum Verschenken",
    "",
    "Geschenkabo",
    "",
    _MR_GIFT_LINE,
])


def _mr_masthead(day, nr, owners):
    return ["Gegründet 1952 " + day + ", Nr. " + nr,
            "Das Morgenrot gehört " + owners + " GenossInnen"]


PROBE34_MORGENROT = [
    _doc("b55-morgenrot-bruderlaender-trial-top", "appeal", "top",
         "Invented; modelled on junge Welt (article page: trial-offer banner, triple ticker, paywall plea at the end)", "de",
         [_MR_TRIAL3_TOP] + _mr_masthead("Dienstag, 14. September 2021", "213", "2467") + [
             _MR_TRIAL3_TICKER,
             "11.05.2021 / Ausland / Seite 7",
             "",
             "Verbündete im Süden",
             "",
             "Die enge Zusammenarbeit zwischen Bolivien und Ecuador soll ein Gegengewicht zu den Freihandelsblöcken des Kontinents bilden",
             "",
             "Mariela Quispe, La Paz",
             "",
             "Die Bewegungen der Landlosen und Kokabauern im Andenhochland gelten der lateinamerikanischen Linken seit Jahrzehnten als Bezugspunkt. Das trifft besonders auf die Nachbarländer zu. In dem Prozess, den die Regierungspartei seit Mitte der 2000er Jahre als »demokratische Kulturrevolution« bezeichnet, kommt den Gewerkschaften eine Schlüsselrolle zu. Schon 2003, Jahre vor seinem Einzug in den Präsidentenpalast, hatte der damalige Gewerkschaftsführer Ramiro Condori bei einer Kundgebung in Quito verkündet, die Andenvölker seien »eine einzige Familie mit zwei Hauptstädten«.",
             "",
             "Seither ist zwischen beiden Ländern eine enge, von gegenseitiger Hilfe getragene Partnerschaft gewachsen. Das zeigte sich zuletzt beim Gipfel der Regionalorganisation im März in Cochabamba, an dem erstmals auch Delegationen der indigenen Parlamente teilnahmen, sowie bei der Wahl der neuen Generalsekretärin...",
             "",
             "Textlänge: 4870 Zeichen",
             "",
             _MR_WALL + " Bestellen Sie es gleich unter www.morgenrot.example/abo.",
         ], appeals=[_MR_TRIAL3_TOP, _MR_TRIAL3_TICKER, _MR_WALL + " Bestellen Sie es gleich unter www.morgenrot.example/abo."]),
    _doc("b55-morgenrot-beilage-letzteprobe-top", "appeal", "top",
         "Invented; modelled on junge Welt (supplement article: issue-offer banner, triple ticker, paywall plea at the end)", "de",
         [_MR_TRIAL75_TOP] + _mr_masthead("Freitag, 10. Dezember 2021", "288", "2478") + [
             _MR_TRIAL75_TICKER,
             "14.09.2011 / 0 / Seite 5 (Beilage)",
             "",
             "Die letzte Bewährungsprobe",
             "",
             "Um ihre Genossenschaften zu retten, müssen Uruguays Kooperativen ihre Betriebe neu ordnen. Die junge Generation steht vor einer schweren Aufgabe",
             "",
             "Lukas Bremer, Montevideo",
             "",
             "Nach dem Generalstreik im Sommer 1973 verbreitete sich ein Plakat im ganzen Land, das wie kein zweites für den Widerstandswillen der uruguayischen Arbeiterjugend stand. Es zeigte eine junge Textilarbeiterin, die sich nach der Räumung ihrer Fabrik durch die Armee mit erhobener Faust vor das verschlossene Werkstor stellte, während Soldaten ihre Kolleginnen abführten.",
             "",
             "Im Mai dieses Jahres kündigte der Dachverband der Kooperativen zum 40. Jahrestag des Streiks eine große Gedenkwoche an. Er tat das ganz bewusst auf dem Kongress seiner Jugendorganisation, denn gerade die Jüngeren müssen nun die Betriebe durch eine schwierige Zeit führen.",
             "",
             "Auch wenn die Kooperativen weiterhin unter dem Druck großer Konzerne stehen, wird die eigentliche Probe, vor der sie heute stehen, nicht...",
             "",
             "",
             "",
             "Textlänge: 6815 Zeichen",
             "",
             _MR_WALL,
         ], appeals=[_MR_TRIAL75_TOP, _MR_TRIAL75_TICKER, _MR_WALL]),
    _doc("b55-morgenrot-unbeirrt-abobox-end", "appeal", "end",
         "Invented; modelled on junge Welt (long feature ending in a subscription price box)", "de",
         _mr_masthead("Mittwoch, 26. Juni 2019", "146", "2231") + [
             "09.01.2019 / Thema / Seite 12",
             "",
             "Unbeirrt",
             "",
             "Vor 45 Jahren übernahmen die Genossenschaften im Hafen von Valparaíso die Verwaltung ihrer Werften – ein Versuch, der bis heute Nachahmer in ganz Südamerika findet",
             "",
             "Henrike Vollmer",
             "",
             "Schon oft für gescheitert erklärt, und doch noch da. Als eine Gruppe junger Hafenarbeiter und Schweißer im Frühjahr 1974 die Werften übernahm, die ihre bankrotten Besitzer zurückgelassen hatten, und nach wochenlangen Verhandlungen mit der Stadtverwaltung das Recht erstritt, den Betrieb selbst zu führen, sagten zahlreiche Fachleute ein rasches Ende des Experiments voraus. Seither verkünden Kritiker, aber auch manche vermeintliche Freunde des Modells in schöner Regelmäßigkeit sein baldiges Scheitern. Und doch erweist sich die selbstverwaltete Werft nach 45 Jahren als erstaunlich lebendig und anziehend.",
             "",
             "Die Mühe hat sich gelohnt",
             "",
             "»Ohne die Werft und die Leute dort hätte ich nie einen Beruf gelernt«, sagt die Schweißerin Ana Lucía Fuentes Ríos. Fuentes ist von Geburt an auf einem Ohr taub, was vielen Betroffenen in der Region den Weg in eine...",
             "",
             "Textlänge: 17902 Zeichen",
             "",
             _MR_BOX,
         ], appeals=[_MR_BOX]),
    _doc("b55-morgenrot-plaene-aboappeal-end", "appeal", "end",
         "Invented; modelled on junge Welt (old archive article ending in a subscription plea with a trial offer)", "de", [
             "Pläne gegen die Ratlosigkeit",
             "In den Dörfern am Titicacasee kehrt die Zuversicht zurück, wenn auch zögerlich",
             "Rosa Mamani, PunoUm halb neun am Abend trat der Bürgermeister am Neujahrstag auf die Treppe der Markthalle von Puno - genau wie vor 20 Jahren. Damals hatte er sich allerdings mehr Zeit gelassen. Auch in den Jahren danach brauchten wir viel Sitzfleisch, wenn er zur Versammlung geladen hatte.",
             "Tausende strömten herbei, manchmal halbe Provinzen, und trotz des langen Wartens waren alle aufgeregt, es wurde musiziert, gelacht und getanzt. Wir waren die Bewegung, wir alle zusammen mit ihm, wir hatten sie aufgebaut, und d...",
             "Textlänge: 5390 Zeichen",
             "Alles lesen, ohne Grenzen: Holen Sie sich das Morgenrot auf Papier, auf dem Bildschirm – oder gleich in beiden Varianten.",
             "Sorgfältig ausgewählte und recherchierte Nachrichten kosten Geld. Das Morgenrot lebt in erster Linie von seinen Abonnentinnen und Abonnenten. Deshalb bitten wir alle, die uns regelmäßig lesen, ein Abo abzuschließen. Wer uns erst kennenlernen will, dem empfehlen wir unser digitales Schnupperabo: Vier Wochen lang das Morgenrot schon am Vorabend auf morgenrot.example und in der App für bloß fünf Euro. Es läuft von selbst aus, kündigen müssen Sie nicht.",
             "Jedes Abo hilft!",
             "Mehr Angebote finden Sie unter: www.morgenrot.example/abo.",
             "Abo auswählen",
             "Auf Papier",
             _MR_PRINT_LINE,
             "Zum Verschenken",
             _MR_GIFT_LINE,
         ], appeals=["\n".join([
             "Alles lesen, ohne Grenzen: Holen Sie sich das Morgenrot auf Papier, auf dem Bildschirm – oder gleich in beiden Varianten.",
             "Sorgfältig ausgewählte und recherchierte Nachrichten kosten Geld. Das Morgenrot lebt in erster Linie von seinen Abonnentinnen und Abonnenten. Deshalb bitten wir alle, die uns regelmäßig lesen, ein Abo abzuschließen. Wer uns erst kennenlernen will, dem empfehlen wir unser digitales Schnupperabo: Vier Wochen lang das Morgenrot schon am Vorabend auf morgenrot.example und in der App für bloß fünf Euro. Es läuft von selbst aus, kündigen müssen Sie nicht.",
             "Jedes Abo hilft!",
             "Mehr Angebote finden Sie unter: www.morgenrot.example/abo.",
             "Abo auswählen",
             "Auf Papier",
             _MR_PRINT_LINE,
             "Zum Verschenken",
             _MR_GIFT_LINE,
         ])]),
    _neg("b55-morgenrot-zustellgeld-gestrichen-neg",
         "Invented; modelled on junge Welt (agency brief: federal delivery subsidy for newspapers dropped)", "de", [
             "Hamburg. Der Bund wird nach Darstellung der Zeitungsverlage nun doch kein Geld zur Unterstützung der Zeitungszustellung bereitstellen. Dass der Haushaltsausschuss des Bundestags das in seiner abschließenden Sitzung so entschieden habe, sei »für die Branche völlig unverständlich«, sagte am Donnerstag Martina Kessler, Präsidentin des Verlegerverbands. Die Häuser verweisen auf die hohen Kosten für das Austragen vor allem in ländlichen Regionen. Dazu kommen gestiegene Preise für Energie und Papier sowie die Teuerung insgesamt. (dpa/MR)",
         ]),
    _neg("b55-morgenrot-75jahre-titelseiten-beilage-neg",
         "Invented; modelled on junge Welt (the paper's own anniversary supplement announced, no plea)", "de", [
             "Morgenrot-Titelseiten aus acht Jahrzehnten Foto: Collage: MR",
             "",
             "Es gibt sie also noch. Mehrfach abgeschrieben, von wechselnden Besitzern nach der Wende beinahe in den Ruin getrieben, mit freundlichen Etiketten wie »Krawallblatt« (ein Landespolitiker, an den sich niemand erinnert) oder je nach Lage »moskauhörig/maoistisch«, »sektiererisch/anarchistisch«, »staatsfeindlich/ewiggestrig/verbohrt/ziellos« versehen. Gemessen an den Regeln des Marktes eine Zeitung ohne Kapital, ohne Mitarbeiter, ohne Aussicht.",
             "",
             "Weshalb das Morgenrot trotzdem nicht pleitegeht, lesen Sie in unserer Sonderbeilage zum 75. Jubiläum am 3. März. Wir drucken den Gruß der Gründungsredaktion zur allerersten Nummer nach, Helga Brandner erzählt von ihren Jahren als Volontärin, Ole Sandvoß beschreibt die Zukunftspläne der Genossenschaft, Petra Lindholm spürt den früheren Redaktionsadressen nach, Jens Marquardt erklärt die aktuelle Finanzlage des Verlags, Rudi Kaspar erinnert sich an die Nachtschichten in der Setzerei, Tanja Wiegand beschreibt den Weg ins Netz, Konrad Eilers liest den Lexikoneintrag über das Blatt gegen den Strich.",
             "",
             "Unterm Strich: Diese Zeitung bleibt uns noch lange erhalten. Weil man sie in Zeiten von Krise und Aufrüstung immer dringender braucht.",
         ]),
]


# --- Business daily (modelled on Kommersant) --------------------------------------------------------

PROBE34_DELKUR = [
    _neg("b55-delkur-nko-sankcii-sbory-neg",
         "Invented; modelled on Kommersant (report on charities losing donations under sanctions)", "ru", [
             "Санкционные ограничения сильнее всего задели те сферы, о которых вспоминают в последнюю очередь. Одна из них — благотворительность. Большинство корпоративных партнеров фондов закрыли представительства или перевели бизнес за рубеж, переводы из-за границы прекратились, пожертвования внутри страны тоже упали. За двенадцать месяцев некоторые организации недосчитались десятков миллионов рублей, а иные почти перестали работать. Так, один из саратовских фондов, чтобы закрыть долги за отопление, был вынужден продать микроавтобус, возивший подопечных на занятия. Зато заметно выросла помощь тем, о ком раньше вспоминали редко: переселенцам, вынужденным мигрантам и семьям мобилизованных. Сегодня сборы для фронта и его участников — самое массовое и заметное благотворительное движение в России.",
             "Ирина Самохвалова",
             "Фото: Андрей Зуев, Деловой курьер",
             "Последствия санкций некоммерческие организации почувствовали уже весной 2022 года.",
         ]),
    _neg("b55-delkur-sibir-nko-podpiska-neg",
         "Invented; modelled on Kommersant (regional report: charities lost recurring donations and subscriptions)", "ru", [
             "За год поступления в новосибирские некоммерческие организации уменьшились примерно на четверть. После отключения зарубежных платежных сервисов и ограничений в соцсетях фонды лишились как регулярных списаний по подписке, так и единовременных переводов. Свою роль сыграла и общая тревожность: помощь другим перестала быть первоочередной задачей и для людей, и для многих компаний, а средний размер перевода уменьшился в четыре раза. При этом содержание подопечных дорожает с каждым месяцем. В фондах рассчитывают, что отрасль перестроится, но боятся, что помощь получат меньше людей.",
             "В отдельных фондах средний перевод упал с 500 до 15 рублей",
             "Фото: Олег Рябинин, Деловой курьер",
             "Тяжелее всего новую экономическую ситуацию перенесли фонды, которые живут почти целиком на частные переводы граждан. Об этом говорят ответы организаций на запрос «ДК-Сибирь». По их данным, разовые поступления сократились в среднем на четверть.",
         ]),
    _neg("b55-delkur-blagotvoritelnyi-spad-neg",
         "Invented; modelled on Kommersant (feature on the global charity market shrinking in a crisis)", "ru", [
             "Щедрость на паузе",
             "Даже осторожные аналитики ожидают, что мировой объем благотворительности в нынешнем году сократится на четверть. Скептики говорят о падении почти наполовину. Экономить на помощи начали по всему миру, в том числе в России: фонды теряют деньги из-за того, что компании урезают отчисления. Но если западная филантропия давно превратилась в самостоятельную отрасль со своими доходами, то российской еще предстоит избавиться от привычки жить за счет нескольких богатых покровителей, которые сами беднеют.",
             "Рискованная привычка",
             "В крупных городах Европы быстро растет число брошенных домашних животных. Содержание собаки в течение жизни, по расчетам немецких ветеринаров, обходится владельцу в €12 тыс., кошки — в €8 тыс. С началом кризиса корм и лечение подорожали, питомцы стали непосильной статьей расходов, и многих просто выставили за дверь. Примерно то же происходит со всей благотворительностью: в трудные времена первыми сокращают траты, без которых можно обойтись. Выживет лишь тот, кто и в сытые годы умел добывать себе пропитание самостоятельно.",
         ]),
    _neg("b55-delkur-fond-opora-interview-neg",
         "Invented; modelled on Kommersant (radio interview with a corporate foundation's head on donation volumes)", "ru", [
             "Объем частных и корпоративных пожертвований в России, по подсчетам специалистов, достигает примерно 180 млрд руб. ежегодно. Откуда благотворительные организации берут деньги и чем они отличаются друг от друга? Об этом обозревателю радио «Деловой курьер FM» Павлу Смирнову в студии на Казанском инвестиционном форуме рассказала глава благотворительного фонда «Опора» Марина Белевцева.",
             "— Благотворительность стала самостоятельной частью экономики, через нее проходят огромные средства. Какие это суммы?",
             "— Оценки разнятся, но обычно называют около 180 млрд руб. Столько каждый год уходит на всевозможные социальные и благотворительные программы. Часть этих денег дают сами обеспеченные люди, часть — созданные ими фонды. Можно вспомнить несколько крупных семейных фондов, которые работают уже много лет. Есть и фонды при компаниях, как наш, например. «Опору» учредил холдинг, чтобы вести свою социальную политику.",
         ]),
    _neg("b55-delkur-mer-interview-kupit-foto-neg",
         "Invented; modelled on Kommersant (long interview with a mayor, photo credit with a buy-photo link)", "ru", [
             "\"Спорить с людьми через забор бессмысленно\"",
             "",
             "15 ноября исполняется четыре года с того дня, как Екатеринбург возглавил Андрей Лаврентьев. За это время город заметно поменялся. Остановлены дорогие стройки торговых центров — вместо них начали строить развязки и трамвайные линии. В городе регулярно проходят многолюдные протесты, а градоначальника впервые за долгое время выбрали горожане, а не назначили сверху. Андрей Лаврентьев рассказал Ольге Меркуловой и Денису Бахтину об итогах своей работы и о том, как собирается решать проблемы города, где живет больше полутора миллионов человек и работает каждое десятое предприятие региона.",
             "",
             "Фото: Сергей Паршин, Деловой курьер  /  купить фото",
             "",
             "\"Я не вижу смысла сгонять стройки на окраины\"",
             "",
             "После конфликта вокруг сквера в центре города прошли самые многочисленные за последние годы акции протеста. Главной причиной вы назвали нехватку общественных пространств в новых районах. Судя по опросам, так же считают и сами горожане. Что вы собираетесь с этим делать?",
             "",
             "Здесь надо работать сразу по нескольким линиям.",
         ]),
]


# --- Haitian daily (modelled on Le Nouvelliste) -----------------------------------------------------

_MN_LOGIN = "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture de ce texte.\nToujours pas de compte ? Créez-en un"
_MN_LOGIN_ONELINE = "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture de ce texte. Toujours pas de compte ? Créez-en un"
_MN_MEMBERS = "\n".join([
    "CE TEXTE EST ACCESSIBLE AUX MEMBRES INSCRITS",
    "",
    "Créez votre compte sans frais",
    "",
    "Encore 82% de l'article à lire. Ouvrez un compte gratuit pour continuer.",
])

PROBE34_MESSAGER = [
    _doc("b55-messager-transferts-epargne-end", "appeal", "end",
         "Invented; modelled on Le Nouvelliste (Haiti) (feature cut off by a free-registration wall, comment box below)", "fr", [
             "Transferts de la diaspora : de la survie à l'investissement",
             "",
             "Au-delà des dépenses courantes et des urgences familiales, l'argent envoyé par les Haïtiens de l'extérieur pourrait financer des projets capables de relancer l'économie locale. Encore faudrait-il que les expatriés mettent leurs moyens en commun et ciblent des besoins partagés par toute une commune pour changer durablement la vie de leurs proches.",
             "",
             "Par Rose-Carline Dorvil  rcdorvil@messagerdunord.example",
             "Par Rose-Carline Dorvil rcdorvil@messagerdunord.example",
             "23 septembre 2022 | Lecture : 6 min",
             "",
             "Jocelyne Amazan vit à Brooklyn depuis presque sept ans. Avant même de décrocher un emploi fixe, elle expédiait déjà chaque mois une petite somme à sa mère restée aux Gonaïves. Aujourd'hui, elle en envoie davantage.",
             "",
             "Lorsqu'il ne s'agit pas d'une hospitalisation ou d'un imprévu, l'argent sert surtout à régler les frais d'écolage, un poste qui pèse très lourd dans le budget des ménages. « Depuis mon arrivée à New York, je n'ai jamais cessé d'aider ma famille restée au pays, raconte-t-elle. C",
             "",
             _MN_MEMBERS,
             "",
             "Commenter cet article",
             "",
             "Aucun commentaire n'a encore été publié sous cet article.",
             "Lancez la discussion !",
             "",
             "Aucun commentaire",
             "",
             "Tout inscrit peut commenter. Les messages sont modérés et retirés s'ils ne respectent pas notre charte .",
             "",
             "Accès membres",
             "",
             "Identifiez-vous ou ouvrez un compte afin de publier un commentaire.",
         ], appeals=[_MN_MEMBERS]),
    _doc("b55-messager-budget-gourde-end", "appeal", "end",
         "Invented; modelled on Le Nouvelliste (Haiti) (article cut mid-word by a log-in-or-register line)", "fr", [
             "Dans la loi de finances 2021-2022, l'exécutif prévoit de collecter quelque 145 milliards de gourdes de recettes internes en tablant sur un dollar américain à 88 ou 90 gourdes. Deux semaines après l'entrée en vigueur du budget, le dollar s'échange pourtant autour de 79 gourdes. Un écart qui oblige déjà la ministre des Finances, Nadège Pierre-Louis, à évoquer d'autres pistes que l'État compte suivre pour tenir ses objectif",
             _MN_LOGIN,
         ], appeals=[_MN_LOGIN]),
    _doc("b55-messager-insecurite-commissariats-end", "appeal", "end",
         "Invented; modelled on Le Nouvelliste (Haiti) (editorial cut mid-word by a one-line log-in-or-register prompt)", "fr", [
             "Les quinze derniers jours ont été marqués par une série de drames. Pas de cyclones ni de séismes, dont le pays a si souvent payé le prix ces dernières années, mais des attaques de bandes armées contre des habitants livrés à eux-mêmes. Après la tuerie de Bois-Neuf, qui aurait fait une quarantaine de morts d'après les élus de la zone, ce sont maintenant des commissariats qui partent en fumée. Savanette, Ennery, Pla",
             _MN_LOGIN_ONELINE,
         ], appeals=[_MN_LOGIN_ONELINE]),
    _doc("b55-messager-capitale-assiegee-end", "appeal", "end",
         "Invented; modelled on Le Nouvelliste (Haiti) (column cut mid-entity by a log-in-or-register line)", "fr", [
             "Bien d'autres pays traversent une crise de sécurité, mais rares sont ceux où c'est la capitale elle-même – siège de l'État, des banques, des écoles et des hôpitaux – qui se retrouve ainsi prise en otage. Et tout cela se passe sous le nez des responsables.",
             "Ailleurs, jamais un groupe armé caché dans un quartier précaire ne pourrait « paralys&eacut",
             _MN_LOGIN,
         ], appeals=[_MN_LOGIN]),
    _neg("b55-messager-banquecentrale-change-interview-neg",
         "Invented; modelled on Le Nouvelliste (Haiti) (interview with a central-bank official on the exchange rate)", "fr", [
             "Quel rôle joue la banque centrale face à la dérive de la gourde ?",
             "",
             "Au micro de Wilner Étienne, Marc-Arthur Lafontant, administrateur de la banque centrale, répond à des interrogations que beaucoup partagent. Comment la banque agit-elle sur le marché des devises, qui détermine le taux, et pourquoi les pouvoirs publics disposent-ils d'une telle latitude pour enchaîner les mauvaises décisions ? L'administrateur choisit ses mots avec soin et se montre prudent. Pourtant, en creux, il lève le voile sur bien des points obscurs. Responsable du centre de formation de l'institution, Marc-Arthur Lafontant se veut rassurant sans abattre toutes ses cartes.",
             "",
             "Publié le 2020-02-14 | Le Messager du Nord",
             "",
             "Le Messager du Nord - La banque centrale vient de diffuser un document sur l'évolution du change. Quels en sont les points essentiels et pourquoi l'avoir publié maintenant ?",
             "",
             "Marc-Arthur Lafontant - Nous l'avons publié parce que nous sommes persuadés qu'un public mieux informé raisonne mieux, et que les attentes des acteurs, sur le marché des devises comme ailleurs, qu'elles reposent sur une analyse solide ou sur la crainte du pire, dépendent largement des données dont ils disposent. Il s'agit donc de combler l'écart d'information entre la banque et le public, d'aider les entreprises et les ménages à comprendre ce qui fait bouger le taux et à faire la part des choses face aux rumeurs qui alimentent la spéculation.",
             "",
             "Le document reprend donc des notions de base et tente, dans un langage accessible et avec une visée pédagogique, d'expliquer les différents facteurs et indicateurs qui pèsent sur le marché des devises.",
         ]),
    _neg("b55-messager-match-haiti-oman-neg",
         "Invented; modelled on Le Nouvelliste (Haiti) (sports preview of a national-team friendly)", "fr", [
             "Tout savoir avant Haïti – Oman",
             "",
             "Pour clore sa saison 2018, la sélection haïtienne, déjà installée à Mascate, dispute ce samedi 17 novembre au complexe sportif Sultan-Qabous, dès 10 heures (heure de Port-au-Prince), un match amical face à l'équipe nationale d'Oman.",
             "",
             "Publié le 2018-11-14 | Le Messager du Nord",
             "",
             "Sport -",
             "",
             "Ce mercredi 14 novembre au matin, seuls le gardien Wilde-Donald Bastien et l'ailier Kervens Pierre manquaient encore à l'appel dans l'hôtel de la sélection, au bord de la mer d'Oman. D'après le chargé de communication de la fédération, Patrick Noël : « Les deux joueurs doivent normalement nous rejoindre jeudi matin. Pour l'instant, quinze joueurs, arrivés par deux vols différents, sont déjà avec le groupe ».",
             "",
             "Pour cette toute première rencontre entre les deux pays, les Haïtiens porteront une tenue entièrement rouge. Les Omanais, eux, joueront dans leur traditionnel maillot blanc. Avant une nouvelle séance programmée vendredi, le groupe a effectué jeudi un entraînement léger en vue du duel de samedi.",
             "",
             "Trois nouveaux visages",
             "",
             "Parmi les joueurs convoqués par le sélectionneur Rémy Dalmasse, seuls trois évoluent dans le championnat local. Il s'agit du buteur de l'Aigle Noir, Fritzner Cadet, du défenseur du Racing des Gonaïves, Stanley Jeune, et du milieu du Violette, Ricardo Augustin. Par ailleurs, deux jeunes découvrent la sélection A. Le premier, Jimmy-Shammar Louis, capitaine des moins de 20 ans, joue en Belgique dans l'équipe réserve d'un club de première division. Il a été choisi aux dépens du gardien de l'Arcahaie FC, Dieuvel Saintil. Le second est Mackenson Joseph, lui aussi passé par les sélections de jeunes.",
             "",
             "Quatrième sortie de la sélection en 2018",
         ]),
]


# --- Exile news site (modelled on Meduza) -----------------------------------------------------------

_FV_HEADER_BTN = "Я хочу поддержать «Фарватер»"
_FV_INSTALL = "Пусть ваши родные тоже знают, что на самом деле творится в стране. Помогите им поставить приложение «Фарватера»\nПоддержать"
_FV_MIRROR = "fvtr.example/zerkalo. Сохраните этот адрес. По нему «Фарватер» открывается в России без всякого VPN\n" + _FV_HEADER_BTN
_FV_MENU_TOP = ["К материалам", "Новости", "Сюжеты", "Объяснения", "Подкасты", "Лавка", "Вход", "О проекте",
                "Реклама", "Farvater in English", "Сначала новые", "EN", "Вход"]
_FV_SHARE = ["Телеграм", "ВКонтакте", "X", "Сохранить"]

PROBE34_FARVATER = [
    _doc("b55-farvater-short-gubernator-gospital-top", "appeal", "top",
         "Invented; modelled on Meduza (short photo item with an install-us-for-your-family support line on top)", "ru", [
             _FV_INSTALL,
             "новости",
             "",
             "Губернатор в инфекционном госпитале. Снимок",
             "",
             "Источник: Farvater",
             "",
             "Глава области Виктор Ладыгин (слева, в белом защитном комбинезоне) 2 апреля приехал в областной инфекционный госпиталь, куда привозят заболевших и людей с подозрением на инфекцию.",
             "",
             "Павел Ерохин / пресс-служба правительства области",
             "",
             "Волшебная ссылка? Да: по ней открывается облегченная версия текста. Ее можно переслать тем, у кого «Фарватер» не грузится, — и все заработает! Только осторожнее: в России «Фарватер» признан «нежелательной» организацией. Не пересылайте наши тексты тем, в ком не уверены.",
         ], appeals=[_FV_INSTALL]),
    _doc("b55-farvater-news-podpolie-mirror-top", "appeal", "top",
         "Invented; modelled on Meduza (news item with a mirror-address support line on top)", "ru", [
             _FV_MIRROR,
             "",
             "Секретарь Совбеза заявил о «спящих ячейках» в приграничных районах",
             "",
             "Источник: пресс-служба Совбеза",
             "",
             "Секретарь Совета безопасности Аркадий Велесов поручил силовикам «навести порядок» и «оградить мирных жителей от провокаций» в приграничных районах. Об этом он сказал на совещании с руководителями региональных управлений. Речь идет о территориях, где в последние месяцы участились диверсии на железной дороге.",
             "",
             "«Противник опирается на затаившиеся ячейки и завербованных через интернет подростков. Работать тут надо быстро и без церемоний», — заявил Велесов.",
             "",
             "Чиновник также заявил, что «подавляющая часть» жителей этих районов поддерживает власти, и подчеркнул, что люди «должны чувствовать: государство их не бросит».",
             "",
             "Показать полностью",
         ], appeals=[_FV_MIRROR]),
    _doc("b55-farvater-video-shkola-header-top", "appeal", "top",
         "Invented; modelled on Meduza (video item: support button inside the site menu)", "ru",
         _FV_MENU_TOP + [_FV_HEADER_BTN] + _FV_SHARE + [
             "новости",
             "Город разбомбили, а теперь чиновник открывает там школу (дистанционно, разумеется)",
             "Ему показывают ученицу, которая благодарит за «внимание» к городу",
             "28 секунд",
             "11:20, 1 сентября 2024",
             "Вице-премьер Станислав Горелов 1 сентября поучаствовал в открытии восстановленной школы в разрушенном прифронтовом городе. Сделал он это по видеосвязи из своего кабинета. Назначенный глава района подвел к камере ученицу второго класса, которая поблагодарила чиновника «за то, что вы помните о нашем городе». За время боев город был разрушен почти целиком и стал одним из символов этой войны.",
         ] + _FV_SHARE + ["Написать в редакцию"],
         appeals=[_FV_HEADER_BTN]),
    _neg("b55-farvater-feature-polgoda-sociologiya-neg",
         "Invented; modelled on Meduza (feature interview with a sociologist, no support line)", "ru", [
             "Анна Лебедева / Reuters",
             "истории",
             "",
             "Что полгода войны сделали с обществом? Разбираемся вместе с социологом",
             "",
             "Источник: Farvater",
             "",
             "Полгода войны перевернули жизнь миллионов людей. Противники сначала выходили на улицы, а после того как за «дискредитацию» армии начали сажать, перешли к тихим формам протеста. Многие уехали. Другие, наоборот, ходили на провластные концерты и пересказывали телевизионные объяснения, зачем все это нужно. Как поменялось общество за эти месяцы, как уживаются люди с разными взглядами и насколько велика поддержка войны на самом деле? Об этом «Фарватер» расспросил социолога Марину Рогозину.",
             "",
             "",
             "Марина Рогозина, социолог",
             "",
             "— Как война изменила работу социологов в России?",
             "",
             "— Позвольте сначала придраться: поллстеры и социологи — разные профессии. У них своя работа, у нас своя. С весны опросным центрам пришлось подстраиваться под новые правила.",
         ]),
    _neg("b55-farvater-feature-poslednie-slova-neg",
         "Invented; modelled on Meduza (feature with journalists' final statements in court, no support line)", "ru", [
             "К материалам",
             "истории",
             "",
             "«Делать свою работу честно, а не обслуживать пропаганду, теперь считается преступлением!» Последние слова журналистов Ильи Сазонова, Веры Лыковой и Дениса Ухтомского, которых судят за «сотрудничество» с запрещенной организацией",
             "",
             "Источник: Farvater",
             "",
             "В Басманном районном суде подходит к концу процесс над журналистами Ильей Сазоновым, Верой Лыковой, Денисом Ухтомским и Глебом Рощиным, которых обвиняют в участии в «экстремистском сообществе». На заседании 3 марта прокурор попросил для каждого по 6 лет колонии, после чего подсудимые произнесли последние слова. Заседания закрыты для публики, но независимому изданию «Прямая речь» удалось получить тексты выступлений Сазонова, Лыковой и Ухтомского. Речь Рощина, по имеющимся сведениям, до редакции не дошла.",
             "",
             "Илья Сазонов",
             "",
             "фотограф, снимавший для иностранных агентств",
             "",
             "Здравствуйте, уважаемый суд и уважаемые участники процесса!",
         ]),
]


BATCH55_DOCUMENTS = (PROBE34_MPR + PROBE34_NORDWELLE + PROBE34_CROSSCURRENT + PROBE34_MORGENROT
                     + PROBE34_DELKUR + PROBE34_MESSAGER + PROBE34_FARVATER)
