"""Sixty-sixth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 46 (24 documents). Each keeps the real page's structure (an alt-weekly's
"slant" column of bullet items with an "Enlarge" photo line, a food site's story running into a
"more from" teaser, a contributor's essay with a two-line sign-off, a left news site's menu of
section bullets and a "more stories" list, a radio station's campaign page with blank-line gaps, a
links roundup with a comment form, a newsletter digest of teaser/source pairs, a listing page of
"Posted in" teasers cut off with "[...]", a morning newsletter with its sign-off and latest-news
list, an arts newsletter with an editor's line and a sponsored teaser) and exactly what the real
gold marks: a newsletter plug closing a paragraph of a column item; a one-sentence newsletter tease
inside a bullet; a two-line newsletter sign-up box between a story and a "more from" teaser; a
contributor's closing "subscribe and support" sentence before his sign-off; an editors' plea to pay
a reporter's trial-coverage costs at the end of a paragraph plus the site's standing donate line;
a top support-and-sign-up line and a "donate to us here" clause after a petition sentence (the
petition's own donate button, someone else's, stays text); a one-line "reporting is supported by"
header between links and a member box at the end; a newsletter-origin line after a digest's first
sentence (twice, once with a membership line inside a film item); a matched giving-day header on
a listing page; a "please support us" sentence inside an editor's note and a nonprofit line with
its follow button; a free-subscriber upgrade box with its button. Negatives keep what makes the
real ones hard: third-party crowdfunding after deaths with sums, targets and a fraud conviction,
a column on crowdfunding as the new casserole, an essay on independent media's appeals, a student
paper urging readers to donate to another paper, a blogger's "pay for your news" post with a
quoted plea, a blogger passing the hat for another site, a list of reasons to back another site's
Kickstarter, a business-desk tip sheet on donation season, a report on another weekly's rescue
drive, a press-freedom group's statement about foreign funding, a paper's note on campaign
finance, and a reader letter asking voters to write to the papers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch66`
takes each text as it stands, locates every gold appeal substring in it (asserted unique) and
writes Fixtures/unseen-batch66.jsonl. Named `unseen-` because no rule is fitted to it (the line
scorer does train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 46: appeal documents -------------------------------------------------------------------

_MILLRACE_NEWSLETTER = "If you're not on the list yet, our two weekly email digests round up everything new on the site: sign up at MillraceWeekly.example/letters/"

_MILLRACE_ALERTS = "Watch your inbox, too: a Protest Planner email from us is coming soon."

_CALLE_BOX = "\n".join([
    "Stay connected",
    "Get our weekly newsletter, always free",
])

_FRA_CLOSE = "My hope is that you will join me, subscribe to FRA and help keep blunt, unbowed, independent reporting going."

_REDCLAY_TRIAL = "Reporting like this is not free.  Click here to give to the trial fund... your money pays for bus fares, court transcripts and the other costs.  A big-city daily would pick up this tab for Nia.  None is doing so.  That leaves us.  Every one of us.  So click the link, please, and put something behind honest reporting."

_REDCLAY_STANDING = "Do the Red Clay Review's stories matter to you? Please hit the DONATE button and pitch in, if you are able."

_TUNDRA_TOP = "Listeners across the North keep our reporting on air. Back us and join here."

_TUNDRA_HERE = "to give to the station itself, use this page instead."

_QUAYSIDE_HEADER = "Quayside Local's reporting is paid for by our members and:"

_QUAYSIDE_MEMBER = "\n".join([
    "Get every story of the day!",
    "",
    "Nobody paid to open this page because readers like you chipped in. Keep neighborhood reporting free for everyone and back independent local news: join as a member today!",
])

_CROSSINGS_ORIGIN_A = "This roundup first ran in the First Light email from Crossings. Get it delivered to you every Monday, Wednesday and Friday by signing up here."

_CROSSINGS_ORIGIN_B = "This roundup first ran in the First Light email from Crossings. Get it in your inbox on Mondays, Wednesdays and Fridays by signing up here."

_CROSSINGS_MEMBERS = "Want to watch the full talk? Become part of the Crossings Circle membership here."

_COURIER_MATCH = "\n".join([
    "Our year-end giving drive starts now! Every gift made today is matched, up to $15K, so your money goes twice as far. Give $40 today and the Courier gets $80.",
    "",
    "The Courier is a reader-supported nonprofit newsroom these days. Will you chip in to keep our pages coming out?",
])

_PARKSIDE_ASK = "If it struck you the way it struck me, please think about backing Parkside Daily."

_PARKSIDE_FOOTER = "\n".join([
    "Parkside Daily is a nonprofit newsroom that relies on readers like you.",
    "",
    "Follow Us",
])

_STATIC_BOX = "\n".join([
    "You're reading Gallery Static as a free subscriber. If our independent art criticism matters to you, please think about becoming a paying member.",
    "",
    "Become a Member",
])


PROBE46_APPEALS = [
    _doc("b66-millrace-slant-middle", "appeal", "middle",
         "Invented; modelled on Eugene Weekly (alt-weekly 'Slant' column, newsletter plug ending an item)", "en", [
             "Last Sunday the Tillford Herald landed on the front of the Capital Statesman, in a piece headlined \u201cHow a hedge fund hollowed out a valley daily.\u201d The Statesman dug through years of filings to show how the chain's cutbacks gutted the Herald's newsroom. A sidebar titled \u201cSmall startups step in where big papers pulled out\u201d looks at who is picking up the slack, and it notes how irritated reporters like the ones here at Millrace Weekly are by the claim that Kessler County has turned into a place with no news at all. Self-government depends on people who explain how power works around here. We'd like the Herald to hang on, and with help from readers, MW and our neighbors in local media will gladly cover what it can't! " + _MILLRACE_NEWSLETTER,
             "Enlarge",
             "\u2022 The Tillford Rotary handed out its yearly Beaver Awards on Oct. 3 to youth soccer organizer Dana Whitcomb, bakery owner Luis Arrendondo, retired nurse and mentor Grace Ohanian and, after her death this summer, the tireless county librarian Minnie Castellanos. The awards go to people whose \u201cwork lifts the whole town in the spirit of the club\u201d and who, naturally, keep gnawing away at hard problems until they give.",
             "\u2022 We're curious how City Hall will settle the fight over a traffic circle at Mill and Orchard. Most of the chatter online is hostile. The owner of the Orchard Plaza strip mall even mailed neighbors a flier warning \u201cWill the plaza survive? City wants to cut off our Mill Street entrance.\u201d On the other side, a teacher who lives nearby and pedals or drives through the circle out by the fairgrounds every day wrote to us that she likes it just fine.",
         ], appeals=[_MILLRACE_NEWSLETTER]),
    _doc("b66-millrace-alerts-middle", "appeal", "middle",
         "Invented; modelled on Eugene Weekly (alt-weekly 'Slant' bullets, newsletter tease inside an item)", "en", [
             "By MW editorial staff",
             "\u2022 Hats off to the three Kessler County commissioners \u2014 Irene Vasquez, Tom Albright and Rosa Delgado \u2014 who voted Tuesday \u201cto adopt a resolution restating the county's pledge to honor state immigrant protections and to stand with its LGBTQ residents.\u201d (And a raised eyebrow to Gary Lund and Mike Hollis, the pair who voted no while mumbling something about local control.) Over at Tillford State, the graduate workers' union declared itself a sanctuary union, saying that with \u201cthe present run of attacks on fair hearings, open debate and newcomer families, staying quiet is not an option.\u201d",
             "\u2022 Credit also goes to everyone who keeps showing up to the marches and vigils downtown. Our photos from the March 29 courthouse rally are up at MillraceWeekly.example. " + _MILLRACE_ALERTS,
             "\u2022 With federal funding for museums, research labs and food banks being slashed this spring, here's a bit of good news. The Upper Basin Arts Trust said April 8 that groups in our county alone landed 38 grants worth $611,400 in all. Recipients include Tillford Chamber Players, the Mill Pond Puppet Company, Dos R\u00edos Dance, the Riverbank Youth Choir, Kessler Pride Alliance, the Orchard Street Theater, the Tillford Arts Council and many more. In the interest of transparency: Millrace Weekly has gotten money from donor funds held at the trust for a reporting position and day-to-day costs \u2014 good news for us as well!",
             "\u2022 And on the subject of the Tillford Arts Council, MW is delighted to report that your hometown paper has been named its Cornerstone Business of the Year! We'll pick up the honor, along with a handful of local galleries and troupes, at the council's June 4 gala at the Grange Hall.",
         ], appeals=[_MILLRACE_ALERTS]),
    _doc("b66-calle-tamales-newsletter-end", "appeal", "end",
         "Invented; modelled on L.A. TACO (food-and-street story, newsletter sign-up box before a 'more from' teaser)", "en", [
             "Not long ago, the best eating in Alameda Heights was happening on the sidewalks of Orchard Lane, where a row of vendors fired up their griddles every evening. Then came the complaints, then the patrol cars, then the seized carts and the trash bags full of food, and the whole mess showed just how much it can cost to sell on the street. The lane has been mostly silent since \u2026 except for Marisol Trevi\u00f1o, who still turns up most nights, pressing masa into sopes, stuffing tamales by the dozen and toasting thick slices of bolillo soaked in guajillo sauce on her comal for the neighborhood's favorite molletes. While you wait, her face may ring a bell: she has become one of the best-known voices for vendors' rights, marching at the front of protests and stepping up to the podium at city hearings to give her full name and say her piece. Leaders like her \u2014 working alongside the Eastside Food Justice Coalition, the Alameda Heights Tenants Union, the Street Commerce Legal Clinic and a string of other allies \u2014 pushed the vendor-permit reform over the line last year. So order one more sope than you planned, as a thank-you.",
             _CALLE_BOX,
             "More from Calle Norte",
             "Eastside Punk Benefit Shows Bring In $12K For Families Hit By Deportation Raids",
             "\"Right now it's an emergency,\" says Rosa Iba\u00f1ez, who runs Pit for the Kids. \"These neighborhoods are built by immigrants, and they grow because of them. Look at who gets grabbed in these sweeps: working people. Agents show up at hardware stores, at flea markets, at job sites, and they haul our neighbors off. Kids come home to empty houses, so those of us who have a stage and a mic have to step up.\"",
         ], appeals=[_CALLE_BOX]),
    _doc("b66-freerange-independents-end", "appeal", "end",
         "Invented; modelled on Independent Australia (contributor essay ending in a subscribe-and-support sentence before the sign-off)", "en", [
             "Independent voices lead the way",
             "",
             "By | | comments |",
             "",
             "A free press that answers to nobody but its readers keeps a democracy honest and a country awake.",
             "",
             "If you spend time on social media you will have noticed the little line that big-newsroom reporters put in their bios:",
             "",
             "\u201cOpinions are my own and don't reflect my employer.\"",
             "",
             "or something close to it.",
             "",
             "Independent outlets skip the varnish and give you the story, or the argument, as it actually is.",
             "",
             "They are the one corner of the press where nobody has to worry what the owner or the board will think of a column. Time and again small outlets have broken stories here and overseas while the big mastheads trailed behind.",
             "",
             "Here at home, the Harbourgate tapes and the Wattle Creek land deal were all but ignored by the big papers, even though both became two of the most important political stories of the past ten years. Only now, long after the fact, are the major outlets bothering to follow up.",
             "",
             "",
             "Free Range Australia has shown again and again that it is both early to the stories that matter and unafraid of where the facts lead. People talk about the Fifth Estate, and I'm glad to write for one of the outlets that has shown the rest how it's done \u2014 FRA",
             "",
             "Some in the media try to steer what we think by steering what we get to read, and others are muzzled by owners and told to look away. Independent outlets are a loud, rude refusal to go along with the people holding the muzzles.",
             "",
             "That's one of many reasons I'll keep backing them. " + _FRA_CLOSE,
             "",
             "",
             "Cheers,",
             "",
             "",
             "Dan Kearney (FRA columnist and author of the Backbench Bulletin)",
             "",
         ], appeals=[_FRA_CLOSE]),
    _doc("b66-redclay-trial-coverage-end", "appeal", "end",
         "Invented; modelled on Black Agenda Report (editors' plea to fund trial coverage plus standing donate line, after a section menu)", "en", [
             "Red Clay Review",
             "Red Clay Review",
             "Reporting, opinion and argument from the grassroots left.",
             "",
             "  \u2022 Home",
             "  \u2022 The South",
             "  \u2022 Labor",
             "  \u2022 Schools",
             "  \u2022 Land and Water",
             "  \u2022 World",
             "  \u2022 Arts and Letters",
             "  \u2022 Money and Power",
             "  \u2022 Podcast",
             "  \u2022 Elections",
             "  \u2022 Empire Watch",
             "  \u2022 grab bag",
             "",
             "Nia Okafor Will Report From the Memphis Trial of the Officer Who Shot Darnell Hayes, Starting June 9",
             "Nia Okafor",
             "02 Jun 2016",
             "\U0001f5a8\ufe0f Print Article",
             "",
             "by the Editorial Board",
             "",
             "Who actually does journalism? Journalists do, people who get up each morning to chase a story to its end, talking to witnesses and specialists, reading through court filings, letters and records. Within living memory, ad money from big companies footed the bill, reporters earned enough to live on, and strong institutions stood behind them. That world is gone. Today's market logic demands that every service turn a profit for the people at the top, or disappear. That is what happened to the news. The wealthy see nothing to gain from a well-informed public.",
             "",
             "The Red Clay Review will run dispatches from the trial of Officer Wade Pruitt several times a week, because a working reporter, Nia Okafor, author of Blue Lights on Elm Street, is going to sit in that courtroom.  " + _REDCLAY_TRIAL,
             "",
             _REDCLAY_STANDING,
             "",
             "",
             "More Stories",
             "",
             "",
             "  \u2022 Ground Truth: Washington Keeps Exporting Its Wars",
             "    Ellis Montgomery, RCR senior columnist",
             "    Ground Truth: Washington Keeps Exporting Its Wars",
             "    11 Feb 2019",
         ], appeals=[_REDCLAY_TRIAL, _REDCLAY_STANDING]),
    _doc("b66-tundrawave-fm-letters-top", "appeal", "top",
         "Invented; modelled on Cabin Radio (community station's campaign page, top support line and a donate-to-us clause after a petition)", "en", [
             _TUNDRA_TOP,
             "",
             "",
             "",
             "Tundra Wave Radio needs you to help get it on FM. This is how.",
             "",
             "The mixing desk in Tundra Wave's main studio",
             "",
             "If you think Tundra Wave belongs on the FM band in Fort Aldous, read on! The steps below explain how you can lend a hand.",
             "",
             "Short on time? Here's the quick version: send an email saying whatever you like, as soon as possible. If you want it to count for the most, though, take a look at the steps first.",
             "",
             "We're overwhelmed by how many people in Fort Aldous have stood up for Tundra Wave since the broadcast commission decided last week that the town's market is too small for another FM licence.",
             "",
             "We think the commission got it wrong \u2013 and, far more importantly, it looks as though thousands of people in town agree. Your notes keep us going and make us want to fight harder to overturn this and get on air.",
             "",
             "",
             "",
             "There is also an online petition, and we're grateful to whoever started it. Just bear in mind that the donate button on the petition site sends money to the petition platform, not to the station \u2013 " + _TUNDRA_HERE,
             "",
             "The decision is wrong because the market plainly can support us (we exist, folks, and have been broadcasting online for six years) and because the commission put the balance sheet of a big out-of-town broadcaster ahead of what a locally owned station gives Fort Aldous.",
             "",
             "This is where you come in. We are asking for a letter from everyone who wants to hear Tundra Wave on FM in Fort Aldous.",
             "",
             "The steps differ a little depending on who you are. We've sorted them into a few simple groups so you can choose the one that suits you best.",
         ], appeals=[_TUNDRA_TOP, _TUNDRA_HERE]),
    _doc("b66-quayside-links-middle", "appeal", "middle",
         "Invented; modelled on Bklyner (daily links roundup, supporters header between links and member box above the comment form)", "en", [
             "Lantern Parade in Marrow Point, \u201cMall Creep\u201d on the Waterfront & the Rest of Today's Links",
             "",
             "",
             "A new report floated the idea of paying for ferry repairs with money from a proposed tourist tax on short-term rentals. Today, a harbor-district council member said she has a better plan for that cash.",
             "",
             "Renters have been fighting landlords here since the first tenements went up \u2014 here are the 14 renter protection bills now waiting on the council's desk.",
             "",
             "In August a man died in a holding cell at the Eastmere precinct. His parents are now talking publicly about that night and about everything that went wrong.",
             "",
             _QUAYSIDE_HEADER,
             "",
             "Big-box plazas are squeezing out corner groceries along the waterfront, so read up on how the neighborhood is slowly turning into a suburb.",
             "",
             "A plan to charge $17 to cross the Harbor Arch Bridge has drivers in the southern districts fuming.",
             "",
             "The Marrow Point Civic League has floated its own plan for fixing the crumbling seawall, though it says holding back gifts to the Waterfront Park Trust is the wrong way to force the city's hand.",
             "",
             "Marrow Point marked the holidays the old-fashioned way, with a lantern parade down Canal Street led by a brass band, a nod to the customs of the fishing families who first settled the point.",
             "",
             "A crowd of rowdy elves is expected to swarm downtown this Saturday, so maybe stay close to home. An idea? A walking tour of the old lighthouses along Harbor Drive\u2014elf ears optional.",
             "",
             _QUAYSIDE_MEMBER,
             "",
             "Comment policy",
             "",
             "",
             "Write your comment here!",
             "Type your name here",
         ], appeals=[_QUAYSIDE_HEADER, _QUAYSIDE_MEMBER]),
    _doc("b66-crossings-firstlight-top", "appeal", "top",
         "Invented; modelled on Documented (immigration newsletter digest, newsletter-origin line after the first sentence)", "en", [
             "Only got a moment? These are the immigration stories worth your time today. " + _CROSSINGS_ORIGIN_A,
             "Harbor City",
             "How Crossings uses Signal groups for more than sharing links:",
             "Our engagement lead, Paola Ferreira, walks through what our Signal channels are for (and what they are not), which other newsrooms are doing it well, and what we've learned. \u2014 Read more",
             "Life and work for the migrant mothers selling fruit on the elevated train:",
             "Most of the vendors are Quechua-speaking families from the Peruvian highlands who left as farm incomes collapsed. \u2014 Metro Weekly",
             "The newest fight over migrant shelters: the city's public golf courses:",
             "A parks board member and the head of a youth golf league asked residents to sign a letter opposing a plan to put shelter tents on a municipal course. \u2014 The Harbor City Ledger",
             "Migration is front and center in close council primaries:",
             "Candidates on the left are trying to square their defense of shelter funding with worried voters, while those on the right are promising a tougher line. \u2014 Civic Desk",
             "Eastbank district leader and the mayor call for help housing new arrivals:",
             "The district leader has suggested legal paths for local officials to open more housing around the state \u2013 and even asked the mayor to turn the Eastbank civic center into a shelter. \u2014 Watch the press event",
             "Across the Country",
             "A jump in border apprehensions masks big differences between regions and countries of origin:",
             "Two decades ago the Arizona and California sectors handled most of the arrests, but today sectors in Texas and New Mexico have largely taken their place. \u2014 Border Data Project",
             "Promises of jobs from new detention centers fall flat in small towns:",
         ], appeals=[_CROSSINGS_ORIGIN_A]),
    _doc("b66-crossings-council-race-top", "appeal", "top",
         "Invented; modelled on Documented (newsletter digest, origin line at the top and a membership line inside a film item)", "en", [
             _CROSSINGS_ORIGIN_B,
             "The contest for the 9th council district on the Eastbank has already pulled in more than $900,000 in contributions. Marco Ibarra, Lena Quispe, Tomas Reyes, Alma Cordero, Victor Nu\u00f1ez and Grace Li are all running, and each has pitched ideas aimed at immigrant residents. Ibarra, for one, wants to let noncitizen residents vote in city elections, whatever their papers say. \u201cI want to build an economy of care where every family, documented or not, can get help with children, elders and disability,\u201d Ibarra said. Quispe, for her part, says she wants immigrant neighborhoods to have a louder voice at City Hall. Civic Desk",
             "More local immigration news\u2026",
             "We Know What Lockdown Felt Like: Making Our First Documentary",
             "\U0001f4cd Crossings Film",
             "Crossings and Northlight Pictures debuted the film \u201cSabemos lo que fue el encierro,\u201d or \u201cWe know what lockdown felt like,\u201d on Thursday. It follows families from the city's Andean and Caribbean neighborhoods through the worst months of the virus. Two years ago, our Signal tip line filled with worrying messages from immigrant readers. We set out to tell those families' stories while also showing how the whole city got through the crisis. At the screening, actor and activist Daniela Ruiz talked with director Ana Beltr\u00e1n in an audience Q&A about the film. " + _CROSSINGS_MEMBERS + " Go behind the scenes with Crossings. Find the film and more about it on its own site here.",
             "Restaurant Owner Who Heckled the Mayor Owes Workers Almost $800,000 in Back Pay",
             "\U0001f4cd Crossings Original",
         ], appeals=[_CROSSINGS_ORIGIN_B, _CROSSINGS_MEMBERS]),
    _doc("b66-lakeshorecourier-givingday-top", "appeal", "top",
         "Invented; modelled on Chicago Reader (author listing page, matched giving-day header above 'Posted in' teasers)", "en", [
             _COURIER_MATCH,
             "",
             "Posted inCity & Politics",
             "",
             "The Aldermen Get an Earful",
             "",
             "The toughest fights to settle are the ones where each camp has a point. That's what makes the string of ugly jokes heard over the Water Department's dispatch channel so hard. Residents of the South Shore are right to be angry about them, while rank-and-file crews resent being tarred for what a few clowns said. [\u2026]",
             "",
             "Posted inCity & Politics",
             "",
             "Parking Ticket Wars",
             "",
             "City treasurer Ray Dobrowski has a complicated history with the spotlight. The spotlight from a 1994 council rebellion he helped organize, as alderman of the 31st Ward, against a $52.7 million garbage fee? He soaked it up. The spotlight as treasurer in 1998 for telling aldermen in budget hearings that city workers owed $2.1 [\u2026]",
             "",
             "Posted inCity & Politics",
             "",
             "Code Red, Code Whatever",
             "",
             "The trouble with the federal government's new color-coded warning scheme is that orange makes you think of pumpkins, not imminent danger. But when you see the robot from an old sci-fi show flailing its arms, you know something's wrong. Here are a few warning scales everybody gets. LEVELS Threat Level Low: Mild Salsa Guarded: Medium Salsa [\u2026]",
         ], appeals=[_COURIER_MATCH]),
    _doc("b66-parkside-newsletter-column-middle", "appeal", "middle",
         "Invented; modelled on Mission Local (morning newsletter, support sentence inside the editor's note and nonprofit footer with follow button)", "en", [
             "Hello, everyone!",
             "",
             "Priya, who usually puts this together, is off this week, so you're stuck with me.",
             "",
             "Cold season is here and so is RSV. The free walk-in clinic at Dolores and 19th is adding evening hours to keep up.",
             "",
             "Union drives keep spreading \u2013 this week it's the staff at the Parkside Public Library.",
             "",
             "Also, Parkside Daily has started a quiz series called Can you out-guess Marco? Best of luck!",
             "",
             "Marco's Thursday column on the shelter-bed lawsuit and the finger-pointing between the governor and the mayor has been one of our most-read stories of the year. A judge ruled on the case Wednesday, and the column now reflects that.",
             "",
             "It's a terrific bit of writing and digging. " + _PARKSIDE_ASK,
             "",
             "Thanks so much!",
             "",
             "Renata",
             "",
             "The Latest News",
             "",
             "Dolores clinic adds evening hours as RSV climbs",
             "",
             "With RSV cases rising across the state, a neighborhood clinic at Dolores and 19th is stretching its schedule to meet demand.",
             "",
             "Can you out-guess Marco? Take our first news quiz",
             "",
             "Hardly anyone at City Hall can out-trivia Marco Alvarado. Think you can? Play our quiz. The winner gets a mug.",
             "",
             "Library staff in Parkside file for union \u2014 a first for the city's branches",
             "",
             "Librarians and clerks at the Parkside Public Library, among the busiest branches in the region, have asked the city to recognize their union.",
             "",
             "Shelter-bed ruling exposes City Hall's blame game",
             "",
             "The real aim of the governor and the mayor in going after the judge is to pin the blame for crowded sidewalks and angry voters on somebody other than themselves.",
             "",
             "QUICK TAKE",
             "",
             "So, who's winning?",
             "",
             "By Hector Lindqvist",
             "",
             _PARKSIDE_FOOTER,
             "",
             "Editor and founder. I've lived in Parkside since 2001 and taught reporting at the state university until I stepped down in 2020.",
         ], appeals=[_PARKSIDE_ASK, _PARKSIDE_FOOTER]),
    _doc("b66-gallerystatic-newsletter-member-middle", "appeal", "middle",
         "Invented; modelled on Hyperallergic (arts newsletter, free-subscriber upgrade box with button after the editor's note)", "en", [
             "March 14, 2025",
             "",
             "Tonight is ourbig tenth birthday bash! If you're in Philadelphia, you can stillgrab a ticket to the party at the Copper Room supper club from8pm. Expect burlesque sets, a live band, snacks, and plenty of good cheer.",
             "",
             "Elsewhere, we cover artists protesting a sculpture park's new dress code for guards, worries about a community mural wall slated for demolition, and a German gallery cleaner who mistook an installation for garbage.",
             "",
             "Plus, the surprising roots of the cooking competition show, Mara Ellison's lush, ornate textile art, a look at tricksters in painting, and a film about the troubled past of a famous concert hall.",
             "",
             "\u2014 Tobias Wren, Deputy Editor",
             "",
             _STATIC_BOX,
             "",
             "How the Cooking Show Was Born, and Why It's So Cutthroat",
             "",
             "In Heat of the Kitchen, Jonah Pell traces the genre from its public-TV beginnings to show why we can't stop watching people panic over souffl\u00e9s. | Rhea Castillo",
             "",
             "SPONSORED",
             "",
             "Ola Adeyemi, Now Showing at Lindgren Projects' Water Street Space",
         ], appeals=[_STATIC_BOX]),
]


# --- Probe 46: negatives --------------------------------------------------------------------------

PROBE46_NEGATIVES = [
    _neg("b66-shannonchronicle-crowdfunding-neg",
         "Invented; modelled on The Irish Times (feature on crowdfunding after a death abroad, sums, target, fraud case)", "en", [
             "Eight days ago Siobhan Carrick was killed in a stabbing in Boston. As her parents and friends tried to take in the awful news, people started organising around them, and a crowdfunding page went up to cover the cost of flying the 34-year-old's body home to Co Clare.",
             "Relatives, classmates, old neighbours \u2013 and strangers moved by the story \u2013 gave what they could, and in under a day close to \u20ac35,000 had come in, well past the original goal of \u00a318,000 (\u20ac20,600).",
             "\u201cThere are no words for the kindness we've been shown from every corner of the world. From all of us, thank you to everyone who gave, shared the page or sent a message,\u201d wrote the organiser, Ciaran Doyle, when he closed the page.",
             "The reaction showed how decent most people are, and how a fundraising website can give money and comfort to a family in the darkest hours.",
             "\u2018Half the wedding party ended up in the chipper\u2019: actor Niall Byrne and his best man on speeches and staying close",
             "Ostra restaurant review: A seafood lesson worth the trip to Galway",
             "I sat through a three-hour costume drama so you don't have to. I left wishing I'd stayed home",
             "But the same sites can also feed worse instincts. This month a 22-year-old man from Ohio who collected nearly $45,000 online after posting about a made-up leukaemia diagnosis on several apps was handed an eight-year suspended sentence and told to repay everything after a fraud conviction.",
             "\u201cYou lied to the people closest to you, to your town, to real patients, to charities and to strangers who gave because they believed your heartbreaking story,\u201d Judge Linda Harkness told Tyler Brandt.",
             "Cases like his are rare, the platform says, and it refunds donors when a campaign turns out to be a sham. Still, they leave givers wondering how to tell a real emergency from a well-told lie.",
         ]),
    _neg("b66-thamesvalleypress-casseroles-neg",
         "Invented; modelled on The London Free Press (column on crowdfunding after a fatal crash, goal sum at the end)", "en", [
             "Morrow: Online fundraisers are the new neighbourly casserole",
             "",
             "Share Adjust Comment Print",
             "",
             "Not so long ago, when tragedy hit a household, the covered-dish crew showed up. Neighbours came by with muffins and lasagnas. Those small, practical kindnesses meant grieving families didn't have to cook for the relatives filling the house, who still had to eat, sorrow or not.",
             "",
             "The tuna noodle bake might not have suited anyone's diet, but it proved that a street could look after its own. People still knock on the door today. But grief now comes with a different kind of help, one aimed at the bills.",
             "",
             "The fundraising page is the modern sympathy casserole.",
             "",
             "That fits an online age, in which virtual networks have mostly replaced the in-person ties of a neighbourhood. We post our anniversaries on one app and watch our grandkids grow on another. Small wonder those are the places we go when we need help.",
             "",
             "These campaigns lean on social networks to reach people who might give (or invest, on the platforms built for startups). Some sites only take registered charities; others, such as GoFundMe and the smaller sites it has swallowed over the years, let anyone start a page.",
             "",
             "You can raise money for nearly anything lawful, from a gap year to a dog's knee surgery. But it has become an especially strong way to channel the wave of sympathy that follows a sudden death.",
             "",
             "We saw that again this week, when the community of Pine Hollow, Sask., was torn apart by a crash. Two teenage girls from Red Willow First Nation, walking home from a volleyball game, were hit and killed Friday evening, police said. The 31-year-old driver, who is accused of leaving the scene and later turning up at a detachment, faces seven charges including dangerous driving causing death.",
             "",
             "An online campaign first set a target of $30,000 to help with funeral costs.",
         ]),
    _neg("b66-southasiadesk-independent-media-neg",
         "Invented; modelled on Counterview (essay on independent outlets' survival and their appeals for support)", "en", [
             "Skip to main content",
             "",
             "Small newsrooms on the brink: why honest outlets are struggling and what readers can do",
             "",
             "By Meera Raghavan ",
             "Thoughtful readers everywhere are looking for publications that try in good faith to describe a complicated and quickly shifting world. Once they find sites or magazines that live up to that, they tend to stay loyal. Yet more and more of these trustworthy outlets soon run into trouble, and many are fighting simply to keep the lights on.",
             "A telling sign is how often these outlets now publish urgent pleas for money. Plenty of them say openly that without help right away they may have to stop doing work that clearly matters.",
             "This is not because they waste money. Quite the reverse: many get striking results out of tiny budgets and run lean, careful operations. Even so, staying afloat keeps getting harder, never mind growing, though society would gain a great deal if they did.",
             "At the same time, freelance writers who share that commitment to covering a turbulent and often frightening world are barely getting by, even though they too spend very little. They usually find a home in exactly those small outlets. And since the outlets are themselves in trouble, they often can't pay contributors properly, or at all. So requests for help from the writers themselves are turning up more and more as well.",
             "Across the world economy, the big sectors are being taken over by an ever smaller number of giant firms. News is no exception: a handful of conglomerates own most of what people read and watch, and they have little reason to fund the slow, careful reporting that smaller outlets do best. That leaves readers, foundations and ordinary well-wishers as the last line of support.",
         ]),
    _neg("b66-campusherald-save-the-valley-weekly-neg",
         "Invented; modelled on Daily Emerald (student editorial urging readers to donate to another local paper)", "en", [
             "Tillford can't afford to lose the Valley Voice.",
             "In case you missed it, on Jan. 3 the Voice \u2014 the town's free alternative weekly \u2014 said it would skip a print edition for the first time in 25 years, after finding that a former bookkeeper had siphoned off money for years, leaving the paper no choice but to lay off every employee just after New Year's.",
             "That would be terrible news anywhere. For Tillford, losing the Voice would all but end serious local reporting.",
             "Since the news broke, people have rallied. The paper's crowdfunding page has brought in more than $65,000 so far. Even that may fall short.",
             "So we're asking everyone at Tillford State to give to the Voice \u2014 through its own site or the crowdfunding page \u2014 because it will take all of us to rescue a paper this town loves.",
             "Other papers in the valley, including the Tillford Herald, have had well-publicized troubles of their own lately. Yet strong local coverage has hung on, in large part because of the Voice.",
             "In 2020, the Voice began publishing remembrances of people who died without a home in Kessler County. It has kept doing so every year since.",
             "Last spring, the Voice's most-read piece was a long profile of a beloved taqueria owner, Ramon \u201cMoncho\u201d Esparza of El Farolito, who died in 2023.",
             "The Voice is the only paper in town that still makes endorsements, especially in small local races and ballot questions most people overlook. And it does so every single year \u2014 even when there's barely anything on the ballot.",
             "No one has done more for student reporters at the Campus Herald than the Voice. Many of us \u2014 including several who wrote this editorial \u2014 saw our first paid bylines in its pages; generations of graduates remember the Voice as their first newsroom job, or an editor there giving an untested student a shot.",
         ]),
    _neg("b66-outbackling-pay-for-news-neg",
         "Invented; modelled on munanga (personal blog urging readers to pay for news, with a quoted broadcaster's plea)", "en", [
             "Skip to main content",
             "",
             "Help keep good reporting alive: start paying for your news",
             "",
             "I never miss the ABC's weekly media review show. When its host signed off for the last time a few weeks ago, he spoke with real feeling about how much of what we read is free now and how that is wearing down the standard of reporting here. He told viewers:",
             "\"It doesn't matter how you vote or what you read, or whether you've ever paid for a paper in your life. Pick at least one news site and subscribe, big or small, a city daily or a scrappy upstart. A few dollars each month is what keeps serious reporting going.\"",
             "That got through to me, and I've finally done something about it. I've just paid $65 for a student-rate subscription to the independent site The Southern Ledger and I feel very pleased with myself. The Ledger doesn't offer any freebies for signing up, and that's fine by me. I don't need a tote bag. And I certainly wasn't going to hand my money to the local rag or the other paper in town that can't tell news from gossip.",
             "",
             "I'm also thinking about subscribing to The Wire Room, although I can already read everything they publish thanks to my volunteering with their partner site. They're probably the sharpest independent outlet in the country, and I've had so much out of writing for that partner site that paying them something seems only fair.",
             "",
             "How about you? Do any of you pay for news? If not, what would change your mind? Go and watch that final episode and see if it nudges you to start paying as well.",
             "",
             "Comments",
             "",
             "Popular posts on this blog",
             "",
             "Subtitles, sign language and the film everyone loved (or, why I nearly left before the credits)",
             "",
             "Look, I study languages, I'm not a film reviewer, but I go to the movies a lot - one of those Australians brought up on late-night review shows to love film and argue about it.",
         ]),
    _neg("b66-roundtablepolitics-passing-hat-neg",
         "Invented; modelled on Jack and Jill Politics (group blogger passing the hat for another site's fundraiser)", "en", [
             "Just saw that Red Clay Review is running a fund drive, so I'm sending the collection plate around. I got to sit down with Marcus Bell for a video interview at a bloggers' conference back in 2006 (parts 1, 2 and 3). Their site earns its keep on the strength of the Labor Watch column and the Land Grab series alone, plus those pieces on Black and Asian American coalitions.",
             "",
             "I don't sign on to everything they publish, and I sometimes wish they'd ease up on the Democrats, but I've read enough of them to respect what they're doing a lot. Honestly, fair criticism of my own candidate (not the flag-pin nonsense, please) pushes me to think harder about why I back him. Put differently, I don't buy everything the cable channels say either, yet they get my eyeballs every day and rake in fortunes. I've written checks to public radio, to my alma mater and to the IRS. If I can't chip in for a fellow Black outlet, something's off.",
             "",
             "Independent media matters (and yes, my candidate has the better platform on it), and independent Black media has to survive. Working alongside the other writers here has taught me what it really takes to do this well. It could be a full-time job. Research eats hours. Editing eats hours. Servers, mics and phone bills eat money.",
             "",
             "If you care about democracy, you care about having a varied, independent press, and Red Clay Review is one of the best I've found.",
             "",
             "Here's where you can give.",
             "",
             "Related Posts with Thumbnails",
         ]),
    _neg("b66-harvestnet-support-food-desk-kickstarter-neg",
         "Invented; modelled on GRACE Communications Foundation (blog list urging readers to back another site's Kickstarter)", "en", [
             "6 Kinds of Readers Who Ought to Back Field & Fork, and Why",
             "",
             "If you haven't pitched in for Field & Fork yet, now's the moment. Its Kickstarter closes Thursday at 6:15 Eastern. If it falls short of the $80,000 that founders Leah Marchetti and Owen Tabor \u2013 who have never drawn a salary from the site \u2013 need to start paying contributors, Field & Fork could go dark next year. More than half has come in so far, but only a handful of days remain to find the rest.",
             "",
             "Below is a list of people with a stake in whether Field & Fork survives, whether they know it or not:",
             "",
             "  1. Anyone who cares about ranchers and growers.",
             "  2. Anyone who cares about clean water and air.",
             "  3. Anyone who cares about what's in school lunches.",
             "  4. Anyone who cares about farmworkers' pay.",
             "  5. Anyone who cares about seeds and soil.",
             "  6. Anyone who eats. (So, pretty much everybody.)",
             "",
             "Twenty years of cuts have left the news business full of gaps, with trusted reporting gone even on subjects as basic as what we eat. Bloggers and amateur reporters have plugged a few of those holes, but serious coverage matters more now than ever \u2013 because even as interest in local food has grown (just look at the boom in CSAs and school gardens, and how many people are cooking from scratch and reading about farm policy) a few giant agribusiness firms still dwarf the small growers. They shape what we hear about food, too \u2013 while the news business keeps shrinking, food advertisers are pouring more money than ever into reaching us and our children on every screen in the house, telling us all is well and their products are good for our bodies and the earth.",
         ]),
    _neg("b66-bizdesk-donation-season-neg",
         "Invented; modelled on Businessjournalism.org (tip sheet for reporters on year-end charitable giving, prices and percentages)", "en", [
             "Login | Help",
             "",
             "",
             "Giving season",
             "",
             "Photo via Flickr",
             "",
             "Photo via Flickr user Maria Tollefsen",
             "",
             "Whether donors give out of generosity or for the tax write-off they can claim on their itemized return, the last eight weeks of the year are usually when nonprofits bring in the most money.",
             "",
             "Add a weak job market, gloomy shoppers, boards watching every corporate dollar and a sharp rise in families lining up for help, and the next 60 days or so should be worth watching closely.",
             "",
             "It usually lands on the social services or city desk, but nothing stops you from folding philanthropy into business reporting.  A few story ideas worth a local spin:",
             "",
             "Company giving. With millions of jobs lost in this downturn, firms are finding it harder to explain why they are underwriting a gala at the symphony or a toy drive for children in need.",
             "",
             "The Nonprofit Ledger, a trade paper for fundraisers, expects company giving to drop 8 percent this year, on top of the 5 percent slide the year before.   Its website is packed with insider analysis of how charities are coping with the slump.",
             "",
             "It also has data, including a searchable list of the 300 biggest charities ranked by money raised, which you can filter by state.  A one-day pass costs $12, which strikes me as a good deal.",
             "",
             "Paid solicitors. Few people realize that the return-address stickers, notepads and trinkets that arrive in the mail are often not sent by the charity named on the envelope.  Commercial fundraising firms can keep up to 85 percent of the \u201cguilt money\u201d (my phrase) that kind-hearted people mail back to \u201ccover\u201d the freebies.",
         ]),
    _neg("b66-metrobizweekly-alt-weekly-rescue-neg",
         "Invented; modelled on Crain's Chicago Business (report on another weekly's rescue fundraising, publisher quotes)", "en", [
             "\u201cPlenty of people told us to shut the doors, that the numbers would never work,\u201d the note said. \"For a while we half agreed\u2014then more than 1,200 readers showed up for us. Small gifts added up to something huge.\u201d",
             "The drive wraps up roughly ten weeks after the Courier said it was cutting five non-editorial jobs to trim expenses and stay open. At that point, the paper said it would step up outreach to donors and crowdfunding drives, line up prepaid sponsorships and ad deals, and push harder on income \"without cutting corners.\"",
             "\"We're deeply thankful for the gifts that poured in during our emergency drive,\" publisher Dana Whitfield said in a statement to Metro Business Weekly. \"That money let us meet our most pressing bills, payroll included, and bought us breathing room to rebuild. We're still reworking our budget and our structure, and we're raising money every day to keep going. There are no guarantees, but we feel good about what's ahead.\"",
             "The Courier started out as a free independent weekly in 1974 and, at its peak, was the city's essential guide to music and theater, with personal ads that paid a big share of the bills.",
             "After its founders stepped away, the paper was sold several times between 2005 and 2019. In 2011, a media holding company that also owned a daily tabloid bought it. In 2019, a group of local investors took over, and by 2021 the Courier had been handed to a nonprofit, the Lakeshore Community Media Institute.",
             "The Courier is an alternative weekly known for long-form writing and arts coverage. In Tuesday's note, the paper said it makes bets others won't, such as writing about unknown musicians, hiring writers with no clips, and sometimes spending years on a single story to get it right.",
         ]),
    _neg("b66-globalpressnet-funding-statement-neg",
         "Invented; modelled on ICFJ (press-freedom group's statement defending a grantee accused over foreign funding)", "en", [
             "GPN Statement in Support of Amara Wekesa and The Open Ledger",
             "",
             "By: GPN | 03/14/2025",
             "GPN Fellowship alum Amara Wekesa records an interview in a newsroom",
             "GPN Fellowship alum Amara Wekesa co-founded The Open Ledger, an investigative newsroom in Kampala that officials are now attacking with baseless and reckless accusations.",
             "",
             "Amid the street protests that have shaken Uganda over the past month, officials are going after The Open Ledger \u2013 the groundbreaking independent newsroom co-founded by GPN Fellowship alum Amara Wekesa \u2013 with baseless and reckless accusations.",
             "",
             "Officials said on Monday they had opened an inquiry into The Open Ledger and nine other groups that have been given grants by the Meridian Trust.",
             "",
             "The inquiry followed claims by a senior minister, offered without proof, that the trust was bankrolling those behind \u201cchaos and disorder\u201d in the country, a claim the trust has rejected. Observers have called the accusation groundless and a bid to blame foreigners for the anger the government keeps running into at home.",
             "",
             "These accusations are meant to silence a vital independent newsroom. Everywhere, independent reporting depends on outside backing to withstand attacks like this one and to serve the public it reports for.",
             "",
             "Demonstrators first marched in February against a draft law that would raise fuel levies while food prices climbed. The government shelved the draft and reshuffled several ministries, but the demands for the minister to step down have not stopped as the protests reach their fifth week. Reuters said at least 30 people have died and more than 250 have been hurt, while many have been detained and some reportedly disappeared.",
         ]),
    _neg("b66-sagebrushtribune-campaign-finance-neg",
         "Invented; modelled on Green River Star (paper's own view on newspaper week and campaign-finance stories, cut off)", "en", [
             "Papers around the state are marking Newspaper Appreciation Week, which usually means running wordy editorials about how much the paper matters to its town.",
             "We went another way. We figured we'd show you how a paper still earns its keep. This week on page one we ran two stories about campaign money. One looks at what candidates spent in the races for town council and school board while the other tracks donations given to Dale Merritt and Karen Ostrow i...",
             "Reader Comments(0)",
         ]),
    _neg("b66-bayshorepilot-letter-school-boards-neg",
         "Invented; modelled on Coronado Eagle & Journal (reader letter urging voters to watch the school board, comment rules)", "en", [
             "I'm grateful to Martin Alvarez for his rundown of how school boards came to be and what they do; it's a good reminder that trustees answer to every voter in town, not only families with kids in class.",
             "",
             "All of us who vote should keep an eye on them. Make sure yours is one of the voices the trustees and the town actually hear. Know who is on your ballot, go to board meetings or at least stream them afterward, and read the local papers and send them letters with your opinions, both praise and helpful criticism.",
             "",
             "(0) comments",
             "",
             "Join the conversation.",
             "",
             "Stay Civil. No profanity, slurs or sexually explicit language, please.",
             "No Threats. We will remove any post that threatens harm to someone.",
             "Tell the Truth. Do not spread what you know to be false about anyone.",
             "Be Kind. No bigotry or put-downs aimed at any group or person.",
             "Flag Problems. Click 'Report' under any comment to tell us about abuse.",
             "Tell Us More. We welcome firsthand accounts and background on the stories we cover.",
         ]),
]


BATCH66_DOCUMENTS = PROBE46_APPEALS + PROBE46_NEGATIVES
