"""Batch 162: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

20 documents (9 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 142 (20 documents). Each keeps the real page's structure (one-line-per-paragraph
newsletter bodies cut off mid-sentence or mid-word, numbered housekeeping items, a weekly economic
calendar with "-----" day separators and chart labels glued to the next time stamp, a link digest with
emoji section markers, lock icons and region headings, a blog's "Discover more from" chrome line and
bracketed editor's note, a birthday column whose support sentence breaks off before its link, short
paywalled local stories ending in their cut notice, "*" bullet lines, indented "•" bullets, a map
caption line) and exactly what the real gold marks: a solo writer's long "please upgrade to paid"
plea with a yearly price inside the newsletter's intro (many lines); a podcast subscribe-and-review
sentence glued to the end of a numbered item plus a whole numbered item selling the paid
subscription; a newsletter-subscribe line at the very top of a calendar post; a one-line sign-up
prompt in a digest's intro; the "Discover more from <name>" line at the top of a blog; a
"read more in this week's column and show your support by visiting" sentence part cut before its
link; a two-line subscribers-only wall under a city-politics post; a two-line log-in / subscribe wall
under a festival story; a one-line "for the complete story, subscribe" line under a community note.
Negatives keep what makes the real ones hard: a local paper's report on a nonprofit relief fund and
an arts studio's fundraiser, a sheriff's toy drive with drop-off sites and a phone number, a beer
blog cheering another brewery's crowdfunding and relaying its "become a backer" line, a beer blog
explaining a brewery's crowdfunding goal and pledges, a hospital gala with totals and matching gifts,
a TV story on disaster donations, a fire department's dinner fundraiser with prices and a web
address, a newspaper's holiday giving drive with donors and sums, a blog item on a small paper sold to
a nonprofit-minded buyer, a nonprofit newsroom's birthday note about its launch donors, a columnist's
food-bank drive update.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and written out as a fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 142: appeal documents ----------------------------------------------------------------

_SIDELINE_PLEA = "\n".join([
    "Before any of that, though, a quick word from me.",
    "When I launched Sideline Records, the plan was to earn a living by shaking up the college sports world with public documents. Within a handful of months, I've uncovered hidden campus police monitoring, shaky endorsement payouts, and quiet money from overseas.",
    "Not bad for a young publication staffed by exactly one person. And every one of those investigations has been free for you.",
    "My audience keeps growing, but free sign-ups don't cover the rent. I truly need you to take the leap and switch to a paid plan right now.",
    "Of course, I'm not asking for nothing. Here's the deal.",
    "Twelve full months of Sideline Records for $4 a month.",
    "That works out to under a buck per issue (not counting the bonus stories that land between our usual send days).",
    "I know, you probably zipped right past the upgrade button. Maybe skimmed that whole part. Everybody does it.",
    "No hard feelings if so. All I ask is that you keep upgrading in mind while you scroll. Think it over. Know what it would mean to me. Imagine the fun investigations still ahead.",
    "Because, honestly, in a minute I'm going to walk you through how a bowl pitch really works. And I'm going to show you just how careless booster Clay Whitcomb has been.",
    "Seems like that deserves the price of a coffee.",
])

_FOURTHDOWN_PODCAST = (
    "Follow Two-Point Try wherever you get podcasts, and even better, drop us a kind rating so new "
    "listeners can discover it. Might I read your rating on air? Quite possibly! I have no shame!"
)

_FOURTHDOWN_PAID = (
    "3) While we're on the topic of subscribing, a paid plan is the single best way to back Fourth "
    "Down Notes. Paying members receive four issues every week, plus entry to our Slack workspace "
    "where readers gather and chat during the workday. All of that is yours for only $6 a month, or "
    "$60 a year."
)

_HOUSINGPULSE_TOP = "Deeper Dive: The Housing Pulse Newsletter on Home Markets (No Ads) Subscribe here."

_SORTED_SIGNUP = "Not on the Sorted Sundays list yet? You can join it right here."

_VANCE_DISCOVER = "Discover more from Nora Vance"

_BELLWETHER_SUPPORT = "Find the rest in this week's Editor's Desk column, and back us by heading over to"

_BAYOU_WALL = "\n".join([
    "This daily briefing is available to paying subscribers only.",
    "Tap here to sign up (existing subscribers sign in below)",
])

_MILLBROOK_WALL = "\n".join([
    "SIGN IN TO READ SUBSCRIBER STORIES. Readers must sign in on our site to see our top hometown reporting.",
    "Not a subscriber yet? Join today!",
])

_HARLAN_CUT = "To read the full article, subscribe to the Harlan Ledger."


PROBE142_APPEALS = [
    _doc("b162-sidelinerecords-bowlpitch-middle", "appeal", "middle",
         "Invented; modelled on FOIAball (solo records newsletter, long paid-upgrade plea inside the intro, cut body)", "en", [
             "Hi there, and welcome back to another edition of Sideline Records.",
             "There's plenty packed into this issue. We're pulling back the curtain on how athletic directors quietly pitch the bowl selection panel on behalf of their teams. And we've got a spicy nugget about booster Clay Whitcomb that's making the rounds online.",
             _SIDELINE_PLEA,
             "How athletic departments pitch the bowl selection panel",
             "The latest standings from the selection panel have created a possible headache for the Mountain Plains Conference.",
             "If Boise Ridge knocks off Tarrant State this weekend, the league might get shut out of the eight-team bracket entirely.",
             "Yet well before kickoff, the conference is probably pressing a quiet, vigorous argument for the Ridgehawks to get a spot in case",
         ], appeals=[_SIDELINE_PLEA]),
    _doc("b162-fourthdownnotes-records-middle", "appeal", "middle",
         "Invented; modelled on Extra Points (numbered housekeeping items: podcast subscribe sentence glued to item 2, paid-sub item 3, cut mid-word)", "en", [
             "Why you, the reader, should worry about schools dodging public records laws",
             "My face every time a records office writes back to me.",
             "Hey there, and thank you for carving out some time for Fourth Down Notes.",
             "Busy stretch coming up. Let's dive in.",
             "1) This week's Reader Q&A guest is Marcus Ortiz of The Athletic Wire. Marcus will take anything you throw at him about covering sports, recruiting data, the Big Sky, old sitcom trivia, and whatever else you're curious about. Get your questions to Marcus by dropping a comment, sending me a DM on Bluesky, or firing off an email. Questions are due by Wednesday night.",
             "Want to be a Reader Q&A guest yourself? Fill in this short form and I'll be in touch. Next week's guest gets announced on Friday.",
             "2) On the subject of national writers who love a good dataset, the next guest on our podcast, Two-Point Try, is a former coworker of mine, Dana Whitfield. We'll talk with Dana about how stats coverage has evolved, the early plotlines to watch in 2022, FCS chaos, and her famous sneaker collection. " + _FOURTHDOWN_PODCAST,
             _FOURTHDOWN_PAID,
             "More housekeeping notes are coming at the bottom. First, I want to get into a subject I care deeply about.",
             "I want to talk about public records.",
             "Plenty happened in college athletics at the end of last week, but my mind keeps drifting back to this terrific investigat",
         ], appeals=[_FOURTHDOWN_PODCAST, _FOURTHDOWN_PAID]),
    _doc("b162-housingpulse-weekschedule-top", "appeal", "top",
         "Invented; modelled on Calculated Risk (newsletter line above a weekly economic calendar with day separators)", "en", [
             _HOUSINGPULSE_TOP,
             "Saturday, March 13, 2021",
             "Calendar for the Week Beginning March 14, 2021",
             "posted by Housing Pulse on 3/13/2021 07:42:00 AM",
             "This week's headline releases are February Housing Starts and Retail Sales.",
             "----- Monday, March 15th -----",
             "8:30 AM ET: The Empire State Manufacturing Survey for March from the New York Fed.",
             "----- Tuesday, March 16th -----",
             "8:30 AM: Retail sales for February are due out. Forecasters look for a 0.6% drop in sales.",
             "----- Wednesday, March 17th -----",
             "7:00 AM ET: The weekly purchase applications index from the mortgage lenders' trade group comes out.",
             "9:00 AM: A regional home price gauge for January. It started out tracking only repeat sales, but a broader version now exists too.",
             "Housing Starts8:30 AM: Housing Starts for February from the Commerce Department. Forecasters expect 1.560 million SAAR, down from 1.580 million in January.",
             "The chart traces total starts from 2000 through last month's release.",
             "Analyst Rosa Delgado projects starts of 1.52 million SAAR.",
             "Also during the day: The homebuilders' confidence index for March (an early signal for new construction).",
             "----- Thursday, March 18th -----",
             "8:30 AM: First-time jobless claims for the week are out. Forecasters expect 700 thousand new claims, down from 712 thousand the week before.",
             "----- Friday, March 19th -----",
             "Leading Index10:00 AM: The Leading Indicators report for February from a business research group.",
             "This chart plots the leading index since 1980. The dotted line marks last month's reading.",
             "Forecasters see a 0.3% gain, after a 0.5% rise in January.",
         ], appeals=[_HOUSINGPULSE_TOP]),
    _doc("b162-sortedsundays-weeklylinks-middle", "appeal", "middle",
         "Invented; modelled on Curated Compositions (link digest with emoji intro, sign-up line, lock icons, cut mid-word)", "en", [
             "🙌 Hi Friend, hope your week treated you well. Here's what caught my eye in the headlines.",
             "Latest on the ceasefire talks in Sudan (Africa)",
             "Some worrying numbers on kids' screen time (6.1hrs daily!) in Tech",
             "Car loan rates climbed yet again. To show what that does to monthly payments, I put together a few spreadsheet charts—they're in the Personal Finance section, along with the workbook you can download.",
             "Also, I'm thrilled that Maya Linwood is hosting the late-night sketch show on November 4th…with The Paper Kites as the musical guest. Her loose, goofy timing always gets me.",
             "On the lighter side, there are two great clips—one on how time zones were invented, and one about a photographer who shoots from a unicycle.",
             "And of course there's plenty of heavier news too…",
             _SORTED_SIGNUP,
             "THE FAST TAKE ⚡",
             "A padlock (🔒) marks paywalled links, and a graph symbol (📈) marks a helpful chart/visual in “Deep Pour.”",
             "WORLD",
             "Africa",
             "Sudan Truce Talks Stall as Aid Convoys Wait at Border (FT🔒)",
             "Kenyan court halts plan to deploy police abroad (BBC)",
             "Asia",
             "Typhoon Forces 40,000 From Homes in Southern Philippines (Reuters)",
             "Vietnam's Coffee Exporters Race to Meet New EU Rules (Bloomberg🔒)",
             "India Launches Its First Solar Observatory Probe (NYT🔒)",
             "Europe",
             "Poland's new coalition names a finance minister (Politico)",
             "Norway raises its sovereign fund's climate targets (Reuters)",
             "Portugal's 2024 housing budget doubles rent subsidies (Euronews)",
             "Icelandic town evacuated over volcano fears gets a quiet week (AP)",
             "South America",
             "Chile Copper Miners Call Off Strike After Wage Offer From St",
         ], appeals=[_SORTED_SIGNUP]),
    _doc("b162-noravance-newsletterlaunch-top", "appeal", "top",
         "Invented; modelled on Lee Fang's Substack (\"Discover more from\" chrome line above a launch post, cut mid-word)", "en", [
             _VANCE_DISCOVER,
             "I've launched a newsletter here. At the moment, it's a place where I can add background to my stories, share the underlying records, pass along research tricks, and dig into analysis. I care about uncovering the unseen forces steering regulation, elections, and everyday life. Readers who sign up will get a front-row seat to my work. I'm staying at The Ledger Post. Think of this as an annex for the paperwork.",
             "[Editor's note: I set up this newsletter in November 2021 and left it dormant at first. After six years at The Ledger Post, I departed in February 2022. You can browse my past stories there through this link. Since May 2022, I've been reporting full-time and on my own right here. This newsletter is now my main project.]",
             "This feels like the right place for me. I'm troubled by the tribal and party sorting reshaping the country, a pressure that chills open debate in general and reporting in particular. The wider press climate lately has been driven by herd thinking and, often, by anxiety. The turmoil around recent elections, arguments about identity and political unrest, and later the public health emergency, were all swamped by heated takes with little patience for careful checking. Many in newsrooms feel pushed to \"match the mood\" and repeat the accepted line – the very opposite of independent reporting. A newsletter platform lets a single voice stand on its own.",
             "For readers who are new here, I grew up near Baltimore, in Howard County, and I now live in Denver. Over the past twelve years, I've reported on how money shapes government. For six of those years, I was at The Ledger Post, digging into lobbying shops and entrenched officeholders. To get a taste of my work, here's my investigation into pharmaceutical lobbyists wh",
         ], appeals=[_VANCE_DISCOVER]),
    _doc("b162-bellwether-birthday27-top", "appeal", "top",
         "Invented; modelled on Flagpole (birthday column, support sentence cut before its link, reader tributes, cut ending)", "en", [
             "Cheers to Us: Why The Bellwether Still Counts at 27",
             "The Bellwether turns 27. Hooray!",
             "Not exactly a round number, but it feels huge anyway. Since our first issue hit the racks in 1992, newspapers have been turned upside down, and there were stretches when our own survival seemed, let's say, shaky. Still, with loyal readers and terrific local advertisers behind us, we've kept the presses going and kept putting out sharp, close-to-home reporting that keeps Riverton talking and in the know, issue after issue.",
             "For the occasion, we asked some pals to tell us, in their own words, why The Bellwether is worth having around. " + _BELLWETHER_SUPPORT,
             "It's 2019. Keeping a print paper alive has never been tougher. Online ads have gutted the dailies. Nobody can focus for more than a minute, and the people in power keep sneering at reporters. The Bellwether shows me sides of things I'd never see otherwise. It tells me what the zoning board is up to, which warehouses are becoming lofts, who's on stage at the Depot, what's screening at the Orpheum and what Marla has to say this week. It's still the first thing I pick up. Twenty-seven years later, I treasure it more than ever. The Bellwether counts. [Renee Calloway]",
             "My husband and I have lived and run a bakery in Riverton for about six years. When we moved here, The Bellwether was one of the first local papers we noticed on our daily drives to the kids' school and the shop. Because it cost nothing and was packed with useful hometown news and weekend ideas, staying plugged in as parents and business owners was simple. Through the years, I've watched The Bellwether make a real effort to spotlight neighbors who often get overlooked, along with music scenes that fight for attention in a country",
         ], appeals=[_BELLWETHER_SUPPORT]),
    _doc("b162-bayoubrief-duplexban-end", "appeal", "end",
         "Invented; modelled on Austin Politics (city-politics post ending in a two-line subscribers-only wall)", "en", [
             "City council approves library cuts, county judge joins forces with Reyes to slow transit overhaul",
             "I've written it before and I'll write it again: keeping duplex bans in neighborhoods that are changing fast, or about to, does not \"shield\" longtime renters from being pushed out. New homes there will only reach working families if we let apartments go up.",
             _BAYOU_WALL,
         ], appeals=[_BAYOU_WALL]),
    _doc("b162-millbrookgazette-harvestfest-end", "appeal", "end",
         "Invented; modelled on Elgin Courier (festival story stub ending in a sign-in / subscribe wall)", "en", [
             "HarvestFest",
             "Longtime fairgoers look back on the reunion weekend",
             "Amid the heat and the music of Millbrook's 41st yearly reunion festival, regulars told the Gazette how the gathering has changed over the decades.",
             _MILLBROOK_WALL,
         ], appeals=[_MILLBROOK_WALL]),
    _doc("b162-harlanledger-pancakebreakfast-end", "appeal", "end",
         "Invented; modelled on The Elgin Review (community note cut by a one-line subscribe notice)", "en", [
             "Coming up next, plans are being finalized for the yearly Harlan Rotary Club Pancake Breakfast set for Sunday, Sept. 6, at Miller Grove Park.",
             "Doors open at 7 a.m., and serving runs until 10 a.m. Tickets can be bought from any Rotary member or at Hansen's Hardware and the Harlan Cafe. Prices are $8 per adult and $4 for kids. Bring your ticket to the serving line.",
             _HARLAN_CUT,
         ], appeals=[_HARLAN_CUT]),
]


# --- Probe 142: negatives -----------------------------------------------------------------------

PROBE142_NEGATIVES = [
    _neg("b162-harmonherald-relieffund-neg",
         "Invented; modelled on The Athens News (report on a nonprofit's relief fund and an arts studio's fundraiser, cut ending)", "en", [
             "Several drives to help neighbors across Harmon County got underway this week as all of Pennsylvania copes with its first confirmed coronavirus infections and state orders aimed at slowing the outbreak.",
             "To start, a “Harmon County Relief Fund” set up by area nonprofit Ridgeline Partners had collected $4,260 in gifts by midday Friday, just a day after it opened (Thursday).",
             "Laura Benning, director of Ridgeline Partners, said Friday the fund aims to help Harmon County shops, workers and groups hurt by the college moving classes online and by other steps meant to keep people apart and slow the virus.",
             "“Shops here are going to take a much bigger hit, so we want some money ready that can simply cover urgent needs,” she said. “With luck, a federal aid package will follow to help families and employers too.”",
             "Benning said Ridgeline Partners will team up with the Harmon Community Trust, the Valley Small Business Hub, and the borough and county governments to hand out money from the fund.",
             "Benning called this “the quickest setup we could manage” for now, adding that details on how to apply would come out early next week.",
             "Separately, Kiln Street Arts has its own appeal under way to raise money to keep the nonprofit ceramics space – which welcomes artists of all abilities – running even though it has closed its doors to drop-in visitors. Although the gallery shop and web store will stay open, the space is",
         ]),
    _neg("b162-marlowcountymonitor-toydrive-neg",
         "Invented; modelled on Leavenworth Times (sheriff's toy drive with drop-off sites and a phone number)", "en", [
             "Anyone hoping to give toys to struggling families this Christmas can drop them off at the Marlow County Sheriff's Office.",
             "A bin for toy gifts now sits at the Sheriff's Office, found inside the county Public Safety Building, 214 N. Elm Ave. in Fairhaven.",
             "Marlow County Chief Deputy Ron Tillman said the office joins a toy drive every holiday season. This time it is working with Hope Harbor Mission, which will hand out the toys across Marlow County.",
             "\"We'll deliver the whole lot on December 16th,\" he said.",
             "Tillman said the office usually gathers more than a full van of toys every year.",
             "Bins for this season's drive are also in the lobby of the Marlow County Administration Building, 45 Court St., beside the clerk's window, and at all Prairie State Credit Union branches.",
             "Tillman said groups that would like to host another drop-off spot with the Sheriff's Office should get in touch. His number at the office is 555-014-3387.",
             "Anyone with a big batch of toys to give can also call the office to set up a pickup, he said.",
         ]),
    _neg("b162-hopscotchhollow-rivermill-crowdfund-neg",
         "Invented; modelled on The Gnarly Gnome (beer blog cheering a brewery's crowdfunding, relaying its backer line)", "en", [
             "A few folks around town grumbled when word got out that Rivermill Brewing was starting a crowdfunding drive.  Most of that grumbling went quiet this week once the drive opened on Wednesday. As I write this, the brewery has pulled in more than $31,000, with the average backer putting up about $120, proof that Dayton is fired up for what the owners are calling “the Beer Hall of Tomorrow”.",
             "People are clearly backing their enthusiasm with cash, which makes you wonder… What's behind it?",
             "Sure, we all love a good pint, and every brewer in town knows it. But beyond the shiny fixtures Rivermill is promising, something else is going on.  A real crowd of regulars is taking shape around the place itself.  Some other breweries nearby are brushing up against the same idea without quite landing it.  Rivermill got it right from day one.",
             "Plenty of our hometown brewers got their start in a cellar or a shed, and Rivermill won't let go of those roots.  They still brew out of a shed, making beer for folks who love beer. They welcome anybody who wants to join the crew, and people are lining up. Everyone wants a piece of this scene…and now we can have one.  OK… The backer perks are pretty sweet… But I really believe people are signing on for something bigger… Something with a future.",
             "Mark my words, this is the moment our beer scene heads somewhere new.  This is where drinkers start owning their local beer culture and feeling proud of it.  Stay Hoppy… Stay weird… SIP LOCAL!",
             "Read up on Rivermill at their site, and over on Instagram.",
             "Check out their crowdfunding page here, and sign on as a Rivermill Founder.",
         ]),
    _neg("b162-pintsandpages-crookedfence-kickstarter-neg",
         "Invented; modelled on Beervana (beer blog explaining a brewery's crowdfunding goal and pledges, quoting its pitch)", "en", [
             "Crowdfunding a Brewery: Crooked Fence",
             "Some time ago, I pointed out something odd: almost every brewery in the Sacramento area sits inside the city proper. The outlying towns have few or none. A reader recently tipped me off to an effort to fix that--Crooked Fence's crowdfunding drive. The site matches folks who have cash with folks who need it for creative ventures. Each drive runs for a fixed stretch; if it misses its target, backers keep their money. It's sort of a charity model, since backers don't end up owning any piece of the business. Think of it like community radio--you chip in because you like what they're doing.",
             "Crooked Fence is aiming for $18,000, and it has collected a bit over $4,100 with roughly five weeks left. No single backer has put in more than $300 [turns out this was wrong--check the comments for details.] The pitch:",
             "In recent months, lots of people have talked about how Sacramento boasts some 30+ breweries, all inside city lines, while the towns around it can point to only a couple. My goal is to shift that and bring good beer home to Elk Grove. Crooked Fence Brewing will be a 2 barrel system built around unusual pairings…Plum Cardamom Stout, Orchard Saison (a farmhouse ale finished with Viognier) to name a couple….and small-batch, carefully made beers, all brewed right in Elk Grove, CA.",
             "I'm not exactly endorsing Crooked Fence, but the crowdfunding angle intrigues me. Others are trying the same route: Rusty Anchor (Tucson), Fox Hollow and Bramble (Denver, CO), Ironleaf (Hoboken, NJ), Sunspot (Fresno, CA), and Millrace (Dayton, OH).",
             "Scanning those pages, I'd guess most won't make it--hardly any. Still, the concept isn't crazy. If your town is a beer desert (or, I guess, you're a fan of fences), throwing a twenty into the pot won't break you.",
         ]),
    _neg("b162-harborislandnews-galaofhope-neg",
         "Invented; modelled on Anacortes American (hospital foundation gala anniversary with totals and matching gifts, cut mid-word)", "en", [
             "To mark the event's 15th year, the Bayview Medical Center Foundation gave its yearly Lighthouse Ball a 1950s theme on May 6.",
             "Many of the first planners and trustees took part in the evening, foundation head Marla Quinn said.",
             "\"Seeing that kind of backing was wonderful,\" she said.",
             "Ruth Ellison, who started the ball 15 years ago after her husband died, also came, along with a number of county leaders.",
             "In a foundation film played during the evening, Ellison describes seeing her husband of 31 years learn he had heart disease and then die at 61.",
             "\"I was sitting at my kitchen table one afternoon and told myself, 'Ruth, here's your choice. You can help, or you can hurt.' And right then, I decided, 'I'll help,'\" she said in the film.",
             "The hospital volunteer guild asked her to lead a flagship event for the medical center, an idea that had been floated for a long time but never got off the ground, Ellison said.",
             "She and today's CEO Dana Whitlow, who back then worked in billing, recalled being stunned by that first ball, which raised $96,000, far beyond what anyone had hoped.",
             "Things only grew from there.",
             "The Lighthouse Ball has brought in over $3.2 million across its 15 years.",
             "That steady backing has proven to hospital staff that the town stands with them, and it keeps them motivated, Whitlow said in the film.",
             "For the anniversary, this year's setting recalled the 1950s. The ballroom at the Harbor Point Resort was turned into a drive-in diner, Quinn said.",
             "Giving was strong at the event as well, Quinn said. One donor offered a $20,000 match, which a single guest met. He then offered $15,000 more, which was also met.",
             "A second donor offered $40,000 that could only be matched in gifts of $5,000 apiece. Every sl",
         ]),
    _neg("b162-kxrv-wildfire-donations-neg",
         "Invented; modelled on KTUL (TV story on disaster donations, blood donor and relief agency quotes)", "en", [
             "How to Give After the Wildfires",
             "Help for wildfire survivors keeps coming in. Local food banks and the relief agencies are good places to begin. There are other options as well. Pictures of the fires across northern Arizona always move people to help. But which gifts actually go furthest? We asked a relief agency.",
             "Eight years and four gallons of plasma later....",
             "\"Mine's 'A'-negative, which not everybody has,\" explains Rick Dunmore. He felt he had to pitch in. Some folks write checks. He rolls up his sleeve.",
             "\"I figured I'd come back and start again, so here I am,\" says Dunmore.",
             "Still, cash is what stretches furthest.",
             "\"Money lets us purchase exactly what this particular fire calls for,\" says Alicia Brandt of the Desert Relief Network.",
             "The trouble with donated goods is simple. Someone has to store them, sort them, and hand them out. For crews on the ground, fast help comes first. Then the agency hit a small emergency itself.",
             "\"And there are other spots nearby and even a few neighborhoods here in Flagstaff....(power cuts out). Excuse me (glances up), the backup power should come on,\" says Brandt",
             "The network also hopes the gifts won't dry up. Money, like that backup power, is what keeps its doors open and its work going.",
             "\"We're grateful for every single gift, but we'd ask people to plan ahead and save some help for later on, once the first wave of generosity has worn off,\" says Brandt.",
         ]),
    _neg("b162-cedarcourier-firedept-fishfry-neg",
         "Invented; modelled on Lodi Enterprise (fire department's dinner fundraiser with price and web addresses)", "en", [
             "In July 2019, the Cedar Falls Volunteer Fire Company hit a big mark: its 50th yearly Firemen's Picnic. The picnic honors the dedication of the company's volunteers and gives neighbors a chance to come together for rides, contests, and the well-loved fish fry that follows the Saturday parade.",
             "Then the pandemic hit. Riverside Commons sat strangely quiet on the July weekend the picnic had filled for half a century. No crack of a bat sending a ball sailing over the fence. No cheering at the horseshoe pits. No sets from Rusty Gate or the Millpond Ramblers. No parade along Front Street. And, above all, no smell of the fire company's legendary fried walleye.",
             "Even after the picnic was called off, residents kept asking the company to sell its fish fry on its own to raise money. After weighing how to hold an event safely during the pandemic, the company will fire up the fryers on Saturday, Oct. 17 for a drive-up fish dinner.",
             "The company is taking advance orders at www.cedarfallsfire.example.org through Saturday, Oct. 3. Some dinners will be sold on Oct. 17, but ordering ahead is the only sure way to get a plate of the famous fish. Each dinner costs $14 and comes with walleye, coleslaw, fries and rye bread.",
             "If fish isn't your thing, you can still back the Cedar Falls Volunteer Fire Company by entering its hunting gear raffle or by ordering a hand-painted ornament at www.cedarfallsfire.example.org/ornaments. The ornaments make a nice present and will ship by Dec. 18, ahead of Christmas.",
             "The Cedar Falls Volunteer Fire Company is grateful for the community's ongoing backing.",
         ]),
    _neg("b162-lakecitysentinel-givingtree-challenge-neg",
         "Invented; modelled on Coeur d'Alene Press (newspaper's holiday giving drive, donors and sums as \"*\" bullets, cut mid-number)", "en", [
             "First hurdle cleared",
             "Lake City Sentinel | UPDATED 11 years, 2 months AGO",
             "One hurdle cleared.",
             "And a tall one still ahead.",
             "Readers came through in a big way on the Mystery Donor of Pine Ridge's dare to raise $120,000 for this year's Sentinel Giving Tree drive. Once that mark was hit Wednesday evening, the Mystery Donor handed over an $8,000 check.",
             "The full target of $190,000 is still some distance off, but a few more days of giving like the last 24 hours of the Mystery Donor Dare would put the Sentinel Giving Tree in good shape. Some moments from that frantic final day:",
             "* Northshore Lumber, whose yard sits right across the street from the Sentinel, joined the Giving Tree for the first time with a hefty $3,000 gift.",
             "* A member of a local tribal council came by Wednesday evening with a $3,000 check - and asked that the paper keep the source quiet. They only wanted to help hit the goal, not draw attention. Apologies, Chairwoman Reyes, Tom Eagleheart and all the rest of you full of seasonal cheer. Your gift means a lot, and your generosity deserves a mention.",
             "* The couple who run Lakeview Market and Fuel on Harbor Road near Fifth Street may have been the highlight of the dare. Dale and Rita Monahan gave $1,500 Tuesday evening. When Kyle Brandt, a Sentinel reporter, thanked them, they added $750 more. These two treat the dare like a sport - and always show up for neighbors in need.",
             "* People filed into the Sentinel lobby with checks for $25 to $800. One man laid a folded $50 bill on the desk, said \"Happy holidays\" and left. A few donors got annoyed when the phones stayed busy with card payments, but they kept at it and gave anyway.",
             "Now the drive heads into its last two days.",
             "The clock is ticking. There's a good stretch left - nearly $52,7",
         ]),
    _neg("b162-fieldandfurrow-silvertonpaper-saved-neg",
         "Invented; modelled on AgUpdate Rural Blog (item on a small paper sold to a nonprofit-minded buyer, map caption line)", "en", [
             "Silverton, Colo. (Wikipedia map)",
             "A bit of good news today: Colorado's longest-running weekly was on the verge of closing, but a buyer has stepped in and it will keep printing, Dana Reyes writes for the Denver Post. The San Juan Courier has come out since 1879 in Silverton, pop. 612; it is best known for a stretch when a young Willa Cather sent it a handful of dispatches.",
             "Owner and editor Hal Brenner spent the past 18 months looking for someone to take over. He hoped to step down by spring, but no one came forward even after he advertised in town and through the Colorado Press Association. In the paper's Nov. 7 issue, he ran one last call for a buyer.",
             "That's when Ellen Marsh came forward. A longtime rancher whose family settled in the county in the 1880s, Marsh has known Brenner since he arrived in town in the early 1990s. Brenner cautioned her that the paper would be too expensive to rescue, but \"She showed up the following morning holding a check,\" Reyes writes. \"Marsh hopes to run it as a nonprofit and lean on volunteers to help fill its pages, a job that for years has fallen to its only two staffers, Brenner and Tom Okafor.\"",
             "Marsh told Reyes that rescuing hometown papers matters. \"Papers like this keep folding all over the place, and then the town loses its center,\" Marsh said. \"We can't do without a newspaper.\"",
             "Marsh's plan to go the nonprofit route is worth a closer look. As Priya Anand argues in a Lenfest Institute piece, \"Small-town publishers can no longer count on the business models that carried them for a century.\" The piece lays out six alternative revenue ideas for community paper owners.",
         ]),
    _neg("b162-riverbendcountyreport-firstyear-neg",
         "Invented; modelled on Athens County Independent (nonprofit newsroom's anniversary note citing its launch donors, indented bullets, cut mid-sentence)", "en", [
             "Join the party",
             "Twelve months ago, we shared our plan to build the Riverbend County Report. Had we known how tough it would be, we might have hesitated. Kidding! (Mostly. Honestly, some days I wonder if I should've opened a bakery instead.)",
             "Our neighbors got behind the plan: Nearly 250 people gave more than $14,000 to help us get the Report off the ground. The typical gift was $40.",
             "Twelve months on, that plan is turning into reality. There have been detours and potholes, but I'm incredibly proud of where we are. The local news option we've built — one reader recently called it “the first place I check for county news” — couldn't exist without every person on our staff, and without all of you: our neighbors, our backers, and our readers.",
             "A few of the milestones I'm proudest of so far:",
             "  • To date, we've put out more than 70 articles and briefs. Our reporting has introduced you to the people who make Riverbend County a remarkable home; exposed misconduct at the courthouse; and given you the public records you need to take part in local decisions.",
             "  • We've started running death notices at no charge.",
             "  • Since our first story, our email list has almost doubled to more than 800 readers who watch for our stories each week.",
             "  • The heron! Some of you love it and some don't, but we adore it (and love it or not, you won't forget it). Watch this space — we'll reveal its name shortly!",
             "Reporters spend a lot of time around people at their worst, which makes it easy to turn jaded. From where I sit, the gift of nonprofit, reader-funded local news is that kindness — like your backing and your notes of encouragement — outweighs the grim parts of the job. On days when we're worn out or discouraged by the work of growing a young newsroom,",
         ]),
    _neg("b162-pacificbeacon-foodbankdrive-neg",
         "Invented; modelled on Chinook Observer (columnist's food-bank fund drive update)", "en", [
             "Gifts are starting to arrive, and the numbers look stronger than they did a week ago, apart from Seaview. Frankly, Seaview is lagging, though that can turn around fast, as it has before.",
             "I never stop being surprised at how a town this small can pull together in just a few weeks to back its food pantries. Part of the reason is that lots of houses here are weekend or summer places for people from the city. Even though those owners mostly live elsewhere, they go out of their way to support this drive and others too. Every gift, big or small, nudges the totals up.",
         ]),
]


BATCH162_DOCUMENTS = PROBE142_APPEALS + PROBE142_NEGATIVES
