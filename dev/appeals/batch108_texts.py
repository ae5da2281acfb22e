"""Batch 108: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

22 documents (10 appeal, 12 negative; EN): our own paraphrases of every document of the local-only
real probe 88 (22 documents). Each keeps the real page's structure (a public-radio programme page with
a guest list whose last line is a thank-you-gifts line cut mid-word, a magazine feature cut before a
two-line "continue reading" paywall, a county-government newsletter with a run-on headline, a mission
line, a reader note, a meeting calendar of day lines and venue lines and a last word cut mid-way, a
civic newsletter with a "Vol., No." line and a five-line fundraising box above the story, a daily's
opinion page with a trial-offer line, a tag-name line and a headline printed twice before a body
ending in "...", a daily politics newsletter with a "..." teaser line, a blog post cut mid-word, a
Sunday round-up with a numbered top-ten list cut mid-word, a climate newsletter with "Plus:" line,
byline and numbered points ending in a "P.S." line, a three-line link newsletter; negatives with a
dateline, a photo caption and "min. read" line, an HTML "<p>" credit line and a "Photo:" line,
supporter quotes each followed by an em-dash attribution line, a "by - date" line and a source line,
a news brief opening with an em dash) and exactly what the real gold marks: the cut thank-you-gifts
line at the end of the programme page; the two-line "want to keep reading / members sign in, others
buy the article or subscribe" paywall; the newsletter's own nonpartisan mission line and, at the end
of the reader-note paragraph, the "follow me for live updates ... thanks for reading -<name>" sentences
(the sentences before them in that paragraph stay text); the whole five-line "thanks, neighbours / our
tip page money goes to a food kitchen / goal raised / not slowing down / give here:" box; the trial
digital-subscription line at the top; the four-line bundle-discount offer for paid subscribers ending
in the thank-you sentence (the podcast line above and the cut line below stay text); a blogger's
"it's Friday, short fundraising pitch, no tycoons and no ads here" line and, later, the two-line
"readership held up, subscriptions and donations dipped, no ads" pitch running to the cut; a Sunday
round-up's "friendly reminder ... please consider a one-time or monthly donation" line; the last
sentence of the P.S. line ("follow our work over there"); a "like this newsletter? pass it on" line.
Negatives keep what makes the real ones hard: a toy drive's donation amounts and collection day, a
toy drive's totals and sponsors with quoted thanks, an editor's note on newsstand price rises, a
blogger quoting a column urging people to pay for local news, a revived news site's crowdfunding
campaign quoted at length with tax-deduction wording, a local site's new reporter funded by
foundations, a public broadcaster buying a news site, a local-news donation fund's totals and donor
quotes, a report on money flowing into state PACs, and three scholarship golf tournaments with prize
amounts, entry fees and membership dues.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches, each text is taken as it stands,
every gold appeal substring is located in it (asserted unique) and written to the batch's fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 88: appeal documents -----------------------------------------------------------------

_KDSR_GIFTS = "KDSR and APM Thank-You Gifts such as mugs tote bags and blank"

_SGR_WALL = "\n".join([
    "Want to keep reading?",
    "Members, please sign in here to finish this story. Not a member yet? Use this link to buy the article on its own or to start a subscription to SGR.",
])

_OPENHARLOW_MISSION = (
    "Open Harlow is an independent, nonpartisan newsletter covering the workings of Harlow County "
    "government. We think neighbors are better off, and officials do better work, when public "
    "business is easier to see, easier to reach, and easier to join."
)

_OPENHARLOW_FOLLOW = (
    "Meanwhile, for more on Harlow County politics and government, including live posts from "
    "commission and zoning board sessions, follow me (Dana Whitcomb) on Bluesky at "
    "@danawhitcomb.example.social. Thanks for readin Open Harlow! -Dana"
)

_COMPASS_BOX = "\n".join([
    "Thanks, Neighbors!",
    "All through December, this newsletter is offering readers a chance to help stock local food shelves. Every dollar that comes in through our “Ko-fi” tip page will go to the Riverside Community Kitchen.",
    "We opened the month hoping to raise $500, and because so many of you answered, we bumped the target to $1,800. The drive has now passed that mark and collected $1,940!",
    "Still, there are ten days left in December and we are not slowing down!",
    "Would you like to join the more than 45 readers who have already chipped in to help? You can give here:",
])

_LEDGER_TRIAL = "Get Ledger Digital for 14 days, just $1.99"

_BRIEF_BUNDLE = "\n".join([
    "We also don’t want you faithful Prairie Brief subscribers paying full price for your new Wichita Brief add-on. Sadly, our newsletter platform has no built-in way to offer a package deal to those of you who’d like to back both newsletters with paid subscriptions.",
    "So we rigged up a fix: Anyone with a paid Prairie Brief subscription can use this link to get a big markdown on a second subscription to the Wichita Brief.",
    "If you don’t pay for the Prairie Brief yet, you can sign up today and get a package price for the pair. Just hit the button below and then watch your email for the details.",
    "We’re so grateful for all the backing and cheerleading you’ve given us as the Brief family keeps growing.",
])

_RUMPUS_SHORT = (
    "Since it’s the end of the week I’ll keep my pitch for money brief today. Suffice it to say no "
    "tycoons own this blog and no advertisers pay for it either."
)

_RUMPUS_LONG = "\n".join([
    "Happily, the Rumpus Room keeps rolling. Our readership has held up nicely through the years. Some of you have been here since the very first post, and others have found their way here through my columns at The Ledger Online or my spots on Evening Dispatch, The Lorraine Kemp Hour, the Static Show and other podcasts and radio programs where I turn up to comment. And yes, I am a compulsive poster on Chirpr (or used to be) so a few of you probably wandered in from there.",
    "This year, subscriptions and donations have slipped a little, and I get it. Plenty of important things are competing for your money right now, with all the paid newsletters and the nonstop shrieking fundraising emails and texts. But as you have surely noticed, I don’t run ads here. When I switched over to this service I set out to ke",
])

_FUSE_NUDGE = (
    "A quick note and a friendly nudge for all our readers. The Fuse is produced by me and a small "
    "crew of hardworking Alaskans. In January I’ll be back in the capital for my fourth straight "
    "session covering the Legislature. If you like what we do, please think about giving once or "
    "setting up a monthly gift. Just click here to give. Our donation page makes it quick and "
    "painless. It would mean a great deal to us. And thank you to everyone who has already pitched in!"
)

_WARMFRONT_FOLLOW = "Be sure to follow along with us at the magazine, though."

_LINKSALAD_FORWARD = "Enjoy Link Salad? Pass it on to a neighbor."


PROBE88_APPEALS = [
    _doc("b108-kdsr-heatdome-orchards-end", "appeal", "end",
         "Invented; modelled on KNPR (Nevada Public Radio) (programme page with guest list, thank-you-gifts line cut at the end)", "en", [
             "Heat Dome Bakes Valley Orchards, Emergency Aid Requested",
             "Weeks of triple-digit heat are scorching orchards and vineyards across the valley. With federal relief programs stuck in limbo, growers have fewer places than ever to turn for help. How long can they hold on? We hear from a state agriculture official and a pistachio grower weighing his options.",
             "Hector Ybarra, pistachio grower, Sagebrush County",
             "Janelle Croft, Deputy Director, State Department of Agriculture",
             _KDSR_GIFTS,
         ], appeals=[_KDSR_GIFTS]),
    _doc("b108-sgr-stretching-dollar-paywall-end", "appeal", "end",
         "Invented; modelled on American School Board Journal (ASBJ) (feature cut before a two-line continue-reading paywall)", "en", [
             "Stretching Every Dollar",
             "The district’s offices stand near the old courthouse square. Decades ago its bus routes wound past cornfields and dairy barns. Before long, they will run through subdivisions and strip malls. Through all of it, the schools have remained the place where the town gathers.",
             "For close to a hundred years, these schools have taught the children and grandchildren of local families, launching graduates toward universities and trades alike. Now trouble has arrived, seemingly overnight, though the people in the central office watched it build for years.",
             "The budget is a wreck. A decade of enrollment swings -- a boom followed by a steep slide -- has left deep scars. So has the state aid formula, which leans harder each year on property taxes to pay for classrooms -- a bill that keeps climbing no matter what.",
             "Something has to give, and quickly. Administrators cut to the bone. Positions and electives disappear. Spending is locked. The board weighs shuttering two elementary buildings, then opts to ask taxpayers for a levy.",
             "Ring a bell? It ought to. The anonymous district sketched here is a blend, a stand-in for twelve months of news stories and sleepless nights endured by superintendents everywhere trying to stretch thin resources. It is a story a growing share of districts -- small-town, suburban, and big-city -- are living right now, as steady finances become the exception rather than the rule in public education.",
             _SGR_WALL,
         ], appeals=[_SGR_WALL]),
    _doc("b108-openharlow-commission-calendar-top", "appeal", "top",
         "Invented; modelled on Engage Louisa (county-government newsletter: mission line, reader note ending in a follow-me sign-off, meeting calendar)", "en", [
             "Commissioners to weigh state funding asks, review Pike’s Pond dam study; Ashby council reprimands Dorsey, seats Lindqvist; Harlow council keeps hunting for interim manager; News roundup",
             _OPENHARLOW_MISSION,
             "Reader note: No Open Harlow edition on Nov. 10",
             "Because of a family commitment, there will be no Open Harlow newsletter on Sunday, November 10. We’ll be back in your inbox Sunday, November 17. " + _OPENHARLOW_FOLLOW,
             "This week in Harlow government: open meetings, November 4 to November 9",
             "For current details on county meetings, including public sessions of boards, commissions, authorities, task forces, and internal staff committees, see the county calendar. (Note: Harlow County sometimes adds internal committee or task force sessions after we go to press. The county’s website has the most current schedule.)",
             "Monday, November 4",
             "Harlow County Commission, budget work session, Room 2B, Harlow County Administration Center, 40 Ferris St., Ashby, 2 pm. (agenda)",
             "Harlow County Commission, Main Chamber, Harlow County Administration Center, 40 Ferris St., Ashby, 7 pm. Commissioners will meet in closed session at 6 pm. (agenda packet, video stream)",
             "Tuesday, November 5",
             "Senior Services Advisory Council, 220 Depot Road, Ashby, 10 am.",
             "Thursday, November 7",
             "Youth Services Coordinating Board, Conference Room A, Harlow County Administration Center, 40 Ferris St., Ashby, 3 pm.",
             "More on Harlow County’s upcoming public meetings is posted here.",
             "Anyone intere",
         ], appeals=[_OPENHARLOW_MISSION, _OPENHARLOW_FOLLOW]),
    _doc("b108-civiccompass-board-seats-top", "appeal", "top",
         "Invented; modelled on Civic Capacity (Troy, Ohio newsletter) (five-line food-kitchen fundraising box above the story)", "en", [
             "Park Board and Library Trustee Seats Open Up in Marlow",
             "Vol. II, No. 97 - Could spring bring some new voices to the Municipal Building?",
             _COMPASS_BOX,
             "When the clocks roll over to 2026, Marlow will also turn the page on a batch of appointments, giving residents a chance to help steer the city by serving on its boards and commissions. These are not honorary posts; they are where ordinary residents sit across from city staff and weigh in on how parks get funded, how the library grows, and how public spaces serve the people who use them.",
             "According to the city’s published roster, a good number of terms run out on December 31, 2025, so those seats reach a natural handoff point in the new year. On the parks side, two Park Board members have terms ending with 2025, and three Library Board trustees also finish their terms at year’s end, which could open the way for fresh perspectives on programming and budgets. Further down the roster, 2025 end dates also pop up on the Tree Commission and the Historic Preservation Board, among others.",
             "Those dates on a city web page boil down to a real question: will these posts keep going to the same handful of familiar faces, or will newcomers get a genuine shot at ta",
         ], appeals=[_COMPASS_BOX]),
    _doc("b108-chesapeakeledger-rogue-clerks-top", "appeal", "top",
         "Invented; modelled on The Baltimore Sun (opinion page: trial-offer line, tag-name line, headline twice, body ending in ...)", "en", [
             _LEDGER_TRIAL,
             "Dwight Hollister",
             "The rogue county clerks of the Eastern Shore",
             "The rogue county clerks of the Eastern Shore",
             "From Clerk Dwight Hollister in Tyndall County, Tenn., to Wicomack County Clerk Janine Rourke, a few local officials around the nation have drawn heavy press coverage by putting their own politics ahead of their legal duties and refusing to carry out statutes they object to. Most county clerks do their jobs faithfully, recording deeds, issuing licenses and running elections with care, but a small group has started to insist that, by their own reading, properly passed state and federal laws are void. These clerks have told their deputies to disregard those statutes and process only the filings the clerk...",
         ], appeals=[_LEDGER_TRIAL]),
    _doc("b108-prairiebrief-wichita-launch-middle", "appeal", "middle",
         "Invented; modelled on Arizona Agenda (daily politics newsletter, four-line bundle-discount offer for a sister newsletter)", "en", [
             "The Daily Brief: Launch day eve",
             "Tomorrow’s the day! ... Our cat is unimpressed by the leaf blower ... And we dug up the ideal playlist for your porch supper.",
             "After months of late nights and sore keyboards, we’re ready to roll out the Wichita Brief in the morning.",
             "We can’t wait to see what Maya and Devon have built for their debut issue, and we’re thrilled to watch them grow a brand-new Brief!",
             "The Wichita Brief will borrow the formula that has served the Prairie Brief well: steady rundowns of what’s going on in local politics, reporting and tips you won’t see anywhere else, and frequent deep-dive investigations, explainers, profiles and the odd playful stunt.",
             "But Maya and Devon plan to put their own stamp on the Wichita Brief — they’re testing new formats, new beats and new ideas to bring a fresh spin to neighborhood-level reporting.",
             "So before launch day, we sat down with them to talk through the past several months: what they’re hoping for, what keeps them up at night, where they want to go, and why they chose to take the leap and start their own business.",
             "The conversation is up as a podcast episode for our faithful readers on the Wichita Brief site.",
             _BRIEF_BUNDLE,
             "And this is only step one of our grand scheme to reinvent old-fashioned neighborhood news cove",
         ], appeals=[_BRIEF_BUNDLE]),
    _doc("b108-rumpusroom-tycoon-pitch-middle", "appeal", "middle+end",
         "Invented; modelled on Hullabaloo (digby's blog) (blog post with a short Friday pitch line and a longer pitch running to the cut)", "en", [
             "I’m talking about Corwin Blaise, naturally, the new Grand Poobah of Chirpr, who spent yesterday evening suspending reporters who bruised his ego. Yes, one more touchy tycoon is swallowing the news cycle and bending our culture in oversized and absurd ways. We’ll survive, of course. But the internet is under real strain, just like our democracy.",
             _RUMPUS_SHORT,
             "From what I hear, every media outlet and advocacy group, online and off, is feeling the squeeze. The Metro Courier (which has its own tycoon owner) said this week that it has shed 400,000 subscribers over the past year and is cutting staff. Grassroots Forward, one of the earliest online organizing groups, launched back in 2003, is shutting down. And those are only two examples.",
             "I think people are simply worn out. Years of nonstop chaos, the pandemic, money worries and a relentless far right have left all of us shell-shocked.",
             _RUMPUS_LONG,
         ], appeals=[_RUMPUS_SHORT, _RUMPUS_LONG]),
    _doc("b108-kodiakfuse-sunday-yearend-middle", "appeal", "middle",
         "Invented; modelled on The Alaska Landmine (Sunday round-up, donation reminder line above a top-ten list)", "en", [
             "The Sunday Fuse – December 29, 2024",
             "Well, another year is nearly in the books. Happy New Year to all of you! I hope you all have a blast ringing in 2025 on Tuesday night. Big thanks to every reader and everybody who has backed the Fuse this year! It really matters to the whole crew. Lawmakers gavel in in a little over three weeks. I’ll be flying south for my fourth straight session to cover whatever chaos is in store in the capital. It was a quiet week and I’ve got family in town, so this final Sunday Fuse of 2024 will be on the lean side. I also spent most of the week digging into a piece on a pipeline company’s heavy-handed efforts to block a rival’s gas project. You can find that here.",
             "Cheers to a great 2025 for everyone!",
             _FUSE_NUDGE,
             "Top 10 Fuse Stories of 2024",
             "The Fuse has kept growing since we launched in March 2019. Thanks to you, the website drew close to 800,000 page views in 2024. From how a new management company turned a beloved Fairbanks motel into a horror show, to a look inside the biggest warming shelter in town, to the long-promised Point Harker rail spur, here are the Fuse’s ten most-read stories of 2024:",
             "1. A new management company has turned a cozy Fairbanks motel into a horror show",
             "2. Mayor and Assembly send letter to federal regulators asking for a waiv",
         ], appeals=[_FUSE_NUDGE]),
    _doc("b108-warmfront-heat-coverage-end", "appeal", "end",
         "Invented; modelled on Hot Take (climate newsletter, follow-our-work sentence closing the P.S. line)", "en", [
             "Still More Fixes for Heat Coverage",
             "Plus: Letting go of green guilt with Dev Okafor, imagining cooler cities, and the both-sides habit",
             "Two Additions to Our Wish List for Heat Reporting",
             "By Rosalind Achebe-Park",
             "As we said a few issues ago, Nell and I are writing a five-week guest series for The Meridian Review. In our opening installment we laid out our main proposals for how national outlets should change their coverage of extreme heat. We never meant that list to be complete, and the minute it went live, I came up with at least two more changes newsrooms ought to make, right away, to give the heat emergency the focus it deserves.",
             "1. Go Local: Heat waves hit hardest close to home, so big national outlets need to team up with local newsrooms to tell those stories well. National journalism is bunched up along the coasts, in cities where dangerous heat hasn’t yet become as routine as it is for people like us living in, say, the desert Southwest or the Deep South. In huge swaths of the country, local news has been gutted by cuts—an emergency all its own. Still, there are some terrific examples of newsroom partnerships. (Yes, we mean you, Gulf Coast Reporting Collective.)",
             "2. It’s Not a Scoreboard: The very week our column ran, a big political tip sheet printed a “winners and losers” list for the new energy package. The senator won; climate groups lost…. WE ARE NOT KEEPING SCORE HERE!!!! This is not a mess you get to come back and tidy up whenever it suits you. This is the only planet we have—not as we picture it, but at all. If you live here, if you breathe air, this is your problem too. A deadly damn blind spot, you might say. Saying so isn’t bias.",
             "P.S. Just a heads-up, the Meridian series is eating up our time! So we’re moving the newsletter to every other week through December. " + _WARMFRONT_FOLLOW,
         ], appeals=[_WARMFRONT_FOLLOW]),
    _doc("b108-linksalad-small-towns-end", "appeal", "end",
         "Invented; modelled on Deez Links (link newsletter, pass-it-on line at the end)", "en", [
             "from one little newsletter to another",
             "Very neat: a Pinecrest Gazette reporter named Odessa Marlowe is launching a newsletter called “Small towns make big news,” in which she picks two American towns that aren’t big coastal metros, reads their local papers for a week, and spotlights stories from each place to hammer home the point that, whatever you think of the ~mainstream media~, it’s local reporting that actually keeps the whole thing from falling apart.",
             _LINKSALAD_FORWARD,
         ], appeals=[_LINKSALAD_FORWARD]),
]


# --- Probe 88: negatives ------------------------------------------------------------------------

PROBE88_NEGATIVES = [
    _neg("b108-kswn-bluestar-toydrive-neg",
         "Invented; modelled on KRQE News 13 (Albuquerque) (TV news item on a toy drive with donation amounts and a collection day)", "en", [
             "Making the holidays bright for kids who need it most. Each year the Blue Star Toy Drive works around the clock to make sure every child has something to unwrap on Christmas morning.",
             "The drive can’t reach its goal without plenty of help from neighbors. A $25 donation lets organizers buy four toys. On December 14 they’re holding what they call ‘the big fill,’ at their warehouse near Lohman and Telshor. Volunteers will be there all day taking toy donations. The station will be on site too, handing out prizes.",
             "Every donation means a child growing up in poverty will have at least one present to open on Christmas. Rosa Delvecchio, a Blue Star Toy Drive volunteer, said she knows everyday costs keep rising, which is exactly why it matters to support families facing a tough holiday. To learn more about the event or how to give, check out the drive’s website.",
         ]),
    _neg("b108-klws-holidaysleigh-totals-neg",
         "Invented; modelled on KIVI Idaho News 6 (Boise) (toy drive totals, quoted thanks, sponsor list, cut mid-word)", "en", [
             "LEWISTON, Idaho — A year ago Operation Holiday Sleigh helped 8,000 children celebrate, and this season that figure grew to more than 15,000 families picking up gifts before Christmas.",
             "The effort drew 1,800 volunteers, a long list of sponsors, and a community that showed its generosity by giving roughly 60,000 toys.",
             "\"It’s huge, and the growth has been unbelievable,\" said Marla Quist of RiverHelp.example.org. \"I think most of that comes from neighbors who decided to step in and help.\"",
             "We stopped by the distribution site at the county fairgrounds on Saturday, where families came to collect the last 2,000 gift bundles. Each family went home with a big bag holding three toys, a stuffed animal, a book, and some small stocking gifts.",
             "\"It takes a real weight off financially, and it’s amazing that people do things like this,\" said Dario Menendez, a father of three whose car broke down just weeks before the holidays. \"Thank you so much, they have no idea what this means to families in our spot, it’s truly a gift.\"",
             "Operation Holiday Sleigh is run by the Army National Guard and lines up with its values of loyalty, duty and selfless service. Sergeant First Class Renee Albright said she was floored by how smoothly everything went this year.",
             "\"People out there really do care, seeing folks give and spend part of their day over the holidays helping those who need it more— that’s what this country is about to me,\" said Albright. \"It’s the reason I serve, and the reason I love being part of this town.\"",
             "Neighbors came through in a big way and the sponsors did too. They include KLWS News 4, Clearwater Credit Union, Hillcrest Homes, Valley Grocers, RiverHelp.example.org and the county fairgrounds, which gave to the warehouse on Saturday.",
             "Hillcrest Homes is raffling off a $480,000 house to benefit Operat",
         ]),
    _neg("b108-ridgeviewcourier-singlecopy-prices-neg",
         "Invented; modelled on Knoxville News Sentinel (editor's blog on newsstand price rises)", "en", [
             "Newspapers bumping up single-copy prices",
             "The Metro Herald is moving to $3, and the Gulf Coast Star could go to $1.50.",
             "We aren’t planning to raise the Courier’s price for now. We moved to $1 two years ago after sitting at 75 cents for a long stretch.",
             "But with ads paying for a shrinking share of what it costs to print a paper, it’s no shock that more of the load is landing on readers.",
             "Nobody likes paying more, naturally.",
             "Still, I catch myself thinking about what our paper is worth … say, when I stop at a gas station and hand over two bucks for a slushie.",
             "Is a giant cup of icy, neon-colored syrup a better deal than a newspaper?",
             "I guess it depends on what you’re hungry for.",
         ]),
    _neg("b108-onediting-hometownpaper-column-neg",
         "Invented; modelled on Jack Limpert (About Editing and Writing blog) (blogger quoting a column urging readers to pay for local news)", "en", [
             "Save Self-Government—Subscribe to Your Hometown Paper",
             "From a Washington Ledger column by Marisol Ortega headlined “Save Self-Government. Subscribe to Your Hometown Paper.”:",
             "Like plenty of people, I’ve spent a lot of time recently wondering how to protect our democracy. We went to the polls in November, and that turned out fairly well. Candidates who denied election results and peddled conspiracy theories in battleground states were defeated. Practical candidates who talked about grocery bills and rent prevailed. But once the ballots are counted, then what? In this giving season, here’s my small proposal: Pay for your local newsroom.",
         ]),
    _neg("b108-avenuecnotes-boroughbeat-backerly-neg",
         "Invented; modelled on EV Grieve (neighbourhood blog quoting a revived news site's crowdfunding campaign)", "en", [
             "Thursday, May 9, 2019",
             "Borough Beat launches crowdfunding drive to hurry its comeback",
             "In March word came that Borough Beat would be coming back, after Metro Public Media and its nonprofit parent — with help from three unnamed benefactors — bought up the shuttered neighborhood news site’s archives and assets.",
             "And on Tuesday (in case you missed it), the Borough Beat founders kicked off a Backerly campaign aiming to raise $80,000 by June 8.",
             "Per Backerly:",
             "Our top goal now is rebuilding the site and restoring the Borough Beat our readers missed. We want to get Borough Beat back up to speed and keep it running for the long haul.",
             "With your help, Borough Beat will have what it needs to widen its coverage of the issues that shape daily life in this city: the subway, rent, displacement, slumlords, immigration, and the fight for fair pay. We’re proud of what we’ve reported on these subjects before—along with our lively arts and restaurant coverage—and we intend to go deeper and broaden whose stories we tell.",
             "Borough Beat is now part of listener-funded Metro Public Media, a registered 501(c)(3) nonprofit. Your pledge is tax deductible, less the value of any reward you choose and the payment processing and platform fees. Once the campaign closes, we hit our target and all card payments clear, we’ll mail out tax receipts.",
             "Here’s the deal: every dollar raised in this campaign goes to Borough Beat. The first $80,000 will relaunch the site and revive our daily email. It will also let us save the Borough Beat and Block Report archives. And that’s only the start. The more we bring in, the more we can do for you.",
             "By this morning, they’d taken in more than $52,000.",
             "And a bit more background from the Daily Courier:",
             "It may look odd for a site to ask for money after another organization has already bought it. But the Backerly money, together with the purchase funding, will help Bor",
         ]),
    _neg("b108-riverline-transit-reporter-neg",
         "Invented; modelled on Denverite (local site announcing a foundation-funded reporter; dek, read-time and photo-caption lines)", "en", [
             "Riverline adding a reporter to cover transit and child care, funded by group of Idaho foundations",
             "The new hire will expand Riverline’s coverage of some of the toughest challenges facing the city.",
             "4 min. read",
             "Bus stop on Vista Avenue. (Marisa Quon/Riverline)",
             "If you think stories about getting around and finding child care in the Boise area are urgent today, just wait for what’s coming.",
             "Close to 400,000 people could be living in Boise alone by 2045, according to newly released forecasts.",
             "Since day one — even back when we were only emailing stories to subscribers, before we had a site — getting around the city has been a top concern for Riverline. Now, thanks to generous backing from a group of 12 foundations, Riverline is putting dedicated reporting muscle behind these key subjects.",
             "As of today, we’re recruiting a transit and child care reporter. (The job posting is here.) The reporter will bring Riverline’s familiar block-, city- and state-level lens to these continuing stories, and will help produce a number of Riverline events that keep the conversation going in person.",
             "The foundations belong to a fairly young field of groups that, while their particular missions differ a lot, share a goal of improving health equity — meaning the ways the well-being of a person and of a whole community is shaped by where people live, the schooling they receive, the jobs they hold, the pay they take home and the chances they have to make choices that improve their health.",
             "“The group picked transportation access and affordable child care as its shared priorities, and those priorities line up closely with Riverline’s wish to have a reporter dedicated to transit and child care,” said Anita Sorensen, who coordinates the group for the Gem State Health Fund.",
             "“Even though the group works across the state, its members understand why it matters to have reporters cove",
         ]),
    _neg("b108-heartlandpublicradio-omahan-acquisition-neg",
         "Invented; modelled on Colorado Public Radio (CPR News) (public broadcaster buying a news site; HTML credit line and Photo: line)", "en", [
             "Heartland Public Radio Acquires News Website Omahan",
             "<p>Gretchen Tillery/HPR News</p>",
             "Photo: Omaha Riverfront",
             "Heartland Public Radio is buying Omahan, a city news site launched in 2017, from Bluestem Media. The site’s reporters will join HPR News’ expanding newsroom, though they’ll keep Omahan’s mission of covering Omaha for the people who live there.",
             "“In just a handful of years, Omahan has earned a devoted readership with a team of Omaha journalists who know what matters to residents,” said Lorna Gage, HPR News’ editor in chief. “We’re excited to help that grow, and for our two newsrooms - over 35 full-time journalists - to join forces on even deeper online coverage of Nebraska’s biggest city and to serve HPR’s statewide radio and digital listeners.”",
             "Marcus Ebert, HPR’s president and CEO, said Omahan will gain from the bigger organization’s business side.",
             "“We’re delighted to welcome Omahan into the HPR family, where it gains the wider reach and support systems of the HPR network while keeping the distinctive voice and focus its readers know and love,” he said in a press release about the deal.",
             "Omahan got its start in 2017 when the founders of a national business site hired Tessa Grunwald, then an assistant metro editor at the Omaha Daily Record, to build a local news site. Grunwald, who will become HPR News’ managing editor for digital, began with a team of six and aimed the site at city hall, politics, housing and development, arts, weekend plans and neighborhood stories that capture life in Omaha.",
             "“At Omahan, our goal has always been to be actual Omahans talking with actual Omahans,” Grunwald said. “We’re down at street level in Omaha’s neighborhoods, looking into how the city functions in ways that touch people’s daily lives.”",
             "In June of 2018, Omahan was folded into Bluestem Media, a company started by fo",
         ]),
    _neg("b108-newsroomfutures-wildfire-fund-donors-neg",
         "Invented; modelled on Local Media Association (localmedia.org) (local-news donation fund totals and donor quotes with em-dash attributions)", "en", [
             "By Carla Desmond • Manager, Community News Giving Hub",
             "The Wildfire Recovery Local News Fund lets community newsrooms raise money for essential, practical and local reporting on the fires and the rebuilding that follows. Since it opened in mid-August, the fund has helped more than 140 local news outlets keep up their coverage, backed by over 1,900 donors who together gave more than $610,000 as of October 2, 2021.",
             "In roughly six weeks, many of the 7,000+ individual givers have shared why they chose to give to their local newsroom, and their words show how much local news matters; to many of them, the job of delivering essential, accurate information and steady accountability close to home has never been more urgent. Below are a handful of the notes left by Wildfire Recovery Local News Fund donors.",
             "“Valley Courier … thank you for everything you’ve done for our towns, during the fires and long before. You’ve been a real inspiration. I hope people across your coverage area understand how vital you are and will give so the essential updates you deliver every day keep coming.”",
             "— Mel Haskins, supporter of Valley Courier ",
             "“This paper is so necessary and so valuable to our town right now! Thanks for everything you’re doing to keep local reporting going in the Southern Oregon hills.”",
             "— Priya Ashworth, supporter of Rogue Ridge News",
             "“A hometown paper like the Sentinel matters so much to a community, and even more in a year like this one.”",
             "— Walt Eberhardt, supporter of Canyon Sentinel",
             "“The Gazette lets us look out the window at our whole town, in its hope, grief, squabbles and kindness. It’s worth every penny as a subscription AND a donation.”",
             "— Fiona Reyes, supporter of Lakeport Gazette",
             "“Thanks to Joel and all the reporte",
         ]),
    _neg("b108-ballotandbrief-statecommittees-money-neg",
         "Invented; modelled on Legally Political (blog) (report on money flowing into state-only political committees, with source line)", "en", [
             "Donors swamped state-only committees with huge checks",
             "by - March 4, 2015",
             "If you think the $3 billion raised for last cycle’s congressional contests was a lot, try this: Another $900 million that until recently was almost impossible to tally nationwide flowed into races through committees that never file with the Federal Election Commission, because they only play in state contests. That tops the $750 million that conventional PACs--the kind that write checks straight to candidates--raised for federal races. And it covers giving in only 19 states, the ones in a new Open Ledger Project review of records gathered by the Center for State Campaign Data.",
             "Donors swamped state-only committees with huge checks - Open Ledger Project Reporting Team",
         ]),
    _neg("b108-canyonrimlife-prescott-golf-scholarship-neg",
         "Invented; modelled on Lake Powell Life (memorial golf tournament and scholarship amounts, joking photo caption)", "en", [
             "The 5th Annual Dale Prescott Memorial Golf Classic tees off at the Red Mesa Golf Club on Saturday, June 6, 2020, and the Dale Prescott Memorial Scholarship Committee has again picked three college-bound seniors to receive awards. This year’s winners each received $1,250.",
             "Applicants had to submit an essay and describe their grades, plans, and accomplishments. Names were stripped from the applications so committee members could score students only on their academic record and writing. The three top-scoring students received their scholarships Wednesday, June 3.",
             "Linda Prescott tells Canyon Rim Life more than $14K has gone to students through the Dale Prescott Memorial Golf Classic scholarship since 2015. Prescott says she is thankful for all the local support the tournament gets every year.",
             "Shown above are NOT the scholarship recipients, just some local golf fans!",
         ]),
    _neg("b108-basincourier-lindgren-golf-classic-neg",
         "Invented; modelled on Daily Sun News (Sunnyside, Wash.) (news brief on a scholarship golf fundraiser with entry fees)", "en", [
             "— The Ray Lindgren Memorial Golf Classic, which supports college-bound seniors, tees off this Saturday at the Willow Bend Golf Course.",
             "The event is put on by Horizon Family Services, where Lindgren served on the board.",
             "It is Horizon’s only fundraiser of the year, and all proceeds fund awards for high school seniors across the Columbia Basin and Adams County.",
             "Horizon handed out four $750 scholarships in 2018. It aims to do the same this year.",
             "Past recipients have come from Othello, Royal City, Warden, Lind, Ritzville, Connell, Moses Lake, Quincy and Wahluke.",
             "The format is a 4-player best ball. Prizes go to the team with the lowest gross score and to the two top teams on net.",
             "Extra prizes will go for longest drive, longest putt, and nearest to the pin.",
             "Golfers can also win a new pickup truck with a hole-in-one.",
             "Entry costs $90 per golfer or $340 per foursome. Play begins with a shotgun start at 8:30 a.m.",
         ]),
    _neg("b108-tricitiesledger-whitlock-golf-scholarships-neg",
         "Invented; modelled on Bristol Herald Courier (scholarship golf outing with award amounts and chapter membership dues)", "en", [
             "Money for those scholarships comes from the Earl Whitlock Memorial Golf Outing, set for July 14 this year at Holston Bend.",
             "“That’s our main fundraiser, and it exists to pay for the scholarships,” Pruitt said. “Whatever we brought in from the outing last year is what we’re handing out now. We take the whole amount, put it into the scholarship pot and divide it up for this year. Whatever the outing brings in this July, that becomes next year’s scholarship money.”",
             "Eight athletes have been nominated this year, and the judging is in progress. Usually about $4,000 goes out, with the largest single award at $1,200.",
             "“Right now we’re working through the selection, ranking them 1 through 8, and then we’ll decide how much each one gets. We usually have around $4,000 to award in scholarships every year,” said Pruitt, who noted that the chapter’s $35 membership dues also go into the scholarship fund. “Whatever we can do to help, in any way, we want to do it. We’d like everyone to get something, and hopefully the money is there, because that’s our aim for this year too.”",
         ]),
]


BATCH108_DOCUMENTS = PROBE88_APPEALS + PROBE88_NEGATIVES
