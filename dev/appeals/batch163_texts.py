"""Batch 163: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

16 documents (7 appeal, 9 negative; all EN): our own paraphrases of every document of the local-only
real probe 143 (16 documents). Each keeps the real page's structure (a headline with a photo-label
line and a credit line, a one-word "Innocent, etc." style sign-off, a blog's dashed bullet items, a
free-tier digest whose "Save to Favorites" button is glued to the following line, a byline under a
shouted headline, a station manager's letter ending in "Warmly,", a year-in-review with a subhead, a
"Posted in" category line glued to its category, a cut teaser ending in "[…]", a bulleted list of
wanted pantry items, a TV page's repeated dek with a "Posted Updated" line) and exactly what the real
gold marks: a one-line "like our work? consider a contribution" request closing a police item; a
signed-off editor's donation plea as the first paragraph under a headline; a two-line free-version
paywall notice with a paid-membership upgrade, starting mid-line after a glued favourites button; a
"pause to subscribe to this newsletter" paragraph in the middle of a long post; three pieces of a
public station's funding letter (the ask for gifts and sustaining membership with its following
sentence, a one-line slogan, and the closing four lines down to "Warmly,"); a one-line "how you can
help us: contribute, advertise, send tips" subhead closing a year-in-review; a slogan plus newsletter
sign-up pitch at the top of a category page. Negatives keep what makes the real ones hard: charities
planning fundraisers with membership dues quoted, a streaming service's subscription price rise with
plan prices, a fire auxiliary collecting donations for a family, a food bank's wanted-items list, a
giving-day round-up with volunteers quoted, giving-day totals by local groups with campaign goals, a
food bank's holiday drive, a local site's look at campaign finance reports with donation bands, and a
summit report on nonprofit models and tax-deductible gifts for newspapers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Negatives go through `_neg`, so their position is "real"
(the probe lists "none"). Like the earlier batches, the build step takes each text as it stands,
locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 143: appeal documents ------------------------------------------------------------------

_HARBORHUB_CHIP = "Enjoy what HarborHub is up to? Chip in a few dollars. Much appreciated!"

_FENWICK_PLEA = (
    "Friends of the Fenwick Dispatch, none of us needs reminding how rough the road ahead looks. Big "
    "networks are already bending the knee to the new administration. Even the hosting companies and "
    "the tools we publish with could come under pressure. The Fenwick Dispatch still intends to stand "
    "its ground. We are raising next year's running costs right now, so that nothing can knock us "
    "offline. If you are able to chip in, please do, because this moment matters more than most. "
    "Your gift can be made right here."
)

_BRIEFLINE_WALL = "\n".join([
    "This is the no-cost edition of Briefline Daily",
    "Switch to a paying membership for the complete site. Signing up takes a minute. Google Pay works too.",
])

_HOLLISTER_PAUSE = (
    "A quick interruption here to ask you to sign up for this newsletter today. Nothing has done more "
    "to help the Hollister Channel grow than this newsletter. You have probably seen the reports that "
    "Hollister outdrew the big evening shows and the talk-radio giants in viewers and clicks this "
    "summer. Every word of that is accurate, and every bit of it is thanks to you and these emails. "
    "If the work Hollister does matters to you, please sign up right away. Much obliged."
)

_WKRV_ASK = "\n".join([
    "The second reason is to request your support. Today more than at any time before, we are counting on you to stand beside us—with your gifts, your words, and your voice in the public square. Whether you send a generous contribution, sign up as a Monthly Partner, or just tell a friend why local radio counts, each step makes WKRV's tomorrow more secure.",
    "Keeping WKRV strong, free-standing, and fully funded is now up to you.",
])

_WKRV_SLOGAN = "Listeners like you are what make this station yours."

_WKRV_CLOSE = "\n".join([
    "This is the moment to stand beside us.",
    "Serving as Station Director, my proudest privilege is knowing our audience is big-hearted, devoted, and steady in its faith in community broadcasting. None of us at WKRV ever forgets what our members and listeners make possible.",
    "We are grateful for your ongoing confidence and generosity.",
    "With gratitude,",
])

_DUNMORE_HELP = "Ways to keep us going: Send a donation, buy an ad & pass along news tips"

_LATTICE_SIGNUP = "\n".join([
    "Shared futures take shared effort.",
    "Join the Lattice newsletter for early delivery of reporting and commentary that stirs you to think—and then to move. Built together with the communities living through the harshest inequities, Lattice will sharpen your grasp of the most urgent questions facing us today.",
])


PROBE143_APPEALS = [
    _doc("b163-harborhub-ferry-rock-end", "appeal", "end",
         "Invented; modelled on Universal Hub (short police item with photo label, one-line contribution request at the end)", "en", [
             "Man hurled rock through ferry terminal glass in Dockside Plaza and seemed ready to throw another at a ticket agent before backing off, officers say",
             "Broken terminal glass",
             "Broken terminal glass. Photo by HPD.",
             "Harbor Police say they arrested Wendell Okafor-Briggs, 37, of North Quay after he reportedly shattered a terminal window and then lunged at a ticket agent, then changed his mind, around 9 p.m. on Thursday at Dockside Plaza.",
             "No provocation/reason unclear reportedly seen drinking beforehand.",
             "Officers add that after breaking the glass and stepping toward the agent, who retreated, the man \"wound up slamming [the rock] down like a touchdown. \"",
             "Even so, he faces charges of assault by means of a dangerous weapon and wanton damage to property.",
             "Presumed innocent, etc.",
             _HARBORHUB_CHIP,
         ], appeals=[_HARBORHUB_CHIP]),
    _doc("b163-fenwickdispatch-turmoil-top", "appeal", "top",
         "Invented; modelled on Palmer Report (blog post with editor's donation plea as first paragraph, dashed items below)", "en", [
             "It all seems to be coming apart this evening",
             _FENWICK_PLEA,
             "Two of the governor's top fundraisers are in serious trouble over bundled donations. A cousin of the lieutenant governor turns up in the filings. The governor's old lawyer was spotted at the mansion this afternoon. Talk of clemency is everywhere. The governor himself seems to have lost the plot. Roll on the day this farce ends so everybody can finally rest.",
             "– I have no real quarrel with the news that cable mogul Harlan Voss got his flu shot early. He is 91 and frail. As long as he did not cut in front of someone who needed it more, I am not in the habit of wishing people go without medicine just because I dislike them. What does bother me is Voss getting the shot while his top evening host, Brock Kessler, goes on air every night scoffing at it. Either Voss and his network believe the shot works or they do not. Choose one.",
             "– The most the statehouse majority managed tonight was a forty-eight-hour stopgap to keep the lights on in state offices. That majority is in total disarray. \"Government\" is not what is broken. \"The legislature\" is not what is broken. The majority party is what is broken. Nothing new there.",
         ], appeals=[_FENWICK_PLEA]),
    _doc("b163-briefline-poll-paywall-end", "appeal", "end",
         "Invented; modelled on Political Wire (repeated poll item with glued favourites button, free-version paywall notice at the end)", "en", [
             "A fresh Lakeshore State College survey in Minnesota finds Carla Benning ahead of Ted Mulgrew by seven points with likely voters, 45% to 38%.",
             "In the race for governor, Ana Whitcombe (D) is ahead of Gov. Roland Pierce (R), 47% to 42%.",
             "Save to FavoritesA fresh Lakeshore State College survey in Minnesota finds Carla Benning ahead of Ted Mulgrew by seven points with likely voters, 45% to 38%.",
             "In the race for governor, Ana Whitcombe (D) is ahead of Gov. Roland Pierce (R), 47% to 42%.",
             "Save to Favorites" + _BRIEFLINE_WALL,
         ], appeals=[_BRIEFLINE_WALL]),
    _doc("b163-hollisterchannel-harvestday-middle", "appeal", "middle",
         "Invented; modelled on MeidasTouch (long newsletter post with byline, subscribe-to-this-newsletter paragraph in the middle)", "en", [
             "URGENT Hollister HARVEST DAY NOTE…",
             "By Gideon Marlowe",
             "Today is Harvest Day. The long campaign season is winding down. We have weathered plenty side by side these past months. From the Main Street rallies to the governor's hidden-ledger scandal to the port raids to his ruinous levies and his reckless dealings abroad. Let us count what we got done and remember that we are still standing and still pushing. Let us think about what Harvest Day means while the governor works to gut the farm cooperatives. Let us gear up for what comes next.",
             _HOLLISTER_PAUSE,
             "Now, back to the main post. Looking back over these months, the governor was sure we would vanish. He was certain he would flatten every critic and every organizer. He was wrong. Even more telling, where has he gone? He has kept out of sight and away from reporters since Thursday. He has shared stale photos from the fairgrounds taken weeks ago and passed them off as brand new. Just as we kept the hidden ledger at the heart of our reporting for years, we have kept questions about his health at the heart of it too. Big outlets mocked us for it. It was the correct story to chase, and events have proved us right. I do not worry about what the big outlets chase these days, since more people watch us than them. Bottom line, the movement is in better shape than ever. The governor looks seriously unwell. I am proud of every one of you.",
             "Next up, let us talk Harvest Day. Hollister is fighting without pause for working farmers and their unions.",
         ], appeals=[_HOLLISTER_PAUSE]),
    _doc("b163-wkrv-funding-letter-middle+end", "appeal", "middle+end",
         "Invented; modelled on WSHU Public Radio (station manager's funding letter: ask paragraph, slogan line, closing lines)", "en", [
             "On June 3, the governor's office intends to ask lawmakers to cut state grants for the Regional Broadcasting Trust. It is a move that many of us in community radio—and many who rely on it—had prayed would not happen. Further details on that move can be found here from our statehouse reporter.",
             "I am writing to you about this for two reasons:",
             "The first is to promise you that WKRV is not changing course: we will keep bringing you verified local reporting, careful storytelling, and uplifting music and arts programs on every channel we run.",
             _WKRV_ASK,
             "About 8% of WKRV's budget comes straight from state grants through the Trust, but there are knock-on effects for shared programs, transmitter contracts and more that nobody can fully predict yet. Meanwhile, business sponsorship has started to slip amid ongoing worries about prices and the job market.",
             _WKRV_SLOGAN,
             "A statewide survey last spring found that about 23% of adults say they often get local news from community radio, and 19% say the same about public TV. The survey also found that most residents favour continued state grants for local broadcasting.",
             _WKRV_CLOSE,
         ], appeals=[_WKRV_ASK, _WKRV_SLOGAN, _WKRV_CLOSE]),
    _doc("b163-dunmoreledger-yearreview-end", "appeal", "end",
         "Invented; modelled on The Swellesley Report (local site's year-in-review with a subhead, one-line help-us subhead at the end)", "en", [
             "Words fall short of thanking you for standing by the Dunmore Ledger all through 2022. As a modest sign of our gratitude, we have chosen to keep this distinguished outlet running into 2023. In our newsroom (also called the spare bedroom), we plan one year at a time.",
             "As plenty of you already know, the Dunmore Ledger was founded and is edited by Dunmore locals Priya and Tom Haldane. We started the Ledger in March 2008 mostly from a feeling of civic obligation and to test what neighbourhood news could look like online. A hobby slowly became a tiny company as more people found the site. The more we gave our readers, the more they gave back, and nothing about our lives stayed the same.",
             "New year, same flood of news",
             "What a year to cover Dunmore, from the library's surprise expansion vote to rallies on the green to all sorts of attempts at cheering everyone up, like pop-up concerts and a lantern walk for the seniors (we even tried our hand at live-blogging it). A local bakery even named a muffin after us.",
             "Visits to the site jumped to eight times the normal level in January when the flooding hit. In fact, storm coverage made up most of our top stories of the year.",
             "With close to 1.4 million page views a year, it is plain that Dunmore (and its neighbours) keeps checking in with the Ledger.",
             "Even while the Ledger got busier during the storms, we widened our reach to cover Ashby too, launching Ashby Ledger on June 1. Yes, the name is less inventive than the original, but we are covering the town in exactly the same spirit.",
             _DUNMORE_HELP,
         ], appeals=[_DUNMORE_HELP]),
    _doc("b163-lattice-mayors-newsletter-top", "appeal", "top",
         "Invented; modelled on Prism (slogan and newsletter sign-up pitch at the top of a category page, cut teaser)", "en", [
             _LATTICE_SIGNUP,
             "Posted inHousing",
             "Big-city governors shouldn't hog the heat-wave headlines. Here are seven county leaders of color worth watching",
             "Governors from large coastal states have been collecting broad applause for how they handled this summer's record heat. Oregon Gov. Miriam Castellanos has earned glowing coverage as the first to open cooling centres statewide around the clock. Washington Gov. Peter Aldridge has seen his approval climb as he positions himself as one of […]",
         ], appeals=[_LATTICE_SIGNUP]),
]


# --- Probe 143: negatives -------------------------------------------------------------------------

PROBE143_NEGATIVES = [
    _neg("b163-glendalenow-charities-galas-return-neg",
         "Invented; modelled on Pasadena Now (charities planning in-person fundraisers, membership dues quoted)", "en", [
             "Glendale Charities Prepare to Bring Back Live Galas and Benefit Dinners",
             "Published on Thursday, April 8, 2021 | 2:45 pm",
             "Guests at a benefit dinner in 2019. When will local charity events be back in full?",
             "For Glendale charities that have long leaned on banquets, auctions and other benefit nights, twelve months of distancing during the pandemic pushed them to improvise, moving most of their efforts online.",
             "Yet with vaccinations climbing, schools getting ready to reopen and the county expected to move into a looser reopening tier under state rules, a number of local charities are plotting live events over the next several weeks.",
             "The Glendale Women's Guild says it will hold a modest benefit for its longtime members at a downtown boutique on Sunday. Markdowns, giveaways and raffle prizes will be on offer, and 15% of sales will go to the guild.",
             "\"We haven't held a true benefit — a major one — since everything closed,\" said Guild Membership Chair Renata Olsen. \"There's an online benefit coming on May 15th, and that will be our first big fundraising push since last spring.\"",
             "The guild came through the pandemic in better shape than many other charities, Olsen said.",
             "\"We are in good health, luckily,\" Olsen said. \"A lot of that comes from our long history and earlier successful benefits, and from supporters who helped us build a reserve fund.\"",
             "\"Member dues bring in money too,\" she said. \"And we've had a few online events with neighbourhood shops… but next to a normal year, frankly, it didn't come close.\"",
         ]),
    _neg("b163-stockgarden-streamer-price-rise-neg",
         "Invented; modelled on The Motley Fool (stock article on a streaming service's subscription price increase with plan prices)", "en", [
             "Streamly (STRM -0.87%) has been on a roll, lifted by its breakout thriller Cold Harbor, the buzz around its choose-your-path special Night Shift: Detour, and a sweep at the spring awards shows. On top of that, after a short stumble last year, member growth surged again, with over 6 million net additions in the most recent quarter -- well ahead of forecasts.",
             "Riding that momentum, Streamly is raising the monthly price of its plans in the U.S., its first hike since it lifted rates in March 2018.",
             "Investors cheered the new pricing, and with good reason -- it could bring in more than a billion dollars of extra revenue over the coming year.",
             "A man counting out four $10 bills at a counter.",
             "Image source: Stock Photo Co.",
             "The details",
             "Streamly is sticking with the gradual approach it has used for earlier increases. New U.S. members will be charged $1 extra a month, or $9.49, for the starter tier, which allows one screen. The standard tier, the most popular choice with HD and two screens at once, goes up $2 to $13.49 a month. The top tier also rises $2, to $16.49 a month, for four screens, HD and 4K. New members see the higher prices right away, and current members will move to them gradually over the coming months.",
         ]),
    _neg("b163-wkpr-millbrook-housefire-neg",
         "Invented; modelled on WCIA 3 News (house-fire item with an auxiliary collecting donations for the family)", "en", [
             "MILLBROOK, Ind. (WKPR) — Crews said a home was destroyed after a Tuesday evening blaze and neighbours are rallying to support the family who lived there.",
             "Crews fight a house fire on East Mercer Avenue. Crews said nothing in the home could be saved.",
             "They said the fire began near the rear of the home and moved through the whole structure. The roof and the rear wall fell in. Nobody was inside when it broke out.",
             "Now, the Millbrook Volunteer Fire Company Ladies' Auxiliary is gathering donations for the displaced family. Organisers said they mainly need household goods and prepaid gift cards.",
             "Items can be left at the Millbrook fire station. It sits at 48 Depot Road.",
         ]),
    _neg("b163-wmrk-pantry-holiday-wanted-items-neg",
         "Invented; modelled on WTOP News (holiday hunger story with a food bank's bulleted wanted-items list)", "en", [
             "Lend a hand: As the holidays near, pantries are running low",
             "BALTIMORE — The season of big family dinners is nearly here. While plenty of us are stocking up and loosening our belts for the feasting ahead, the season looks far bleaker for the many families who go without.",
             "Across the country, roughly 13.8 million households struggle to get enough to eat, according to 2017 figures from a federal farm agency's research office. Those figures showed that from 2015 to 2017, about 12.2 percent of households in Baltimore, 9.6 percent of households in Delaware and 10.4 percent of households in Pennsylvania had some trouble putting food on the table.",
             "A great many of those families rely on pantries or soup kitchens.",
             "Marguerite Dole of the Chesapeake Harvest Pantry says it serves about 410,000 people across the Baltimore area every year.",
             "\"People are hungry in every month,\" she said, though the pantry does get more questions about its services around the holidays.",
             "\"Meals matter so much during the celebrations ahead that families really want to know they can put something on the table,\" she said.",
             "Dole said Chesapeake Harvest is always glad to receive nourishing items \"that help folks stay healthy,\" such as these from its list of \"top requested items.\"",
             "• Dried lentils or canned beans",
             "• Canned fruit and veggies",
             "• Canned fish or chicken",
             "• Nut butters",
             "• Rice and pasta",
             "• Oatmeal and breakfast cereal",
             "• 100% juice",
             "• Wholesome snacks",
         ]),
    _neg("b163-wbrn-givingday-volunteers-neg",
         "Invented; modelled on WRAL (giving-day round-up with repeated dek, Posted Updated line, volunteers quoted)", "en", [
             "Giving day a boost for Piedmont charities",
             "There's a holiday for gratitude. There's a day for doorbuster deals, a day for shopping local and one for online bargains. And now there's a day for giving. A worldwide day for helping out and honoring kindness.",
             "Posted Updated",
             "DURHAM, N.C. — There's a holiday for gratitude. There's a day for doorbuster deals, a day for shopping local and one for online bargains. And now there's a day for giving. A worldwide day for helping out and honoring kindness.",
             "The giving day is an online campaign launched several years back to nudge people toward generosity around the holidays.",
             "The Durham County holiday toy warehouse run by a local relief charity said this year's giving day brought in extra volunteers to sort, box and wrap thousands of presents for struggling families.",
             "\"Earlier this fall we signed up roughly 6,500 children from Durham County alone for our Holiday Joy program,\" said spokesperson Dana Whitfield. \"That means new toys, warm clothes and stockings for them this season.\"",
             "Marcy Tolliver brought her coworkers from a tech firm to help the warehouse get sorted.",
             "\"It really lifts everybody's mood,\" she said. \"We plan to post some photos and show our colleagues and the town that giving back matters to us, and connect it to the whole online campaign.\"",
             "Volunteer Omar Reese said he sees the campaign as a smart way to spread the word about a worthy cause.",
             "\"That's the spirit of the holidays,\" he said. \"I hope my being here...inspires others. It isn't only one day a year, it's all year long.\"",
             "Whitfield said that even people who cannot give money can help by sharing and reposting.",
             "Lorna Vasquez, the regional charity federation's head of communications, said their online campaign picked up momentum on social media.",
         ]),
    _neg("b163-coastalcourier-givingday-totals-neg",
         "Invented; modelled on Sun Journal New Bern (giving-day totals for local groups, campaign goals quoted)", "en", [
             "The yearly giving day, when people are urged to support charities and nonprofits, delivered a windfall to many groups across Carteret and Onslow counties this week.",
             "Gifts came in online, in person and by post, and some groups are still tallying what they received.",
             "Still, it looks like the sum for one day will reach into the tens of thousands of dollars, with many groups reporting far larger gifts than last year.",
             "For example, the Onslow County sailing camps Gull Point and Heron Cove brought in roughly $9,000 in 2017, and this year's figure as of Wednesday evening topped $21,000.",
             "\"Former campers, parents and a family trust all pitched in to help us reach our giving-day target,\" said Dwight Marsh, the camps' development coordinator.",
             "Like many groups, the camps treat the six-year-old giving day as an extra lift on top of their regular or seasonal fundraising.",
             "\"We're in the thick of our yearly camp drive, so we have volunteers in many states helping spread the word about us,\" Marsh said. \"We hope to bring in $1.35 million before December ends. That money pays for camper scholarships, community programs and staff training, like offering boater safety certificates to campers who complete our course.\"",
             "Where the camps focus on young people, a group like Coastal Outreach Ministries in Jacksonville meets basic needs with its meal program and overnight shelter. It also did very well on Tuesday, with over $13,000 from online and in-person gifts.",
             "Executive director Harriet Lyle said that figure dwarfed last year's haul of about $5,000.",
             "\"The business community really got behind it,\" she said. \"All in all, a very good day for us.\"",
         ]),
    _neg("b163-wrvt-foodbank-holiday-drive-neg",
         "Invented; modelled on WJLA ABC7 (food bank's holiday demand story with a named campaign)", "en", [
             "Regional food bank works to keep up with rising holiday need",
             "RICHMOND (WRVT) - As the holidays roll on, the pace at food banks around the Richmond area picks up.",
             "Still, staff and volunteers are quick to stress that hunger does not only show up around the winter holidays.",
             "At the James River Food Network, the last two months of the year are the busiest, as the group ramps up work to make sure families in need get a holiday meal.",
             "One of this season's drives, called \"A Ham for Every Home,\" is meant to make sure older residents on tight budgets in Richmond have a proper meal this holiday.",
             "Food banks in the area are also focused on getting wholesome, fresh food to the people who need it. Besides urging donors to give healthier items, they are now raising money to buy fresh fruit and vegetables to hand out.",
             "Demand keeps climbing, however; since the downturn, the James River Food Network has seen requests soar, including from working families and individuals who still struggle to afford groceries this season.",
         ]),
    _neg("b163-ambleroutlook-campaign-finance-neg",
         "Invented; modelled on Plymouth 'n Beyond (local site's look at candidates' campaign finance reports with donation bands)", "en", [
             "We reached out to several local candidates to ask for their latest campaign finance filings. A couple sent us their opponents' filings, one said they had none on hand and another said we should request it from the county. Of everyone we contacted, only one candidate, Mara Treadwell (I) Ambler Township Commissioner, handed over a filing right away. We went looking for these filings and the county makes it anything but simple. The filings do get posted online eventually, but that tends to happen long after votes are counted. The sole way to see them is to go in person to the county elections office, and that is what we did.",
             "We started with the Wissahickon Valley School Board contest. Here we went through filings for Keep Wissahickon Strong and Valley Democrats for Schools. A brief rundown of what stood out is below. We urge readers to grab the full filing and read it themselves. The whole filing is available to download below.",
             "Valley Democrats for Schools (also known as Ortiz, Bramwell, and Chen-Walker for School Board; also known as Forward Together - Valley Democrats for Schools): Brought in $7,340 in all, with $3,800 of it from political committees. $820 came from individual gifts of $50 or less (which need not be itemized) $520 came from gifts of $50.01 - $250; $2,200 came from people giving over $250 including an Allentown law office ($1.2K). Other individual contributors were based in Blue Bell ($400), Ardmore ($150), Pasadena, CA ($300) and Norristown ($150). Their full filing can be viewed here.",
             "Keep Wissahickon Strong, which promised to take no money from local party committees or outside political committees, has kept its word. It brought in $10,215, of which $0 came from political committees; $7,790 came from individual gifts of $50 or less (which need not be itemized); $2,425 came from people who gave between $50.01 and $250.",
         ]),
    _neg("b163-heartlanddesk-summit-nonprofit-papers-neg",
         "Invented; modelled on The Rural Blog (summit report on nonprofit models for small-town newspapers, photo caption, series note)", "en", [
             "Small-Town Press Forum weighs nonprofit ownership for local papers, with a few fresh cases",
             "Renata Oduya of the Community Press Trust, third from left, stands with fellow partners in the Prairie News Collective, a nonprofit formed to acquire and operate 17 weekly papers around Omaha.",
             "Second in a series of dispatches from the Small-Town Press Forum, held May 10-11 by the Center for Community Journalism and the School of Media Studies at Plains State University. Forum sessions are posted on the center's video channel.",
             "Nonprofit ownership is looking more and more appealing to papers whose margins have shrunk to low single digits and who want access to foundation grants and gifts that donors can write off. What nonprofit status could mean for small-town papers was the subject of a Thursday workshop and a Friday roundtable at the Small-Town Press Forum.",
             "\"Nonprofit local journalism is . . . one of the genuinely hopeful trends,\" said Marcus Delacroix, director of programs at the Civic News Fund, which awards grants to nonprofit newsrooms, helps towns start new ones, and mentors their executives.",
             "Owners curious about going nonprofit can get guidance from the Alliance of Independent Newsrooms, which counts over 350 nonprofit, nonpartisan members producing about 300,000 stories annually, said Lena Forsberg, the group's director of member services.",
             "The alliance offers a transition handbook, written together with a big-city daily that recently became a nonprofit, and a handbook for new nonprofit launches. It also gives guidance to its members.",
         ]),
]


BATCH163_DOCUMENTS = PROBE143_APPEALS + PROBE143_NEGATIVES
